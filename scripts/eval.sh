#!/usr/bin/env bash
# The one evaluation command: builds the release CLI, then scores it on every
# corpus, tune and check apart (scripts/eval.py --help tells the corpora and options).
#
#   bash scripts/eval.sh                            # every corpus and split, then a summary
#   MIRRORS=/path/to/mirrors bash scripts/eval.sh   # PolNeAR too (train = tune, dev = check)
#   bash scripts/eval.sh --misses fr-orangesum      # the misses of a tune split
#   bash scripts/eval.sh --gate README.md           # fails where a check split falls behind the README
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
cargo build --release --quiet
exec python3 scripts/eval.py --bin "$root/${CARGO_TARGET_DIR:-target}/release/claimlens" "$@"
