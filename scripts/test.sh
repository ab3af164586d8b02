#!/usr/bin/env bash
# The whole test suite in headless Chromium and Firefox ESR, plus the timezone runs.
# The whole suite builds dist/ first: test/bundles tests the files that ship.
# Installs the browsers (Debian packages) when they are missing; CHROME_PATH and
# FIREFOX_PATH point at other builds. Ends with one plain `N passed, N failed` line.
# The whole suite then builds and tests the receiver (server/, node:test) against SQLite and a
# throwaway PostgreSQL (scripts/ensure-postgres.sh, stopped again at the end); its counts and
# failures join the total.
set -uo pipefail
cd "$(dirname "$0")/.."
pg_dir=""
server_tap=""
cleanup() {
  if [ -n "$pg_dir" ]; then bash scripts/ensure-postgres.sh stop "$pg_dir" >/dev/null 2>&1; fi
  if [ -n "$server_tap" ]; then rm -f "$server_tap"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM
bash scripts/ensure-browsers.sh || exit 1
rm -rf test-results
if [ $# -eq 0 ]; then
  npm run build > /dev/null || { echo 'npm run build failed'; echo 'Total: 0 passed, 1 failed, 0 skipped'; exit 1; }
  # The browser suites' end-to-end test posts to the real receiver, built to server/dist.
  npm run build -w server > /dev/null || { echo 'npm run build -w server failed'; echo 'Total: 0 passed, 1 failed, 0 skipped'; exit 1; }
fi
status=0
npx web-test-runner --config web-test-runner.config.mjs "$@" || status=1
if [ -f web-test-runner.timezones.config.mjs ] && [ $# -eq 0 ]; then
  npx web-test-runner --config web-test-runner.timezones.config.mjs || status=1
fi
if [ $# -eq 0 ]; then
  # The receiver: built (tsc, and the schemas copied in), then every test file on both engines.
  mkdir -p test-results
  server_failed() { # $1: what failed; recorded as one failure in test-results/server.json
    node -e 'require("fs").writeFileSync("test-results/server.json", JSON.stringify({ passed: 0, failed: 1, skipped: 0, failures: ["[Node receiver] " + process.argv[1]] }))' "$1"
    status=1
  }
  if ! npm run build -w server > /dev/null; then
    server_failed "npm run build -w server failed"
  else
    pg_dir="$(mktemp -d)"
    server_tap="$(mktemp)"
    database_url=""
    if pg_out="$(bash scripts/ensure-postgres.sh start "$pg_dir")"; then
      database_url="$(printf '%s\n' "$pg_out" | sed -n 's/^TEST_DATABASE_URL=//p')"
    fi
    (cd server && TEST_DATABASE_URL="$database_url" node --import tsx --test --test-concurrency=1 \
      --test-reporter=spec --test-reporter-destination=stdout \
      --test-reporter=tap --test-reporter-destination="$server_tap" test/*.test.ts)
    server_rc=$?
    # The TAP copy to test-results/server.json, in the browser runs' shape: the closing counts,
    # and each failed test (not the suites around it) as "[Node receiver] file › suite › test: error".
    node -e '
      const fs = require("fs");
      const [tap, rc, pgMissing] = process.argv.slice(1);
      const lines = fs.readFileSync(tap, "utf8").split("\n");
      const counts = {};
      const names = [];
      const failures = [];
      for (let i = 0; i < lines.length; i++) {
        const count = /^# (pass|fail|cancelled|skipped|todo) (\d+)$/.exec(lines[i]);
        if (count) counts[count[1]] = Number(count[2]);
        const subtest = /^( *)# Subtest: (.*)$/.exec(lines[i]);
        if (subtest) names.splice(subtest[1].length / 4, Infinity, subtest[2]);
        const failed = /^( *)not ok \d+ - (.*?)(?: # (?:SKIP|TODO).*)?$/.exec(lines[i]);
        if (!failed) continue;
        const depth = failed[1].length / 4;
        let suite = false, file = "", error = "";
        for (let j = i + 1; j < lines.length && !/^ *\.\.\.$/.test(lines[j]); j++) {
          if (/^ *(type: .suite.|failureType: .subtestsFailed.)$/.test(lines[j])) suite = true;
          const at = /^ *location: .(.*?):\d+:\d+.$/.exec(lines[j]);
          if (at) file = at[1].replace(/^.*?\/server\//, "server/");
          const message = /^ *error: (.*)$/.exec(lines[j]);
          if (message && !error) error = /^[|>]-?$/.test(message[1]) ? (lines[j + 1] ?? "").trim() : message[1].replace(/^.(.*).$/, "$1");
        }
        if (suite) continue;
        const path = [...names.slice(0, depth), failed[2]].map((name) => name.replace(/\\([\\#])/g, "$1").replace(/^.*?\/server\//, "server/"));
        if (path[0] === file) file = ""; // a file that failed as a whole is named once
        failures.push(`[Node receiver] ${file ? file + " › " : ""}${path.join(" › ")}${error ? ": " + error : ""}`);
      }
      // Beyond the tests: a run that reported nothing, or failed outside any test, or without PostgreSQL.
      const tests = (counts.fail ?? 0) + (counts.cancelled ?? 0);
      const others = [];
      if (counts.pass === undefined) others.push("node --test reported no counts");
      else if (rc !== "0" && tests === 0) others.push(`node --test exited with ${rc}`);
      if (pgMissing === "1") others.push("PostgreSQL could not be started (scripts/ensure-postgres.sh): the tests ran on SQLite only");
      failures.push(...others.map((line) => `[Node receiver] ${line}`));
      const result = { passed: counts.pass ?? 0, failed: tests + others.length, skipped: (counts.skipped ?? 0) + (counts.todo ?? 0), failures };
      fs.writeFileSync("test-results/server.json", JSON.stringify(result));
      console.log(`\nReceiver (server/): ${result.passed} passed, ${result.failed} failed, ${result.skipped} skipped`);
    ' "$server_tap" "$server_rc" "$([ -n "$database_url" ] && echo 0 || echo 1)" || server_failed "its test results could not be read"
    [ "$server_rc" -eq 0 ] && [ -n "$database_url" ] || status=1
  fi
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
