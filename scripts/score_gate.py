#!/usr/bin/env python3
"""Runs ../shared/eval/score.py, prints its table, and fails below the gate.

The gate (development corpus): macro F1 >= 0.80, quote F1 >= 0.90, source
accuracy >= 0.85. With --report-only it prints the table and the recalls and
always passes (for corpora given for information, such as dev-en-wiki).

Usage:
  score_gate.py --score-py PATH --cmd CMD --texts DIR --labels DIR [--scored L] [--report-only]
"""
import argparse
import json
import subprocess
import sys

MIN_MACRO_F1 = 0.80
MIN_F1 = {"quote": 0.90}
MIN_SOURCE_ACCURACY = 0.85


def score(score_py, cmd, texts, labels, scored, as_json):
    argv = [sys.executable, score_py, "--cmd", cmd, "--texts", texts, "--labels", labels, "--scored", scored]
    if as_json:
        argv.append("--json")
    out = subprocess.run(argv, capture_output=True, text=True)
    if out.returncode != 0:
        sys.stderr.write(out.stdout + out.stderr)
        sys.exit(f"score gate: score.py failed (exit {out.returncode})")
    return out.stdout


def failures(result, scored):
    """The gate's conditions that the result does not meet, as readable lines."""
    failed = []
    macro = result["macro_f1"]
    if macro < MIN_MACRO_F1:
        failed.append(f"macro F1 {macro:.3f} < {MIN_MACRO_F1:.2f}")
    for label, floor in MIN_F1.items():
        if label not in scored:
            continue
        f1 = result["per_label"][label]["f1"]
        if f1 < floor:
            failed.append(f"{label} F1 {f1:.3f} < {floor:.2f}")
    sa = result["source_accuracy"]
    if sa is None or sa < MIN_SOURCE_ACCURACY:
        shown = "n/a" if sa is None else f"{sa:.3f}"
        failed.append(f"source accuracy {shown} < {MIN_SOURCE_ACCURACY:.2f}")
    return failed


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--score-py", required=True, help="path of shared/eval/score.py")
    ap.add_argument("--cmd", required=True)
    ap.add_argument("--texts", required=True)
    ap.add_argument("--labels", required=True)
    ap.add_argument("--scored", default="quote,attributed,vague,unsourced")
    ap.add_argument("--report-only", action="store_true", help="print, never fail")
    a = ap.parse_args()
    scored = [l.strip() for l in a.scored.split(",") if l.strip()]

    print(score(a.score_py, a.cmd, a.texts, a.labels, a.scored, as_json=False), end="")
    result = json.loads(score(a.score_py, a.cmd, a.texts, a.labels, a.scored, as_json=True))
    if a.report_only:
        for label in scored:
            print(f"{label} recall {result['per_label'][label]['recall']:.2f} (information, not gated)")
        return
    failed = failures(result, scored)
    if failed:
        sys.stdout.flush()
        print("SCORE GATE FAILED:", *failed, sep="\n  ", file=sys.stderr)
        sys.exit(1)
    print(f"score gate passed (macro F1 >= {MIN_MACRO_F1}, "
          + ", ".join(f"{l} F1 >= {v}" for l, v in MIN_F1.items())
          + f", source accuracy >= {MIN_SOURCE_ACCURACY})")


if __name__ == "__main__":
    main()
