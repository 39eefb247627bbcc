#!/usr/bin/env python3
"""Check that plan documents parse into a plausible plan structure.

Usage: check_plausible.py --cli VIGIA_CLI INPUT...

Each INPUT must parse without error (`vigia-cli parse`) into plan JSON with at least one
dimension, at least three rows, objectives in most rows, metas in some rows, and item texts
free of markup (HTML tags, Markdown bold, table pipes) and of leading list markers.
"""
import argparse
import json
import re
import subprocess
import sys

MARKUP = re.compile(r"<\s*/?\s*(p|br|ul|li|ol|strong|b)\b|\*\*|^\s*\|")
LEADING_MARKER = re.compile(r"^\s*(?:\d{1,2}(?:\.\d{1,2})*[.)]\s|[-•▪■✓]\s)")


def check(cli, path):
    run = subprocess.run([cli, "parse", path], capture_output=True, text=True)
    if run.returncode != 0:
        return [f"parse failed: {run.stderr.strip()}"]
    plan = json.loads(run.stdout)
    problems = []
    dims = plan.get("dimensions") or []
    rows = [row for dim in dims for row in dim.get("rows") or []]
    with_objectives = sum(1 for row in rows if row.get("objectives"))
    with_metas = sum(1 for row in rows if row.get("metas"))
    if not dims:
        problems.append("no dimensions")
    if len(rows) < 3:
        problems.append(f"only {len(rows)} rows")
    if rows and with_objectives * 2 < len(rows):
        problems.append(f"objectives in only {with_objectives} of {len(rows)} rows")
    if with_metas == 0:
        problems.append("no row has metas")
    for row in rows:
        for field in ("problems", "objectives", "indicators", "metas"):
            for item in row.get(field) or []:
                text = item.get("text") if isinstance(item, dict) else item
                if not text or MARKUP.search(text) or LEADING_MARKER.match(text):
                    problems.append(f"bad item in {field}: {text[:80]!r}")
    names = ", ".join(f"{d['name']} ({len(d.get('rows') or [])})" for d in dims)
    print(f"{path}: layout {plan.get('layout')}, {len(rows)} rows: {names}")
    return problems


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cli", required=True)
    ap.add_argument("inputs", nargs="+")
    a = ap.parse_args()
    failed = False
    for path in a.inputs:
        problems = check(a.cli, path)
        for problem in problems[:10]:
            print(f"  FAILED: {problem}")
        failed = failed or bool(problems)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
