/**
 * Terms of a Regionalbudget as the sources state them. Sources may disagree (a concept's planned term
 * and a county's approval period); then every summary shows both with their sources, never one of them
 * silently. `termSummary` is the one wording used by cards, key facts, feeds, share images and exports.
 */
import { formatDate } from './format.ts';
import { quarterOfDate } from './quarters.ts';

export interface TermData {
  start?: string | undefined;
  end: string;
  label?: string | undefined;
  source?: string | undefined;
}

export interface Term {
  /** "period" or "approvedPeriod": the field it came from. */
  field: 'period' | 'approvedPeriod';
  label: string;
  start?: string | undefined;
  end: string;
  source?: string | undefined;
}

interface WithTerms {
  period: TermData;
  approvedPeriod?: TermData | undefined;
}

/** Both terms with their labels (the source's own words where given). */
export function termsOf(d: WithTerms): Term[] {
  const terms: Term[] = [{ field: 'period', label: d.period.label ?? 'Laufzeit', start: d.period.start, end: d.period.end, source: d.period.source }];
  if (d.approvedPeriod) {
    const a = d.approvedPeriod;
    terms.push({ field: 'approvedPeriod', label: a.label ?? 'Bewilligungszeitraum', start: a.start, end: a.end, source: a.source });
  }
  return terms;
}

/** "1. September 2022 bis 31. August 2025", "bis 30. Juni 2025": only what the source gives. */
export function rangeText(t: { start?: string | undefined; end: string }): string {
  return t.start ? `${formatDate(t.start)} bis ${formatDate(t.end)}` : `bis ${formatDate(t.end)}`;
}

/** "01.09.2022–31.08.2025", "bis 06/2025": short form for share images and tables. */
export function rangeTextShort(t: { start?: string | undefined; end: string }): string {
  const short = (d: string) => d.split('-').reverse().join(d.length === 7 ? '/' : '.');
  return t.start ? `${short(t.start)}–${short(t.end)}` : `bis ${short(t.end)}`;
}

/** Two dates disagree when they differ at the precision both share ("2025-06-30" and "2025-06" agree). */
function differ(a: string | undefined, b: string | undefined): boolean {
  if (a === undefined || b === undefined) return false;
  const n = Math.min(a.length, b.length);
  return a.slice(0, n) !== b.slice(0, n);
}

/** True when two stated terms give different starts or ends. */
export function termsConflict(a: Term, b: Term): boolean {
  return differ(a.start, b.start) || differ(a.end, b.end);
}

export function hasTermConflict(d: WithTerms): boolean {
  const [a, b] = termsOf(d);
  return a !== undefined && b !== undefined && termsConflict(a, b);
}

function withSource(t: Term, text: string): string {
  return t.source ? `${text} (${t.source})` : text;
}

/**
 * The honest summary: "Geplante Laufzeit 1. September 2022 bis 31. August 2025 (Konzept …);
 * Bewilligungszeitraum 1. Januar 2023 bis 31. Dezember 2025 (Internetseite …) – die Quellen nennen
 * unterschiedliche Zeiträume". With `sources: false` the sources are left out (share images).
 */
export function termSummary(d: WithTerms, opts: { sources?: boolean; short?: boolean } = {}): string {
  const terms = termsOf(d);
  const parts = terms.map((t) => {
    const text = `${t.label} ${opts.short ? rangeTextShort(t) : rangeText(t)}`;
    return opts.sources === false ? text : withSource(t, text);
  });
  const joined = parts.join('; ');
  return hasTermConflict(d) ? `${joined} – die Quellen nennen unterschiedliche Zeiträume` : joined;
}

/** First quarter a term covers (a start of "2022" means its first quarter). */
export function termStartQuarter(t: { start?: string | undefined }): number | undefined {
  if (!t.start) return undefined;
  return quarterOfDate(t.start.length === 4 ? `${t.start}-01-01` : t.start.length === 7 ? `${t.start}-01` : t.start);
}

/** Last quarter a term covers (an end of "2025-06" means the second quarter of 2025). */
export function termEndQuarter(t: { end: string }): number {
  return quarterOfDate(t.end.length === 4 ? `${t.end}-12-31` : t.end.length === 7 ? `${t.end}-01` : t.end);
}


/**
 * The same facts in Leichte Sprache, one short sentence each: "Geplante Laufzeit: 1. September 2022 bis
 * 31. August 2025. Das steht im Konzept Regionalbudget Landkreis Nordsachsen." and, where the sources
 * disagree, "Die Quellen nennen verschiedene Zeiten."
 */
export function termSentencesEasy(d: WithTerms): string[] {
  const out: string[] = [];
  for (const t of termsOf(d)) {
    out.push(`${t.label}: ${rangeText(t)}.`);
    if (t.source) out.push(`Das steht hier: ${t.source}.`);
  }
  if (hasTermConflict(d)) out.push('Die Quellen nennen verschiedene Zeiten.');
  return out;
}
