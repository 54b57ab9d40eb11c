/**
 * The failed tests that `npm test` repeats at the end of its output (scripts/lib/test-failures.ts), from reports
 * in the shape vitest 4 writes them (taken from a real run, trimmed).
 */
import { describe, expect, it } from 'vitest';
import { errorHead, failedTests, type VitestReport } from '../../../scripts/lib/test-failures.ts';

const report = (testResults: VitestReport['testResults']): VitestReport => ({ numPassedTests: 0, numFailedTests: 0, numPendingTests: 0, numTodoTests: 0, testResults });

describe('failed tests at the end of npm test', () => {
  it('names file and test of a failed assertion, with its message but not its stack', () => {
    const lines = failedTests(
      report([
        {
          name: '/repo/test/build/a.test.ts',
          status: 'failed',
          message: '',
          assertionResults: [
            { fullName: 'grp passes', status: 'passed', failureMessages: [] },
            { fullName: 'grp fails', status: 'failed', failureMessages: ['\u001b[31mAssertionError: eins: expected 1 to be 2 // Object.is equality\u001b[39m\n    at /repo/test/build/a.test.ts:4:39\n    at file:///repo/node_modules/vitest/dist/chunks/run.js:1695:35'] },
          ],
        },
        { name: '/repo/test/build/ok.test.ts', status: 'passed', assertionResults: [{ fullName: 'fine', status: 'passed' }] },
      ]),
      'unit',
      '/repo',
    );
    expect(lines).toEqual(['✗ [unit] test/build/a.test.ts › grp fails\n    AssertionError: eins: expected 1 to be 2 // Object.is equality']);
  });

  it('reports a file that failed to load, with its message', () => {
    const lines = failedTests(report([{ name: '/repo/test/b.test.ts', status: 'failed', message: "Cannot find module './missing.ts' imported from /repo/test/b.test.ts", assertionResults: [] }]), 'dev', '/repo');
    expect(lines).toEqual(["✗ [dev] test/b.test.ts\n    Cannot find module './missing.ts' imported from /repo/test/b.test.ts"]);
  });

  it('reports the tests a failing beforeAll kept from running, which vitest lists as skipped', () => {
    const lines = failedTests(
      report([
        {
          name: '/repo/test/c.test.ts',
          status: 'failed',
          message: '',
          assertionResults: [
            { fullName: 'hook one', status: 'skipped', failureMessages: [] },
            { fullName: 'hook two', status: 'skipped', failureMessages: [] },
          ],
        },
      ]),
      'bench',
      '/repo',
    );
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^✗ \[bench\] test\/c\.test\.ts\n {4}2 Test\(s\) nicht ausgeführt .*beforeAll.*: hook one, hook two$/);
  });

  it('lists nothing for a passing report, even with tests skipped on purpose', () => {
    expect(failedTests(report([{ name: '/repo/t.test.ts', status: 'passed', assertionResults: [{ fullName: 'only with nginx', status: 'skipped' }] }]), 'browser', '/repo')).toEqual([]);
  });

  it('keeps the first lines that say something, each at most 300 characters', () => {
    expect(errorHead('\n\nerste\n   at f (x.ts:1:2)\nzweite\ndritte\nvierte\nfünfte')).toEqual(['erste', 'zweite', 'dritte', 'vierte']);
    const long = errorHead('x'.repeat(1000))[0] ?? '';
    expect(long).toHaveLength(300);
    expect(long.endsWith('…')).toBe(true);
    expect(errorHead(undefined)).toEqual([]);
  });
});
