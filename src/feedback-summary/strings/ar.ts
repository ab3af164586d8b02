import type { FeedbackSummaryStrings } from '../../i18n/translation.js';
import { plural } from '../../i18n/plural.js';

const RATING_WORDS = ['سيئ جدًا', 'سيئ', 'لا جيد ولا سيئ', 'جيد', 'جيد جدًا'] as const;

/** "N responses" after "at least" / "based on", in the six Arabic plural forms. */
const responses = (n: number, formatted: string): string =>
  plural('ar', n, {
    zero: 'لا توجد ردود',
    one: 'رد واحد',
    two: 'ردّين',
    few: `${formatted} ردود`,
    many: `${formatted} ردًا`,
    other: `${formatted} رد`,
  });

/** Arabic for `<pc-feedback-summary>` (see src/i18n/locales/ar.ts for the core strings). */
export const feedbackSummaryAr: FeedbackSummaryStrings = {
  feedbackSummaryHeading: 'ما أخبرنا به الأهالي',
  feedbackSummaryResponses: (n, formatted) => `بناءً على ${responses(n, formatted)}`,
  feedbackSummaryRatings: 'كيف قيّمها الأهالي',
  feedbackSummaryRating: (rating) => RATING_WORDS[rating - 1],
  feedbackSummaryNotEnough: (n, formatted) =>
    `لم يصلنا بعد عدد كافٍ من آراء الأهالي لنعرض ملخصًا. سنعرضه عندما يصلنا ${responses(n, formatted)} على الأقل.`,
  feedbackSummaryNotEnoughAny: (n, formatted) =>
    `لم يصلنا بعد عدد كافٍ من آراء الأهالي لنعرض ملخصًا لأي خدمة. نعرض ملخص الخدمة عندما يصلنا عنها ${responses(n, formatted)} على الأقل.`,
  feedbackSummaryNone: 'لم يُنشر هنا بعد ملخص لآراء الأهالي.',
  feedbackSummaryNotesHeading: 'قلتم، ففعلنا',
  feedbackSummaryYouSaid: 'قلتم',
  feedbackSummaryWeDid: 'ففعلنا',
  feedbackSummaryAbout: (service) => `عن ${service}`,
  feedbackSummaryMoreServices: 'عرض المزيد من الخدمات',
  feedbackSummaryMoreNotes: 'عرض التغييرات السابقة',
};
