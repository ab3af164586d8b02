export {};
// Loaded by the /mock/csp-page host page: records Content-Security-Policy violations,
// then loads the whole library the way a site would.
const violations: string[] = [];
document.addEventListener('securitypolicyviolation', (event) => {
  violations.push(`${event.violatedDirective}: ${event.blockedURI || event.sample}`);
});
(window as unknown as { cspViolations: string[] }).cspViolations = violations;
await import('../../src/index.js');
