const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Anki's short interval labels: `<1m`, `10m`, `3h`, `4d`, `1.5mo`, `2.1y`. */
export function formatInterval(ms: number): string {
  if (ms < MINUTE) {
    return '<1m';
  }
  if (ms < HOUR) {
    return `${Math.round(ms / MINUTE)}m`;
  }
  if (ms < DAY) {
    return `${Math.round(ms / HOUR)}h`;
  }
  const days = ms / DAY;
  if (days < 30) {
    return `${Math.round(days)}d`;
  }
  if (days < 365) {
    return `${trim(days / 30)}mo`;
  }
  return `${trim(days / 365)}y`;
}

function trim(value: number): string {
  return (Math.round(value * 10) / 10).toString();
}
