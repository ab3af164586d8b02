/**
 * Every bundle reads every format: a feed a widget shows in one bundle reads the same in any
 * other (a calendar-only page given an Open Referral UK directory says it has no events; it does
 * not call the directory unreadable). Only detection travels in the entry; converters are chunks.
 * Tried in order by `format="auto"`: native (built in), schema.org JSON-LD by shape, then Open
 * Referral UK for anything else.
 */
import { jsonLdAdapter } from '../formats/jsonld/adapter.js';
import { openReferralAdapter } from '../formats/openreferral/adapter.js';
import { registerAdapter } from '../formats/registry.js';

registerAdapter(jsonLdAdapter);
registerAdapter(openReferralAdapter);
