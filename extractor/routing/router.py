"""`Router`: routes support messages into a caller's `Taxonomy`.

    register:  examples + descriptions -> encoder (last 3 layers pooled) -> `Head` (LR
               + prototypes, temperature on out-of-fold logits) ; urgency cues ->
               encoder -> `UrgencyModel`
    route:     message -> encoder (one pass: sentence vector + token states)
               -> calibrated ranking -> out-of-scope gate -> ambiguity
               -> evidence phrases (pooled token states vs the examples) -> urgency

One router per taxonomy fingerprint; `RouterCache` keeps the recent ones.
"""

from __future__ import annotations

import re
import threading
import time
from collections import OrderedDict
from dataclasses import dataclass, field

import numpy as np
from slotwise.extractor.routing.encoder import Encoder, shared_encoder
from slotwise.extractor.routing.head import Head, HeadConfig, fit_head
from slotwise.extractor.routing.urgency import UrgencyModel
from slotwise.schemas.routing import (
    OUT_OF_SCOPE,
    Evidence,
    RouteResult,
    Scored,
    Taxonomy,
    Urgency,
)


@dataclass(frozen=True)
class RouterConfig:
    head: HeadConfig = field(default_factory=HeadConfig)
    # The head reads the mean-pooled token states of the last `layers` encoder layers,
    # concatenated (the same pass; the gate, evidence and urgency read the last layer's
    # alone). 3: +1.0 point in-scope on CLINC150 dev 10-shot over 1, ECE unchanged;
    # benchmarks/routing_notes.md.
    layers: int = 3
    # Out of scope: a message whose closest in-scope example is less similar than
    # this (cosine) fits nothing. 0.25: CLINC150 dev wants more (0.35 buys OOS recall
    # 0.39 -> 0.69 for 0.008 in-scope), the 5-shot support sample less (42 -> 38 of 50
    # right); docs/benchmarks/routing.md.
    oos_similarity: float = 0.25
    oos_width: float = 0.03  # softness of that gate
    # Ambiguous: another category B is a fair reading too, not merely a low top
    # confidence: either the message as a whole gives B at least `ambiguous_min` (and the
    # top two hold `ambiguous_pair` of the mass between them), or one clause of the
    # message reads as B with at least `clause_min` while the whole still gives B
    # `clause_floor` ("I was billed twice, can you refund the extra charge?").
    # Chosen on samples/support, then (0.3 -> 0.35, 0.5 -> 0.6) on the support blind
    # set's dev half with the sample taxonomy's 45 examples a category: 3 of its 8
    # ambiguous tickets flagged and no clear one, against 3 and 5. With the 3-layer head
    # (sharper clause readings) the clause rule moved (0.6 -> 0.9, 0.05 -> 0.02) on the
    # same half: 5 of 8 flagged and no clear one, against 5 and 3 false flags at the
    # old values (the floor of 0.02 keeps the docs' billed-twice example ambiguous; at
    # 0.9 the half itself scores the same with 0.05).
    ambiguous_min: float = 0.35
    ambiguous_pair: float = 0.75
    clause_min: float = 0.9
    clause_floor: float = 0.02
    evidence: int = 1  # phrases per supported category


_CLAUSE = re.compile(r"[^.!?;,\n]+|[.!?;,\n]+")
_SPLIT_WORDS = re.compile(r"\b(?:but|and|because|so|also|however|although|though|plus)\b", re.I)
_WORD = re.compile(r"\S+")


def phrases(text: str) -> list[tuple[int, int, bool]]:
    """``(start, end, is_clause)`` of the message's clauses (split at punctuation and at
    'but', 'and', 'because', ...; two words or more) and of the 3-to-6-word windows
    inside each clause."""
    found: dict[tuple[int, int], bool] = {}
    for m in _CLAUSE.finditer(text):
        if not any(ch.isalnum() for ch in m.group()):
            continue
        parts, cut = [], m.start()
        for w in _SPLIT_WORDS.finditer(m.group()):
            parts.append((cut, m.start() + w.start()))
            cut = m.start() + w.start()
        parts.append((cut, m.end()))
        for a, b in parts:
            words = [(a + w.start(), a + w.end()) for w in _WORD.finditer(text[a:b])]
            if not words:
                continue
            whole = (words[0][0], words[-1][1])
            found[whole] = found.get(whole, False) or len(words) >= 2
            for n in range(3, 7):
                if n >= len(words):
                    break
                for i in range(len(words) - n + 1):
                    found.setdefault((words[i][0], words[i + n - 1][1]), False)
    return sorted((a, b, c) for (a, b), c in found.items())


def _trim(text: str, span: tuple[int, int]) -> tuple[int, int]:
    a, b = span
    while a < b and not text[a].isalnum():
        a += 1
    while b > a and not text[b - 1].isalnum():
        b -= 1
    return a, b


class Router:
    """A taxonomy, learned. `route` is thread-safe (read-only state)."""

    def __init__(
        self,
        taxonomy: Taxonomy,
        encoder: Encoder | None = None,
        config: RouterConfig | None = None,
    ) -> None:
        t0 = time.perf_counter()
        self.taxonomy = taxonomy
        self.fingerprint = taxonomy.fingerprint()
        self.config = config or RouterConfig()
        self.encoder = encoder or shared_encoder()
        self.ids = taxonomy.category_ids
        self.oos = self.ids.index(OUT_OF_SCOPE) if OUT_OF_SCOPE in self.ids else None
        texts, labels = [], []
        for k, c in enumerate(taxonomy.categories):
            texts += c.examples
            labels += [k] * len(c.examples)
        descriptions = [c.description for c in taxonomy.categories]
        self.dim = self.encoder.dim
        features = self.encoder.encode(texts + descriptions, layers=self.config.layers)
        vectors = features[:, : self.dim]
        self.examples = texts
        self.example_vectors = vectors[: len(texts)]
        self.example_labels = np.array(labels, dtype=int)
        self.description_vectors = vectors[len(texts) :]
        use = self.config.head.descriptions
        x = self._head_input(features)
        self.head: Head = fit_head(
            x[: len(texts)],
            self.example_labels,
            len(self.ids),
            self.config.head,
            extra_x=x[len(texts) :] if use else None,
            extra_y=np.arange(len(self.ids)) if use else None,
        )
        inscope = self.example_labels != (self.oos if self.oos is not None else -1)
        self._inscope_vectors = self.example_vectors[inscope]
        self.urgency = UrgencyModel(taxonomy.urgency, self.encoder)
        self.register_ms = (time.perf_counter() - t0) * 1000

    # -- the numbers -------------------------------------------------------------
    def _head_input(self, features: np.ndarray) -> np.ndarray:
        """The encoder's L unit blocks scaled to one unit vector, so that C means the
        same for any L."""
        return features / np.sqrt(features.shape[1] // self.dim)

    def probabilities(self, features: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Calibrated (N x K) probabilities and, per message, the out-of-scope gate's
        value (0: fits an example well, 1: fits nothing). `features`: the encoder's
        output with ``layers=config.layers`` (N x 384 * layers)."""
        if features.shape[1] != self.dim * self.config.layers:
            raise ValueError(
                f"features of width {features.shape[1]}, the router reads "
                f"{self.config.layers} layers of {self.dim}"
            )
        p = self.head.proba(self._head_input(features))
        vectors = features[:, : self.dim]
        if len(self._inscope_vectors):
            nearest = (vectors @ self._inscope_vectors.T).max(axis=1)
        else:
            nearest = np.zeros(len(vectors))
        gate = 1.0 / (1.0 + np.exp((nearest - self.config.oos_similarity) / self.config.oos_width))
        if self.oos is not None:
            p = p * (1.0 - gate[:, None])
            p[:, self.oos] += gate
        return p, gate

    # -- the answer --------------------------------------------------------------
    def route(self, text: str) -> RouteResult:
        vector, states, offsets = self.encoder.states(text, layers=self.config.layers)
        p, gate = self.probabilities(vector[None, :])
        return self._result(text, p[0], float(gate[0]), states, offsets)

    def _result(
        self,
        text: str,
        p: np.ndarray,
        gate: float,
        states: np.ndarray,
        offsets: list[tuple[int, int]],
    ) -> RouteResult:
        order = np.argsort(-p, kind="stable")
        ranking = [Scored(id=self.ids[k], confidence=round(float(p[k]), 4)) for k in order]
        top = int(order[0])
        out_of_scope = gate > 0.5 or top == self.oos
        windows, window_vectors, is_clause = self._phrase_vectors(text, states, offsets)
        rival = None if out_of_scope else self._rival(p, order, window_vectors[is_clause])
        supports = [top] if rival is None else [top, rival]
        last = window_vectors[:, : self.dim]  # the last layer's phrase vectors
        evidence = [] if top == self.oos else self._evidence(text, windows, last, supports)
        level, confidence = self.urgency.predict(text, states[:, : self.dim], last)
        return RouteResult(
            category=ranking[0],
            ranking=ranking,
            ambiguous=rival is not None,
            runner_up=None if rival is None else self.ids[rival],
            urgency=Urgency(level=level, confidence=round(confidence, 4)),
            interpretation=[e for k in supports for e in evidence if e.supports == self.ids[k]],
            out_of_scope=bool(out_of_scope),
            taxonomy=self.fingerprint,
        )

    def _rival(
        self,
        p: np.ndarray,
        order: np.ndarray,
        clause_vectors: np.ndarray,
    ) -> int | None:
        """The second fair reading, if there is one (see `RouterConfig`)."""
        cfg = self.config
        top, second = int(order[0]), int(order[1])
        if (
            second != self.oos
            and p[second] >= cfg.ambiguous_min
            and p[top] + p[second] >= cfg.ambiguous_pair
        ):
            return second
        if not len(clause_vectors):
            return None
        q, _ = self.probabilities(clause_vectors)
        best, best_p = None, cfg.clause_min
        for row in q:
            k = int(np.argmax(row))
            if k not in (top, self.oos) and row[k] >= best_p and p[k] >= cfg.clause_floor:
                best, best_p = k, float(row[k])
        return best

    def _phrase_vectors(
        self, text: str, states: np.ndarray, offsets: list[tuple[int, int]]
    ) -> tuple[list[tuple[int, int]], np.ndarray, np.ndarray]:
        """Each phrase's span (trimmed), its vector (the mean of the token states that
        lie in it, each layer's block normalised: the sentence's forward pass, no second
        encoding) and whether it is a whole clause."""
        starts = np.array([a for a, _ in offsets])
        ends = np.array([b for _, b in offsets])
        real = ends > starts
        keep, rows, clause = [], [], []
        for a, b, is_clause in phrases(text):
            inside = real & (starts < b) & (ends > a)
            if not inside.any():
                continue
            v = states[inside].mean(0).reshape(-1, self.dim)
            v /= np.maximum(np.linalg.norm(v, axis=1, keepdims=True), 1e-9)
            rows.append(v.reshape(-1))
            keep.append(_trim(text, (a, b)))
            clause.append(is_clause)
        if not rows:
            empty = np.zeros((0, states.shape[1]), dtype=np.float32)
            return [], empty, np.zeros(0, dtype=bool)
        return keep, np.vstack(rows).astype(np.float32), np.array(clause, dtype=bool)

    def _evidence(
        self, text: str, spans: list[tuple[int, int]], vectors: np.ndarray, supports: list[int]
    ) -> list[Evidence]:
        out: list[Evidence] = []
        if not spans:
            return out
        for k in supports:
            mine = np.flatnonzero(self.example_labels == k)
            if not len(mine):
                continue
            sims = vectors @ self.example_vectors[mine].T  # phrases x examples
            # the phrase that separates best: close to this category's examples, less
            # close to the others' (the margin keeps "Hi team" from winning)
            others = np.flatnonzero(self.example_labels != k)
            rival = (vectors @ self.example_vectors[others].T).max(1) if len(others) else 0.0
            score = sims.max(1) + 0.5 * (sims.max(1) - rival)
            for i in np.argsort(-score)[: self.config.evidence]:
                a, b = spans[int(i)]
                j = int(mine[int(np.argmax(sims[i]))])
                out.append(
                    Evidence(
                        text=text[a:b],
                        span=(a, b),
                        supports=self.ids[k],
                        why=f"close to the example {self.examples[j]!r}",
                        similarity=round(float(sims[i].max()), 4),
                    )
                )
        return out


class RouterCache:
    """The recently registered routers, by taxonomy fingerprint (LRU, thread-safe)."""

    def __init__(self, size: int = 32) -> None:
        self.size = size
        self._routers: OrderedDict[str, Router] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, taxonomy: Taxonomy, encoder: Encoder | None = None) -> Router:
        key = taxonomy.fingerprint()
        with self._lock:
            if key in self._routers:
                self._routers.move_to_end(key)
                return self._routers[key]
        router = Router(taxonomy, encoder)
        with self._lock:
            self._routers[key] = router
            while len(self._routers) > self.size:
                self._routers.popitem(last=False)
        return router
