/**
 * The JSON-LD converter's readers for what every event of a node shares whatever its dates:
 * description, status (cancelled), location and whether parents can join online, cost and booking
 * link, age range and categories.
 * Apart from the dates and schedules (schedule.ts) because these read each node once and know
 * nothing of time; loaded only with the converter.
 */
import type { Diagnostic } from '../../data/errors.js';
import type { Cost, FeedEvent, Location } from '../../data/feed-schema.js';
import { isWebUrl } from '../../data/safe-url.js';
import { BIDI_REMOVED, preview, shortenedText } from '../../data/format.js';
import { feedText, plainTextOf } from '../../text/markup.js';
import { asList, parseAgeRange, slugId, termOf, textOf } from './values.js';
import { isObject, join, typesOf, type FoundNode, type JsonNode } from './detect.js';
import { joinAddressLines } from '../address.js';
import { field, resolve, sessionField, type Context } from './context.js';

export type Fields = Partial<Pick<FeedEvent, 'description' | 'location' | 'online' | 'cost' | 'ageRange' | 'bookingUrl' | 'categories' | 'cancelled'>>;

/** Where schema.org and OpenActive give a place to join online: a `VirtualLocation` in any of these. */
const VIRTUAL_LOCATION_KEYS = ['location', 'beta:virtualLocation', 'virtualLocation'];

/**
 * Whether parents can join online: the attendance mode says so (online or mixed; offline says
 * not), else a place given is a `VirtualLocation` (schema.org's `location`, OpenActive's
 * `beta:virtualLocation`). Both come from a session's series when it does not say, as OpenActive
 * inherits its attendance mode.
 */
function joinsOnline(node: JsonNode, parent: JsonNode | undefined, ctx: Context): boolean {
  const mode = termOf(field(node, parent, 'eventAttendanceMode'));
  if (mode === 'OfflineEventAttendanceMode') return false;
  if (mode === 'OnlineEventAttendanceMode' || mode === 'MixedEventAttendanceMode') return true;
  return VIRTUAL_LOCATION_KEYS.some((key) =>
    asList(field(node, parent, key)).some((item) => {
      const place = resolve(item, ctx);
      return isObject(place) && typesOf(place).includes('VirtualLocation');
    }),
  );
}

function readLocation(raw: unknown, ctx: Context): Location | undefined {
  const candidates = asList(raw).map((item) => resolve(item, ctx));
  const place =
    candidates.find((c) => isObject(c) && !typesOf(c).includes('VirtualLocation')) ??
    candidates.find((c) => typeof c === 'string');
  if (typeof place === 'string') return place.trim() ? { name: place.trim().slice(0, 200) } : undefined;
  if (!isObject(place)) return undefined;
  const location: Location = {};
  const name = textOf(place['name']);
  if (name) location.name = name.slice(0, 200);
  const address = resolve(place['address'], ctx);
  const parts: string[] = [];
  if (isObject(address)) {
    parts.push(...['streetAddress', 'addressLocality', 'addressRegion'].map((key) => textOf(address[key]) ?? ''));
    const postcode = textOf(address['postalCode']);
    if (postcode && /^[A-Za-z]{1,2}\d[A-Za-z\d]?\s*\d[A-Za-z]{2}$/.test(postcode)) location.postcode = postcode.toUpperCase();
    else if (postcode) parts.push(postcode);
  } else {
    const text = textOf(address);
    if (text) parts.push(text);
  }
  const lines = joinAddressLines(parts);
  if (lines) location.address = lines.slice(0, 500);
  const geo = resolve(place['geo'], ctx);
  const lat = Number(textOf(isObject(geo) ? geo['latitude'] : place['latitude']));
  const lng = Number(textOf(isObject(geo) ? geo['longitude'] : place['longitude']));
  if (Number.isFinite(lat) && Number.isFinite(lng) && Math.abs(lat) <= 90 && Math.abs(lng) <= 180 && (lat || lng)) {
    location.lat = lat;
    location.lng = lng;
  }
  return Object.keys(location).length ? location : undefined;
}

/**
 * A link as a web address: absolute already, or relative (`/whats-on/baby-yoga`, as JSON-LD
 * allows) and read against the document's address. Anything else (`javascript:`, `mailto:`, a
 * relative link with no address to read it against) is `undefined`.
 */
function webAddress(link: string | undefined, ctx: Pick<Context, 'base'>): string | undefined {
  if (!link || isWebUrl(link)) return link;
  // A link with a scheme of its own is never relative.
  if (!ctx.base || /^[a-z][a-z\d+.-]*:/i.test(link)) return undefined;
  try {
    const resolved = new URL(link, ctx.base).href;
    return isWebUrl(resolved) ? resolved : undefined;
  } catch {
    return undefined;
  }
}

function readCost(node: JsonNode, parent: JsonNode | undefined, ctx: Context): { cost?: Cost; offerUrl?: string } {
  const offers = asList(sessionField(node, parent, 'offers'))
    .map((o) => resolve(o, ctx))
    .filter(isObject);
  const offerUrl = offers.map((o) => webAddress(textOf(o['url']), ctx)).find((u) => u !== undefined);
  const prices: { name?: string; amount: number; highest?: number; currency: string }[] = [];
  const amountOf = (raw: string | undefined) => (raw === undefined ? NaN : /^free$/i.test(raw) ? 0 : Number(raw.replace(/[£$€,\s]/g, '')));
  for (const offer of offers) {
    // An AggregateOffer (Eventbrite, ticketing sites) gives a range, lowPrice to highPrice, instead of a price.
    const range = offer['price'] === undefined;
    const amount = amountOf(textOf(range ? offer['lowPrice'] : offer['price']));
    if (!Number.isFinite(amount) || amount < 0) continue;
    const highest = range ? amountOf(textOf(offer['highPrice'])) : NaN;
    const name = textOf(offer['name']);
    prices.push({
      ...(name ? { name } : {}),
      amount,
      ...(Number.isFinite(highest) && highest > amount ? { highest } : {}),
      currency: textOf(offer['priceCurrency'])?.toUpperCase() || 'GBP',
    });
  }
  const free = field(node, parent, 'isAccessibleForFree');
  const freeFlag = free === true || textOf(free)?.toLowerCase() === 'true' ? true : free === false || textOf(free)?.toLowerCase() === 'false' ? false : undefined;
  const paid = prices.filter((p) => p.amount > 0 || p.highest !== undefined);
  const out: { cost?: Cost; offerUrl?: string } = offerUrl ? { offerUrl } : {};
  if (paid.length) {
    const money = (value: number, currency: string) => {
      try {
        return new Intl.NumberFormat(ctx.locale, { style: 'currency', currency }).format(value);
      } catch {
        return `${value} ${currency}`;
      }
    };
    const details = paid
      .map((p) => {
        const amount = p.highest === undefined ? money(p.amount, p.currency) : `${money(p.amount, p.currency)}–${money(p.highest, p.currency)}`;
        return p.name ? `${p.name}: ${amount}` : amount;
      })
      .join(', ')
      .slice(0, 500);
    out.cost = { free: false, details };
  } else if (prices.length || freeFlag !== undefined) {
    out.cost = { free: freeFlag ?? true };
  }
  return out;
}

/** HTML escaped as text: `&lt;p&gt;`, `&lt;a class=…&gt;`, `&lt;/strong&gt;` (never `&lt;3`). */
const ESCAPED_MARKUP = /&lt;\/?(?:p|a|br|div|span|strong|em|b|i|ul|ol|li|h[1-6])(?:[\s/]|&gt;)/i;

export function readFields(found: FoundNode, parent: JsonNode | undefined, title: string, ctx: Context): Fields {
  const { node, path } = found;
  const fields: Fields = {};
  const warn = (key: string, message: string, action: Diagnostic['action'] = 'warning') =>
    ctx.diagnostics.push({ path: join(path, key), message, action, item: title });

  const description = textOf(field(node, parent, 'description'));
  if (description) {
    // WordPress's The Events Calendar escapes its HTML once more (`&lt;p&gt;`), and its line breaks too (a
    // backslash and an "n"): unescaped first, its tags then go like any others'.
    const unescaped = ESCAPED_MARKUP.test(description)
      ? plainTextOf(description.replace(/(?:\\r)?\\n/g, '\n'), { limit: description.length, multiline: true }).text
      : description;
    const { text, bidi, cut, more } = feedText(unescaped, 5000, true);
    const key = node['description'] !== undefined ? 'description' : 'superEvent.description';
    if (bidi) warn(key, `${BIDI_REMOVED} (got ${preview(description)})`);
    if (cut !== undefined) warn(key, shortenedText(5000, cut, more));
    if (text) fields.description = text;
  }

  const status = termOf(field(node, parent, 'eventStatus'));
  if (status === 'EventCancelled') fields.cancelled = true;
  else if (status === 'EventPostponed') {
    fields.cancelled = true;
    warn('eventStatus', 'EventPostponed: shown as cancelled until new dates are published');
  } else if (status === 'EventRescheduled') {
    warn('eventStatus', 'EventRescheduled: shown at its published (new) dates');
  }

  const location = readLocation(field(node, parent, 'location'), ctx);
  if (location) fields.location = location;
  if (joinsOnline(node, parent, ctx)) fields.online = true;

  const { cost, offerUrl } = readCost(node, parent, ctx);
  if (cost) fields.cost = cost;

  const ageSource = field(node, parent, 'typicalAgeRange') ?? field(node, parent, 'ageRange');
  if (ageSource !== undefined) {
    const ageRange = parseAgeRange(ageSource);
    if (ageRange) fields.ageRange = ageRange;
    else warn(node['typicalAgeRange'] !== undefined ? 'typicalAgeRange' : 'ageRange', `not an age range we can read (got ${JSON.stringify(ageSource).slice(0, 60)})`, 'dropped');
  }

  // The link: the node's own, else its offer's (where OpenActive puts the booking page), else its
  // series' page. OpenActive never inherits `url` (Modelling Specification 2.0, 5.6.7): a series'
  // page is only the last resort, behind the booking link its offer gives.
  const url = textOf(node['url']);
  const ownUrl = webAddress(url, ctx);
  const bookingUrl = ownUrl ?? offerUrl ?? webAddress(textOf(parent?.['url']), ctx);
  if (bookingUrl) fields.bookingUrl = bookingUrl;
  if (url && !ownUrl) warn('url', `must be an http: or https: URL, or one relative to the feed's address (got "${url.slice(0, 60)}")`, 'dropped');

  const labels = [
    ...asList(field(node, parent, 'keywords')).flatMap((k) => (typeof k === 'string' ? k.split(',') : [textOf(k) ?? ''])),
    ...asList(field(node, parent, 'about')).map((a) => {
      const thing = resolve(a, ctx);
      return isObject(thing) ? (textOf(thing['name']) ?? '') : (textOf(thing) ?? '');
    }),
    // OpenActive says what a session is by its activity: a Concept from the activity list (`prefLabel` "Yoga"); an id alone says nothing readable.
    ...asList(field(node, parent, 'activity')).map((a) => {
      const concept = resolve(a, ctx);
      return isObject(concept) ? (textOf(concept['prefLabel']) ?? textOf(concept['name']) ?? '') : '';
    }),
  ];
  const categories = [...new Set(labels.map((l) => slugId(l)).filter((s): s is string => !!s))].slice(0, 20);
  if (categories.length) fields.categories = categories;
  return fields;
}
