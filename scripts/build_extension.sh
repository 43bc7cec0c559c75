#!/usr/bin/env bash
# Builds the browser extension: dist/chrome/, dist/firefox/ and their zip files
# for the stores (extension/build.mjs). Builds the WebAssembly module first
# (scripts/build_wasm.sh: installs the wasm target, wasm-bindgen and binaryen
# where missing) and installs the npm packages (esbuild, fflate) if needed.
# Idempotent.
#
#   bash scripts/build_extension.sh
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

bash scripts/build_wasm.sh
if [ ! -d node_modules/esbuild ] || [ ! -d node_modules/fflate ]; then
    command -v npm >/dev/null 2>&1 || { echo "npm is missing: apt-get install nodejs npm (Node >= 20)" >&2; exit 1; }
    echo "==> npm ci"
    npm ci --no-audit --no-fund
fi
echo "==> node extension/build.mjs"
node extension/build.mjs
