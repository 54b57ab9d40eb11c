/**
 * Writes the JSON Schemas of the data files from the zod schemas (the single source), so editors get
 * autocompletion and checks through `$schema`. Run by the build (into the new site, and into public/schemas/
 * once the build succeeded); a test keeps the committed copies current.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { jsonSchemas } from '../src/schemas/json-schemas.ts';
import { writeFileAtomic } from './lib/write-atomic.ts';

export function writeSchemas(dir: string): string[] {
  mkdirSync(dir, { recursive: true });
  return Object.entries(jsonSchemas()).map(([name, schema]) => {
    const file = join(dir, name);
    const text = `${JSON.stringify(schema, null, 2)}\n`;
    // Unchanged files stay untouched (no new mtime); changed ones are replaced atomically.
    let old: string | undefined;
    try {
      old = readFileSync(file, 'utf8');
    } catch {
      old = undefined;
    }
    if (old !== text) writeFileAtomic(file, text);
    return file;
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const files = writeSchemas(join(fileURLToPath(new URL('..', import.meta.url)), 'public', 'schemas'));
  console.log(`${files.length} JSON-Schemas geschrieben.`);
}
