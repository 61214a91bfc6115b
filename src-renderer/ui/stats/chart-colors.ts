/**
 * Chart colours from the theme's CSS variables, read when a chart is drawn. The variables hold
 * `light-dark(…)` pairs, so they are resolved through an element rather than read raw.
 */
import type { ThemeColor } from './figures';

export function themeColor(name: ThemeColor | '--text' | '--border' | '--surface'): string {
  const probe = document.createElement('span');
  probe.style.color = `var(${name})`;
  document.body.append(probe);
  const color = getComputedStyle(probe).color;
  probe.remove();
  return color || '#888';
}

/** `rgb(r, g, b)` as computed styles give it, made see-through. */
export function withAlpha(color: string, alpha: number): string {
  const match = /^rgba?\((\d+),\s*(\d+),\s*(\d+)/.exec(color);
  return match ? `rgba(${match[1]}, ${match[2]}, ${match[3]}, ${alpha})` : color;
}

/** Calls `redraw` when the system's light/dark preference changes (the "system" theme). */
export function onSchemeChange(redraw: () => void): () => void {
  const query = matchMedia('(prefers-color-scheme: dark)');
  query.addEventListener('change', redraw);
  return () => query.removeEventListener('change', redraw);
}
