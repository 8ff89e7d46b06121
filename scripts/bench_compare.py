#!/usr/bin/env python3
"""Times Resiliparse and trafilatura on the same HTML pages, one core, in this process,
then runs `newsfold bench` on the same directory, so all figures come from one run.

    python3 -m venv /tmp/venv && /tmp/venv/bin/pip install resiliparse trafilatura lxml_html_clean
    /tmp/venv/bin/python scripts/bench_compare.py ../shared/bench/scrapinghub/html

Reading and decompressing are done before timing for the Python tools (their loops are
timed on decoded strings), which flatters them slightly against newsfold's `full` stage.
"""
import gzip
import os
import subprocess
import sys
import time


def load(directory):
    pages = []
    for name in sorted(os.listdir(directory)):
        path = os.path.join(directory, name)
        data = open(path, "rb").read()
        if name.endswith(".gz"):
            data = gzip.decompress(data)
        pages.append(data)
    return pages


def best_of(fn, pages, repeat):
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        for p in pages:
            fn(p)
        best = min(best, time.perf_counter() - start)
    return len(pages) / best


def main():
    directory = sys.argv[1]
    repeat = int(sys.argv[2]) if len(sys.argv) > 2 else 3
    pages = load(directory)
    from resiliparse.extract.html2text import extract_plain_text
    from resiliparse.parse.encoding import bytes_to_str, detect_encoding
    from resiliparse.parse.html import HTMLTree

    def resiliparse_extract(data):
        html = bytes_to_str(data, detect_encoding(data))
        return extract_plain_text(HTMLTree.parse(html), main_content=True)

    print(f"resiliparse: {best_of(resiliparse_extract, pages, repeat):.1f} pages/s")
    try:
        import trafilatura

        print(f"trafilatura: {best_of(trafilatura.extract, pages, 1):.1f} pages/s")
    except ImportError:
        print("trafilatura: not installed")
    binary = os.path.join(os.path.dirname(__file__), "..", "target", "release", "newsfold")
    for stage in ("full", "extract", "parse"):
        out = subprocess.run(
            [binary, "bench", "--stage", stage, "--threads", "1", "--repeat", str(repeat), directory],
            capture_output=True,
            text=True,
        )
        print("newsfold", (out.stdout or out.stderr).strip())


if __name__ == "__main__":
    main()
