/**
 * Where content and data files live: the one list that the check's reader, the Astro collections
 * (src/content.config.ts) and the report of unread files all derive from, so they cannot drift apart.
 */

export interface Place {
  /** Folder below the repo root. */
  base: string;
  /** Path segments below `base`; `*` is any name that does not start with a dot, the last one is the file stem. */
  segments: readonly string[];
  extensions: readonly string[];
  /** How editors read it, for messages. */
  label: string;
}

export const MARKDOWN_EXTENSIONS = ['md', 'mdx'] as const;

const markdown = (base: string, segments: string[], label: string): Place => ({ base, segments, extensions: MARKDOWN_EXTENSIONS, label });
const json = (base: string, segments: string[], label: string): Place => ({ base, segments, extensions: ['json'], label });

export const PLACES = {
  regionalbudgets: markdown('content/regionalbudgets', ['*', 'index'], 'content/regionalbudgets/<id>/index.mdx (oder .md)'),
  handlungsfelder: markdown('content/regionalbudgets', ['*', 'handlungsfelder', '*'], 'content/regionalbudgets/<id>/handlungsfelder/<name>.md'),
  massnahmen: markdown('content/regionalbudgets', ['*', 'massnahmen', '*'], 'content/regionalbudgets/<id>/massnahmen/<name>.md'),
  projekte: markdown('content/projekte', ['*'], 'content/projekte/<name>.mdx'),
  programme: markdown('content/programme', ['*'], 'content/programme/<name>.md'),
  aktuelles: markdown('content/aktuelles', ['*'], 'content/aktuelles/<name>.md'),
  site: json('data', ['site'], 'data/site.json'),
  kontakte: json('data', ['kontakte'], 'data/kontakte.json'),
  budgets: json('data/budgets', ['*'], 'data/budgets/<id>.json'),
  schedules: json('data/schedules', ['*'], 'data/schedules/<id>.json'),
} as const satisfies Record<string, Place>;

/**
 * The folder that holds a place's files, for messages: the `*` folders filled in from `ids` in order.
 * `folderOf(PLACES.massnahmen, 'nordsachsen-2022')` → "content/regionalbudgets/nordsachsen-2022/massnahmen/",
 * `folderOf(PLACES.projekte)` → "content/projekte/".
 */
export function folderOf(place: Place, ...ids: string[]): string {
  const remaining = [...ids];
  const folders = place.segments.slice(0, -1).map((segment) => (segment === '*' ? (remaining.shift() ?? '*') : segment));
  return `${[place.base, ...folders].join('/')}/`;
}

/** The roots that are searched for files nobody reads. */
export const CHECKED_ROOTS = ['content', 'data'] as const;

/** The glob Astro's loader takes for a place, relative to its base: "*\/massnahmen/*.{md,mdx}". */
export function globOf(place: Place): string {
  const ext = place.extensions.length > 1 ? `{${place.extensions.join(',')}}` : place.extensions[0];
  return `${place.segments.join('/')}.${ext}`;
}

/** Whether a file or folder name can be read at all: hidden names are skipped, as Astro's glob does. */
export function isVisibleName(name: string): boolean {
  return name !== '' && !name.startsWith('.');
}

/** The extension a reader accepts for a name, or undefined. */
export function extensionOf(name: string, place: Place): string | undefined {
  const dot = name.lastIndexOf('.');
  if (dot <= 0) return undefined;
  const ext = name.slice(dot + 1);
  return place.extensions.includes(ext) ? ext : undefined;
}

/** The place a path (relative to the root, with `/`) belongs to, or undefined when no reader reads it. */
export function placeOf(rel: string): keyof typeof PLACES | undefined {
  const parts = rel.split('/');
  for (const [kind, place] of Object.entries(PLACES) as [keyof typeof PLACES, Place][]) {
    const base = place.base.split('/');
    if (parts.length !== base.length + place.segments.length) continue;
    if (!base.every((b, i) => parts[i] === b)) continue;
    const rest = parts.slice(base.length);
    const ok = place.segments.every((segment, i) => {
      const part = rest[i] as string;
      if (!isVisibleName(part)) return false;
      if (i < place.segments.length - 1) return segment === '*' || segment === part;
      const ext = extensionOf(part, place);
      if (!ext) return false;
      const stem = part.slice(0, -(ext.length + 1));
      return segment === '*' ? stem !== '' : stem === segment;
    });
    if (ok) return kind;
  }
  return undefined;
}
