/** Whole translations for pure-logic tests: core strings plus every widget's pack. */
import type { Translation } from '../../src/i18n/translation.js';
import { enGB as coreEnGB } from '../../src/i18n/locales/en-GB.js';
import { ar as coreAr } from '../../src/i18n/locales/ar.js';
import { finderEnGB } from '../../src/service-finder/strings/en-GB.js';
import { finderPanelsEnGB } from '../../src/service-finder/strings/panels.en-GB.js';
import { finderAr } from '../../src/service-finder/strings/ar.js';
import { calendarEnGB } from '../../src/event-calendar/strings/en-GB.js';
import { calendarDetailEnGB } from '../../src/event-calendar/strings/detail.en-GB.js';
import { calendarFilterFormEnGB } from '../../src/event-calendar/strings/filter-form.en-GB.js';
import { calendarAr } from '../../src/event-calendar/strings/ar.js';
import { feedStatusEnGB } from '../../src/feed-status/strings/en-GB.js';
import { feedStatusAr } from '../../src/feed-status/strings/ar.js';
import { formsEnGB } from '../../src/forms/strings/en-GB.js';
import { formsAr } from '../../src/forms/strings/ar.js';
import { signupEnGB } from '../../src/champion-signup/strings/en-GB.js';
import { signupAr } from '../../src/champion-signup/strings/ar.js';
import { feedbackSummaryEnGB } from '../../src/feedback-summary/strings/en-GB.js';
import { feedbackSummaryAr } from '../../src/feedback-summary/strings/ar.js';
import { feedbackCardEnGB } from '../../src/feedback-card/strings/en-GB.js';
import { feedbackCardAr } from '../../src/feedback-card/strings/ar.js';

export const enGB: Translation = { ...coreEnGB, ...feedStatusEnGB, ...finderEnGB, ...finderPanelsEnGB, ...calendarEnGB, ...calendarDetailEnGB, ...calendarFilterFormEnGB, ...formsEnGB, ...signupEnGB, ...feedbackSummaryEnGB, ...feedbackCardEnGB };
export const ar: Translation = { ...coreAr, ...feedStatusAr, ...finderAr, ...calendarAr, ...formsAr, ...signupAr, ...feedbackSummaryAr, ...feedbackCardAr };
