"""Urgency: the taxonomy's own cue phrases, and a scale learned from many writers.

Two views of a message, added in the log domain and normalised:

1. **cues**: each level is described by cue phrases: its `description` and `examples`
   when the taxonomy gives them, else the default cues for its place in the scale
   (below). A message's score for a level is the best cosine between a cue and the
   message or one of its phrases (a cue such as "asap" is short; the phrase that
   carries it is too); a level's cue found verbatim counts as a perfect match; the
   "normal" level gets a head start (`PRIOR`).
2. **scale** (`weights/urgency_scale.npz`, trained by `urgency_train.py` on support
   tickets from independent writers, `data/urgency/`): a logistic regression over the
   sentence vector onto the four levels low, normal, high, urgent (Zendesk's). Its
   probabilities, moved from the training set's balanced rates to an inbox's
   (`INBOX_PRIOR`), go to the taxonomy's levels by place in the scale (a taxonomy of
   three levels gets "high" in its middle one), weighted by `scale_weight`.

Without the trained file the cues alone decide, as before.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

import numpy as np
from slotwise.extractor.routing.encoder import Encoder
from slotwise.schemas.routing import UrgencyLevel

# Default cues, from the bottom of a scale to the top; a level at relative place
# r in [0, 1] takes the set nearest to r * 3.
DEFAULT_CUES: tuple[tuple[str, ...], ...] = (
    (
        "just a quick question",
        "no rush, whenever you get a chance",
        "out of curiosity",
        "a small suggestion for the future",
        "it would be nice to have",
    ),
    (
        "could you please help me with this",
        "I would like to change something on my account",
        "how do I do this",
        "please look into it when you can",
    ),
    (
        "this is blocking my work",
        "I need this fixed soon",
        "it keeps failing and I cannot use it",
        "I was charged wrongly and want my money back",
        "this is the second time I am asking",
    ),
    (
        "urgent",
        "asap",
        "immediately",
        "right now",
        "everything is down for all our users",
        "my account was hacked",
        "we are losing money every minute",
        "production outage",
    ),
)
TEMPERATURE = 0.05
# Most tickets are ordinary: the scale's "normal" level (the second from the bottom on a
# scale of three or more, else the bottom) starts this much ahead, so that a loose
# semantic match to an "urgent" cue does not raise the level (0.15: on the support
# sample, 23/50 levels right against 15/50 without it; still weak, docs/routing.md).
PRIOR = 0.15


SCALE = ("low", "normal", "high", "urgent")
# The writers' tickets are balanced by design (a quarter at each level); an inbox is not:
# most tickets are ordinary. The scale's probabilities are moved to these base rates
# (chosen on the support blind set's dev half: 39/55 levels right against 32/55 with
# balanced rates and 26/55 with the cues alone).
INBOX_PRIOR = (0.25, 0.40, 0.20, 0.15)
_PRIOR_SHIFT = np.log(np.array(INBOX_PRIOR) * len(SCALE)).astype(np.float32)
SCALE_FILE = Path(__file__).with_name("weights") / "urgency_scale.npz"


@lru_cache(maxsize=1)
def trained_scale() -> dict[str, np.ndarray | float] | None:
    """The scale's weights (4 x 384), bias (4), and the mixing weight and temperature
    chosen when it was trained; None when the file is absent."""
    if not SCALE_FILE.exists():
        return None
    with np.load(SCALE_FILE) as z:
        meta = json.loads(str(z["meta"]))
        return {
            "w": z["w"].astype(np.float32),
            "b": z["b"].astype(np.float32),
            "scale_weight": float(meta["scale_weight"]),
            "temperature": float(meta["temperature"]),
        }


def scale_to_levels(n: int) -> np.ndarray:
    """(4,) index of the taxonomy level (of `n`, lowest first) that each of low, normal,
    high, urgent falls to: the nearest place in the scale, the lower one on a tie."""
    if n == 1:
        return np.zeros(len(SCALE), dtype=int)
    places = np.arange(n) / (n - 1)
    out = []
    for j in range(len(SCALE)):
        r = j / (len(SCALE) - 1)
        out.append(int(np.argmin(np.abs(places - r) + 1e-9 * np.arange(n))))
    return np.array(out, dtype=int)


class UrgencyModel:
    def __init__(self, levels: list[UrgencyLevel], encoder: Encoder) -> None:
        self.levels = [u.level for u in levels]
        cues: list[list[str]] = []
        n = len(levels)
        for i, u in enumerate(levels):
            given = [x for x in [u.description, *u.examples] if x.strip()]
            if given:
                cues.append(given)
            else:
                place = 0.5 if n == 1 else i / (n - 1)
                cues.append(list(DEFAULT_CUES[round(place * (len(DEFAULT_CUES) - 1))]))
        flat = [c for group in cues for c in group]
        self.cue_text = [c.lower() for c in flat]
        self.cue_level = np.array([i for i, g in enumerate(cues) for _ in g], dtype=int)
        self.cue_vectors = encoder.encode(flat)
        self.default = 1 if n >= 3 else 0
        self.scale = trained_scale()
        self.to_level = scale_to_levels(n)

    def cue_scores(self, text: str, sentence: np.ndarray, phrase_vectors: np.ndarray) -> np.ndarray:
        """Per level: the best cue match (with the "normal" head start)."""
        rows = (
            np.vstack([sentence[None, :], phrase_vectors])
            if len(phrase_vectors)
            else sentence[None, :]
        )
        best = (rows @ self.cue_vectors.T).max(0)  # per cue
        lowered = text.lower()
        for j, cue in enumerate(self.cue_text):
            if re.search(rf"(?<!\w){re.escape(cue)}(?!\w)", lowered):
                best[j] = 1.0
        scores = np.full(len(self.levels), -1.0)
        for j, level in enumerate(self.cue_level):
            scores[level] = max(scores[level], float(best[j]))
        scores[self.default] += PRIOR
        return scores

    def scale_log_p(self, sentence: np.ndarray) -> np.ndarray | None:
        """Per level: the log of the scale's probability mass that falls to it."""
        if self.scale is None:
            return None
        z = self.scale["w"] @ sentence + self.scale["b"] + _PRIOR_SHIFT
        p4 = np.exp(z - z.max())
        p4 /= p4.sum()
        p = np.zeros(len(self.levels))
        np.add.at(p, self.to_level, p4)
        return np.log(p + 1e-6)

    def predict(
        self, text: str, states: np.ndarray, phrase_vectors: np.ndarray
    ) -> tuple[str, float]:
        """The level and its probability, from the message's token states and phrases."""
        sentence = sentence_of(states)
        scores = self.cue_scores(text, sentence, phrase_vectors)
        p = combine(scores, self.scale_log_p(sentence), self.scale)
        k = int(np.argmax(p))
        return self.levels[k], float(p[k])


def sentence_of(states: np.ndarray) -> np.ndarray:
    """The message's vector: its token states averaged, unit length."""
    sentence = states.mean(0)
    return sentence / max(float(np.linalg.norm(sentence)), 1e-9)


def combine(scores: np.ndarray, scale_log_p: np.ndarray | None, scale: dict | None) -> np.ndarray:
    """Cue scores at the cue temperature, plus the scale's log-probabilities times its
    weight, softmaxed (and, with a scale, divided by the temperature fitted with it)."""
    z = scores / TEMPERATURE
    if scale_log_p is not None and scale is not None:
        z = (z + float(scale["scale_weight"]) * scale_log_p) / float(scale["temperature"])
    z = z - z.max()
    p = np.exp(z)
    return p / p.sum()
