/**
 * For tests only: with RB_BUILD_PAUSE_AT=<phase>, the build prints "RB_BUILD_PAUSED <phase>" and waits at
 * that point until it is killed, so test/build/build-swap.test.ts can interrupt it at every phase. Without the
 * variable, nothing happens. The Astro phase pauses in this integration, after Astro wrote the pages.
 */
import type { AstroIntegration } from 'astro';

export const PAUSE_ENV = 'RB_BUILD_PAUSE_AT';

export async function pauseAt(phase: string): Promise<void> {
  if (process.env[PAUSE_ENV] !== phase) return;
  console.log(`RB_BUILD_PAUSED ${phase}`);
  await new Promise(() => setInterval(() => {}, 60_000));
}

export default function buildPause(): AstroIntegration {
  return { name: 'regionalbudget-build-pause', hooks: { 'astro:build:generated': () => pauseAt('astro') } };
}
