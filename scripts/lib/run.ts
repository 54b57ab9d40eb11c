/** Runs a command with the project's Node on PATH and Astro's telemetry off; rejects on a non-zero exit. */
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { lineSplitter } from './astro-progress.ts';

export const REPO_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const BIN = join(REPO_ROOT, 'node_modules', '.bin');

export function repoEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return {
    ...process.env,
    PATH: `${BIN}:${process.env['PATH'] ?? ''}`,
    ASTRO_TELEMETRY_DISABLED: '1',
    TZ: 'UTC',
    ...extra,
  };
}

/**
 * `onLine` hears each line the command writes to stdout, which is then passed on unchanged (in colour when
 * this process writes to a terminal); without it the command writes to this process's stdout itself.
 */
export function run(
  command: string,
  args: string[],
  options: { cwd?: string; env?: Record<string, string>; onLine?: (line: string) => void } = {},
): Promise<void> {
  return new Promise((resolve, reject) => {
    const onLine = options.onLine;
    const colour: Record<string, string> = onLine && process.stdout.isTTY ? { FORCE_COLOR: '1' } : {};
    const child = spawn(command, args, {
      cwd: options.cwd ?? REPO_ROOT,
      env: repoEnv({ ...colour, ...options.env }),
      stdio: ['inherit', onLine ? 'pipe' : 'inherit', 'inherit'],
    });
    if (onLine && child.stdout) {
      const lines = lineSplitter(onLine);
      child.stdout.setEncoding('utf8');
      child.stdout.on('data', (chunk: string) => {
        process.stdout.write(chunk);
        lines.push(chunk);
      });
      child.stdout.on('end', () => lines.end());
    }
    child.on('error', reject);
    child.on('close', (code, signal) =>
      code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} endete mit ${signal ?? `Code ${code}`}`)),
    );
  });
}
