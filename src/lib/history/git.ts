/**
 * Parsers for the git output that src/lib/io/data-history.ts reads: one `git log` for the commits that changed
 * data/budgets/*.json and data/schedules/*.json, one `git cat-file --batch` for the file contents.
 */
import { dataFileId } from './diff.ts';

/** Record and unit separators between commits and fields of LOG_FORMAT. */
const RS = '\x1e';
const US = '\x1f';
export const LOG_FORMAT = `${RS}%H${US}%cs${US}%s`;

/** Parses `git log --format=%x1e%H%x1f%cs%x1f%s --name-only` output (oldest first with --reverse). */
export function parseLog(output: string, prefix = ''): { commit: string; date: string; message: string; paths: string[] }[] {
  return output
    .split(RS)
    .map((block) => block.split('\n'))
    .filter(([header]) => header !== undefined && header.includes(US))
    .map(([header, ...names]) => {
      const [commit = '', date = '', message = ''] = (header as string).split(US);
      const paths = names
        .map((n) => n.trim())
        .filter((n) => n.startsWith(prefix))
        .map((n) => n.slice(prefix.length))
        .filter((n) => dataFileId(n) !== undefined);
      return { commit, date, message, paths };
    })
    .filter((c) => c.paths.length > 0);
}

/** Parses `git cat-file --batch` output for the given requests, in order; missing objects give null. */
export function parseCatFile(output: Buffer, count: number): (string | null)[] {
  const texts: (string | null)[] = [];
  let pos = 0;
  for (let i = 0; i < count; i++) {
    const eol = output.indexOf(0x0a, pos);
    const header = output.subarray(pos, eol).toString('utf8');
    pos = eol + 1;
    if (header.endsWith(' missing') || header.endsWith(' ambiguous')) {
      texts.push(null);
      continue;
    }
    const size = Number(header.split(' ')[2]);
    texts.push(output.subarray(pos, pos + size).toString('utf8'));
    pos += size + 1;
  }
  return texts;
}
