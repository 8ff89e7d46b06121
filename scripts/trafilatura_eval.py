#!/usr/bin/env python3
"""Scores `newsfold extract` on trafilatura's main-text benchmark (990 pages, mostly
German, 20-30% in other languages; https://github.com/adbar/trafilatura, tests/,
Apache-2.0) with its own measure: each page lists text segments that must be in the
output ("with") and boilerplate that must not ("without"); whitespace-normalised
substring matching, counts summed over all pages.

    python3 scripts/trafilatura_eval.py path/to/trafilatura/tests [target/release/newsfold]

Prints precision, recall, accuracy and F1 as trafilatura's docs/evaluation.rst reports
them for other tools, and with --misses the pages that lose segments.
"""
import json
import os
import re
import subprocess
import sys


def norm(text):
    return re.sub(r"\s+", " ", text).strip()


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    tests = args[0]
    binary = args[1] if len(args) > 1 else "target/release/newsfold"
    with open(os.path.join(tests, "evaldata.json"), encoding="utf-8") as f:
        evaldata = json.load(f)
    paths = {}
    for url, item in evaldata.items():
        for sub in ("cache", "eval"):
            path = os.path.join(tests, sub, item["file"])
            if os.path.isfile(path):
                paths[url] = path
                break
    order = sorted(paths)
    out = subprocess.run(
        [binary, "extract", "--format", "jsonl", "--", *[paths[u] for u in order]],
        capture_output=True,
        text=True,
    ).stdout.splitlines()
    by_path = {}
    for line in out:
        rec = json.loads(line)
        by_path[rec["source"]] = rec
    tp = fp = fn = tn = 0
    misses = []
    for url in order:
        item = evaldata[url]
        rec = by_path.get(paths[url], {})
        text = norm(rec.get("body") or "")
        hit = [w for w in item["with"] if norm(w) in text]
        leak = [w for w in item["without"] if norm(w) in text]
        tp += len(hit)
        fp += len(leak)
        fn += len(item["with"]) - len(hit)
        tn += len(item["without"]) - len(leak)
        if len(hit) < len(item["with"]) or leak:
            misses.append((item["file"], rec.get("error"), len(hit), len(item["with"]), leak))
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    accuracy = (tp + tn) / (tp + fp + fn + tn)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    print(
        f"{len(order)} pages of {len(evaldata)}: precision {precision:.3f} recall {recall:.3f} "
        f"accuracy {accuracy:.3f} F1 {f1:.3f} (tp {tp} fp {fp} fn {fn} tn {tn})"
    )
    if "--misses" in sys.argv:
        for m in misses:
            print(json.dumps(m, ensure_ascii=False))


if __name__ == "__main__":
    main()
