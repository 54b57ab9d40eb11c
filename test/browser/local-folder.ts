/**
 * A stand-in for the browser's folder picker (`showDirectoryPicker`), backed by a real folder on disk, so
 * that the web editor's local-repository mode can be driven by Playwright (which cannot use the native
 * picker) and its saves land as real files. Node side: exposeLocalFolder(); browser side: the init script.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, normalize } from 'node:path';
import type { BrowserContext } from 'playwright-core';

type Op = 'list' | 'stat' | 'read' | 'write' | 'mkdir' | 'remove' | 'move';

export async function exposeLocalFolder(context: BrowserContext, root: string): Promise<void> {
  const resolve = (path: string) => {
    const full = normalize(join(root, path));
    if (!full.startsWith(root)) throw new Error(`outside the folder: ${path}`);
    return full;
  };
  await context.exposeBinding('__localFolder', (_source, op: Op, path: string, arg?: string) => {
    const full = resolve(path);
    switch (op) {
      case 'list':
        return readdirSync(full, { withFileTypes: true }).map((e) => ({ name: e.name, kind: e.isDirectory() ? 'directory' : 'file' }));
      case 'stat':
        return existsSync(full) ? (statSync(full).isDirectory() ? 'directory' : 'file') : null;
      case 'read':
        return { data: readFileSync(full).toString('base64'), mtime: statSync(full).mtimeMs };
      case 'write':
        writeFileSync(full, Buffer.from(arg ?? '', 'base64'));
        return null;
      case 'mkdir':
        mkdirSync(full, { recursive: true });
        return null;
      case 'remove':
        rmSync(full, { recursive: true, force: true });
        return null;
      case 'move':
        renameSync(full, resolve(arg ?? ''));
        return null;
    }
  });
  await context.addInitScript(INIT_SCRIPT, root.split('/').pop() ?? 'ordner');
}

function INIT_SCRIPT(rootName: string): void {
  type Entry = { name: string; kind: 'file' | 'directory' };
  const fs = (window as unknown as { __localFolder: (op: string, path: string, arg?: string) => Promise<unknown> }).__localFolder;
  const join = (a: string, b: string) => (a ? `${a}/${b}` : b);
  const toBase64 = (bytes: Uint8Array) => {
    let s = '';
    for (const b of bytes) s += String.fromCharCode(b);
    return btoa(s);
  };
  const notFound = (name: string) => new DOMException(`${name} not found`, 'NotFoundError');

  class FileHandle {
    kind = 'file' as const;
    path: string;
    name: string;
    constructor(path: string, name: string) {
      this.path = path;
      this.name = name;
    }
    async getFile() {
      const r = (await fs('read', this.path)) as { data: string; mtime: number };
      const bytes = Uint8Array.from(atob(r.data), (c) => c.charCodeAt(0));
      return new File([bytes], this.name, { lastModified: Math.round(r.mtime) });
    }
    async createWritable() {
      const chunks: Uint8Array[] = [];
      const path = this.path;
      return {
        async write(data: unknown) {
          const d = data && typeof data === 'object' && 'data' in (data as object) ? (data as { data: unknown }).data : data;
          if (typeof d === 'string') chunks.push(new TextEncoder().encode(d));
          else if (d instanceof Blob) chunks.push(new Uint8Array(await d.arrayBuffer()));
          else if (d instanceof ArrayBuffer) chunks.push(new Uint8Array(d));
          else if (ArrayBuffer.isView(d)) chunks.push(new Uint8Array(d.buffer, d.byteOffset, d.byteLength));
        },
        async close() {
          const all = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
          let offset = 0;
          for (const c of chunks) (all.set(c, offset), (offset += c.length));
          await fs('write', path, toBase64(all));
        },
        async abort() {},
        async truncate() {},
        async seek() {},
      };
    }
    async move(dir: DirHandle | string, name?: string) {
      const target = typeof dir === 'string' ? join(this.path.split('/').slice(0, -1).join('/'), dir) : join(dir.path, name ?? this.name);
      await fs('move', this.path, target);
      this.path = target;
      this.name = target.split('/').pop() ?? this.name;
    }
    async queryPermission() { return 'granted'; }
    async requestPermission() { return 'granted'; }
    async isSameEntry(other: { path?: string }) { return other?.path === this.path; }
  }

  class DirHandle {
    kind = 'directory' as const;
    path: string;
    name: string;
    constructor(path: string, name: string) {
      this.path = path;
      this.name = name;
    }
    async *entries(): AsyncGenerator<[string, FileHandle | DirHandle]> {
      for (const e of (await fs('list', this.path)) as Entry[])
        yield [e.name, e.kind === 'directory' ? new DirHandle(join(this.path, e.name), e.name) : new FileHandle(join(this.path, e.name), e.name)];
    }
    async *values() { for await (const [, h] of this.entries()) yield h; }
    async *keys() { for await (const [n] of this.entries()) yield n; }
    [Symbol.asyncIterator]() { return this.entries(); }
    async getDirectoryHandle(name: string, { create = false } = {}) {
      const path = join(this.path, name);
      const kind = await fs('stat', path);
      if (kind === 'file') throw new DOMException(name, 'TypeMismatchError');
      if (!kind) {
        if (!create) throw notFound(name);
        await fs('mkdir', path);
      }
      return new DirHandle(path, name);
    }
    async getFileHandle(name: string, { create = false } = {}) {
      const path = join(this.path, name);
      const kind = await fs('stat', path);
      if (kind === 'directory') throw new DOMException(name, 'TypeMismatchError');
      if (!kind) {
        if (!create) throw notFound(name);
        await fs('write', path, '');
      }
      return new FileHandle(path, name);
    }
    async removeEntry(name: string) {
      if (!(await fs('stat', join(this.path, name)))) throw notFound(name);
      await fs('remove', join(this.path, name));
    }
    async resolve() { return null; }
    async queryPermission() { return 'granted'; }
    async requestPermission() { return 'granted'; }
    async isSameEntry(other: { path?: string }) { return other?.path === this.path; }
  }

  (window as unknown as { showDirectoryPicker: () => Promise<DirHandle> }).showDirectoryPicker = async () => new DirHandle('', rootName);
}
