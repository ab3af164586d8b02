import { expect } from '@open-wc/testing';
import {
  distanceKm,
  distanceMiles,
  isLatLng,
  kmToMiles,
  milesToKm,
  serviceLatLng,
  sortByDistance,
  sortByPostcode,
} from '../../src/service-finder/distance.js';
import { comparePostcodes, normalisePostcode, parsePostcode, postcodeDistrict } from '../../src/text/postcode.js';
import { geocodeUrl, lookupPostcode, parseGeocodeResponse } from '../../src/service-finder/geocode.js';
import { makeService } from '../fixtures/index.js';

const LONDON = { lat: 51.5074, lng: -0.1278 };
const PARIS = { lat: 48.8566, lng: 2.3522 };
const EDINBURGH = { lat: 55.9533, lng: -3.1883 };

describe('distance maths', () => {
  it('computes great-circle distances', () => {
    expect(distanceKm(LONDON, PARIS)).to.be.closeTo(343.5, 1);
    expect(distanceKm(LONDON, EDINBURGH)).to.be.closeTo(534, 2);
    expect(distanceKm(LONDON, LONDON)).to.equal(0);
    expect(distanceKm(PARIS, LONDON)).to.be.closeTo(distanceKm(LONDON, PARIS), 1e-9);
    // A quarter of the way round the equator.
    expect(distanceKm({ lat: 0, lng: 0 }, { lat: 0, lng: 90 })).to.be.closeTo(10007.5, 1);
  });

  it('converts miles and kilometres', () => {
    expect(kmToMiles(1.609344)).to.be.closeTo(1, 1e-12);
    expect(milesToKm(10)).to.be.closeTo(16.09344, 1e-9);
    expect(distanceMiles(LONDON, PARIS)).to.be.closeTo(213.4, 1);
  });

  it('recognises valid coordinates only', () => {
    expect(isLatLng(LONDON)).to.equal(true);
    expect(isLatLng({ lat: 100, lng: 101 })).to.equal(false);
    expect(isLatLng({ lat: 10, lng: 181 })).to.equal(false);
    expect(isLatLng({ lat: Number.NaN, lng: 0 })).to.equal(false);
    expect(isLatLng({ lat: '51', lng: '0' })).to.equal(false);
    expect(isLatLng(null)).to.equal(false);
  });
});

describe('sortByDistance', () => {
  const near = makeService({ id: 'near', name: 'Near', location: { lat: 51.51, lng: -0.13 } });
  const far = makeService({ id: 'far', name: 'Far', location: { lat: 55.95, lng: -3.19 } });
  const middle = makeService({ id: 'middle', name: 'Middle', location: { lat: 52.48, lng: -1.9 } });
  const nowhere = makeService({ id: 'nowhere', name: 'Nowhere' });
  const postcodeOnly = makeService({ id: 'postcode-only', name: 'Postcode only', location: { postcode: 'NB1 4AA' } });

  it('puts the nearest first, with distances, and services without coordinates last in their order', () => {
    const placed = sortByDistance([nowhere, far, postcodeOnly, near, middle], LONDON);
    expect(placed.map((p) => p.service.id)).to.deep.equal(['near', 'middle', 'far', 'nowhere', 'postcode-only']);
    expect(placed[0].km).to.be.closeTo(0.3, 0.2);
    expect(placed[1].km).to.be.closeTo(163, 3);
    expect(placed[3].km).to.equal(undefined);
  });

  it('keeps the given order for equal distances and can cut off far services', () => {
    const twin = makeService({ id: 'twin', name: 'Twin', location: { lat: 51.51, lng: -0.13 } });
    expect(sortByDistance([twin, near], LONDON).map((p) => p.service.id)).to.deep.equal(['twin', 'near']);
    expect(sortByDistance([far, near, nowhere], LONDON, { maxKm: 10 }).map((p) => p.service.id)).to.deep.equal(['near', 'nowhere']);
  });

  it('reads only valid service coordinates', () => {
    expect(serviceLatLng(near)).to.deep.equal({ lat: 51.51, lng: -0.13 });
    expect(serviceLatLng(postcodeOnly)).to.equal(undefined);
  });
});

describe('postcodes', () => {
  it('normalises what parents type', () => {
    expect(normalisePostcode('nb14aa')).to.equal('NB1 4AA');
    expect(normalisePostcode('  NB1   4AA ')).to.equal('NB1 4AA');
    expect(normalisePostcode('sw1a1aa')).to.equal('SW1A 1AA');
    expect(normalisePostcode('M1 1AE')).to.equal('M1 1AE');
    expect(normalisePostcode('EC1A 1BB')).to.equal('EC1A 1BB');
    expect(normalisePostcode('ABC 1234')).to.equal(undefined);
    expect(normalisePostcode('NB1')).to.equal(undefined);
    expect(normalisePostcode(42)).to.equal(undefined);
  });

  it('extracts the district (outward code) and parts', () => {
    expect(postcodeDistrict('NB1 4AA')).to.equal('NB1');
    expect(postcodeDistrict('sw1a 1aa')).to.equal('SW1A');
    expect(postcodeDistrict('nb1')).to.equal('NB1');
    expect(postcodeDistrict('hello')).to.equal(undefined);
    expect(parsePostcode('NB1 4AA')).to.deep.equal({ normalised: 'NB1 4AA', area: 'NB', district: 'NB1', sector: 'NB1 4', inward: '4AA' });
    expect(parsePostcode('NB1', { allowOutward: true })).to.deep.equal({ normalised: 'NB1', area: 'NB', district: 'NB1' });
  });

  it('compares postcodes by closeness', () => {
    expect(comparePostcodes('NB1 4AA', 'nb14aa')).to.equal('postcode');
    expect(comparePostcodes('NB1 4AA', 'NB1 4ZZ')).to.equal('sector');
    expect(comparePostcodes('NB1 4AA', 'NB1 7BB')).to.equal('district');
    expect(comparePostcodes('NB1', 'NB1 7BB')).to.equal('district');
    expect(comparePostcodes('NB1 4AA', 'NB12 4AA')).to.equal('area');
    expect(comparePostcodes('NB1 4AA', 'SW1A 1AA')).to.equal(undefined);
    expect(comparePostcodes('NB1 4AA', undefined)).to.equal(undefined);
  });
});

describe('sortByPostcode (no geocoder)', () => {
  const list = [
    makeService({ id: 'other-area', name: 'a', location: { postcode: 'SW1A 1AA' } }),
    makeService({ id: 'same-area', name: 'b', location: { postcode: 'NB7 1AA' } }),
    makeService({ id: 'no-postcode', name: 'c' }),
    makeService({ id: 'same-district', name: 'd', location: { postcode: 'NB1 9ZZ' } }),
    makeService({ id: 'same-sector', name: 'e', location: { postcode: 'NB1 4XY' } }),
  ];

  it('puts the same sector, district, then area first', () => {
    const placed = sortByPostcode(list, 'nb1 4aa');
    expect(placed.map((p) => p.service.id)).to.deep.equal(['same-sector', 'same-district', 'same-area', 'other-area', 'no-postcode']);
    expect(placed.map((p) => p.postcodeMatch)).to.deep.equal(['sector', 'district', 'area', undefined, undefined]);
  });

  it('can keep only the same district, and accepts an outward code', () => {
    expect(sortByPostcode(list, 'NB1', { within: 'district' }).map((p) => p.service.id)).to.deep.equal(['same-district', 'same-sector']);
  });

  it('leaves the order alone for an unreadable postcode', () => {
    expect(sortByPostcode(list, 'not a postcode').map((p) => p.service.id)).to.deep.equal(list.map((s) => s.id));
  });
});

describe('geocoder', () => {
  it('fills the URL template with the encoded, normalised postcode', () => {
    expect(geocodeUrl('https://api.postcodes.io/postcodes/{postcode}', 'nb14aa')).to.equal(
      'https://api.postcodes.io/postcodes/NB1%204AA',
    );
    expect(geocodeUrl('https://geo.example/lookup?pc={postcode}&src=pc', 'NB1 4AA')).to.equal(
      'https://geo.example/lookup?pc=NB1%204AA&src=pc',
    );
  });

  it('refuses bad postcodes, templates without a placeholder, and non-web URLs', () => {
    expect(geocodeUrl('https://api.postcodes.io/postcodes/{postcode}', '<script>')).to.equal(undefined);
    expect(geocodeUrl('https://api.postcodes.io/postcodes/', 'NB1 4AA')).to.equal(undefined);
    expect(geocodeUrl('javascript:alert({postcode})', 'NB1 4AA')).to.equal(undefined);
  });

  it('reads postcodes.io and plain responses', () => {
    expect(parseGeocodeResponse({ status: 200, result: { postcode: 'NB1 4AA', latitude: 52.1, longitude: -1.2 } })).to.deep.equal({
      lat: 52.1,
      lng: -1.2,
    });
    expect(parseGeocodeResponse({ result: [{ latitude: 51, longitude: 0.5 }] })).to.deep.equal({ lat: 51, lng: 0.5 });
    expect(parseGeocodeResponse({ lat: 53.4, lng: -2.2 })).to.deep.equal({ lat: 53.4, lng: -2.2 });
    expect(parseGeocodeResponse({ latitude: '53.4', longitude: '-2.2' })).to.deep.equal({ lat: 53.4, lng: -2.2 });
  });

  it('rejects responses without valid coordinates', () => {
    expect(parseGeocodeResponse({ status: 404, error: 'Postcode not found' })).to.equal(undefined);
    expect(parseGeocodeResponse({ status: 200, result: null })).to.equal(undefined);
    expect(parseGeocodeResponse({ lat: 100, lng: 0 })).to.equal(undefined);
    expect(parseGeocodeResponse({ lat: 'north', lng: 0 })).to.equal(undefined);
    expect(parseGeocodeResponse('52,1')).to.equal(undefined);
    expect(parseGeocodeResponse(null)).to.equal(undefined);
  });

  it('looks a postcode up through a stubbed fetch', async () => {
    const requested: string[] = [];
    const stub = (body: unknown, status = 200) =>
      (async (url: RequestInfo | URL) => {
        requested.push(String(url));
        return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
      }) as typeof fetch;
    const template = 'https://geo.example/{postcode}';
    expect(await lookupPostcode(template, 'nb1 4aa', { fetch: stub({ result: { latitude: 52, longitude: -1 } }) })).to.deep.equal({
      ok: true,
      point: { lat: 52, lng: -1 },
      postcode: 'NB1 4AA',
    });
    expect(requested).to.deep.equal(['https://geo.example/NB1%204AA']);
    expect(await lookupPostcode(template, 'NB1 4AA', { fetch: stub({ error: 'no' }, 404) })).to.deep.equal({ ok: false, reason: 'not-found' });
    expect(await lookupPostcode(template, 'NB1 4AA', { fetch: stub({}, 500) })).to.deep.equal({ ok: false, reason: 'network' });
    const failing = (async () => {
      throw new TypeError('offline');
    }) as typeof fetch;
    expect(await lookupPostcode(template, 'NB1 4AA', { fetch: failing })).to.deep.equal({ ok: false, reason: 'network' });
    expect(await lookupPostcode(template, 'nonsense', { fetch: failing })).to.deep.equal({ ok: false, reason: 'invalid-postcode' });
  });

  it('works against a real HTTP response from the mock server', async () => {
    const outcome = await lookupPostcode('/mock/text?body={postcode}', 'NB1 4AA');
    // A relative template is not an http(s) URL: refused before any request.
    expect(outcome).to.deep.equal({ ok: false, reason: 'invalid-postcode' });
    const absolute = `${location.origin}/mock/text?status=200&body=${encodeURIComponent('{"result":{"latitude":52.5,"longitude":-1.5}}')}&pc={postcode}`;
    expect(await lookupPostcode(absolute, 'NB1 4AA')).to.deep.equal({ ok: true, point: { lat: 52.5, lng: -1.5 }, postcode: 'NB1 4AA' });
  });
});
