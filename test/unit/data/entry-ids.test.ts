import { expect, it } from 'vitest';
import { contactIdsOf, idOfName, knownIdOfName } from '../../../src/lib/data/entry-ids.ts';

it('takes a slug file name without its extension as the id', () => {
  expect(idOfName('ansiedlungskampagne.md', true, 'x.md')).toEqual({ id: 'ansiedlungskampagne' });
  expect(idOfName('leipzig-2022', false, 'content/regionalbudgets/leipzig-2022')).toEqual({ id: 'leipzig-2022' });
});

it('refuses a name that is no slug, with a suggestion, and still knows the id others refer to', () => {
  const result = idOfName('Grüne Maßnahme.md', true, 'content/x/Grüne Maßnahme.md');
  expect(result).toMatchObject({ issue: { severity: 'error', file: 'content/x/Grüne Maßnahme.md', found: '„Grüne Maßnahme.md“' } });
  expect('issue' in result && result.issue.expected).toContain('„gruene-massnahme“');
  expect(knownIdOfName('Grüne Maßnahme.md', true)).toBe('gruene-massnahme');
  expect(knownIdOfName('gruene-massnahme.md', true)).toBe('gruene-massnahme');
});

it('collects the contact ids of a contacts file that failed its schema', () => {
  expect([...contactIdsOf({ contacts: [{ id: 'a' }, { id: 3 }, null, { id: 'b' }] })]).toEqual(['a', 'b']);
  expect(contactIdsOf(null).size).toBe(0);
});
