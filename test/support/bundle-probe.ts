// Loaded by the /mock/bundle-page host page: records Content-Security-Policy violations and
// console errors and warnings, then loads a built bundle from dist/ the way a site would.
const violations: string[] = [];
const errors: string[] = [];
const warnings: string[] = [];
document.addEventListener('securitypolicyviolation', (event) => {
  violations.push(`${event.violatedDirective}: ${event.blockedURI || event.sample}`);
});
const record = (into: string[], original: (...args: unknown[]) => void) =>
  (...args: unknown[]): void => {
    into.push(args.map(String).join(' '));
    original.apply(console, args);
  };
console.error = record(errors, console.error);
console.warn = record(warnings, console.warn);
Object.assign(window, { cspViolations: violations, consoleErrors: errors, consoleWarnings: warnings });
const query = new URL(import.meta.url).searchParams;
const bundles = (query.get('bundle') ?? '').split(',');
// `dist=partial`: as from a site that uploaded only the main files of dist/, without its chunks/ folder.
const dist = query.get('dist') === 'partial' ? '/mock/partial-dist' : '/mock/dist';
for (const bundle of bundles) await import(/* @vite-ignore */ `${dist}/${bundle}.js`);
