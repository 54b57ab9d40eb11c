/**
 * Command-line options of the benchmarks. The generated content's size is read the same way by
 * `npm run bench` (run.ts) and the dev-server benchmark (dev.ts).
 */
import { parseArgs } from 'node:util';

/** --regionalbudgets 400 --measures 25 [--news N]: the size of the content scripts/bench/generate.ts writes. */
export const sizeOptions = {
  regionalbudgets: { type: 'string', default: '400' },
  measures: { type: 'string', default: '25' },
  news: { type: 'string' },
} as const;

/** The size as numbers; without --news, one news item per ten measures. */
export function sizeOf(values: { regionalbudgets: string; measures: string; news?: string | undefined }): { regionalbudgets: number; measures: number; news: number } {
  const regionalbudgets = Number(values.regionalbudgets);
  const measures = Number(values.measures);
  const news = values.news !== undefined ? Number(values.news) : Math.round((regionalbudgets * measures) / 10);
  return { regionalbudgets, measures, news };
}

/** `npm run bench`'s options (usage: scripts/bench/run.ts). */
export function benchArgs(args?: string[]) {
  const { values } = parseArgs({
    ...(args ? { args } : {}),
    options: {
      ...sizeOptions,
      seed: { type: 'string', default: '1' },
      work: { type: 'string' },
      keep: { type: 'boolean', default: false },
      'no-floor': { type: 'boolean', default: false },
      'no-warm': { type: 'boolean', default: false },
      'no-first-search': { type: 'boolean', default: false },
      runs: { type: 'string', default: '1' },
      scale: { type: 'string' },
      json: { type: 'string' },
      quiet: { type: 'boolean', default: false },
    },
  });
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs erwartet eine ganze Zahl ≥ 1, gefunden: ${values.runs}`);
  return { ...values, ...sizeOf(values), seed: Number(values.seed), runs };
}
