/**
 * The one entry point for checking content and data: used by `npm run check`, by the build and by the
 * tests. Reading, schema checks and cross-checks run once; the result holds every error and warning.
 */
import { checkAddresses } from '../validation/address-checks.ts';
import { checkBodies } from '../validation/body-checks.ts';
import { checkBudgets } from '../validation/budget-checks.ts';
import { checkNewsFileNames, checkReferences, checkUniqueness } from '../validation/crosschecks.ts';
import { sortIssues, type Issue } from '../validation/issue.ts';
import { checkSchedules } from '../validation/schedule-checks.ts';
import { checkPlaceholders } from '../validation/placeholder-checks.ts';
import { buildModel, type Model } from './model.ts';
import type { ParsedProject } from './parsed-project.ts';
import { readProject } from './read-project.ts';

export interface ValidationResult {
  errors: Issue[];
  /** Data warnings: the build goes on, the open-data page lists them. */
  warnings: Issue[];
  /** Notices about the site set-up (demo values), printed but not data warnings. */
  notices: Issue[];
  /** Present only when there are no errors. */
  model?: Model;
  counts: Record<string, number>;
}

function demoNotices(project: ParsedProject): Issue[] {
  const site = project.site;
  if (!site || site.data.demo.length === 0) return [];
  return [
    {
      severity: 'notice',
      file: site.file,
      path: ['demo'],
      ...site.locate(['demo']),
      message: `Die Angaben zum Betreiber sind noch Demo-Werte (${site.data.demo.join(', ')}). Vor der Veröffentlichung ersetzen.`,
      expected: 'echte Angaben und eine leere Liste „demo“',
      found: `Demo-Werte in ${site.data.demo.length} Feldern`,
    },
  ];
}

export function checkProject(project: ParsedProject, readIssues: Issue[] = []): Pick<ValidationResult, 'errors' | 'warnings'> {
  const all = [
    ...readIssues,
    ...checkReferences(project),
    ...checkUniqueness(project),
    ...checkAddresses(project),
    ...checkNewsFileNames(project),
    ...checkBudgets(project),
    ...checkSchedules(project),
    ...checkPlaceholders(project),
  ];
  return {
    errors: sortIssues(all.filter((i) => i.severity === 'error')),
    warnings: sortIssues(all.filter((i) => i.severity === 'warning')),
  };
}

export function validateProject(root: string): ValidationResult {
  const { project, issues } = readProject(root);
  const { errors, warnings } = checkProject(project, [...issues, ...checkBodies(root)]);
  const notices = demoNotices(project);
  const counts = {
    regionalbudgets: project.regionalbudgets.length,
    handlungsfelder: project.regionalbudgets.reduce((n, rb) => n + rb.handlungsfelder.length, 0),
    massnahmen: project.regionalbudgets.reduce((n, rb) => n + rb.massnahmen.length, 0),
    projekte: project.projects.length,
    programme: project.programmes.length,
    aktuelles: project.news.length,
    kontakte: project.contacts?.data.contacts.length ?? 0,
  };
  if (errors.length > 0) return { errors, warnings, notices, counts };
  return { errors, warnings, notices, counts, model: buildModel(project, warnings) };
}
