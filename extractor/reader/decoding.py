"""The reader's output, decoded under the `Interpretation` grammar (outlines_core).

The network scores every field of every label (see `network.py`); the output is still
*generated*, piece by piece, as JSON, and a `Guide` over the grammar of
`Interpretation` narrowed to exactly n labels says at each step which pieces may come
next. Each allowed piece is scored by the head it stands for ('{"kind":"exclude"' by
the kind head of the current candidate, ',"modifies":2' by the pointer head); pieces
that are pure structure score 0. Without the mask the loop would emit whatever scores
highest, structure included, and the text would not parse: the grammar is what makes
every output a valid instance. The JSON goes through `Interpretation.model_validate_json`.

Every field is required in this grammar (kind, strength, retracted, modifies, choice,
in that order), so every decision is explicit in the output.
"""

from __future__ import annotations

import json
import math
import threading
from dataclasses import dataclass, field
from typing import Any

from outlines_core import Guide, Index, Vocabulary
from outlines_core.json_schema import build_regex_from_schema
from slotwise.extractor.interpretation import Interpretation
from slotwise.extractor.reader.labels import CHOICES, INTENTS, KINDS, MAX_CANDIDATES, STRENGTHS


def _logsumexp(values: list[float]) -> float:
    top = max(values)
    return top + math.log(sum(math.exp(v - top) for v in values))


def schema_for(n: int) -> dict[str, Any]:
    """`Interpretation`'s JSON schema with exactly `n` labels, every field required, and
    `modifies` an enum of the other candidates' indices (or null)."""
    schema = Interpretation.model_json_schema()
    base = schema["$defs"]["CandidateLabel"]
    base["required"] = ["kind", "strength", "retracted", "modifies", "choice"]
    labels = schema["properties"]["labels"]
    labels["minItems"] = labels["maxItems"] = n
    items = []
    for j in range(n):
        item = json.loads(json.dumps(base))
        others = [k for k in range(n) if k != j]
        item["properties"]["modifies"] = (
            {"anyOf": [{"enum": others}, {"type": "null"}]} if others else {"type": "null"}
        )
        item["properties"]["choice"] = {"anyOf": [{"enum": [1, 2]}, {"type": "null"}]}
        items.append(item)
    if n:
        labels["prefixItems"] = items
        labels["items"] = False
    else:
        labels["maxItems"] = 0
    schema["required"] = ["intent", "labels"]
    return schema


def _pieces() -> list[str]:
    out = [f'{{"intent":"{i}"' for i in INTENTS]
    out += [',"labels":[', "]}", "}"]
    out += [f'{{"kind":"{k}"' for k in KINDS] + [f',{{"kind":"{k}"' for k in KINDS]
    out += [f',"strength":"{s}"' for s in STRENGTHS]
    out += [',"retracted":false', ',"retracted":true']
    out += [',"modifies":null'] + [f',"modifies":{k}' for k in range(MAX_CANDIDATES)]
    out += [',"choice":null', ',"choice":1', ',"choice":2']
    # Bare digits: the grammar's index needs them after ',"modifies":1' (it may go on to
    # 10-19); they score lowest, so a pointer is always its own whole piece.
    out += [str(d) for d in range(10)]
    return out


PIECES: tuple[str, ...] = tuple(_pieces())
EOS = len(PIECES)


def _field(piece: str) -> tuple[str, Any] | None:
    """Which head a piece stands for, and the value it says."""
    if piece.startswith('{"intent":'):
        return "intent", INTENTS.index(piece.split('"')[3])
    if '"kind":' in piece:
        return "kind", KINDS.index(piece.split('"')[3])
    if '"strength":' in piece:
        return "strength", STRENGTHS.index(piece.split('"')[3])
    if '"retracted":' in piece:
        return "retracted", int(piece.endswith("true"))
    if '"modifies":' in piece:
        v = piece.rsplit(":", 1)[1]
        return "modifies", None if v == "null" else int(v)
    if '"choice":' in piece:
        v = piece.rsplit(":", 1)[1]
        return "choice", CHOICES.index(None if v == "null" else int(v))
    if piece.isdigit():
        return "digit", None
    return None


FIELDS = [_field(p) for p in PIECES]
KIND_IDS = frozenset(i for i, f in enumerate(FIELDS) if f and f[0] == "kind")


class Grammar:
    """The grammar's `Index` per number of candidates, built on first use and kept."""

    def __init__(self) -> None:
        self.vocabulary = Vocabulary(EOS, {p: [i] for i, p in enumerate(PIECES)})
        self._indexes: dict[int, Index] = {}
        self._lock = threading.Lock()

    def index(self, n: int) -> Index:
        idx = self._indexes.get(n)
        if idx is None:
            with self._lock:
                idx = self._indexes.get(n)
                if idx is None:
                    regex = build_regex_from_schema(
                        json.dumps(schema_for(n)), whitespace_pattern=""
                    )
                    idx = self._indexes[n] = Index(regex, self.vocabulary)
        return idx


@dataclass
class Scores:
    """Log-probabilities per head for one message (from the network)."""

    intent: list[float]  # 5, already temperature-scaled
    kind: list[list[float]]  # n x 4
    strength: list[list[list[float]]]  # n x 4 x 2: log p(strength | kind)
    retracted: list[list[float]]
    choice: list[list[float]]
    modifies: list[list[float]]  # n x (n + 1); the last column is "none"


@dataclass
class Decoded:
    raw: str
    interpretation: Interpretation
    decisions: list[dict[str, Any]] = field(default_factory=list)


def _score(piece: int, cand: int, s: Scores, kind: int = 0) -> float:
    f = FIELDS[piece]
    if f is None:
        return 0.0  # structure
    name, value = f
    if name == "intent":
        return s.intent[value]
    if name == "digit":
        return -1e9
    if cand < 0 or cand >= len(s.kind):
        return -1e9
    if name == "modifies":
        row = s.modifies[cand]
        return row[-1] if value is None else (row[value] if value < len(row) - 1 else -1e9)
    if name == "strength":
        return s.strength[cand][kind][value]
    table: list[float] = getattr(s, name)[cand]
    return table[value]


def decode(grammar: Grammar, n: int, s: Scores, *, constrained: bool = True) -> Decoded:
    """Greedy generation under the grammar for `n` candidates. `constrained=False` only
    exists so that a test can show what the mask prevents (the result may not parse)."""
    guide = Guide(grammar.index(n))
    out: list[int] = []
    decisions: list[dict[str, Any]] = []
    kinds = 0
    last_kind = 0
    for _ in range(16 * n + 16):
        allowed = list(guide.get_tokens()) if constrained else [*range(len(PIECES)), EOS]
        cand = kinds - 1
        if len(allowed) == 1:
            tok = allowed[0]
        else:
            scored = [
                (
                    _score(t, kinds if FIELDS[t] and FIELDS[t][0] == "kind" else cand, s, last_kind)
                    if t != EOS
                    else 0.0,
                    t,
                )
                for t in allowed
            ]
            best, tok = max(scored)
            total = _logsumexp([v for v, _ in scored])
            decisions.append(
                {
                    "piece": PIECES[tok] if tok != EOS else "<eos>",
                    "p": round(math.exp(best - total), 4),
                }
            )
        if tok == EOS:
            break
        out.append(tok)
        if tok in KIND_IDS:
            kinds += 1
            last_kind = FIELDS[tok][1]
        if constrained:
            guide.advance(tok)
            if guide.is_finished():
                break
    raw = "".join(PIECES[t] for t in out)
    return Decoded(raw, Interpretation.model_validate_json(raw), decisions)
