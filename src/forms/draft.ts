/**
 * A form's draft: what the parent has typed, kept as they type so a reload, a crash or a
 * closed tab loses nothing, and cleared only after the receiver confirmed the submission.
 * In `sessionStorage` by default (gone when the tab closes: a shared family tablet keeps no
 * one's details); in `localStorage` only when the site asks (`draft="local"`); or not at all.
 *
 * Storage can be missing, full or refused (private modes, blocked cookies): the draft then
 * silently lives only in the page, never breaking the form.
 */

/** Where a form keeps its draft: the `draft` attribute. */
export type DraftMode = 'session' | 'local' | 'none';

/** What a form's fields hold: text, or the ticked values of a group of checkboxes. */
export type DraftValue = string | readonly string[];
export type DraftValues = Readonly<Record<string, DraftValue>>;

/** The part of `Storage` a draft needs (tests pass a Map-backed one). */
export type DraftStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** Bumped when the saved shape changes: an older draft is then dropped, not misread. */
const DRAFT_VERSION = 1;
const PREFIX = 'pc-draft:';
/** A local draft older than this is dropped: a parent returning after a month starts afresh. */
export const LOCAL_DRAFT_MAX_AGE_MS = 30 * 24 * 60 * 60 * 1000;

/** The `draft` attribute as given, read as one of the three modes (anything else: `session`). */
export function draftMode(value: unknown): DraftMode {
  return value === 'local' || value === 'none' ? value : 'session';
}

/** The browser storage for a mode, or `undefined` when there is none or the browser refuses it. */
export function storageFor(mode: DraftMode, scope: { sessionStorage?: Storage; localStorage?: Storage } = globalThis): Storage | undefined {
  if (mode === 'none') return undefined;
  try {
    // Reading the property itself throws where storage is blocked.
    return mode === 'local' ? scope.localStorage : scope.sessionStorage;
  } catch {
    return undefined;
  }
}

function isValues(value: unknown): value is DraftValues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  return Object.values(value).every(
    (v) => typeof v === 'string' || (Array.isArray(v) && v.every((item) => typeof item === 'string')),
  );
}

export class Draft {
  readonly #storage?: DraftStorage;
  readonly #key: string;
  readonly #maxAgeMs: number;
  readonly #now: () => number;

  /**
   * `formKey` names the form on its page (e.g. `signup:/get-involved`), so two forms, or the
   * same form on two pages, keep their own drafts.
   */
  constructor(
    storage: DraftStorage | undefined,
    formKey: string,
    options: { maxAgeMs?: number; now?: () => number } = {},
  ) {
    this.#storage = storage;
    this.#key = PREFIX + formKey;
    this.#maxAgeMs = options.maxAgeMs ?? LOCAL_DRAFT_MAX_AGE_MS;
    this.#now = options.now ?? Date.now;
  }

  /** The saved draft, or `undefined` (none, too old, unreadable or from an older version). */
  load(): DraftValues | undefined {
    let text: string | null | undefined;
    try {
      text = this.#storage?.getItem(this.#key);
    } catch {
      return undefined;
    }
    if (!text) return undefined;
    try {
      const saved = JSON.parse(text) as { v?: unknown; savedAt?: unknown; values?: unknown };
      const fresh = typeof saved.savedAt === 'number' && this.#now() - saved.savedAt <= this.#maxAgeMs;
      if (saved.v === DRAFT_VERSION && fresh && isValues(saved.values)) return saved.values;
    } catch {
      // Not JSON: someone else's key, or a damaged copy. Dropped below.
    }
    this.clear();
    return undefined;
  }

  /** Saves what the parent has typed. False when storage refused it (full, blocked): the page still holds it. */
  save(values: DraftValues): boolean {
    if (!this.#storage) return false;
    try {
      this.#storage.setItem(this.#key, JSON.stringify({ v: DRAFT_VERSION, savedAt: this.#now(), values }));
      return true;
    } catch {
      return false;
    }
  }

  /** Forgets the draft: after a confirmed success, or when the parent starts again. */
  clear(): void {
    try {
      this.#storage?.removeItem(this.#key);
    } catch {
      // Nothing to do: storage is gone.
    }
  }
}
