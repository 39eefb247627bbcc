#!/usr/bin/env python3
"""How well the readers read every document that has gold: per-document scores against floors
that only go up.

Usage:
  accuracy.py --cli VIGIA_CLI --samples DIR --floors FLOORS.json [--markdown FILE] [--raise-floors]

Every document of SAMPLES/realplans (PDF), SAMPLES/seeds (text) and SAMPLES/pdf (PDF) is read
with `vigia-cli parse` and scored with the project's scorer (tests/tools/plan_score.py) against
its gold file. A document is *refused* when parse fails or prints nothing; it then scores as an
empty plan. The floors file holds, for each document, the least items F1, exact rows and
metadata it must keep, and whether it must be read at all; the test fails when any document
falls below its floor, and says which and by how much.

--raise-floors writes the current figures into the floors file wherever they are higher (a
floor never goes down): part of the commit that improves a reader. --markdown writes the
per-document table (docs/accuracy.md keeps it).
"""
import argparse
import json
import pathlib
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent.parent / "tools"))
import plan_score  # noqa: E402

# Floors are compared with the figures as printed (three decimals).
TOLERANCE = 0.0005
SETS = (
    ("realplans", "*.pdf", "realplans"),
    ("seeds", "*.txt", "gold"),
    ("pdf", "*.pdf", "gold"),
)


# Scans: the seed PDFs rendered to images and read back by OCR. Each set: its name, the folder
# (beside SAMPLES/pdf) and names of the PDFs it scans, the resolution, and how the scanner spoils
# the page (make-scanned-pdf's options).
SCAN_SETS = (
    ("scans", "pdf", "*.chromium.pdf", 200, []),
    # Turned half a degree, with grain and specks: a careless scan, straightened and cleaned by the reader.
    ("scans-crooked", "pdf", "*.libreoffice.pdf", 300, ["--rotate", "0.5", "--noise"]),
    # The same at 200 dpi, where the specks are as large as a period and read at the scan's own
    # resolution (no median there: it would take thin strokes with them).
    ("scans-crooked200", "pdf", "*.chromium.pdf", 200, ["--rotate", "0.5", "--noise"]),
    # Tables without rules (tests/data/pdf-variants): rows told apart by the gaps between lines and by
    # the shading of the header, both measured on the image.
    ("scans-borderless", "../pdf-variants", "*.noborder.*.pdf", 300, []),
    # Crooked and soiled at 300 dpi as `scans-crooked`, written as scanners write them: each page
    # exactly its image's size, the image a grey JPEG (QPdfWriter rounds pages to whole points, so a
    # render resamples those scans by a fraction of a pixel).
    ("scans-exact", "pdf", "*.chromium.pdf", 300, ["--rotate", "0.5", "--noise", "--exact-size"]),
)


def make_scans(scanner, samples, folder):
    """Every scan set's copies of SAMPLES/pdf in `folder`/SET (no text layer, pages as images)."""
    for name, source, pattern, dpi, spoil in SCAN_SETS:
        (folder / name).mkdir()
        for document in sorted((samples / source).glob(pattern)):
            suffix = f".scan{dpi}" + ("-crooked" if spoil else "") + ".pdf"
            target = folder / name / document.name.replace(".pdf", suffix)
            subprocess.run([scanner, str(document), str(target), str(dpi), *spoil], check=True, timeout=300)


def documents(samples, scans=None):
    """(set name, document path, gold path) for every document with gold, in a stable order."""
    sets = [(folder, samples / folder, pattern, gold_folder) for folder, pattern, gold_folder in SETS]
    if scans is not None:
        sets += [(name, scans / name, "*.pdf", "gold") for name, *_ in SCAN_SETS]
    found = []
    for folder, directory, pattern, gold_folder in sets:
        golds = {path.name.split(".")[0]: path for path in (samples / gold_folder).glob("*.gold.json")}
        for document in sorted(directory.glob(pattern)):
            gold = golds.get(document.name.split(".")[0])
            if gold:
                found.append((folder, document, gold))
    return found


def read(cli, document):
    started = time.monotonic()
    run = subprocess.run([cli, "parse", str(document)], capture_output=True, timeout=600)
    seconds = time.monotonic() - started
    plan = None
    if run.returncode == 0 and run.stdout.strip():
        try:
            plan = json.loads(run.stdout)
        except ValueError:
            plan = None
    reason = "" if plan is not None else (run.stderr.decode("utf-8", "replace").strip().splitlines() or ["no output"])[-1]
    return plan, reason, seconds


def measure(cli, samples, threshold=0.90, scans=None):
    results = {}
    for folder, document, gold_path in documents(samples, scans):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        plan, reason, seconds = read(cli, document)
        score = plan_score.score_document(gold, plan if plan is not None else {"dimensions": []}, threshold)
        total = score.total()
        _, _, f1 = total.rates()
        results[f"{folder}/{document.name}"] = {
            "read": plan is not None,
            "reason": reason,
            "f1": round(f1, 3),
            "rows": round(score.exact_rows / score.gold_rows, 3) if score.gold_rows else 1.0,
            "meta": score.metadata_right,
            "meta_stated": score.metadata_stated,
            "gold_items": total.gold,
            "items": total.predicted,
            "matched": total.matched,
            "exact_rows": score.exact_rows,
            "gold_rows": score.gold_rows,
            # None where neither the gold nor the reading has such items.
            "fields": {name: round(score.fields[name].rates()[2], 3) if score.fields[name].gold or score.fields[name].predicted else None
                       for name in plan_score.FIELDS},
            "seconds": round(seconds, 2),
            "set": folder,
        }
    return results


def below_floor(results, floors):
    failures = []
    for name, floor in sorted(floors.items()):
        result = results.get(name)
        if result is None:
            failures.append(f"{name}: no longer found (its floor is in the floors file)")
            continue
        if floor.get("read") and not result["read"]:
            failures.append(f"{name}: refused ({result['reason']}); it was read before")
        for key in ("f1", "rows", "meta"):
            if result[key] + TOLERANCE < floor.get(key, 0):
                failures.append(f"{name}: {key} {result[key]} below its floor {floor[key]}")
    return failures


def raised(results, floors):
    updated = dict(floors)
    for name, result in results.items():
        floor = dict(updated.get(name, {"read": False, "f1": 0.0, "rows": 0.0, "meta": 0}))
        floor["read"] = floor["read"] or result["read"]
        for key in ("f1", "rows", "meta"):
            floor[key] = max(floor[key], result[key])
        updated[name] = floor
    return dict(sorted(updated.items()))


def pooled(results, folder):
    """One line for a set, its documents pooled as the scorer's SUMMARY line pools them."""
    chosen = [result for result in results.values() if result["set"] == folder]
    counts = plan_score.Counts(sum(r["matched"] for r in chosen), sum(r["gold_items"] for r in chosen),
                               sum(r["items"] for r in chosen))
    precision, recall, f1 = counts.rates()
    exact, rows = sum(r["exact_rows"] for r in chosen), sum(r["gold_rows"] for r in chosen)
    return (f"{folder}: {len(chosen)} documents, {sum(not r['read'] for r in chosen)} refused, items F1 {f1:.3f} "
            f"(P {precision:.3f} R {recall:.3f}), exact rows {exact / rows if rows else 1.0:.3f}, "
            f"metadata {sum(r['meta'] for r in chosen)}/{sum(r['meta_stated'] for r in chosen)}, "
            f"lowest F1 {min((r['f1'] for r in chosen), default=1.0):.3f}")


def figure(value):
    return "—" if value is None else f"{value:.3f}"


HEADER = """# Accuracy of the readers on documents with gold

Generated by `tests/accuracy/accuracy.py`; do not edit by hand. Reproduce (after a build):

    python3 tests/accuracy/accuracy.py --cli build/ci/src/cli/vigia-cli --samples tests/data/samples \\
        --floors tests/accuracy/floors.json --markdown docs/accuracy.md \\
        --scanner build/ci/tests/accuracy/make-scanned-pdf

The scans are made in the run from the seed PDFs by `make-scanned-pdf` (pages rendered to grey
images, no text layer): `scans` at 200 dpi; `scans-crooked` at 300 dpi, turned 0.5° with grain and
specks; `scans-crooked200` the same at 200 dpi; `scans-exact` crooked and soiled at 300 dpi with
each page exactly its image's size, as scanners write them. They are read by OCR (Tesseract),
straightened and cleaned by the reader.

Each document is read with `vigia-cli parse` and scored with `tests/tools/plan_score.py` (items
paired per dimension and field at similarity ≥ 0.90 after normalisation; a gold row is exact
when its items are all in one read row holding nothing else; metadata fields stated by the gold
and read alike). REFUSED: the reader gave no plan; it scores as an empty plan. A field's F1 is
— where neither the gold nor the reading has such items.

The ctest `accuracy_floors` fails when a document falls below its floor in
`tests/accuracy/floors.json`; `--raise-floors` raises the floors to the current figures (never
lowers them), as part of the commit that improves a reader.

"""


def table(results):
    lines = ["| document | read | items (gold/read) | F1 | problems | objectives | indicators | metas | exact rows | metadata | s |",
             "|---|---|---|---|---|---|---|---|---|---|---|"]
    for name, result in results.items():
        fields = result["fields"]
        lines.append(f"| {name} | {'yes' if result['read'] else 'REFUSED'} | {result['gold_items']}/{result['items']} | "
                     f"{result['f1']:.3f} | {figure(fields['problems'])} | {figure(fields['objectives'])} | "
                     f"{figure(fields['indicators'])} | {figure(fields['metas'])} | {result['rows']:.3f} | {result['meta']}/{result['meta_stated']} | {result['seconds']:.1f} |")
    return lines


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cli", required=True)
    parser.add_argument("--samples", required=True)
    parser.add_argument("--floors", required=True)
    parser.add_argument("--markdown")
    parser.add_argument("--raise-floors", action="store_true")
    parser.add_argument("--scanner", help="make-scanned-pdf: also read scanned copies of the seed PDFs (OCR)")
    arguments = parser.parse_args()

    samples = pathlib.Path(arguments.samples)
    floors_path = pathlib.Path(arguments.floors)
    floors = json.loads(floors_path.read_text(encoding="utf-8")) if floors_path.exists() else {}
    with tempfile.TemporaryDirectory(prefix="vigia-scans-") as scans:
        if arguments.scanner:
            make_scans(arguments.scanner, samples, pathlib.Path(scans))
        results = measure(arguments.cli, samples, scans=pathlib.Path(scans) if arguments.scanner else None)
    if not results:
        print(f"FAILED: no documents with gold under {samples}")
        return 1
    for line in table(results):
        print(line)
    folders = [folder for folder, _, _ in SETS] + ([name for name, *_ in SCAN_SETS] if arguments.scanner else [])
    summaries = [pooled(results, folder) for folder in folders]
    for line in summaries:
        print(line)

    if arguments.markdown:
        text = HEADER + "\n".join(f"- {line}" for line in summaries) + "\n\n" + "\n".join(table(results)) + "\n"
        pathlib.Path(arguments.markdown).write_text(text, encoding="utf-8")
    if arguments.raise_floors:
        floors = raised(results, floors)
        floors_path.write_text(json.dumps(floors, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"floors written to {floors_path}")
    failures = below_floor(results, floors)
    unfloored = sorted(set(results) - set(floors))
    if unfloored:
        failures.append(f"documents without a floor (run with --raise-floors): {', '.join(unfloored)}")
    better = [name for name, result in results.items() if name in floors
              and any(result[key] > floors[name].get(key, 0) + TOLERANCE for key in ("f1", "rows", "meta"))]
    if better:
        print(f"above their floors (raise them with --raise-floors): {', '.join(better)}")
    if failures:
        print("FAILED:")
        for failure in failures:
            print(f"  {failure}")
        return 1
    print("every document at or above its floor")
    return 0


if __name__ == "__main__":
    sys.exit(main())
