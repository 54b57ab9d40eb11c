/**
 * Which share images the site has and what they show: one per page (redirect pages aside). Regionalbudgets
 * and measures are here (title, Regionalbudget, money, term); every other page type is in page-cards.ts.
 * The layout takes each page's image from `shareCardOf`, so a page without a card fails the build.
 */
import type { Measure, Model, Regionalbudget } from '../data/model.ts';
import { documentedTotal } from '../data/lookups.ts';
import { formatEuro, formatQuarterShort } from '../format.ts';
import type { ShareCard } from './svg.ts';
import { urlOf } from '../routes.ts';
import { listPageOf } from '../pagination.ts';
import { rangeTextShort, termsOf } from '../terms.ts';
import { cardFrame, pageCards } from './page-cards.ts';

export const ogPathOfRegionalbudget = (rb: Pick<Regionalbudget, 'id'>) => urlOf.shareImage.regionalbudget(rb.id);
export const ogPathOfMeasure = (rb: Pick<Regionalbudget, 'id'>, m: Pick<Measure, 'slug'>) => urlOf.shareImage.measure(rb.id, m.slug);

function termFigures(rb: Regionalbudget): { label: string; value: string }[] {
  const terms = termsOf(rb.data);
  const figures = terms.map((t) => ({ label: t.label, value: rangeTextShort(t) }));
  // With one term there is room for the number of measures.
  return terms.length === 1 ? [...figures, { label: 'Maßnahmen', value: String(rb.measures.length) }] : figures;
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
    ...cardFrame(model),
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
    ...cardFrame(model),
  };
}

export function shareCards(model: Model): ShareCard[] {
  return [...model.regionalbudgets.flatMap((rb) => [regionalbudgetCard(model, rb), ...rb.measures.map((m) => measureCard(model, rb, m))]), ...pageCards(model)];
}

const byPage = new WeakMap<Model, Map<string, ShareCard>>();

/**
 * The card of the page at `pagePath` (as Astro names it; "/404" and "/404/" are "/404.html"), built once
 * per model. Two cards with one image path would show one page's facts on another: that fails the build.
 */
export function shareCardOf(model: Model, pagePath: string): ShareCard | undefined {
  let index = byPage.get(model);
  if (!index) {
    index = new Map();
    const paths = new Map<string, string>();
    for (const card of shareCards(model)) {
      const other = paths.get(card.path);
      if (other !== undefined) throw new Error(`Vorschaubild ${card.path} gehört zu zwei Seiten: ${other} und ${card.pagePath}`);
      paths.set(card.path, card.pagePath);
      index.set(card.pagePath, card);
    }
    byPage.set(model, index);
  }
  const key = /^\/404(\/|\.html)?$/.test(pagePath) ? '/404.html' : pagePath;
  // The later pages of a long list share the image of its first page (src/lib/pagination.ts).
  const list = index.has(key) ? undefined : listPageOf(key);
  return index.get(list ? list.base : key);
}

/** The text alternative of a card: everything it shows, in reading order. */
export function shareImageAlt(card: ShareCard): string {
  const figures = card.figures.map((f) => `${f.label}: ${f.value}`).join(', ');
  return `${card.kicker}: ${card.title}${figures ? ` – ${figures}` : ''}`;
}
