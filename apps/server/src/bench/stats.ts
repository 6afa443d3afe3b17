export interface Timing {
  label: string;
  median: number;
  p95: number;
  runs: number;
}

/** Runs `fn` `runs` times after `warmup` runs; returns median and p95 in milliseconds. */
export async function time(label: string, fn: () => Promise<unknown> | unknown, runs = 50, warmup = 5): Promise<Timing> {
  for (let i = 0; i < warmup; i++) await fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    samples.push(performance.now() - t0);
  }
  samples.sort((a, b) => a - b);
  return { label, median: samples[Math.floor(runs / 2)], p95: samples[Math.min(runs - 1, Math.floor(runs * 0.95))], runs };
}

export function formatTimings(title: string, rows: Timing[], baseline?: string): string {
  const base = rows.find((r) => r.label === baseline)?.median;
  const lines = [
    `\n## ${title}`,
    "| case | median ms | p95 ms | runs |" + (base ? " × baseline |" : ""),
    "|---|---:|---:|---:|" + (base ? "---:|" : ""),
  ];
  for (const r of rows) {
    lines.push(
      `| ${r.label} | ${r.median.toFixed(3)} | ${r.p95.toFixed(3)} | ${r.runs} |` + (base ? ` ${(r.median / base).toFixed(1)} |` : ""),
    );
  }
  return lines.join("\n");
}
