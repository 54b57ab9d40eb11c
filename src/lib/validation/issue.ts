/**
 * A problem found in a content or data file. Every message names the file, the path inside it, what was
 * expected and what was found, in German, because the people who read them are editors.
 */
import { showInvisible } from '../visible-text.ts';

export type Severity = 'error' | 'warning' | 'notice';
export type PathSegment = string | number;

export interface Issue {
  severity: Severity;
  /** Path relative to the repo root, with forward slashes. */
  file: string;
  /** Path inside the file, e.g. ["lines", 3, "amounts", "2023"]. */
  path?: PathSegment[];
  line?: number;
  column?: number;
  /** What is wrong, in one German sentence (without file and path). */
  message: string;
  expected?: string;
  found?: string;
}

/** ["lines", 3, "amounts", "2023"] → "lines[3].amounts.2023" */
export function formatPath(path: readonly PathSegment[]): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else out += out === '' ? segment : `.${segment}`;
  }
  return out;
}

/** A value as an editor would recognise it in the file. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nichts (das Feld fehlt)';
  if (value === null) return 'einen leeren Wert (null)';
  if (value instanceof Date) return `das Datum ${value.toISOString().slice(0, 10)} (ohne Anführungszeichen)`;
  if (typeof value === 'string') return value === '' ? 'einen leeren Text' : `„${truncate(value)}“`;
  if (typeof value === 'number') return `die Zahl ${String(value)}`;
  if (typeof value === 'boolean') return `den Wahrheitswert ${String(value)}`;
  if (Array.isArray(value)) return `eine Liste mit ${value.length} Einträgen`;
  return `ein Objekt mit den Feldern ${Object.keys(value as object).join(', ') || '(keine)'}`;
}

/** One line, invisible and control characters spelled out (a bidi override would reorder the message). */
function truncate(text: string): string {
  const single = text.replace(/[ \t\r\n]+/g, ' ');
  const short = single.length > 60 ? `${single.slice(0, 57)}…` : single;
  return showInvisible(short);
}

const LABEL: Record<Severity, string> = { error: 'Fehler', warning: 'Warnung', notice: 'Hinweis' };

/**
 * One line per issue, starting with `file:line:column` so editors (VS Code, terminals) make it clickable:
 * `data/budgets/x.json:12:7 Fehler bei lines[3].amounts.2023: … Erwartet: …; gefunden: ….`
 */
export function formatIssue(issue: Issue): string {
  const where = issue.line ? `${issue.file}:${issue.line}:${issue.column ?? 1}` : issue.file;
  const path = issue.path && issue.path.length > 0 ? ` bei ${formatPath(issue.path)}` : '';
  const parts = [`${where} ${LABEL[issue.severity]}${path}: ${issue.message}`];
  if (issue.expected || issue.found) {
    const ef = [issue.expected && `Erwartet: ${issue.expected}`, issue.found && `gefunden: ${issue.found}`].filter(Boolean);
    parts.push(`${ef.join('; ')}.`);
  }
  return parts.join(' ');
}

export function sortIssues(issues: readonly Issue[]): Issue[] {
  return [...issues].sort(
    (a, b) =>
      a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0),
  );
}

/** Thrown by the data layer so that a build stops with every problem listed, not only the first. */
export class ValidationFailed extends Error {
  readonly issues: Issue[];
  constructor(issues: Issue[]) {
    const errors = issues.filter((i) => i.severity === 'error');
    super(
      `Die Inhalte sind nicht gültig (${errors.length} ${errors.length === 1 ? 'Fehler' : 'Fehler'}):\n` +
        sortIssues(errors).map(formatIssue).join('\n'),
    );
    this.name = 'ValidationFailed';
    this.issues = issues;
  }
}
