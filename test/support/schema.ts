/** Strict reads for tests: fixtures must be valid as written, nothing repaired. */
import { read, type ReadResult, type Schema } from '../../src/data/schema-kit.js';
import { formatPath, problemMessage } from '../../src/data/format.js';

/** Problems and removals as `path: message` lines; empty when the value is valid as it is. */
export function schemaErrors(schema: Schema, value: unknown): string[] {
  return errorLines(read(schema, value));
}

function errorLines({ problems, removed }: ReadResult<unknown>): string[] {
  return [
    ...problems.map((p) => `${formatPath('', p.keys)}: ${problemMessage(p)}`),
    ...removed.map((r) => `${formatPath('', r.keys)}: ${problemMessage(r.problem)}`),
  ];
}

/** The schema's output for a value that must be valid as written; throws otherwise. */
export function parseStrict<T>(schema: Schema<T>, value: unknown): T {
  const result = read(schema, value);
  const errors = errorLines(result);
  if (errors.length) throw new Error(`invalid fixture: ${errors.join('; ')}`);
  return result.value as T;
}
