/** The middle value of measured times; of an even count, the mean of the two middle ones. NaN for none. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  if (sorted.length === 0) return NaN;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Of several runs, the one with the middle value of `key` (of an even count, the lower middle one): a whole run, so its figures fit together. */
export function medianRun<T>(runs: readonly T[], key: (run: T) => number): T | undefined {
  return [...runs].sort((a, b) => key(a) - key(b))[Math.floor((runs.length - 1) / 2)];
}
