/**
 * The change history of budget and schedule figures, as pure functions over the versions of the data files.
 * A file's first version (the commit that adds it) and a measure's first line are the baseline, not a change;
 * every later commit that changes a planned amount (in cents) or the scheduled quarters of a measure is one.
 */
import { eurosToCents, type Cents } from '../money.ts';
import { expandQuarters, parseQuarterEntry } from '../quarters.ts';

export interface AmountChange {
  year: number;
  oldCents: Cents;
  newCents: Cents;
}

export interface ScheduleChange {
  /** Quarter ordinals before and after. */
  old: number[];
  new: number[];
}

export interface HistoryEntry {
  /** Commit date, YYYY-MM-DD. */
  date: string;
  commit: string;
  /** First line of the commit message. */
  message: string;
  /** Planned amounts that changed, by year (a year left out counts as 0). */
  changes: AmountChange[];
  scheduleChanged?: ScheduleChange;
}

export type HistoryResult =
  | { available: true; /** "<regionalbudget>/<measure>" → entries, newest first. */ byMeasure: ReadonlyMap<string, HistoryEntry[]> }
  | { available: false; reason: 'shallow' | 'no-git' };

/** One commit that touched data files, with each file's text at that commit (null: deleted). */
export interface CommitFiles {
  commit: string;
  date: string;
  message: string;
  files: { path: string; text: string | null }[];
}

type Figures = { kind: 'budget'; lines: Map<string, Map<number, Cents>> } | { kind: 'schedule'; rows: Map<string, number[]> };

const BUDGET = /^data\/budgets\/([a-z0-9-]+)\.json$/;
const SCHEDULE = /^data\/schedules\/([a-z0-9-]+)\.json$/;

/** The regionalbudget id of a data file, or undefined for other files. */
export function dataFileId(path: string): { id: string; kind: 'budget' | 'schedule' } | undefined {
  const b = BUDGET.exec(path);
  if (b) return { id: b[1] as string, kind: 'budget' };
  const s = SCHEDULE.exec(path);
  if (s) return { id: s[1] as string, kind: 'schedule' };
  return undefined;
}

/** Planned amounts per measure in cents, or undefined when this version is not readable (never guessed). */
export function parseBudgetFigures(text: string): Map<string, Map<number, Cents>> | undefined {
  try {
    const data = JSON.parse(text) as { lines?: { measure?: unknown; amounts?: Record<string, unknown> }[] };
    if (!Array.isArray(data.lines)) return undefined;
    const lines = new Map<string, Map<number, Cents>>();
    for (const line of data.lines) {
      if (typeof line?.measure !== 'string' || !line.amounts || typeof line.amounts !== 'object') return undefined;
      const byYear = new Map<number, Cents>();
      for (const [year, euros] of Object.entries(line.amounts)) {
        const cents = typeof euros === 'number' ? eurosToCents(euros) : null;
        if (cents === null || !/^\d{4}$/.test(year)) return undefined;
        if (cents > 0) byYear.set(Number(year), cents);
      }
      lines.set(line.measure, byYear);
    }
    return lines;
  } catch {
    return undefined;
  }
}

/** Scheduled quarter ordinals per measure, or undefined when this version is not readable. */
export function parseScheduleFigures(text: string): Map<string, number[]> | undefined {
  try {
    const data = JSON.parse(text) as { rows?: { measure?: unknown; quarters?: unknown }[] };
    if (!Array.isArray(data.rows)) return undefined;
    const rows = new Map<string, number[]>();
    for (const row of data.rows) {
      if (typeof row?.measure !== 'string' || !Array.isArray(row.quarters)) return undefined;
      const entries = row.quarters.filter((q): q is string => typeof q === 'string');
      if (entries.length !== row.quarters.length || entries.some((e) => parseQuarterEntry(e) === null)) return undefined;
      rows.set(row.measure, expandQuarters(entries));
    }
    return rows;
  } catch {
    return undefined;
  }
}

export function diffAmounts(before: ReadonlyMap<number, Cents>, after: ReadonlyMap<number, Cents>): AmountChange[] {
  const years = [...new Set([...before.keys(), ...after.keys()])].sort((a, b) => a - b);
  return years
    .map((year) => ({ year, oldCents: before.get(year) ?? 0, newCents: after.get(year) ?? 0 }))
    .filter((c) => c.oldCents !== c.newCents);
}

function sameQuarters(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((q, i) => q === b[i]);
}

function parseFigures(path: string, text: string): Figures | undefined {
  const kind = dataFileId(path)?.kind;
  if (kind === 'budget') {
    const lines = parseBudgetFigures(text);
    return lines && { kind, lines };
  }
  if (kind === 'schedule') {
    const rows = parseScheduleFigures(text);
    return rows && { kind, rows };
  }
  return undefined;
}

/**
 * Walks the commits oldest first and collects, per measure, the commits that changed its figures.
 * A version that cannot be read (broken JSON in some commit) is skipped; the next readable one is compared
 * with the last readable one before it.
 */
export function buildHistory(commits: readonly CommitFiles[]): Map<string, HistoryEntry[]> {
  const state = new Map<string, Figures>();
  const byMeasure = new Map<string, HistoryEntry[]>();
  const entryFor = (key: string, c: CommitFiles): HistoryEntry => {
    const list = byMeasure.get(key) ?? [];
    byMeasure.set(key, list);
    let entry = list.find((e) => e.commit === c.commit);
    if (!entry) {
      entry = { date: c.date, commit: c.commit, message: c.message, changes: [] };
      list.push(entry);
    }
    return entry;
  };

  for (const c of commits) {
    for (const file of c.files) {
      const id = dataFileId(file.path)?.id;
      if (!id) continue;
      if (file.text === null) {
        state.delete(file.path);
        continue;
      }
      const next = parseFigures(file.path, file.text);
      if (!next) continue;
      const prev = state.get(file.path);
      state.set(file.path, next);
      if (!prev) continue; // the file's first version is the baseline
      if (prev.kind === 'budget' && next.kind === 'budget') {
        for (const [measure, after] of next.lines) {
          const before = prev.lines.get(measure);
          if (!before) continue; // a new line is the measure's baseline
          const changes = diffAmounts(before, after);
          if (changes.length > 0) entryFor(`${id}/${measure}`, c).changes.push(...changes);
        }
      } else if (prev.kind === 'schedule' && next.kind === 'schedule') {
        for (const [measure, after] of next.rows) {
          const before = prev.rows.get(measure);
          if (!before || sameQuarters(before, after)) continue;
          entryFor(`${id}/${measure}`, c).scheduleChanged = { old: before, new: after };
        }
      }
    }
  }
  for (const list of byMeasure.values()) list.reverse();
  return byMeasure;
}
