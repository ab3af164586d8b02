import type { FormStrings } from '../../i18n/translation.js';
import { plural } from '../../i18n/plural.js';

/**
 * Arabic every form widget shares (see src/i18n/locales/ar.ts for the core strings);
 * `src/locales/ar.ts` registers it with the core Arabic.
 * Machine-assisted and reviewed for plain wording; a scheme's own translator should check it.
 */
export const formsAr: FormStrings = {
  formOptional: '(اختياري)',
  formErrorSummaryTitle: 'هناك مشكلة',
  formErrorPrefix: 'خطأ:',
  formSelectAll: 'اختر كل ما ينطبق.',
  formOr: 'أو',
  formCharactersLeft: (n, formatted) =>
    plural('ar', n, {
      zero: 'لم يتبقَّ لك أي حرف',
      one: 'يتبقّى لك حرف واحد',
      two: 'يتبقّى لك حرفان',
      few: `يتبقّى لك ${formatted} أحرف`,
      many: `يتبقّى لك ${formatted} حرفًا`,
      other: `يتبقّى لك ${formatted} حرف`,
    }),
  formCharactersOver: (n, formatted) =>
    plural('ar', n, {
      one: 'لديك حرف واحد زائد',
      two: 'لديك حرفان زائدان',
      few: `لديك ${formatted} أحرف زائدة`,
      many: `لديك ${formatted} حرفًا زائدًا`,
      other: `لديك ${formatted} حرف زائد`,
    }),
  // Worded as "the number of characters must not exceed N", so the noun never has to agree with the number.
  formTooLong: (label, formatted) => `يجب ألّا يزيد عدد الأحرف في «${label}» على ${formatted}`,
  formSending: 'جارٍ الإرسال…',
  formWaitingTitle: 'لم يتم الإرسال بعد: سنحاول مرة أخرى',
  formWaitingOffline: 'يبدو أنك غير متصل بالإنترنت. ستُرسَل إجاباتك عندما يعود اتصالك بالإنترنت.',
  formWaitingRetry: 'لم نتمكّن من الوصول إلى المكان الذي تُرسَل إليه إجاباتك. سنواصل المحاولة.',
  formWaitingKept: 'إجاباتك محفوظة على هذا الجهاز: يمكنك إغلاق هذه الصفحة، وستُرسَل في المرة القادمة التي تفتحها فيها.',
  formWaitingKeepOpen: 'لا يمكن لهذا الجهاز حفظها، لذا أبقِ هذه الصفحة مفتوحة حتى تُرسَل.',
  formTryNow: 'حاول الإرسال الآن',
  formSent: 'تم الإرسال',
  formRefusedTitle: 'تعذّر إرسال إجاباتك',
  formRefused: 'إجاباتك ما زالت هنا. من فضلك حاول مرة أخرى لاحقًا، أو تواصل معنا بطريقة أخرى.',
  formRejected: 'هناك شيء في إجاباتك تعذّر قبوله. تحقّق منها وحاول مرة أخرى.',
  formNotConfiguredTitle: 'لا يمكن لهذا النموذج إرسال الإجابات بعد',
  formNotConfigured:
    'لم يتم إعداده لإرسالها. كل ما تكتبه يُحفَظ على هذا الجهاز، لكن من فضلك تواصل معنا بطريقة أخرى في الوقت الحالي.',
  formHoneypot: 'اترك هذا الحقل فارغًا',
};
