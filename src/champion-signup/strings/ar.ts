import type { SignupStrings } from '../../i18n/translation.js';

/**
 * Arabic for `<pc-champion-signup>` (see src/i18n/locales/ar.ts for the core strings and
 * src/forms/strings/ar.ts for the forms'); `src/locales/ar.ts` registers it with the core Arabic.
 * "Parent Champions" is «أبطال الآباء» throughout. Error messages say how to fix the answer.
 * Machine-assisted and reviewed for plain wording; a scheme's own translator should check it.
 */

/**
 * A phone number kept left to right inside Arabic text (U+2066 … U+2069 isolate it):
 * otherwise its space-separated groups show in reverse order.
 */
const ltr = (text: string): string => `\u2066${text}\u2069`;

export const signupAr: SignupStrings = {
  signupHeading: 'كن أحد أبطال الآباء',
  signupIntro:
    'أبطال الآباء (Parent Champions) هم آباء وأمهات يتطوّعون لتعريف الآباء والأمهات الآخرين بالخدمات والأنشطة المحلية للعائلات. أخبرنا قليلًا عن نفسك وسنتواصل معك.',
  signupName: 'اسمك',
  signupContactLegend: 'كيف نتواصل معك؟',
  signupContactEmail: 'البريد الإلكتروني',
  signupContactPhone: 'مكالمة هاتفية',
  signupContactText: 'رسالة نصية',
  signupEmail: 'عنوان البريد الإلكتروني',
  signupPhone: 'رقم الهاتف',
  signupMobile: 'رقم الهاتف المحمول',
  signupArea: 'الرمز البريدي أو الحي',
  signupAreaHint: (example) => `مثلًا: ${example}، أو اسم الحي الذي تسكن فيه`,
  signupChildrenAges: 'أعمار أطفالك',
  signupChildrenAgesHint: 'مثلًا: 2 و4. يساعدنا ذلك على ربطك بآباء وأمهات مثلك.',
  signupLanguages: 'اللغات التي تتحدّثها',
  signupLanguagesHint: 'مثلًا: الإنجليزية، والبولندية، والأردية',
  signupAvailabilityLegend: 'متى يمكنك المساعدة؟',
  signupDays: 'الأيام',
  signupTimes: 'أوقات اليوم',
  signupMorning: 'الصباح',
  signupAfternoon: 'بعد الظهر',
  signupEvening: 'المساء',
  signupInterestsLegend: 'ماذا تودّ أن تفعل؟',
  signupInterestSchoolGate: 'التحدّث مع الآباء والأمهات عند بوابة المدرسة وفي مراكز الأطفال',
  signupInterestEvents: 'المساعدة في الفعاليات',
  signupInterestPanels: 'الانضمام إلى لجان الآباء والأمهات وإبداء رأيك في الخدمات المحلية',
  signupInterestOnline: 'مشاركة الأخبار عبر الإنترنت',
  signupInterestNotSure: 'لم أقرّر بعد',
  signupHeardLegend: 'كيف سمعت عن أبطال الآباء؟',
  signupHeardSchool: 'من مدرسة أو حضانة',
  signupHeardCentre: 'في مركز للأطفال أو مركز للعائلات',
  signupHeardHealthVisitor: 'من زائر صحي أو قابلة',
  signupHeardFriend: 'من صديق أو أحد أفراد العائلة',
  signupHeardSocial: 'على وسائل التواصل الاجتماعي',
  signupHeardOther: 'من مكان آخر',
  signupAnythingElse: 'أي شيء آخر تودّ أن تخبرنا به',
  signupConsentLegend: 'استخدام بياناتك',
  signupConsentDefault: (who) =>
    `سيستخدم ${who} اسمك وبيانات التواصل معك وإجاباتك فقط للتواصل معك بشأن الانضمام إلى أبطال الآباء. لن تُشارَك مع أي شخص آخر. يمكنك أن تغيّر رأيك وتطلب حذفها في أي وقت: أخبر الشخص الذي يتواصل معك، أو استخدم بيانات التواصل على هذا الموقع.`,
  signupConsentWho: (site) => (site ? `فريق أبطال الآباء في ${site}` : 'فريق أبطال الآباء'),
  signupConsentCheckbox: 'أوافق على استخدام بياناتي بهذه الطريقة',
  signupPrivacyLink: 'كيف تُستخدَم معلوماتك (إشعار الخصوصية)',
  signupSubmit: 'سجّل',
  signupSuccessTitle: 'شكرًا لتسجيلك',
  signupSuccessNext:
    'سيتواصل معك أحد أعضاء فريق أبطال الآباء بالطريقة التي طلبتها، للتحدّث عن هذا الدور والإجابة عن أسئلتك. لن يُتّخذ أي قرار قبل أن تتحدّث معهم.',
  signupErrorName: 'أدخل اسمك',
  signupErrorContact: 'اختر الطريقة التي تودّ أن نتواصل بها معك',
  signupErrorEmail: 'أدخل عنوان بريدك الإلكتروني',
  signupErrorEmailFormat: 'أدخل عنوان بريد إلكتروني بالصيغة الصحيحة، مثل name@example.com',
  signupErrorPhone: 'أدخل رقم هاتف',
  signupErrorPhoneFormat: `أدخل رقم هاتف، مثل ${ltr('01632 960 001')} أو ${ltr('07700 900 982')} أو ${ltr('+44 808 157 0192')}`,
  signupErrorMobile: `أدخل رقم هاتف محمول يمكننا إرسال رسائل نصية إليه، مثل ${ltr('07700 900 982')}`,
  signupErrorArea: 'أدخل رمزك البريدي أو اسم الحي الذي تسكن فيه',
  signupErrorAreaFormat: (example) => `أدخل رمزًا بريديًا كاملًا، مثل ${example}، أو اسم الحي الذي تسكن فيه`,
  signupErrorLanguages: 'أدخل اللغات التي تتحدّثها',
  signupErrorDays: 'اختر الأيام التي يمكنك المساعدة فيها',
  signupErrorTimes: 'اختر أوقات اليوم التي يمكنك المساعدة فيها',
  signupErrorInterests: 'اختر ما تودّ أن تفعله، أو اختر «لم أقرّر بعد»',
  signupErrorConsent: 'ضع علامة في المربع للموافقة على استخدام بياناتك',
};
