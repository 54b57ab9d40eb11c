/** The shape of the project between reading (schema-valid files) and the cross-checks. */
import type { AktuellesData } from '../../schemas/aktuelles.ts';
import type { BudgetFile } from '../../schemas/budget.ts';
import type { HandlungsfeldData } from '../../schemas/handlungsfeld.ts';
import type { Kontakt } from '../../schemas/kontakt.ts';
import type { MassnahmeData } from '../../schemas/massnahme.ts';
import type { ProgrammData } from '../../schemas/programm.ts';
import type { ProjektData } from '../../schemas/projekt.ts';
import type { RegionalbudgetData } from '../../schemas/regionalbudget.ts';
import type { ScheduleFile } from '../../schemas/schedule.ts';
import type { Site } from '../../schemas/site.ts';
import type { PathSegment } from '../validation/issue.ts';
import type { Position } from '../validation/locate.ts';

export interface Entry<T> {
  /** File name without extension (a slug). */
  id: string;
  /** Path relative to the repo root. */
  file: string;
  data: T;
  locate(path: readonly PathSegment[]): Position | undefined;
}

export interface RegionalbudgetEntry extends Entry<RegionalbudgetData> {
  handlungsfelder: Entry<HandlungsfeldData>[];
  measures: Entry<MassnahmeData>[];
}

/**
 * Ids of every file that exists, whether or not it passed its own checks: a reference to a broken file is
 * not reported again (its own error says what is wrong). Measures and fields as "<regionalbudget>/<slug>".
 */
export interface KnownIds {
  regionalbudgets: Set<string>;
  handlungsfelder: Set<string>;
  measures: Set<string>;
  programmes: Set<string>;
  projects: Set<string>;
  news: Set<string>;
  /** Undefined when data/kontakte.json could not be parsed: contact references are then not checked. */
  contacts: Set<string> | undefined;
}

export interface ParsedRepo {
  site: Entry<Site> | undefined;
  contacts: Entry<{ contacts: Kontakt[] }> | undefined;
  programmes: Entry<ProgrammData>[];
  projects: Entry<ProjektData>[];
  news: Entry<AktuellesData>[];
  regionalbudgets: RegionalbudgetEntry[];
  budgets: Entry<BudgetFile>[];
  schedules: Entry<ScheduleFile>[];
  known: KnownIds;
}
