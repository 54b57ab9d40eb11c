/**
 * The one way the site runs git. Errors go to the caller (no repository, git missing): each caller decides
 * what an unavailable history means for its page. Optional locks are off so a build never blocks an editor's
 * git, and the C locale keeps git's messages and dates the same on every machine.
 */
import { execFileSync } from 'node:child_process';

export function git(args: readonly string[], cwd: string, input?: string): Buffer {
  return execFileSync('git', args, {
    cwd,
    input,
    stdio: ['pipe', 'pipe', 'ignore'],
    maxBuffer: 512 * 1024 * 1024,
    env: { ...process.env, GIT_OPTIONAL_LOCKS: '0', LC_ALL: 'C' },
  });
}

/** A shallow clone has lost its early history: dates and changes read from it would be wrong, not missing. */
export function isShallow(cwd: string): boolean {
  return git(['rev-parse', '--is-shallow-repository'], cwd).toString().trim() === 'true';
}
