import { defineConfig } from 'vitest/config';

/**
 * One project per layer, so each runs alone: `vitest run --project unit` builds nothing and spawns nothing;
 * `e2e` runs the commands as processes; `build` reads the site that scripts/test.ts built; `bench` is the CI guard
 * on the benchmark's CPU ratios, run alone (beside the build tests' own builds and dev servers a clean-clone run gave
 * a warm CPU ratio of 2.14 against 1.62 on a quiet machine); `dev` is the dev-server test, also alone (it starts a dev
 * server and edits files under it for a minute); `browser` drives Chromium over the site (one file at a time: one browser
 * is enough for two cores).
 */
const BENCH = 'test/build/bench.test.ts';
const DEV = 'test/build/editor.test.ts';
const shared = { environment: 'node' as const, env: { TZ: 'UTC' } };

export default defineConfig({
  test: {
    projects: [
      { test: { ...shared, name: 'unit', include: ['test/unit/**/*.test.ts'], testTimeout: 30_000, isolate: false } },
      { test: { ...shared, name: 'e2e', include: ['test/e2e/**/*.test.ts'], testTimeout: 60_000 } },
      { test: { ...shared, name: 'build', include: ['test/build/**/*.test.ts'], exclude: [BENCH, DEV], testTimeout: 120_000, hookTimeout: 600_000 } },
      { test: { ...shared, name: 'bench', include: [BENCH], testTimeout: 120_000, hookTimeout: 1_200_000 } },
      { test: { ...shared, name: 'dev', include: [DEV], testTimeout: 120_000, hookTimeout: 600_000 } },
      {
        test: { ...shared, name: 'browser', include: ['test/browser/**/*.test.ts'], testTimeout: 120_000, hookTimeout: 120_000, fileParallelism: false },
      },
    ],
  },
});
