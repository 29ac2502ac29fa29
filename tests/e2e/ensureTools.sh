#!/usr/bin/env bash
# The end-to-end tests drive Debian's Chromium (no browser download is possible here) and put Debian's
# nginx in front of several app instances, and Debian's varnish as the HTTP cache a CDN would be. Installs what is missing when allowed (root with apt),
# otherwise says what to install. (PostgreSQL: tests/postgres.sh.)
set -euo pipefail
CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
missing=()
[ -x "$CHROMIUM" ] || missing+=(chromium)
[ -x /usr/sbin/nginx ] || missing+=(nginx)
[ -x /usr/sbin/varnishd ] || missing+=(varnish)
[ ${#missing[@]} = 0 ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing Debian's ${missing[*]} for the end-to-end tests…"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  # Debian starts nginx (port 80) and varnish (6081) when it installs them; the tests start their own.
  (service nginx stop; service varnish stop; nginx -s quit; pkill -x varnishd) >/dev/null 2>&1 || true
  exit 0
fi
echo "The end-to-end tests need Debian's ${missing[*]} (sudo apt-get install ${missing[*]}); or set CHROMIUM_PATH." >&2
exit 1
