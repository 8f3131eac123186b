"""Parts of the day said with "early" / "late" in the other ways people write them.

"late-morning", "late afternoons", "late in the afternoon", "later in the arvo", "early
in the evening": `lexicon.py` adds these to `POD_WORDS` / `POD_PLURALS`. Each spelling
is a key (the rules look the words up as written, spaces made single).
"""

from __future__ import annotations

_PODS = {"morning": "morning", "afternoon": "afternoon", "evening": "evening"}
_SHORT = {"aft": "afternoon", "arvo": "afternoon", "eve": "evening"}
_EDGES = ("early", "late")

# "late-morning", "early-evening", "latemorning" (the spaced ones are in `lexicon`)
EDGE_POD_WORDS: dict[str, str] = {
    f"{edge}{sep}{word}": f"{edge}_{pod}"
    for edge in _EDGES
    for sep in ("-", "")
    for word, pod in _PODS.items()
}
# "late in the afternoon", "early in the morning", "later in the aft", "late in the arvo"
EDGE_POD_WORDS |= {
    f"{said} in the {word}": f"{edge}_{pod}"
    for said, edge in (("early", "early"), ("late", "late"), ("later", "late"))
    for word, pod in (_PODS | _SHORT).items()
}
# "late afternoons suit me", "early mornings only", "late-mornings"
EDGE_POD_PLURALS: dict[str, str] = {
    f"{edge}{sep}{word}s": f"{edge}_{pod}"
    for edge in _EDGES
    for sep in (" ", "-", "")
    for word, pod in _PODS.items()
}
# "late-ish morning", "earlyish evening", "lateish arvo": the edge said loosely
EDGE_POD_WORDS |= {
    f"{edge}{ish} {word}": f"{edge}_{pod}"
    for edge in _EDGES
    for ish in ("-ish", "ish")
    for word, pod in (_PODS | _SHORT).items()
}
