#!/usr/bin/env python3
"""Scores the analyser on every corpus, tune and check apart (scripts/eval.sh).

Corpora (what each is: README, "Scores"):
  fr-orangesum  corpus/fr-orangesum/{tune,check}: French national news (in the repo)
  fr-wikinews   corpus/fr-wikinews/{tune,check}: French Wikinews (in the repo)
  dev           ../shared/corpus/dev: the five French development articles (tune only:
                earlier sessions wrote rules with them in view)
  dev-en-wiki   ../shared/corpus/dev-en-wiki, split by article (vague and needs-source recall)
  polnear       PolNeAR train (tune) and dev (check), built from a fetched mirror when
                $MIRRORS holds networkdynamics+PolNeAR; its test split is never built

For each corpus and split: per-label precision, recall, F1, macro F1, source
accuracy, needs-source recall; then one summary line per corpus and split.

  eval.py --bin target/release/claimlens                # every corpus
  eval.py --bin … --only fr-orangesum,polnear           # some
  eval.py --bin … --misses fr-orangesum                 # the misses of a TUNE split
  eval.py --bin … --gate README.md                      # fail if a check macro F1 of a corpus
                                                        # in the repo is > 0.02 below the README's
  eval.py --bin … --write-readme README.md              # put the summary in the README

Check splits are for figures only: --misses refuses them.
"""
import argparse
import json
import os
import re
import shlex
import subprocess
import sys

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
SHARED = os.path.normpath(os.path.join(ROOT, "..", "shared"))
WORK = os.path.join(ROOT, "target", "eval")
ALL4 = ["quote", "attributed", "vague", "unsourced"]
GATE_MARGIN = 0.02
# The development articles were written into the rules: their floor stays fixed.
DEV_FLOOR = {"macro_f1": 0.90, "quote": 0.90, "source_accuracy": 0.85}
BEGIN, END = "<!-- eval:begin -->", "<!-- eval:end -->"

sys.path.insert(0, os.path.join(SHARED, "eval"))
sys.path.insert(0, os.path.join(ROOT, "scripts", "corpus"))
from common import best_flags, split_of  # noqa: E402


def wiki_splits():
    """dev-en-wiki split by article (a third for check) into target/eval/dev-en-wiki/."""
    src = os.path.join(SHARED, "corpus", "dev-en-wiki")
    out = {s: os.path.join(WORK, "dev-en-wiki", s) for s in ("tune", "check")}
    for d in out.values():
        os.makedirs(d, exist_ok=True)
    for name in sorted(os.listdir(src)):
        if not name.endswith(".jsonl"):
            continue
        gold = [json.loads(l) for l in open(os.path.join(src, name), encoding="utf-8") if l.strip()]
        parts = {"tune": [], "check": []}
        for g in gold:
            parts[split_of("dev-en-wiki", g["article"])].append(g)
        for split, rows in parts.items():
            stem = os.path.join(out[split], name[: -len(".jsonl")])
            with open(stem + ".jsonl", "w", encoding="utf-8") as f:
                f.writelines(json.dumps(g, ensure_ascii=False) + "\n" for g in rows)
            with open(stem + ".txt", "w", encoding="utf-8") as f:
                f.write("\n\n".join(g["text"] for g in rows) + "\n")
    return out


def polnear_splits():
    """PolNeAR train and dev as score.py gold, or None without a mirror."""
    mirror = os.path.join(os.environ.get("MIRRORS", ""), "networkdynamics+PolNeAR", "repo")
    if not os.environ.get("MIRRORS") or not os.path.isdir(mirror):
        return None
    out = {}
    for split, role in (("train", "tune"), ("dev", "check")):
        d = os.path.join(WORK, "polnear", split)
        if not os.path.exists(os.path.join(d, ".built")):
            subprocess.run([sys.executable, os.path.join(SHARED, "eval", "build_polnear.py"),
                            "--mirror", mirror, "--split", split, d], check=True, capture_output=True)
            open(os.path.join(d, ".built"), "w").close()
        out[role] = d
    return out


def corpora():
    """(name, {split: dir}, scored labels, extra CLI args, in the repository) or a reason it is missing."""
    yield "fr-orangesum", {s: os.path.join(ROOT, "corpus", "fr-orangesum", s) for s in ("tune", "check")}, ALL4, [], True
    yield "fr-wikinews", {s: os.path.join(ROOT, "corpus", "fr-wikinews", s) for s in ("tune", "check")}, ALL4, [], True
    if os.path.isdir(os.path.join(SHARED, "corpus", "dev")):
        yield "dev", {"tune": os.path.join(SHARED, "corpus", "dev")}, ALL4, [], False
        yield "dev-en-wiki", wiki_splits(), ["vague"], ["--lang", "en"], False
    else:
        yield "dev", f"no {SHARED}/corpus/dev", None, None, False
    pn = polnear_splits()
    if pn:
        yield "polnear", pn, ["quote", "attributed", "vague"], [], False
    else:
        yield "polnear", "no PolNeAR mirror: set MIRRORS to the folder holding networkdynamics+PolNeAR", None, None, False


def run_score(binary, extra, d, scored):
    import score  # ../shared/eval/score.py

    # (score.py splits the command as a shell would: the path is quoted.)
    cmd = " ".join([shlex.quote(binary), "analyze", "--format", "json", *extra, "{file}"])
    return score.score(cmd, d, d, scored)


def print_misses(binary, extra, d):
    """Each sentence of a tune split labelled wrongly (or with the wrong source):
    file:line, gold label and source, the analyser's label, source, cue and rule, the text."""
    import score

    for name in sorted(os.listdir(d)):
        if not name.endswith(".jsonl"):
            continue
        stem = name[: -len(".jsonl")]
        path = os.path.join(d, stem + ".txt")
        gold = [json.loads(l) for l in open(os.path.join(d, name), encoding="utf-8") if l.strip()]
        ranges = score.locate(open(path, "rb").read(), gold)
        out = subprocess.run([binary, "analyze", "--format", "json", *extra, path], capture_output=True, check=True)
        best = best_flags(json.loads(out.stdout)["flags"], ranges, score.RANK)
        for n, (g, b) in enumerate(zip(gold, best), 1):
            if g["label"] == "ignore":
                continue
            p = b["label"] if b else "none"
            wrong_source = (p == g["label"] and p in ("quote", "attributed", "vague") and g.get("source")
                            and g.get("source_check", True) is not False
                            and not score.source_matches(b.get("source"), g["source"]))
            if p in score.accepts(g["label"]) and not wrong_source:
                continue
            b = b or {}
            print(f"{stem}:{n}\t{g['label']} [{g.get('source') or ''}]\t{p} [{b.get('source') or ''}]"
                  f"\t{b.get('cue') or ''}\t{b.get('rule') or ''}\t{' '.join(g['text'].split())}")


def table(name, split, r, scored):
    lines = [f"== {name} / {split}", f"{'label':<11}{'prec':>7}{'recall':>8}{'f1':>7}{'n':>6}"]
    for l in scored:
        m = r["per_label"][l]
        lines.append(f"{l:<11}{m['precision']:>7.2f}{m['recall']:>8.2f}{m['f1']:>7.2f}{m['support']:>6}")
    sa, ns = r["source_accuracy"], r["needs_source_recall"]
    lines.append(f"macro F1 {r['macro_f1']:.3f}   source accuracy {fmt(sa)}   needs-source recall {fmt(ns)}")
    return "\n".join(lines)


def fmt(x):
    return "n/a" if x is None else f"{x:.2f}"


def summary_line(name, split, r, scored, n):
    f1 = {l: r["per_label"][l]["f1"] if l in scored else None for l in ALL4}
    cells = " ".join(f"{fmt(f1[l]):>6}" for l in ALL4)
    vague_recall = r["per_label"]["vague"]["recall"] if "vague" in scored else None
    return (f"{name:<13}{split:<6}{n:>6}  {r['macro_f1']:>8.3f} {cells}  {fmt(vague_recall):>6}  "
            f"{fmt(r['source_accuracy']):>6} {fmt(r['needs_source_recall']):>6}")


HEADER = (f"{'corpus':<13}{'split':<6}{'sent.':>6}  {'macro F1':>8} {'quote':>6} {'attrib':>6} {'vague':>6} "
          f"{'unsrc':>6}  {'vag.R':>6}  {'source':>6} {'needs':>6}")


def readme_figures(path):
    """{(corpus, split): macro F1} from the README's summary block."""
    text = open(path, encoding="utf-8").read()
    m = re.search(re.escape(BEGIN) + r"(.*?)" + re.escape(END), text, re.S)
    if not m:
        raise SystemExit(f"{path}: no {BEGIN} … {END} block")
    out = {}
    for line in m.group(1).splitlines():
        cols = line.split()
        if len(cols) >= 4 and cols[1] in ("tune", "check"):
            try:
                out[(cols[0], cols[1])] = float(cols[3])
            except ValueError:
                pass
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--bin", default=os.path.join(ROOT, "target", "release", "claimlens"))
    ap.add_argument("--only", help="comma list of corpora")
    ap.add_argument("--misses", metavar="CORPUS", help="list the misses of CORPUS's tune split")
    ap.add_argument("--gate", metavar="README", help="fail where a check split in the repo falls behind")
    ap.add_argument("--json", metavar="FILE", help="also write every result to FILE")
    ap.add_argument("--write-readme", metavar="README", help="put the summary between the README's eval markers")
    a = ap.parse_args()
    only = set(a.only.split(",")) if a.only else None
    if a.misses:
        only = {a.misses}
    summary, failures, results = [], [], {}
    for name, splits, scored, extra, in_repo in corpora():
        if only and name not in only:
            continue
        if isinstance(splits, str):
            summary.append(f"{name:<13}skipped: {splits}")
            if a.misses:
                raise SystemExit(f"{name}: {splits}")
            continue
        for split, d in splits.items():
            if a.misses and split != "tune":
                continue  # check splits give figures only
            if a.misses:
                print_misses(a.bin, extra, d)
                continue
            r = run_score(a.bin, extra, d, scored)
            n = sum(sum(row.values()) for row in r["confusion"].values())
            results[f"{name}/{split}"] = {k: v for k, v in r.items() if k != "misses"}
            print(table(name, split, r, scored), end="\n\n")
            summary.append(summary_line(name, split, r, scored, n))
            if a.gate and name == "dev":
                for key, floor in DEV_FLOOR.items():
                    got = r[key] if key in r else r["per_label"][key]["f1"]
                    if got is None or got < floor:
                        failures.append(f"dev: {key} {fmt(got)} < {floor}")
            if a.gate and in_repo and split == "check":
                published = readme_figures(a.gate).get((name, split))
                if published is None:
                    failures.append(f"{name}/check: no figure in {a.gate}")
                elif r["macro_f1"] < published - GATE_MARGIN:
                    failures.append(f"{name}/check: macro F1 {r['macro_f1']:.3f} < {published:.3f} (README) - {GATE_MARGIN}")
    if a.misses:
        return
    print(HEADER)
    print("\n".join(summary))
    if a.write_readme:
        text = open(a.write_readme, encoding="utf-8").read()
        block = f"{BEGIN}\n```text\n{HEADER}\n" + "\n".join(summary) + f"\n```\n{END}"
        new, n = re.subn(re.escape(BEGIN) + r".*?" + re.escape(END), lambda _: block, text, flags=re.S)
        if n != 1:
            raise SystemExit(f"{a.write_readme}: no {BEGIN} … {END} block")
        open(a.write_readme, "w", encoding="utf-8").write(new)
    if a.json:
        with open(a.json, "w", encoding="utf-8") as f:
            json.dump(results, f, indent=1)
    if failures:
        print("\neval gate FAILED:\n  " + "\n  ".join(failures), file=sys.stderr)
        sys.exit(1)
    if a.gate:
        print("\neval gate passed")


if __name__ == "__main__":
    main()
