/** Every internal link, `#fragment` and asset of the built site resolves (scripts/check-links.ts). */
import { beforeAll, expect, it } from 'vitest';
import { checkLinks } from '../../scripts/check-links.ts';
import { DIST, ensureBuilt } from '../helpers/site.ts';

beforeAll(ensureBuilt);

it('finds no broken internal link, anchor or asset in the build', () => {
  const report = checkLinks(DIST);
  console.log(`Links: ${report.pages} Seiten, ${report.links} interne Links, davon ${report.fragments} mit Anker; ${report.problems.length} Fehler`);
  expect(report.pages).toBeGreaterThan(50);
  expect(report.fragments).toBeGreaterThan(0);
  const shown = report.problems.slice(0, 40).map((p) => `${p.file}: ${p.message}`);
  if (report.problems.length > shown.length) shown.push(`… und ${report.problems.length - shown.length} weitere (alle: node scripts/check-links.ts --dist ${DIST})`);
  expect(shown).toEqual([]);
});
