#!/usr/bin/env python3
"""Times `vigia-cli compare --db LIBRARY ID...` as a user runs it (the whole process: start-up,
opening the library, reading the plans, topics, similar items, the side-by-side alignment and
measurability, JSON out) for 2 to 4 plans, against `vigia-cli list --db LIBRARY` in the same run
(the same start-up and library opening, nothing compared), the two alternating. The plans are
imported into a new library first (not timed). Prints the median and fastest wall time of each
and the largest resident set.

Usage: bench/compare_end_to_end.py --cli build/ci/src/cli/vigia-cli [--runs N] PLAN PLAN [PLAN [PLAN]]
"""
import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile

from bench_process import run_process


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cli", required=True, help="the vigia-cli to time")
    parser.add_argument("--runs", type=int, default=9, help="runs of each command (default 9)")
    parser.add_argument("plans", nargs="+", help="2 to 4 plan documents")
    args = parser.parse_args()
    if not 2 <= len(args.plans) <= 4:
        sys.exit("give 2 to 4 plan documents")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory() as work:
        library = os.path.join(work, "compare.vigia")
        imported = subprocess.run([args.cli, "import", "--db", library, "--format", "json"] + args.plans,
                                  capture_output=True, text=True)
        if imported.returncode != 0:
            sys.exit(f"import failed:\n{imported.stderr[-2000:]}")
        results = json.loads(imported.stdout)
        ids = [str(result["plan_id"]) for result in results]
        items = sum(result.get("items", 0) for result in results)
        commands = {
            "vigia-cli compare": [args.cli, "compare", "--db", library] + ids,
            "vigia-cli list (reference)": [args.cli, "list", "--db", library],
        }
        walls = {name: [] for name in commands}
        rss = {name: 0 for name in commands}
        for _ in range(max(1, args.runs)):
            for name, command in commands.items():
                wall, _, peak = run_process(command)
                walls[name].append(wall)
                rss[name] = max(rss[name], peak)
    print(f"{len(ids)} plans, {items} items; {args.runs} runs each, alternating")
    print(f"{'command':<28} {'median ms':>10} {'best ms':>8} {'max RSS MiB':>12}")
    for name in commands:
        print(f"{name:<28} {1000 * statistics.median(walls[name]):10.1f} {1000 * min(walls[name]):8.1f} "
              f"{rss[name] / 1024:12.1f}")
    compare, reference = walls["vigia-cli compare"], walls["vigia-cli list (reference)"]
    print(f"ratio {statistics.median(compare) / statistics.median(reference):.2f}x "
          f"{min(compare) / min(reference):.2f}x (median, fastest)")


if __name__ == "__main__":
    main()
