import type { CoreStrings } from '../translation.js';

/**
 * Arabic, core strings (each widget's are in `src/<widget>/strings/ar.ts`): proves
 * right-to-left layout and six-form plural rules.
 * Machine-assisted and reviewed for plain wording; a scheme's own translator should check it.
 */
export const ar: CoreStrings = {
  $code: 'ar',
  $name: 'العربية',
  $dir: 'rtl',

  loading: 'جارٍ التحميل…',
  retry: 'حاول مرة أخرى',
  errorHeading: 'عذرًا، هذه المعلومات غير متاحة الآن',
  errorNetwork: 'تعذّر الاتصال. تحقّق من اتصالك بالإنترنت وحاول مرة أخرى.',
  errorTimeout: 'يستغرق التحميل وقتًا طويلًا. حاول مرة أخرى بعد قليل.',
  errorHttp: (status) =>
    status >= 500
      ? 'يواجه الموقع الذي يحفظ هذه المعلومات مشكلة. حاول مرة أخرى لاحقًا.'
      : `تعذّر العثور على هذه المعلومات (خطأ ${status}). حاول مرة أخرى لاحقًا.`,
  errorNotPublic: 'هذه المعلومات ليست متاحة للعامة، لذا لا يمكننا عرضها هنا.',
  errorBusy: 'الموقع الذي يحفظ هذه المعلومات مشغول الآن. حاول مرة أخرى بعد بضع دقائق.',
  errorParse: 'تعذّرت قراءة المعلومات. حاول مرة أخرى لاحقًا.',
  errorNotAFeed: 'المعلومات ليست بصيغة يمكننا عرضها.',
  errorNoSource: 'لم يتم إعداد أي معلومات لهذه الصفحة بعد.',
  errorPartUnavailable: 'هذا الجزء لا يعمل في الوقت الحالي. حاول مرة أخرى لاحقًا.',
  emptyHeading: 'لا يوجد شيء لعرضه بعد',
  staleNotice: (savedAt) => `تعذّر الحصول على أحدث المعلومات. نعرض التفاصيل المحفوظة ${savedAt}.`,
};
