/**
 * Open Referral UK adapter, part 2: one HSDS field group at a time (schedules, ages, cost,
 * languages, accessibility, contact, places, categories) into its native form.
 */
import type { AgeRange, Contact, Cost, Location, OpeningSession, Service, Weekday } from '../../data/feed-schema.js';
import { preview, type PathKey } from '../../data/format.js';
import { isWebUrl } from '../../data/safe-url.js';
import { shorten } from '../../text/feed-text.js';
import { asArray, asObject, field, plain, toNumber, type Context, type Json, type Where } from './read.js';
import { normalisePostcode } from '../../text/postcode.js';

const WEEKDAYS: readonly Weekday[] = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];
const EMAIL = /^[^\s@<>()",;:]+@[^\s@<>()",;:]+\.[^\s@<>()",;:]{2,}$/;
const PHONE = /^\+?[0-9 ()-]{6,24}$/;

const TIME = /^(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;

/** "09:00:00Z" → "09:00" (UK wall time), "9:30" → "09:30"; undefined when not a time. */
function wallTime(value: unknown, ctx: Context, where: Where, keys: readonly PathKey[]): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  const text = typeof value === 'string' ? value.trim() : '';
  const match = TIME.exec(text);
  const hours = match ? Number(match[1]) : NaN;
  const minutes = match ? Number(match[2]) : NaN;
  if (!match || hours > 23 || minutes > 59) {
    ctx.report(where, keys, `must be a time as HH:MM (got ${preview(value)})`, 'dropped');
    return undefined;
  }
  if (match[4]) ctx.reportOffsetTime(where, keys, text);
  return `${String(hours).padStart(2, '0')}:${match[2]}`;
}

interface ScheduleResult {
  sessions: OpeningSession[];
  /** Text to show when some opening times could not be read. */
  note?: string;
}

/** HSDS schedules (RFC 5545 style) → native sessions. */
export function mapSchedules(list: unknown, ctx: Context, where: Where, keys: readonly PathKey[]): ScheduleResult {
  const sessions: OpeningSession[] = [];
  let fallbackNote: string | undefined;
  let lost = false;
  asArray(list).forEach((raw, index) => {
    const schedule = asObject(raw);
    const at = [...keys, index];
    if (!schedule) return;
    const description = ctx.text(field(schedule, 'description'), 300, where, [...at, 'description']);
    fallbackNote ??= description;
    const freq = typeof field(schedule, 'freq') === 'string' ? (field(schedule, 'freq') as string).trim().toUpperCase() : '';
    if (freq && !['WEEKLY', 'MONTHLY', 'DAILY'].includes(freq)) {
      ctx.report(where, [...at, 'freq'], `frequency ${preview(field(schedule, 'freq'))} cannot be shown as regular opening times`, 'dropped');
      lost = true;
      return;
    }
    const interval = toNumber(field(schedule, 'interval'));
    if (interval !== undefined && interval > 1) {
      ctx.report(where, [...at, 'interval'], `repeats every ${interval} ${freq === 'MONTHLY' ? 'months' : 'weeks'}; shown without the interval`, 'warning');
    }

    // byday: "MO,WE" (weekly) or "1SA,-1FR" (nth weekday of the month).
    const weeksByDay = new Map<Weekday, Set<number>>();
    const plainDays = new Set<Weekday>();
    const byday = field(schedule, 'byday');
    const tokens = typeof byday === 'string' ? byday.split(',').map((t) => t.trim().toUpperCase()).filter(Boolean) : [];
    if (byday !== undefined && byday !== null && typeof byday !== 'string') {
      ctx.report(where, [...at, 'byday'], `must be text such as "MO,WE" (got ${preview(byday)})`, 'dropped');
    }
    for (const token of tokens.slice(0, 50)) {
      const match = /^([+-]?\d{1,2})?(MO|TU|WE|TH|FR|SA|SU)$/.exec(token);
      const week = match?.[1] ? Number(match[1]) : undefined;
      if (!match || (week !== undefined && (week === 0 || week < -5 || week > 5))) {
        ctx.report(where, [...at, 'byday'], `day ${preview(token)} is not a weekday code such as MO or 1SA`, 'dropped');
        continue;
      }
      const day = match[2] as Weekday;
      if (week === undefined) plainDays.add(day);
      else weeksByDay.set(day, (weeksByDay.get(day) ?? new Set()).add(week));
    }
    if (tokens.length === 0 && freq === 'DAILY') WEEKDAYS.forEach((day) => plainDays.add(day));
    if (plainDays.size === 0 && weeksByDay.size === 0) {
      if (tokens.length === 0) {
        ctx.report(where, [...at, 'byday'], 'has no days of the week, so it cannot be shown as regular opening times', 'dropped');
      }
      lost = true;
      return;
    }

    const opensAt = wallTime(field(schedule, 'opens_at'), ctx, where, [...at, 'opens_at']);
    if (!opensAt) {
      if (field(schedule, 'opens_at') === undefined) ctx.report(where, [...at, 'opens_at'], 'is required for opening times', 'dropped');
      lost = true;
      return;
    }
    const closesAt = wallTime(field(schedule, 'closes_at'), ctx, where, [...at, 'closes_at']);
    const note = ctx.text(field(schedule, 'notes'), 200, where, [...at, 'notes']);
    const base = (): Pick<OpeningSession, 'opensAt' | 'closesAt' | 'note'> => ({
      opensAt,
      ...(closesAt && closesAt > opensAt ? { closesAt } : {}),
      ...(note ? { note } : {}),
    });

    // In RFC 5545 a MONTHLY rule with plain days means every such day: weekly.
    if (plainDays.size > 0) {
      sessions.push({ frequency: 'weekly', byDay: WEEKDAYS.filter((d) => plainDays.has(d)), ...base() });
    }
    // Days with the same weeks of the month share a session ("1SA,1SU" → 1st Sat and Sun).
    const groups = new Map<string, { days: Weekday[]; weeks: number[] }>();
    for (const day of WEEKDAYS) {
      const weeks = weeksByDay.get(day);
      if (!weeks) continue;
      const sorted = [...weeks].sort((a, b) => (a > 0 ? a : 10 + a) - (b > 0 ? b : 10 + b));
      const key = sorted.join(',');
      const group = groups.get(key) ?? { days: [], weeks: sorted };
      group.days.push(day);
      groups.set(key, group);
    }
    for (const { days, weeks } of groups.values()) {
      sessions.push({ frequency: 'monthly', byDay: days, weekOfMonth: weeks, ...base() });
    }
  });
  return lost || sessions.length === 0 ? { sessions, note: fallbackNote } : { sessions };
}

/** minimum_age / maximum_age in years → months; 25 and over means "no upper limit". */
export function mapAges(source: Json, ctx: Context, where: Where): AgeRange | undefined {
  let min = toNumber(field(source, 'minimum_age'));
  let max = toNumber(field(source, 'maximum_age'));
  // HSDS 2 feeds keep ages in an `eligibilitys` list.
  if (min === undefined && max === undefined) {
    for (const raw of asArray(field(source, 'eligibilitys') ?? field(source, 'eligibility'))) {
      const entry = asObject(raw);
      min ??= toNumber(field(entry, 'minimum_age'));
      max ??= toNumber(field(entry, 'maximum_age'));
    }
  }
  if (min !== undefined && (min < 0 || min > 150)) {
    ctx.report(where, ['minimum_age'], `must be an age in years (got ${preview(min)})`, 'dropped');
    min = undefined;
  }
  if (max !== undefined && (max < 0 || max > 150)) {
    ctx.report(where, ['maximum_age'], `must be an age in years (got ${preview(max)})`, 'dropped');
    max = undefined;
  }
  if (min !== undefined && max !== undefined && min > max) {
    ctx.report(where, ['minimum_age'], `minimum_age ${min} is above maximum_age ${max}; ages left out`, 'dropped');
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
    const amount = toNumber(field(option, 'amount'));
    const label = ctx.text(field(option, 'option'), 200, where, ['cost_options', index, 'option']);
    const detail = ctx.text(field(option, 'amount_description'), 200, where, ['cost_options', index, 'amount_description']);
    if (amount === undefined) {
      if (label && /\bfree\b/i.test(label)) anyAmount = true;
      else if (label || detail) priced.push([label, detail].filter(Boolean).join(': '));
      return;
    }
    anyAmount = true;
    if (amount > 0) {
      allFree = false;
      const price = [formatPrice(amount, field(option, 'currency')), detail].filter(Boolean).join(' ');
      priced.push(label ? `${label}: ${price}` : price);
    }
  });
  const feesText =
    ctx.text(field(source, 'fees_description'), 500, where, ['fees_description']) ??
    ctx.text(field(source, 'fees'), 500, where, ['fees']);
  if (anyAmount) {
    const details = allFree ? feesText : priced.join('; ') || feesText;
    return details ? { free: allFree, details: shorten(details, 500) } : { free: allFree };
  }
  const text = feesText ?? (priced.length ? priced.join('; ') : undefined);
  if (!text) return undefined;
  const free = /\b(free|no charge|no cost)\b/i.test(text) && !/£\s*\d*[1-9]/.test(text);
  return { free, details: shorten(text, 500) };
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
  for (const listKey of ['accessibility', 'accessibility_for_disabilities']) {
    asArray(field(location, listKey)).forEach((raw, index) => {
      const entry = asObject(raw);
      const at = [...keys, listKey, index];
      const value =
        typeof raw === 'string'
          ? raw
          : (field(entry, 'accessibility') ?? field(entry, 'description') ?? field(entry, 'details'));
      // Feature strings are short labels; a long sentence is cut quietly rather than reported.
      const text = ctx.text(value, 2000, where, at);
      if (text) out.set(text.toLowerCase(), shorten(text, 120));
    });
  }
  return [...out.values()];
}

function cleanPhone(value: unknown): string | undefined {
  const text = plain(value);
  if (!text) return undefined;
  const cleaned = text.replace(/[^\d+() -]/g, '').replace(/\s+/g, ' ').trim();
  return PHONE.test(cleaned) ? cleaned : undefined;
}

/** Phone, email and website: the service's own first, then its contacts, location, organisation. */
export function mapContact(source: Json, locationEntry: LocationEntry | undefined, ctx: Context, where: Where): Contact | undefined {
  const contact: Contact = {};
  const organisation = asObject(field(source, 'organization'));
  const contacts = asArray(field(source, 'contacts')).map(asObject);

  type PhoneList = { list: unknown; at: Where; keys: PathKey[] };
  const phoneLists: PhoneList[] = [{ list: field(source, 'phones'), at: where, keys: ['phones'] }];
  contacts.forEach((c, i) => phoneLists.push({ list: field(c, 'phones'), at: where, keys: ['contacts', i, 'phones'] }));
  if (locationEntry) {
    const { sal, location, where: at, salKeys, keys } = locationEntry;
    phoneLists.push({ list: field(sal, 'phones'), at, keys: [...salKeys, 'phones'] });
    phoneLists.push({ list: field(location, 'phones'), at, keys: [...keys, 'phones'] });
  }
  phoneLists.push({ list: field(organisation, 'phones'), at: where, keys: ['organization', 'phones'] });
  let badPhone: { at: Where; keys: PathKey[]; value: unknown } | undefined;
  outer: for (const { list, at, keys } of phoneLists) {
    for (const [index, raw] of asArray(list).entries()) {
      const number = field(asObject(raw), 'number');
      const phone = cleanPhone(number);
      if (phone) {
        contact.phone = phone;
        break outer;
      }
      if (number !== undefined && number !== null) badPhone ??= { at, keys: [...keys, index, 'number'], value: number };
    }
  }
  if (!contact.phone && badPhone) {
    ctx.report(badPhone.at, badPhone.keys, `must be a phone number (got ${preview(badPhone.value)})`, 'dropped');
  }

  const emailCandidates: { value: unknown; keys: PathKey[] }[] = [{ value: field(source, 'email'), keys: ['email'] }];
  contacts.forEach((c, i) => emailCandidates.push({ value: field(c, 'email'), keys: ['contacts', i, 'email'] }));
  emailCandidates.push({ value: field(organisation, 'email'), keys: ['organization', 'email'] });
  for (const { value, keys } of emailCandidates) {
    if (value === undefined || value === null || value === '') continue;
    const text = typeof value === 'string' ? value.trim() : undefined;
    if (text && text.length <= 254 && EMAIL.test(text)) {
      contact.email = text;
      break;
    }
    ctx.report(where, keys, `must be an email address (got ${preview(value)})`, 'dropped');
  }

  for (const [value, keys] of [
    [field(source, 'url'), ['url']],
    [field(organisation, 'website'), ['organization', 'website']],
  ] as const) {
    if (value === undefined || value === null || value === '') continue;
    if (typeof value === 'string' && value.trim().length <= 2000 && isWebUrl(value)) {
      contact.website = value.trim();
      break;
    }
    ctx.report(where, keys, `must be an absolute http: or https: URL (got ${preview(value)})`, 'dropped');
  }
  return contact.phone || contact.email || contact.website ? contact : undefined;
}

/** One place a service is offered at. */
export interface LocationEntry {
  /** The service-at-location object, when there is one (it may hold phones and schedules). */
  sal: Json | undefined;
  location: Json;
  /** Where `keys` and `salKeys` start, for diagnostics. */
  where: Where;
  /** Path of the location object. */
  keys: PathKey[];
  /** Path of the service-at-location object. */
  salKeys: PathKey[];
}

/** An entry of a service-at-location list: the place is beside the service, not inside it. */
export interface SalItem {
  entry: Json;
  where: Where;
}

/** The places a service is offered at, physical ones only (virtual ones have no place to show). */
export function locationEntries(source: Json, where: Where, salItem?: SalItem): LocationEntry[] {
  const out: LocationEntry[] = [];
  if (salItem) {
    const location = asObject(field(salItem.entry, 'location'));
    if (location) out.push({ sal: salItem.entry, location, where: salItem.where, keys: ['location'], salKeys: [] });
  }
  asArray(field(source, 'service_at_locations')).forEach((raw, index) => {
    const sal = asObject(raw);
    const location = asObject(field(sal, 'location'));
    const salKeys = ['service_at_locations', index];
    if (location) out.push({ sal, location, where, keys: [...salKeys, 'location'], salKeys });
  });
  // HSDS 2 style: locations directly on the service.
  asArray(field(source, 'locations')).forEach((raw, index) => {
    const location = asObject(raw);
    if (location) out.push({ sal: undefined, location, where, keys: ['locations', index], salKeys: [] });
  });
  return out.filter((entry) => String(field(entry.location, 'location_type') ?? 'physical').toLowerCase() !== 'virtual');
}

export function mapLocation(entry: LocationEntry, ctx: Context): Location | undefined {
  const { location, keys, where } = entry;
  const out: Location = {};
  const name = ctx.text(field(location, 'name'), 200, where, [...keys, 'name']);
  if (name) out.name = name;

  const addresses = asArray(field(location, 'addresses') ?? field(location, 'physical_addresses'));
  const physicalIndex = addresses.findIndex((a) => field(asObject(a), 'address_type') === 'physical');
  const addressIndex = physicalIndex >= 0 ? physicalIndex : 0;
  const address = asObject(addresses[addressIndex]);
  if (address) {
    const at = [...keys, 'addresses', addressIndex];
    const parts = ['address_1', 'address_2', 'city', 'state_province', 'region']
      .map((key) => ctx.text(field(address, key), 200, where, [...at, key]))
      .filter((part): part is string => !!part);
    const unique = parts.filter((part, i) => parts.findIndex((p) => p.toLowerCase() === part.toLowerCase()) === i);
    if (unique.length) out.address = shorten(unique.join(', '), 500);
    const postal = field(address, 'postal_code');
    if (postal !== undefined && postal !== null && postal !== '') {
      const postcode = normalisePostcode(postal);
      if (postcode) out.postcode = postcode;
      else ctx.report(where, [...at, 'postal_code'], `must be a UK postcode, e.g. NB1 4AA (got ${preview(postal)})`, 'dropped');
    }
  }

  const latRaw = field(location, 'latitude');
  const lngRaw = field(location, 'longitude');
  if ((latRaw !== undefined && latRaw !== null) || (lngRaw !== undefined && lngRaw !== null)) {
    const lat = toNumber(latRaw);
    const lng = toNumber(lngRaw);
    const valid =
      lat !== undefined && lng !== undefined && Math.abs(lat) <= 90 && Math.abs(lng) <= 180 && !(lat === 0 && lng === 0);
    if (valid) {
      out.lat = lat;
      out.lng = lng;
    } else {
      ctx.report(
        where,
        [...keys, 'latitude'],
        `coordinates latitude ${preview(latRaw)}, longitude ${preview(lngRaw)} are not a valid position (latitude −90 to 90, longitude −180 to 180); the place is shown without them`,
        'dropped',
      );
    }
  }
  return Object.keys(out).length ? out : undefined;
}

export function mapBooking(source: Json): Service['booking'] {
  const text = typeof field(source, 'application_process') === 'string' ? (field(source, 'application_process') as string) : '';
  if (/drop[\s-]?in/i.test(text)) return 'drop-in';
  if (/referr/i.test(text)) return 'referral';
  if (/\bbook/i.test(text)) return 'booking';
  return undefined;
}

/** The later of assured_date and last_modified, as YYYY-MM-DD. */
export function mapLastChecked(source: Json): string | undefined {
  let best: string | undefined;
  for (const key of ['assured_date', 'last_modified']) {
    const value = field(source, key);
    const match = typeof value === 'string' ? /^(\d{4})-(\d{2})-(\d{2})/.exec(value.trim()) : null;
    if (!match) continue;
    const date = match[0];
    const time = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
    if (new Date(time).toISOString().slice(0, 10) !== date) continue; // e.g. 2023-02-30
    if (!best || date > best) best = date;
  }
  return best;
}

export function mapCategories(source: Json, ctx: Context, where: Where): string[] {
  const ids = new Set<string>();
  asArray(field(source, 'attributes')).forEach((raw, index) => {
    const term = asObject(field(asObject(raw), 'taxonomy_term'));
    const id = term && ctx.category(term, where, ['attributes', index, 'taxonomy_term']);
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

export function mapArea(source: Json, ctx: Context, where: Where): string | undefined {
  for (const [index, raw] of asArray(field(source, 'service_areas')).entries()) {
    const area = asObject(raw);
    const value = field(area, 'name') ?? field(area, 'service_area');
    // Real names are short ("Ashley ward"); long sentences make useless filter options.
    const label = typeof value === 'string' && value.trim().length <= 80 ? ctx.text(value, 200, where, ['service_areas', index, 'name']) : undefined;
    const id = label && ctx.slug(label);
    if (!label || !id) continue;
    if (!ctx.areas.has(id)) ctx.areas.set(id, { id, label });
    return id;
  }
  return undefined;
}

