"""What every reader backend shares: the grammar-constrained decoding of its scores
into an `Interpreted`, with calibrated confidences. A backend only says how it scores
(`scores`): torch (`torch_reader.Reader`) or onnxruntime (`onnx_reader.OnnxReader`)."""

from __future__ import annotations

import math
from abc import ABC, abstractmethod

from slotwise.extractor.interpretation import Candidate, CandidateLabel, Interpreted
from slotwise.extractor.reader.decoding import MAX_CANDIDATES, Grammar, Scores, decode
from slotwise.extractor.reader.features import Featurizer
from slotwise.extractor.reader.labels import INTENTS, KINDS, STRENGTHS


class ReaderBase(ABC):
    """Scores -> decoded interpretation (`Interpreter` protocol); `scores` is the backend's."""

    def __init__(
        self,
        featurizer: Featurizer,
        temperature: float = 1.0,
        name: str = "reader",
        reads_context: bool = False,
    ):
        self.featurizer = featurizer
        self.temperature = temperature
        self.name = name
        # trained with a conversation's state as a second segment (`slotwise.reader_state`)
        self.reads_context = reads_context
        self.grammar = Grammar()
        for n in range(6):  # the common counts, so the first calls build no index
            self.grammar.index(n)

    @abstractmethod
    def scores(
        self, message: str, candidates: list[Candidate], context: str | None = None
    ) -> Scores:
        """Log-probabilities per head for `message` (the backend's one job)."""

    def interpret(
        self,
        message: str,
        candidates: list[Candidate],
        *,
        constrained: bool = True,
        context: str | None = None,
    ) -> Interpreted:
        """`context`: a conversation's state before the turn, in words; read only by a
        reader trained with it (`reads_context`), else ignored."""
        cands = candidates[:MAX_CANDIDATES]
        s = self.scores(message, cands, context if self.reads_context else None)
        dec = decode(self.grammar, len(cands), s, constrained=constrained)
        interp = dec.interpretation
        if len(candidates) > len(cands):  # beyond what the reader reads: not wishes
            extra = [CandidateLabel(kind="context", strength="hard")] * (
                len(candidates) - len(cands)
            )
            interp = interp.model_copy(update={"labels": [*interp.labels, *extra]})
        probs = {name: round(math.exp(v), 4) for name, v in zip(INTENTS, s.intent, strict=True)}
        conf = []
        for i, lab in enumerate(interp.labels[: len(cands)]):
            k = KINDS.index(lab.kind)
            logp = s.kind[i][k] + s.strength[i][k][STRENGTHS.index(lab.strength)]
            logp += s.retracted[i][int(lab.retracted)]
            conf.append(round(math.exp(logp), 4))
        return Interpreted(
            interpretation=interp,
            intent_confidence=probs[interp.intent],
            interpreter=self.name,
            detail={"raw": dec.raw, "decisions": dec.decisions, "intent_probs": probs},
            label_confidence=conf + [1.0] * (len(candidates) - len(cands)),
        )
