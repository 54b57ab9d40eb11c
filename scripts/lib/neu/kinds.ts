/** The files `npm run neu` writes for each kind of content: checked first, written only by the caller. */
import { aktuellesSchema } from '../../../src/schemas/aktuelles.ts';
import { handlungsfeldSchema } from '../../../src/schemas/handlungsfeld.ts';
import { massnahmeSchema } from '../../../src/schemas/massnahme.ts';
import { regionalbudgetSchema } from '../../../src/schemas/regionalbudget.ts';
import { appendToJsonArray, frontmatter } from '../../../src/lib/scaffold/text.ts';
import { SLUG_PATTERN, slugify } from '../../../src/lib/slug.ts';
import { placeholder } from '../../../src/lib/validation/placeholder-checks.ts';
import type { Values } from './args.ts';
import { positiveInt, quoteList, refuse, refuseExisting, requireRegionalbudget, requireText, requireTitle, slugFor, validated } from './checks.ts';
import { exists, frontmatterOf, markdownFiles, read, regionalbudgetIds } from './repo.ts';

export interface FileWrite {
  path: string;
  content: string;
  kind: 'create' | 'update';
  note?: string;
}

const BODY_MD = '\n<!-- Hier den Text der Seite schreiben (Markdown). Dieser Kommentar erscheint nicht auf der Website. -->\n';
const BODY_MDX = '\n{/* Hier den Text der Seite schreiben (Markdown). Dieser Kommentar erscheint nicht auf der Website. */}\n';

export function massnahme(root: string, positionals: string[], values: Values): FileWrite[] {
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
  if (exists(root, budget)) writes.push(addLine(root, budget, 'lines', { measure: slug, amounts: {} }, slug, 'Budgetzeile mit leeren Beträgen'));
  const schedule = `data/schedules/${rb}.json`;
  if (exists(root, schedule)) writes.push(addLine(root, schedule, 'rows', { measure: slug, quarters: [] }, slug, 'Zeitplanzeile ohne Quartale'));
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

export function handlungsfeld(root: string, positionals: string[], values: Values): FileWrite[] {
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

export function aktuelles(root: string, positionals: string[], values: Values, today: string): FileWrite[] {
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

export function regionalbudget(root: string, positionals: string[], values: Values): FileWrite[] {
  const id = positionals[0];
  if (!id) refuse('Es fehlt die Kennung des neuen Regionalbudgets, z. B. meissen-2024.');
  if (!SLUG_PATTERN.test(id as string)) refuse(`„${id}“ ist als Kennung nicht verwendbar (nur Kleinbuchstaben, Ziffern, Bindestriche). Vorschlag: ${slugify(id as string) || 'landkreis-2024'}.`);
  const title = requireTitle(positionals[1]);
  const dir = `content/regionalbudgets/${id}`;
  if (exists(root, dir)) refuse(`Das Regionalbudget „${id}“ gibt es schon (${dir}/). Es wurde nichts überschrieben und nichts verändert.`);
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

