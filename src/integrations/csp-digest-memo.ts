/**
 * Astro hashes the same scripts and styles again for every page it renders, for the page's CSP <meta>
 * (`generateCspDigest` in astro/dist/core/encryption.js: one WebCrypto job per script and style). At 10,000
 * measures that was 4.1 s of the Astro build's 75 s CPU (docs/performance.md, eighth round). A text's digest
 * never changes, so this plugin has Astro's build keep each digest once computed. The CSP itself is unchanged
 * (test/browser/csp.test.ts checks that every page's scripts and styles match it).
 *
 * It edits Astro's code as Vite bundles it. If a new Astro version no longer has the function, the build stops
 * with a message saying so, instead of quietly hashing every page again.
 */
import type { AstroIntegration } from 'astro';

const MODULE = /[\\/]astro[\\/]dist[\\/]core[\\/]encryption\.js$/;
const ANCHOR = 'async function generateCspDigest(data, algorithm) {';
/** Distinct texts kept (a site has a handful; the cap only guards against a page that inlines unique ones). */
const KEPT = 1000;

/** The module's code with `generateCspDigest` answering repeated texts from a map. */
export function memoizeCspDigest(code: string): string {
  if (!code.includes(ANCHOR)) {
    throw new Error('csp-digest-memo: generateCspDigest nicht gefunden (neue Astro-Version?) – src/integrations/csp-digest-memo.ts anpassen oder entfernen');
  }
  return code.replace(
    ANCHOR,
    [
      'const rbCspDigests = new Map();',
      'function generateCspDigest(data, algorithm) {',
      '  const key = `${algorithm}\\0${data}`;',
      '  let digest = rbCspDigests.get(key);',
      '  if (digest === undefined) {',
      `    if (rbCspDigests.size >= ${KEPT}) rbCspDigests.clear();`,
      '    digest = rbComputeCspDigest(data, algorithm);',
      '    rbCspDigests.set(key, digest);',
      '    digest.catch(() => rbCspDigests.delete(key));',
      '  }',
      '  return digest;',
      '}',
      'async function rbComputeCspDigest(data, algorithm) {',
    ].join('\n'),
  );
}

export default function cspDigestMemo(): AstroIntegration {
  return {
    name: 'regionalbudget-csp-digest-memo',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        if (command !== 'build') return;
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'regionalbudget-csp-digest-memo',
                transform(code: string, id: string) {
                  return MODULE.test(id.split('?')[0] ?? id) ? { code: memoizeCspDigest(code), map: null } : undefined;
                },
              },
            ],
          },
        });
      },
    },
  };
}
