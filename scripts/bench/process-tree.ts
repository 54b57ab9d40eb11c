/**
 * Measuring a command as the benchmark does (scripts/bench/run.ts): wall time, CPU seconds and peak RSS of its
 * whole process tree (Linux: /proc and the shell's `times`).
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { REPO_ROOT, repoEnv } from '../lib/run.ts';

export interface RunResult {
  seconds: number;
  /** Highest sum of VmRSS over the process tree (MB), sampled every 100 ms. */
  peakTreeMb: number;
  /** Highest VmRSS of a single process of the tree (MB). */
  peakProcessMb: number;
  /**
   * CPU seconds (user + system) of the whole process tree, from the shell's `times`. Steadier than wall time
   * on a shared machine, so the CI guard on the ratios (test/build/bench.test.ts) compares these.
   */
  cpuSeconds: number;
  output: string;
}

/** dash/bash `times`: second line = user and system time of the waited-for children, e.g. "0m1.230000s 0m0.120000s". */
export function childCpuSeconds(times: string): number {
  const line = times.trim().split('\n')[1] ?? '';
  return [...line.matchAll(/(\d+)m([\d.]+)s/g)].reduce((sum, m) => sum + Number(m[1]) * 60 + Number(m[2]), 0);
}

/** CPU seconds (user + system) of a process so far, from /proc (Linux). */
export function cpuOf(pid: number | undefined): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return NaN;
  }
}

/** RSS (kB) and parent pid of every process, from /proc. */
function processTable(): Map<number, { ppid: number; rssKb: number }> {
  const table = new Map<number, { ppid: number; rssKb: number }>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const status = readFileSync(`/proc/${name}/status`, 'utf8');
      const ppid = Number(/^PPid:\s+(\d+)/m.exec(status)?.[1] ?? 0);
      const rssKb = Number(/^VmRSS:\s+(\d+)/m.exec(status)?.[1] ?? 0);
      table.set(Number(name), { ppid, rssKb });
    } catch {
      // the process ended meanwhile
    }
  }
  return table;
}

function treeRss(root: number): { sumKb: number; maxKb: number } {
  const table = processTable();
  const children = new Map<number, number[]>();
  for (const [pid, p] of table) children.set(p.ppid, [...(children.get(p.ppid) ?? []), pid]);
  let sumKb = 0;
  let maxKb = 0;
  const stack = [root];
  while (stack.length > 0) {
    const pid = stack.pop() as number;
    const rss = table.get(pid)?.rssKb ?? 0;
    sumKb += rss;
    maxKb = Math.max(maxKb, rss);
    stack.push(...(children.get(pid) ?? []));
  }
  return { sumKb, maxKb };
}

/** Runs a command, measuring wall time, CPU time and peak RSS of its process tree; rejects on a non-zero exit. */
export function measure(command: string, args: string[], env: Record<string, string>, options: { quiet?: boolean } = {}): Promise<RunResult> {
  return new Promise((resolvePromise, reject) => {
    const start = performance.now();
    // A shell runs the command and reports its children's CPU times on fd 3 (they include every descendant
    // that was waited for: Astro, Pagefind, worker threads).
    const child = spawn('/bin/sh', ['-c', '"$@"; status=$?; times >&3; exit $status', 'sh', command, ...args], {
      cwd: REPO_ROOT,
      // Without a test runner's variables (VITEST, NODE_ENV=test, …): under them Astro takes no page over, and
      // the CI guard (test/build/bench.test.ts) would measure a warm build that is not one.
      env: Object.fromEntries(Object.entries(repoEnv(env)).filter(([name]) => !/^(VITEST\w*|NODE_ENV|TEST|MODE)$/.test(name))),
      stdio: ['ignore', 'pipe', 'pipe', 'pipe'],
    });
    let times = '';
    (child.stdio[3] as NodeJS.ReadableStream).on('data', (chunk: Buffer) => (times += chunk.toString()));
    let output = '';
    const collect = (chunk: Buffer) => {
      output += chunk.toString();
      if (!options.quiet) process.stderr.write(chunk);
    };
    child.stdout?.on('data', collect);
    child.stderr?.on('data', collect);
    let peakTreeKb = 0;
    let peakProcessKb = 0;
    const sample = () => {
      if (child.pid === undefined) return;
      const { sumKb, maxKb } = treeRss(child.pid);
      peakTreeKb = Math.max(peakTreeKb, sumKb);
      peakProcessKb = Math.max(peakProcessKb, maxKb);
    };
    const timer = setInterval(sample, 100);
    child.on('error', (error) => {
      clearInterval(timer);
      reject(error);
    });
    const seconds = { wall: 0 };
    child.on('exit', () => {
      seconds.wall = (performance.now() - start) / 1000;
    });
    // 'close' comes after fd 3 has delivered the times.
    child.on('close', (code, signal) => {
      clearInterval(timer);
      if (code !== 0) reject(new Error(`${command} ${args.join(' ')} endete mit ${signal ?? `Code ${code}`}\n${output.slice(-4000)}`));
      else resolvePromise({ seconds: seconds.wall, peakTreeMb: peakTreeKb / 1024, peakProcessMb: peakProcessKb / 1024, cpuSeconds: childCpuSeconds(times), output });
    });
  });
}
