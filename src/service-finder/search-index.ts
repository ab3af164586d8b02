/**
 * Full-text search over services, built on MiniSearch (prefix, typo tolerance, field
 * boosts, BM25 ranking) with family-service synonyms expanded at query time.
 *
 *   const index = new ServiceIndex(feed.services, { programme: feed.programme });
 *   index.search('brestfeeding');                 // ranked services
 *   index.find({ ...filters, query: 'nursary' }); // search, then filters
 *   index.ready.then(rerunCurrentSearch);         // big directories: descriptions arrive later
 *
 * Build the index once per feed. Names, categories, organisations and places are indexed
 * at once; descriptions are most of the text, so for big directories (over 1,000
 * services) they are indexed in small background chunks that never block a frame, and
 * searches include them as soon as they are in.
 */
import MiniSearch, { type Query } from 'minisearch';
import type { Programme, Service } from '../data/feed-schema.js';
import { applyFilters, type ServiceFilters } from './filters.js';
import { groupTerm, parseQuery, SynonymMatcher, type QueryConcept } from './query.js';
import { nameSortKey, terms } from './search-text.js';
import { FAMILY_SERVICE_SYNONYMS, type SynonymGroup } from './synonyms.js';

type CoreField = 'name' | 'categories' | 'organisation' | 'place';

/**
 * Relative weight of a match in each field. A service *named* "Breastfeeding drop-in"
 * must outrank one that mentions breastfeeding in passing.
 */
export const FIELD_BOOSTS: Readonly<Record<CoreField | 'description', number>> = {
  name: 4,
  categories: 2,
  organisation: 1.5,
  place: 1,
  description: 1,
};

/** Concept results kept; small, because each may list thousands of services. */
const CONCEPT_CACHE_SIZE = 12;

/** A synonym counts for a little less than the word the parent actually typed. */
const SYNONYM_WEIGHT = 0.6;

/**
 * Long descriptions add index time but hardly any recall: the opening paragraph says
 * what a service is. The rest is still shown to parents, just not indexed.
 */
const MAX_INDEXED_DESCRIPTION = 1000;

/** Descriptions indexed per background step: a few milliseconds each. */
const BACKGROUND_CHUNK = 200;

export interface ServiceIndexOptions {
  /** Supplies category and area labels (searched instead of their ids). */
  programme?: Pick<Programme, 'categories' | 'areas'>;
  /** Replaces the built-in family-service synonym table. */
  synonyms?: readonly SynonymGroup[];
  /** Directories with more services than this index descriptions in the background. Default 1000. */
  backgroundAbove?: number;
}

/** A ranked search result. */
export interface SearchHit {
  service: Service;
  /** Relevance; higher is better. 0 for the unranked "everything" list. */
  score: number;
}

/** Query terms arrive already tokenised and processed: MiniSearch must not do it again. */
const literal = { tokenize: (text: string) => [text], processTerm: (term: string) => term };

export class ServiceIndex {
  /** The services in a stable, sensible order for an empty query: by name. */
  readonly byName: readonly Service[];
  /** Resolves once descriptions are searchable too (at once for small directories). */
  readonly ready: Promise<void>;
  private readonly services: readonly Service[];
  private readonly synonyms: SynonymMatcher;
  /** Name, categories, organisation, place: indexed before the constructor returns. */
  private readonly core: MiniSearch<number>;
  /** Descriptions: indexed in the background for big directories. */
  private readonly text: MiniSearch<number>;
  private descriptionsIndexed = false;
  /** Recent concept results: while a parent types "baby gr…", "baby" is looked up once. */
  private readonly conceptCache = new Map<string, Map<number, number>>();
  /** Position in `byName` of each service position, to break ranking ties. */
  private readonly nameRank: Int32Array;

  constructor(services: readonly Service[], options: ServiceIndexOptions = {}) {
    this.services = services;
    this.synonyms = new SynonymMatcher(options.synonyms ?? FAMILY_SERVICE_SYNONYMS);
    // Plain comparison of precomputed keys: an Intl.Collator sort of 5,000 names costs more
    // than the rest of the ordering work together.
    const keys = services.map((service) => `${nameSortKey(service.name)}\u0000${service.id}`);
    const order = services.map((_, position) => position);
    order.sort((a, b) => (keys[a] < keys[b] ? -1 : keys[a] > keys[b] ? 1 : a - b));
    this.byName = order.map((position) => services[position]);
    this.nameRank = new Int32Array(services.length);
    order.forEach((position, rank) => (this.nameRank[position] = rank));

    const categoryLabels = new Map((options.programme?.categories ?? []).map((c) => [c.id, c.label]));
    const areaLabels = new Map((options.programme?.areas ?? []).map((a) => [a.id, a.label]));
    const coreText = (service: Service, field: CoreField): string => {
      switch (field) {
        case 'name':
          return service.name;
        case 'categories':
          return (service.categories ?? []).map((id) => categoryLabels.get(id) ?? id.replace(/[-_.:]+/g, ' ')).join(' ');
        case 'organisation':
          return service.organisation ?? '';
        case 'place': {
          const location = service.location;
          const area = service.area ? (areaLabels.get(service.area) ?? '') : '';
          return [location?.name, location?.address, area].filter(Boolean).join(' ');
        }
      }
    };
    const positions = services.map((_, position) => position);
    this.core = this.engine(['name', 'categories', 'organisation', 'place'], (position, field) =>
      coreText(services[position], field as CoreField),
    );
    this.core.addAll(positions);
    this.text = this.engine(['description'], (position) => (services[position].description ?? '').slice(0, MAX_INDEXED_DESCRIPTION));

    if (services.length <= (options.backgroundAbove ?? 1000)) {
      this.text.addAll(positions);
      this.descriptionsIndexed = true;
      this.ready = Promise.resolve();
    } else {
      this.ready = this.text
        .addAllAsync(positions, { chunkSize: BACKGROUND_CHUNK })
        .catch(() => undefined)
        .then(() => {
          this.descriptionsIndexed = true;
        });
    }
  }

  private engine(fields: string[], fieldText: (position: number, field: string) => string): MiniSearch<number> {
    return new MiniSearch<number>({
      fields,
      idField: 'id',
      // Documents are positions in `services`, so duplicate or odd ids can never break the index.
      extractField: (position, field) => (field === 'id' ? position : fieldText(position, field)),
      // Terms are processed here, not per token, so synonym phrases can be spotted in sequence.
      tokenize: (text) => {
        const textTerms = terms(text);
        const groups = this.synonyms.groupTermsIn(textTerms);
        return groups.length ? textTerms.concat(groups) : textTerms;
      },
      processTerm: (term) => term,
      searchOptions: { boost: { ...FIELD_BOOSTS } },
    });
  }

  /** Number of services indexed. */
  get size(): number {
    return this.services.length;
  }

  /** True once descriptions are searchable (see `ready`). */
  get complete(): boolean {
    return this.descriptionsIndexed;
  }

  /** The query split into concepts and synonyms, as the index will run it (for debugging and tests). */
  explain(query: string): QueryConcept[] {
    return parseQuery(query, this.synonyms, (term) => this.hasTerm(term));
  }

  /**
   * Ranked matches for a query. Every concept must match (AND); if nothing matches all of
   * them, services matching any are returned instead (OR), so an extra word such as a
   * place name never empties the list. An empty query returns every service by name.
   */
  searchHits(query: string): SearchHit[] {
    const concepts = this.explain(query);
    if (concepts.length === 0) return this.byName.map((service) => ({ service, score: 0 }));
    const perConcept = concepts.map((concept) => this.conceptScores(concept));

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
    const rank = this.nameRank;
    return [...totals.entries()]
      .sort((a, b) => b[1] - a[1] || rank[a[0]] - rank[b[0]])
      .map(([position, score]) => ({ service: this.services[position], score }));
  }

  /**
   * Score of each matching service for one concept: the best of the typed words and the
   * synonym groups (a synonym weighs a little less). Taking the best rather than the sum
   * stops a service that happens to use three synonyms outranking one named after the
   * very word the parent typed. A typed phrase scores the mean of its words, so long
   * phrases do not win just by being long.
   */
  private conceptScores(concept: QueryConcept): Map<number, number> {
    const cacheKey = JSON.stringify(concept);
    const cached = this.conceptCache.get(cacheKey);
    if (cached) {
      // Re-insert so the Map's order stays least-recently-used first.
      this.conceptCache.delete(cacheKey);
      this.conceptCache.set(cacheKey, cached);
      return cached;
    }

    // Typed words: every one must match, in any field.
    let scores: Map<number, number> | undefined;
    for (const { term, prefix, fuzzy } of concept.typed) {
      const termScores = this.termScores({ ...literal, queries: [term], prefix, fuzzy: fuzzy || false });
      if (scores) {
        for (const [position, score] of scores) {
          const other = termScores.get(position);
          if (other === undefined) scores.delete(position);
          else scores.set(position, score + other);
        }
      } else scores = termScores;
    }
    scores ??= new Map();
    for (const [position, score] of scores) scores.set(position, score / concept.typed.length);

    // Every phrase of the concept's synonym groups, through one hidden term per group.
    for (const group of concept.groups) {
      const groupScores = this.termScores({ ...literal, queries: [groupTerm(group)], prefix: false, fuzzy: false });
      for (const [position, score] of groupScores) {
        const weighted = score * SYNONYM_WEIGHT;
        if (weighted > (scores.get(position) ?? 0)) scores.set(position, weighted);
      }
    }

    // Until descriptions are in, results are incomplete: do not keep them.
    if (this.descriptionsIndexed) {
      this.conceptCache.set(cacheKey, scores);
      if (this.conceptCache.size > CONCEPT_CACHE_SIZE) this.conceptCache.delete(this.conceptCache.keys().next().value!);
    }
    return scores;
  }

  /** One term's score per service, all fields of both engines added up. */
  private termScores(query: Query): Map<number, number> {
    const scores = new Map<number, number>();
    for (const engine of [this.core, this.text]) {
      for (const result of engine.search(query)) {
        const position = result.id as number;
        scores.set(position, (scores.get(position) ?? 0) + result.score);
      }
    }
    return scores;
  }

  /** True when some service contains exactly this (processed) term. Only asked for rare typo checks. */
  private hasTerm(term: string): boolean {
    const query = { ...literal, queries: [term], prefix: false, fuzzy: false };
    return this.core.search(query).length > 0 || this.text.search(query).length > 0;
  }

  /** Ranked services for a query (see `searchHits`). */
  search(query: string): Service[] {
    return this.searchHits(query).map((hit) => hit.service);
  }

  /** Ranked ids for a query. */
  searchIds(query: string): string[] {
    return this.searchHits(query).map((hit) => hit.service.id);
  }

  /** Searches with `filters.query`, then applies the other filters, keeping the ranking. */
  find(filters: ServiceFilters): Service[] {
    return applyFilters(this.search(filters.query), filters);
  }
}
