/**
 * Adds every page of a built site to test/published-urls.txt (the list of URLs that must never break).
 * Usage: node scripts/published-urls.ts [dist]. Existing lines are kept; the list stays sorted.
 */
import { readdirSync, readFileSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = process.argv[2] ?? join(root, 'dist');
const listFile = join(root, 'test', 'published-urls.txt');

function pages(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'pagefind' || name.startsWith('_') ? [] : pages(path);
    return name === 'index.html' ? [`/${relative(dist, dir).split(sep).join('/')}/`.replace('//', '/')] : [];
  });
}

const header = '# Every URL the site has published. A test fails when one of them stops resolving.\n# Add new pages with: node scripts/published-urls.ts (after npm run build). Never delete a line.\n';
const existing = existsSync(listFile) ? readFileSync(listFile, 'utf8').split('\n').filter((l) => l.startsWith('/')) : [];
const all = [...new Set([...existing, ...pages(dist)])].sort();
writeFileSync(listFile, header + all.join('\n') + '\n');
console.log(`${all.length} Adressen in test/published-urls.txt (${all.length - existing.length} neu).`);
