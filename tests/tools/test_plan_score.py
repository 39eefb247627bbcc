#!/usr/bin/env python3
"""The project's scorer on small plans whose figures are known by hand."""
import contextlib
import io
import json
import pathlib
import sys
import tempfile
import unittest

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
import plan_score  # noqa: E402


def plan(rows_by_dimension, **metadata):
    return {
        "plan": metadata,
        "dimensions": [{"name": name, "rows": rows} for name, rows in rows_by_dimension.items()],
    }


GOLD = plan(
    {
        "Dimensión Social": [
            {"problems": ["Anemia infantil en zonas rurales"], "objectives": ["Reducir la anemia infantil"],
             "metas": ["Reducir la anemia al 20% al 2026"]},
            {"problems": ["Deserción escolar"], "metas": ["Reducir la deserción escolar al 5%"]},
        ],
        "Económica": [
            {"problems": ["Desempleo juvenil"], "objectives": ["Promover el empleo joven"]},
        ],
    },
    organization="Alianza Ejemplo", place="Huancayo", period="2023-2026",
)


class PlanScoreTest(unittest.TestCase):
    def test_normalisation_drops_accents_case_and_punctuation_but_keeps_percent(self):
        self.assertEqual(plan_score.normalized("  Reducción DEL 20 %, ¡ya!  "), "reduccion del 20 % ya")
        self.assertEqual(plan_score.normalized(None), "")
        self.assertEqual(plan_score.dimension_key("DIMENSIÓN  Social"), "social")

    def test_a_perfect_reading_scores_one(self):
        score = plan_score.score_document(GOLD, GOLD, 0.90)
        self.assertEqual(score.total().rates(), (1.0, 1.0, 1.0))
        self.assertEqual((score.exact_rows, score.gold_rows), (3, 3))
        self.assertEqual((score.metadata_right, score.metadata_stated), (3, 3))

    def test_spelling_and_dimension_wording_do_not_count(self):
        predicted = json.loads(json.dumps(GOLD))
        predicted["dimensions"][0]["name"] = "SOCIAL"
        predicted["dimensions"][0]["rows"][0]["problems"] = ["ANEMIA INFANTIL EN ZONAS RURALES."]
        score = plan_score.score_document(GOLD, predicted, 0.90)
        self.assertEqual(score.total().rates(), (1.0, 1.0, 1.0))

    def test_a_missed_item_lowers_recall_and_breaks_its_row(self):
        predicted = json.loads(json.dumps(GOLD))
        del predicted["dimensions"][0]["rows"][0]["metas"]
        score = plan_score.score_document(GOLD, predicted, 0.90)
        precision, recall, f1 = score.total().rates()
        self.assertEqual(precision, 1.0)
        self.assertAlmostEqual(recall, 6 / 7)
        self.assertAlmostEqual(f1, 2 * (6 / 7) / (1 + 6 / 7))
        self.assertEqual(score.exact_rows, 2)
        self.assertEqual([entry.field for entry in score.missed], ["metas"])

    def test_an_item_in_the_wrong_field_is_a_miss_and_an_extra(self):
        predicted = json.loads(json.dumps(GOLD))
        row = predicted["dimensions"][1]["rows"][0]
        row["metas"] = row.pop("objectives")
        score = plan_score.score_document(GOLD, predicted, 0.90)
        self.assertEqual(score.fields["objectives"].matched, 1)
        self.assertEqual(score.fields["objectives"].gold, 2)
        self.assertEqual(len(score.extra), 1)

    def test_two_gold_rows_merged_into_one_are_not_exact(self):
        predicted = json.loads(json.dumps(GOLD))
        rows = predicted["dimensions"][0]["rows"]
        for name, items in rows[1].items():
            rows[0].setdefault(name, []).extend(items)
        del rows[1]
        score = plan_score.score_document(GOLD, predicted, 0.90)
        self.assertEqual(score.total().rates(), (1.0, 1.0, 1.0))
        self.assertEqual(score.exact_rows, 1)

    def test_similar_items_pair_best_first_and_once(self):
        gold = plan({"Social": [{"metas": ["Construir 10 postas", "Construir 12 postas"]}]})
        predicted = plan({"Social": [{"metas": ["Construir 12 postas"]}]})
        score = plan_score.score_document(gold, predicted, 0.90)
        self.assertEqual(score.fields["metas"].matched, 1)
        self.assertEqual(score.missed[0].text, "construir 10 postas")

    def test_directory_mode_scores_missing_and_refused_predictions_as_empty(self):
        with tempfile.TemporaryDirectory() as folder:
            root = pathlib.Path(folder)
            (root / "gold").mkdir()
            (root / "pred").mkdir()
            for name in ("001_a", "002_b"):
                (root / "gold" / f"{name}.gold.json").write_text(json.dumps(GOLD), encoding="utf-8")
            (root / "pred" / "001_a.txt.json").write_text(json.dumps(GOLD), encoding="utf-8")
            (root / "pred" / "003_c.json").write_text("not json", encoding="utf-8")
            out = io.StringIO()
            with contextlib.redirect_stdout(out), contextlib.redirect_stderr(io.StringIO()):
                status = plan_score.main(["--gold-dir", str(root / "gold"), "--pred-dir", str(root / "pred"), "--min-f1", "0.9"])
            lines = out.getvalue().splitlines()
            self.assertEqual(status, 1)
            self.assertTrue(any(line.startswith("001_a.txt.json") for line in lines))
            self.assertTrue(any("002_b.gold.json (no prediction)" in line for line in lines))
            self.assertEqual(lines[-1], "SUMMARY documents 2 items F1 0.667 (P 1.000 R 0.500) exact rows 0.500 metadata 3/6")


if __name__ == "__main__":
    unittest.main()
