#!/usr/bin/env bash
# Fuzzes the analyser with cargo fuzz (libFuzzer): the `analyze` target (the
# public entry point, any text, any options) and the `html` target (the CLI's
# --html path). Each target asserts the flag contract (tests/contract/, shared
# with the property and hostile tests) and fuzz/src/invariants.rs.
#
#   bash scripts/fuzz.sh                 # both targets, 60 s each
#   bash scripts/fuzz.sh all 120         # both targets, 120 s each
#   bash scripts/fuzz.sh analyze 600     # one target, 10 minutes
#   FUZZ_SANITIZER=none bash scripts/fuzz.sh   # stable even where nightly is
#
# Installs cargo-fuzz (pinned) if missing. With a nightly toolchain (rustup)
# it runs under AddressSanitizer; with stable alone, without a sanitizer
# (safe Rust needs none to catch panics, overflows and out-of-bounds slices).
# The corpus (fuzz/corpus/<target>/) is seeded from ../shared/corpus/dev,
# samples/ and fuzz/seeds/ on every run and grows across runs; a crash is
# saved in fuzz/artifacts/<target>/ and makes this script fail.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
. scripts/toolchain.sh

CARGO_FUZZ_VERSION=0.13.2
targets=("${1:-all}")
[ "${targets[0]}" = all ] && targets=(analyze html)
seconds="${2:-60}"

if ! cargo fuzz --version >/dev/null 2>&1; then
    echo "==> cargo install cargo-fuzz $CARGO_FUZZ_VERSION"
    cargo install cargo-fuzz --version "$CARGO_FUZZ_VERSION" --locked ||
        cargo install cargo-fuzz --version "$CARGO_FUZZ_VERSION"
fi

# Nightly (through rustup) for AddressSanitizer; stable runs without one.
toolchain=()
sanitizer="${FUZZ_SANITIZER:-}"
if [ -z "$sanitizer" ]; then
    if command -v rustup >/dev/null 2>&1 && rustup run nightly rustc --version >/dev/null 2>&1; then
        sanitizer=address
    else
        sanitizer=none
    fi
fi
[ "$sanitizer" != none ] && toolchain=(+nightly)
echo "==> cargo ${toolchain[*]} fuzz, sanitizer: $sanitizer"

sources=(samples fuzz/seeds)
[ -d "$root/../shared/corpus/dev" ] && sources+=("$root/../shared/corpus/dev")
echo "==> seeding fuzz/corpus from ${sources[*]}"
python3 fuzz/seed.py fuzz/corpus "${sources[@]}"

for target in "${targets[@]}"; do
    echo "==> fuzzing $target for $seconds s"
    # -max_len: an article fits in 64 KB; -timeout: seconds per input.
    cargo "${toolchain[@]}" fuzz run --sanitizer "$sanitizer" "$target" "fuzz/corpus/$target" -- \
        -max_total_time="$seconds" -max_len=65536 -timeout=10 -rss_limit_mb=2048 \
        -dict=fuzz/claimlens.dict -print_final_stats=1
done
