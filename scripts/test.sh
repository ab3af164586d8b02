#!/usr/bin/env bash
# The whole test suite in headless Chromium and Firefox ESR, plus the timezone runs.
# The whole suite builds dist/ first: test/bundles tests the files that ship.
# Installs the browsers (Debian packages) when they are missing; CHROME_PATH and
# FIREFOX_PATH point at other builds. Ends with one plain `N passed, N failed` line.
set -uo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-browsers.sh || exit 1
rm -rf test-results
if [ $# -eq 0 ]; then
  npm run build > /dev/null || { echo 'npm run build failed'; echo 'Total: 0 passed, 1 failed, 0 skipped'; exit 1; }
fi
status=0
npx web-test-runner --config web-test-runner.config.mjs "$@" || status=1
if [ -f web-test-runner.timezones.config.mjs ] && [ $# -eq 0 ]; then
  npx web-test-runner --config web-test-runner.timezones.config.mjs || status=1
fi
node -e '
  const fs = require("fs");
  let p = 0, f = 0, s = 0, failures = [];
  for (const file of fs.existsSync("test-results") ? fs.readdirSync("test-results") : []) {
    const c = JSON.parse(fs.readFileSync("test-results/" + file, "utf8"));
    p += c.passed; f += c.failed; s += c.skipped; failures.push(...(c.failures ?? []));
  }
  if (p + f === 0) f = 1; // a run that executed nothing is a failure, not a pass
  const listed = failures.map((line) => `FAILED ${line}\n`).join("");
  const counts = `${p} passed, ${f} failed, ${s} skipped`;
  console.log(`\n${listed}Total: ${counts}`);
  fs.writeFileSync("test-results/summary.txt", `${listed}${counts}\n`);
  process.exit(f > 0 ? 1 : 0);
' || status=1
exit $status
