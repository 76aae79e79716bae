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
        json.dump(payload, handle, ensure_ascii=False, indent=1)
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


def main():
    os.makedirs(OUT_DIR, exist_ok=True)
    rng = np.random.default_rng(SEED)
    write("classification.json", {"cases": classification_cases(rng)})


if __name__ == "__main__":
    main()
