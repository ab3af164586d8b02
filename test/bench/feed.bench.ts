import { bench } from './harness.js';
import { syntheticFeed } from './generate.js';
import { validateNativeFeed } from '../../src/data/validate-native.js';

const feed5000 = syntheticFeed(5000, 500);
const json = JSON.stringify(feed5000);

bench({
  name: 'feed: JSON.parse + validate 5,000 services + 500 events',
  samples: 15,
  run: () => validateNativeFeed(JSON.parse(json)),
});

const sampleJson = await (await fetch('/demo/sample-feed.json')).text();

bench({
  name: 'feed: JSON.parse + validate the sample programme (50 services, 33 events)',
  samples: 50,
  run: () => validateNativeFeed(JSON.parse(sampleJson)),
});
