/** Times of one piece of work, run several times after a warm-up. */
export type Timing = { median: number; min: number; max: number; samples: number[] };

export async function measure(work: () => unknown, { warmups = 1, runs = 5 }: { warmups?: number; runs?: number } = {}): Promise<Timing> {
  for (let run = 0; run < warmups; run++) await work();
  const samples: number[] = [];
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    await work();
    samples.push(performance.now() - started);
  }
  return summarise(samples);
}

export function summarise(samples: number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
  return { median, min: sorted[0]!, max: sorted.at(-1)!, samples };
}

/** The value below which `share` of the samples fall (nearest rank), as p95 is read. */
export function percentile(samples: number[], share: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(share * sorted.length) - 1))]!;
}
