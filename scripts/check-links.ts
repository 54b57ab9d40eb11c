/**
 * Checks every internal link of a built site: href/src/srcset/action of every HTML page, `#fragment`s (an
 * element with that id must exist on the target page), absolute links to the site's own address (canonical,
 * Open Graph, sitemap, feeds), url() in stylesheets. External addresses are not fetched.
 *   node scripts/check-links.ts [--dist dist]     German messages, exit 1 on any broken link
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { builtPages, listFiles, tags, builtSiteOrExit } from './lib/built-pages.ts';
import { decodeEntities } from '../src/lib/html-entities.ts';

const ROOT = join(fileURLToPath(new URL('.', import.meta.url)), '..');

export interface LinkProblem {
  /** File below dist that contains the link. */
  file: string;
  link: string;
  message: string;
}

export interface LinkReport {
  pages: number;
  links: number;
  fragments: number;
  problems: LinkProblem[];
}

/** Which attributes of which elements carry addresses. */
const URL_ATTRS: Record<string, string[]> = {
  a: ['href'],
  area: ['href'],
  link: ['href'],
  img: ['src', 'srcset'],
  source: ['src', 'srcset'],
  script: ['src'],
  iframe: ['src'],
  video: ['src', 'poster'],
  audio: ['src'],
  track: ['src'],
  form: ['action'],
  use: ['href', 'xlink:href'],
  image: ['href', 'xlink:href'],
  object: ['data'],
};
const META_URLS = new Set(['og:url', 'og:image', 'twitter:image']);

export function checkLinks(dist: string, siteUrl: string = siteBaseUrl()): LinkReport {
  const origin = new URL(siteUrl).origin;
  const idCache = new Map<string, Set<string>>();
  const idsOf = (file: string): Set<string> => {
    let ids = idCache.get(file);
    if (!ids) {
      ids = new Set();
      for (const t of tags(readFileSync(join(dist, file), 'utf8'))) {
        if (t.attrs['id']) ids.add(t.attrs['id']);
        if (t.tag === 'a' && t.attrs['name']) ids.add(t.attrs['name']);
      }
      idCache.set(file, ids);
    }
    return ids;
  };

  /** The file below dist a path names, or a German reason why there is none. */
  const target = (pathname: string): { file: string } | { error: string } => {
    let path: string;
    try {
      path = decodeURIComponent(pathname);
    } catch {
      return { error: 'ungültig kodierte Adresse' };
    }
    const rel = path.replace(/^\/+/, '');
    if (rel.split('/').includes('..')) return { error: 'Adresse verlässt die Website' };
    if (path.endsWith('/')) {
      const file = `${rel}index.html`;
      return existsSync(join(dist, file)) ? { file } : { error: `keine Seite (${file} fehlt)` };
    }
    const full = join(dist, rel);
    if (existsSync(full) && statSync(full).isFile()) return { file: rel };
    if (existsSync(join(full, 'index.html'))) return { error: `ohne „/“ am Ende (die Seite heißt ${path}/)` };
    return { error: `Datei fehlt (${rel})` };
  };

  const report: LinkReport = { pages: 0, links: 0, fragments: 0, problems: [] };
  const check = (file: string, base: URL, raw: string, what: string) => {
    const value = raw.trim();
    if (value === '') {
      report.problems.push({ file, link: raw, message: `${what}: leere Adresse` });
      return;
    }
    if (/^javascript:/i.test(value)) {
      report.problems.push({ file, link: raw, message: `${what}: javascript:-Link (ohne JavaScript nicht bedienbar)` });
      return;
    }
    if (/^(mailto|tel|data|blob):/i.test(value)) return;
    let url: URL;
    try {
      url = new URL(value, base);
    } catch {
      report.problems.push({ file, link: raw, message: `${what}: keine gültige Adresse` });
      return;
    }
    if (url.origin !== origin) return;
    report.links += 1;
    const found = target(url.pathname);
    if ('error' in found) {
      report.problems.push({ file, link: raw, message: `${what} „${value}“ führt ins Leere: ${found.error}` });
      return;
    }
    if (url.hash !== '' || value.endsWith('#')) {
      report.fragments += 1;
      const id = decodeURIComponent(url.hash.slice(1));
      if (id === '') report.problems.push({ file, link: raw, message: `${what} „${value}“: leerer Anker „#“` });
      else if (!found.file.endsWith('.html')) return;
      else if (!idsOf(found.file).has(id)) report.problems.push({ file, link: raw, message: `${what} „${value}“: Anker „#${id}“ fehlt auf ${found.file}` });
    }
  };

  for (const page of builtPages(dist)) {
    report.pages += 1;
    const base = new URL(page.url, origin);
    for (const { tag, attrs } of tags(page.html)) {
      const names = URL_ATTRS[tag] ?? [];
      for (const name of names) {
        const value = attrs[name];
        if (value === undefined) continue;
        if (name === 'srcset') {
          for (const candidate of value.split(',')) {
            const src = candidate.trim().split(/\s+/)[0];
            if (src) check(page.file, base, src, `<${tag} ${name}>`);
          }
        } else check(page.file, base, value, `<${tag} ${name}>`);
      }
      if (tag === 'meta' && META_URLS.has(attrs['property'] ?? attrs['name'] ?? '') && attrs['content']) {
        check(page.file, base, attrs['content'], `<meta ${attrs['property'] ?? attrs['name']}>`);
      }
    }
  }

  // Stylesheets: url(...); sitemap, feeds and robots.txt: absolute addresses of the site itself.
  for (const file of listFiles(dist, ['pagefind'])) {
    const base = new URL(`/${file}`, origin);
    if (file.endsWith('.css')) {
      for (const m of readFileSync(join(dist, file), 'utf8').matchAll(/url\(\s*(?:"([^"]*)"|'([^']*)'|([^)\s]*))\s*\)/g)) {
        check(file, base, m[1] ?? m[2] ?? m[3] ?? '', 'CSS url()');
      }
    } else if (/\.(xml|txt)$/.test(file)) {
      const escaped = origin.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      for (const m of readFileSync(join(dist, file), 'utf8').matchAll(new RegExp(`${escaped}(?:/[^\\s<>"']*)?`, 'g'))) {
        check(file, base, decodeEntities(m[0]), 'Adresse');
      }
    }
  }
  return report;
}

export function siteBaseUrl(): string {
  return (JSON.parse(readFileSync(join(ROOT, 'data', 'site.json'), 'utf8')) as { baseUrl: string }).baseUrl;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: { dist: { type: 'string' } } });
  const dist = builtSiteOrExit(values.dist, ROOT);
  const report = checkLinks(dist);
  for (const p of report.problems) console.error(`${p.file}: ${p.message}`);
  console.log(`Links: ${report.pages} Seiten, ${report.links} interne Links, davon ${report.fragments} mit Anker; ${report.problems.length} Fehler.`);
  process.exit(report.problems.length > 0 ? 1 : 0);
}
