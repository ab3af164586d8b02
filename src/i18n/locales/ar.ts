import type { Translation } from '../translation.js';
import { plural } from '../plural.js';

/**
 * Arabic: proves right-to-left layout and six-form plural rules.
 * Machine-assisted and reviewed for plain wording; a scheme's own translator should check it.
 */
export const ar: Translation = {
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
  errorParse: 'تعذّرت قراءة المعلومات. حاول مرة أخرى لاحقًا.',
  errorNotAFeed: 'المعلومات ليست بصيغة يمكننا عرضها.',
  errorNoSource: 'لم يتم إعداد أي معلومات لهذه الصفحة بعد.',
  emptyHeading: 'لا يوجد شيء لعرضه بعد',
  staleNotice: (savedAt) => `تعذّر الحصول على أحدث المعلومات. نعرض التفاصيل المحفوظة ${savedAt}.`,

  feedStatusLabel: 'حول هذه المعلومات',
  servicesCount: (n, formatted) =>
    plural('ar', n, {
      zero: 'لا توجد خدمات',
      one: 'خدمة واحدة',
      two: 'خدمتان',
      few: `${formatted} خدمات`,
      many: `${formatted} خدمة`,
      other: `${formatted} خدمة`,
    }),
  eventsCount: (n, formatted) =>
    plural('ar', n, {
      zero: 'لا توجد فعاليات',
      one: 'فعالية واحدة',
      two: 'فعاليتان',
      few: `${formatted} فعاليات`,
      many: `${formatted} فعالية`,
      other: `${formatted} فعالية`,
    }),
  skippedCount: (n, formatted) =>
    plural('ar', n, {
      one: 'تعذّر عرض إدخال واحد',
      two: 'تعذّر عرض إدخالين',
      few: `تعذّر عرض ${formatted} إدخالات`,
      many: `تعذّر عرض ${formatted} إدخالًا`,
      other: `تعذّر عرض ${formatted} إدخال`,
    }),
  updatedAt: (when) => `آخر تحديث ${when}`,

  // Service finder: schedules
  scheduleEveryWeekday: (day) => day,
  scheduleDayRange: (from, to) => `من ${from} إلى ${to}`,
  scheduleWeekly: (days) => `أيام ${days}`,
  scheduleWeekOfMonth: (week) =>
    ({ 1: 'الأول', 2: 'الثاني', 3: 'الثالث', 4: 'الرابع', 5: 'الخامس', [-1]: 'الأخير', [-2]: 'قبل الأخير' } as Record<number, string>)[
      week
    ] ?? String(week),
  scheduleMonthly: (weeks, days) => `${days} ${weeks} من كل شهر`,
  scheduleTimeRange: (opens, closes) => `${opens}–${closes}`,
  scheduleOpensAt: (opens) => `من الساعة ${opens}`,
  scheduleLine: (days, times) => `${days} ${times}`,

  // Event calendar
  calendarPrevious: (view) => (view === 'week' ? 'الأسبوع السابق' : 'الشهر السابق'),
  calendarNext: (view) => (view === 'week' ? 'الأسبوع التالي' : 'الشهر التالي'),
  calendarPreviousFourWeeks: 'الأسابيع الأربعة السابقة',
  calendarNextFourWeeks: 'الأسابيع الأربعة التالية',
  calendarToday: 'اليوم',
  calendarViews: 'طريقة العرض',
  calendarViewMonth: 'شهر',
  calendarViewWeek: 'أسبوع',
  calendarViewList: 'قائمة',
  calendarSessions: (n, formatted) =>
    plural('ar', n, {
      zero: 'لا توجد جلسات',
      one: 'جلسة واحدة',
      two: 'جلستان',
      few: `${formatted} جلسات`,
      many: `${formatted} جلسة`,
      other: `${formatted} جلسة`,
    }),
  calendarDayLabel: (date, sessions) => `${date}، ${sessions}`,
  calendarRangeAnnouncement: (range, sessions) => `${range}: ${sessions}`,
  calendarEmpty: (view) => (view === 'week' ? 'لا توجد جلسات هذا الأسبوع' : 'لا توجد جلسات هذا الشهر'),
  calendarEmptyFourWeeks: 'لا توجد جلسات في هذه الأسابيع الأربعة',
  calendarEmptyDay: 'لا توجد جلسات في هذا اليوم',
  calendarMore: (_n, formatted) => `+${formatted} أخرى`,
  calendarTimesIn: (zone) => `جميع الأوقات بتوقيت ${zone}.`,
  calendarFilters: 'تصفية الجلسات',
  calendarFilterType: 'نوع الجلسة',
  calendarFilterArea: 'المنطقة',
  calendarAllAreas: 'كل المناطق',
  calendarFilterAge: 'عمر الطفل',
  calendarAnyAge: 'أي عمر',
  calendarAgeBand: (years, formatted) =>
    years === 0
      ? 'أقل من سنة'
      : years >= 5
        ? `${formatted} سنوات فأكثر`
        : plural('ar', years, { one: 'سنة واحدة', two: 'سنتان', few: `${formatted} سنوات`, other: `${formatted} سنة` }),
  calendarFreeOnly: 'الجلسات المجانية فقط',
  calendarClearFilters: 'مسح عوامل التصفية',
  calendarOptionCount: (label, count) => `${label} (${count})`,
  calendarWhen: 'الموعد',
  calendarWhere: 'المكان',
  calendarCost: 'التكلفة',
  calendarAges: 'الأعمار',
  calendarBooking: 'الحجز',
  calendarFree: 'مجانية',
  calendarAllDay: 'طوال اليوم',
  calendarCancelled: 'ملغاة',
  calendarCancelledNotice: 'أُلغيت هذه الجلسة.',
  calendarBook: 'احجز مكانًا',
  calendarJustTurnUp: 'احضر مباشرةً، لا حاجة للحجز.',
  calendarAgeFromTo: (from, to) => `من ${from} إلى ${to}`,
  calendarAgeFrom: (from) => `${from} فأكثر`,
  calendarAddToCalendar: 'أضِف إلى تقويمك',
  calendarDownloadSession: 'تنزيل هذه الجلسة (ملف ics)',
  calendarDownloadSeries: 'تنزيل كل الجلسات (ملف ics)',
  calendarGoogle: 'تقويم Google',
  calendarOutlook: 'تقويم Outlook',
  calendarNewTab: '(يُفتح في علامة تبويب جديدة)',
  calendarClose: 'إغلاق',

  // Service finder
  finderSearchLabel: 'ابحث عن الخدمات',
  finderSearchHint: 'مثلًا: جلسات اللعب، أو الحضانة، أو الرضاعة الطبيعية',
  finderPostcodeLabel: 'الرمز البريدي (اختياري)',
  finderPostcodeHint: 'لعرض أقرب الخدمات أولًا، مثل NB1 4AA',
  finderPostcodeError: 'أدخل رمزًا بريديًا صحيحًا، مثل NB1 4AA',
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
  finderEmptyHeading: 'لا توجد خدمات تطابق بحثك',
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
  finderPhone: 'الهاتف',
  finderEmail: 'البريد الإلكتروني',
  finderWebsite: 'الموقع الإلكتروني',
  finderDirections: 'الاتجاهات',
  finderLanguages: 'اللغات',
  finderAccessibility: 'إمكانية الوصول',
  finderChecked: (when) => `تم التحقق ${when}`,
  finderClose: 'إغلاق',
};
