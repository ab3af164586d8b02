import type { FeedStatusStrings } from '../../i18n/translation.js';
import { plural } from '../../i18n/plural.js';

/** Arabic for `<pc-feed-status>` (see src/i18n/locales/ar.ts for the core strings). */
export const feedStatusAr: FeedStatusStrings = {
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
  loadedAt: (when) => `تم تحميل المعلومات ${when}`,
};
