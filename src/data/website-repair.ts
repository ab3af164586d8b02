/**
 * Websites as councils' exports write them without a scheme (`www.example.org/path`: 54 in one
 * council's directory, 14 in another's). The converters read them as `https://` with a warning,
 * since dropping the link loses parents a route to the service. Apart from safe-url.ts so only
 * the converters' chunks carry it; a native feed's website must be a full URL, as its schema says.
 */
import { isWebUrl } from './safe-url.js';

/**
 * A website a council's export writes without its scheme: a host ending in a top-level domain UK
 * services use, then a port or path. It cannot be read as anything else: no spaces, no `@` in
 * the host (an email), no leading `/` (a path on some unknown site).
 */
const BARE_WEBSITE = /^[a-z\d-]+(\.[a-z\d-]+)*\.(uk|com|org|net|info|scot|wales|cymru|london|io)(:\d+)?([/?#]\S*)?$/i;

/**
 * A website written without its scheme (`www.example.org/path`, `familyhub.example.gov.uk`) as
 * the `https://` URL it unambiguously names; `undefined` for anything else.
 */
export function repairWebUrl(value: string): string | undefined {
  const host = value.trim();
  const url = `https://${host}`;
  return BARE_WEBSITE.test(host) && isWebUrl(url) ? url : undefined;
}
