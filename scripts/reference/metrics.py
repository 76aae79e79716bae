"""Reference values for src/metrics, from scikit-learn, numpy and the official SQuAD v1.1
evaluation functions, so the TypeScript tests check our numbers against an independent
implementation.

Regenerate (needs Debian's python3-sklearn and python3-numpy, hence /usr/bin/python3):

    /usr/bin/python3 scripts/reference/metrics.py

It writes test/fixtures/metrics/*.json; commit them together with any change to this script.
Cases are generated from a seeded numpy RNG, so the output is reproducible.
"""

import json
import os
import re
import string
import warnings
from collections import Counter

import numpy as np
import sklearn
from sklearn.metrics import accuracy_score, confusion_matrix, precision_recall_fscore_support
from sklearn.utils.multiclass import unique_labels

OUT_DIR = os.path.join(os.path.dirname(__file__), "..", "..", "test", "fixtures", "metrics")
SEED = 20261115


def write(name, payload):
    payload = {"generator": "scripts/reference/metrics.py", "versions": versions(), **payload}
    path = os.path.join(OUT_DIR, name)
    with open(path, "w", encoding="utf-8") as handle:
        json.dump(payload, handle, indent=1)  # ASCII escapes keep lone surrogates
        handle.write("\n")


def versions():
    return {"sklearn": sklearn.__version__, "numpy": np.__version__}


# ---------------------------------------------------------------- classification


def classification_case(name, vocabulary, expected_index, predicted_index):
    """Labels are stored as indices into `vocabulary` to keep large cases small."""
    expected = [vocabulary[i] for i in expected_index]
    predicted = [vocabulary[i] for i in predicted_index]
    labels = [str(label) for label in unique_labels(expected, predicted)]
    per_class = precision_recall_fscore_support(
        expected, predicted, labels=labels, average=None, zero_division=0
    )
    averages = {}
    for average in ("macro", "micro", "weighted"):
        precision, recall, f1, _ = precision_recall_fscore_support(
            expected, predicted, labels=labels, average=average, zero_division=0
        )
        averages[average] = {"precision": float(precision), "recall": float(recall), "f1": float(f1)}
    return {
        "name": name,
        "vocabulary": vocabulary,
        "expected": [int(i) for i in expected_index],
        "predicted": [int(i) for i in predicted_index],
        "labels": labels,
        "confusion": confusion_matrix(expected, predicted, labels=labels).tolist(),
        "accuracy": float(accuracy_score(expected, predicted)),
        "perClass": {
            label: {
                "precision": float(per_class[0][k]),
                "recall": float(per_class[1][k]),
                "f1": float(per_class[2][k]),
                "support": int(per_class[3][k]),
            }
            for k, label in enumerate(labels)
        },
        **averages,
    }


def noisy_predictions(rng, expected_index, class_count, accuracy):
    """Each prediction is right with probability `accuracy`, else a uniformly drawn class."""
    keep = rng.random(len(expected_index)) < accuracy
    return np.where(keep, expected_index, rng.integers(0, class_count, len(expected_index)))


def classification_cases(rng):
    cases = []
    binary = ["ham", "spam"]
    five = ["billing", "bug", "feature", "other", "praise"]
    # Sort order must be by code point, as Python's: fullwidth "Ａ" (U+FF21) sorts before "😀"
    # (U+1F600) although JavaScript's default sort puts it after (UTF-16 surrogates 0xD83D).
    tricky = ["Spam", "spam", "é", "e\u0301", "Ａ", "😀", "日本", "a b", "", "__proto__"]

    cases.append(classification_case("one example, right", binary, [1], [1]))
    cases.append(classification_case("one example, wrong", binary, [0], [1]))
    expected = rng.integers(0, 2, 7)
    cases.append(classification_case("n=7, two classes", binary, expected, noisy_predictions(rng, expected, 2, 0.4)))
    expected = rng.integers(0, 5, 25)
    cases.append(classification_case("n=25, five classes", five, expected, noisy_predictions(rng, expected, 5, 0.5)))

    expected = rng.integers(0, 5, 1000)
    predicted = noisy_predictions(rng, expected, 5, 0.7)
    predicted = np.where(predicted == 3, 0, predicted)  # class "other" is never predicted
    cases.append(classification_case("n=1000, a class never predicted", five, expected, predicted))

    vocabulary = five + ["unparsed: I think it is a bug"]
    expected = rng.integers(0, 5, 1000)
    predicted = noisy_predictions(rng, expected, 5, 0.8)
    predicted = np.where(rng.random(1000) < 0.05, 5, predicted)  # a label never expected
    cases.append(classification_case("n=1000, a predicted label never expected", vocabulary, expected, predicted))

    expected = rng.integers(0, 3, 50)
    cases.append(classification_case("all correct", ["neg", "neu", "pos"], expected, expected))
    expected = rng.integers(0, 2, 40)
    cases.append(classification_case("all wrong", binary, expected, 1 - expected))
    cases.append(classification_case("one class only", binary, [0] * 20, [0] * 20))
    cases.append(classification_case("all predictions one label never expected", binary, [0] * 9, [1] * 9))

    expected = rng.integers(0, len(tricky), 200)
    cases.append(
        classification_case("n=200, unicode labels", tricky, expected, noisy_predictions(rng, expected, len(tricky), 0.5))
    )

    vocabulary = [f"class-{k:02d}" for k in range(12)]
    expected = rng.choice(12, 12345, p=np.arange(1, 13) / 78)  # imbalanced
    predicted = noisy_predictions(rng, expected, 12, 0.65)
    cases.append(classification_case("n=12345, twelve imbalanced classes", vocabulary, expected, predicted))
    return cases


# ---------------------------------------------------------------- declared labels (labels=)


def declared_labels_case(name, vocabulary, expected_index, predicted_index, declared, source="declared"):
    """scikit-learn with `labels=declared`: averaged over exactly those labels (absent ones count
    F1 0), predictions outside them wrong in the true label's row and in no column."""
    expected = [vocabulary[i] for i in expected_index]
    predicted = [vocabulary[i] for i in predicted_index]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # absent labels: UndefinedMetricWarning, F1 0 as we count it
        per_class = precision_recall_fscore_support(expected, predicted, labels=declared, average=None, zero_division=0)
        averages = {}
        for average in ("macro", "micro", "weighted"):
            precision, recall, f1, _ = precision_recall_fscore_support(
                expected, predicted, labels=declared, average=average, zero_division=0
            )
            averages[average] = {"precision": float(precision), "recall": float(recall), "f1": float(f1)}
    invalid = sum(1 for label in predicted if label not in set(declared))
    return {
        "name": name,
        "source": source,
        "vocabulary": vocabulary,
        "expected": [int(i) for i in expected_index],
        "predicted": [int(i) for i in predicted_index],
        "labels": list(declared),
        "confusion": confusion_matrix(expected, predicted, labels=declared).tolist(),
        "accuracy": float(accuracy_score(expected, predicted)),
        "invalid": {"count": invalid, "rate": invalid / len(predicted)},
        "perClass": {
            label: {
                "precision": float(per_class[0][k]),
                "recall": float(per_class[1][k]),
                "f1": float(per_class[2][k]),
                "support": int(per_class[3][k]),
            }
            for k, label in enumerate(declared)
        },
        **averages,
    }


RAMBLES = [
    "as an ai language model, i can't determine the sentiment",
    "i'm sorry, but i cannot classify this text",
    "the sentiment here seems positive (case 12)",
    "it is hard to say.",
    "as an ai, i do not have opinions",
    "this review is mixed; parts are positive and parts negative",
    "i cannot help with that",
    "hmm",
    "sentiment: unclear",
    "",
]


def declared_label_cases(rng):
    cases = []
    three = ["positive", "negative", "neutral"]  # declared order, not sorted: labels= keeps it
    vocabulary = three + RAMBLES
    expected = rng.integers(0, 3, 300)
    predicted = noisy_predictions(rng, expected, 3, 0.9)
    rambling = rng.random(300) < 0.04
    predicted = np.where(rambling, 3 + rng.integers(0, len(RAMBLES), 300), predicted)
    cases.append(declared_labels_case("n=300, a few rambles among three labels", vocabulary, expected, predicted, three))

    four = ["billing", "bug", "feature", "praise"]  # "praise" is never expected nor predicted
    expected = rng.integers(0, 3, 120)
    predicted = noisy_predictions(rng, expected, 3, 0.7)
    predicted = np.where(rng.random(120) < 0.1, 4, predicted)
    cases.append(declared_labels_case("a declared label no example has", four + ["dunno"], expected, predicted, four))

    expected = rng.integers(0, 2, 50)
    predicted = np.where(rng.random(50) < 0.7, 2 + rng.integers(0, 2, 50), expected)
    cases.append(
        declared_labels_case("most outputs are no label", ["spam", "ham", "answer: spam", "answer: ham"], expected, predicted, ["spam", "ham"])
    )

    five = [f"c{k}" for k in range(5)]
    sentences = [f"unique sentence number {k}" for k in range(400)]
    expected = rng.integers(0, 5, 2000)
    predicted = noisy_predictions(rng, expected, 5, 0.75)
    unique = rng.random(2000) < 0.15
    predicted = np.where(unique, 5 + rng.integers(0, 400, 2000), predicted)
    cases.append(declared_labels_case("n=2000, five labels, 15% unique sentences", five + sentences, expected, predicted, five))

    # No labels declared, but unexpected strings outnumber the expected labels: only the
    # expected labels count, as labels=sorted(expected labels).
    expected = rng.integers(0, 3, 200)
    predicted = np.where(rng.random(200) < 0.08, 3 + rng.integers(0, len(RAMBLES), 200), noisy_predictions(rng, expected, 3, 0.85))
    sorted_three = sorted(three)
    cases.append(declared_labels_case("inferred: rambles outnumber the labels", vocabulary, expected, predicted, sorted_three, "expected"))
    return cases


# ---------------------------------------------------------------- generation
# normalize_answer, f1_score and exact_match_score exactly as the official SQuAD v1.1
# evaluation script (evaluate-v1.1.py) defines them.


def normalize_answer(s):
    """Lower text and remove punctuation, articles and extra whitespace."""

    def remove_articles(text):
        return re.sub(r"\b(a|an|the)\b", " ", text)

    def white_space_fix(text):
        return " ".join(text.split())

    def remove_punc(text):
        exclude = set(string.punctuation)
        return "".join(ch for ch in text if ch not in exclude)

    def lower(text):
        return text.lower()

    return white_space_fix(remove_articles(remove_punc(lower(s))))


def f1_score(prediction, ground_truth):
    prediction_tokens = normalize_answer(prediction).split()
    ground_truth_tokens = normalize_answer(ground_truth).split()
    common = Counter(prediction_tokens) & Counter(ground_truth_tokens)
    num_same = sum(common.values())
    if num_same == 0:
        return 0
    precision = 1.0 * num_same / len(prediction_tokens)
    recall = 1.0 * num_same / len(ground_truth_tokens)
    f1 = (2 * precision * recall) / (precision + recall)
    return f1


def exact_match_score(prediction, ground_truth):
    return normalize_answer(prediction) == normalize_answer(ground_truth)


HANDWRITTEN_PAIRS = [
    # (expected, output)
    ("The Eiffel Tower", "eiffel tower"),
    ("Denver Broncos", "the Denver Broncos."),
    ("an apple a day", "apple day"),
    ("Theatre", "the atre"),
    ("a", ""),
    ("", ""),
    ("the the the", "The"),
    ("New York, NY", "new-york ny"),
    ("Côte d'Ivoire", "cote divoire"),
    ("Côte d'Ivoire", "CÔTE D'IVOIRE"),
    ("e\u0301a", "ea"),
    ("éa b", "éa  b"),
    ("ΟΔΟΣ", "οδος"),
    ("İstanbul", "istanbul"),
    ("Straße", "STRASSE"),
    ("東京 タワー", "東京　タワー"),
    ("«quoted» answer", "quoted answer"),
    ("under_score", "underscore"),
    ("1,000 people", "1000 people"),
    ("cat cat dog", "cat dog dog"),
    ("tabs\tand\nnewlines", "tabs and newlines"),
    ("sep\x1carated", "sep arated"),
    ("zero\ufeffwidth", "zero width"),
    ("a_an the_a", "an"),
    ("😀 party", "party 😀!"),
    ("½ cup", "1/2 cup"),
]

WORDS = ["the", "a", "an", "Paris", "France", "capital", "of", "river", "Seine", "1889", "tower", "Éclair",
         "naïve", "über", "日本", "😀", "don't", "U.S.", "e.g.", "co-op"]
DECORATIONS = ["", ".", "!", "?", ",", '"', "'", " (approx.)", "…", "\u00a0"]


def random_answer(rng):
    words = [WORDS[i] for i in rng.integers(0, len(WORDS), rng.integers(0, 6))]
    return " ".join(words)


def perturb(rng, answer):
    """The kind of variation a model's answer shows: case, punctuation, articles, spacing, words."""
    words = answer.split()
    if words and rng.random() < 0.3:
        del words[rng.integers(0, len(words))]
    if rng.random() < 0.3:
        words.insert(rng.integers(0, len(words) + 1), ["the", "an", "a", "The", "extra"][rng.integers(0, 5)])
    text = ["  ", " ", "\t"][rng.integers(0, 3)].join(words)
    if rng.random() < 0.4:
        text = text.upper() if rng.random() < 0.5 else text.title()
    return text + DECORATIONS[rng.integers(0, len(DECORATIONS))]


def generation_reference(rng):
    pairs = list(HANDWRITTEN_PAIRS)
    for _ in range(40):
        expected = random_answer(rng)
        pairs.append((expected, perturb(rng, expected) if rng.random() < 0.8 else random_answer(rng)))
    cases = [
        {
            "expected": expected,
            "output": output,
            "normalizedExpected": normalize_answer(expected),
            "normalizedOutput": normalize_answer(output),
            "exactMatch": 1 if exact_match_score(output, expected) else 0,
            "tokenF1": float(f1_score(output, expected)),
        }
        for expected, output in pairs
    ]
    # What evaluate() averages, as a fraction rather than x100.
    summary = {
        "n": len(cases),
        "exactMatch": sum(c["exactMatch"] for c in cases) / len(cases),
        "tokenF1": sum(c["tokenF1"] for c in cases) / len(cases),
    }
    return {"pairs": cases, "summary": summary}


# ---------------------------------------------------------------- lengths and latency

TRICKY_TEXTS = [
    "",
    "hello world",
    "  leading and trailing  ",
    "tabs\tand\nnew\r\nlines",
    "emoji 😀 and family 👨‍👩‍👧 and flag 🇫🇷",
    "combining e\u0301 and a\u0308",
    "日本語のテキスト、句読点。",
    "mixed\u3000ideographic\u00a0nbsp\u2003em",
    "python-only whitespace: a\x1cb\x1dc\x1ed\x1ff\x85g",
    "not whitespace in python: zero\u200bwidth and bom\ufeffhere",
    "a lone surrogate is one code point: \ud800!",
    "𝔘𝔫𝔦𝔠𝔬𝔡𝔢 math letters",
    "<|endoftext|> is plain text here",
]


def text_counts():
    return [{"text": text, "chars": len(text), "words": len(text.split())} for text in TRICKY_TEXTS]


def distribution_case(name, values):
    values = np.asarray(values, dtype=float)
    return {
        "name": name,
        "values": values.tolist(),
        "mean": float(np.mean(values)),
        "std": float(np.std(values)),
        "min": float(np.min(values)),
        "max": float(np.max(values)),
        "quantiles": {str(q): float(np.quantile(values, q)) for q in (0.5, 0.9, 0.95, 0.99)},
    }


def distribution_cases(rng):
    return [
        distribution_case("one value", [42]),
        distribution_case("two values", [3, 10]),
        distribution_case("constant", [7] * 13),
        distribution_case("n=7 word counts", rng.integers(0, 40, 7)),
        distribution_case("n=29 token counts", np.round(rng.lognormal(4, 0.8, 29))),
        distribution_case("n=1000 char counts", np.round(rng.lognormal(6, 1.0, 1000))),
        distribution_case("n=12000 token counts", np.round(rng.lognormal(5, 0.6, 12000))),
        distribution_case("n=500 latencies in ms", rng.exponential(250.0, 500) + 20.0),
    ]


def main():
    os.makedirs(OUT_DIR, exist_ok=True)
    rng = np.random.default_rng(SEED)
    write("classification.json", {"cases": classification_cases(rng)})
    write("generation.json", generation_reference(rng))
    write("lengths.json", {"texts": text_counts(), "distributions": distribution_cases(rng)})
    # Its own generator, so adding these cases changes none of the fixtures above.
    write("declared-labels.json", {"cases": declared_label_cases(np.random.default_rng(SEED + 9))})


if __name__ == "__main__":
    main()
