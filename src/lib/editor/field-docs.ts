/**
 * German labels and help texts for the web editor, read from the field tables of docs/datenformat.md, the
 * same text editors read in the guide: the "Bedeutung" column is the help text, its first clause the label.
 */

export interface FieldDoc {
  label: string;
  hint: string;
}

/** Anchor id in datenformat.md → field name → doc. */
export type FieldDocs = Map<string, Map<string, FieldDoc>>;

/** Markdown of a table cell as plain text: code, emphasis and links unwrapped, escaped pipes restored. */
function plain(cell: string): string {
  return cell
    .replace(/\\\|/g, '|')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/\*\*([^*]+)\*\*/g, '$1')
    .replace(/`([^`]+)`/g, '$1')
    .trim();
}

/** "Name des Regionalbudgets, z. B. „…“" → "Name des Regionalbudgets". */
export function labelOf(meaning: string): string {
  const clause = meaning.split(/[,:;(]|\. | – | bzw\. /)[0]?.trim() ?? meaning;
  return clause.charAt(0).toUpperCase() + clause.slice(1);
}

export function parseFieldDocs(markdown: string): FieldDocs {
  const docs: FieldDocs = new Map();
  let section = '';
  let meaningColumn = -1;
  for (const line of markdown.split('\n')) {
    const anchor = /^<a id="([^"]+)"><\/a>/.exec(line);
    if (anchor?.[1]) {
      section = anchor[1];
      continue;
    }
    if (!line.startsWith('|')) {
      meaningColumn = -1;
      continue;
    }
    const cells = line.replace(/\\\|/g, '\u0000').split('|').slice(1, -1).map((c) => c.replace(/\u0000/g, '\\|'));
    if (cells[0]?.trim() === 'Feld') {
      meaningColumn = cells.findIndex((c) => c.trim() === 'Bedeutung');
      continue;
    }
    const name = /^\s*`([^`]+)`\s*$/.exec(cells[0] ?? '')?.[1];
    const meaning = cells[meaningColumn];
    if (meaningColumn < 0 || !name || meaning === undefined) continue;
    const fields = docs.get(section) ?? new Map<string, FieldDoc>();
    const hint = plain(meaning);
    if (!fields.has(name)) fields.set(name, { label: labelOf(hint), hint });
    docs.set(section, fields);
  }
  return docs;
}
