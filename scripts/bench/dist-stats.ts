/** Sizes of a built site for the benchmark's table: files, pages, redirect pages, p95 gzipped HTML, search index. */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { isRedirect, listFiles } from '../lib/built-pages.ts';

export interface DistStats {
  files: number;
  bytes: number;
  /** HTML pages with content (redirect pages not counted). */
  pages: number;
  redirectPages: number;
  /** 95th percentile of the gzipped size (level 6) of the content pages, bytes. */
  p95GzipHtml: number;
  searchFiles: number;
  searchBytes: number;
}

export function distStats(dist: string): DistStats {
  const files = listFiles(dist);
  let bytes = 0;
  let searchFiles = 0;
  let searchBytes = 0;
  let redirectPages = 0;
  const gz: number[] = [];
  for (const file of files) {
    const path = join(dist, file);
    const size = statSync(path).size;
    bytes += size;
    if (file.startsWith('pagefind/')) {
      searchFiles++;
      searchBytes += size;
    } else if (file.endsWith('.html')) {
      const html = readFileSync(path);
      if (isRedirect(html.toString('utf8', 0, Math.min(html.length, 600)))) redirectPages++;
      else gz.push(gzipSync(html, { level: 6 }).length);
    }
  }
  gz.sort((a, b) => a - b);
  const p95GzipHtml = gz.length === 0 ? 0 : (gz[Math.min(gz.length - 1, Math.ceil(gz.length * 0.95) - 1)] ?? 0);
  return { files: files.length, bytes, pages: gz.length, redirectPages, p95GzipHtml, searchFiles, searchBytes };
}
