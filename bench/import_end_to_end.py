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
import subprocess
import sys
import tempfile
import time


def run_once(command, stdin=None):
    """Runs `command` with its output discarded; returns (wall s, CPU s, max RSS KiB)."""
    start = time.perf_counter()
    process = subprocess.Popen(command, stdin=subprocess.PIPE if stdin else subprocess.DEVNULL,
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    if stdin:
        process.stdin.write(stdin.encode())
        process.stdin.close()
    errors = process.stderr.read()
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"failed: {' '.join(command[:4])} …\n{errors.decode(errors='replace')[-2000:]}")
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss


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
            measured = {
                "vigia-cli import": run_once([args.cli, "import", "--db", library] + paths),
                "sqlite3 FTS5 reference": run_once([sqlite3, reference], stdin=script),
            }
            for name, figures in measured.items():
                if name not in best or figures[0] < best[name][0]:
                    best[name] = figures
            # Each run starts from an empty library; the sources a run kept go with it.
            shutil.rmtree(library + ".sources", ignore_errors=True)
            for path in (library, reference):
                for suffix in ("", "-wal", "-shm"):
                    if os.path.exists(path + suffix):
                        os.remove(path + suffix)
    print(f"{args.plans} documents from {len(args.documents)} text plans; {args.runs} runs each, alternating; fastest wall shown")
    print(f"{'command':<24} {'wall s':>8} {'CPU s':>8} {'max RSS MiB':>12} {'per plan ms':>12}")
    for name, (wall, cpu, rss) in best.items():
        print(f"{name:<24} {wall:8.3f} {cpu:8.3f} {rss / 1024:12.1f} {1000 * wall / args.plans:12.2f}")
    (wall, cpu, rss), (ref_wall, ref_cpu, ref_rss) = best["vigia-cli import"], best["sqlite3 FTS5 reference"]
    print(f"{'ratio':<24} {wall / ref_wall:7.2f}x {cpu / max(ref_cpu, 1e-6):7.2f}x {rss / max(ref_rss, 1):11.2f}x")


if __name__ == "__main__":
    main()
