#!/usr/bin/env python3
"""Compares the title newsfold finds in each PDF with the one it finds in the same
page's HTML (the bench PDF sets have no title truth), and lists every disagreement
for a reader to judge: the printed headline can be right where the HTML's meta
title differs.

    python3 scripts/pdf_titles.py target/release/newsfold ../shared/bench/pdf-dev ../shared/bench/pdf-dev-headers

Each set's gt.jsonl gives `pdf` and `source_html`, the latter relative to the
ScrapingHub set beside it.
"""
import json
import os
import re
import subprocess
import sys


def extract(newsfold, path):
    out = subprocess.run(
        [newsfold, "extract", "--format", "json", path], capture_output=True, text=True
    ).stdout
    record = json.loads(out)
    return record[0] if isinstance(record, list) else record


def fold(title):
    return " ".join(re.findall(r"\w+", (title or "").lower()))


def main():
    newsfold, sets = sys.argv[1], sys.argv[2:]
    agree = total = 0
    for directory in sets:
        html_root = os.path.join(os.path.dirname(os.path.abspath(directory)), "scrapinghub")
        with open(os.path.join(directory, "gt.jsonl")) as gt:
            for line in gt:
                page = json.loads(line)
                pdf = extract(newsfold, os.path.join(directory, page["pdf"]))
                html = extract(newsfold, os.path.join(html_root, page["source_html"]))
                total += 1
                if fold(pdf["title"]) == fold(html["title"]):
                    agree += 1
                else:
                    print(f"{page['id'][:8]}  PDF: {pdf['title']}\n          HTML: {html['title']}")
    print(f"{agree} of {total} PDF titles agree with the HTML's")


if __name__ == "__main__":
    main()
