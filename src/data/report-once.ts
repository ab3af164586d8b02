/**
 * The last report written for each source, per topic (a refusal, a feed's problems): a saved copy
 * and the fresh copy of a feed report once, and a report on one topic never makes another repeat.
 */
const lastReport = new Map<string, string>();

/** True, and remembered, unless `report` is what `source` last reported on `topic`. */
export function isNewReport(source: string, report: string, topic = 'feed'): boolean {
  const key = `${topic}\n${source}`;
  if (lastReport.get(key) === report) return false;
  lastReport.set(key, report);
  return true;
}
