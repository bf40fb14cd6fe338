"""The fitted page-type model (model.json, written by train/pagetype.py): a multinomial logistic
regression over standardised features, evaluated as dot products in plain Python."""

from __future__ import annotations

import functools
import json
import math
from dataclasses import dataclass
from importlib import resources


@dataclass(frozen=True)
class PageTypeModel:
    features: tuple[str, ...]
    mean: tuple[float, ...]
    scale: tuple[float, ...]
    classes: tuple[str, ...]
    coef: tuple[tuple[float, ...], ...]
    intercept: tuple[float, ...]
    min_probability: float
    # Taken from the article score before the softmax: the fit's own prior leans to articles, of which
    # the tuning pages hold more than any page type (see ARTICLE_OFFSET in train/pagetype.py).
    article_offset: float = 0.0

    def probabilities(self, features: dict[str, float]) -> dict[str, float]:
        x = [(features.get(name, 0.0) - mean) / scale
             for name, mean, scale in zip(self.features, self.mean, self.scale, strict=True)]
        scores = [bias + sum(w * v for w, v in zip(row, x, strict=True))
                  - (self.article_offset if name == "article" else 0.0)
                  for row, bias, name in zip(self.coef, self.intercept, self.classes, strict=True)]
        top = max(scores)
        exps = [math.exp(s - top) for s in scores]
        total = sum(exps)
        return {name: e / total for name, e in zip(self.classes, exps, strict=True)}

    def decide(self, features: dict[str, float]) -> str | None:
        """The most probable page type, or None when even it is below `min_probability`."""
        probabilities = self.probabilities(features)
        best = max(probabilities, key=probabilities.get)
        return best if probabilities[best] >= self.min_probability else None


@functools.lru_cache(maxsize=1)
def load_model() -> PageTypeModel:
    data = json.loads(resources.files(__package__).joinpath("model.json").read_text(encoding="utf-8"))
    return PageTypeModel(
        features=tuple(data["features"]), mean=tuple(data["mean"]), scale=tuple(data["scale"]),
        classes=tuple(data["classes"]), coef=tuple(tuple(row) for row in data["coef"]),
        intercept=tuple(data["intercept"]), min_probability=data["min_probability"],
        article_offset=data.get("article_offset", 0.0))
