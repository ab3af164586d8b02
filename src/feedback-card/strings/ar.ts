import type { FeedbackCardStrings } from '../../i18n/translation.js';
import { plural } from '../../i18n/plural.js';

const RATING_WORDS = ['سيئ جدًا', 'سيئ', 'لا جيد ولا سيئ', 'جيد', 'جيد جدًا'] as const;

/** A phone number kept left to right inside Arabic text (U+2066 … U+2069 isolate it). */
const ltr = (text: string): string => `\u2066${text}\u2069`;

/**
 * Arabic for `<pc-feedback-card>` (see src/forms/strings/ar.ts for the forms' shared words);
 * `src/locales/ar.ts` registers it. Machine-assisted and reviewed for plain wording; a scheme's
 * own translator should check it.
 */
export const feedbackCardAr: FeedbackCardStrings = {
  feedbackCardHeading: 'أخبرنا برأيك',
  feedbackCardQuestionAbout: (name) => `كيف كانت تجربتك مع ${name}؟`,
  feedbackCardQuestionService: 'كيف كانت الخدمة؟',
  feedbackCardQuestionSession: 'كيف كانت الجلسة؟',
  feedbackCardQuestionPage: 'ما مدى فائدة هذه الصفحة؟',
  feedbackCardRating: (rating) => RATING_WORDS[rating - 1],
  feedbackCardErrorRating: 'اختر تقييمك، من جيد جدًا إلى سيئ جدًا',
  feedbackCardPickLegend: 'عن أي خدمة رأيك؟',
  feedbackCardPickSearch: 'ابحث عن الخدمة',
  feedbackCardPickSearchHint: 'اكتب جزءًا من اسمها، ثم اخترها من القائمة',
  feedbackCardPickMatches: (n, formatted) =>
    plural('ar', n, {
      zero: 'لا توجد خدمة مطابقة',
      one: 'خدمة واحدة مطابقة',
      two: 'خدمتان مطابقتان',
      few: `${formatted} خدمات مطابقة`,
      many: `${formatted} خدمة مطابقة`,
      other: `${formatted} خدمة مطابقة`,
    }),
  feedbackCardPickMore: (shown, total) => `نعرض ${shown} من ${total}: اكتب المزيد من الاسم للعثور على خدمتك`,
  feedbackCardPickNotListed: 'الخدمة غير موجودة في القائمة',
  feedbackCardErrorPick: 'اختر الخدمة التي يتعلق بها رأيك',
  feedbackCardWentWell: 'ما الذي كان جيدًا؟',
  feedbackCardCouldBeBetter: 'ما الذي يمكن أن يكون أفضل؟',
  feedbackCardNoNamesHint: 'يُرجى عدم ذكر أسماء الموظفين أو الأطفال أو الأهالي الآخرين.',
  feedbackCardContactAllowed: 'يمكنكم التواصل معي بخصوص رأيي',
  feedbackCardContactAllowedHint: 'اترك هذا المربع فارغًا لتبقى مجهول الهوية.',
  feedbackCardContactLegend: 'كيف نتواصل معك؟',
  feedbackCardContactEmail: 'البريد الإلكتروني',
  feedbackCardContactPhone: 'الهاتف',
  feedbackCardEmail: 'عنوان البريد الإلكتروني',
  feedbackCardPhone: 'رقم الهاتف',
  feedbackCardErrorContact: 'اختر طريقة التواصل معك',
  feedbackCardErrorEmail: 'أدخل عنوان بريدك الإلكتروني',
  feedbackCardErrorEmailFormat: 'أدخل عنوان بريد إلكتروني بالشكل الصحيح، مثل name@example.com',
  feedbackCardErrorPhone: 'أدخل رقم هاتف',
  feedbackCardErrorPhoneFormat: `أدخل رقم هاتف، مثل ${ltr('01632 960 001')} أو ${ltr('07700 900 982')} أو ${ltr('+44 808 157 0192')}`,
  feedbackCardWhatHappensTitle: 'ماذا يحدث لرأيك',
  feedbackCardWhatHappens:
    'يقرأ أبطال الآباء كل رد، ويشاركون ما يقوله الأهالي، دون أسماء، مع القائمين على الخدمات المحلية. وننشر ما يتغيّر بسببه.',
  feedbackCardSafeguarding: 'إذا كان طفل في خطر، اتصل بالرقم 999.',
  feedbackCardSubmit: 'أرسل رأيك',
  feedbackCardSuccessTitle: 'شكرًا لك على رأيك',
  feedbackCardSuccessNext: 'ننشر ما نغيّره بسبب ما يخبرنا به الأهالي.',
  feedbackCardYouSaidWeDidLink: 'اطّلع على ما قاله الأهالي وما فعلناه',
  feedbackCardUseful: 'هل كان هذا مفيدًا؟',
  feedbackCardYes: 'نعم',
  feedbackCardNo: 'لا',
  feedbackCardGlad: 'شكرًا لك. يسعدنا أنه كان مفيدًا.',
  feedbackCardTellMore: 'أخبرنا بالمزيد',
};
