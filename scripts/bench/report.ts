/** The benchmark's report: its figures as JSON (BenchReport) and as the table `npm run bench` prints. */
import type { BuildFigures } from './builds.ts';
import { formatFirstSearch, type FirstSearch } from './first-search.ts';

/** Seconds of the phases in the issue's four groups. */
export function phaseGroups(phases: Record<string, number> = {}): { validation: number; astro: number; search: number; other: number } {
  const validation = phases['Prüfung'] ?? 0;
  const astro = phases['Astro'] ?? 0;
  const search = phases['Suchindex'] ?? 0;
  const other = Object.values(phases).reduce((a, b) => a + b, 0) - validation - astro - search;
  return { validation, astro, search, other };
}

export interface BenchReport {
  size: { regionalbudgets: number; measures: number; news: number; seed: number };
  machine: { cpus: number; memGb: number; loadBefore: number[]; loadAfter: number[]; node: string };
  entries: number;
  /** `npm run check`: the median of its runs (process wall time, and the time it reports for the validation itself). */
  check: { seconds: number; reported: number; runs?: number[] };
  full: { cold: BuildFigures; warm?: BuildFigures };
  floor?: { cold: BuildFigures; warm?: BuildFigures };
  ratios?: { cold: number; warm?: number };
  /** The same ratios in CPU seconds of the process trees. */
  cpuRatios?: { cold: number; warm?: number };
  scaled?: { factor: number; measures: number; cold: BuildFigures; ratio: number };
  /** Bytes of the first search on the cold build (scripts/bench/first-search.ts), phone and desktop. */
  firstSearch?: FirstSearch[];
}

const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
const runsOf = (b: BuildFigures) => (b.cpuRuns ?? [b.cpuSeconds]).map((s) => s.toFixed(1)).join(' / ');

export function formatReport(r: BenchReport): string {
  const rows: string[][] = [['', 'Sekunden', 'Prüfung', 'Astro', 'Suchindex', 'andere', 'Peak RSS (Baum/Prozess, MB)', 'Seiten', 'Weiterl.', 'dist (MB)', 'p95 HTML gz (KB)', 'Suchindex (Dateien/MB)']];
  const row = (name: string, b: BuildFigures) => {
    const g = phaseGroups(b.phases);
    rows.push([
      name,
      b.seconds.toFixed(1),
      b.phases ? g.validation.toFixed(1) : '–',
      b.phases ? g.astro.toFixed(1) : '–',
      b.phases ? g.search.toFixed(1) : '–',
      b.phases ? g.other.toFixed(1) : '–',
      `${b.peakTreeMb.toFixed(0)}/${b.peakProcessMb.toFixed(0)}`,
      String(b.dist.pages),
      String(b.dist.redirectPages),
      mb(b.dist.bytes),
      (b.dist.p95GzipHtml / 1024).toFixed(1),
      `${b.dist.searchFiles}/${mb(b.dist.searchBytes)}`,
    ]);
  };
  row('voll, kalt', r.full.cold);
  if (r.full.warm) row('voll, warm', r.full.warm);
  if (r.floor) row('Boden, kalt', r.floor.cold);
  if (r.floor?.warm) row('Boden, warm', r.floor.warm);
  if (r.scaled) row(`voll ×${r.scaled.factor}, kalt`, r.scaled.cold);
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((cells) => (cells[i] ?? '').length)));
  const lines = rows.map((cells) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  '));
  const s = r.size;
  return [
    `Benchmark: ${s.regionalbudgets} Regionalbudgets × ${s.measures} Maßnahmen, ${s.news} Meldungen (seed ${s.seed}); ${r.entries} Einträge`,
    `Maschine: ${r.machine.cpus} Kerne, ${r.machine.memGb} GB, Node ${r.machine.node}; Last vorher ${r.machine.loadBefore.map((l) => l.toFixed(2)).join(' ')}, nachher ${r.machine.loadAfter.map((l) => l.toFixed(2)).join(' ')}`,
    `npm run check: ${r.check.seconds.toFixed(2)} s (Prozess${r.check.runs ? `, Median von ${r.check.runs.length} Läufen: ${r.check.runs.map((x) => x.toFixed(2)).join(' / ')} s` : ''}), ${r.check.reported.toFixed(2)} s (Prüfung selbst)`,
    ...lines,
    r.full.cold.og ? `Vorschaubilder (Sekunden ab Start, parallel zu Astro) kalt: ${r.full.cold.og.rendered} gerendert in ${r.full.cold.og.seconds.toFixed(1)} s; warm: ${r.full.warm?.og ? `${r.full.warm.og.rendered} gerendert, ${r.full.warm.og.cached} aus dem Cache in ${r.full.warm.og.seconds.toFixed(1)} s` : '–'}` : '',
    r.ratios ? `Verhältnis voll/Boden: kalt ${r.ratios.cold.toFixed(2)} (Ziel ≤ 3)${r.ratios.warm !== undefined ? `, warm ${r.ratios.warm.toFixed(2)} (Ziel ≤ 1,5)` : ''}` : '',
    r.cpuRatios ? `Verhältnis voll/Boden in CPU-Sekunden: kalt ${r.cpuRatios.cold.toFixed(2)}${r.cpuRatios.warm !== undefined ? `, warm ${r.cpuRatios.warm.toFixed(2)}` : ''}` : '',
    r.floor ? `Kalte Läufe in CPU-Sekunden (der mittlere zählt): voll ${runsOf(r.full.cold)}, Boden ${runsOf(r.floor.cold)}` : '',
    r.full.warm && r.floor?.warm ? `Warme Läufe in CPU-Sekunden (der mittlere zählt): voll ${runsOf(r.full.warm)}, Boden ${runsOf(r.floor.warm)}` : '',
    `Peak RSS voll: ${Math.max(r.full.cold.peakTreeMb, r.full.warm?.peakTreeMb ?? 0).toFixed(0)} MB Prozessbaum (Ziel ≤ 2560)`,
    r.scaled ? `Linearität: ${r.scaled.measures} Maßnahmen kalt ${r.scaled.cold.seconds.toFixed(1)} s = ${r.scaled.ratio.toFixed(2)} × (Ziel ≤ 2,1)` : '',
    r.firstSearch ? formatFirstSearch(r.firstSearch) : '',
  ]
    .filter(Boolean)
    .join('\n');
}
