// Demo wiring only: load every widget from the sources and switch the page language.
import '../src/index.js';

const picker = document.querySelector<HTMLSelectElement>('#language');
if (picker) {
  picker.value = document.documentElement.lang;
  picker.addEventListener('change', () => {
    document.documentElement.lang = picker.value;
  });
}

// The footer's count of sign-ups the demo server's test receiver holds (`npm start` only).
const count = document.querySelector<HTMLElement>('#signup-count');
async function showCount(): Promise<void> {
  if (!count) return;
  try {
    const response = await fetch('/receiver/signups/count', { cache: 'no-store' });
    const body = (await response.json()) as { count?: unknown };
    if (!response.ok || typeof body.count !== 'number') throw new Error(`HTTP ${response.status}`);
    count.textContent = `${body.count} stored so far`;
  } catch {
    count.textContent = 'not running here: start the demo with npm start';
  }
}
void showCount();

// Ids only: the payload is a parent's details and never goes to the console.
document.addEventListener('pc-submitted', (event) => {
  const { payload, reply } = (event as CustomEvent<unknown>).detail as { payload?: { submissionId?: string }; reply?: { id?: string } };
  console.info(`[demo] sign-up ${payload?.submissionId ?? '?'} stored by the test receiver as ${reply?.id ?? '?'}`);
  void showCount();
});
