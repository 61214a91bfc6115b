/**
 * Computes the statistics screen's figures off the page's thread: folding a million review logs
 * and reading 100,000 schedule rows would freeze the page. IndexedDB (through Dexie) works here
 * as in the page.
 */
import { appDb } from '../../data/db';
import { StatsCacheDb } from '../../data/stats';
import { StatsAnswerer, type StatsRequest, type StatsResponse } from './stats-protocol';

// The web tsconfig has the DOM's types, where `self` is a window; here it is the worker's scope.
const scope = self as unknown as {
  onmessage: (event: MessageEvent<StatsRequest>) => void;
  postMessage(response: StatsResponse): void;
};

const answerer = new StatsAnswerer(
  appDb(),
  new StatsCacheDb(),
  Intl.DateTimeFormat().resolvedOptions().timeZone,
);

// One request at a time, in order: a second one waits for the first's logs to be folded in.
let queue = Promise.resolve();
scope.onmessage = ({ data }) => {
  queue = queue.then(() => answerer.answer(data, (response) => scope.postMessage(response)));
};
