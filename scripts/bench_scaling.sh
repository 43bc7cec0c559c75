#!/usr/bin/env bash
# Runs the linear-time benchmark (benches/scaling.rs) and prints MB/s per
# hostile family and input size, from criterion's estimates: linear time
# reads as the same MB/s along a row.
#
#   bash scripts/bench_scaling.sh               # measure (about four minutes), then the table
#   bash scripts/bench_scaling.sh --table       # the table of the last run only
#   bash scripts/bench_scaling.sh 'digits'      # measure the families matching a filter
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

if [ "${1:-}" != "--table" ]; then
    cargo bench --bench scaling -- --noplot "$@" >&2
fi

python3 - "${CARGO_TARGET_DIR:-target}/criterion" <<'EOF'
import json, pathlib, sys

base = pathlib.Path(sys.argv[1])
sizes = ["1KB", "10KB", "100KB", "1MB", "10MB"]
rows = {}
for est in sorted(base.glob("scaling_*/*/new/estimates.json")):
    meta = json.loads((est.parent / "benchmark.json").read_text())
    seconds = json.loads(est.read_text())["mean"]["point_estimate"] / 1e9
    mb_s = meta["throughput"]["Bytes"] / seconds / 1e6
    rows.setdefault(meta["group_id"].removeprefix("scaling_"), {})[meta["value_str"]] = mb_s
if not rows:
    sys.exit(f"no results under {base}/scaling_*: run without --table first")
print(f"{'MB/s':<14}" + "".join(f"{s:>9}" for s in sizes) + f"{'10MB/1KB':>10}")
for family, by_size in rows.items():
    cells = "".join(f"{by_size[s]:>9.1f}" if s in by_size else f"{'-':>9}" for s in sizes)
    ratio = by_size.get("10MB", 0) / by_size["1KB"] if "1KB" in by_size else 0
    print(f"{family:<14}{cells}{ratio:>10.2f}")
EOF
