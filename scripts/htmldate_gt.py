#!/usr/bin/env python3
"""Writes a gt.jsonl for `newsfold eval` from htmldate's date benchmark (1,000 pages in many
languages, mostly German; https://github.com/adbar/htmldate, tests/, Apache-2.0), so
`published` can be scored on pages from outside our bench sets:

    python3 scripts/htmldate_gt.py path/to/htmldate/tests > /tmp/htmldate-gt.jsonl
    newsfold eval /tmp/htmldate-gt.jsonl --with-url

Each line gets `date` and `url` from htmldate's truth files and no `body`, so read only the
date figure. Paths are absolute, as the pages stay in the htmldate checkout.
"""
import json
import os
import sys


def main():
    tests = os.path.abspath(sys.argv[1])
    for truth_file in ("eval_mediacloud_2020.json", "eval_default.json"):
        with open(os.path.join(tests, truth_file), encoding="utf-8") as f:
            pages = json.load(f)
        for url, page in pages.items():
            path = next(
                (
                    os.path.join(tests, d, page["file"])
                    for d in ("test_set", "cache", "eval")
                    if os.path.isfile(os.path.join(tests, d, page["file"]))
                ),
                None,
            )
            date = page.get("date")
            if path is None or not isinstance(date, str) or not date:
                print(f"skipped {page['file']}: no file or no date", file=sys.stderr)
                continue
            line = {"id": page["file"], "html": path, "url": url, "date": date}
            print(json.dumps(line, ensure_ascii=False))


if __name__ == "__main__":
    main()
