#!/usr/bin/env python3
"""Vigía's scorer: how close plan JSON read by Vigía is to hand-checked gold plan JSON.

Usage:
  plan_score.py GOLD.json PRED.json [--min-f1 X] [--min-rows X] [--match X] [-v]
  plan_score.py --gold-dir DIR --pred-dir DIR [--min-f1 X] [--min-rows X] [--match X] [-v]

The definition (the same as the shared tools/score_plan.py, so that figures can be compared
across the project's history; test_plan_score checks that both give the same lines):
- Texts are compared after normalisation: compatibility decomposition (NFKD), combining marks
  dropped, lower case, every run of characters that are neither word characters nor '%' made one
  space, outer spaces trimmed. A dimension's name also loses a leading "dimension"/"dimensión".
- Items are paired within the same dimension and field (problems, objectives, indicators,
  metas): every (gold, predicted) pair whose similarity (difflib's ratio, no junk heuristics) is
  at least --match (0.90) is a candidate; candidates are taken best first, each item at most
  once. Precision, recall and F1 follow from the pairs, per field and in all.
- A gold row is exact when every item of it is paired, all with items of one predicted row, and
  that row holds exactly as many items.
- Metadata: each field the gold states (organization, place, election_type, period, vision)
  counts when the prediction's is similar enough.
- Directory mode pairs PRED and GOLD files by the part of their names before the first dot; a
  gold file with no prediction is scored against an empty plan, and so is a prediction that is
  empty or not JSON (a refused document).

The last line printed is the SUMMARY; exit status 1 when a --min-* threshold is not met, 2 on
a gold file that cannot be read.
"""
import argparse
import difflib
import json
import pathlib
import re
import sys
import unicodedata
from dataclasses import dataclass, field

FIELDS = ("problems", "objectives", "indicators", "metas")
METADATA = ("organization", "place", "election_type", "period", "vision")
_SEPARATORS = re.compile(r"[^\w%]+")
_DIMENSION_WORD = re.compile(r"^(dimension|dimensión)\s+")


def normalized(text):
    if text is None:
        return ""
    decomposed = unicodedata.normalize("NFKD", str(text))
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch)).lower()
    return " ".join(_SEPARATORS.sub(" ", bare).split())


def dimension_key(name):
    return _DIMENSION_WORD.sub("", normalized(name))


def similarity(left, right):
    if left == right:
        return 1.0
    if not left or not right:
        return 0.0
    return difflib.SequenceMatcher(None, left, right, autojunk=False).ratio()


@dataclass(frozen=True)
class Entry:
    dimension: str
    field: str
    row: int
    text: str


def entries(plan):
    found = []
    for dimension in plan.get("dimensions") or []:
        key = dimension_key(dimension.get("name", ""))
        for row_number, row in enumerate(dimension.get("rows") or []):
            for field_name in FIELDS:
                for item in row.get(field_name) or []:
                    text = item.get("text") if isinstance(item, dict) else item
                    found.append(Entry(key, field_name, row_number, normalized(text)))
    return found


@dataclass
class Counts:
    matched: int = 0
    gold: int = 0
    predicted: int = 0

    def add(self, other):
        self.matched += other.matched
        self.gold += other.gold
        self.predicted += other.predicted

    def rates(self):
        precision = self.matched / self.predicted if self.predicted else (1.0 if not self.gold else 0.0)
        recall = self.matched / self.gold if self.gold else 1.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return precision, recall, f1


@dataclass
class DocumentScore:
    fields: dict = field(default_factory=lambda: {name: Counts() for name in FIELDS})
    exact_rows: int = 0
    gold_rows: int = 0
    metadata_right: int = 0
    metadata_stated: int = 0
    metadata_wrong: list = field(default_factory=list)
    missed: list = field(default_factory=list)
    extra: list = field(default_factory=list)

    def total(self):
        counts = Counts()
        for value in self.fields.values():
            counts.add(value)
        return counts


def pair_items(gold_entries, predicted_entries, threshold):
    """Best-first one-to-one pairing within (dimension, field); gold index -> predicted index."""
    by_place = {}
    for index, entry in enumerate(predicted_entries):
        by_place.setdefault((entry.dimension, entry.field), []).append(index)
    candidates = []
    for gold_index, entry in enumerate(gold_entries):
        for predicted_index in by_place.get((entry.dimension, entry.field), ()):
            score = similarity(entry.text, predicted_entries[predicted_index].text)
            if score >= threshold:
                candidates.append((score, gold_index, predicted_index))
    candidates.sort(reverse=True)
    pairs, taken = {}, set()
    for _, gold_index, predicted_index in candidates:
        if gold_index in pairs or predicted_index in taken:
            continue
        pairs[gold_index] = predicted_index
        taken.add(predicted_index)
    return pairs


def score_document(gold, predicted, threshold):
    gold_entries = entries(gold)
    predicted_entries = entries(predicted)
    pairs = pair_items(gold_entries, predicted_entries, threshold)
    result = DocumentScore()
    for index, entry in enumerate(gold_entries):
        result.fields[entry.field].gold += 1
        if index in pairs:
            result.fields[entry.field].matched += 1
        else:
            result.missed.append(entry)
    paired_predictions = set(pairs.values())
    for index, entry in enumerate(predicted_entries):
        result.fields[entry.field].predicted += 1
        if index not in paired_predictions:
            result.extra.append(entry)

    gold_rows, predicted_row_sizes = {}, {}
    for index, entry in enumerate(gold_entries):
        gold_rows.setdefault((entry.dimension, entry.row), []).append(index)
    for entry in predicted_entries:
        key = (entry.dimension, entry.row)
        predicted_row_sizes[key] = predicted_row_sizes.get(key, 0) + 1
    result.gold_rows = len(gold_rows)
    for members in gold_rows.values():
        if not all(index in pairs for index in members):
            continue
        homes = {(predicted_entries[pairs[index]].dimension, predicted_entries[pairs[index]].row) for index in members}
        if len(homes) == 1 and predicted_row_sizes.get(next(iter(homes)), 0) == len(members):
            result.exact_rows += 1

    gold_plan, predicted_plan = gold.get("plan") or {}, predicted.get("plan") or {}
    for name in METADATA:
        if gold_plan.get(name) is None:
            continue
        result.metadata_stated += 1
        if similarity(normalized(gold_plan.get(name)), normalized(predicted_plan.get(name))) >= threshold:
            result.metadata_right += 1
        else:
            result.metadata_wrong.append(name)
    return result


def read_gold(path):
    try:
        return json.loads(pathlib.Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        print(f"cannot read {path}: {error}", file=sys.stderr)
        sys.exit(2)


def read_prediction(path):
    try:
        plan = json.loads(pathlib.Path(path).read_text(encoding="utf-8"))
        if isinstance(plan, dict):
            return plan
    except (OSError, ValueError):
        pass
    print(f"unusable prediction {path}: scored as an empty plan", file=sys.stderr)
    return {"dimensions": []}


def stem(path):
    return pathlib.Path(path).name.split(".")[0]


def document_pairs(arguments, parser):
    """(gold path, prediction path or None) in the order the lines are printed."""
    if arguments.gold_dir and arguments.pred_dir:
        golds = {stem(path): path for path in sorted(pathlib.Path(arguments.gold_dir).glob("*.json"), key=lambda p: p.name)}
        pairs, seen = [], set()
        for prediction in sorted(pathlib.Path(arguments.pred_dir).glob("*.json"), key=lambda p: p.name):
            if stem(prediction) in golds:
                pairs.append((golds[stem(prediction)], prediction))
                seen.add(stem(prediction))
        pairs += [(golds[name], None) for name in sorted(set(golds) - seen)]
        return pairs
    if arguments.gold and arguments.pred:
        return [(arguments.gold, arguments.pred)]
    parser.error("give GOLD PRED, or --gold-dir and --pred-dir")
    return []


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("gold", nargs="?")
    parser.add_argument("pred", nargs="?")
    parser.add_argument("--gold-dir")
    parser.add_argument("--pred-dir")
    parser.add_argument("--match", type=float, default=0.90)
    parser.add_argument("--min-f1", type=float)
    parser.add_argument("--min-rows", type=float)
    parser.add_argument("-v", "--verbose", action="store_true", help="list missed and extra items")
    arguments = parser.parse_args(argv)

    pairs = document_pairs(arguments, parser)
    fields = {name: Counts() for name in FIELDS}
    exact_rows = gold_rows = metadata_right = metadata_stated = 0
    print(f"{'document':44} {'items':>6} {'P':>6} {'R':>6} {'F1':>6} {'rows':>9} {'meta':>5}")
    for gold_path, prediction_path in pairs:
        gold = read_gold(gold_path)
        predicted = read_prediction(prediction_path) if prediction_path else {"dimensions": []}
        score = score_document(gold, predicted, arguments.match)
        for name in FIELDS:
            fields[name].add(score.fields[name])
        exact_rows += score.exact_rows
        gold_rows += score.gold_rows
        metadata_right += score.metadata_right
        metadata_stated += score.metadata_stated
        total = score.total()
        precision, recall, f1 = total.rates()
        name = pathlib.Path(prediction_path).name if prediction_path else pathlib.Path(gold_path).name + " (no prediction)"
        print(f"{name[:44]:44} {total.gold:6d} {precision:6.3f} {recall:6.3f} {f1:6.3f} "
              f"{score.exact_rows:4d}/{score.gold_rows:<4d} {score.metadata_right}/{score.metadata_stated}")
        if arguments.verbose:
            for wrong in score.metadata_wrong:
                print(f"    meta wrong: {wrong}")
            for label, found in (("missed ", score.missed), ("extra  ", score.extra)):
                for entry in found:
                    print(f"    {label} [{entry.dimension}/{entry.field} row {entry.row}] {entry.text[:110]}")
    print("per field:")
    overall = Counts()
    for name in FIELDS:
        precision, recall, f1 = fields[name].rates()
        print(f"  {name:11} gold {fields[name].gold:5d}  P {precision:.3f}  R {recall:.3f}  F1 {f1:.3f}")
        overall.add(fields[name])
    precision, recall, f1 = overall.rates()
    row_accuracy = exact_rows / gold_rows if gold_rows else 1.0
    print(f"SUMMARY documents {len(pairs)} items F1 {f1:.3f} (P {precision:.3f} R {recall:.3f}) "
          f"exact rows {row_accuracy:.3f} metadata {metadata_right}/{metadata_stated}")
    below = (arguments.min_f1 is not None and f1 < arguments.min_f1) or (
        arguments.min_rows is not None and row_accuracy < arguments.min_rows)
    return 1 if below else 0


if __name__ == "__main__":
    sys.exit(main())
