#!/usr/bin/env python3
"""Where ../shared lies beside the checkout: are the project's sample copies still the same as
the shared material, and does the project's scorer give the same lines as the shared one?

Usage: compare_with_shared.py --shared DIR --samples DIR --cli VIGIA_CLI

Exit status: 0 when both hold; 1 when the scorers disagree (a fault of ours); 77 (a skipped
test for ctest) when ../shared is absent, or when copies differ from it, each named, so that an
updated gold file is noticed and copied on purpose.
"""
import argparse
import filecmp
import pathlib
import subprocess
import sys
import tempfile

FOLDERS = ("seeds", "gold", "pdf", "realplans", "realdocs")
SKIP = 77


def differing_copies(shared, samples):
    found = []
    for folder in FOLDERS:
        for original in sorted((shared / folder).rglob("*")):
            if not original.is_file():
                continue
            copy = samples / original.relative_to(shared)
            if not copy.exists():
                found.append(f"missing in the project: {copy.relative_to(samples)}")
            elif not filecmp.cmp(original, copy, shallow=False):
                found.append(f"differs from ../shared: {copy.relative_to(samples)}")
    return found


def scorer_lines(scorer, gold_dir, pred_dir):
    run = subprocess.run([sys.executable, str(scorer), "--gold-dir", str(gold_dir), "--pred-dir", str(pred_dir), "-v"],
                         capture_output=True, text=True)
    return run.returncode, run.stdout.splitlines()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--shared", required=True)
    parser.add_argument("--samples", required=True)
    parser.add_argument("--cli", required=True)
    arguments = parser.parse_args()
    shared = pathlib.Path(arguments.shared)
    samples = pathlib.Path(arguments.samples)
    reference = shared / "tools" / "score_plan.py"
    ours = pathlib.Path(__file__).resolve().parent / "plan_score.py"
    if not reference.is_file():
        print(f"{shared} is absent: nothing to compare (the tests use the project's copies)")
        return SKIP

    # The scorers on what the readers make of documents of every layout, misses and extras included.
    disagreements = []
    sets = [(samples / "gold", sorted((samples / "seeds").glob("*.txt"))),
            (samples / "realplans", sorted((samples / "realplans").glob("*.pdf")))]
    for gold_dir, documents in sets:
        with tempfile.TemporaryDirectory() as out:
            for document in documents:
                run = subprocess.run([arguments.cli, "parse", str(document)], capture_output=True)
                (pathlib.Path(out) / (document.name.split(".")[0] + ".json")).write_bytes(run.stdout)
            reference_status, reference_lines = scorer_lines(reference, gold_dir, out)
            our_status, our_lines = scorer_lines(ours, gold_dir, out)
            print(f"{gold_dir.name}: {our_lines[-1] if our_lines else '(no output)'}")
            if (reference_status, reference_lines) != (our_status, our_lines):
                disagreements.append(gold_dir.name)
                for reference_line, our_line in zip(reference_lines, our_lines):
                    if reference_line != our_line:
                        print(f"  shared: {reference_line}\n  ours:   {our_line}")
                        break
    if disagreements:
        print(f"FAILED: the project's scorer and the shared one disagree on {', '.join(disagreements)}")
        return 1
    print("the project's scorer gives the shared scorer's lines, verbose lists included")

    copies = differing_copies(shared, samples)
    if copies:
        print("the project's sample copies are not those of ../shared (copy them on purpose, and say so):")
        for line in copies:
            print(f"  {line}")
        return SKIP
    print("the project's sample copies are those of ../shared")
    return 0


if __name__ == "__main__":
    sys.exit(main())
