/**
 * Arabic locale pack: `<script type="module" src="…/locales/ar.js">` next to any widget
 * bundle. The all-in-one bundle already includes it.
 */
import { registerTranslation } from '../i18n/registry.js';
import { ar } from '../i18n/locales/ar.js';

registerTranslation(ar);

export { ar };
