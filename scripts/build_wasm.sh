#!/usr/bin/env bash
# Builds the WebAssembly module into www/pkg/ (claimlens.js, claimlens_bg.wasm,
# claimlens.d.ts, and languages.js: the table data/languages.tsv for the
# JavaScript) from scratch: installs what is missing (the wasm32 target, the
# wasm-bindgen CLI matching the crate's wasm-bindgen, binaryen's wasm-opt from
# npm), builds the library for wasm32 in release without the `cli` feature, runs
# wasm-bindgen and wasm-opt -Oz, prints the sizes and fails if the gzipped
# module is over the budget. Idempotent: run it again at any time.
#
#   bash scripts/build_wasm.sh
#
# Respects CARGO_TARGET_DIR. WASM_PROFILE picks another cargo profile (default:
# release; opt-level 3 came out both smaller and faster than "s" once wasm-opt
# has run, and "z" saves 4 KB gzipped for a third of the speed).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

bindgen_version=0.2.130 # must equal the `wasm-bindgen = "=…"` pin in Cargo.toml
budget_kb=300           # gzipped
profile="${WASM_PROFILE:-release}"
target=wasm32-unknown-unknown
out="$root/www/pkg"

say() { printf '==> %s\n' "$*" >&2; }

echo "==> checking the toolchain"
. scripts/toolchain.sh

if ! grep -q "^wasm-bindgen = \"=$bindgen_version\"" Cargo.toml; then
    say "Cargo.toml does not pin wasm-bindgen = \"=$bindgen_version\": update bindgen_version in $0"
    exit 1
fi

# The wasm32 target.
if ! rustup target list --installed 2>/dev/null | grep -qx "$target"; then
    command -v rustup >/dev/null 2>&1 || { say "no rustup: install the $target target yourself"; exit 1; }
    say "rustup target add $target"
    rustup target add "$target"
fi

# The wasm-bindgen CLI, exactly the crate's version (the glue and the module must match).
cargo_bin="${CARGO_HOME:-$HOME/.cargo}/bin" # where cargo install puts it
case ":$PATH:" in *":$cargo_bin:"*) ;; *) export PATH="$cargo_bin:$PATH" ;; esac
bindgen_ok() { command -v wasm-bindgen >/dev/null 2>&1 && [ "$(wasm-bindgen --version 2>/dev/null)" = "wasm-bindgen $bindgen_version" ]; }
if ! bindgen_ok; then
    say "cargo install wasm-bindgen-cli --version $bindgen_version (about two minutes)"
    # Not --locked: its lock file does not build with current toolchains.
    cargo install wasm-bindgen-cli --version "$bindgen_version"
    hash -r
    bindgen_ok || { say "wasm-bindgen $bindgen_version is still not on PATH"; exit 1; }
fi
say "$(wasm-bindgen --version)"

# wasm-opt from npm's binaryen (Debian's is too old for current Rust output).
wasm_opt="$root/node_modules/.bin/wasm-opt"
if [ ! -x "$wasm_opt" ]; then
    command -v npm >/dev/null 2>&1 || {
        say "npm is missing: apt-get install nodejs npm (Node >= 20), then run this again"
        exit 1
    }
    say "npm ci (binaryen's wasm-opt)"
    npm ci --no-audit --no-fund
fi
say "wasm-opt: $("$wasm_opt" --version)"

# The cdylib crate type is asked for here only, so native builds do not link one.
say "cargo rustc --profile $profile --target $target --no-default-features --lib --crate-type cdylib"
cargo rustc --profile "$profile" --target "$target" --no-default-features --lib --crate-type cdylib
target_dir="${CARGO_TARGET_DIR:-target}"
case "$profile" in dev) profile_dir=debug ;; *) profile_dir="$profile" ;; esac
wasm="$target_dir/$target/$profile_dir/claimlens.wasm"
[ -f "$wasm" ] || { say "no $wasm after the build"; exit 1; }

say "wasm-bindgen --target web --out-dir www/pkg --out-name claimlens"
rm -rf "$out"
wasm-bindgen --target web --out-dir "$out" --out-name claimlens "$wasm"

bg="$out/claimlens_bg.wasm"
raw_before=$(wc -c <"$bg")
say "wasm-opt -Oz"
"$wasm_opt" -Oz "$bg" -o "$bg.opt"
mv "$bg.opt" "$bg"

say "node scripts/languages.mjs (www/pkg/languages.js, from data/languages.tsv)"
node scripts/languages.mjs "$out/languages.js"

raw=$(wc -c <"$bg")
gz=$(gzip -9 -c "$bg" | wc -c)
kb() { awk -v b="$1" 'BEGIN { printf "%.1f KB", b / 1024 }'; }
echo "==> www/pkg/claimlens_bg.wasm: $(kb "$raw") raw ($(kb "$raw_before") before wasm-opt), $(kb "$gz") gzipped (budget $budget_kb KB)"
echo "==> www/pkg/claimlens.js: $(kb "$(wc -c <"$out/claimlens.js")") raw"
if [ "$gz" -gt $((budget_kb * 1024)) ]; then
    say "the gzipped module is over the $budget_kb KB budget"
    exit 1
fi
