"""Noise on a generated message: SMS spellings ("u", "pls", "appt") and typos.

`generator.py` re-exports `noise_text`.
"""

from __future__ import annotations

import random
import re

_SMS = [
    (r"\byou\b", "u"),
    (r"\bplease\b", "pls"),
    (r"\bare\b", "r"),
    (r"\bthanks\b", "thx"),
    (r"\bappointment\b", "appt"),
    (r"\bbecause\b", "cuz"),
    (r"\bto\b", "2"),
    (r"\bfor\b", "4"),
    (r"'", ""),
    (r"\bI'm\b", "im"),
    (r"\bokay\b", "ok"),
]


def _typo(word: str, r: random.Random) -> str:
    if len(word) < 4 or not word.isalpha():
        return word
    i = r.randrange(1, len(word) - 1)
    op = r.random()
    if op < 0.35:
        return word[:i] + word[i + 1 :]
    if op < 0.7:
        return word[:i] + word[i + 1] + word[i] + word[i + 2 :]
    return word[:i] + word[i] + word[i:]


def noise_text(s: str, r: random.Random, level: float) -> str:
    if level <= 0:
        return s
    for pat, rep in _SMS:
        if r.random() < level * 0.5:
            s = re.sub(pat, rep, s, flags=re.IGNORECASE)
    words = s.split(" ")
    words = [_typo(w, r) if r.random() < level * 0.12 else w for w in words]
    return " ".join(words)
