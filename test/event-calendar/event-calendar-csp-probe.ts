// Loaded by the CSP host page in event-calendar-data.test.ts: records Content-Security-Policy
// violations, then loads the calendar bundle the way a site would.
const violations: string[] = [];
document.addEventListener('securitypolicyviolation', (event) => {
  violations.push(`${event.violatedDirective}: ${event.blockedURI || event.sample}`);
});
(window as unknown as { cspViolations: string[] }).cspViolations = violations;
await import('../../src/entries/event-calendar.js');
export {};
