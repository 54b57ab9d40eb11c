/**
 * Deterministic, seeded generator of valid synthetic content in the real data format: N Regionalbudgets
 * × M measures with Handlungsfelder, budgets, schedules, news, contacts and programmes. Used by the
 * benchmark and by a test at small size. Usage:
 *   node scripts/bench/generate.ts --out <dir> [--regionalbudgets 400] [--measures 25] [--news 1000] [--seed 1]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { slugify } from '../../src/lib/slug.ts';

export interface GenerateOptions {
  regionalbudgets: number;
  measures: number;
  news: number;
  seed: number;
}

/** mulberry32: small, fast, good enough for test data, and the same on every machine. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIELDS = ['Attraktiver Wirtschaftsstandort', 'Attraktiver Arbeitsort', 'Klimaneutrale Region', 'Projektbegleitende Maßnahmen'];
const FIELD_SLUGS = ['attraktiver-wirtschaftsstandort', 'attraktiver-arbeitsort', 'klimaneutrale-region', 'projektbegleitende-massnahmen'];
const WORDS = ['Ansiedlung', 'Gewerbeflächen', 'Netzwerk', 'Fachkräfte', 'Nachfolge', 'Marketing', 'Mobilität', 'Energie', 'Wertschöpfung', 'Kampagne', 'Plattform', 'Beratung', 'Innovation', 'Kooperation', 'Tourismus', 'Digitalisierung'];
const YEARS = [2023, 2024, 2025, 2026];

function pick<T>(r: () => number, list: readonly T[]): T {
  return list[Math.floor(r() * list.length)] as T;
}

function write(path: string, text: string): void {
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, text);
}

/** Writes content/ and data/ below `out`; returns counts. */
export function generate(out: string, options: GenerateOptions): { regionalbudgets: number; measures: number; news: number } {
  const r = rng(options.seed);
  const contacts = [{ id: 'bench-kontakt', name: 'Max Mustermann', role: 'Regionalmanager', organisation: 'Benchmark-Landkreis', email: 'kontakt@example.org' }];
  write(join(out, 'data/kontakte.json'), `${JSON.stringify({ contacts }, null, 2)}\n`);
  write(
    join(out, 'data/site.json'),
    `${JSON.stringify(
      {
        name: 'Regionalbudget-Portal (Benchmark)',
        publisher: { name: 'Benchmark', address: ['Musterstraße 1', '01099 Dresden'], email: 'bench@example.org' },
        responsible: { name: 'Benchmark', address: ['Musterstraße 1', '01099 Dresden'] },
        contactEmail: 'bench@example.org',
        baseUrl: 'https://bench.example.org',
        editBaseUrl: 'https://git.example.org/edit/',
        license: { id: 'dl-by-de/2.0', name: 'Datenlizenz Deutschland – Namensnennung – Version 2.0', url: 'https://www.govdata.de/dl-de/by-2-0' },
        demo: [],
      },
      null,
      2,
    )}\n`,
  );
  write(join(out, 'content/programme/grw-infra.md'), `---\ntitle: GRW Infra\nfunder: SMWA\nlevel: Land\nsummary: Förderprogramm für Regionalbudgets.\n---\nSynthetischer Text.\n`);

  const ids: string[] = [];
  for (let i = 1; i <= options.regionalbudgets; i++) {
    const id = `landkreis-${String(i).padStart(3, '0')}-2023`;
    ids.push(id);
    const dir = join(out, 'content/regionalbudgets', id);
    write(
      join(dir, 'index.mdx'),
      `---\ntitle: Regionalbudget Landkreis ${i}\nsubtitle: Synthetisches Regionalbudget ${i}\nregion: Landkreis ${i}\nprogramme: grw-infra\nperiod: { start: "2023-01-01", end: "2026-12-31" }\ncontacts: [bench-kontakt]\nsummary: Synthetisches Regionalbudget Nummer ${i} für den Benchmark.\n---\n\n## Ziele\n\nDieser Text ist synthetisch. ${pick(r, WORDS)} und ${pick(r, WORDS)} stehen im Mittelpunkt.\n`,
    );
    FIELDS.forEach((title, f) => {
      write(join(dir, 'handlungsfelder', `${FIELD_SLUGS[f]}.md`), `---\ntitle: ${title}\norder: ${f + 1}\nsummary: Synthetisches Handlungsfeld ${title}.\n---\n\nBeschreibung des Handlungsfelds.\n`);
    });
    const lines: string[] = [];
    const rows: string[] = [];
    const totals = new Map<number, number>(YEARS.map((y) => [y, 0]));
    for (let m = 1; m <= options.measures; m++) {
      const slug = `massnahme-${m}-${slugify(pick(r, WORDS))}`;
      const field = FIELD_SLUGS[m % FIELD_SLUGS.length];
      const title = `${pick(r, WORDS)}-${pick(r, WORDS).toLowerCase()} ${m}`;
      write(
        join(dir, 'massnahmen', `${slug}.md`),
        `---\nnumber: ${m}\ntitle: ${title}\nhandlungsfeld: ${field}\nsummary: Synthetische Maßnahme ${m} zu ${pick(r, WORDS)}.\n---\n\nDie Maßnahme ${m} unterstützt ${pick(r, WORDS)} und ${pick(r, WORDS)}. Sie ist synthetisch.\n\n| Jahr | Ziel |\n| --- | --- |\n| 2024 | ${pick(r, WORDS)} |\n`,
      );
      const start = Math.floor(r() * 6);
      const end = Math.min(15, start + 4 + Math.floor(r() * 10));
      const amounts: Record<string, number> = {};
      for (const y of YEARS) {
        const yi = y - YEARS[0]!;
        if (yi * 4 + 3 < start || yi * 4 > end) continue;
        const cents = (1 + Math.floor(r() * 400)) * 2500;
        amounts[String(y)] = cents / 100;
        totals.set(y, (totals.get(y) ?? 0) + cents);
      }
      const q = (n: number) => `${YEARS[0]! + Math.floor(n / 4)}-Q${(n % 4) + 1}`;
      lines.push(`    { "measure": "${slug}", "amounts": ${JSON.stringify(amounts)} }`);
      rows.push(`    { "measure": "${slug}", "quarters": ["${q(start)}..${q(end)}"] }`);
    }
    const totalsJson = JSON.stringify(Object.fromEntries([...totals].map(([y, c]) => [String(y), c / 100])));
    write(
      join(out, 'data/budgets', `${id}.json`),
      `{\n  "regionalbudget": "${id}",\n  "currency": "EUR",\n  "basis": "brutto",\n  "source": "Synthetischer Budgetplan",\n  "years": [${YEARS.join(', ')}],\n  "totals": ${totalsJson},\n  "lines": [\n${lines.join(',\n')}\n  ]\n}\n`,
    );
    write(
      join(out, 'data/schedules', `${id}.json`),
      `{\n  "regionalbudget": "${id}",\n  "source": "Synthetischer Zeitplan",\n  "from": "2023-Q1",\n  "to": "2026-Q4",\n  "rows": [\n${rows.join(',\n')}\n  ]\n}\n`,
    );
  }
  for (let n = 1; n <= options.news; n++) {
    const day = new Date(Date.UTC(2023, 0, 1) + Math.floor(r() * 1400) * 86400000).toISOString().slice(0, 10);
    const rbs = ids.length > 0 ? `[${pick(r, ids)}]` : '[]';
    write(
      join(out, 'content/aktuelles', `${day}-meldung-${n}.md`),
      `---\ntitle: Meldung ${n} zu ${pick(r, WORDS)}\ndate: "${day}"\nsummary: Synthetische Meldung ${n}.\nregionalbudgets: ${rbs}\n---\n\nText der Meldung ${n} über ${pick(r, WORDS)}.\n`,
    );
  }
  return { regionalbudgets: options.regionalbudgets, measures: options.regionalbudgets * options.measures, news: options.news };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: {
      out: { type: 'string' },
      regionalbudgets: { type: 'string', default: '400' },
      measures: { type: 'string', default: '25' },
      news: { type: 'string', default: '1000' },
      seed: { type: 'string', default: '1' },
    },
  });
  if (!values.out) {
    console.error('Bitte --out <Ordner> angeben.');
    process.exit(2);
  }
  const counts = generate(values.out, { regionalbudgets: Number(values.regionalbudgets), measures: Number(values.measures), news: Number(values.news), seed: Number(values.seed) });
  console.log(`Erzeugt: ${counts.regionalbudgets} Regionalbudgets, ${counts.measures} Maßnahmen, ${counts.news} Meldungen in ${values.out}`);
}
