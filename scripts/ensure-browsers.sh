#!/usr/bin/env bash
# Finds Chromium and Firefox ESR, installing Debian's packages when they are missing.
# npm tools cannot download browsers on this kind of machine, so apt is the route.
set -euo pipefail
chrome="${CHROME_PATH:-/usr/bin/chromium}"
firefox="${FIREFOX_PATH:-/usr/bin/firefox-esr}"
missing=()
[ -x "$chrome" ] || missing+=(chromium)
[ -x "$firefox" ] || missing+=(firefox-esr)
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing browsers for the tests: ${missing[*]}" >&2
  sudo_cmd=""
  [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq "${missing[@]}" >/dev/null
fi
