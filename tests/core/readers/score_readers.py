#!/usr/bin/env python3
"""Parse plan documents with vigia-cli and score the result against gold files.

Usage: score_readers.py --cli VIGIA_CLI --scorer SCORE_PLAN --gold-dir DIR
                        [--min-f1 X] [--min-rows X] [--min-meta N]
                        [--gold-dimension-name PRINTED=CANONICAL] INPUT...

Every INPUT is parsed with `vigia-cli parse` into a temporary directory; then the shared
scorer compares the plan JSON with the gold files (its thresholds --min-f1 and --min-rows
apply) and the metadata count of its SUMMARY line must reach --min-meta.

--gold-dimension-name renames a dimension of the gold files before scoring, for golds annotated
before a rule changed the name (plan-gold v2 names the JNE "Territorial - Ambiental" dimension
"Ambiental"; realdocs/gold/04 was made under v1). The items are scored unchanged.
"""
import argparse
import json
import os
import re
import subprocess
import sys
import tempfile


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cli", required=True)
    ap.add_argument("--scorer", required=True)
    ap.add_argument("--gold-dir", required=True)
    ap.add_argument("--min-f1", type=float)
    ap.add_argument("--min-rows", type=float)
    ap.add_argument("--min-meta", type=int)
    ap.add_argument("--gold-dimension-name", action="append", default=[])
    ap.add_argument("inputs", nargs="+")
    a = ap.parse_args()

    with tempfile.TemporaryDirectory() as out, tempfile.TemporaryDirectory() as renamed_gold:
        gold_dir = a.gold_dir
        if a.gold_dimension_name:
            renames = dict(pair.split("=", 1) for pair in a.gold_dimension_name)
            for name in os.listdir(a.gold_dir):
                if not name.endswith(".json"):
                    continue
                with open(os.path.join(a.gold_dir, name), encoding="utf-8") as fh:
                    gold = json.load(fh)
                for dimension in gold.get("dimensions", []):
                    dimension["name"] = renames.get(dimension["name"], dimension["name"])
                with open(os.path.join(renamed_gold, name), "w", encoding="utf-8") as fh:
                    json.dump(gold, fh, ensure_ascii=False)
            gold_dir = renamed_gold
        for path in a.inputs:
            stem = os.path.basename(path).split(".")[0]
            run = subprocess.run([a.cli, "parse", path], capture_output=True, text=True)
            sys.stderr.write(run.stderr)
            if run.returncode != 0:
                print(f"FAILED: vigia-cli parse {path} exited with {run.returncode}")
                return 1
            with open(os.path.join(out, stem + ".json"), "w", encoding="utf-8") as fh:
                fh.write(run.stdout)
        command = [sys.executable, a.scorer, "--gold-dir", gold_dir, "--pred-dir", out, "-v"]
        if a.min_f1 is not None:
            command += ["--min-f1", str(a.min_f1)]
        if a.min_rows is not None:
            command += ["--min-rows", str(a.min_rows)]
        score = subprocess.run(command, capture_output=True, text=True)
        print(score.stdout, end="")
        sys.stderr.write(score.stderr)
        if score.returncode != 0:
            print("FAILED: items F1 or exact rows below the threshold")
            return 1
        summary = [line for line in score.stdout.splitlines() if line.startswith("SUMMARY")]
        match = re.search(r"metadata (\d+)/(\d+)", summary[-1] if summary else "")
        if not match:
            print("FAILED: no SUMMARY line from the scorer")
            return 1
        if a.min_meta is not None and int(match.group(1)) < a.min_meta:
            print(f"FAILED: metadata {match.group(1)}/{match.group(2)} below {a.min_meta}")
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
