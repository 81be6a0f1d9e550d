"""The learned ranker's weights: two linear models, shipped as one JSON file.

One scores sentences (over `features.FEATURES`), the other concepts (over
`concepts.CONCEPT_FEATURES`, one of which is the sentence score). Fitted by
`bench/train_ranker.py` (standardised features, ridge regression); applying them needs numpy
only, and a JSON file of numbers is reviewable and cannot run code when loaded.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from pathlib import Path

import numpy as np

from ..errors import SummarizeError
from .concepts import CONCEPT_FEATURES, PRIOR_RAMP
from .features import FEATURES

PACKAGED = "data/ranker.json"


class ModelError(SummarizeError):
    """A ranker model file that does not match this version's features."""


@dataclass(frozen=True, slots=True)
class LinearModel:
    """score = ((features - mean) / scale) . weights + intercept"""

    features: tuple[str, ...]
    mean: np.ndarray
    scale: np.ndarray
    weights: np.ndarray
    intercept: float

    def predict(self, rows: np.ndarray) -> np.ndarray:
        return np.asarray(((rows - self.mean) / self.scale) @ self.weights + self.intercept)

    def to_dict(self) -> dict[str, object]:
        return {
            "features": list(self.features),
            "mean": self.mean.tolist(),
            "scale": self.scale.tolist(),
            "weights": self.weights.tolist(),
            "intercept": self.intercept,
        }


@dataclass(frozen=True, slots=True)
class Ranker:
    """The sentence model, then the concept model that reads its scores; the cluster prior's
    ramp (concepts.with_prior) and one article's lead blend (concepts.with_lead), each chosen
    with the models on the items they were fitted on.

    `one_article`: the two models fitted with the articles as published among the training
    shapes, which weigh one article (`weighing`); a cluster keeps the two above, fitted without
    them, since the articles teach an opening that sums up its article and a cluster's weights
    have no use for it (bench/README.md, "One article, eighteenth stop"). None: the two above
    weigh one article too (older files, and models whose nested data did not show the articles
    carry: bench/published_fit.py)."""

    sentences: LinearModel
    concepts: LinearModel
    prior_ramp: float = PRIOR_RAMP
    lead_blend: float = 0.0
    one_article: tuple[LinearModel, LinearModel] | None = None

    def weighing(self, articles: int) -> tuple[LinearModel, LinearModel]:
        """The sentence and concept models that weigh an input of `articles` articles."""
        if articles < 2 and self.one_article is not None:
            return self.one_article
        return self.sentences, self.concepts

    def to_json(self) -> str:
        parts: dict[str, object] = {
            "sentences": self.sentences.to_dict(),
            "concepts": self.concepts.to_dict(),
            "prior_ramp": self.prior_ramp,
            "lead_blend": self.lead_blend,
        }
        if self.one_article is not None:
            sentences, concepts = self.one_article
            parts["one_article"] = {
                "sentences": sentences.to_dict(),
                "concepts": concepts.to_dict(),
            }
        return json.dumps(parts, indent=1)


def model_from_json(text: str, source: str) -> Ranker:
    """Parse and check a model file: its features must be this version's."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise ModelError(f"{source}: not JSON ({error})") from None
    if not isinstance(data, dict):
        raise ModelError(f"{source}: expected an object with 'sentences' and 'concepts'")
    return Ranker(
        _linear(data.get("sentences"), FEATURES, source),
        _linear(data.get("concepts"), CONCEPT_FEATURES, source),
        _ramp(data.get("prior_ramp", PRIOR_RAMP), source),
        _blend(data.get("lead_blend", 0.0), source),
        _one_article(data.get("one_article"), source),
    )


def _one_article(data: object, source: str) -> tuple[LinearModel, LinearModel] | None:
    """The models that weigh one article, when the file has them (older files: none)."""
    if data is None:
        return None
    if not isinstance(data, dict):
        raise ModelError(f"{source}: one_article must hold 'sentences' and 'concepts'")
    return (
        _linear(data.get("sentences"), FEATURES, source),
        _linear(data.get("concepts"), CONCEPT_FEATURES, source),
    )


def _ramp(value: object, source: str) -> float:
    """The prior's ramp: a number from 0 (the prior alone) up (older files: PRIOR_RAMP)."""
    if isinstance(value, bool) or not isinstance(value, int | float) or not 0 <= value < 1e6:
        raise ModelError(f"{source}: prior_ramp must be a number from 0 up, not {value!r}"[:200])
    return float(value)


def _blend(value: object, source: str) -> float:
    """One article's lead blend: the lead's share, from 0 to 1 (older files: 0, learned alone)."""
    if isinstance(value, bool) or not isinstance(value, int | float) or not 0 <= value <= 1:
        raise ModelError(f"{source}: lead_blend must be a number from 0 to 1, not {value!r}"[:200])
    return float(value)


def _linear(data: object, features: tuple[str, ...], source: str) -> LinearModel:
    if not isinstance(data, dict) or tuple(data.get("features", ())) != features:
        raise ModelError(f"{source}: trained on other features; rerun bench/train_ranker.py")
    try:
        mean, scale, weights = (
            np.array(data[k], dtype=np.float64) for k in ("mean", "scale", "weights")
        )
        intercept = float(data["intercept"])
    except (KeyError, TypeError, ValueError) as error:
        raise ModelError(f"{source}: unreadable weights ({error})") from None
    if any(a.shape != (len(features),) for a in (mean, scale, weights)) or not (scale > 0).all():
        raise ModelError(f"{source}: mean, scale and weights need one value per feature")
    return LinearModel(features, mean, scale, weights, intercept)


def load_model(path: str | Path) -> Ranker:
    return model_from_json(Path(path).read_text(encoding="utf-8"), str(path))


@cache
def packaged_model() -> Ranker:
    """The shipped weights (read once: constant package data)."""
    text = files("summarize").joinpath(PACKAGED).read_text(encoding="utf-8")
    return model_from_json(text, PACKAGED)
