/**
 * The validated repo as the pages use it: Regionalbudgets with their fields and measures, money in
 * integer cents, schedules as quarter ordinals, and every cross-link resolved once per build.
 * Its shape is here; build-model.ts builds it, the one place where euros from the files become cents: the
 * amounts in euros are taken out of `data` (`funding`, `volume`), so pages, charts and exports can only read
 * the cents.
 */
import type { AktuellesData } from '../../schemas/aktuelles.ts';
import type { BudgetFile } from '../../schemas/budget.ts';
import type { HandlungsfeldData } from '../../schemas/handlungsfeld.ts';
import type { Kontakt } from '../../schemas/kontakt.ts';
import type { MassnahmeData } from '../../schemas/massnahme.ts';
import type { ProgrammData } from '../../schemas/programm.ts';
import type { ProjektData } from '../../schemas/projekt.ts';
import type { RegionalbudgetData } from '../../schemas/regionalbudget.ts';
import type { Site } from '../../schemas/site.ts';
import type { Cents } from '../money.ts';
import type { Issue } from '../validation/issue.ts';

/** Amount per year (cents); years without money are absent. */
export type ByYear = ReadonlyMap<number, Cents>;

export interface Measure {
  /** "<regionalbudget>/<slug>" */
  key: string;
  slug: string;
  regionalbudget: string;
  file: string;
  data: MassnahmeData;
  url: string;
  /** Short link for numbered measures. */
  shortUrl?: string;
  /** Undefined when the Regionalbudget has no budget plan. */
  budget?: { byYear: ByYear; total: Cents; actual?: { asOf: string; byYear: ByYear; total: Cents } };
  /** Scheduled quarters (ordinals); undefined when there is no schedule. */
  quarters?: number[];
}

export interface Handlungsfeld {
  key: string;
  slug: string;
  regionalbudget: string;
  file: string;
  data: HandlungsfeldData;
  url: string;
  measures: Measure[];
  byYear: ByYear;
  total: Cents;
}

/** Gesamtbudget, Förderung (cents) and Förderquote (0–1), as the source states them. */
export interface Funding {
  total: Cents;
  grant: Cents;
  rate: number;
}

export interface Regionalbudget {
  id: string;
  file: string;
  /** The frontmatter without `funding`, which is in euros: read `funding` (cents) instead. */
  data: Omit<RegionalbudgetData, 'funding'>;
  url: string;
  /** Undefined when the source states no Gesamtbudget ("nicht angegeben", never 0). */
  funding?: Funding;
  handlungsfelder: Handlungsfeld[];
  /** All measures, numbered ones first by number, then by title. */
  measures: Measure[];
  budget?: { years: number[]; byYear: ByYear; total: Cents; source: string; basis: BudgetFile['basis']; file: string };
  schedule?: { from: number; to: number; source: string; file: string };
}

export interface Project {
  id: string;
  file: string;
  /** The frontmatter without `volume`, which is in euros: read `volume` (cents) instead. */
  data: Omit<ProjektData, 'volume'>;
  url: string;
  /** Undefined when the source states no volume ("nicht angegeben", never 0). */
  volume?: { cents: Cents; approximate: boolean; note?: string };
}

export interface Model {
  site: Site;
  contacts: ReadonlyMap<string, Kontakt>;
  programmes: ReadonlyMap<string, { id: string; file: string; data: ProgrammData; url: string }>;
  regionalbudgets: Regionalbudget[];
  projects: Project[];
  /** Newest first; items with an incomplete date after the dated ones. */
  news: { id: string; file: string; data: AktuellesData; url: string }[];
  /** Warnings of the check, for the open-data page. */
  warnings: Issue[];
  /** Placeholders still in the data; while any remain, every page says it is a preview. */
  placeholders: Issue[];
}
