"""Reference values for the generation scorers (src/metrics/scorers.ts) and their paired
statistics, from independent implementations: the official SQuAD v1.1 functions (with its
metric_max_over_ground_truths for several references), Python's math.isclose, the
jsonschema package, statsmodels' McNemar and scipy's ttest_rel.

Regenerate (Debian's python3-scipy, python3-statsmodels and python3-jsonschema, hence
/usr/bin/python3):

    /usr/bin/python3 scripts/reference/scorers.py

It writes test/fixtures/metrics/scorers.json; commit it together with any change here.
Without jsonschema the json cases are written without a schema verdict (and the test skips that part).
"""

import json
import math
import os
import random
import re
import string
from collections import Counter

import scipy
import statsmodels
from scipy.stats import ttest_rel
from statsmodels.stats.contingency_tables import mcnemar

try:
    import jsonschema
except ImportError:  # the schema part is skipped, the rest still written
    jsonschema = None

OUT = os.path.join(os.path.dirname(__file__), "..", "..", "test", "fixtures", "metrics", "scorers.json")
SEED = 20261207
SEPARATOR = "\u001f"  # how several references travel as one `expected` string


# ------------------------------------------------------------ SQuAD v1.1 (official)


def normalize_answer(s):
    def remove_articles(text):
        return re.sub(r"\b(a|an|the)\b", " ", text)

    def white_space_fix(text):
        return " ".join(text.split())

    def remove_punc(text):
        exclude = set(string.punctuation)
        return "".join(ch for ch in text if ch not in exclude)

    return white_space_fix(remove_articles(remove_punc(s.lower())))


def f1_score(prediction, ground_truth):
    prediction_tokens = normalize_answer(prediction).split()
    ground_truth_tokens = normalize_answer(ground_truth).split()
    common = Counter(prediction_tokens) & Counter(ground_truth_tokens)
    num_same = sum(common.values())
    if num_same == 0:
        return 0
    precision = 1.0 * num_same / len(prediction_tokens)
    recall = 1.0 * num_same / len(ground_truth_tokens)
    return (2 * precision * recall) / (precision + recall)


def exact_match_score(prediction, ground_truth):
    return normalize_answer(prediction) == normalize_answer(ground_truth)


def metric_max_over_ground_truths(metric_fn, prediction, ground_truths):
    return max(metric_fn(prediction, ground_truth) for ground_truth in ground_truths)


# ------------------------------------------------------------ the other scorers' definitions


def contains(reference, output):
    """Whole normalised tokens of the reference, in a row, among the output's."""
    needle = normalize_answer(reference).split()
    haystack = normalize_answer(output).split()
    if not needle:
        return True
    return any(haystack[i : i + len(needle)] == needle for i in range(len(haystack) - len(needle) + 1))


# The same number pattern as src/metrics/scorers.ts (the definition, not a reference for it).
NUMBER = r"[-+]?(?:\d+(?:,\d{3}(?!\d))*(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?"


def last_number(text):
    found = re.findall(NUMBER, text)
    return float(found[-1].replace(",", "")) if found else None


def numeric(references, output, rel_tol, abs_tol):
    answer = last_number(output)
    if answer is None:
        return False
    return any(math.isclose(answer, float(r.strip().replace(",", "")), rel_tol=rel_tol, abs_tol=abs_tol) for r in references)


# ------------------------------------------------------------ cases

SQUAD_CASES = [
    (["Denver Broncos"], "The Denver Broncos!"),
    (["Denver Broncos", "Broncos"], "broncos"),
    (["Santa Clara, California", "Levi's Stadium", "Levi's Stadium in the San Francisco Bay Area"], "at Levi's Stadium"),
    (["1998", "in 1998"], "It was 1998."),
    (["the cat sat", "a cat"], "cat cat"),
    (["Paris"], "London"),
    (["The"], "an"),
    (["éa b"], "éa"),
    (["Gold medal", "gold"], "They won the gold medal"),
]

CONTAINS_CASES = [
    (["Paris"], "The capital is Paris, France."),
    (["Paris"], "Parisian food"),
    (["new york"], "I love New-York"),
    (["new york"], "New York City"),
    (["the answer"], "An answer."),
    (["Levi's Stadium", "Santa Clara"], "It is in santa clara"),
    (["42"], "4 2"),
    (["U.S."], "the us army"),
]

NUMERIC_CASES = [
    (["42"], "The answer is 42.", 1e-9, 0.0),
    (["42"], "Between 40 and 41", 1e-9, 0.0),
    (["3.14159"], "pi is about 3.14", 0.0, 0.01),
    (["3.14159"], "pi is about 3.14", 1e-9, 0.0),
    (["1234.5"], "Total: 1,234.5 dollars", 1e-9, 0.0),
    (["100"], "roughly 99", 0.02, 0.0),
    (["100"], "roughly 97", 0.02, 0.0),
    (["-7", "7"], "It went down by -7", 1e-9, 0.0),
    (["0"], "1e-12", 1e-9, 0.0),
    (["0"], "1e-12", 1e-9, 1e-9),
    (["5"], "no number here", 1e-9, 0.0),
    (["2.5e3"], "2500", 1e-9, 0.0),
]

SCHEMA = {
    "type": "object",
    "properties": {"name": {"type": "string"}, "age": {"type": "integer", "minimum": 0}},
    "required": ["name"],
    "additionalProperties": False,
}

JSON_CASES = [
    '{"name": "Ada", "age": 36}',
    '{"name": "Ada"}',
    '{"age": 36}',
    '{"name": "Ada", "age": -1}',
    '{"name": "Ada", "extra": true}',
    "[1, 2, 3]",
    '{"name": "Ada",}',
    "{'name': 'Ada'}",
    '  {"name": "Ada"}  ',
    "not json",
    "NaN",
]


def strict_json(text):
    """JSON.parse's grammar: no NaN/Infinity (Python accepts them by default)."""
    def refuse(constant):
        raise ValueError(constant)

    try:
        return True, json.loads(text, parse_constant=refuse)
    except ValueError:
        return False, None


def json_case(text):
    parsed, value = strict_json(text)
    case = {"output": text, "parses": parsed}
    if jsonschema is not None:
        case["valid"] = parsed and jsonschema.Draft202012Validator(SCHEMA).is_valid(value)
    return case


def paired_case(rng, n):
    """Baseline and candidate answers to n questions, scored by tokenF1 (threshold 0.5)."""
    words = ["red", "blue", "green", "cat", "dog", "river", "stone", "house", "light", "seven"]
    rows = []
    for i in range(n):
        references = [" ".join(rng.sample(words, 3)) for _ in range(rng.randint(1, 3))]

        def answer(quality):
            base = rng.choice(references).split()
            kept = [w for w in base if rng.random() < quality]
            return " ".join(kept + rng.sample(words, rng.randint(0, 2))) or "nothing"

        rows.append({"id": f"q{i}", "references": references, "baseline": answer(0.85), "candidate": answer(0.7)})
    base_f1 = [metric_max_over_ground_truths(f1_score, r["baseline"], r["references"]) for r in rows]
    cand_f1 = [metric_max_over_ground_truths(f1_score, r["candidate"], r["references"]) for r in rows]
    base_pass = [f >= 0.5 for f in base_f1]
    cand_pass = [f >= 0.5 for f in cand_f1]
    table = [[0, 0], [0, 0]]
    for b, c in zip(base_pass, cand_pass):
        table[0 if b else 1][0 if c else 1] += 1
    exact = mcnemar(table, exact=True)
    t = ttest_rel(cand_f1, base_f1)
    ci = t.confidence_interval(0.95)
    return {
        "rows": rows,
        "threshold": 0.5,
        "baselinePassRate": sum(base_pass) / n,
        "candidatePassRate": sum(cand_pass) / n,
        "mcnemarPValue": float(exact.pvalue),
        "baselineScore": sum(base_f1) / n,
        "candidateScore": sum(cand_f1) / n,
        "tTestPValue": float(t.pvalue),
        "tTestCiLow": float(ci.low),
        "tTestCiHigh": float(ci.high),
    }


def main():
    rng = random.Random(SEED)
    payload = {
        "generator": "scripts/reference/scorers.py",
        "versions": {
            "scipy": scipy.__version__,
            "statsmodels": statsmodels.__version__,
            "jsonschema": None if jsonschema is None else "python3-jsonschema (Debian)",
        },
        "separator": SEPARATOR,
        "squad": [
            {
                "references": refs,
                "output": out,
                "exactMatch": float(metric_max_over_ground_truths(exact_match_score, out, refs)),
                "tokenF1": float(metric_max_over_ground_truths(f1_score, out, refs)),
            }
            for refs, out in SQUAD_CASES
        ],
        "contains": [
            {"references": refs, "output": out, "pass": any(contains(r, out) for r in refs)} for refs, out in CONTAINS_CASES
        ],
        "numeric": [
            {"references": refs, "output": out, "relTol": rel, "absTol": abs_, "pass": numeric(refs, out, rel, abs_)}
            for refs, out, rel, abs_ in NUMERIC_CASES
        ],
        "json": {"schema": SCHEMA, "cases": [json_case(text) for text in JSON_CASES]},
        "paired": paired_case(rng, 120),
    }
    with open(OUT, "w", encoding="utf-8") as handle:
        json.dump(payload, handle, indent=1)
        handle.write("\n")


if __name__ == "__main__":
    main()
