/**
 * Fidelity to the source documents (/work/shared/seeds, see its README): the facts, figures, names and dates
 * the site takes over from them, exactly. This file is meant to fail when one of them changes: a changed
 * amount, title, quarter or total must be a deliberate edit against the source, made here as well.
 *
 * Everything else about the real content is a rule (test/unit/content/content-rules.ts) and holds however
 * many measures, news or Regionalbudgets an editor adds; only the source's own items are pinned here, and
 * nothing here counts all items of a kind.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { regionalbudgetCharts } from '../../src/charts/from-model.ts';
import { validateRepo } from '../../src/lib/io/validate-repo.ts';
import { formatEuro } from '../../src/lib/format.ts';
import { eurosToCents } from '../../src/lib/money.ts';
import { plainWarnings } from '../../src/lib/opendata/warnings.ts';
import { parseQuarter, quarterKey } from '../../src/lib/quarters.ts';
import { ROOT, ensureBuilt, page, text } from '../helpers/site.ts';

beforeAll(ensureBuilt);

const result = validateRepo(ROOT);
const model = result.model!;
const rb = (id: string) => {
  const found = model.regionalbudgets.find((r) => r.id === id);
  if (!found) throw new Error(`${id} fehlt`);
  return found;
};
const euros = (amount: number) => eurosToCents(amount) ?? Number.NaN;
const NBSP = '\u00a0';

/**
 * Konzept Regionalbudget Landkreis Nordsachsen (seed 002), Anlage 1 (budget in € per year 2022–2025) and
 * Anlage 2 (schedule, one mark per quarter III/2022 … II/2025), measure by measure: number, address, title.
 */
const QUARTERS = ['2022-Q3', '2022-Q4', '2023-Q1', '2023-Q2', '2023-Q3', '2023-Q4', '2024-Q1', '2024-Q2', '2024-Q3', '2024-Q4', '2025-Q1', '2025-Q2'];
const YEARS = [2022, 2023, 2024, 2025];
const ANLAGEN: [number, string, string, (number | null)[], string][] = [
  [1, 'ansiedlungskampagne', 'Ansiedlungskampagne', [10_000, 20_000, 10_000, 7_500], 'xxxxxxxxxxxx'],
  [2, 'gewerbeflaechenmarketing', 'Gewerbeflächenmarketing', [20_000, 35_000, 35_000, 10_000], 'xxxxxxxxxxxx'],
  [3, 'branchenkatalog', 'Branchenkatalog', [null, 17_500, 37_500, 5_000], '....xxxxxxxx'],
  [4, 'veranstaltungsreihe-nachfolgeregelung', 'Veranstaltungsreihe zur Nachfolgeregelung', [10_000, 15_000, 15_000, 15_000], 'xxxxxxxxxxxx'],
  [5, 'initiierung-von-patenschaften', 'Initiierung von Patenschaften', [null, 2_500, 2_500, 2_500], '..xxxxxxxxxx'],
  [6, 'wissens-und-technologietransfer', 'Wissens- und Technologietransfer', [null, 4_000, 4_000, 2_000], '..xxxxxxxxxx'],
  [7, 'fokus-fachpublikationen', 'Fokus Fachpublikationen', [20_000, 50_000, 50_000, 30_000], 'x.x.x.x.x.x.'],
  [8, 'netzwerktreffen', 'Netzwerktreffen', [5_000, 5_000, 5_000, 5_000], 'xxxxxxxxxxxx'],
  [9, 'ecommerce-plattform', 'eCommerce Plattform', [2_500, 5_000, 5_000, 5_000], 'xxxxxxxxxxxx'],
  [10, 'serviceorientiertes-wohnen', 'Serviceorientiertes Wohnen', [null, 1_000, 1_000, 1_000], '..xxxxxxxxxx'],
  [11, 'werbeartikel-neubuergerberatung', 'Werbeartikel bei der Neubürgerberatung', [9_500, 10_000, 10_000, 10_000], '..xxxxxxxxxx'],
  [12, 'kampagne-unterwegs-in-nordsachsen', 'Kampagne „Unterwegs in Nordsachsen“', [5_000, 20_000, 20_000, 20_000], '..xxxxxxxxxx'],
  [13, 'energieeffiziente-wirtschaft', 'Energieeffiziente Wirtschaft', [4_000, 15_000, 15_000, 15_000], 'xxxxxxxxxxxx'],
  [14, 'moderation-wirtschaftlicher-umbrueche', 'Moderation wirtschaftlicher Umbrüche', [null, 20_000, 20_000, 14_000], '....xxxxxxxx'],
  [15, 'unterstuetzung-regionaler-wertschoepfung', 'Unterstützung regionaler Wertschöpfung', [null, 30_000, 30_000, 30_000], '..xxxxxxxxxx'],
  [16, 'storytelling-kampagne-gruener-landkreis', 'Storytelling-Kampagne „Grüner Landkreis Nordsachsen“', [null, null, 20_000, 10_000], '......xxxxxx'],
  [17, 'konzertierte-aktion-klimaschutz', '„Konzertierte Aktion Klimaschutz“', [2_000, 5_000, 5_000, 5_000], 'xxxxxxxxxxxx'],
  [18, 'begleitende-unterstuetzung-projektumsetzung', 'Begleitende Unterstützung in der Projektumsetzung', [10_000, 30_000, 30_000, 20_000], 'xxxxxxxxxxxx'],
  [19, 'website-wirtschaftsstandort', 'Website für den Wirtschaftsstandort', [15_000, 35_000, 5_000, 5_000], '..xxxxxxxxxx'],
  [20, 'soziale-medien', 'Soziale Medien', [2_000, 10_000, 10_000, 8_000], 'xxxxxxxxxxxx'],
  [21, 'flyer-plakate-giveaways', 'Flyer, Plakate, Giveaways', [10_000, 30_000, 30_000, 20_000], 'xxxxxxxxxxxx'],
  [22, 'audiowerbung', 'Audiowerbung', [null, 15_000, 15_000, 10_000], '..x.x.x.x.x.'],
];
/** The concept's Handlungsfelder and the measures under each (the last group: accompanying measures). */
const FIELDS: Record<string, number[]> = {
  'attraktiver-wirtschaftsstandort': [1, 2, 3, 4, 5, 6, 7, 8, 9],
  'attraktiver-arbeitsort': [10, 11, 12],
  'klimaneutrale-region': [13, 14, 15, 16, 17],
  'projektbegleitende-massnahmen': [18, 19, 20, 21, 22],
};

describe('Nordsachsen: Konzept, Anlage 1 and 2 (seed 002)', () => {
  const ns = rb('nordsachsen-2022');
  const byNumber = (n: number) => ns.measures.find((m) => m.data.number === n);

  it.each(ANLAGEN)('measure %i (%s): title, amounts per year and planned quarters', (number, slug, title, amounts, marks) => {
    const m = byNumber(number);
    expect(m?.slug).toBe(slug);
    expect(m?.data.title).toBe(title);
    YEARS.forEach((year, i) => expect(m?.budget?.byYear.get(year), `${year}`).toBe(amounts[i] === null ? undefined : euros(amounts[i] ?? Number.NaN)));
    expect((m?.quarters ?? []).map(quarterKey)).toEqual(QUARTERS.filter((_, i) => marks[i] === 'x'));
  });

  it('sorts the measures into the concept’s Handlungsfelder and accompanying measures', () => {
    for (const [field, numbers] of Object.entries(FIELDS)) {
      const h = ns.handlungsfelder.find((x) => x.slug === field);
      expect(h?.measures.map((m) => m.data.number).filter((n) => n !== undefined && n <= 22), field).toEqual(numbers);
    }
    expect(ns.handlungsfelder.find((x) => x.slug === 'projektbegleitende-massnahmen')?.data.kind).toBe('begleitend');
  });

  it('(Brutto) Summe of the concept’s measures: 125.000 €, 375.000 €, 375.000 €, 250.000 €', () => {
    const total = [125_000, 375_000, 375_000, 250_000];
    YEARS.forEach((year, i) => {
      const sum = ANLAGEN.reduce((s, [number]) => s + (byNumber(number)?.budget?.byYear.get(year) ?? 0), 0);
      expect(sum, `${year}`).toBe(euros(total[i] ?? Number.NaN));
    });
    expect(ns.budget?.source).toBe('Konzept Regionalbudget Landkreis Nordsachsen, Anlage 1 – Budgetplan der Maßnahmen');
  });

  /*
   * The plan total as stated: a measure with money added to this plan changes it. That is no longer the
   * source's figure, so this test fails on purpose: change the figure here (and the source note) deliberately.
   */
  it('states the plan total of Anlage 1, 1.125.000 €, in the model, on the page and in the open data', () => {
    expect(ns.budget?.total).toBe(euros(1_125_000));
    expect(text(page('/regionalbudgets/nordsachsen-2022/'))).toContain(`1.125.000${NBSP}€`);
    const budget = JSON.parse(page('/daten/nordsachsen-2022/budget.json')) as { budgetplan: { summe_eur: number } };
    expect(budget.budgetplan.summe_eur).toBe(1125000);
  });

  it('plans from III/2022 to II/2025', () => {
    expect(ns.schedule).toMatchObject({ from: parseQuarter('2022-Q3'), to: parseQuarter('2025-Q2') });
  });

  it('the source disagrees with itself for measures 11, 12 and 19: money in 2022, start in 2023-Q1 (a warning each)', () => {
    const warned = new Set(plainWarnings(model).map((w) => w.label));
    for (const n of [11, 12, 19]) expect(warned, `${n}`).toContain(`Maßnahme ${n}: ${byNumber(n)?.data.title}`);
    for (const n of [11, 12, 19]) {
      expect(result.warnings.some((w) => w.file === 'data/budgets/nordsachsen-2022.json' && w.found === 'den Beginn im Zeitplan 2023-Q1' && w.message.includes(`„${byNumber(n)?.slug}“`))).toBe(true);
    }
  });

  it('on the built pages: measure 1’s 10.000 € in 2022, on its page and in the open data', () => {
    expect(text(page('/regionalbudgets/nordsachsen-2022/massnahmen/ansiedlungskampagne/'))).toContain(`10.000${NBSP}€`);
    expect(page('/daten/nordsachsen-2022/budget.csv')).toMatch(/\b1,ansiedlungskampagne,[^\n]*,2022,10000\.00\b/);
  });
});

describe('Leipzig: project page of the Aufbauwerk (seed 000)', () => {
  const leipzig = rb('leipzig-2022');

  it('states 558.655,42 € total, 446.924,34 € grant at 80 %, and no budget plan', () => {
    expect(leipzig.funding).toEqual({ total: euros(558655.42), grant: euros(446924.34), rate: 0.8 });
    expect(formatEuro(leipzig.funding?.total ?? Number.NaN)).toBe(`558.655,42${NBSP}€`);
    expect(leipzig.budget).toBeUndefined();
  });

  it('the funding chart shows Förderung 446.924,34 € and Eigenanteil 111.731,08 €', () => {
    const split = regionalbudgetCharts(leipzig, '2023-06-15').find((c) => c.svg.includes('chart--funding'));
    const cells = split?.table.rows.flat() ?? [];
    expect(cells).toContain(`446.924,34${NBSP}€`);
    expect(cells).toContain(`111.731,08${NBSP}€`);
  });
});
