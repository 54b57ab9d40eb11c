/**
 * `npm run neu -- <art> …`: creates a new Regionalbudget, Handlungsfeld, measure or news item with every
 * required field, and for a measure the empty budget and schedule lines. Required facts come from flags;
 * when one is missing the command refuses with a German usage message, so it never writes invented facts.
 * It never overwrites a file: everything is checked first, then all files are written.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { z } from 'astro/zod';
import { aktuellesSchema } from '../../src/schemas/aktuelles.ts';
import { handlungsfeldSchema } from '../../src/schemas/handlungsfeld.ts';
import { placeholder } from '../../src/lib/validation/placeholder-checks.ts';
import { massnahmeSchema } from '../../src/schemas/massnahme.ts';
import { regionalbudgetSchema } from '../../src/schemas/regionalbudget.ts';
import { formatPath } from '../../src/lib/validation/issue.ts';
import { checkSchema } from '../../src/lib/validation/schema-issues.ts';
import { parseFrontmatterSource } from '../../src/lib/validation/source.ts';
import { SLUG_PATTERN, slugify } from '../../src/lib/slug.ts';
import { appendToJsonArray, frontmatter } from '../../src/lib/scaffold/text.ts';

export const USAGE = `Neue Inhalte anlegen:

  npm run neu -- massnahme <regionalbudget> "<Titel>" [--handlungsfeld <kennung>] [--zusammenfassung "<ein, zwei Sätze>"]
      [--nummer <n> | --ohne-nummer] [--ohne-handlungsfeld] [--kennung <dateiname>]
  npm run neu -- handlungsfeld <regionalbudget> "<Titel>" --zusammenfassung "<Text>" [--reihenfolge <n>] [--kennung <dateiname>]
  npm run neu -- aktuelles "<Titel>" --zusammenfassung "<Text>" [--datum JJJJ-MM-TT | --ohne-datum]
      [--regionalbudget <kennung>]… [--massnahme <regionalbudget>/<maßnahme>]… [--quelle "<Titel der Quelle>"] [--kennung <name>]
  npm run neu -- regionalbudget <kennung> "<Titel>" --untertitel "<Text>" --region "<Landkreis …>" --ende JJJJ-MM-TT
      --zusammenfassung "<Text>" [--beginn JJJJ-MM-TT] [--programm grw-infra] [--bezeichnung Themenbereich]

Allgemein: --root <ordner> (Projektordner, Standard: aktueller Ordner), --hilfe.
Eine Anleitung mit Beispielen steht in docs/redaktion.md.`;

export interface NeuResult {
  code: 0 | 1;
  /** Lines for stdout (what was done, next steps). */
  out: string[];
  /** Lines for stderr (why nothing was done). */
  err: string[];
  /** Paths relative to the project root. */
  created: string[];
  changed: string[];
}

interface FileWrite {
  path: string;
  content: string;
  kind: 'create' | 'update';
  note?: string;
}

class Refusal extends Error {}

const refuse = (message: string): never => {
  throw new Refusal(message);
};

const OPTIONS = {
  root: { type: 'string' },
  hilfe: { type: 'boolean', short: 'h' },
  help: { type: 'boolean' },
  kennung: { type: 'string' },
  zusammenfassung: { type: 'string' },
  handlungsfeld: { type: 'string' },
  'ohne-handlungsfeld': { type: 'boolean' },
  nummer: { type: 'string' },
  'ohne-nummer': { type: 'boolean' },
  reihenfolge: { type: 'string' },
  datum: { type: 'string' },
  'ohne-datum': { type: 'boolean' },
  regionalbudget: { type: 'string', multiple: true },
  massnahme: { type: 'string', multiple: true },
  quelle: { type: 'string' },
  untertitel: { type: 'string' },
  region: { type: 'string' },
  beginn: { type: 'string' },
  ende: { type: 'string' },
  programm: { type: 'string' },
  status: { type: 'string' },
  bezeichnung: { type: 'string' },
} as const;

type Values = ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>>['values'];

/** Names of flags as editors type them, for the German messages about schema fields. */
const FLAG_OF: Record<string, string> = {
  title: 'Titel',
  summary: '--zusammenfassung',
  subtitle: '--untertitel',
  region: '--region',
  programme: '--programm',
  status: '--status',
  'period.start': '--beginn',
  'period.end': '--ende',
  fieldLabel: '--bezeichnung',
  date: '--datum',
  number: '--nummer',
  order: '--reihenfolge',
  'source.title': '--quelle',
};

function read(root: string, rel: string): string {
  return readFileSync(join(root, rel), 'utf8');
}

function markdownFiles(root: string, dir: string): string[] {
  const abs = join(root, dir);
  if (!existsSync(abs)) return [];
  return readdirSync(abs)
    .filter((name) => /\.mdx?$/.test(name) && statSync(join(abs, name)).isFile())
    .sort();
}

/** Frontmatter data of a file, loosely (the check reports broken files; here they are only skipped). */
function frontmatterOf(root: string, rel: string): Record<string, unknown> {
  const parsed = parseFrontmatterSource(rel, read(root, rel));
  return parsed.ok && parsed.source.data && typeof parsed.source.data === 'object' ? (parsed.source.data as Record<string, unknown>) : {};
}

function regionalbudgetIds(root: string): string[] {
  const abs = join(root, 'content/regionalbudgets');
  if (!existsSync(abs)) return [];
  return readdirSync(abs)
    .filter((name) => statSync(join(abs, name)).isDirectory())
    .sort();
}

function quoteList(values: string[]): string {
  return values.length === 0 ? '(keine vorhanden)' : values.map((v) => `„${v}“`).join(', ');
}

function requireText(values: Values, flag: 'zusammenfassung' | 'untertitel' | 'region', what: string): string {
  const value = values[flag]?.trim();
  if (!value) refuse(`Es fehlt ${what}: --${flag} "…". Bitte aus der Quelle übernehmen – das Programm erfindet keine Angaben.`);
  return value as string;
}

function requireRegionalbudget(root: string, id: string | undefined): string {
  const ids = regionalbudgetIds(root);
  if (!id) refuse(`Es fehlt die Kennung des Regionalbudgets. Vorhanden: ${quoteList(ids)}.`);
  if (!ids.includes(id as string)) refuse(`Das Regionalbudget „${id}“ gibt es nicht (kein Ordner content/regionalbudgets/${id}/). Vorhanden: ${quoteList(ids)}.`);
  return id as string;
}

function requireTitle(title: string | undefined): string {
  if (!title?.trim()) refuse('Es fehlt der Titel (in Anführungszeichen, z. B. "Digitale Werkstatt").');
  return (title as string).trim();
}

function slugFor(values: Values, title: string): string {
  const slug = values.kennung ?? slugify(title);
  if (!SLUG_PATTERN.test(slug)) {
    refuse(`Aus „${values.kennung ?? title}“ lässt sich kein Dateiname bilden. Bitte mit --kennung einen Namen aus Kleinbuchstaben, Ziffern und Bindestrichen angeben (z. B. --kennung ${slugify(title) || 'neue-massnahme'}).`);
  }
  return slug;
}

function positiveInt(value: string, flag: string): number {
  if (!/^[1-9]\d*$/.test(value)) refuse(`${flag} braucht eine ganze Zahl ab 1; gefunden: „${value}“.`);
  return Number(value);
}

/** Refuses when a file of that name exists as .md or .mdx. */
function refuseExisting(root: string, relWithoutExt: string, what: string): void {
  for (const ext of ['.md', '.mdx']) {
    const rel = `${relWithoutExt}${ext}`;
    if (existsSync(join(root, rel))) {
      refuse(`${what} gibt es schon: ${rel}. Es wurde nichts überschrieben und nichts verändert. Wählen Sie einen anderen Titel oder mit --kennung einen anderen Dateinamen.`);
    }
  }
}

/** Validates generated frontmatter with the real schema, so the file is sure to pass `npm run check`. */
function validated<S extends z.ZodType>(schema: S, rel: string, text: string): string {
  const parsed = parseFrontmatterSource(rel, text);
  if (!parsed.ok) refuse(`Interner Fehler beim Erzeugen von ${rel}: ${parsed.issue.message}`);
  if (parsed.ok) {
    const result = checkSchema(schema, rel, parsed.source);
    if (!result.ok) {
      refuse(
        result.issues
          .map((issue) => {
            const path = formatPath(issue.path ?? []);
            return `Die Angabe ${FLAG_OF[path] ?? path} ist ungültig. Erwartet: ${issue.expected ?? ''}; gefunden: ${issue.found ?? ''}.`;
          })
          .join('\n'),
      );
    }
  }
  return text;
}

const BODY_MD = '\n<!-- Hier den Text der Seite schreiben (Markdown). Dieser Kommentar erscheint nicht auf der Website. -->\n';
const BODY_MDX = '\n{/* Hier den Text der Seite schreiben (Markdown). Dieser Kommentar erscheint nicht auf der Website. */}\n';

function massnahme(root: string, positionals: string[], values: Values): FileWrite[] {
  const rb = requireRegionalbudget(root, positionals[0]);
  const title = requireTitle(positionals[1]);
  const slug = slugFor(values, title);
  const dir = `content/regionalbudgets/${rb}`;
  refuseExisting(root, `${dir}/massnahmen/${slug}`, `Die Maßnahme „${slug}“`);

  const fields = markdownFiles(root, `${dir}/handlungsfelder`).map((name) => {
    const id = name.replace(/\.mdx?$/, '');
    const data = frontmatterOf(root, `${dir}/handlungsfelder/${name}`);
    return { id, title: typeof data['title'] === 'string' ? data['title'] : id };
  });
  const fieldList = fields.map((f) => `  --handlungsfeld ${f.id}   („${f.title}“)`).join('\n');
  let handlungsfeld: string | undefined;
  if (values.handlungsfeld !== undefined) {
    handlungsfeld = values.handlungsfeld;
    if (!fields.some((f) => f.id === handlungsfeld)) {
      refuse(`Das Handlungsfeld „${handlungsfeld}“ gibt es im Regionalbudget „${rb}“ nicht. Vorhanden sind:\n${fieldList || '  (keine)'}`);
    }
  }
  const hints: string[] = [];
  if (handlungsfeld === undefined && !values['ohne-handlungsfeld'] && fields.length > 0) {
    hints.push(`ohne Handlungsfeld – falls die Quelle eins nennt, im Kopfbereich ergänzen: handlungsfeld: ${fields.map((f) => f.id).join(' | ')}`);
  }

  const measures = markdownFiles(root, `${dir}/massnahmen`).map((name) => frontmatterOf(root, `${dir}/massnahmen/${name}`));
  const taken = measures.map((m) => m['number']).filter((n): n is number => typeof n === 'number');
  let number: number | undefined;
  let numberNote = '';
  if (values.nummer !== undefined) {
    number = positiveInt(values.nummer, '--nummer');
    if (taken.includes(number)) refuse(`Die Nummer ${number} ist im Regionalbudget „${rb}“ schon vergeben. Die nächste freie Nummer ist ${Math.max(...taken) + 1}.`);
  } else if (!values['ohne-nummer'] && taken.length > 0) {
    number = Math.max(...taken) + 1;
    numberNote = ` (nächste freie Nummer; eine andere mit --nummer, keine mit --ohne-nummer)`;
  } else if (taken.length === 0 && !values['ohne-nummer']) {
    numberNote = ' (ohne Nummer, weil die Maßnahmen dieses Regionalbudgets nicht nummeriert sind; mit --nummer vergeben)';
  }
  const summary = values.zusammenfassung?.trim() || placeholder('ein bis zwei Sätze zur Maßnahme aus der Quelle');
  if (!values.zusammenfassung?.trim()) hints.push('Zusammenfassung (summary) ist ein Platzhalter – npm run check warnt, bis er ersetzt ist');

  const rel = `${dir}/massnahmen/${slug}.md`;
  const text = validated(massnahmeSchema, rel, frontmatter({ number, title, handlungsfeld, summary }) + BODY_MD);
  const note = [number !== undefined ? `Nummer ${number}${numberNote}` : numberNote.trim(), ...hints].filter(Boolean).join('; ');
  const writes: FileWrite[] = [{ path: rel, content: text, kind: 'create', note }];

  const budget = `data/budgets/${rb}.json`;
  if (existsSync(join(root, budget))) writes.push(addLine(root, budget, 'lines', { measure: slug, amounts: {} }, slug, 'Budgetzeile mit leeren Beträgen'));
  const schedule = `data/schedules/${rb}.json`;
  if (existsSync(join(root, schedule))) writes.push(addLine(root, schedule, 'rows', { measure: slug, quarters: [] }, slug, 'Zeitplanzeile ohne Quartale'));
  return writes;
}

function addLine(root: string, rel: string, key: 'lines' | 'rows', item: { measure: string; [field: string]: unknown }, slug: string, what: string): FileWrite {
  const text = read(root, rel);
  let data: Record<string, unknown>;
  try {
    data = JSON.parse(text) as Record<string, unknown>;
  } catch {
    return refuse(`${rel} ist kein gültiges JSON. Bitte zuerst mit npm run check den Fehler finden und beheben; es wurde nichts verändert.`);
  }
  const list = data[key];
  if (!Array.isArray(list)) return refuse(`${rel} hat keine Liste „${key}“. Bitte zuerst mit npm run check prüfen; es wurde nichts verändert.`);
  if (list.some((line) => (line as { measure?: unknown })?.measure === slug)) {
    return refuse(`${rel} hat schon eine Zeile für „${slug}“. Es wurde nichts überschrieben und nichts verändert.`);
  }
  return { path: rel, content: appendToJsonArray(text, key, item), kind: 'update', note: what };
}

function handlungsfeld(root: string, positionals: string[], values: Values): FileWrite[] {
  const rb = requireRegionalbudget(root, positionals[0]);
  const title = requireTitle(positionals[1]);
  const slug = slugFor(values, title);
  const dir = `content/regionalbudgets/${rb}/handlungsfelder`;
  refuseExisting(root, `${dir}/${slug}`, `Das Handlungsfeld „${slug}“`);
  const orders = markdownFiles(root, dir)
    .map((name) => frontmatterOf(root, `${dir}/${name}`)['order'])
    .filter((n): n is number => typeof n === 'number');
  const next = orders.length > 0 ? Math.max(...orders) + 1 : 1;
  const order = values.reihenfolge !== undefined ? positiveInt(values.reihenfolge, '--reihenfolge') : next;
  if (orders.includes(order)) refuse(`Die Position ${order} (--reihenfolge) hat schon ein anderes Handlungsfeld. Frei ist z. B. ${next}.`);
  const summary = requireText(values, 'zusammenfassung', 'die Zusammenfassung des Handlungsfelds');
  const rel = `${dir}/${slug}.md`;
  return [{ path: rel, content: validated(handlungsfeldSchema, rel, frontmatter({ title, order, summary }) + BODY_MD), kind: 'create', note: `Position ${order}` }];
}

function aktuelles(root: string, positionals: string[], values: Values, today: string): FileWrite[] {
  const title = requireTitle(positionals[0]);
  if (positionals.length > 1) refuse(`Zu viele Angaben ohne Namen: ${positionals.slice(1).map((p) => `„${p}“`).join(', ')}. Texte mit Leerzeichen in Anführungszeichen setzen.`);
  const base = slugFor(values, title);
  const date = values['ohne-datum'] ? undefined : (values.datum ?? today);
  // A file name starts with the date only when its year is known ("--03-22" has none).
  const prefix = date !== undefined && /^\d{4}/.test(date) ? `${date}-` : '';
  const name = values.kennung !== undefined || base.startsWith(prefix) ? base : `${prefix}${base}`;
  refuseExisting(root, `content/aktuelles/${name}`, `Die Meldung „${name}“`);
  const rbs = values.regionalbudget ?? [];
  const known = regionalbudgetIds(root);
  for (const id of rbs) if (!known.includes(id)) refuse(`Das Regionalbudget „${id}“ (--regionalbudget) gibt es nicht. Vorhanden: ${quoteList(known)}.`);
  const measures = values.massnahme ?? [];
  for (const ref of measures) {
    const [rb, slug] = ref.split('/');
    if (!rb || !slug || markdownFiles(root, `content/regionalbudgets/${rb}/massnahmen`).every((n) => n.replace(/\.mdx?$/, '') !== slug)) {
      refuse(`Die Maßnahme „${ref}“ (--massnahme) gibt es nicht. Erwartet: <regionalbudget>/<maßnahme>, z. B. nordsachsen-2022/ansiedlungskampagne.`);
    }
  }
  const summary = requireText(values, 'zusammenfassung', 'der Anreißer der Meldung');
  const rel = `content/aktuelles/${name}.md`;
  const fm = frontmatter({
    title,
    date,
    summary,
    ...(rbs.length > 0 && { regionalbudgets: rbs }),
    ...(measures.length > 0 && { measures }),
    ...(values.quelle !== undefined && { source: { title: values.quelle } }),
  });
  return [{ path: rel, content: validated(aktuellesSchema, rel, fm + BODY_MD), kind: 'create', note: date ? `Datum ${date}` : 'ohne Datum' }];
}

function regionalbudget(root: string, positionals: string[], values: Values): FileWrite[] {
  const id = positionals[0];
  if (!id) refuse('Es fehlt die Kennung des neuen Regionalbudgets, z. B. meissen-2024.');
  if (!SLUG_PATTERN.test(id as string)) refuse(`„${id}“ ist als Kennung nicht verwendbar (nur Kleinbuchstaben, Ziffern, Bindestriche). Vorschlag: ${slugify(id as string) || 'landkreis-2024'}.`);
  const title = requireTitle(positionals[1]);
  const dir = `content/regionalbudgets/${id}`;
  if (existsSync(join(root, dir))) refuse(`Das Regionalbudget „${id}“ gibt es schon (${dir}/). Es wurde nichts überschrieben und nichts verändert.`);
  const programme = values.programm ?? 'grw-infra';
  const programmes = markdownFiles(root, 'content/programme').map((n) => n.replace(/\.mdx?$/, ''));
  if (!programmes.includes(programme)) refuse(`Das Förderprogramm „${programme}“ (--programm) gibt es nicht in content/programme/. Vorhanden: ${quoteList(programmes)}.`);
  const subtitle = requireText(values, 'untertitel', 'der Untertitel');
  const region = requireText(values, 'region', 'die Region (z. B. "Landkreis Meißen")');
  if (!values.ende) refuse('Es fehlt das Ende der Laufzeit: --ende JJJJ-MM-TT (oder JJJJ-MM bzw. JJJJ, so genau wie die Quelle).');
  const summary = requireText(values, 'zusammenfassung', 'die Zusammenfassung');
  // A status needs its date and source (status: { value, asOf, source }); a bare word from the command line would be a fact without a source.
  if (values.status !== undefined) refuse('Einen Status legt „npm run neu“ nicht an: Er braucht Stand und Quelle. Tragen Sie ihn im Frontmatter ein (status: { value, asOf, source }, siehe docs/datenformat.md).');
  const rel = `${dir}/index.mdx`;
  const fm = frontmatter({
    title,
    subtitle,
    region,
    programme,
    period: { start: values.beginn, end: values.ende },
    ...(values.bezeichnung !== undefined && { fieldLabel: values.bezeichnung }),
    contacts: [],
    summary,
  });
  return [{ path: rel, content: validated(regionalbudgetSchema, rel, fm + BODY_MDX), kind: 'create' }];
}

function nextSteps(kind: string, writes: FileWrite[], root: string): string[] {
  const first = writes[0]?.path ?? '';
  const steps = [`Text der Seite in ${first} schreiben (unter dem zweiten „---“).`];
  if (kind === 'massnahme') {
    const budget = writes.find((w) => w.path.startsWith('data/budgets/'));
    const schedule = writes.find((w) => w.path.startsWith('data/schedules/'));
    if (budget) steps.push(`Beträge je Jahr in ${budget.path} eintragen (Zeile der Maßnahme, "amounts") und die Summen in "totals" anpassen.`);
    if (schedule) steps.push(`Quartale in ${schedule.path} eintragen ("quarters", z. B. ["2024-Q1..2025-Q2"]).`);
    if (!budget && !schedule) steps.push('Dieses Regionalbudget hat keinen Budget- und Zeitplan (data/budgets/, data/schedules/); es wurde keiner angelegt.');
  }
  if (kind === 'regionalbudget') {
    steps.push('Handlungsfelder anlegen: npm run neu -- handlungsfeld … ; Budget- und Zeitplan nach docs/redaktion.md anlegen.');
    steps.push('Den Status (geplant, beantragt, bewilligt, abgeschlossen) und die Angaben im Kopfbereich mit der Quelle abgleichen.');
  }
  steps.push(`Prüfen: npm run check${root === process.cwd() ? '' : ` (im Ordner ${root})`}; ansehen: npm run dev.`);
  return steps;
}

/** Runs the command; never throws for an editor's mistake, never writes unless every check passed. */
export function runNeu(argv: string[], options: { cwd?: string; today?: string } = {}): NeuResult {
  const result: NeuResult = { code: 0, out: [], err: [], created: [], changed: [] };
  let parsed: { values: Values; positionals: string[] };
  // "--datum --03-22" (a day without year) would otherwise read as two flags.
  const args = argv.flatMap((arg, i) => (arg === '--datum' && /^--\d{2}-\d{2}$/.test(argv[i + 1] ?? '') ? [`--datum=${argv[i + 1]}`] : argv[i - 1] === '--datum' && /^--\d{2}-\d{2}$/.test(arg) ? [] : [arg]));
  try {
    parsed = parseArgs({ args, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const flag = /'(-{1,2}[^']+)'/.exec(message)?.[1];
    result.err.push(flag ? `Die Angabe ${flag} ist unbekannt oder braucht einen Wert.` : `Die Angaben sind unvollständig: ${message}`, '', USAGE);
    return { ...result, code: 1 };
  }
  const { values, positionals } = parsed;
  const [kind, ...rest] = positionals;
  if (values.hilfe || values.help || !kind) {
    (kind || values.hilfe || values.help ? result.out : result.err).push(USAGE);
    return { ...result, code: kind || values.hilfe || values.help ? 0 : 1 };
  }
  const root = resolve(options.cwd ?? process.cwd(), values.root ?? '.');
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  let writes: FileWrite[];
  try {
    if (!existsSync(join(root, 'content')) || !existsSync(join(root, 'data'))) {
      refuse(`Im Ordner ${root} gibt es kein content/ und data/. Bitte im Projektordner aufrufen oder --root angeben.`);
    }
    switch (kind) {
      case 'massnahme':
        writes = massnahme(root, rest, values);
        break;
      case 'handlungsfeld':
        writes = handlungsfeld(root, rest, values);
        break;
      case 'aktuelles':
        writes = aktuelles(root, rest, values, today);
        break;
      case 'regionalbudget':
        writes = regionalbudget(root, rest, values);
        break;
      default:
        writes = refuse(`Unbekannte Art „${kind}“. Möglich sind: massnahme, handlungsfeld, aktuelles, regionalbudget.\n\n${USAGE}`);
    }
  } catch (error) {
    if (!(error instanceof Refusal)) throw error;
    result.err.push(error.message);
    return { ...result, code: 1 };
  }
  // Every check passed; a create target can only appear now through a race, which is refused too.
  for (const w of writes) {
    if (w.kind === 'create' && existsSync(join(root, w.path))) {
      result.err.push(`${w.path} gibt es schon. Es wurde nichts verändert.`);
      return { ...result, code: 1 };
    }
  }
  for (const w of writes) {
    const abs = join(root, w.path);
    mkdirSync(dirname(abs), { recursive: true });
    writeFileSync(abs, w.content, w.kind === 'create' ? { flag: 'wx' } : {});
    (w.kind === 'create' ? result.created : result.changed).push(w.path);
    result.out.push(`${w.kind === 'create' ? 'Angelegt' : 'Ergänzt'}: ${w.path}${w.note ? ` – ${w.note}` : ''}`);
  }
  result.out.push('', 'Nächste Schritte:', ...nextSteps(kind, writes, root).map((s, i) => `  ${i + 1}. ${s}`));
  return result;
}
