/**
 * `npm run neu -- <art> …`: creates a new Regionalbudget, Handlungsfeld, measure or news item with every
 * required field, and for a measure the empty budget and schedule lines. Required facts come from flags;
 * when one is missing the command refuses with a German usage message, so it never writes invented facts.
 * It never overwrites a file: everything is checked first, then all files are written.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseNeuArgs, USAGE } from './neu/args.ts';
import { Refusal, refuse } from './neu/checks.ts';
import { aktuelles, handlungsfeld, massnahme, regionalbudget, type FileWrite } from './neu/kinds.ts';

export interface NeuResult {
  code: 0 | 1;
  /** Lines for stdout (what was done, next steps). */
  out: string[];
  /** Lines for stderr (why nothing was done). */
  err: string[];
  /** Paths relative to the repo root. */
  created: string[];
  changed: string[];
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
  const parsed = parseNeuArgs(argv);
  if ('error' in parsed) {
    result.err.push(parsed.error, '', USAGE);
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
