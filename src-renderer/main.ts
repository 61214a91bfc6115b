import { mount } from 'svelte';
import App from './App.svelte';
import { hostBridge } from './bridge';
import { appDb } from './data/db';
import { systemClock } from './lib/clock';
import './ui/theme.css';
import { AppState } from './ui/app-state.svelte';

const target = document.getElementById('app');
if (!target) {
  throw new Error('index.html has no #app element');
}
mount(App, { target, props: { app: new AppState(appDb(), hostBridge(), systemClock) } });
