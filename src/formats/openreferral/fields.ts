/**
 * Open Referral UK adapter, part 4: the rest of a service's HSDS field groups, one at a time,
 * into their native form: ages, cost, languages, accessibility, contact (phone, email,
 * website), booking, last checked, last changed and categories. Opening times are in schedules.ts and places
 * in places.ts; loaded only with the converter.
 */
import type { AgeRange, Contact, Cost, Service } from '../../data/feed-schema.js';
import { preview, schemeAdded, type PathKey } from '../../data/format.js';
import { EMAIL_PATTERN } from '../../data/feed-patterns.js';
import { isWebUrl } from '../../data/safe-url.js';
import { repairWebUrl } from '../../data/website-repair.js';
import { isPastFeedDate } from '../../data/feed-date.js';
import { feedDateProblem, latestFeedDate } from '../last-changed.js';
import { shortenClean } from '../../text/feed-text.js';
import { asArray, asObject, field, plain, toNumber, type Context, type Json, type Where } from './read.js';
import type { LocationEntry } from './places.js';

const PHONE = /^\+?[0-9 ()-]{6,24}$/;

/** minimum_age / maximum_age in years → months; 25 and over means "no upper limit". */
export function mapAges(source: Json, ctx: Context, where: Where): AgeRange | undefined {
  // Outpost (Scout) writes `min_age` / `max_age`.
  const minKey = field(source, 'minimum_age') === undefined && field(source, 'min_age') !== undefined ? 'min_age' : 'minimum_age';
  const maxKey = field(source, 'maximum_age') === undefined && field(source, 'max_age') !== undefined ? 'max_age' : 'maximum_age';
  let min = toNumber(field(source, minKey));
  let max = toNumber(field(source, maxKey));
  // HSDS 2 feeds keep ages in an `eligibilitys` list.
  if (min === undefined && max === undefined) {
    for (const raw of asArray(field(source, 'eligibilitys') ?? field(source, 'eligibility'))) {
      const entry = asObject(raw);
      min ??= toNumber(field(entry, 'minimum_age'));
      max ??= toNumber(field(entry, 'maximum_age'));
    }
  }
  if (min !== undefined && (min < 0 || min > 150)) {
    ctx.report(where, [minKey], `must be an age in years (got ${preview(min)})`, 'dropped');
    min = undefined;
  }
  if (max !== undefined && (max < 0 || max > 150)) {
    ctx.report(where, [maxKey], `must be an age in years (got ${preview(max)})`, 'dropped');
    max = undefined;
  }
  if (min !== undefined && max !== undefined && min > max) {
    ctx.report(where, [minKey], `${minKey} ${min} is above ${maxKey} ${max}; ages left out`, 'dropped');
    return undefined;
  }
  const range: AgeRange = {};
  if (min !== undefined && min > 0) range.minMonths = Math.min(300, Math.floor(min * 12));
  // "Up to 4" includes four-year-olds: up to 4 years 11 months.
  if (max !== undefined && max < 25) range.maxMonths = Math.min(300, Math.floor(max * 12) + 11);
  return range.minMonths === undefined && range.maxMonths === undefined ? undefined : range;
}

/** Price formats by currency and decimals: making an Intl.NumberFormat costs far more than using one. */
const priceFormats = new Map<string, Intl.NumberFormat>();

function formatPrice(amount: number, currency: unknown): string {
  const code = typeof currency === 'string' && /^[A-Za-z]{3}$/.test(currency.trim()) ? currency.trim().toUpperCase() : 'GBP';
  const decimals = Number.isInteger(amount) ? 0 : 2;
  try {
    let format = priceFormats.get(code + decimals);
    if (!format) {
      format = new Intl.NumberFormat('en-GB', { style: 'currency', currency: code, minimumFractionDigits: decimals });
      priceFormats.set(code + decimals, format);
    }
    return format.format(amount);
  } catch {
    return String(amount);
  }
}

/** cost_options (amounts) or fees text → native cost. */
export function mapCost(source: Json, ctx: Context, where: Where): Cost | undefined {
  const options = asArray(field(source, 'cost_options'));
  const priced: string[] = [];
  let anyAmount = false;
  let allFree = true;
  options.forEach((raw, index) => {
    const option = asObject(raw);
    if (!option) return;
    const ended = ctx.endedOn(field(option, 'valid_to'));
    if (ended !== undefined) {
      ctx.report(where, ['cost_options', index, 'valid_to'], `ended on ${ended}: this price is over and is not shown`, 'dropped');
      return;
    }
    const amount = toNumber(field(option, 'amount'));
    const label = ctx.text(field(option, 'option'), 200, where, ['cost_options', index, 'option']);
    const detail = ctx.text(field(option, 'amount_description'), 200, where, ['cost_options', index, 'amount_description']);
    // Outpost says what an amount is for from its own list ("per hour", "per session", "per term",
    // "lower rate for second sibling"): "£5.00" alone would read as the whole cost of a nursery's hour.
    const basis = ctx.text(field(option, 'cost_type'), 100, where, ['cost_options', index, 'cost_type']);
    if (amount === undefined) {
      if (label && /\bfree\b/i.test(label)) anyAmount = true;
      else if (label || detail) priced.push([label, detail].filter(Boolean).join(': '));
      return;
    }
    anyAmount = true;
    if (amount > 0) {
      allFree = false;
      const per = basis && (/^per\b/i.test(basis) ? basis : `(${basis})`);
      const price = [formatPrice(amount, field(option, 'currency')), per, detail].filter(Boolean).join(' ');
      priced.push(label ? `${label}: ${price}` : price);
    }
  });
  const feesText =
    ctx.text(field(source, 'fees_description'), 500, where, ['fees_description']) ??
    ctx.text(field(source, 'fees'), 500, where, ['fees']);
  if (anyAmount) {
    // The prices, then the publisher's own words on them (who pays what, concessions): both are for parents.
    const details = allFree ? feesText : [priced.join('; '), feesText].filter(Boolean).join('. ') || undefined;
    return details ? { free: allFree, details: shortenClean(details, 500) } : { free: allFree };
  }
  // Outpost: `free: true|false` beside its `fees` text.
  const freeFlag = field(source, 'free');
  if (typeof freeFlag === 'boolean') return feesText ? { free: freeFlag, details: shortenClean(feesText, 500) } : { free: freeFlag };
  const text = feesText ?? (priced.length ? priced.join('; ') : undefined);
  if (!text) return undefined;
  const free = /\b(free|no charge|no cost)\b/i.test(text) && !/£\s*\d*[1-9]/.test(text);
  return { free, details: shortenClean(text, 500) };
}

function languageName(raw: unknown): string | undefined {
  if (typeof raw === 'string') return raw;
  const entry = asObject(raw);
  const name = plain(field(entry, 'name')) ?? plain(field(entry, 'language'));
  if (name) return name;
  const code = plain(field(entry, 'code'));
  if (!code || !/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(code)) return undefined;
  try {
    return new Intl.DisplayNames(['en-GB'], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

export function mapLanguages(lists: { list: unknown; at: Where; keys: PathKey[] }[], ctx: Context): string[] {
  const seen = new Map<string, string>();
  for (const { list, at, keys } of lists) {
    asArray(list).forEach((raw, index) => {
      const name = ctx.text(languageName(raw), 60, at, [...keys, index, 'name']);
      if (name && !seen.has(name.toLowerCase())) seen.set(name.toLowerCase(), name);
    });
  }
  return [...seen.values()];
}

export function mapAccessibility(location: Json | undefined, ctx: Context, where: Where, keys: PathKey[]): string[] {
  const out = new Map<string, string>();
  // Outpost's `suitabilities` ("Autism", "Learning difficulties", "Older people") say who a service suits: with its SEND needs.
  for (const listKey of ['accessibility', 'accessibility_for_disabilities', 'accessibilities', 'send_needs', 'suitabilities']) {
    asArray(field(location, listKey)).forEach((raw, index) => {
      const entry = asObject(raw);
      const at = [...keys, listKey, index];
      const value =
        typeof raw === 'string'
          ? raw
          : (field(entry, 'accessibility') ?? field(entry, 'name') ?? field(entry, 'description') ?? field(entry, 'details'));
      // Feature strings are short labels; a long sentence is cut quietly rather than reported.
      const text = ctx.text(value, 2000, where, at);
      if (text) out.set(text.toLowerCase(), shortenClean(text, 120));
    });
  }
  return [...out.values()];
}

/**
 * The phone number in a contact's text: from its first digit (or "+") up to the first letter after
 * it, so a label before it ("Tel: 01632 960 123") is skipped and what follows it ("Ext 303",
 * "(option 2)", "or 07700 900 123") is never read as more digits of the number: a parent would
 * dial a number that does not exist. `after` is that following text, for the console.
 */
function phoneIn(value: unknown): { phone?: string; after?: string } {
  const text = plain(value);
  if (!text) return {};
  const start = text.search(/[+\d]/);
  if (start < 0) return {};
  const rest = text.slice(start);
  const letter = rest.search(/\p{L}/u);
  // The number ends at its last digit: "0300 123 4567 (" gives back its "(".
  const number = (letter < 0 ? rest : rest.slice(0, letter)).replace(/[^\d]*$/, '');
  const after = rest.slice(number.length).trim() || undefined;
  const cleaned = number.replace(/[^\d+() -]/g, '').replace(/\s+/g, ' ').trim();
  return PHONE.test(cleaned) ? { phone: cleaned, after } : {};
}

/** Phone, email and website: the service's own first, then its contacts, location, organisation. */
export function mapContact(source: Json, locationEntry: LocationEntry | undefined, ctx: Context, where: Where): Contact | undefined {
  const contact: Contact = {};
  const organisationKey = organisationKeyOf(source);
  const organisation = asObject(field(source, organisationKey));
  const contacts = asArray(field(source, 'contacts')).map(asObject);

  /** A list of HSDS phones (`{number, extension}`), or (`text`) one phone written as text at `keys`. */
  type PhoneList = { list: unknown; at: Where; keys: PathKey[]; text?: true };
  const phoneLists: PhoneList[] = [{ list: field(source, 'phones'), at: where, keys: ['phones'] }];
  contacts.forEach((c, i) => phoneLists.push({ list: field(c, 'phones'), at: where, keys: ['contacts', i, 'phones'] }));
  // Outpost: a contact's `phone` is a string, not a list of `{number}`.
  contacts.forEach((c, i) => {
    const phone = field(c, 'phone');
    if (phone !== undefined && phone !== null && phone !== '') phoneLists.push({ list: [phone], at: where, keys: ['contacts', i, 'phone'], text: true });
  });
  if (locationEntry) {
    const { sal, location, where: at, salKeys, keys } = locationEntry;
    phoneLists.push({ list: field(sal, 'phones'), at, keys: [...salKeys, 'phones'] });
    phoneLists.push({ list: field(location, 'phones'), at, keys: [...keys, 'phones'] });
  }
  phoneLists.push({ list: field(organisation, 'phones'), at: where, keys: [organisationKey, 'phones'] });
  let badPhone: { at: Where; keys: PathKey[]; value: unknown } | undefined;
  outer: for (const { list, at, keys, text } of phoneLists) {
    for (const [index, raw] of asArray(list).entries()) {
      const number = text ? raw : field(asObject(raw), 'number');
      const numberKeys = text ? keys : [...keys, index, 'number'];
      const { phone, after } = phoneIn(number);
      if (phone) {
        contact.phone = phone;
        // HSDS 3 gives an extension apart; the native feed has no place for one, so the console says what parents will not see.
        const extension = plain(field(asObject(raw), 'extension'));
        // Only an extension with digits in it: publishers write "None" too.
        const left = [after, extension && /\d/.test(extension) ? `extension ${extension}` : undefined].filter(Boolean).join('; ');
        if (left) ctx.report(at, after ? numberKeys : [...keys, index, 'extension'], `${preview(left)} is not shown: a feed's phone is the number alone (${preview(phone)})`, 'warning');
        break outer;
      }
      if (number !== undefined && number !== null) badPhone ??= { at, keys: numberKeys, value: number };
    }
  }
  if (!contact.phone && badPhone) {
    ctx.report(badPhone.at, badPhone.keys, `must be a phone number (got ${preview(badPhone.value)})`, 'dropped');
  }

  const emailCandidates: { value: unknown; keys: PathKey[] }[] = [{ value: field(source, 'email'), keys: ['email'] }];
  contacts.forEach((c, i) => emailCandidates.push({ value: field(c, 'email'), keys: ['contacts', i, 'email'] }));
  emailCandidates.push({ value: field(organisation, 'email'), keys: [organisationKey, 'email'] });
  for (const { value, keys } of emailCandidates) {
    if (value === undefined || value === null || value === '') continue;
    const text = typeof value === 'string' ? value.trim() : undefined;
    if (text && text.length <= 254 && EMAIL_PATTERN.test(text)) {
      contact.email = text;
      break;
    }
    ctx.report(where, keys, `must be an email address (got ${preview(value)})`, 'dropped');
  }

  // The organisation's site: `website` in HSDS 3, `url` in ORUK v1, HSDS 2 and Outpost.
  for (const [value, keys] of [
    [field(source, 'url'), ['url']],
    [field(organisation, 'website'), [organisationKey, 'website']],
    [field(organisation, 'url'), [organisationKey, 'url']],
  ] as const) {
    if (value === undefined || value === null || value === '') continue;
    if (typeof value === 'string' && value.trim().length <= 2000) {
      if (isWebUrl(value)) {
        contact.website = value.trim();
        break;
      }
      // `www.example.org/path`: dropping it would lose parents a route to the service.
      const fixed = repairWebUrl(value);
      if (fixed) {
        contact.website = fixed;
        ctx.report(where, keys, schemeAdded(value, fixed), 'warning');
        break;
      }
    }
    ctx.report(where, keys, `must be an absolute http: or https: URL (got ${preview(value)})`, 'dropped');
  }
  return contact.phone || contact.email || contact.website ? contact : undefined;
}

/**
 * How to go: from the words of HSDS's `application_process`, else ORUK v1's `attending_access`
 * (`referral`, `appointment`, `membership`, `drop-in`), else Outpost's `needs_referral`.
 */
export function mapBooking(source: Json): Service['booking'] {
  for (const key of ['application_process', 'attending_access']) {
    const text = typeof field(source, key) === 'string' ? (field(source, key) as string) : '';
    if (/drop[\s-]?in/i.test(text)) return 'drop-in';
    if (/referr/i.test(text)) return 'referral';
    if (/\bbook|\bappointment/i.test(text)) return 'booking';
  }
  return field(source, 'needs_referral') === true ? 'referral' : undefined;
}

/** A UK date as the ORUK v1 reference API writes `assured_date`: `dd/MM/yyyy`, with a time or not. */
const UK_DATE = /^(\d{2})\/(\d{2})\/(\d{4})(?:$|[ T])/;

/** The later of assured_date and last_modified, as YYYY-MM-DD. */
export function mapLastChecked(source: Json): string | undefined {
  let best: string | undefined;
  for (const key of ['assured_date', 'last_modified']) {
    const value = field(source, key);
    const text = typeof value === 'string' ? value.trim() : '';
    const uk = UK_DATE.exec(text);
    const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(uk ? `${uk[3]}-${uk[2]}-${uk[1]}` : text);
    if (!match) continue;
    const date = match[0];
    const time = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
    if (new Date(time).toISOString().slice(0, 10) !== date) continue; // e.g. 2023-02-30
    if (!isPastFeedDate(date)) continue; // reported by mapLastModified when it is last_modified
    if (!best || date > best) best = date;
  }
  return best;
}

/**
 * When the service's record last changed: HSDS's `last_modified` (`lastModified` in some
 * exports), Outpost's `updated_at`; the latest, for when the directory last changed. A value
 * that is not a date, or is in the future, is reported and not used.
 */
export function mapLastModified(source: Json, ctx: Context, where: Where): string | undefined {
  const dates: string[] = [];
  for (const key of ['last_modified', 'lastModified', 'updated_at']) {
    const value = field(source, key);
    if (value === undefined || value === null || value === '') continue;
    const problem = feedDateProblem(value);
    if (problem) {
      ctx.report(where, [key], `${problem} (got ${preview(value)}), so it is not used as the date the directory last changed`, 'dropped');
    } else dates.push(value as string);
  }
  return latestFeedDate(dates);
}

export function mapCategories(source: Json, ctx: Context, where: Where): string[] {
  const ids = new Set<string>();
  asArray(field(source, 'attributes')).forEach((raw, index) => {
    const term = asObject(field(asObject(raw), 'taxonomy_term'));
    const id = term && ctx.category(term, where, ['attributes', index, 'taxonomy_term']);
    if (id) ids.add(id);
  });
  // Outpost (Scout): `taxonomies: [{id, name, slug}]`.
  asArray(field(source, 'taxonomies')).forEach((raw, index) => {
    const term = asObject(raw);
    const id = term && ctx.category(term, where, ['taxonomies', index]);
    if (id) ids.add(id);
  });
  // HSDS 2 / older UK feeds.
  asArray(field(source, 'service_taxonomys')).forEach((raw, index) => {
    const term = asObject(field(asObject(raw), 'taxonomy'));
    const id = term && ctx.category(term, where, ['service_taxonomys', index, 'taxonomy']);
    if (id) ids.add(id);
  });
  return [...ids];
}

/** Where a service names its organisation: `organization` (HSDS), or Outpost's `organisation`. */
export function organisationKeyOf(source: Json): 'organization' | 'organisation' {
  return field(source, 'organization') === undefined && field(source, 'organisation') !== undefined ? 'organisation' : 'organization';
}
