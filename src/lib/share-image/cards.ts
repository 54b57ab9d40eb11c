/**
 * Which share images the site has and what they show: one per Regionalbudget and one per measure, with
 * title, Regionalbudget, money and term. The pages reference exactly these paths in og:image.
 */
import type { Measure, Model, Regionalbudget } from '../data/model.ts';
import { documentedTotal } from '../data/lookups.ts';
import { formatEuro, formatQuarterShort } from '../format.ts';
import type { ShareCard } from './svg.ts';
import { urlOf } from '../routes.ts';
import { rangeTextShort, termsOf } from '../terms.ts';

export const ogPathOfRegionalbudget = (rb: Pick<Regionalbudget, 'id'>) => urlOf.shareImage.regionalbudget(rb.id);
export const ogPathOfMeasure = (rb: Pick<Regionalbudget, 'id'>, m: Pick<Measure, 'slug'>) => urlOf.shareImage.measure(rb.id, m.slug);

/** "2022-09-01" → "01.09.2022", "2022-07" → "07/2022", "2025" → "2025". */
export function compactDate(value: string): string {
  const [y, m, d] = value.split('-');
  if (d) return `${d}.${m}.${y}`;
  if (m) return `${m}/${y}`;
  return y ?? value;
}

export function compactTerm(term: { start?: string | undefined; end?: string | undefined }): string {
  if (term.start && term.end) return `${compactDate(term.start)} – ${compactDate(term.end)}`;
  if (term.end) return `bis ${compactDate(term.end)}`;
  if (term.start) return `ab ${compactDate(term.start)}`;
  return 'nicht angegeben';
}

function termFigures(rb: Regionalbudget): { label: string; value: string }[] {
  const terms = termsOf(rb.data);
  const figures = terms.map((t) => ({ label: t.label, value: rangeTextShort(t) }));
  // With one term there is room for the number of measures.
  return terms.length === 1 ? [...figures, { label: 'Maßnahmen', value: String(rb.measures.length) }] : figures;
}

function common(model: Model): Pick<ShareCard, 'siteName' | 'host'> {
  return { siteName: model.site.name, host: new URL(model.site.baseUrl).host };
}

export function regionalbudgetCard(model: Model, rb: Regionalbudget): ShareCard {
  const total = documentedTotal(rb);
  return {
    path: ogPathOfRegionalbudget(rb),
    pagePath: rb.url,
    kicker: `Regionalbudget · ${rb.data.region}`,
    title: rb.data.title,
    figures: [
      { label: total?.kind === 'budgetplan' ? 'Budget laut Plan' : 'Gesamtbudget', value: total ? formatEuro(total.cents) : 'nicht angegeben' },
      // Every term the sources state, each under its own name (never one of two conflicting terms alone).
      ...termFigures(rb),
    ].slice(0, 3),
    ...common(model),
  };
}

export function measureCard(model: Model, rb: Regionalbudget, m: Measure): ShareCard {
  const q = m.quarters ?? [];
  const first = q[0];
  const last = q.at(-1);
  return {
    path: ogPathOfMeasure(rb, m),
    pagePath: m.url,
    kicker: `${m.data.number !== undefined ? `Maßnahme ${m.data.number}` : 'Maßnahme'} · ${rb.data.title}`,
    title: m.data.title,
    figures: [
      { label: 'Budget', value: m.budget ? formatEuro(m.budget.total) : 'nicht angegeben' },
      { label: 'Zeitraum laut Zeitplan', value: first !== undefined && last !== undefined ? (first === last ? formatQuarterShort(first) : `${formatQuarterShort(first)} – ${formatQuarterShort(last)}`) : 'nicht angegeben' },
    ],
    ...common(model),
  };
}

export function shareCards(model: Model): ShareCard[] {
  return model.regionalbudgets.flatMap((rb) => [regionalbudgetCard(model, rb), ...rb.measures.map((m) => measureCard(model, rb, m))]);
}
