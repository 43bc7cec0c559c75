#!/usr/bin/env bash
# Native throughput of this tree against a baseline commit, in the same run:
# builds examples/throughput at BASE (a git worktree under target/) and here,
# then runs both in turn on the same text and prints each one's median MB/s
# and the ratio. Alternating the runs keeps a busy machine fair to both.
#
#   bash scripts/bench_compare.sh [BASE=ef26e7f] [FILE] [ROUNDS=7]
# FILE defaults to ../shared/corpus/dev and the samples, repeated to 1 MB.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
base="${1:-ef26e7f}"
rounds="${3:-7}"
work="$root/target/bench-compare"
mkdir -p "$work"
file="${2:-$work/corpus.txt}"
if [ -z "${2:-}" ]; then
    cat ../shared/corpus/dev/*.txt samples/*.txt 2>/dev/null > "$work/one.txt" || cat samples/*.txt > "$work/one.txt"
    python3 -c "import sys; d=open(sys.argv[1]).read(); open(sys.argv[2],'w').write(d*(1_000_000//len(d)+1))" "$work/one.txt" "$file"
fi
if [ ! -d "$work/base" ]; then
    git worktree add -q --detach "$work/base" "$base"
else
    git -C "$work/base" checkout -q --detach "$base"
fi
(cd "$work/base" && CARGO_TARGET_DIR="$work/base-target" cargo build --release -q --example throughput)
cargo build --release -q --example throughput
old="$work/base-target/release/examples/throughput"
new="${CARGO_TARGET_DIR:-target}/release/examples/throughput"
rate() { "$1" "$file" 10 | tail -1 | cut -d' ' -f1; }
olds=() news=()
for _ in $(seq "$rounds"); do
    olds+=("$(rate "$old")")
    news+=("$(rate "$new")")
done
python3 - "${olds[*]}" "${news[*]}" "$base" <<'PY'
import statistics, sys
old = [float(x) for x in sys.argv[1].split()]
new = [float(x) for x in sys.argv[2].split()]
mo, mn = statistics.median(old), statistics.median(new)
print(f"baseline {sys.argv[3]}: {mo:.1f} MB/s   this tree: {mn:.1f} MB/s   ratio {mn / mo:.3f}")
PY
