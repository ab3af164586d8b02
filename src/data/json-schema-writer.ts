/**
 * Turns schema-kit schemas into a JSON Schema document (draft 2020-12): the feed's
 * (feed-json-schema.ts) and the forms' payloads (src/forms/*-json-schema.ts), each from its one
 * source in the code. Named definitions become `$defs` and `$ref`s; descriptions come from a
 * docs table kept apart from the run-time schemas (`Definition.path` keys, see
 * feed-schema-docs.ts); each `check` is translated by identity, and one without a translation
 * makes generation throw, on purpose. Build-time only: no widget bundle imports it.
 */
import { parseDocKey } from './feed-schema-docs.js';
import type { Schema } from './schema-kit.js';

export type JsonSchema = { [key: string]: any }; // eslint-disable-line @typescript-eslint/no-explicit-any

export const JSON_SCHEMA_DRAFT = 'https://json-schema.org/draft/2020-12/schema';

export interface JsonSchemaSource {
  /** The whole document's schema, and its name in the docs (`Feed`, `SignupPayload`). */
  root: Schema;
  rootName: string;
  /** Named building blocks, referenced with `$ref` wherever they appear. */
  definitions: Readonly<Record<string, Schema>>;
  docs: Readonly<Record<string, string>>;
  /** Each `check` function's JSON Schema. */
  checks: ReadonlyMap<unknown, JsonSchema>;
  /** Patterns that also have a standard format (`email`, `date`). */
  formats: ReadonlyMap<RegExp, string>;
  /** The docs file's name, for errors. */
  docsFile: string;
}

export interface JsonSchemaMeta {
  $id: string;
  title: string;
  description: string;
}

type DocEntry = { key: string; path: string[]; description: string };

/** The sub-schema a doc path names: a property (`name`) or a list's items (`[]`). */
function resolveDocPath(schema: JsonSchema, path: readonly string[]): JsonSchema | undefined {
  let node: JsonSchema | undefined = schema;
  for (const step of path) {
    const next: unknown = step === '[]' ? node?.items : node?.properties?.[step];
    node = typeof next === 'object' && next !== null && !Array.isArray(next) ? (next as JsonSchema) : undefined;
  }
  return node;
}

/** The complete JSON Schema document for `source`. */
export function writeJsonSchema(source: JsonSchemaSource, meta: JsonSchemaMeta): JsonSchema {
  const names = new Map<Schema, string>([
    [source.root, source.rootName],
    ...Object.entries(source.definitions).map(([name, schema]): [Schema, string] => [schema, name]),
  ]);
  const docsByDefinition = new Map<string, DocEntry[]>();
  for (const [key, description] of Object.entries(source.docs)) {
    const { definition, path } = parseDocKey(key);
    const entries = docsByDefinition.get(definition) ?? [];
    entries.push({ key, path, description });
    docsByDefinition.set(definition, entries);
  }

  const translateCheck = (check: Schema['check']): JsonSchema => {
    if (!check) return {};
    const translated = source.checks.get(check);
    if (!translated) throw new Error(`${source.docsFile}: no JSON Schema translation for the check ${check.name || '(anonymous)'}`);
    return structuredClone(translated);
  };

  /**
   * Adds the descriptions of one documented object, in place. Each goes where `v.description`
   * at the end of a pipe would put it: after the constraints, before the default.
   */
  const describeObject = (definition: string, schema: JsonSchema): void => {
    for (const { key, path, description } of docsByDefinition.get(definition) ?? []) {
      const node = resolveDocPath(schema, path);
      if (!node) throw new Error(`${source.docsFile}: "${key}" names no property of the ${definition} schema.`);
      const { default: fallback } = node;
      delete node.default;
      node.description = description;
      if (fallback !== undefined) node.default = fallback;
    }
  };

  /** JSON Schema for one node; definitions other than `root` become `$ref`s. */
  const convert = (schema: Schema, root: Schema): JsonSchema => {
    const name = names.get(schema);
    if (schema !== root && name && name !== source.rootName) return { $ref: `#/$defs/${name}` };
    let json: JsonSchema;
    switch (schema.kind) {
      case 'string': {
        const format = schema.pattern && source.formats.get(schema.pattern);
        json = { type: 'string', ...(format && { format }) };
        if (schema.min !== undefined) json.minLength = schema.min;
        if (schema.max !== undefined) json.maxLength = schema.max;
        if (schema.pattern) json.pattern = schema.pattern.source;
        Object.assign(json, translateCheck(schema.check));
        break;
      }
      case 'number':
        json = { type: schema.integer ? 'integer' : 'number' };
        if (schema.min !== undefined) json.minimum = schema.min;
        if (schema.max !== undefined) json.maximum = schema.max;
        Object.assign(json, translateCheck(schema.check));
        break;
      case 'boolean':
        json = { type: 'boolean' };
        break;
      case 'enum':
        json = { enum: [...schema.values!], type: 'string' };
        break;
      case 'array':
        json = { type: 'array', items: convert(schema.items!, root) };
        if (schema.min !== undefined) json.minItems = schema.min;
        break;
      case 'object': {
        const properties: JsonSchema = {};
        const required: string[] = [];
        for (const [key, field] of Object.entries(schema.fields!)) {
          const property = convert(field.schema, root);
          if (field.fallback !== undefined) property.default = field.fallback;
          properties[key] = property;
          if (!field.optional) required.push(key);
        }
        json = { type: 'object', properties, required, ...translateCheck(schema.check) };
        if (name) describeObject(name, json);
        break;
      }
    }
    return json;
  };

  const { type, properties, required, ...rootRules } = convert(source.root, source.root);
  const $defs: JsonSchema = {};
  for (const [name, schema] of Object.entries(source.definitions)) $defs[name] = convert(schema, schema);
  return {
    $schema: JSON_SCHEMA_DRAFT,
    ...meta,
    type,
    properties,
    required,
    ...rootRules,
    ...(Object.keys($defs).length ? { $defs } : {}),
  };
}
