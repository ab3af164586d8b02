// The bundles `npm run build` writes, and their gzipped budgets (KB). Every entry is
// standalone (lit bundled, self-registering) so one script tag is enough on any page.
export const entries = [
  { name: 'parent-champion-widgets', source: 'src/index.ts', budgetKb: 45 },
  { name: 'provider', source: 'src/entries/provider.ts', budgetKb: 23 },
  { name: 'locales/ar', source: 'src/locales/ar.ts', budgetKb: 6 },
  { name: 'service-finder', source: 'src/entries/service-finder.ts', budgetKb: 25 },
];
