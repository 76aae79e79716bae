/**
 * The growth of this process's resident memory while `body` runs, sampled every 10 ms above
 * what it was at the start: how a test shows a bound on memory without timing anything.
 */
export async function peakRss<T>(body: () => Promise<T>): Promise<{ value: T; peakMb: number }> {
  globalThis.gc?.();
  const start = process.memoryUsage.rss();
  let peak = start;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 10);
  try {
    const value = await body();
    peak = Math.max(peak, process.memoryUsage.rss());
    return { value, peakMb: (peak - start) / 2 ** 20 };
  } finally {
    clearInterval(timer);
  }
}
