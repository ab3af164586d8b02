/**
 * A small schema kit: plain-data schemas that read JSON leniently and that the build turns
 * into JSON Schema (feed-json-schema.ts). Written for this library instead of a general
 * validator because the feed needs one thing general validators do not do in one pass:
 * repair. A bad optional field or list entry is removed and reported, the rest of the item
 * kept; only a bad required part fails the item. About 1 KB gzipped.
 *
 * Reading records *which rule* failed, not words: format.ts words problems, in a chunk that
 * loads only when a feed has some, so the English never weighs on a clean feed's first render.
 */

import { balanceBidi, hasVisibleText, shorten } from '../text/feed-text.js';
import { isJsonObject } from './json-object.js';

export type PathKey = string | number;

type Kind = 'string' | 'number' | 'boolean' | 'enum' | 'array' | 'object';

/** A schema for values of type `T`. Plain data: the JSON Schema generator walks it. */
export interface Schema<T = unknown> {
  readonly kind: Kind;
  /** string: trim before checking (the output is trimmed). */
  readonly trim?: boolean;
  /**
   * string: text shown to parents. Direction controls that could disguise it are removed,
   * text with nothing visible (only zero-width or direction characters) counts as empty,
   * and text over `max` is shortened instead of refused; each change is a `Repair`.
   */
  readonly text?: boolean;
  /** string: shortest length; number: smallest value; array: fewest items. */
  readonly min?: number;
  /** string: longest length; number: largest value. */
  readonly max?: number;
  readonly integer?: boolean;
  readonly pattern?: RegExp;
  /** A rule JSON Schema cannot state directly; feed-json-schema.ts translates each by identity. */
  readonly check?: (value: never) => boolean;
  /**
   * Why a value fails `pattern`, `check`, an enum or an array's `min`: a key of `REASONS` in
   * feed-reasons.ts (worded only when there is a problem to report), or plain words.
   */
  readonly reason?: string;
  readonly values?: readonly string[];
  readonly items?: Schema;
  /** A bad entry fails the whole list instead of being removed (removing it would change the meaning). */
  readonly keepItems?: boolean;
  readonly fields?: Readonly<Record<string, Field>>;
  /** Phantom: the output type. Never set. */
  readonly output?: T;
}

/** An object's field. Optional fields that fail are removed (and default again); others fail the object. */
export interface Field<T = unknown> {
  readonly schema: Schema<T>;
  readonly optional?: boolean;
  readonly fallback?: T;
  /** Optional, but a bad value fails the object instead of being removed. */
  readonly keep?: boolean;
}
export interface Optional<T> extends Field<T> {
  readonly optional: true;
}
export interface Defaulted<T> extends Optional<T> {
  readonly fallback: T;
}

type Entry = Schema<any> | Field<any>; // eslint-disable-line @typescript-eslint/no-explicit-any
type OutOf<E> = E extends Field<infer T> ? T : E extends Schema<infer T> ? T : never;
type OptionalKeys<F> = { [K in keyof F]: F[K] extends Defaulted<unknown> ? never : F[K] extends Optional<unknown> ? K : never }[keyof F];
type Simplify<T> = { [K in keyof T]: T[K] } & {};
/** Objects are read loosely: unknown keys are kept, so newer minor versions still read. */
export type ObjectOutput<F> = Simplify<
  { [K in Exclude<keyof F, OptionalKeys<F>>]: OutOf<F[K]> } & { [K in OptionalKeys<F>]?: OutOf<F[K]> }
> & { [key: string]: unknown };
export type Output<S> = S extends Schema<infer T> ? T : never;

interface StringRules {
  trim?: boolean;
  text?: boolean;
  min?: number;
  max?: number;
  pattern?: RegExp;
  check?: (value: string) => boolean;
  reason?: string;
}
export const string = /* @__NO_SIDE_EFFECTS__ */ (rules: StringRules = {}): Schema<string> => ({ kind: 'string', ...rules });

interface NumberRules {
  integer?: boolean;
  min?: number;
  max?: number;
  check?: (value: number) => boolean;
  reason?: string;
}
export const number = /* @__NO_SIDE_EFFECTS__ */ (rules: NumberRules = {}): Schema<number> => ({ kind: 'number', ...rules });
export const boolean = /* @__NO_SIDE_EFFECTS__ */ (): Schema<boolean> => ({ kind: 'boolean' });
export const oneOf = /* @__NO_SIDE_EFFECTS__ */ <const V extends string>(values: readonly V[], reason?: string): Schema<V> => ({
  kind: 'enum',
  values,
  reason,
});
export const list = /* @__NO_SIDE_EFFECTS__ */ <T>(items: Schema<T>, rules: { min?: number; reason?: string; keepItems?: boolean } = {}): Schema<T[]> => ({
  kind: 'array',
  items,
  ...rules,
});
export const object = /* @__NO_SIDE_EFFECTS__ */ <F extends Record<string, Entry>>(
  fields: F,
  rules: { check?: (value: ObjectOutput<F>) => boolean; reason?: string } = {},
): Schema<ObjectOutput<F>> => {
  const normalised: Record<string, Field> = {};
  for (const key in fields) {
    const entry = fields[key];
    normalised[key] = 'kind' in entry ? { schema: entry } : entry;
  }
  return { kind: 'object', fields: normalised, ...(rules as { check?: (value: never) => boolean; reason?: string }) };
};

export function optional<T>(schema: Schema<T>): Optional<T>;
export function optional<T>(schema: Schema<T>, fallback: T): Defaulted<T>;
/* @__NO_SIDE_EFFECTS__ */
export function optional<T>(schema: Schema<T>, fallback?: T): Optional<T> {
  return fallback === undefined ? { schema, optional: true } : { schema, optional: true, fallback };
}
/** An optional field whose bad value fails the object rather than being removed. */
export const kept = /* @__NO_SIDE_EFFECTS__ */ <F extends Optional<unknown>>(field: F): F => ({ ...field, keep: true });

// ---------------------------------------------------------------------------------------
// Reading

/**
 * The rule a value broke, read with its schema: `type` (not text, a number…), `required`,
 * `integer`, `min`/`max` (length, value or items), `invalid` (pattern, check, enum).
 */
export type Rule = 'type' | 'required' | 'integer' | 'min' | 'max' | 'invalid' | 'blank';

/** What was wrong (the rule, of `schema`), where (keys from the value read), and the value found. */
export interface Problem {
  keys: PathKey[];
  rule: Rule;
  schema: Schema;
  /** Absent for `required`. */
  value?: unknown;
}
/** A removed optional part: where (`keys`), and the first problem inside it. */
export interface Removal {
  keys: PathKey[];
  problem: Problem;
}
/** Text kept but changed: shortened to `max` (`max`), or direction controls removed (`bidi`). */
export interface Repair {
  keys: PathKey[];
  rule: 'max' | 'bidi';
  schema: Schema;
  /** The value as found. */
  value: string;
}
export interface ReadResult<T> {
  /** Undefined when the value cannot be used: `problems` says why. */
  value: T | undefined;
  problems: Problem[];
  removed: Removal[];
  repaired: Repair[];
}

interface Context {
  problems: Problem[];
  removed: Removal[];
  repaired: Repair[];
  /**
   * Where the value being read is: one stack for the whole read, pushed and popped as it goes
   * down and back up, and copied only into what it records. Reading a clean item allocates no
   * paths at all.
   */
  keys: PathKey[];
}

/** A fresh copy of a default, so items never share a list. */
const fresh = (value: unknown): unknown =>
  Array.isArray(value) ? [...value] : isJsonObject(value) ? { ...value } : value;

function fail(ctx: Context, rule: Rule, schema: Schema, value: unknown): undefined {
  ctx.problems.push({ keys: ctx.keys.slice(), rule, schema, value });
  return undefined;
}

/**
 * Reads `value`, removing what may be removed. Never throws for any JSON input; never mutates it.
 * What reads unchanged is passed on, not copied: a clean item comes back as the very object
 * given, and a changed one shares its unchanged parts with it. Neither is to be mutated after.
 */
export function read<T>(schema: Schema<T>, value: unknown): ReadResult<T> {
  const ctx: Context = { problems: [], removed: [], repaired: [], keys: [] };
  const out = readNode(schema, value, ctx) as T | undefined;
  return ctx.problems.length
    ? { value: undefined, problems: ctx.problems, removed: [], repaired: [] }
    : { value: out, problems: [], removed: ctx.removed, repaired: ctx.repaired };
}

/**
 * Reads a part that may be removed: on failure its problems become one removal.
 * Returns `undefined` (and records the removal) when it failed.
 */
function readRemovable(schema: Schema, value: unknown, ctx: Context): unknown {
  const mark = ctx.problems.length;
  const removedMark = ctx.removed.length;
  const repairedMark = ctx.repaired.length;
  const out = readNode(schema, value, ctx);
  if (ctx.problems.length === mark) return out;
  const [first] = ctx.problems.splice(mark);
  ctx.removed.length = removedMark;
  ctx.repaired.length = repairedMark;
  ctx.removed.push({ keys: ctx.keys.slice(), problem: first });
  return undefined;
}

/** A new object with `value`'s schema fields that come before `stop` (all of them without one). */
function fieldsBefore(stop: string | undefined, fields: Readonly<Record<string, Field>>, value: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key in fields) {
    if (key === stop) break;
    if (value[key] !== undefined) out[key] = value[key];
  }
  return out;
}

function readNode(schema: Schema, value: unknown, ctx: Context): unknown {
  const { keys } = ctx;
  // `fail(ctx, rule, schema, value)` is written out at each return, not wrapped in a closure: this
  // runs for every value of every item, and a closure per call is garbage the first view waits on.
  switch (schema.kind) {
    case 'string': {
      if (typeof value !== 'string') return fail(ctx, 'type', schema, value);
      let text = schema.trim ? value.trim() : value;
      if (schema.min !== undefined && text.length < schema.min) return fail(ctx, 'min', schema, value);
      if (schema.max !== undefined && text.length > schema.max) {
        if (!schema.text) return fail(ctx, 'max', schema, value);
        // Cut first: the checks below then never read more than `max` characters.
        ctx.repaired.push({ keys: keys.slice(), rule: 'max', schema, value });
        text = shorten(text, schema.max);
      }
      if (schema.text) {
        const balanced = balanceBidi(text);
        if (balanced !== text) {
          ctx.repaired.push({ keys: keys.slice(), rule: 'bidi', schema, value });
          text = balanced.trim();
        }
        if (!hasVisibleText(text)) return fail(ctx, 'blank', schema, value);
      }
      if ((schema.pattern && !schema.pattern.test(text)) || (schema.check && !(schema.check as (s: string) => boolean)(text))) {
        return fail(ctx, 'invalid', schema, value);
      }
      return text;
    }
    case 'number': {
      if (typeof value !== 'number' || Number.isNaN(value)) return fail(ctx, 'type', schema, value);
      if (schema.integer && !Number.isInteger(value)) return fail(ctx, 'integer', schema, value);
      if (schema.min !== undefined && value < schema.min) return fail(ctx, 'min', schema, value);
      if (schema.max !== undefined && value > schema.max) return fail(ctx, 'max', schema, value);
      if (schema.check && !(schema.check as (n: number) => boolean)(value)) return fail(ctx, 'invalid', schema, value);
      return value;
    }
    case 'boolean':
      return typeof value === 'boolean' ? value : fail(ctx, 'type', schema, value);
    case 'enum':
      return schema.values!.includes(value as string) ? value : fail(ctx, 'invalid', schema, value);
    case 'array': {
      if (!Array.isArray(value)) return fail(ctx, 'type', schema, value);
      // Copied only from the first entry that reads differently (removed, trimmed, defaulted):
      // a clean list is passed on as it is, so reading it allocates nothing.
      let out: unknown[] | undefined;
      let failed = false;
      for (let index = 0; index < value.length; index++) {
        keys.push(index);
        const item = schema.keepItems ? readNode(schema.items!, value[index], ctx) : readRemovable(schema.items!, value[index], ctx);
        keys.pop();
        if (item !== undefined && item === value[index]) {
          out?.push(item);
          continue;
        }
        out ??= value.slice(0, index);
        if (item === undefined) failed ||= schema.keepItems === true;
        else out.push(item);
      }
      if (failed) return undefined;
      const list = out ?? value;
      if (schema.min !== undefined && list.length < schema.min) return fail(ctx, 'min', schema, value);
      return list;
    }
    case 'object': {
      if (!isJsonObject(value)) return fail(ctx, 'type', schema, value);
      // As a list: copied only from the first field that reads differently.
      let out: Record<string, unknown> | undefined;
      const mark = ctx.problems.length;
      const fields = schema.fields!;
      for (const key in fields) {
        const field = fields[key];
        let item: unknown;
        keys.push(key);
        if (value[key] === undefined) {
          if (!field.optional) ctx.problems.push({ keys: keys.slice(), rule: 'required', schema: field.schema });
        } else {
          item = field.optional && !field.keep ? readRemovable(field.schema, value[key], ctx) : readNode(field.schema, value[key], ctx);
        }
        keys.pop();
        if (item === undefined && field.fallback !== undefined) item = fresh(field.fallback);
        if (item === value[key] && out === undefined) continue;
        out ??= fieldsBefore(key, fields, value);
        if (item !== undefined) out[key] = item;
      }
      if (ctx.problems.length > mark) return undefined;
      // Unknown keys pass through untouched; "__proto__" is left out (it would set a copy's prototype).
      if (out === undefined && Object.hasOwn(value, '__proto__')) out = fieldsBefore(undefined, fields, value);
      if (out) {
        for (const key of Object.keys(value)) {
          if (!Object.hasOwn(fields, key) && key !== '__proto__') out[key] = value[key];
        }
      }
      const object = out ?? value;
      if (schema.check && !(schema.check as (o: unknown) => boolean)(object)) return fail(ctx, 'invalid', schema, value);
      return object;
    }
  }
}
