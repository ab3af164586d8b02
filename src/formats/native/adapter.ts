/**
 * The library's own format. Validation reads only the parts of a feed the widgets on the page
 * show (`sections`, which each widget's registration adds), and answers at once: what it found is
 * put into words afterwards, by the registry, in a chunk a clean feed never loads.
 */
import { checkFeedSections, isNativeFeedShape, type FeedSections } from '../../data/validate.js';
import type { FeedAdapter } from '../types.js';

/** The native adapter validating the parts `sections()` names at the time of each conversion. */
export function nativeAdapter(sections: () => FeedSections): FeedAdapter {
  return {
    name: 'native',
    detect: isNativeFeedShape,
    // Its own top-level key: in the entry already, it needs nothing loaded, and no converter should be.
    // Not where JSON-LD shows too: an OpenActive session series has a `programme` of its own.
    sniff: (head) => /"programme"\s*:/.test(head) && !/"@(?:context|type|graph)"\s*:|"state"\s*:/.test(head),
    convert(data) {
      // Throws FeedRefusal for a document that is not a usable feed: the registry words it.
      const { feed, drafts } = checkFeedSections(data, sections());
      return { feed, diagnostics: [], drafts };
    },
  };
}
