/**
 * Performance marks the benchmark (bench/review.bench.ts) reads back from the page; they cost
 * next to nothing, and the browser's performance panel shows them too.
 */
export async function measured<T>(name: string, work: () => Promise<T>): Promise<T> {
  const start = performance.now();
  try {
    return await work();
  } finally {
    performance.measure(name, { start, end: performance.now() });
  }
}
