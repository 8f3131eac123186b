"""The trained intent model (`Interpreter` protocol), decoded under a grammar.

    from slotwise.extractor.model import IntentModel
    model = IntentModel.load()                 # packaged weights, offline
    out = model.interpret(message, candidates)  # -> Interpreted
    out.interpretation                          # a valid `Interpretation`, len(labels) == n

`IntentModel` is one backend behind `Backend`-style adapters: it formats the input
(WordPiece pieces + candidate markers), constrains the output (`decoding.Grammar`),
and parses with `Interpretation.model_validate_json`. Another backend plugs in by
meeting the same `Interpreter` protocol: `causal_lm.CausalLMInterpreter` puts any
transformers causal LM behind the same grammar (docs/backends.md).
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import torch
from slotwise.extractor.grounding.lexicon import FALLBACK
from slotwise.extractor.interpretation import Candidate, Interpreted, with_choices
from slotwise.extractor.model.decoding import Grammar, constrained_decode
from slotwise.extractor.model.network import (
    PRIOR_PROBE,
    IntentNet,
    NetConfig,
    current_candidate,
    prior_from_probe,
)
from slotwise.extractor.model.tokenizer import InputTokenizer, OutputVocab, wordpiece_path

__all__ = ["WEIGHTS_DIR", "IntentModel"]

WEIGHTS_DIR = Path(__file__).parent / "weights"

# A fallback ("A, otherwise B") labels both prefer/soft; the first choice gets a higher
# weight downstream (`detail["weights"]`, read by the pipeline), as the cue rules do.
_FALLBACK = re.compile(
    rf"\b(?:{FALLBACK}|if that(?:'?s| is)? "
    r"(?:taken|full|not possible|doesn'?t work)|backup|fallback|second choice|"
    r"plan b)\b",
    re.IGNORECASE,
)


class IntentModel:
    """Encoder + constrained JSON-piece decoder; see docs/model_card_0.2.md."""

    def __init__(
        self,
        net: IntentNet,
        tokenizer: InputTokenizer,
        temperature: float = 1.0,
        name: str = "intent-model",
        threads: int | None = 1,
    ) -> None:
        # The network is 128 wide: one thread per call is as fast as two here, and a
        # server answering requests in parallel gets its parallelism from the requests,
        # not from splitting small matrix products (which oversubscribes the cores).
        # torch's thread count is per process; None leaves it as it is.
        if threads:
            torch.set_num_threads(threads)
        self.net = net.eval()
        self.tokenizer = tokenizer
        self.vocab = net.vocab
        self.grammar = Grammar(self.vocab)
        self.temperature = temperature
        self.name = name
        self._threads = threads
        for n in range(6):  # the common counts, so the first calls do not build indexes
            self.grammar.index(n)

    # ------------------------------------------------------------------ loading
    @classmethod
    def load(cls, path: str | Path | None = None, threads: int | None = 1) -> IntentModel:
        """Weights from `path` (default: the packaged `weights/`); never downloads."""
        from safetensors.torch import load_file

        path = Path(path) if path else WEIGHTS_DIR
        meta = json.loads((path / "config.json").read_text())
        vocab = OutputVocab(tuple(meta["output_pieces"]))
        net = IntentNet(NetConfig(**meta["net"]), vocab)
        state = load_file(str(path / "model.safetensors"))
        state["word_emb"] = prior_from_probe(state.pop(PRIOR_PROBE))
        net.load_state_dict(state, strict=True)
        tok = InputTokenizer(wordpiece_path(), max_len=meta["net"]["max_in"])
        return cls(
            net,
            tok,
            temperature=float(meta.get("temperature", 1.0)),
            name=meta.get("name", "intent-model"),
            threads=threads,
        )

    # ------------------------------------------------------------------ inference
    def _tensors(self, message: str, candidates: list[Candidate]) -> tuple[torch.Tensor, ...]:
        ids, slots, ctype = self.tokenizer.encode(
            message, [(c.span[0], c.span[1]) for c in candidates], [c.type for c in candidates]
        )
        return (torch.tensor([ids]), torch.tensor([slots]), torch.tensor([ctype]))

    @torch.inference_mode()
    def interpret(
        self, message: str, candidates: list[Candidate], *, constrained: bool = True
    ) -> Interpreted:
        n = len(candidates)
        ids, slots, ctype = self._tensors(message, candidates)
        mem, pad, cand = self.net.encode(ids, slots, ctype, n)
        mem_kv = self.net.memory_kv(mem)
        state: dict[str, Any] = {"cache": None, "pos": 0}

        def step(pieces: list[int], curs: list[int]) -> torch.Tensor:
            if state["cache"] is None:
                pieces, curs = [self.net.bos, *pieces], [-1, *curs]
            toks = torch.tensor([pieces])
            cur = torch.tensor([curs])
            logits, state["cache"] = self.net.decode(
                toks, cur, state["pos"], cand, mem_kv, pad, state["cache"]
            )
            state["pos"] += len(pieces)
            return logits[0, -1]

        dec = constrained_decode(
            step,
            self.grammar,
            n,
            lambda prefix: current_candidate(prefix, self.vocab, n),
            temperature_intent=self.temperature,
            constrained=constrained,
        )
        interp = dec.interpretation
        confidence = dec.intent_probs.get(interp.intent, 0.0)
        weights = _weights(message, candidates, interp.labels)
        interp = interp.model_copy(update={"labels": with_choices(interp.labels, weights)})
        return Interpreted(
            interpretation=interp,
            intent_confidence=float(confidence),
            interpreter=self.name,
            detail={
                "tokens": dec.decisions,
                "raw": dec.raw,
                "intent_probs": dec.intent_probs,
                "weights": weights,
            },
        )


def _weights(message: str, candidates: list[Candidate], labels: list[Any]) -> list[float]:
    """2.0 for a preferred time that a fallback cue follows (the first choice), else 1.0."""
    w = [1.0] * len(labels)
    for m in _FALLBACK.finditer(message):
        before = [
            i
            for i, c in enumerate(candidates)
            if c.span[1] <= m.start()
            and c.type == "time"
            and labels[i].kind == "prefer"
            and not labels[i].retracted
        ]
        after = [
            i
            for i, c in enumerate(candidates)
            if c.span[0] >= m.end() and c.type == "time" and labels[i].kind == "prefer"
        ]
        if before and after:
            w[before[-1]] = 2.0
    return w
