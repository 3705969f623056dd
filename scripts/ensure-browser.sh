#!/usr/bin/env bash
# Browser tests need Debian's Chromium and CJK fonts (without them Chinese renders as boxes).
# Installs them with apt-get when missing and we are root; otherwise says exactly what to run.
set -euo pipefail
need=()
[ -x /usr/bin/chromium ] || need+=(chromium)
fc-list 2>/dev/null | grep -qi "Noto Sans CJK" || need+=(fonts-noto-cjk)
[ ${#need[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null; then
  echo "Installing ${need[*]} from Debian (needed by the browser tests)…"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq "${need[@]}" >/dev/null
else
  echo "Browser tests need: sudo apt-get install -y ${need[*]}" >&2
  exit 1
fi
