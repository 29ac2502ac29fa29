#!/usr/bin/env bash
# The browser tests drive Debian's Chromium (no browser download is possible here). Installs it when
# missing and allowed (root with apt), otherwise says what to install.
set -euo pipefail
CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
[ -x "$CHROMIUM" ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing Debian's chromium for the browser tests…"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  exit 0
fi
echo "The browser tests need Chromium at $CHROMIUM: install Debian's package (sudo apt-get install chromium) or set CHROMIUM_PATH." >&2
exit 1
