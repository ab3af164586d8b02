#!/usr/bin/env bash
# The whole suite (`npm test`) run several times while every core is kept busy, to show that no
# test depends on timing: a test that races a clock fails when the machine is slow.
#
#   npm run test:busy              three runs, one busy loop per core
#   npm run test:busy -- 5         five runs
#   BUSY_LOOPS=4 npm run test:busy four busy loops, whatever the core count
#
# Prints each run's closing `N passed, N failed, N skipped` line (test-results/summary.txt) and
# keeps each run's summary as test-results-busy/run-N.txt. Fails if any run failed.
set -uo pipefail
cd "$(dirname "$0")/.."

runs="${1:-3}"
loops="${BUSY_LOOPS:-$(nproc 2>/dev/null || echo 2)}"
busy=()

stop_busy() {
  for pid in "${busy[@]}"; do kill "$pid" 2>/dev/null; done
  busy=()
}
trap stop_busy EXIT
trap 'exit 130' INT TERM

rm -rf test-results-busy
mkdir -p test-results-busy
for _ in $(seq "$loops"); do
  node -e 'for (;;) {}' &
  busy+=("$!")
done
echo "test:busy: $runs runs of npm test with $loops busy loops (pids ${busy[*]})"

status=0
summaries=()
for run in $(seq "$runs"); do
  echo "test:busy: run $run of $runs"
  npm test > "test-results-busy/run-$run.log" 2>&1 || status=1
  line="$(tail -n 1 test-results/summary.txt 2>/dev/null || echo 'no summary (the run did not finish)')"
  cp test-results/summary.txt "test-results-busy/run-$run.txt" 2>/dev/null
  summaries+=("run $run: $line")
  echo "test:busy: run $run: $line"
  grep '^FAILED' test-results/summary.txt 2>/dev/null
done
stop_busy

echo
echo "test:busy: $runs runs with $loops busy loops"
printf '%s\n' "${summaries[@]}"
exit $status
