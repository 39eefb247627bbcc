#!/usr/bin/env python3
"""Times a bulk import as a user runs it: `vigia-cli import --db NEW.vigia FILE...` over N plan
documents (the whole process: start-up, reading every file, keeping each source, one durable
transaction per plan with its search index), against a reference in the same run: the sqlite3
shell storing the same documents' bytes in an FTS5 table of its own, one transaction per file,
with the library's durability settings (WAL, synchronous FULL). The two alternate; the fastest
wall time of each is printed with its CPU time (user + system) and largest resident set.

The N documents are copies of the text plans given, each made a distinct source by a last line
of its own (an import skips a file whose bytes it already holds).

Usage: bench/import_end_to_end.py --cli build/ci/src/cli/vigia-cli [--plans N] [--runs N] PLAN.txt...
"""
import argparse
import os
import shutil
import sys
import tempfile

from bench_process import keep_fastest, print_fastest, run_process


def make_documents(folder, plans, count):
    texts = []
    for plan in plans:
        with open(plan, encoding="utf-8") as file:
            texts.append(file.read())
    paths = []
    for index in range(count):
        path = os.path.join(folder, f"plan-{index:05d}.txt")
        with open(path, "w", encoding="utf-8") as file:
            file.write(texts[index % len(texts)] + f"\n\nCopia {index}\n")
        paths.append(path)
    return paths


def sqlite_script(paths):
    lines = ["PRAGMA journal_mode = WAL;", "PRAGMA synchronous = FULL;",
             "CREATE VIRTUAL TABLE documents USING fts5(text, tokenize = 'unicode61 remove_diacritics 2');"]
    for path in paths:
        quoted = path.replace("'", "''")
        lines.append(f"BEGIN; INSERT INTO documents (text) VALUES (CAST(readfile('{quoted}') AS TEXT)); COMMIT;")
    return "\n".join(lines) + "\n"


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cli", required=True, help="the vigia-cli to time")
    parser.add_argument("--plans", type=int, default=2000, help="documents to import (default 2000)")
    parser.add_argument("--runs", type=int, default=3, help="runs of each command (default 3)")
    parser.add_argument("documents", nargs="+", help="text plans to copy")
    args = parser.parse_args()
    sqlite3 = shutil.which("sqlite3")
    if not sqlite3:
        sys.exit("sqlite3 not found (Debian package sqlite3)")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory() as work:
        documents = os.path.join(work, "documents")
        os.mkdir(documents)
        paths = make_documents(documents, args.documents, args.plans)
        script = sqlite_script(paths)
        best = {}
        for run in range(max(1, args.runs)):
            library = os.path.join(work, f"library-{run}.vigia")
            reference = os.path.join(work, f"reference-{run}.sqlite")
            keep_fastest(best, "vigia-cli import", run_process([args.cli, "import", "--db", library] + paths))
            keep_fastest(best, "sqlite3 FTS5 reference", run_process([sqlite3, reference], stdin=script))
            # Each run starts from an empty library; the sources a run kept go with it.
            shutil.rmtree(library + ".sources", ignore_errors=True)
            for path in (library, reference):
                for suffix in ("", "-wal", "-shm"):
                    if os.path.exists(path + suffix):
                        os.remove(path + suffix)
    print(f"{args.plans} documents from {len(args.documents)} text plans; {args.runs} runs each, alternating; fastest wall shown")
    print_fastest(best, "vigia-cli import", "sqlite3 FTS5 reference", per=("per plan", args.plans))


if __name__ == "__main__":
    main()
