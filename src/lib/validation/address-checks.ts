/**
 * No address of the site may be written twice: every page, feed and data file of the model, every fixed
 * route and every folder the build fills (src/lib/routes.ts) is reserved before the short links and the old
 * addresses (`aliases`) of measures are placed. A clash is reported at the file that causes it, naming the
 * file that owns the address, because otherwise a redirect page would silently replace the other page.
 */
import type { Entry, ParsedRepo } from '../data/parsed-repo.ts';
import { RESERVED_TREES, STATIC_ROUTES, isPlainSitePath, normaliseSitePath, reservedTreeOf, urlOf } from '../routes.ts';
import type { Issue, PathSegment } from './issue.ts';
import { pageCount, pageUrl } from '../pagination.ts';

interface Claim {
  /** The file that owns the address. */
  file: string;
  kind: 'route' | 'page' | 'kurzlink' | 'alias';
  /** Where to report a clash caused by this claim. */
  entry?: Pick<Entry<unknown>, 'file' | 'locate'>;
  path?: PathSegment[];
}

function issueAt(claim: Claim, message: string, expected: string, found: string): Issue {
  const entry = claim.entry as NonNullable<Claim['entry']>;
  const path = claim.path ?? [];
  // An issue about the whole file points at its first line, so editors can still click it.
  const position = entry.locate(path) ?? { line: 1, column: 1 };
  return { severity: 'error', file: entry.file, path, ...position, message, expected, found };
}

export function checkAddresses(repo: ParsedRepo): Issue[] {
  const issues: Issue[] = [];
  const claims = new Map<string, Claim>();
  const claim = (address: string, next: Claim) => {
    const key = normaliseSitePath(address) ?? address;
    const first = claims.get(key);
    if (!first) return void claims.set(key, next);
    // Two files for one measure and doubled numbers are reported by the uniqueness check.
    if (first.kind === next.kind) return;
    const [owner, culprit] = next.kind === 'kurzlink' && first.entry ? [next, first] : [first, next];
    if (!culprit.entry) return;
    issues.push(
      issueAt(
        culprit,
        `Die Adresse ${address} entsteht zweimal: aus dieser Datei und aus ${owner.file}${owner.kind === 'kurzlink' ? ' (Kurzlink aus der Maßnahmennummer)' : ''}.`,
        owner.kind === 'kurzlink' ? 'einen Dateinamen, der nicht nur aus der Nummer einer Maßnahme besteht (z. B. „1-werkstatt“)' : 'einen Dateinamen, der zu einer freien Adresse führt',
        `„${culprit.entry.file.split('/').at(-1) ?? culprit.entry.file}“`,
      ),
    );
  };

  for (const [address, file] of Object.entries(STATIC_ROUTES)) claim(address, { file, kind: 'route' });
  // The news list's later pages (src/lib/pagination.ts), as many as the news fill.
  for (let n = 2; n <= pageCount(repo.news.length); n++) claim(pageUrl(urlOf.newsList(), n), { file: 'src/pages/aktuelles/seite/[n].astro', kind: 'route' });
  const page = (address: string, entry: Entry<unknown>) => claim(address, { file: entry.file, kind: 'page', entry });
  for (const rb of repo.regionalbudgets) {
    page(urlOf.regionalbudget(rb.id), rb);
    page(urlOf.regionalbudgetFeed(rb.id), rb);
    for (const h of rb.handlungsfelder) page(urlOf.handlungsfeld(rb.id, h.id), h);
    for (const m of rb.measures) page(urlOf.measure(rb.id, m.id), m);
  }
  for (const p of repo.programmes) page(urlOf.programme(p.id), p);
  for (const p of repo.projects) page(urlOf.project(p.id), p);
  for (const n of repo.news) page(urlOf.news(n.id), n);
  for (const rb of repo.regionalbudgets) {
    for (const m of rb.measures) {
      if (m.data.number !== undefined) claim(urlOf.shortLink(rb.id, m.data.number), { file: m.file, kind: 'kurzlink', entry: m, path: ['number'] });
    }
  }

  for (const rb of repo.regionalbudgets) {
    for (const m of rb.measures) {
      (m.data.aliases ?? []).forEach((alias, i) => {
        const here: Claim = { file: m.file, kind: 'alias', entry: m, path: ['aliases', i] };
        const normal = normaliseSitePath(alias);
        if (normal === undefined || !isPlainSitePath(alias)) {
          issues.push(issueAt(here, 'Die alte Adresse ist kein einfacher Pfad auf dieser Website.', `einen Pfad wie „${normal && /^\/([a-z0-9-]+\/)+$/.test(normal) ? normal : '/regionalbudgets/<id>/massnahmen/<alter-name>/'}“`, `„${alias}“`));
          return;
        }
        const tree = reservedTreeOf(normal);
        if (tree !== undefined) {
          issues.push(
            issueAt(here, `Die alte Adresse liegt im Bereich ${tree}, den die Website selbst füllt (${RESERVED_TREES[tree]}).`, `eine Adresse außerhalb von ${tree}`, `„${alias}“`),
          );
          return;
        }
        const owner = claims.get(normal);
        if (!owner) return void claims.set(normal, here);
        const ownerText =
          owner.kind === 'alias'
            ? `schon als alte Adresse in ${owner.file} eingetragen`
            : owner.kind === 'kurzlink'
              ? `der Kurzlink der Maßnahme in ${owner.file}`
              : `die Adresse der Seite aus ${owner.file}`;
        issues.push(
          issueAt(
            here,
            owner.kind === 'alias' ? 'Die alte Adresse ist schon einer anderen Seite zugeordnet.' : 'Die alte Adresse gehört einer bestehenden Seite; die Weiterleitung würde sie ersetzen.',
            owner.kind === 'alias' ? `eine nur hier verwendete Adresse (schon in ${owner.file})` : 'eine Adresse, die keine Seite der Website hat',
            `„${alias}“ – ${ownerText}`,
          ),
        );
      });
    }
  }
  return issues;
}
