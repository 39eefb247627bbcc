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
import subprocess
import sys
import tempfile
import time


def run_once(command):
    """Runs `command` with its output discarded; returns (wall s, CPU s, max RSS KiB)."""
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"failed: {' '.join(command)}")
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cli", required=True, help="the vigia-cli to time")
    parser.add_argument("--runs", type=int, default=5, help="runs of each command (default 5)")
    parser.add_argument("pdf")
    args = parser.parse_args()
    pdftotext = shutil.which("pdftotext")
    if not pdftotext:
        sys.exit("pdftotext not found (Debian package poppler-utils)")
    env_note = os.environ.get("VIGIA_PDF_THREADS", "default")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory() as work:
        commands = {
            "vigia-cli parse": [args.cli, "parse", args.pdf],
            "pdftotext -bbox-layout": [pdftotext, "-bbox-layout", args.pdf, os.path.join(work, "out.html")],
        }
        best = {name: None for name in commands}
        for _ in range(max(1, args.runs)):
            for name, command in commands.items():
                wall, cpu, rss = run_once(command)
                if best[name] is None or wall < best[name][0]:
                    best[name] = (wall, cpu, rss)
    print(f"document: {args.pdf}; {args.runs} runs each, alternating; VIGIA_PDF_THREADS={env_note}; fastest wall shown")
    print(f"{'command':<24} {'wall s':>8} {'CPU s':>8} {'max RSS MiB':>12}")
    for name, (wall, cpu, rss) in best.items():
        print(f"{name:<24} {wall:8.3f} {cpu:8.3f} {rss / 1024:12.1f}")
    (wall, cpu, rss), (ref_wall, ref_cpu, ref_rss) = best["vigia-cli parse"], best["pdftotext -bbox-layout"]
    print(f"{'ratio':<24} {wall / ref_wall:7.2f}x {cpu / max(ref_cpu, 1e-6):7.2f}x {rss / max(ref_rss, 1):11.2f}x")


if __name__ == "__main__":
    main()
