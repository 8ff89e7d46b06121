#!/usr/bin/env python3
"""Writes a gt.jsonl for `newsfold eval` from the metadata in trafilatura's benchmark
(tests/evaldata.json: title on 845 pages, date on 728, author on 538, mostly German;
https://github.com/adbar/trafilatura, Apache-2.0), to score `title`, `published` and
`authors` on pages from outside our bench sets:

    python3 scripts/trafilatura_gt.py path/to/trafilatura/tests > /tmp/trafilatura-gt.jsonl
    newsfold eval /tmp/trafilatura-gt.jsonl --with-url

No `body` is written (scripts/trafilatura_eval.py scores the text with trafilatura's own
measure), so read only the title, date and author figures. Author strings joined with
"und", "et", "y" or "e" are split into names, as the eval splits "and".
"""
import json
import os
import re
import sys


def names(author):
    parts = author if isinstance(author, list) else [author]
    out = []
    for p in parts:
        out.extend(n.strip() for n in re.split(r"\s+(?:und|et|y|e|i|и)\s+|;", p) if n.strip())
    return out


def main():
    tests = os.path.abspath(sys.argv[1])
    with open(os.path.join(tests, "evaldata.json"), encoding="utf-8") as f:
        evaldata = json.load(f)
    for url, item in evaldata.items():
        path = next(
            (
                os.path.join(tests, d, item["file"])
                for d in ("cache", "eval")
                if os.path.isfile(os.path.join(tests, d, item["file"]))
            ),
            None,
        )
        if path is None or not any(item.get(k) for k in ("title", "date", "author")):
            continue
        line = {"id": item["file"], "html": path, "url": url}
        if item.get("title"):
            line["title"] = item["title"]
        if item.get("date"):
            line["date"] = item["date"]
        if item.get("author"):
            line["authors"] = names(item["author"])
        print(json.dumps(line, ensure_ascii=False))


if __name__ == "__main__":
    main()
