import { expect } from '@open-wc/testing';
import { feedJsonSchema } from '../../src/data/feed-json-schema.js';
import { FEED_SCHEMA_DOCS, parseDocKey } from '../../src/data/feed-schema-docs.js';
import * as sectionSchemas from '../../src/data/feed-schema.js';
import * as summarySchemas from '../../src/data/feedback-summary-schema.js';
import * as documentSchemas from '../../src/data/feed-document.js';

/** The contract's run-time schemas, from each of its modules. */
const schemas = { ...sectionSchemas, ...summarySchemas, ...documentSchemas };

type Node = Record<string, any>;

/** Every description in a generated (sub)schema, keyed the way feed-schema-docs.ts keys them. */
function collectDescriptions(node: Node, key: string, out: Record<string, string>): void {
  if (typeof node.description === 'string') out[key] = node.description;
  for (const [name, child] of Object.entries<Node>(node.properties ?? {})) collectDescriptions(child, `${key}.${name}`, out);
  if (node.items && typeof node.items === 'object') collectDescriptions(node.items, `${key}[]`, out);
}

/** Every string in a run-time schema, nested schemas included (they ship in every widget bundle). */
function stringsIn(schema: Node, seen = new Set<Node>()): string[] {
  if (seen.has(schema)) return [];
  seen.add(schema);
  const found: string[] = [];
  for (const value of Object.values<unknown>(schema)) {
    if (typeof value === 'string') found.push(value);
    else if (value && typeof value === 'object' && !(value instanceof RegExp)) found.push(...stringsIn(value as Node, seen));
  }
  return found;
}

describe('feed-schema-docs', () => {
  it('every key names a property or definition of the generated schema, which carries its text', () => {
    const generated = feedJsonSchema() as Node;
    for (const [key, text] of Object.entries(FEED_SCHEMA_DOCS)) {
      const { definition, path } = parseDocKey(key);
      let node: Node | undefined = definition === 'Feed' ? generated : generated.$defs?.[definition];
      for (const step of path) node = step === '[]' ? node?.items : node?.properties?.[step];
      expect(node, `${key} names something in the generated schema`).to.be.an('object');
      expect(node?.description, key).to.equal(text);
    }
  });

  it('is the only source of the generated descriptions (besides the document title text)', () => {
    const generated = feedJsonSchema() as Node;
    const found: Record<string, string> = {};
    const { description: documentDescription, ...document } = generated;
    expect(documentDescription).to.be.a('string');
    collectDescriptions({ properties: document.properties }, 'Feed', found);
    for (const [name, definition] of Object.entries<Node>(generated.$defs)) collectDescriptions(definition, name, found);
    expect(found).to.deep.equal(FEED_SCHEMA_DOCS);
  });

  it('parses keys into a definition and a path', () => {
    expect(parseDocKey('Service')).to.deep.equal({ definition: 'Service', path: [] });
    expect(parseDocKey('Feed.$schema')).to.deep.equal({ definition: 'Feed', path: ['$schema'] });
    expect(parseDocKey('Recurrence.exclude[]')).to.deep.equal({ definition: 'Recurrence', path: ['exclude', '[]'] });
  });

  it('keeps the run-time schemas free of descriptions (they ship in every widget bundle)', () => {
    const exported = Object.entries(schemas).filter(([name]) => name.endsWith('Schema'));
    expect(exported.map(([name]) => name)).to.include.members(['FeedSchema', 'ServiceSchema', 'EventSchema', 'FeedbackSummarySchema']);
    const descriptions = new Set(Object.values(FEED_SCHEMA_DOCS));
    for (const [name, schema] of exported) {
      const strings = stringsIn(schema as Node);
      expect(strings.length, `${name} is walked`).to.be.above(0);
      expect(strings.filter((text) => descriptions.has(text)), name).to.deep.equal([]);
    }
  });
});
