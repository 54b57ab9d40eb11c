/**
 * Runs a zod schema over parsed file data and turns its issues into our German Issue records.
 * Schema fields carry their own German "expected" text; this module supplies it for zod's generic cases.
 */
import type { z } from 'astro/zod';
import { describeValue, type Issue, type PathSegment } from './issue.ts';
import type { ParsedSource } from './source.ts';
import { editDistance } from '../edit-distance.ts';

type ZodIssue = z.core.$ZodIssue;
type RawIssue = z.core.$ZodRawIssue;

const TYPE_NAMES: Record<string, string> = {
  string: 'einen Text',
  number: 'eine Zahl',
  int: 'eine ganze Zahl',
  boolean: 'true oder false',
  array: 'eine Liste',
  object: 'ein Objekt mit Feldern',
  date: 'ein Datum',
  record: 'ein Objekt mit Feldern',
};

/** German text for zod's built-in checks, used where a schema gives no message of its own. */
function germanExpected(issue: RawIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return TYPE_NAMES[issue.expected] ?? String(issue.expected);
    case 'invalid_value':
      return `einen der Werte ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'unrecognized_keys':
      return 'nur die im Datenformat beschriebenen Felder';
    case 'too_small':
      if (issue.origin === 'array') return `mindestens ${String(issue.minimum)} Einträge`;
      if (issue.origin === 'string') return Number(issue.minimum) <= 1 ? 'einen nicht leeren Text' : `mindestens ${String(issue.minimum)} Zeichen`;
      return `einen Wert ≥ ${String(issue.minimum)}`;
    case 'too_big':
      if (issue.origin === 'array') return `höchstens ${String(issue.maximum)} Einträge`;
      if (issue.origin === 'string') return `höchstens ${String(issue.maximum)} Zeichen`;
      return `einen Wert ≤ ${String(issue.maximum)}`;
    case 'invalid_format':
      return `ein gültiges Format (${issue.format})`;
    case 'invalid_key':
      return 'einen gültigen Schlüssel';
    case 'invalid_union':
      return 'einen der erlaubten Werte';
    default:
      return 'einen gültigen Wert';
  }
}

function valueAt(data: unknown, path: readonly PathSegment[]): unknown {
  let current = data;
  for (const segment of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[segment as string];
  }
  return current;
}

function toIssues(file: string, source: ParsedSource, zodIssue: ZodIssue): Issue[] {
  const path = zodIssue.path.filter((p): p is PathSegment => typeof p !== 'symbol');
  if (zodIssue.code === 'unrecognized_keys') {
    return zodIssue.keys.map((key) => {
      const keyPath = [...path, key];
      return {
        severity: 'error' as const,
        file,
        path: keyPath,
        ...source.locate(keyPath),
        message: `Das Feld „${key}“ ist unbekannt (Tippfehler?).`,
        expected: zodIssue.message,
        found: `das Feld „${key}“`,
      };
    });
  }
  if (zodIssue.code === 'invalid_key') {
    const inner = zodIssue.issues[0];
    const key = path.at(-1);
    return [
      {
        severity: 'error',
        file,
        path,
        ...source.locate(path),
        message: 'Der Schlüssel ist ungültig.',
        expected: inner?.message ?? zodIssue.message,
        found: `den Schlüssel „${String(key)}“`,
      },
    ];
  }
  const value = valueAt(source.data, path);
  // a rule over several fields (see forwardPeriod) says in its own words what is wrong
  const own = zodIssue.code === 'custom' ? (zodIssue.params as { message?: unknown } | undefined)?.message : undefined;
  return [
    {
      severity: 'error',
      file,
      path,
      ...source.locate(path),
      message: typeof own === 'string' ? own : value === undefined ? 'Ein Pflichtfeld fehlt.' : 'Der Wert ist ungültig.',
      expected: zodIssue.message,
      found: describeValue(value),
    },
  ];
}

export type SchemaResult<T> = { ok: true; data: T } | { ok: false; issues: Issue[] };

/** Whether two field names differ by a slip: case, one or two letters, ä/ae. */
function looksAlike(a: string, b: string): boolean {
  const x = a.toLowerCase().replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/ß/g, 'ss');
  const y = b.toLowerCase();
  if (x === y) return true;
  if (Math.abs(x.length - y.length) > 2) return false;
  return editDistance(x, y) <= (y.length <= 4 ? 1 : 2);
}

/**
 * One misspelt field name is one mistake: zod reports it as an unknown field and, when the field is
 * required, the real one as missing. The two become one message that names the intended field.
 */
function mergeMisspelt(issues: Issue[]): Issue[] {
  const dropped = new Set<Issue>();
  const parentOf = (path: PathSegment[] | undefined) => JSON.stringify(path?.slice(0, -1) ?? []);
  const out = issues.map((issue) => {
    if (!issue.message.startsWith('Das Feld „') || !issue.path) return issue;
    const typo = String(issue.path.at(-1));
    const missing = issues.find(
      (other) => other.message === 'Ein Pflichtfeld fehlt.' && !dropped.has(other) && parentOf(other.path) === parentOf(issue.path) && looksAlike(typo, String(other.path?.at(-1))),
    );
    if (!missing) return issue;
    dropped.add(missing);
    const intended = String(missing.path?.at(-1));
    return { ...issue, message: `Das Feld „${typo}“ ist unbekannt; gemeint ist wohl das Pflichtfeld „${intended}“.`, expected: `das Feld „${intended}“` };
  });
  return out.filter((issue) => !dropped.has(issue));
}

export function checkSchema<S extends z.ZodType>(schema: S, file: string, source: ParsedSource): SchemaResult<z.output<S>> {
  const result = schema.safeParse(source.data, { error: (issue) => germanExpected(issue) });
  if (result.success) return { ok: true, data: result.data };
  return { ok: false, issues: mergeMisspelt(result.error.issues.flatMap((issue) => toIssues(file, source, issue))) };
}
