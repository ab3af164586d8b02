/**
 * Arabic locale pack: `<script type="module" src="…/locales/ar.js">` next to any widget
 * bundle. The all-in-one bundle fetches it by itself when a widget asks for Arabic. It is opt-in, so it carries every
 * widget's Arabic: one file serves whichever widget bundles a page loads.
 */
import { registerTranslation } from '../i18n/registry.js';
import type { Translation } from '../i18n/translation.js';
import { ar as coreAr } from '../i18n/locales/ar.js';
import { finderAr } from '../service-finder/strings/ar.js';
import { calendarAr } from '../event-calendar/strings/ar.js';
import { feedStatusAr } from '../feed-status/strings/ar.js';
import { formsAr } from '../forms/strings/ar.js';
import { signupAr } from '../champion-signup/strings/ar.js';
import { feedbackSummaryAr } from '../feedback-summary/strings/ar.js';
import { feedbackCardAr } from '../feedback-card/strings/ar.js';

export const ar: Translation = { ...coreAr, ...feedStatusAr, ...finderAr, ...calendarAr, ...formsAr, ...signupAr, ...feedbackSummaryAr, ...feedbackCardAr };

registerTranslation(ar);
