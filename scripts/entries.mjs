// The bundles `npm run build` writes, and their gzipped budgets (KB). Every entry is
// standalone (lit bundled, self-registering) so one script tag is enough on any page.
//
// `eager` lists modules an entry would load with import() every time its widget renders:
// they count against the budget like the entry itself. None today: each widget renders from
// its entry file. "Lazy" chunks are code for a feature a parent may never use (a typed search,
// opening a service or session, sync-url, another feed format, a geocoder, .ics export,
// another language); the finder's search engine and both widgets' panels (detail views, filters) are
// fetched after the first render without a parent asking (the finder's panels beside the feed where
// its filters show), which the README's size table reports separately.

// Budgets marked "stops growth" are today's size plus a little. `targetKb` is the target,
// printed beside the size; `capKb` is a ceiling `npm run size` enforces on the budget itself, so the
// all-in-one's can never be raised past issue #2's 45 KB as the remaining widgets land.
export const entries = [
  // Issue #2 sets ≤ 45 KB for all four widgets together; issue #19 asks ≤ 40 KB until the forms land.
  // 40.5 after issue #19's reshaping (NOT met: stops growth): every bundle now detects every format
  // and pages a live directory in the data client (+1 KB), and controllers and typed events replaced
  // one large controller (+1 KB across both widgets). 40.7 with per-pack string types (+0.09 KB: each
  // widget's English passed to its element instead of one page-wide object and a cast); 40.8 with the
  // finder's filter panel and detail view as a chunk each (+0.06) and RPDE pages detected (+0.02); 40.9
  // with issue #20's card fixes (the schedule note on cards, never "0 miles": +0.04); 41.4 with issue #20's
  // "Updated" from the feed's own date (the provider's below); 41.8 with its openings every few weeks (the
  // finder's below: +0.38); 43.4 with the rest of issue #20 (43.3): a partial copy of dist/ (+0.28: the
  // console names a chunk that did not load and says to copy the whole folder; parents read "This part is
  // not working" instead of "check your internet connection"), the finder's everyday words and ways out
  // of no results, and its phone filter sheet (the finder's below). NOT met: the forms must come as lazy
  // chunks to stay under the 45 KB cap. 43.5 with the finder's detail view opened by a controller of its
  // own (+0.05), which brings the element under 400 lines. 44.2 with issue #21's sign-up (+0.7): its code is
  // a chunk (~12.8 KB) fetched only when the page has a <pc-champion-signup> (define/when-used.ts, which
  // watches for the tag: +0.27); here only that watcher, the console prefix and the email pattern and weekdays
  // it shares with the feed, moved out of the feed's schema so the sign-up's own entry need not carry it.
  // 44.3 with the core English built from two parts (its identity and "Loading…", all the sign-up's
  // entry takes of it: +0.02), which keeps champion-signup.js within issue #21's 22 KB; then 44.4 with
  // issue #23's <pc-feedback-summary> (+0.10): its code is a chunk (~3.7 KB) fetched only when the page
  // has the tag, and the summary's schemas and reading live in modules of their own so the chunk brings
  // them (in feed-schema.ts and validate.ts they cost this entry 0.45 KB more); here the tag's watcher and
  // the feed's `feedbackSummary` read only by its section, never passed on unread (+0.04). 44.1 (44.04) with
  // issue #23's <pc-feedback-card>: its code is a chunk (6.8 KB, its own budget below) fetched where the page
  // has the tag or the finder or calendar opens one; the forms' schemas and reading moved into modules of
  // their own (data/forms-schema.ts, data/validate-forms.ts), which only the forms' chunks carry (-0.4 KB).
  // 44.2 (44.14) with issue #19's converter preloads (+0.10: each format's converter import also asks for
  // the chunks it imports, so a `format="auto"` feed waits one round trip for them, not two or three;
  // scripts/preload-chunk-imports.mjs).
  // 44.5 (44.47) with issue #19's path (+0.3: a format's converter asked for from the document's first characters, before it is parsed, and a feed widget's date and number formatting set up while its feed is on the network; src/internal/while-loading.ts). 44.6 (44.56) then a plain website checked without parsing it (+0.07; src/data/safe-url.ts: 20–30 ms off the finder's cold path for 5,000 services). 44.7 (44.67) then the opening read as the body streams in, not once it has all arrived (+0.09–0.11; src/net/request.ts `onOpening`: on a slow connection the converter no longer waits for the whole download). 44.8 (44.70) with a review's guards (a format's sniff or a look at a body's opening that throws is ignored; the native sniff stands back where JSON-LD keys show; the number format prepared while loading too: +0.03).
  // 44.9 (44.81) with the schema kit passing on what reads unchanged instead of copying it (+0.1;
  // src/data/schema-kit.ts: with the Open Referral converter's one pass, the finder's cold path 435 against 469 ms).
  // 45.0 (44.97: 31 bytes under the cap) with an OpenActive RPDE feed followed to its end (+0.03), the finder's
  // "Try again" kept while its engine's prefetch loads (+0.04) and the calendar saying when part of its feed could
  // not be loaded (+0.1: its words in English, and the notice the finder had, now shared in src/ui/states.ts).
  // At the cap: the next feature in this bundle must make room first. 45.0 (44.98: 19 bytes under the cap) with
  // the saved copy written after the page has painted, at once where the page is hidden (src/data/document-store.ts: a live directory's merged pages are turned back into text then, not before the first results, ~30 ms for 5,000 services on this machine), with the page-wide store and format registry installed by one helper (src/internal/page-shared.ts), less TOKEN_NAMES read from the token styles instead of written out again (the token test
  // checks both against the README's table): +0.03 in all.
  // 45.0 (44.98: 18 bytes under the cap) with sessions parents join online (+0.04: the contract's `online`, "Online" where
  // a place would be; the rest is in the JSON-LD converter's and the session detail's chunks), less the finder's and the
  // calendar's styles for their lazy panels (the filter panel's title and counts, the detail's checked date and its
  // links), now in those panels' own style modules (-0.04). 45.0 (44.99: 10 bytes under) with a visual review's mends:
  // a secondary button drawn on white on the empty state's grey (+0.006), feed text isolated inside its line (+0.004).
  // 44.1 (44.09: 0.9 KB under the cap) with <pc-feed-status> fetched when the page has one, as the forms and the summary
  // are (its chunk 1.2 KB; the class stays exported by dist/provider.js), less the focus ring on what a script focuses,
  // drawn clear of its text (+0.02 in every entry; src/theme/base.styles.ts). 44.3 (44.29) with the calendar's narrow
  // weekday names on a small phone and the JSON-LD refusal's wording (+0.05, as the calendar's), and a keyboard and
  // screen-reader walkthrough's mends to the finder (+0.12, as the finder's; the filter panel's heading +0.01).
  { name: 'parent-champion-widgets', source: 'src/index.ts', budgetKb: 45.0, targetKb: 40, capKb: 45 },
  // Issue #19: the provider entry stays ≤ 18 KB. 19.2 after the shared format registry, every
  // format's detection and the request module joined it (NOT met: stops growth); 19.3 with per-pack
  // string types and RPDE pages detected (+0.06 in all); 19.8 with issue #20's "Updated" from the feed's
  // own date (programme.lastUpdated in the contract, reading and checking it, "Loaded …" without it: +0.46);
  // 20.1 with issue #20's partial copy of dist/ (+0.24, to 20.0); 20.2 with issue #23's feedbackSummary
  // section, read only where a widget shows it and never passed on unread (+0.04, to 20.10).
  // 20.5 (20.47) with issue #19's path (+0.3: a format's converter asked for from the document's first characters, before it is parsed, and a feed widget's date and number formatting set up while its feed is on the network; src/internal/while-loading.ts). 20.6 (20.55) then a plain website checked without parsing it (+0.07; src/data/safe-url.ts: 20–30 ms off the finder's cold path for 5,000 services). 20.7 (20.65) then the opening read as the body streams in, not once it has all arrived (+0.09–0.11; src/net/request.ts `onOpening`: on a slow connection the converter no longer waits for the whole download).
  // 20.8 (20.77) with the schema kit passing on what reads unchanged instead of copying it (+0.1, as the all-in-one's).
  // 20.9 (20.81; 20.82 with «, » and · decoded in feed text) with an OpenActive RPDE page that has no items recognised as JSON-LD (+0.02: the page after a feed's
  // last change, which a webmaster may copy, read as a feed with no events instead of refused as an unknown format).
  // 21.0 (20.93) with the saved copy written after the page has painted, at once where the page is hidden (src/data/document-store.ts: a live directory's merged pages are turned back into text then, not before the first results, ~30 ms for 5,000 services on this machine), with the page-wide store and format registry installed by one helper (src/internal/page-shared.ts): +0.11 to +0.13 in all.
  // 21.0 (20.97) with the focus ring on what a script focuses drawn clear of its text (+0.02, as in every entry).
  // 16.5 (16.34) with <pc-feed-status> fetched where the page has one, as the all-in-one does (its chunk and the one it
  // shares: 5.8 KB, checked below as `withWhenUsed`): most pages load provider.js beside a widget's own entry and show
  // no feed status, and carried its code (states, theme, its words) for nothing. Issue #19's 18 KB is met.
  { name: 'provider', source: 'src/entries/provider.ts', budgetKb: 16.5, targetKb: 18 },
  // Every widget's Arabic; 6.1 with issue #23's feedback summary (+0.37, to 6.05); 6.9 with its feedback
  // card (+0.8, to 6.85: every question, error, hint and the safeguarding line); 7.0 (6.91) with the calendar's
  // "Online" and "You can also join online." (+0.05).
  { name: 'locales/ar', source: 'src/locales/ar.ts', budgetKb: 7.0 },
  // Issue #3 met 25 KB; issue #19 allows 26 KB for headroom. 28.1 during issue #19's reshaping; 27.7
  // after "near me"'s work, sync-url's address and the panels' words moved into their chunks. Issue
  // #19's 26 KB is NOT met (stops growth meanwhile); 27.9 with the filter panel and the detail view as
  // a chunk each (+0.06: a second lazy-panel controller) and RPDE pages detected (+0.02); 28.0 with
  // issue #20's card fixes (the schedule note on cards, never "0 miles": +0.04); 28.1 with
  // programme.lastUpdated in the contract (+0.07); 28.4 with openings every few weeks ("Every other
  // Monday", interval and startDate in the contract: +0.36; the next date is worked out in the detail
  // view's chunk, not here); 29.9 with the rest of issue #20 (29.8): a partial copy of dist/ (+0.26),
  // everyday words read as filters and the ways out of no results (+0.6: the reading and the routes are in
  // the search engine's and the filter panel's chunks; here the search's merge of ticks and words, the
  // hooks and "Use my location" for "near me"), the phone filter sheet (+0.35: a modal dialog with "Show N
  // results", its controller and styles), the local postcode example (+0.05); 30.0 with issue #23's
  // feedbackSummary section never passed on unread (+0.03, to 29.91); 30.2 (30.16) with issue #23's "Tell us
  // what you think" in the service detail (+0.25: the card is a chunk fetched on the press; here the flag
  // saying the feed takes feedback, and what the card's chunk imports from this file, exported for it).
  // 30.3 (30.28) with issue #19's converter preloads (+0.12: the Open Referral reader's paging chunk and
  // its five shared chunks asked for with it, not two round trips later; scripts/preload-chunk-imports.mjs).
  // 30.6 (30.55) with issue #19's path (+0.3: a format's converter asked for from the document's first characters, before it is parsed, and a feed widget's date and number formatting set up while its feed is on the network; src/internal/while-loading.ts). 30.7 (30.64) then a plain website checked without parsing it (+0.07; src/data/safe-url.ts: 20–30 ms off the finder's cold path for 5,000 services). 30.8 (30.74) then the opening read as the body streams in, not once it has all arrived (+0.09–0.11; src/net/request.ts `onOpening`: on a slow connection the converter no longer waits for the whole download).
  // 30.9 (30.87) with the schema kit passing on what reads unchanged instead of copying it (+0.1, as the all-in-one's).
  // 31.0 (30.91) with an OpenActive RPDE feed followed from its first page to its end (+0.03 in every entry: the
  // test of whether a document is an RPDE page with items, and the call to the converter's chunk that pages it;
  // src/formats/jsonld/rpde.ts travels in that chunk) and a "Try again" kept while the search engine's idle
  // prefetch is loading (+0.04; src/service-finder/search-engine.ts).
  // 31.1 (31.01) with the saved copy written after the page has painted, at once where the page is hidden (src/data/document-store.ts: a live directory's merged pages are turned back into text then, not before the first results, ~30 ms for 5,000 services on this machine), with the page-wide store and format registry installed by one helper (src/internal/page-shared.ts): +0.11 to +0.13 in all.
  // 31.2 (31.14) with a keyboard and screen-reader walkthrough's mends (+0.12): after Search the live region also says
  // the postcode's error (a parent still in the box heard nothing) and the new order; focus on the count (or, in the
  // phone's sheet, on "Show N results") is not followed by the same count from the live region.
  // 31.3 (31.22) with a gap that loading again cannot fill told apart from one it may (+0.07): pages past the limit, or
  // one page of a directory saved away from its API, no longer end "Try again later to see them all" (Diagnostic.lasting;
  // the notice's choice in src/ui/states.ts, shared with the calendar, whose entry it leaves 2 bytes under 31.5).
  // 31.6 (31.55) with focus kept with the parent across "Try again" (+0.31: src/controllers/retry-focus.ts for the
  // feed's and the search engine's, and the filter panel's box taking it for its own): the button made way and focus fell
  // to the page's body, sending a keyboard user back to the top of the page.
  { name: 'service-finder', source: 'src/entries/service-finder.ts', budgetKb: 31.6, targetKb: 26 },
  // Issue #4 met 25 KB; issue 18 (bounded views, sliced expansion, dates past 9999, isolated
  // text) took it to 27.5; issue #19's reshaping (every format's detection, the request module, its
  // controllers and typed events) to 29.5, and per-pack string types to 29.7 (+0.06 KB); RPDE pages
  // detected and a duplicate's diagnostic naming what it clashes with (issue #20) +0.03; issue #20's
  // programme.lastUpdated in the contract +0.08; issue #20's partial copy of dist/ +0.25 (30.2). Issue
  // #19's 26 KB is NOT met (stops growth meanwhile). 30.6 (30.54) with issue #23's "Tell us what you think"
  // in the session dialog (+0.32: as the finder's, the card a chunk fetched on the press). 30.7 (30.61)
  // with issue #19's converter preloads (+0.07: the JSON-LD converter's two shared chunks asked for with
  // it, not one round trip later: ~40-100 ms of a cold page's wait; scripts/preload-chunk-imports.mjs).
  // 31.0 (30.95) with issue #19's path (+0.3: a format's converter asked for from the document's first characters, before it is parsed, and a feed widget's date and number formatting set up while its feed is on the network; src/internal/while-loading.ts), the calendar's own: its programme's clock and a month's words. 31.1 (31.04) then the opening read as the body streams in, not once it has all arrived (+0.09–0.11; src/net/request.ts `onOpening`: on a slow connection the converter no longer waits for the whole download).
  // 31.3 (31.21) with an OpenActive RPDE feed followed to its end (+0.03, as every entry) and the notice that part
  // of the feed could not be loaded (a later page failed or was past the limit: +0.11, its English and the notice).
  // 31.4 (31.33) with the saved copy written after the page has painted, at once where the page is hidden (src/data/document-store.ts: a live directory's merged pages are turned back into text then, not before the first results, ~30 ms for 5,000 services on this machine), with the page-wide store and format registry installed by one helper (src/internal/page-shared.ts): +0.11 to +0.13 in all.
  // 31.5 (31.40) with the focus ring on what a script focuses drawn clear of its text (+0.02, as every entry) and the
  // JSON-LD converter's refusal saying when a document given with format="jsonld" is not JSON-LD at all (+0.01: the
  // entry's sniff, looksLikeJsonLd, shared with the converter's chunk instead of written again there); 31.44 with
  // the month grid's narrow weekday names on a 320 px phone (+0.04: Arabic's short name is the whole name, and was cut).
  // 31.6 (31.50) with the notice for a gap loading again cannot fill (+0.05: no "Try again later" where the feed's own
  // next page is on another site or past the limit; Diagnostic.lasting), which left it 2 bytes under 31.5, then
  // 1 byte over as the forms' sending became a chunk of its own and the names of the chunks this entry may fetch moved.
  // 31.8 (31.79) with focus kept with the parent across "Try again" (+0.23: src/controllers/retry-focus.ts).
  // 31.9 (31.82) with the view shown filled with Highlight in forced colours, and the selected day's outline drawn whole (+0.03).
  { name: 'event-calendar', source: 'src/entries/event-calendar.ts', budgetKb: 31.9, targetKb: 26 },
  // Issue #21: the sign-up entry, standalone with Lit, ≤ 22 KB, with everything its failure, retry
  // and offline paths need (a chunk cannot load while offline): no lazy chunks.
  // 21.96 with issue #19's text hook in the request module (+0.01), after a submission id from getRandomValues
  // without the Math.random branch no browser that runs this library needs (-0.05); 21.82 with the tel: and
  // mailto: builders apart from the URL checks (data/contact-links.ts), which only the feed's reading needs; 21.93 with
  // the request module's streamed read of a body's opening (onOpening, +0.11, in place of the earlier text hook).
  // 21.99 with the forms' one FormFlow (src/forms/form-flow.ts: the Send-to-thank-you flow both forms wrote out,
  // +0.30 here), less the streamed read of a feed body's opening, now only where the feed store is
  // (src/net/read-opening.ts, -0.12), HTML comments in templates no longer shipped (-0.12) and a UUID's
  // dashes put in by one replace (-0.01): 21.995. 21.97 with mailto: links made only from addresses the
  // contract's email pattern accepts (-0.02: one pattern instead of two). 21.99 with the action's check and
  // its report-once in FormFlow, not written in each form (+0.02). 21.96 with the spam trap hidden in place by the
  // shipped visually-hidden rule, not moved off-screen by a rule of its own (-0.03: moved, it made a right-to-left
  // page scroll sideways by 10,000 px); 21.97 (36 bytes under the cap) with the availability groups as tall as
  // their options (+0.004). 21.99 (7 bytes under) with the focus ring on what a script focuses drawn clear of its
  // text (+0.02, as every entry) and the scheme's consent wording read in its own direction (+0.004: dir="auto").
  // 21.14 (0.86 KB under the cap) with the sending and the request module under it as a chunk of their own
  // (src/forms/form-sender.ts: asked for once the page has loaded; without it a submission waits in the outbox),
  // which made room for what a review found the forms promised and did not do: a waiting submission tried again
  // while the page stays open, every form told when another sent its submission, and "keep this page open" where
  // the device cannot keep the answers (+0.28 before the split).
  { name: 'champion-signup', source: 'src/entries/champion-signup.ts', budgetKb: 22, targetKb: 22, capKb: 22 },
  // Issue #23: <pc-feedback-summary> on its own, standalone with Lit and the data layer, 21.14 KB (the
  // provider's entry, another small feed widget, is 20.10). Its code alone (the element, its English, the
  // summary's schemas and reading) is the all-in-one's chunk for it: 3.7 KB. No target in the issue.
  // 21.3 (21.25) with issue #19's converter preloads (+0.08; scripts/preload-chunk-imports.mjs).
  // 21.6 (21.55) with issue #19's path (+0.3: a format's converter asked for from the document's first characters, before it is parsed, and a feed widget's date and number formatting set up while its feed is on the network; src/internal/while-loading.ts). 21.7 (21.62) then a plain website checked without parsing it (+0.07; src/data/safe-url.ts: 20–30 ms off the finder's cold path for 5,000 services). 21.8 (21.73) then the opening read as the body streams in, not once it has all arrived (+0.09–0.11; src/net/request.ts `onOpening`: on a slow connection the converter no longer waits for the whole download).
  // 21.9 (21.86) with the saved copy written after the page has painted, at once where the page is hidden (src/data/document-store.ts: a live directory's merged pages are turned back into text then, not before the first results, ~30 ms for 5,000 services on this machine), with the page-wide store and format registry installed by one helper (src/internal/page-shared.ts): +0.11 to +0.13 in all.
  // 22.0 (21.91) with the focus ring on what a script focuses drawn clear of its text (+0.02, as in every entry).
  // 22.2 (22.16) with focus kept with the parent across "Try again" (+0.23: src/controllers/retry-focus.ts).
  { name: 'feedback-summary', source: 'src/entries/feedback-summary.ts', budgetKb: 22.2 },
  // Issue #23: <pc-feedback-card> on its own, standalone with Lit, the sending kit and the data layer (it
  // reads the feed's services for its picker, in any format). Its own code is measured below.
  // 29.34 KB; the all-in-one fetches the card's own code alone (below). 29.5 (29.46) with issue #19's
  // converter preloads (+0.06; scripts/preload-chunk-imports.mjs). 29.6 (29.51) with the forms' own words
  // for an unusable action (forms/action-report.ts) in place of the card's copy of them (+0.05).
  // 29.7 (29.67) with issue #19's path (+0.3: a format's converter asked for from the document's first characters, before it is parsed, and a feed widget's date and number formatting set up while its feed is on the network; src/internal/while-loading.ts). 29.8 (29.73) then a plain website checked without parsing it (+0.07; src/data/safe-url.ts: 20–30 ms off the finder's cold path for 5,000 services). 29.9 (29.82) then the opening read as the body streams in, not once it has all arrived (+0.09–0.11; src/net/request.ts `onOpening`: on a slow connection the converter no longer waits for the whole download).
  // 30.1 (30.00) with the schema kit passing on what reads unchanged (+0.1) and the forms' one FormFlow
  // (src/forms/form-flow.ts, +0.25: the flow the card and the sign-up each wrote out), less HTML comments in
  // templates no longer shipped (-0.07). 30.07 with the console naming the fields a 422 refused that the card
  // does not ask (+0.06, as the sign-up does; the words shared in forms/action-report.ts).
  // 30.2 (30.10) with an OpenActive RPDE feed followed from its first page to its end (+0.03, as the finder's).
  // 30.3 (30.21) with the saved copy written after the page has painted, at once where the page is hidden (src/data/document-store.ts: a live directory's merged pages are turned back into text then, not before the first results, ~30 ms for 5,000 services on this machine), with the page-wide store and format registry installed by one helper (src/internal/page-shared.ts): +0.11 to +0.13 in all.
  // 30.16 with the forms' sending as a chunk (-0.8) after the review's mends to waiting submissions (+0.25), as the sign-up's.
  // 30.5 (30.46) with each waiting submission under a key of its own (+0.02) and what became of it told to the
  // site's other tabs (+0.17; forms/outbox.ts: a duplicated tab waiting on a submission another tab sent showed
  // "Not sent yet" for ever, and an edit sent from it was stored twice), as the sign-up's. 30.7 (30.63) with a
  // review's mends to them (+0.14): the forms still send where the browser refuses that channel (Firefox with
  // cookies blocked threw, and Send did nothing), an earlier version's list is read where storage is too full to
  // move it, storage that stops being read keeps what the page put, and a form inside a site's own shadow root
  // gives its thank-you focus.
  // 30.9 (30.84) with a trial's mends (+0.2, as the sign-up's): the answers drawn read-only while they are sent (they took
  // keys and dropped them), a late 422 or refusal said without taking focus from elsewhere, no empty error list, "Error: "
  // in the title counted page-wide; and a live directory in Outpost's envelope paged by the data client (+0.02).
  { name: 'feedback-card', source: 'src/entries/feedback-card.ts', budgetKb: 30.9 },
];

// Chunks with a budget of their own: a widget's own code, measured as the all-in-one bundle fetches it
// (Lit, the data layer and what it shares with another widget's chunk are not in it).
/**
 * An entry together with a widget it fetches when the page has its tag: what a page that shows
 * that widget loads (the entry, the widget's chunk and the chunks it imports).
 */
export const withWhenUsed = [
  // Today's size (22.15) plus a little (stops growth): 21.0 KB in one file before the feed status became a chunk.
  // 22.5 (22.42) with focus kept with the parent across "Try again" (+0.27: src/controllers/retry-focus.ts, in the chunk).
  { entry: 'provider', module: 'src/define/feed-status.ts', label: 'dist/provider.js with <pc-feed-status>', budgetKb: 22.5 },
];

export const chunkBudgets = [
  // Issue #23: "the feedback card's own code ≤ 10 KB gzipped on top of the shared kit and Lit".
  { entry: 'parent-champion-widgets', module: 'src/define/feedback-card.ts', label: "the feedback card's own code", budgetKb: 10 },
];
