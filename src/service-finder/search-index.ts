/**
 * Full-text search over services on a small inverted index of our own (prefix, typo
 * tolerance, field boosts, BM25 ranking: see term-index.ts) with family-service synonyms
 * expanded at query time.
 *
 *   const index = new ServiceIndex(feed.services, { programme: feed.programme });
 *   index.search('brestfeeding');                 // ranked services
 *   filterAndCount(index.search('nursary'), filters, programme); // then filters (filters.ts)
 *   index.ready.then(rerunCurrentSearch);         // big directories: descriptions arrive later
 *
 * Build the index once per feed. Names, categories (with the needs a service meets), organisations and places are indexed
 * at once; descriptions are most of the text, so for big directories (over 1,000
 * services) they are indexed in small background chunks that never block a frame, and
 * searches include them as soon as they are in.
 *
 * Just over 400 lines: one class, the index and the searches it answers, whose halves share its private
 * state (the term index, the descriptions' progress, the concept cache); split, they would pass it about.
 */
import type { Programme, Service } from '../data/feed-schema.js';
import { groupTerm, parseQuery, SynonymMatcher, type QueryConcept } from './query.js';
import { terms } from './search-text.js';
import { idWords, nameOrderKey, orderByKeys } from '../text/fold.js';
import { FAMILY_SERVICE_SYNONYMS, type SynonymGroup } from './synonyms.js';
import { EVERYDAY_WORDS, type EverydayWords } from './everyday-words.js';
import { categoryNames, readQuery, type CategoryNames } from './query-reading.js';
import type { QueryReading } from './query-filters.js';
import { FieldScores, TermIndex, type TermQuery } from './term-index.js';

type CoreField = 'name' | 'categories' | 'organisation' | 'place';

/**
 * Relative weight of a match in each field. A service *named* "Breastfeeding drop-in"
 * must outrank one that mentions breastfeeding in passing.
 */
export const FIELD_BOOSTS: Readonly<Record<CoreField | 'description', number>> = {
  // In field-number order: the index numbers fields by their position here.
  name: 4,
  categories: 2,
  organisation: 1.5,
  place: 1,
  description: 1,
};

/** The description's field number: last in FIELD_BOOSTS. */
const DESCRIPTION_FIELD = 4;
/** Score keys are `position * FIELD_COUNT + field`, as the term index numbers them. */
const FIELD_COUNT = Object.keys(FIELD_BOOSTS).length;

/** Concept results kept; small, because each may list thousands of services. */
const CONCEPT_CACHE_SIZE = 12;

/** A synonym counts for a little less than the word the parent actually typed. */
const SYNONYM_WEIGHT = 0.6;

/**
 * Added to a concept's score for a service holding the parent's own word (or another spelling
 * of it) in any field: a synonym in a name ("Talking Therapies" for "speech") never outranks the
 * word itself in a description. Larger than any score a concept can reach otherwise.
 */
const OWN_WORD_TIER = 1000;

/**
 * Descriptions are indexed whole (the feed caps them at 5,000 characters): a council's list
 * mentions "dementia" late in a long description as often as early. In the background, each
 * step indexes up to this many services or characters, whichever comes first: a few milliseconds.
 */
const BACKGROUND_CHUNK = 200;
const BACKGROUND_CHARS = 100_000;

/** Indexed at once up to this much description text; beyond it, in the background. */
const AT_ONCE_CHARS = 400_000;

/** Services whose names, categories, organisations and places are indexed per step with `inSlices`. */
const CORE_SLICE = 250;

/** The next macrotask: lets the browser paint and handle typing between steps. */
const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

export interface ServiceIndexOptions {
  /** Supplies category and area labels (searched instead of their ids). */
  programme?: Pick<Programme, 'categories' | 'areas'>;
  /** Replaces the built-in family-service synonym table. */
  synonyms?: readonly SynonymGroup[];
  /** Replaces the built-in table of everyday words that mean a filter ("free", "saturday"). */
  everydayWords?: EverydayWords;
  /** Directories with more services than this index descriptions in the background. Default 1000. */
  backgroundAbove?: number;
  /**
   * Index names, categories, organisations and places of a big directory in slices between
   * browser tasks too, not before the constructor returns: for a build nobody waits on yet (the
   * finder's, while the browser is idle), so a parent's tap or keystroke waits for one slice at
   * most, not the whole build. Search only once `searchable` has resolved.
   */
  inSlices?: boolean;
}

/** A ranked search result. */
export interface SearchHit {
  service: Service;
  /** Relevance; higher is better. 0 for the unranked "everything" list. */
  score: number;
}

export class ServiceIndex {
  /** Resolves once every service can be found by name, category, organisation and place (at once unless `inSlices`). */
  readonly searchable: Promise<void>;
  /** Resolves once descriptions are searchable too (at once for small directories). */
  readonly ready: Promise<void>;
  readonly #services: readonly Service[];
  readonly #synonyms: SynonymMatcher;
  readonly #everydayWords: EverydayWords;
  /** The names of each list of categories `read` was given. */
  readonly #categoryNames = new WeakMap<readonly { id: string; label: string }[], CategoryNames[]>();
  /**
   * Name, categories, organisation, place: indexed before the constructor returns;
   * descriptions (the last field) in the background for big directories.
   */
  readonly #index: TermIndex;
  #coreIndexed = false;
  #descriptionsIndexed = false;
  /** Recent concept results: while a parent types "baby gr…", "baby" is looked up once. */
  readonly #conceptCache = new Map<string, Map<number, number>>();
  /** Score arrays by service and field, kept for the next keystroke (a 5,000-service one is 200 KB). */
  readonly #spareFieldScores: FieldScores[] = [];
  #byName: readonly Service[] = [];
  /** Position in `byName` of each service position, to break ranking ties. */
  #nameRank = new Int32Array(0);

  constructor(services: readonly Service[], options: ServiceIndexOptions = {}) {
    this.#services = services;
    this.#synonyms = new SynonymMatcher(options.synonyms ?? FAMILY_SERVICE_SYNONYMS);
    this.#everydayWords = options.everydayWords ?? EVERYDAY_WORDS;
    const putInNameOrder = (keys: readonly string[]) => {
      const order = orderByKeys(keys);
      this.#byName = order.map((position) => services[position]);
      this.#nameRank = new Int32Array(services.length);
      order.forEach((position, rank) => (this.#nameRank[position] = rank));
    };

    const categoryLabels = new Map((options.programme?.categories ?? []).map((c) => [c.id, c.label]));
    const areaLabels = new Map((options.programme?.areas ?? []).map((a) => [a.id, a.label]));
    /** The texts of the fields indexed at once, in FIELD_BOOSTS order. */
    const coreTexts = (service: Service): string[] => [
      service.name,
      // What the service is for, and whom: its categories, then the needs it meets ("Autism", "Hearing loop"),
      // which a parent types as often as a category.
      [...(service.categories ?? []).map((id) => categoryLabels.get(id) ?? idWords(id)), ...(service.accessibility ?? [])].join(' '),
      service.organisation ?? '',
      [service.location?.name, service.location?.address, service.area && areaLabels.get(service.area)].filter(Boolean).join(' '),
    ];
    // Terms are processed per field, not per token, so synonym phrases can be spotted in sequence.
    const fieldTerms = (text: string): string[] => {
      const textTerms = terms(text);
      const groups = this.#synonyms.groupTermsIn(textTerms);
      return groups.length ? textTerms.concat(groups) : textTerms;
    };
    // Category labels, organisations and places repeat across a directory: split each once.
    const seen = new Map<string, string[]>();
    const sharedTerms = (text: string): string[] => {
      let found = seen.get(text);
      if (!found) seen.set(text, (found = fieldTerms(text)));
      return found;
    };
    this.#index = new TermIndex(Object.values(FIELD_BOOSTS), services.length);
    // Documents are positions in `services`, so duplicate or odd ids can never break the index.
    const addCore = (from: number, to: number) => {
      for (let position = from; position < Math.min(to, services.length); position++) {
        coreTexts(services[position]).forEach((text, field) => this.#index.add(position, field, field ? sharedTerms(text) : fieldTerms(text)));
      }
    };
    let descriptionChars = 0;
    for (const service of services) descriptionChars += service.description?.length ?? 0;
    const background = services.length > (options.backgroundAbove ?? 1000) || descriptionChars > AT_ONCE_CHARS;
    let searchable: Promise<void>;
    if (options.inSlices && background) {
      searchable = (async () => {
        const keys: string[] = [];
        for (let from = 0; from < services.length; from += CORE_SLICE) {
          await nextTask();
          for (let position = from; position < Math.min(from + CORE_SLICE, services.length); position++) {
            keys[position] = nameOrderKey(services[position]);
          }
        }
        await nextTask();
        putInNameOrder(keys);
        for (let from = 0; from < services.length; from += CORE_SLICE) {
          await nextTask();
          addCore(from, from + CORE_SLICE);
        }
        this.#coreIndexed = true;
      })();
    } else {
      putInNameOrder(services.map(nameOrderKey));
      addCore(0, services.length);
      this.#coreIndexed = true;
      searchable = Promise.resolve();
    }
    this.searchable = searchable;
    /** Indexes descriptions from `from`, up to `to` or a step's worth of text; returns where it stopped. */
    const addDescriptions = (from: number, to: number, maxChars = Infinity): number => {
      let chars = 0;
      let position = from;
      for (; position < Math.min(to, services.length) && chars < maxChars; position++) {
        const description = services[position].description ?? '';
        chars += description.length;
        this.#index.add(position, DESCRIPTION_FIELD, fieldTerms(description));
      }
      return position;
    };

    if (!background) {
      addDescriptions(0, services.length);
      this.#descriptionsIndexed = true;
      this.ready = Promise.resolve();
    } else {
      this.ready = (async () => {
        await searchable;
        for (let from = 0; from < services.length; ) {
          await nextTask();
          from = addDescriptions(from, from + BACKGROUND_CHUNK, BACKGROUND_CHARS);
        }
        this.#descriptionsIndexed = true;
      })();
    }
  }

  /** Number of services indexed. */
  get size(): number {
    return this.#services.length;
  }

  /** The services in a stable, sensible order for an empty query: by name (once `searchable`). */
  get byName(): readonly Service[] {
    return this.#byName;
  }

  /** True once `searchable` has resolved. */
  get isSearchable(): boolean {
    return this.#coreIndexed;
  }

  /** True once descriptions are searchable (see `ready`). */
  get complete(): boolean {
    return this.#descriptionsIndexed;
  }

  /** The query split into concepts and synonyms, as the index will run it (for debugging and tests). */
  explain(query: string): QueryConcept[] {
    return parseQuery(query, this.#synonyms, (term) => this.#hasTerm(term));
  }

  /**
   * Ranked matches for a query. Every concept must match (AND); if nothing matches all of
   * them, services matching any are returned instead (OR), so an extra word such as a
   * place name never empties the list. An empty query returns every service by name.
   */
  searchHits(query: string): SearchHit[] {
    const concepts = this.explain(query);
    if (concepts.length === 0) return this.byName.map((service) => ({ service, score: 0 }));
    const perConcept = concepts.map((concept) => this.#conceptScores(concept));

    // AND: services matching every concept, scores added up.
    const totals = new Map<number, number>();
    const [first, ...rest] = perConcept;
    for (const [position, score] of first) {
      let total = score;
      for (const scores of rest) {
        const other = scores.get(position);
        if (other === undefined) {
          total = -1;
          break;
        }
        total += other;
      }
      if (total >= 0) totals.set(position, total);
    }
    // OR fallback: any concept, ranked by how many concepts match, then score.
    if (totals.size === 0 && perConcept.length > 1) {
      const matched = new Map<number, number>();
      for (const scores of perConcept) {
        for (const [position, score] of scores) {
          totals.set(position, (totals.get(position) ?? 0) + score);
          matched.set(position, (matched.get(position) ?? 0) + 1);
        }
      }
      for (const [position, count] of matched) totals.set(position, totals.get(position)! * count);
    }

    // Equal scores keep the by-name order, so results never shuffle between keystrokes.
    const rank = this.#nameRank;
    return [...totals.entries()]
      .sort((a, b) => b[1] - a[1] || rank[a[0]] - rank[b[0]])
      .map(([position, score]) => ({ service: this.#services[position], score }));
  }

  /**
   * Score of each matching service for one concept. In each field the concept counts once,
   * in its best form there: the typed words, another spelling of them, or a synonym (which
   * weighs a little less). So a service named after the very word the parent typed outranks
   * one that uses a synonym in three places, and three synonyms in one field add nothing.
   * A typed phrase scores the mean of its words, so long phrases do not win just by being long.
   */
  #conceptScores(concept: QueryConcept): Map<number, number> {
    const cacheKey = JSON.stringify(concept);
    const cached = this.#conceptCache.get(cacheKey);
    if (cached) {
      // Re-insert so the Map's order stays least-recently-used first.
      this.#conceptCache.delete(cacheKey);
      this.#conceptCache.set(cacheKey, cached);
      return cached;
    }

    const best = this.#wordFieldScores(concept.typed);
    const keepBest = (found: FieldScores, weight: number) => {
      for (const key of found.keys) {
        const score = found.values[key] * weight;
        if (score > best.values[key]) best.add(key, score - best.values[key]);
      }
      this.#spareFieldScores.push(found.clear());
    };
    for (const words of concept.spellings) keepBest(this.#wordFieldScores(words), 1);
    // The services holding the parent's own word somewhere, before synonyms join in.
    const ownWord = new Set<number>();
    for (const key of best.keys) ownWord.add((key / FIELD_COUNT) | 0);
    // Every phrase of the concept's synonym groups, through one hidden term per group.
    for (const group of concept.groups) {
      const found = this.#fieldScores();
      this.#index.score({ term: groupTerm(group), prefix: false, fuzzy: 0 }, found);
      keepBest(found, SYNONYM_WEIGHT);
    }
    const scores = new Map<number, number>();
    for (const key of best.keys) {
      const position = (key / FIELD_COUNT) | 0;
      scores.set(position, (scores.get(position) ?? (ownWord.has(position) ? OWN_WORD_TIER : 0)) + best.values[key]);
    }
    this.#spareFieldScores.push(best.clear());

    // Until descriptions are in, results are incomplete: do not keep them.
    if (this.#descriptionsIndexed) {
      this.#conceptCache.set(cacheKey, scores);
      if (this.#conceptCache.size > CONCEPT_CACHE_SIZE) this.#conceptCache.delete(this.#conceptCache.keys().next().value!);
    }
    return scores;
  }

  /** Services holding every word (in any field), scored per field by the mean of the words' scores. */
  #wordFieldScores(words: readonly TermQuery[]): FieldScores {
    const perWord = words.map((word) => {
      const found = this.#fieldScores();
      this.#index.score(word, found);
      return found;
    });
    if (perWord.length === 1) return perWord[0];
    // How many of the words each service holds (counted once per word).
    const held = new Uint8Array(this.#services.length);
    perWord.forEach((found, w) => {
      for (const key of found.keys) {
        const position = (key / FIELD_COUNT) | 0;
        if (held[position] === w) held[position] = w + 1;
      }
    });
    const out = this.#fieldScores();
    for (const found of perWord) {
      for (const key of found.keys) {
        if (held[(key / FIELD_COUNT) | 0] === words.length) out.add(key, found.values[key] / words.length);
      }
      this.#spareFieldScores.push(found.clear());
    }
    return out;
  }

  /** An empty score array by service and field; give it back cleared to `#spareFieldScores`. */
  #fieldScores(): FieldScores {
    return this.#spareFieldScores.pop() ?? new FieldScores(this.#services.length * FIELD_COUNT);
  }

  /** True when some service contains exactly this (processed) term. Only asked for rare typo checks. */
  #hasTerm(term: string): boolean {
    return this.#index.has(term);
  }

  /**
   * The filters a query's words mean ("free on saturday"), against the categories the finder
   * offers, and the words left to search for (see query-reading.ts).
   */
  read(query: string, categories: readonly { id: string; label: string }[] = []): QueryReading {
    let names = this.#categoryNames.get(categories);
    if (!names) this.#categoryNames.set(categories, (names = categoryNames(categories, this.#synonyms)));
    return readQuery(query, { words: this.#everydayWords, synonyms: this.#synonyms, categories: names });
  }

  /**
   * Another spelling of one typed word that the directory holds ("nrsery" → "nursery"), for a
   * search that found nothing; `undefined` when none is close or the word is already known.
   */
  suggest(word: string): string | undefined {
    const [term] = terms(word);
    if (!term || term.length < 3 || this.#index.has(term)) return undefined;
    return this.#index.nearest(term, term.length < 5 ? 1 : 2);
  }

  /** Ranked services for a query (see `searchHits`). */
  search(query: string): Service[] {
    return this.searchHits(query).map((hit) => hit.service);
  }

  /** Ranked ids for a query. */
  searchIds(query: string): string[] {
    return this.searchHits(query).map((hit) => hit.service.id);
  }
}
