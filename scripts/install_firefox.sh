#!/usr/bin/env bash
# Installs what the Firefox tests (tests/firefox/) need: Debian's Firefox ESR
# and the npm devDependency puppeteer-core (24.x: it drives the system Firefox
# over WebDriver BiDi and never downloads a browser). Idempotent: each step
# runs only when missing.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

if [ ! -x /usr/bin/firefox-esr ]; then
    echo "==> installing Firefox ESR (apt-get)"
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y --no-install-recommends firefox-esr
else
    echo "==> Firefox ESR present: $(/usr/bin/firefox-esr --version 2>/dev/null || echo /usr/bin/firefox-esr)"
fi

if [ ! -d node_modules/puppeteer-core ]; then
    echo "==> npm ci"
    npm ci --no-audit --no-fund
else
    echo "==> node_modules/puppeteer-core present"
fi
