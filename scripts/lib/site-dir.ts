/**
 * The built site as a symlink to a versioned folder next to it: `dist -> dist.build-<pid>-<stamp>`.
 * A build writes a new folder and then swaps the link in one rename(2), so `dist` always resolves to a
 * complete site, the old one until the very moment the new one is complete. Folders that interrupted
 * builds left behind (their process is gone) are removed by the next build. The previous site is deleted
 * in the background after the swap (removeInBackground), so the build does not wait for it.
 */
import { spawn } from 'node:child_process';
import { lstatSync, mkdirSync, readdirSync, readlinkSync, realpathSync, renameSync, rmSync, symlinkSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';

/** Staging and version folders, temporary links, and the names the builds before the symlink layout used. */
const LEFTOVER = /^\.(?:build|link|tmp|old)-(\d+)(?:-[a-z0-9]+)?$/;

/** A new, empty version folder for this build, next to `out`. */
export function newVersion(out: string): string {
  mkdirSync(dirname(out), { recursive: true });
  const dir = `${out}.build-${process.pid}-${Date.now().toString(36)}`;
  mkdirSync(dir);
  return dir;
}

function alive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The folder `out` currently points to (or is), undefined when there is none. */
export function currentSite(out: string): string | undefined {
  try {
    return realpathSync(out);
  } catch {
    return undefined;
  }
}

/** Removes what interrupted builds of `out` left behind; never the current site or a running build's folder. */
export function removeLeftovers(out: string): string[] {
  const parent = dirname(out);
  const name = basename(out);
  const current = currentSite(out);
  let entries: string[];
  try {
    entries = readdirSync(parent);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const entry of entries) {
    if (!entry.startsWith(name)) continue;
    const match = LEFTOVER.exec(entry.slice(name.length));
    const path = join(parent, entry);
    if (!match || path === current || alive(Number(match[1]))) continue;
    rmSync(path, { recursive: true, force: true });
    removed.push(path);
  }
  return removed;
}

/**
 * Makes `out` point to `version` with one atomic rename of a new link over the old one, and returns the
 * folder it pointed to before (to be deleted after the swap). An `out` that is still a real folder (the
 * layout before the symlink) is moved aside first: that one-time switch has a moment without `out`.
 */
export function publish(out: string, version: string): string | undefined {
  const link = `${out}.link-${process.pid}`;
  rmSync(link, { force: true });
  // Relative target: the project folder can be moved or mounted elsewhere.
  symlinkSync(basename(version), link);
  let previous: string | undefined;
  const stat = lstatSync(out, { throwIfNoEntry: false });
  if (stat?.isSymbolicLink()) previous = resolve(dirname(out), readlinkSync(out));
  else if (stat) {
    previous = `${out}.old-${process.pid}`;
    renameSync(out, previous);
  }
  renameSync(link, out);
  return previous === version ? undefined : previous;
}

/** Deletes a built site: the link and the folder it points to (or a plain folder). */
export function removeSite(out: string): void {
  const target = currentSite(out);
  rmSync(out, { recursive: true, force: true });
  if (target) rmSync(target, { recursive: true, force: true });
}

/**
 * Deletes a replaced site folder without making the build wait (tens of thousands of files take seconds):
 * renames it to `<out>.old-<pid>` after a detached `rm` whose pid that is, then hands it the path. While the
 * `rm` runs, removeLeftovers leaves the folder alone (its process is alive); if it dies, or the build dies
 * before handing over the path, the next build removes the folder.
 */
export function removeInBackground(out: string, folder: string): void {
  let child;
  try {
    child = spawn('sh', ['-c', 'IFS= read -r dir && [ -n "$dir" ] && exec rm -rf -- "$dir"'], { detached: true, stdio: ['pipe', 'ignore', 'ignore'] });
  } catch {
    child = undefined;
  }
  if (child?.pid === undefined) {
    rmSync(folder, { recursive: true, force: true });
    return;
  }
  child.on('error', () => undefined);
  const trash = `${out}.old-${child.pid}`;
  renameSync(folder, trash);
  child.stdin?.end(`${trash}\n`);
  child.unref();
}
