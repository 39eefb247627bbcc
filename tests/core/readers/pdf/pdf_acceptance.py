#!/usr/bin/env python3
"""Acceptance test of the PDF reader: runs `vigia-cli parse` on every PDF of the given folders
into a temporary folder and scores the plan JSON against the gold files with the project's scorer (tests/tools/plan_score.py).

Usage: pdf_acceptance.py --cli VIGIA_CLI --gold-dir DIR --scorer plan_score.py
                         [--min-f1 X] [--min-rows X] PDF_DIR [PDF_DIR ...]
Exit status: 0 when every PDF parsed and the scores meet the thresholds, 1 otherwise.
"""
import argparse
import os
import subprocess
import sys
import tempfile


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--cli", required=True)
    ap.add_argument("--gold-dir", required=True)
    ap.add_argument("--scorer", required=True)
    ap.add_argument("--min-f1", default="0.97")
    ap.add_argument("--min-rows", default="0.85")
    ap.add_argument("pdf_dirs", nargs="+")
    a = ap.parse_args()

    failures = 0
    with tempfile.TemporaryDirectory() as out:
        pdfs = [os.path.join(d, f) for d in a.pdf_dirs for f in sorted(os.listdir(d)) if f.endswith(".pdf")]
        if not pdfs:
            print("no PDFs found in", a.pdf_dirs)
            return 1
        for pdf in pdfs:
            # Files from several folders may share a name: prefix the folder's name after the stem.
            stem, rest = os.path.basename(pdf).split(".", 1)
            name = f"{stem}.{os.path.basename(os.path.dirname(pdf))}.{rest}.json"
            run = subprocess.run([a.cli, "parse", pdf], capture_output=True)
            if run.returncode != 0:
                print(f"FAIL {pdf}: {run.stderr.decode('utf-8', 'replace').strip()}")
                failures += 1
                continue
            with open(os.path.join(out, name), "wb") as fh:
                fh.write(run.stdout)
        score = subprocess.run([sys.executable, a.scorer, "--gold-dir", a.gold_dir, "--pred-dir", out,
                                "--min-f1", a.min_f1, "--min-rows", a.min_rows, "-v"])
    return 1 if failures or score.returncode != 0 else 0


if __name__ == "__main__":
    sys.exit(main())
