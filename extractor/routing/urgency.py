"""Urgency: a small prototype model over the taxonomy's urgency levels.

Each level is described by cue phrases: its `description` and `examples` when the
taxonomy gives them, else the default cues for its place in the scale (below). A
message's score for a level is the best cosine between a cue and the message or one
of its phrases (a cue such as "asap" is short; the phrase that carries it is too); the
"normal" level gets a head start (`PRIOR`), and the scores go through a softmax at a
fixed temperature. A level's cue found verbatim in
the message counts as a perfect match.
"""

from __future__ import annotations

import re

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

    def predict(
        self, text: str, states: np.ndarray, phrase_vectors: np.ndarray
    ) -> tuple[str, float]:
        """The level and its probability, from the message's token states and phrases."""
        sentence = states.mean(0)
        sentence = sentence / max(float(np.linalg.norm(sentence)), 1e-9)
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
        z = (scores - scores.max()) / TEMPERATURE
        p = np.exp(z) / np.exp(z).sum()
        k = int(np.argmax(p))
        return self.levels[k], float(p[k])
