#!/usr/bin/env python3
"""Checks labelled corpus files: every NAME.jsonl beside its NAME.txt.

- each line is a JSON object with "text" and a known "label" (no TODO left);
- quote and attributed carry a "source"; attributed and vague a "cue";
  unsourced a "claim" (statistic, evaluative, causal, factual), and only it;
- a "source" is written somewhere in the document (as the text has it);
- the sentences are found in the text in order, and together they cover
  every character of it but white space: nothing is left unlabelled.

  python3 scripts/corpus/validate.py corpus/fr-orangesum [more dirs or .jsonl files]
Exit status 1 with one line per problem.
"""
import json
import os
import sys

LABELS = {"quote", "attributed", "vague", "unsourced", "none", "ignore"}
CLAIMS = {"statistic", "evaluative", "causal", "factual"}
KEYS = {"text", "label", "source", "cue", "claim", "note", "source_check"}


def norm(s):
    return s.replace("’", "'")


def check(jsonl):
    problems = []
    txt = jsonl[: -len(".jsonl")] + ".txt"
    text = open(txt, encoding="utf-8").read()
    pos, covered = 0, [False] * len(text)
    for n, line in enumerate(open(jsonl, encoding="utf-8"), 1):
        where = f"{jsonl}:{n}"
        if not line.strip():
            continue
        try:
            g = json.loads(line)
        except ValueError as e:
            problems.append(f"{where}: not JSON ({e})")
            continue
        extra = set(g) - KEYS
        if extra:
            problems.append(f"{where}: unknown keys {sorted(extra)}")
        label, s = g.get("label"), g.get("text", "")
        if label not in LABELS:
            problems.append(f"{where}: label {label!r}")
        if label in ("quote", "attributed") and not g.get("source"):
            problems.append(f"{where}: {label} without a source")
        if label in ("attributed", "vague") and not g.get("cue"):
            problems.append(f"{where}: {label} without a cue")
        if (label == "unsourced") != ("claim" in g) or ("claim" in g and g["claim"] not in CLAIMS):
            problems.append(f"{where}: claim {g.get('claim')!r} on a {label} sentence")
        if g.get("source") and norm(g["source"]) not in norm(text):
            problems.append(f"{where}: source {g['source']!r} is not written in the document")
        at = text.find(s, pos) if s else -1
        if at < 0:
            problems.append(f"{where}: sentence not found in order in {txt}: {s[:70]!r}")
            continue
        for i in range(at, at + len(s)):
            covered[i] = True
        pos = at + len(s)
    left = [i for i, c in enumerate(text) if not c.isspace() and not covered[i]]
    if left:
        i = left[0]
        problems.append(f"{jsonl}: {len(left)} characters in no sentence, first at {i}: {text[i:i + 60]!r}")
    return problems


def main():
    files = []
    for a in sys.argv[1:]:
        if a.endswith(".jsonl"):
            files.append(a)
        else:
            for root, _, names in os.walk(a):
                files += [os.path.join(root, n) for n in sorted(names) if n.endswith(".jsonl")]
    problems = [p for f in sorted(files) for p in check(f)]
    for p in problems:
        print(p)
    print(f"{len(files)} files, {len(problems)} problems", file=sys.stderr)
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
