/**
 * Every address the build writes is reserved: an alias or a file name can never take over a fixed route, a
 * page of any collection, a short link, another alias or a folder the build fills. Checked in-process on a
 * copy of the valid fixture, changed in one place.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { normaliseSitePath } from '../../../src/lib/routes.ts';
import { PAGE_SIZE } from '../../../src/lib/pagination.ts';
import type { Issue } from '../../../src/lib/validation/issue.ts';
import { FIXTURE_FILES, TempRepo, removeTempRepos } from '../../helpers/temp-repo.ts';

afterAll(removeTempRepos);

const { RB, MESSE, TREFFPUNKT } = FIXTURE_FILES;

/** The fixture with `aliases: [alias]` added to the measure „Messe“. */
function withAlias(alias: string): { project: TempRepo; errors: Issue[] } {
  const project = new TempRepo().replace(MESSE, 'number: 2\n', `number: 2\naliases: [${JSON.stringify(alias)}]\n`);
  return { project, errors: project.validate().errors };
}

/** The single error in Messe's file, at its alias line (a file the schema rejects also has follow-up errors elsewhere). */
function aliasError(alias: string): Issue {
  const { project, errors } = withAlias(alias);
  const own = errors.filter((e) => e.file === MESSE);
  expect(own, `${alias}: ${JSON.stringify(errors, null, 1)}`).toHaveLength(1);
  const error = own[0] as Issue;
  expect(error.path).toEqual(['aliases', 0]);
  expect(error.line).toBe(project.lineOf(MESSE, 'aliases:'));
  return error;
}

describe('aliases', () => {
  it('accepts an old address that no page has', () => {
    expect(withAlias('/regionalbudgets/test-2023/massnahmen/alte-messe/').errors).toEqual([]);
    expect(withAlias('/foerderung/messe-2023/').errors).toEqual([]);
  });

  it.each([
    ['/impressum/', 'src/pages/impressum.astro'],
    ['/datenschutz/', 'src/pages/datenschutz.astro'],
    ['/barrierefreiheit/', 'src/pages/barrierefreiheit.astro'],
    ['/suche/', 'src/pages/suche.astro'],
    ['/kontakt/', 'src/pages/kontakt.astro'],
    ['/leichte-sprache/', 'src/pages/leichte-sprache.astro'],
    ['/aktuelles/', 'src/pages/aktuelles/index.astro'],
    ['/regionalbudgets/', 'src/pages/regionalbudgets/index.astro'],
    ['/projekte/', 'src/pages/projekte/index.astro'],
    ['/programme/', 'src/pages/programme/index.astro'],
    ['/404/', 'src/pages/404.astro'],
  ])('refuses the fixed route %s and names %s', (alias, owner) => {
    const error = aliasError(alias);
    expect(error.message).toMatch(/bestehenden Seite/);
    expect(error.found).toContain(owner);
  });

  it.each([
    ['/regionalbudgets/test-2023/', `${RB}/index.mdx`],
    ['/regionalbudgets/zweite-2024/', 'content/regionalbudgets/zweite-2024/index.md'],
    ['/regionalbudgets/test-2023/massnahmen/kampagne/', `${RB}/massnahmen/kampagne.md`],
    ['/regionalbudgets/test-2023/massnahmen/messe/', MESSE],
    ['/regionalbudgets/test-2023/handlungsfelder/wirtschaft/', `${RB}/handlungsfelder/wirtschaft.md`],
    ['/projekte/beispielprojekt/', 'content/projekte/beispielprojekt.mdx'],
    ['/programme/grw-infra/', 'content/programme/grw-infra.md'],
    ['/aktuelles/2023-03-14-auftakt/', 'content/aktuelles/2023-03-14-auftakt.md'],
    ['/aktuelles/ohne-datum/', 'content/aktuelles/ohne-datum.md'],
    ['/regionalbudgets/test-2023/massnahmen/1/', `${RB}/massnahmen/kampagne.md`],
    ['/regionalbudgets/test-2023/massnahmen/2/', MESSE],
  ])('refuses the page address %s and names %s', (alias, owner) => {
    const error = aliasError(alias);
    expect(error.found).toContain(owner);
  });

  it('refuses an alias that another measure already has, naming both files', () => {
    const { errors } = withAlias('/regionalbudgets/test-2023/massnahmen/dorftreff/');
    expect(errors).toHaveLength(1);
    const error = errors[0] as Issue;
    expect(error.message).toMatch(/schon einer anderen Seite/);
    expect(error.path).toEqual(['aliases', 0]);
    // Files are read in name order: the second one is reported and names the first.
    expect(error.file).toBe(TREFFPUNKT);
    expect(error.expected).toContain(MESSE);
  });

  it.each(['/daten/x/', '/daten/test-2023/', '/pagefind/x/', '/og/regionalbudgets/x/', '/schemas/x/', '/massnahmen/jahr/2030/', '/massnahmen/handlungsfeld/test-2023/neu/'])(
    'refuses %s inside a folder the build fills',
    (alias) => {
      const error = aliasError(alias);
      expect(error.message).toMatch(/im Bereich \/[a-z]+\/, den die Website selbst füllt/);
    },
  );

  it.each(['/Impressum/', '/impressum', '/impressum/index.html', '//impressum/', '/./impressum/', '/%69mpressum/', '/x/../impressum/', '/_astro/x/', 'impressum/', '/impressum/?a=1', 'https://example.org/impressum/'])(
    'refuses %s, which is not a plain site path',
    (alias) => {
      aliasError(alias);
    },
  );
});

describe('the news list\'s later pages', () => {
  /** The fixture with `count` more news items (the news list has a page for every PAGE_SIZE of them). */
  function withNews(project: TempRepo, count: number): TempRepo {
    for (let i = 0; i < count; i++) project.write(`content/aktuelles/meldung-${i}.md`, `---\ntitle: "Meldung ${i}"\nsummary: "Kurz."\nsource:\n  title: "Eine Quelle"\n---\n\nText.\n`);
    return project;
  }

  it('are reserved once the news fill them, and only then', () => {
    // The fixture has 2 news items: with 99 more the list has 101, so a page 2.
    const news = PAGE_SIZE - 2 + 1;
    const own = (project: TempRepo) => project.validate().errors.filter((e) => e.file === MESSE);
    const taken = withNews(new TempRepo().replace(MESSE, 'number: 2\n', 'number: 2\naliases: ["/aktuelles/seite/2/"]\n'), news);
    const errors = own(taken);
    expect(errors).toHaveLength(1);
    expect(errors[0]?.message).toMatch(/bestehenden Seite/);
    expect(errors[0]?.found).toContain('src/pages/aktuelles/seite/[n].astro');
    expect(own(withNews(new TempRepo().replace(MESSE, 'number: 2\n', 'number: 2\naliases: ["/aktuelles/seite/3/"]\n'), news))).toEqual([]);
    expect(own(withNews(new TempRepo().replace(MESSE, 'number: 2\n', 'number: 2\naliases: ["/aktuelles/seite/2/"]\n'), news - 1))).toEqual([]);
  });

  it('leave a news item the id "seite" (its page lies above the list pages)', () => {
    const project = withNews(new TempRepo(), PAGE_SIZE).write('content/aktuelles/seite.md', '---\ntitle: "Seite"\nsummary: "Kurz."\nsource:\n  title: "Eine Quelle"\n---\n\nText.\n');
    expect(project.validate().errors).toEqual([]);
  });
});

/** A new measure in test-2023 with its budget and schedule lines, so that only the address rules can object. */
function withMeasure(slug: string, frontmatter: string): TempRepo {
  return new TempRepo()
    .write(`${RB}/massnahmen/${slug}.md`, `---\n${frontmatter}\nsummary: "Eine Maßnahme für den Test."\n---\n`)
    .json('data/budgets/test-2023.json', (b) => void b.lines.push({ measure: slug, amounts: {} }))
    .json('data/schedules/test-2023.json', (s) => void s.rows.push({ measure: slug, quarters: [] }));
}

describe('file names and short links', () => {
  it('reports a measure file named like another measure’s number, naming both files', () => {
    const project = withMeasure('1', 'title: "Eins"');
    const errors = project.validate().errors;
    expect(errors).toHaveLength(1);
    // Reported at the file whose name makes the clash, at the first line of its frontmatter.
    expect(errors[0]).toMatchObject({ file: `${RB}/massnahmen/1.md`, line: 2, found: '„1.md“' });
    expect(errors[0]?.message).toContain(`${RB}/massnahmen/kampagne.md`);
    expect(errors[0]?.message).toContain('/regionalbudgets/test-2023/massnahmen/1/');
  });

  it('reports a measure whose file name is its own number (the short link would replace the page)', () => {
    const project = withMeasure('7', 'number: 7\ntitle: "Sieben"');
    const errors = project.validate().errors;
    expect(errors).toHaveLength(1);
    expect(errors[0]?.file).toBe(`${RB}/massnahmen/7.md`);
  });

  it('accepts a digit-leading file name that is no number', () => {
    const project = withMeasure('24-7-laden', 'number: 24\ntitle: "24/7-Laden"');
    expect(project.validate().errors).toEqual([]);
  });
});

describe('normaliseSitePath', () => {
  it('gives every spelling of one address the same form', () => {
    for (const raw of ['/impressum/', '/impressum', '/Impressum', '//impressum', '/./impressum', '/impressum/index.html', '/%69mpressum/', '/a/../impressum/', '/IMPRESSUM/INDEX.HTM']) {
      expect(normaliseSitePath(raw), raw).toBe('/impressum/');
    }
    expect(normaliseSitePath('/')).toBe('/');
    expect(normaliseSitePath('/robots.txt')).toBe('/robots.txt/');
  });

  it('rejects text that is no site path', () => {
    for (const raw of ['impressum/', 'https://x.de/', '/a\\b/', '/a?b', '/a#b', '/a b/', '/%zz/', '/%2fimpressum/', '/a\u0000/']) {
      expect(normaliseSitePath(raw), raw).toBeUndefined();
    }
  });
});
