/**
 * Every file under content/ and data/ is either read or reported: a measure in a misspelled folder
 * (`massnahme/`) or with another extension (`.markdown`) would otherwise be left out of the site without
 * a word. What is read comes from src/lib/data/layout.ts, the list the reader and Astro use.
 * Files that operating systems and editors leave behind are ignored on purpose (HARMLESS below).
 */
import { PLACES, placeOf, type Place } from '../data/layout.ts';
import { editDistance } from '../edit-distance.ts';
import type { Issue } from './issue.ts';

/** Folder markers, Finder and Explorer metadata, editor backups, swap and lock files. */
const HARMLESS = [/^\.gitkeep$/, /^\.keep$/, /^\.DS_Store$/, /^\._/, /^Thumbs\.db$/i, /^desktop\.ini$/i, /~$/, /^\..*\.sw[a-p]$/, /^\.#/, /^#.*#$/];

export function isHarmless(name: string): boolean {
  return HARMLESS.some((pattern) => pattern.test(name));
}

/** Names a folder at this depth may have, from the places whose path starts like `parents`. */
function folderNames(parents: string[]): Set<string> {
  const names = new Set<string>();
  for (const place of Object.values(PLACES) as Place[]) {
    const full = [...place.base.split('/'), ...place.segments.slice(0, -1)];
    if (full.length <= parents.length) continue;
    if (parents.every((p, i) => full[i] === '*' || full[i] === p)) names.add(full[parents.length] as string);
  }
  names.delete('*');
  return names;
}

const MARKDOWN_LIKE = /^(markdown|mdown|mkd|mkdn|mdwn|txt|text|MD|Md|MDX|Mdx)$/;

/** A short hint for the likely slip, or '' when there is no cheap guess. */
function suggestion(rel: string): string {
  const parts = rel.split('/');
  for (let i = 1; i < parts.length - 1; i++) {
    const known = folderNames(parts.slice(0, i));
    const part = parts[i] as string;
    if (known.size === 0 || known.has(part)) continue;
    const close = [...known].filter((name) => editDistance(name, part.toLowerCase()) <= 2 || name.startsWith(part) || part.startsWith(name));
    if (close.length > 0) return ` Meinten Sie den Ordner „${close[0]}/“?`;
    return ` Der Ordner „${part}/“ wird nicht gelesen; gelesen werden hier nur ${[...known].map((n) => `„${n}/“`).join(', ')}.`;
  }
  const name = parts.at(-1) as string;
  const ext = /\.([^.]+)$/.exec(name)?.[1];
  const stem = name.replace(/\.[^.]+$/, '');
  if (name.startsWith('.')) return ' Dateien, deren Name mit einem Punkt beginnt, werden nicht gelesen.';
  if (ext && MARKDOWN_LIKE.test(ext) && parts[0] === 'content') return ` Meinten Sie „${stem}.md“?`;
  if (ext && /^(JSON|Json|json5|jsonc)$/.test(ext) && parts[0] === 'data') return ` Meinten Sie „${stem}.json“?`;
  if (ext && /^ya?ml$/i.test(ext)) return parts[0] === 'data' ? ' Daten werden als JSON (.json) gelesen, nicht als YAML.' : ' YAML gehört in den Kopfbereich einer .md-Datei.';
  return '';
}

/**
 * Every file below content/ and data/ that no reader reads, except the harmless ones, and every link to
 * nothing (`files` and `broken` as src/lib/io/repo-files.ts lists them).
 */
export function strayFileIssues(files: readonly string[], broken: readonly string[]): Issue[] {
  const places = (Object.values(PLACES) as Place[]).map((p) => p.label);
  const dangling = broken.map((rel) => ({
    severity: 'error' as const,
    file: rel,
    message: 'Die Datei ist ein Verweis (symbolischer Link) auf etwas, das es nicht gibt.',
    expected: 'eine echte Datei oder einen Verweis auf eine vorhandene Datei',
    found: `„${rel.normalize('NFC')}“ ohne Ziel`,
  }));
  return dangling.concat([...files]
    .sort()
    .filter((rel) => !isHarmless(rel.split('/').at(-1) as string) && placeOf(rel) === undefined)
    .map((rel) => ({
      severity: 'error' as const,
      file: rel,
      message: `Die Datei wird nicht gelesen und käme nicht auf die Website.${suggestion(rel)}`,
      expected: `Dateien nur an diesen Stellen: ${places.join(', ')} (oder die Datei löschen)`,
      found: `„${rel.normalize('NFC')}“`,
    })));
}
