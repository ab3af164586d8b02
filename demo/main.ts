// Demo wiring only: load every widget from the sources and switch the page language.
import '../src/index.js';

const picker = document.querySelector<HTMLSelectElement>('#language');
if (picker) {
  picker.value = document.documentElement.lang;
  picker.addEventListener('change', () => {
    document.documentElement.lang = picker.value;
  });
}
