/** The nearest-rank percentile (0 < p <= 1) of some durations. */
export function percentile(durations: readonly number[], p: number): number {
  if (durations.length === 0) return Number.NaN;
  const sorted = [...durations].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)];
}

export function median(durations: readonly number[]): number {
  return percentile(durations, 0.5);
}
