#!/usr/bin/env bash
# Sets ClaimLens up on a fresh machine (Debian, Rust installed with rustup) and runs
# the main job: builds the CLI and shows the bundled French sample analysed, builds
# the WebAssembly module into www/pkg/ and the browser extension into dist/ (Chrome
# and Firefox, unpacked and zipped), then serves the demo page on 127.0.0.1 and
# prints its address (Ctrl-C stops it). Idempotent: run it again at any time.
#
#   bash scripts/setup.sh            # everything, then serve the demo
#   bash scripts/setup.sh --no-serve # everything but the server
#   PORT=8080 bash scripts/setup.sh  # another port (default 8731)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

serve=true
[ "${1:-}" = "--no-serve" ] && serve=false

echo "==> checking the toolchain"
. scripts/toolchain.sh

echo "==> cargo build --release"
cargo build --release

bin="${CARGO_TARGET_DIR:-target}/release/claimlens"
echo "==> $bin analyze --format pretty --color always samples/fr.txt"
"$bin" analyze --format pretty --color always samples/fr.txt

echo "==> the WebAssembly module and the browser extension (scripts/build_extension.sh)"
bash scripts/build_extension.sh
echo "==> load dist/chrome (chrome://extensions, developer mode, \"Load unpacked\") or dist/firefox (about:debugging)"

$serve || exit 0
port="${PORT:-8731}"
echo
echo "==> ClaimLens demo: http://127.0.0.1:$port/www/   (Ctrl-C to stop)"
# The page fetches ../samples/*.txt, so the repository root is served, on loopback only.
exec python3 -m http.server "$port" --bind 127.0.0.1 --directory "$root"
