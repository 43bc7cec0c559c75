#!/usr/bin/env bash
# Sets ClaimLens up on a fresh machine (Debian, Rust installed with rustup), builds
# the release binary and runs the main job: the analysis of the bundled French sample.
# Idempotent: run it again at any time.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

echo "==> checking the toolchain"
. scripts/toolchain.sh

echo "==> cargo build --release"
cargo build --release

bin="${CARGO_TARGET_DIR:-target}/release/claimlens"
echo "==> $bin analyze --format pretty --color always samples/fr.txt"
"$bin" analyze --format pretty --color always samples/fr.txt
