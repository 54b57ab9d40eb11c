/**
 * Adds every page of a built site to test/published-urls.txt (the list of URLs that must never break).
 * Usage: node scripts/published-urls.ts [dist]. Existing lines are kept; the list stays sorted.
 */
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { folderPageUrls } from './lib/built-pages.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = process.argv[2] ?? join(root, 'dist');
const listFile = join(root, 'test', 'published-urls.txt');

const header = '# Every URL the site has published. A test fails when one of them stops resolving.\n# Add new pages with: node scripts/published-urls.ts (after npm run build). Never delete a line.\n';
const existing = existsSync(listFile) ? readFileSync(listFile, 'utf8').split('\n').filter((l) => l.startsWith('/')) : [];
const all = [...new Set([...existing, ...folderPageUrls(dist)])].sort();
writeFileSync(listFile, header + all.join('\n') + '\n');
console.log(`${all.length} Adressen in test/published-urls.txt (${all.length - existing.length} neu).`);
