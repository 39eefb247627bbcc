#!/usr/bin/env python3
"""Times `vigia-cli search --db LIBRARY WORDS` as a user runs it (the whole process: start-up,
opening the library, the ranked FTS5 search with snippets, the hits printed) for a few queries,
against the sqlite3 shell running the same FTS5 query on the same file in the same run (words
ANDed, the last one a prefix, ranked by bm25, a snippet per hit, the same number of hits), the
two alternating. Prints, per query, the median and fastest wall time of each and their ratio.

Usage: bench/search_end_to_end.py --cli build/ci/src/cli/vigia-cli --db LIBRARY [--runs N] [QUERY...]
       bench/search_end_to_end.py --cli build/ci/src/cli/vigia-cli --import PLAN... [--runs N]
       (the second searches a new library of the plans given, made first and not timed)
"""
import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import unicodedata

from bench_process import run_process

DEFAULT_QUERIES = ["agua potable", "educación", "de la", "seguridad ciudadana", "residuos sólidos", "huaycan"]


def fts5_expression(words):
    """What SearchExpression makes of the words: each quoted, accents kept (FTS5 folds them), the
    last a prefix."""
    terms = ['"' + word.replace('"', '""') + '"' for word in words.split()]
    terms[-1] += "*"
    return " ".join(terms)


def reference_sql(words, limit):
    expression = fts5_expression(unicodedata.normalize("NFC", words)).replace("'", "''")
    return ("SELECT i.id, snippet(item_search, 0, '[', ']', '…', 24) FROM item_search "
            "JOIN items i ON i.id = item_search.rowid "
            f"WHERE item_search MATCH '{expression}' ORDER BY item_search.rank LIMIT {limit}")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cli", required=True, help="the vigia-cli to time")
    parser.add_argument("--db", help="the library to search")
    parser.add_argument("--import", dest="documents", nargs="+", help="plan documents to search a new library of")
    parser.add_argument("--runs", type=int, default=9, help="calls of each command per query (default 9)")
    parser.add_argument("--limit", type=int, default=20, help="hits per call (vigia-cli's default: 20)")
    parser.add_argument("queries", nargs="*", default=DEFAULT_QUERIES)
    args = parser.parse_args()
    sqlite3 = shutil.which("sqlite3")
    if not sqlite3:
        sys.exit("sqlite3 not found (Debian package sqlite3)")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if bool(args.db) == bool(args.documents):
        sys.exit("give --db LIBRARY or --import PLAN...")
    if args.documents:
        with tempfile.TemporaryDirectory() as work:
            args.db = os.path.join(work, "search.vigia")
            imported = subprocess.run([args.cli, "import", "--db", args.db] + args.documents, capture_output=True)
            if imported.returncode != 0:
                sys.exit(f"import failed:\n{imported.stderr.decode(errors='replace')[-2000:]}")
            measure(args, sqlite3)
    else:
        measure(args, sqlite3)


def measure(args, sqlite3):
    print(f"library: {args.db}; {args.runs} calls of each command per query, alternating; {args.limit} hits")
    print(f"{'query':<24} {'vigia-cli median':>17} {'best':>8} {'sqlite3 median':>15} {'best':>8} {'ratio':>7}")
    all_vigia, all_reference = [], []
    for query in args.queries:
        vigia_command = [args.cli, "search", "--db", args.db, "--limit", str(args.limit), query]
        reference_command = [sqlite3, "-readonly", args.db, reference_sql(query, args.limit)]
        vigia, reference = [], []
        for _ in range(max(1, args.runs)):
            vigia.append(run_process(vigia_command)[0])
            reference.append(run_process(reference_command)[0])
        all_vigia += vigia
        all_reference += reference
        print(f"{query:<24} {1000 * statistics.median(vigia):14.1f} ms {1000 * min(vigia):5.1f} ms "
              f"{1000 * statistics.median(reference):12.1f} ms {1000 * min(reference):5.1f} ms "
              f"{statistics.median(vigia) / statistics.median(reference):6.2f}x")
    median, reference_median = statistics.median(all_vigia), statistics.median(all_reference)
    print(f"{'all calls':<24} {1000 * median:14.1f} ms {1000 * min(all_vigia):5.1f} ms "
          f"{1000 * reference_median:12.1f} ms {1000 * min(all_reference):5.1f} ms {median / reference_median:6.2f}x")
    print(f"ratio {median / reference_median:.2f}x {max(all_vigia) / max(all_reference):.2f}x (median, slowest)")


if __name__ == "__main__":
    main()
