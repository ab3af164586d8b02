// Demo wiring only: load every widget from the sources and switch the page language.
import '../src/index.js';

const picker = document.querySelector<HTMLSelectElement>('#language');
if (picker) {
  picker.value = document.documentElement.lang;
  picker.addEventListener('change', () => {
    document.documentElement.lang = picker.value;
  });
}

// The footer says whether the receiver is running (`npm start` starts it beside the demo).
const status = document.querySelector<HTMLElement>('#receiver-status');
async function showReceiver(): Promise<void> {
  if (!status) return;
  try {
    const response = await fetch('/receiver/health', { cache: 'no-store' });
    const body = (await response.json()) as { status?: unknown; database?: unknown };
    if (!response.ok || body.status !== 'ok') throw new Error(`HTTP ${response.status}`);
    status.textContent = `running, on ${String(body.database)}`;
  } catch {
    status.textContent = 'not running here: start the demo with npm start';
  }
}
void showReceiver();

// Feedback from a card the finder or calendar opens goes to the feed's endpoint (example.org in the
// sample feed): the site's own sending function (`sendWith`, the CRM hook) hands it to the
// package's receiver instead, keeping every guarantee of the kit (one key, retries, the outbox).
document.addEventListener('pc-submit', (event) => {
  if (event.detail.form === 'feedback') event.sendWith((_url, init) => fetch('/receiver/feedback', init));
});

// Ids only: the payload is a parent's details and never goes to the console.
document.addEventListener('pc-submitted', (event) => {
  const { payload, reply } = event.detail as { payload: { form: string; submissionId: string }; reply?: { id?: string } };
  console.info(`[demo] ${payload.form} ${payload.submissionId} stored by the receiver as ${reply?.id ?? '?'}`);
});
