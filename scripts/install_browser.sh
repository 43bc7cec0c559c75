#!/usr/bin/env bash
# Installs what the browser tests (tests/browser/) need: Chromium from Debian and
# the npm devDependencies (playwright-core drives the system Chromium; we never
# download Playwright's own browsers). Idempotent: each step runs only when missing.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

if [ ! -x /usr/bin/chromium ]; then
    echo "==> installing Chromium (apt-get)"
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y --no-install-recommends chromium
else
    echo "==> Chromium present: $(/usr/bin/chromium --version 2>/dev/null || echo /usr/bin/chromium)"
fi

if [ ! -d node_modules/playwright-core ]; then
    echo "==> npm ci"
    npm ci --no-audit --no-fund
else
    echo "==> node_modules/playwright-core present"
fi
