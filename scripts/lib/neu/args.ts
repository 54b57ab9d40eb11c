/** The command line of `npm run neu`: its usage text and its flags. */
import { parseArgs } from 'node:util';

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

export type Values = ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>>['values'];


/** Parsed flags and the words without a flag, or the German message for a command line that does not parse. */
export function parseNeuArgs(argv: string[]): { values: Values; positionals: string[] } | { error: string } {
  // "--datum --03-22" (a day without year) would otherwise read as two flags.
  const args = argv.flatMap((arg, i) => (arg === '--datum' && /^--\d{2}-\d{2}$/.test(argv[i + 1] ?? '') ? [`--datum=${argv[i + 1]}`] : argv[i - 1] === '--datum' && /^--\d{2}-\d{2}$/.test(arg) ? [] : [arg]));
  try {
    return parseArgs({ args, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const flag = /'(-{1,2}[^']+)'/.exec(message)?.[1];
    return { error: flag ? `Die Angabe ${flag} ist unbekannt oder braucht einen Wert.` : `Die Angaben sind unvollständig: ${message}` };
  }
}
