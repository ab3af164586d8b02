import type { Preview } from '@storybook/web-components-vite';
import customElements from '../custom-elements.json' with { type: 'json' };
import { setCustomElementsManifest } from '@storybook/web-components-vite';

// Controls and docs come from the generated manifest (JSDoc in src/), never by hand.
setCustomElementsManifest(customElements);

const preview: Preview = {
  parameters: {
    a11y: { test: 'error' },
    layout: 'padded',
  },
};

export default preview;
