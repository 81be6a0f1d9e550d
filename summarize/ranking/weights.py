"""The learned ranker's weights: a linear model over `features.FEATURES`, shipped as JSON.

Fitted by `bench/train_ranker.py` (standardised features, ridge regression); applying it needs
numpy only, and a JSON file of numbers is reviewable and cannot run code when loaded.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from pathlib import Path

import numpy as np

from ..errors import SummarizeError
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

    def to_json(self) -> str:
        return json.dumps(
            {
                "features": list(self.features),
                "mean": self.mean.tolist(),
                "scale": self.scale.tolist(),
                "weights": self.weights.tolist(),
                "intercept": self.intercept,
            },
            indent=1,
        )


def model_from_json(text: str, source: str) -> LinearModel:
    """Parse and check a model file: its features must be this version's FEATURES."""
    data = json.loads(text)
    if tuple(data.get("features", ())) != FEATURES:
        raise ModelError(f"{source}: trained on other features; rerun bench/train_ranker.py")
    mean, scale, weights = (
        np.array(data[k], dtype=np.float64) for k in ("mean", "scale", "weights")
    )
    if any(a.shape != (len(FEATURES),) for a in (mean, scale, weights)) or not (scale > 0).all():
        raise ModelError(f"{source}: mean, scale and weights need one value per feature")
    return LinearModel(FEATURES, mean, scale, weights, float(data["intercept"]))


def load_model(path: str | Path) -> LinearModel:
    return model_from_json(Path(path).read_text(encoding="utf-8"), str(path))


@cache
def packaged_model() -> LinearModel:
    """The shipped weights (read once: constant package data)."""
    text = files("summarize").joinpath(PACKAGED).read_text(encoding="utf-8")
    return model_from_json(text, PACKAGED)
