/**
 * Writes the JSON Schemas of the data files from the zod schemas (the single source), so editors get
 * autocompletion and checks through `$schema`. Run by the build; a test keeps the committed copies current.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { jsonSchemas } from '../src/schemas/json-schemas.ts';

export function writeSchemas(dir: string): string[] {
  mkdirSync(dir, { recursive: true });
  return Object.entries(jsonSchemas()).map(([name, schema]) => {
    const file = join(dir, name);
    writeFileSync(file, `${JSON.stringify(schema, null, 2)}\n`);
    return file;
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const files = writeSchemas(join(fileURLToPath(new URL('..', import.meta.url)), 'public', 'schemas'));
  console.log(`${files.length} JSON-Schemas geschrieben.`);
}
