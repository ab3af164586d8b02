import type { FinderStrings } from '../../i18n/translation.js';
import { plural } from '../../i18n/plural.js';

/** Arabic for `<pc-service-finder>`; `src/locales/ar.ts` registers it with the core Arabic. */
export const finderAr: FinderStrings = {
  // Schedules
  scheduleEveryWeekday: (day) => day,
  scheduleDayRange: (from, to) => `من ${from} إلى ${to}`,
  scheduleWeekly: (days) => `أيام ${days}`,
  scheduleWeekOfMonth: (week) =>
    ({ 1: 'الأول', 2: 'الثاني', 3: 'الثالث', 4: 'الرابع', 5: 'الخامس', [-1]: 'الأخير', [-2]: 'قبل الأخير' } as Record<number, string>)[
      week
    ] ?? String(week),
  scheduleMonthly: (weeks, days) => `${days} ${weeks} من كل شهر`,
  scheduleEveryNWeeks: (n, formatted, days) =>
    `${days} ${plural('ar', n, { two: 'كل أسبوعين', few: `كل ${formatted} أسابيع`, many: `كل ${formatted} أسبوعًا`, other: `كل ${formatted} أسبوع` })}`,
  scheduleEveryNMonths: (n, formatted, weeks, days) =>
    `${days} ${weeks} ${plural('ar', n, { two: 'كل شهرين', few: `كل ${formatted} أشهر`, many: `كل ${formatted} شهرًا`, other: `كل ${formatted} شهر` })}`,
  scheduleTimeRange: (opens, closes) => `${opens}–${closes}`,
  scheduleOpensAt: (opens) => `من الساعة ${opens}`,
  scheduleLine: (days, times) => `${days} ${times}`,
  scheduleNext: (line, date) => `${line} (الموعد القادم: ${date})`,

  finderSearchLabel: 'ابحث عن الخدمات',
  finderSearchHint: 'مثلًا: جلسات اللعب، أو الحضانة، أو الرضاعة الطبيعية',
  finderPostcodeLabel: 'الرمز البريدي (اختياري)',
  finderPostcodeHint: (example) => (example ? `لعرض أقرب الخدمات أولًا، مثل ${example}` : 'لعرض أقرب الخدمات أولًا'),
  finderPostcodeError: (example) => (example ? `أدخل رمزًا بريديًا صحيحًا، مثل ${example}` : 'أدخل رمزًا بريديًا صحيحًا'),
  finderPostcodeNotFound: 'لم نتمكن من العثور على هذا الرمز البريدي. تحقّق منه وحاول مرة أخرى.',
  finderErrorPrefix: 'خطأ:',
  finderSearch: 'بحث',
  finderUseLocation: 'استخدم موقعي',
  finderLocating: 'جارٍ تحديد موقعك…',
  finderLocationError: 'تعذّر تحديد موقعك. اسمح بالوصول إلى الموقع في إعدادات المتصفح، أو أدخل رمزًا بريديًا بدلًا من ذلك.',
  finderNearest: (place) => `مرتّبة حسب المسافة من ${place}`,
  finderYourLocation: 'موقعك',
  finderInDistrict: (district) => `الخدمات في ${district} أولًا`,
  finderFilters: 'عوامل التصفية',
  finderFilterCategory: 'نوع الخدمة',
  finderFilterAge: 'عمر الطفل',
  finderFreeOnly: 'المجانية فقط',
  finderFilterDay: 'اليوم',
  finderFilterLanguage: 'اللغات المستخدمة',
  finderFilterAccess: 'إمكانية الوصول والاحتياجات التعليمية الخاصة',
  finderFilterArea: 'المنطقة',
  finderFilterBooking: 'طريقة الحضور',
  finderBooking: (kind) =>
    kind === 'drop-in' ? 'احضر مباشرةً دون حجز' : kind === 'booking' ? 'يلزم الحجز' : 'تلزم إحالة',
  finderClearFilters: 'مسح عوامل التصفية',
  finderSelected: (n, formatted) =>
    plural('ar', n, {
      one: 'عامل تصفية واحد محدّد',
      two: 'عاملا تصفية محدّدان',
      few: `${formatted} عوامل تصفية محدّدة`,
      many: `${formatted} عامل تصفية محدّدًا`,
      other: `${formatted} عامل تصفية محدّد`,
    }),
  finderRemoveFilter: (label) => `إزالة عامل التصفية: ${label}`,
  finderNoFilterOptions: 'لا ينطبق أي من عوامل التصفية على الخدمات التي تم العثور عليها.',
  finderTryInstead: 'جرّب بدلًا من ذلك:',
  finderDidYouMean: (words) => `هل تقصد «${words}»؟`,
  finderSeeCategory: (label) => `عرض كل الخدمات في «${label}»`,
  finderServiceCount: (n, formatted) =>
    plural('ar', n, { zero: 'لا خدمات', one: 'خدمة واحدة', two: 'خدمتان', few: `${formatted} خدمات`, many: `${formatted} خدمة`, other: `${formatted} خدمة` }),
  finderServiceCountWithoutFilters: (n, formatted) =>
    `${plural('ar', n, { zero: 'لا خدمات', one: 'خدمة واحدة', two: 'خدمتان', few: `${formatted} خدمات`, many: `${formatted} خدمة`, other: `${formatted} خدمة` })}، دون عوامل التصفية`,
  finderAskProgramme: (programme) => `لم تجد ما تحتاجه؟ تواصل مع ${programme}:`,
  finderAskUs: 'لم تجد ما تحتاجه؟ تواصل معنا:',
  finderSkipToResults: 'انتقل إلى النتائج',
  finderResults: (n, formatted) =>
    plural('ar', n, {
      zero: 'لم يتم العثور على أي خدمة',
      one: 'تم العثور على خدمة واحدة',
      two: 'تم العثور على خدمتين',
      few: `تم العثور على ${formatted} خدمات`,
      many: `تم العثور على ${formatted} خدمة`,
      other: `تم العثور على ${formatted} خدمة`,
    }),
  finderShowing: (shown, total) => `عرض ${shown} من ${total}`,
  finderShowMore: 'عرض المزيد من النتائج',
  finderIncomplete: 'تعذّر تحميل بعض الخدمات، لذا قد تكون هذه القائمة غير مكتملة. حاول مرة أخرى لاحقًا لرؤيتها كلها.',
  finderIncompleteLasting: 'تعذّر تحميل بعض الخدمات، لذا قد تكون هذه القائمة غير مكتملة.',
  finderEmptyHeading: 'لا توجد خدمات تطابق بحثك',
  finderNearMeHint: 'لرؤية أقرب الخدمات أولًا، شارك موقعك أو أدخل رمزًا بريديًا.',
  finderEmptyMessage: 'جرّب كلمات أقل، أو تحقّق من الإملاء، أو امسح بعض عوامل التصفية.',
  finderRunBy: (organisation) => `تديرها ${organisation}`,
  finderAges: 'الأعمار',
  finderCost: 'التكلفة',
  finderWhen: 'المواعيد',
  finderWhere: 'المكان',
  finderContact: 'التواصل',
  finderFree: 'مجانية',
  finderPaid: 'برسوم',
  finderAgeUnder: (n, formatted) =>
    plural('ar', n, { one: 'أقل من سنة', two: 'أقل من سنتين', few: `أقل من ${formatted} سنوات`, other: `أقل من ${formatted} سنة` }),
  finderAgeYears: (n, formatted) =>
    plural('ar', n, { one: 'سنة واحدة', two: 'سنتان', few: `${formatted} سنوات`, many: `${formatted} سنة`, other: `${formatted} سنة` }),
  finderAgeMonths: (n, formatted) =>
    plural('ar', n, { one: 'شهر واحد', two: 'شهران', few: `${formatted} أشهر`, many: `${formatted} شهرًا`, other: `${formatted} شهر` }),
  finderAgeRange: (from, to) => `من ${from} إلى ${to}`,
  finderAgeFrom: (from) => `${from} فأكثر`,
  finderMiles: (n, formatted) =>
    plural('ar', n, { one: 'ميل واحد', two: 'ميلان', few: `${formatted} أميال`, many: `${formatted} ميلًا`, other: `${formatted} ميل` }),
  finderMilesUnder: (formatted) => `أقل من ${formatted} ميل`,
  finderPhone: 'الهاتف',
  finderEmail: 'البريد الإلكتروني',
  finderWebsite: 'الموقع الإلكتروني',
  finderDirections: 'الاتجاهات',
  finderLanguages: 'اللغات',
  finderAccessibility: 'إمكانية الوصول',
  finderChecked: (when) => `تم التحقق ${when}`,
  finderClose: 'إغلاق',
  finderFeedback: 'أخبرنا برأيك',
  finderShowResults: (n, formatted) =>
    plural('ar', n, { zero: 'لا نتائج', one: 'عرض نتيجة واحدة', two: 'عرض نتيجتين', few: `عرض ${formatted} نتائج`, many: `عرض ${formatted} نتيجة`, other: `عرض ${formatted} نتيجة` }),
};
