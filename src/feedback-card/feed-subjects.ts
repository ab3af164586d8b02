/**
 * The services and sessions a card can be about, as id and name, read once per feed (a directory
 * of thousands of services is not mapped again on every key the parent presses). A session
 * repeated in the feed is listed once.
 */
import type { Feed } from '../data/feed-schema.js';
import type { Subject } from './card-setup.js';

export interface FeedSubjectLists {
  services: readonly Subject[];
  events: readonly Subject[];
}

const NONE: FeedSubjectLists = { services: [], events: [] };

export class FeedSubjects {
  #feed?: Feed;
  #lists = NONE;

  of(feed: Feed | undefined): FeedSubjectLists {
    if (!feed) return NONE;
    if (feed !== this.#feed) {
      this.#feed = feed;
      const events = new Map<string, Subject>();
      for (const event of feed.events) if (!events.has(event.id)) events.set(event.id, { id: event.id, name: event.title });
      this.#lists = { services: feed.services.map((service) => ({ id: service.id, name: service.name })), events: [...events.values()] };
    }
    return this.#lists;
  }
}
