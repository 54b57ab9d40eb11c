/**
 * The checks and the model over a repo that has been read (src/lib/io/validate-repo.ts reads it):
 * cross-checks run once; the result holds every error, warning, notice and placeholder.
 */
import { checkAddresses } from '../validation/address-checks.ts';
import { checkBudgets } from '../validation/budget-checks.ts';
import { checkNewsFileNames, checkReferences, checkUniqueness } from '../validation/crosschecks.ts';
import { sortIssues, type Issue } from '../validation/issue.ts';
import { checkSchedules } from '../validation/schedule-checks.ts';
import { checkPlaceholders, isContentPlaceholder } from '../validation/placeholder-checks.ts';
import { conflictNotices } from '../validation/conflict-notices.ts';
import { buildModel } from './build-model.ts';
import type { Model } from './model.ts';
import type { ParsedRepo } from './parsed-repo.ts';

export interface ValidationResult {
  errors: Issue[];
  /** Data warnings: the build goes on, the open-data page lists them. */
  warnings: Issue[];
  /** Notices: where the sources disagree, and the site set-up (demo values); printed but not data warnings. */
  notices: Issue[];
  /** Every placeholder still in the data (site.json fields marked in "demo", "[Bitte ergänzen …]" in content). */
  placeholders: Issue[];
  /** Present only when there are no errors. */
  model?: Model;
  counts: Record<string, number>;
}

function demoNotices(repo: ParsedRepo): Issue[] {
  const site = repo.site;
  if (!site || site.data.demo.length === 0) return [];
  return [
    {
      severity: 'notice',
      file: site.file,
      path: ['demo'],
      ...site.locate(['demo']),
      message: `Die Angaben zum Betreiber sind noch Platzhalter (${site.data.demo.join(', ')}). Die Seiten zeigen deshalb einen Vorschau-Hinweis; „npm run build -- --release“ bricht ab, bis sie ersetzt sind.`,
      expected: 'echte Angaben und eine leere Liste „demo“',
      found: `Platzhalter in ${site.data.demo.length} Feldern`,
    },
  ];
}

/** One issue per placeholder, at the line of the field, for the release build's refusal. */
function placeholderIssues(repo: ParsedRepo, warnings: readonly Issue[]): Issue[] {
  const site = repo.site;
  const demo: Issue[] = (site?.data.demo ?? []).map((field) => ({
    severity: 'error',
    file: site?.file ?? 'data/site.json',
    path: [field],
    ...(site?.locate([field]) ?? site?.locate(['demo'])),
    message: `„${field}“ ist als Platzhalter markiert (Liste „demo“).`,
    expected: 'die echte Angabe des Betreibers, danach den Eintrag aus „demo“ entfernen',
    found: 'einen Platzhalter',
  }));
  const content = warnings.filter(isContentPlaceholder).map((w) => ({ ...w, severity: 'error' as const }));
  return sortIssues([...demo, ...content]);
}

export function checkRepo(repo: ParsedRepo, readIssues: Issue[] = []): Pick<ValidationResult, 'errors' | 'warnings'> {
  const all = [
    ...readIssues,
    ...checkReferences(repo),
    ...checkUniqueness(repo),
    ...checkAddresses(repo),
    ...checkNewsFileNames(repo),
    ...checkBudgets(repo),
    ...checkSchedules(repo),
    ...checkPlaceholders(repo),
  ];
  return {
    errors: sortIssues(all.filter((i) => i.severity === 'error')),
    warnings: sortIssues(all.filter((i) => i.severity === 'warning')),
  };
}

/** Everything the check says about `repo`; `readIssues` are the reader's and the body checks' findings. */
export function validateParsed(repo: ParsedRepo, readIssues: Issue[]): ValidationResult {
  const { errors, warnings } = checkRepo(repo, readIssues);
  const placeholders = placeholderIssues(repo, warnings);
  const counts = {
    regionalbudgets: repo.regionalbudgets.length,
    handlungsfelder: repo.regionalbudgets.reduce((n, rb) => n + rb.handlungsfelder.filter((h) => h.data.kind !== 'begleitend').length, 0),
    begleitend: repo.regionalbudgets.reduce((n, rb) => n + rb.handlungsfelder.filter((h) => h.data.kind === 'begleitend').length, 0),
    massnahmen: repo.regionalbudgets.reduce((n, rb) => n + rb.measures.length, 0),
    projekte: repo.projects.length,
    programme: repo.programmes.length,
    aktuelles: repo.news.length,
    kontakte: repo.contacts?.data.contacts.length ?? 0,
  };
  if (errors.length > 0) return { errors, warnings, notices: demoNotices(repo), placeholders, counts };
  const model = buildModel(repo, warnings, placeholders);
  const notices = [...conflictNotices(repo, model), ...demoNotices(repo)];
  return { errors, warnings, notices, placeholders, counts, model };
}
