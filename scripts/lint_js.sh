#!/usr/bin/env bash
# Type-checks and lints the JavaScript of the widget (www/) and the extension
# (extension/src/): `tsc` (tsconfig.json: JSDoc types, the .d.ts files checked
# against the code, the extension's messages against shared/protocol.js) and
# ESLint (eslint.config.js). Both are pinned in package.json and installed
# here by `npm ci` when missing; the WebAssembly module's declarations and the
# languages list (www/pkg/, which the code is checked against) are built when
# missing (scripts/build_wasm.sh). Run by .ci/run.
#
#   bash scripts/lint_js.sh
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

if [ ! -x node_modules/.bin/tsc ] || [ ! -x node_modules/.bin/eslint ]; then
    command -v npm >/dev/null 2>&1 || { echo "npm is missing: apt-get install nodejs npm (Node >= 20)" >&2; exit 1; }
    echo "==> npm ci (typescript, eslint)"
    npm ci --no-audit --no-fund
fi
if [ ! -f www/pkg/claimlens.d.ts ] || [ ! -f www/pkg/languages.js ]; then
    bash scripts/build_wasm.sh
fi
echo "==> tsc -p tsconfig.json ($(node_modules/.bin/tsc --version))"
node_modules/.bin/tsc -p tsconfig.json
echo "==> eslint www extension/src ($(node_modules/.bin/eslint --version))"
node_modules/.bin/eslint www extension/src
