/**
 * "Add to your calendar" for one occurrence: `.ics` downloads (this session, and the whole
 * series for a repeating event) and Google / Outlook links. Loaded with `import()` when a
 * parent opens an occurrence, so the ICS writer is not parsed on every page view.
 *
 * Downloads are Blob object URLs on `<a download>`: no inline script and no `data:` URL, so
 * they work under a strict Content-Security-Policy. Call `revoke()` when the panel closes.
 */
import { ICS_MIME_TYPE, icsFileName, listedSessions, occurrenceToIcs, seriesToIcs } from './ics.js';
import type { Feed } from '../data/feed-document.js';
import { googleCalendarLink, outlookCalendarLink } from './calendar-links.js';
import type { Occurrence } from './occurrences.js';

export interface Download {
  href: string;
  fileName: string;
}

export interface CalendarExport {
  session: Download;
  /** Only for a repeating event. */
  series?: Download;
  google: string;
  outlook: string;
  revoke(): void;
}

/**
 * `feed`: the occurrence's, whose events hold a series' listed sessions for "every session"
 * (`listedSessions`), and whose programme names the categories the files carry.
 */
export function exportOccurrence(occurrence: Occurrence, uidHost: string, feed?: Feed): CalendarExport {
  const urls: string[] = [];
  const download = (text: string, fileName: string): Download => {
    const href = URL.createObjectURL(new Blob([text], { type: ICS_MIME_TYPE }));
    urls.push(href);
    return { href, fileName };
  };
  const categoryLabels = new Map(feed?.programme.categories.map((category) => [category.id, category.label]));
  const options = { timeZone: occurrence.timeZone, uidHost, categoryLabels };
  const name = icsFileName(occurrence.event.title);
  return {
    session: download(occurrenceToIcs(occurrence, options), name),
    series: occurrence.recurring
      ? download(
          seriesToIcs(occurrence.event, { ...options, sessions: listedSessions(occurrence.event, feed?.events ?? [], occurrence.timeZone) }),
          name.replace(/\.ics$/, '-all.ics'),
        )
      : undefined,
    google: googleCalendarLink(occurrence),
    outlook: outlookCalendarLink(occurrence),
    revoke: () => urls.forEach((url) => URL.revokeObjectURL(url)),
  };
}
