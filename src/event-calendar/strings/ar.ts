import type { CalendarStrings } from '../../i18n/translation.js';
import { plural } from '../../i18n/plural.js';

/** Arabic for `<pc-event-calendar>`; `src/locales/ar.ts` registers it with the core Arabic. */
export const calendarAr: CalendarStrings = {
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
  calendarShowing: (shown, sessions) => `عرض ${shown} من ${sessions}`,
  calendarShowMore: 'عرض المزيد من الجلسات',
  calendarShowMoreDays: 'عرض المزيد من الأيام',
  calendarTimesIn: (zone) => `جميع الأوقات بتوقيت ${zone}.`,
  calendarIncomplete: 'تعذّر تحميل بعض الجلسات، لذا قد يكون هذا التقويم غير مكتمل. حاول مرة أخرى لاحقًا لرؤيتها كلها.',
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
  calendarDirections: 'الاتجاهات',
  calendarCost: 'التكلفة',
  calendarAges: 'الأعمار',
  calendarBooking: 'الحجز',
  calendarFree: 'مجانية',
  calendarAllDay: 'طوال اليوم',
  calendarCancelledCount: (_n, formatted) => `ملغاة: ${formatted}`,
  calendarCancelled: 'ملغاة',
  calendarCancelledNotice: 'أُلغيت هذه الجلسة.',
  calendarBook: 'احجز مكانًا',
  calendarBookingKind: (kind) =>
    kind === 'drop-in' ? 'احضر مباشرةً، لا حاجة للحجز.' : kind === 'booking' ? 'يلزم الحجز.' : 'تلزم إحالة.',
  calendarAgeFromTo: (from, to) => `من ${from} إلى ${to}`,
  calendarAgeFrom: (from) => `${from} فأكثر`,
  calendarAddToCalendar: 'أضِف إلى تقويمك',
  calendarDownloadSession: 'تنزيل هذه الجلسة (ملف ics)',
  calendarDownloadSeries: 'تنزيل كل الجلسات (ملف ics)',
  calendarGoogle: 'تقويم Google',
  calendarOutlook: 'تقويم Outlook',
  calendarNewTab: '(يُفتح في علامة تبويب جديدة)',
  calendarClose: 'إغلاق',
  calendarFeedback: 'أخبرنا برأيك',
};
