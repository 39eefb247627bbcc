#!/usr/bin/env python3
"""Times `vigia-cli parse FILE.pdf` as a user runs it (the whole process: start-up, reading,
layout, plan, JSON out) against `pdftotext -bbox-layout FILE.pdf` (Poppler's own text extraction
with word boxes) in the same run, alternating the two, and prints the fastest wall time of each,
its CPU time (user + system) and the largest resident set, and their ratios.

Usage: bench/pdf_parse_end_to_end.py --cli build/ci/src/cli/vigia-cli [--runs N] FILE.pdf
"""
import argparse
import os
import shutil
import sys
import tempfile

from bench_process import keep_fastest, print_fastest, run_process


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cli", required=True, help="the vigia-cli to time")
    parser.add_argument("--runs", type=int, default=5, help="runs of each command (default 5)")
    parser.add_argument("--ocr", default="auto", choices=["auto", "always", "never"],
                        help="vigia-cli's --ocr (default auto: pages without text read by OCR, which pdftotext cannot)")
    parser.add_argument("pdf")
    args = parser.parse_args()
    pdftotext = shutil.which("pdftotext")
    if not pdftotext:
        sys.exit("pdftotext not found (Debian package poppler-utils)")
    env_note = os.environ.get("VIGIA_PDF_THREADS", "default")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory() as work:
        commands = {
            "vigia-cli parse": [args.cli, "parse", "--ocr", args.ocr, args.pdf],
            "pdftotext -bbox-layout": [pdftotext, "-bbox-layout", args.pdf, os.path.join(work, "out.html")],
        }
        best = {}
        for _ in range(max(1, args.runs)):
            for name, command in commands.items():
                keep_fastest(best, name, run_process(command))
    print(f"document: {args.pdf}; {args.runs} runs each, alternating; VIGIA_PDF_THREADS={env_note}; --ocr {args.ocr}; fastest wall shown")
    print_fastest(best, "vigia-cli parse", "pdftotext -bbox-layout")


if __name__ == "__main__":
    main()
