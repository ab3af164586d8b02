import { bench } from './harness.js';
import { syntheticFeed } from './generate.js';
import '../../src/entries/provider.js';
import '../../src/entries/feedback-card.js';
import type { PcFeedbackCard } from '../../src/feedback-card/feedback-card.js';

// Issue #23: the feedback card's picker searches the feed's services on every key a parent
// presses, and a directory may hold thousands. Timed from the input event to the card
// re-rendered (the matches, the count, the draft saved) and laid out, at 1× and on a cheap
// phone (4×), beside typing into "What went well?" on a card about one service (no picker).
const feed = { ...syntheticFeed(5000), forms: { feedback: { endpoint: 'https://receiver.example.org/feedback' } } };
const FEED_URL = URL.createObjectURL(new Blob([JSON.stringify(feed)], { type: 'application/json' }));

async function mount(serviceId?: string): Promise<PcFeedbackCard> {
  const provider = document.createElement('pc-provider');
  provider.setAttribute('src', FEED_URL);
  const card = document.createElement('pc-feedback-card');
  if (serviceId) card.setAttribute('service-id', serviceId);
  card.style.cssText = 'display: block; width: 640px;';
  provider.append(card);
  document.body.append(provider);
  const deadline = Date.now() + 60_000;
  while (!card.shadowRoot?.querySelector('form') && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
  if (!card.shadowRoot?.querySelector('form')) console.error('feedback bench: <pc-feedback-card> never showed its questions');
  return card;
}

function control(card: PcFeedbackCard, label: string): HTMLInputElement | HTMLTextAreaElement {
  const root = card.shadowRoot!;
  const found = [...root.querySelectorAll('label')].find((l) => l.textContent!.replace(/\s+/g, ' ').trim().startsWith(label));
  const box = found && root.getElementById(found.htmlFor);
  if (!box) throw new Error(`feedback bench: no control labelled "${label}"`);
  return box as HTMLInputElement | HTMLTextAreaElement;
}

/** One keystroke: `text`'s next character added at the end (starting again past `limit`), the input event, the update, layout. */
function typer(card: PcFeedbackCard, box: HTMLInputElement | HTMLTextAreaElement, text: string, limit: number) {
  let typed = 0;
  return async (): Promise<number> => {
    if (box.value.length >= limit) box.value = '';
    box.value += text[typed++ % text.length];
    box.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText' }));
    await card.updateComplete;
    return card.offsetHeight;
  };
}

const picking = await mount();
const search = control(picking, 'Search for the service');
// Short words that match many names: each keystroke lists and counts thousands of candidates.
const typeSearch = typer(picking, search, 'pla', 3);
await typeSearch();
if (!/match|Showing/.test(picking.shadowRoot!.querySelector('.pick__count')?.textContent ?? '')) console.error('feedback bench: the picker did not count its matches');
search.value = '';

const aboutOne = await mount('svc-1');
const typeWentWell = typer(aboutOne, control(aboutOne, 'What went well?'), 'The staff were kind and the room was warm. ', 400);

const WENT_WELL = 'feedback: type one character into "What went well?" (one service, draft saved) → rendered + layout';

bench({
  name: 'feedback: type one character into the service search (5,000 services) → rendered + layout',
  budgetMs: 16,
  compareTo: WENT_WELL,
  samples: 60,
  setup: () => picking.offsetHeight,
  run: typeSearch,
});

bench({
  name: WENT_WELL,
  budgetMs: 16,
  samples: 60,
  setup: () => aboutOne.offsetHeight,
  run: typeWentWell,
});
