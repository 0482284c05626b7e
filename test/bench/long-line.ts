// One unpunctuated line holding 20k, 40k and 80k repeats of a sentence with an SSN. Its scan once grew with
// the square of the length (9.8 s, 29 s, 130 s); it must grow no faster than the length. Part of
// `npm run bench` (in a process of its own), and runnable alone: npx tsx test/bench/long-line.ts
import { pathToFileURL } from 'node:url';
import { scan } from '../../core/index';
import { seeded, unpunctuatedLine } from '../fixtures/synthetic';

export const LONG_LINE_REPEATS = [20_000, 40_000, 80_000] as const;

/** Median scan time (ms) per repeat count, timed in turns, and the median ratio of 80k to 20k. */
export function measureLongLine(runs: number): { ms: Record<number, number>; ratio80kTo20k: number } {
  const inputs = LONG_LINE_REPEATS.map((n) => unpunctuatedLine(seeded(n), n));
  const samples = LONG_LINE_REPEATS.map(() => [] as number[]);
  for (let round = 0; round <= runs; round++)
    inputs.forEach((input, i) => {
      const start = performance.now();
      scan(input);
      if (round > 0) samples[i]!.push(performance.now() - start); // round 0 warms up
    });
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const last = LONG_LINE_REPEATS.length - 1;
  return {
    ms: Object.fromEntries(LONG_LINE_REPEATS.map((n, i) => [n, median(samples[i]!)])),
    ratio80kTo20k: median(samples[last]!.map((ms, r) => ms / samples[0]![r]!)),
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { ms, ratio80kTo20k } = measureLongLine(Number(process.env.BENCH_RUNS ?? 3));
  console.log(`one unpunctuated line (SSNs)  ${Object.entries(ms).map(([n, t]) => `${Number(n) / 1000}k ${(t / 1000).toFixed(2)} s`).join(', ')}; 80k/20k ${ratio80kTo20k.toFixed(2)}x`);
  console.log(JSON.stringify({ ms, ratio80kTo20k })); // for run.ts, which runs this alone
}
