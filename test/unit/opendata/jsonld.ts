/**
 * A small JSON-LD reader for the subset the catalogue uses (one @context of prefixes, nested node
 * objects, @id/@type/@value, arrays). It expands compact IRIs and fails on any term the context does not
 * define, because a full JSON-LD processor would silently drop such a property.
 */
export interface Triple {
  s: string;
  p: string;
  o: string;
  literal: boolean;
  datatype?: string;
}

export function expandIri(value: string, context: Record<string, string>): string {
  const m = /^([a-zA-Z][\w-]*):(.*)$/.exec(value);
  if (m && m[1] && context[m[1]] !== undefined && !m[2]?.startsWith('//')) return `${context[m[1]]}${m[2]}`;
  return value;
}

export function toTriples(doc: Record<string, unknown>): Triple[] {
  const context = doc['@context'] as Record<string, string>;
  if (!context || typeof context !== 'object') throw new Error('@context fehlt');
  const triples: Triple[] = [];
  let blank = 0;
  const node = (obj: Record<string, unknown>): string => {
    const id = typeof obj['@id'] === 'string' ? expandIri(obj['@id'], context) : `_:b${blank++}`;
    for (const [key, raw] of Object.entries(obj)) {
      if (key === '@context' || key === '@id') continue;
      if (key === '@type') {
        for (const t of [raw].flat()) triples.push({ s: id, p: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type', o: expandIri(String(t), context), literal: false });
        continue;
      }
      if (key.startsWith('@')) throw new Error(`Unerwartetes Schlüsselwort ${key}`);
      const p = expandIri(key, context);
      if (p === key) throw new Error(`Begriff ohne Präfix im @context: ${key}`);
      for (const v of [raw].flat()) {
        if (v === null || v === undefined) throw new Error(`${key}: leerer Wert`);
        if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') {
          triples.push({ s: id, p, o: String(v), literal: true });
        } else if (typeof v === 'object' && '@value' in v) {
          const lit = v as { '@value': unknown; '@type'?: string };
          triples.push({ s: id, p, o: String(lit['@value']), literal: true, ...(lit['@type'] && { datatype: expandIri(lit['@type'], context) }) });
        } else if (typeof v === 'object' && Object.keys(v).length === 1 && '@id' in v) {
          triples.push({ s: id, p, o: expandIri(String((v as { '@id': string })['@id']), context), literal: false });
        } else if (typeof v === 'object') {
          triples.push({ s: id, p, o: node(v as Record<string, unknown>), literal: false });
        }
      }
    }
    return id;
  };
  node(doc);
  return triples;
}

/** Query helper over triples. */
export class Graph {
  readonly triples: Triple[];
  constructor(triples: Triple[]) {
    this.triples = triples;
  }
  objects(s: string, p: string): Triple[] {
    return this.triples.filter((t) => t.s === s && t.p === p);
  }
  subjectsOfType(type: string): string[] {
    return this.triples.filter((t) => t.p === 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type' && t.o === type).map((t) => t.s);
  }
}
