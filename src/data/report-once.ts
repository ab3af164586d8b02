/** The last report written for each source: a saved copy and the fresh copy of a feed report once. */
const lastReport = new Map<string, string>();

/** True, and remembered, unless `report` is what `source` last reported. */
export function isNewReport(source: string, report: string): boolean {
  if (lastReport.get(source) === report) return false;
  lastReport.set(source, report);
  return true;
}
