"""A transformers causal LM as the interpreter, decoded under the intent model's grammar.

    from slotwise.extractor.model.causal_lm import CausalLMInterpreter
    lm = CausalLMInterpreter.load("/models/my-lm")                  # a transformers directory
    lm = CausalLMInterpreter.load("/models", gguf_file="lm.gguf")   # or a GGUF file in one
    out = lm.interpret(message, candidates)                         # -> Interpreted

`Engine(interpreter="causal-lm:/models/my-lm")` does the same by configuration. The
adapter is the three steps of `IntentModel`, for any LM:

- **format**: `format_prompt(message, candidates)` states the task, shows a few worked
  examples, then the message and its numbered candidates, and ends where the JSON
  starts; `format_target(interpretation)` is the JSON that follows. A fine-tuned model
  is trained on `format_prompt(..., examples=())` + `format_target(...)` pairs.
- **constrain**: the regex of `decoding.regex_for(n)` (the embedded model's grammar)
  over the LM's own tokens: `token_bytes` gives each token's exact bytes (byte-level BPE
  and SentencePiece spell them differently), an outlines_core `Index` is cached per n.
- **parse**: a greedy loop with a KV cache masks every token the grammar does not allow
  to -inf. Text the grammar forces (``{"intent":"``, ``","strength":"``) is appended
  without a decision, as the LM's tokenizer spells it, and fed with the next forward
  pass; only branching points are decisions. No retry, no repair; the output goes
  through `Interpretation.model_validate_json`.

transformers is imported only by `load` (the ``llm`` extra: ``pip install 'slotwise[llm]'``).
"""

from __future__ import annotations

import copy
import inspect
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Any, get_args

import torch
from outlines_core import Index
from slotwise.extractor.interpretation import (
    Candidate,
    CandidateLabel,
    Interpretation,
    Interpreted,
    with_choices,
)
from slotwise.extractor.model import _weights
from slotwise.extractor.model.decoding import IndexCache
from slotwise.extractor.model.lm_vocabulary import (
    grammar_alphabet,
    grammar_vocabulary,
    token_bytes,
)
from slotwise.extractor.model.prompt import (
    EXAMPLES,
    Example,
    format_prompt,
    format_target,
    prompt_block,
    prompt_head,
)

__all__ = [
    "EXAMPLES",
    "CausalLMInterpreter",
    "Example",
    "format_prompt",
    "format_target",
]

INTENTS: tuple[str, ...] = get_args(Interpretation.model_fields["intent"].annotation)
_HEAD = '{"intent":"'  # the grammar's first bytes: the intent is decided right after them


def _longest_target(n: int) -> int:
    """An upper bound on the bytes (so tokens) of any output for n candidates."""
    worst = Interpretation(
        intent=max(INTENTS, key=len),
        labels=[CandidateLabel(kind="require", strength="hard", retracted=False)] * n,
    )
    return len(format_target(worst)) + n * len(str(n))


def _eos_ids(tokenizer: Any, model: Any) -> list[int]:
    found: list[int] = []
    for value in (
        tokenizer.eos_token_id,
        getattr(getattr(model, "generation_config", None), "eos_token_id", None),
        getattr(model.config, "eos_token_id", None),
    ):
        for v in value if isinstance(value, list) else [value]:
            if v is not None and int(v) not in found:
                found.append(int(v))
    if not found:
        raise ValueError("the model and its tokenizer name no end-of-sequence token")
    return found


# ----------------------------------------------------------------------------- interpreter


class CausalLMInterpreter:
    """Any transformers causal LM behind the `Interpreter` protocol; see docs/backends.md.

    `examples`: the worked examples of the prompt (``()`` for a model fine-tuned on the
    format); `max_new_tokens`: a cap on the output (default: the longest output the
    grammar admits for the candidates, so the grammar alone ends it)."""

    def __init__(
        self,
        model: Any,
        tokenizer: Any,
        *,
        name: str = "causal-lm",
        examples: Sequence[Example] = EXAMPLES,
        max_new_tokens: int | None = None,
        threads: int | None = None,
    ) -> None:
        if threads:  # per process, as for IntentModel; None leaves torch's setting alone
            torch.set_num_threads(threads)
        self.model = model.eval()
        self.tokenizer = tokenizer
        self.name = name
        self.examples = tuple(examples)
        self.max_new_tokens = max_new_tokens
        self._stops = _eos_ids(tokenizer, model)
        self.eos = self._stops[0]
        self.token_bytes = token_bytes(tokenizer)
        self._text = [b.decode("utf-8", "replace") if b else "" for b in self.token_bytes]
        alphabet = grammar_alphabet()
        self._vocabulary = grammar_vocabulary(
            self.token_bytes, self.eos, set(self._stops), alphabet
        )
        # Forced text is found by walking the grammar one byte at a time, which needs a
        # one-byte token for every byte the grammar can write (byte-level BPE and byte
        # fallback have all 256; without them every step is decided token by token).
        self._byte_of = {i: b[0] for i, b in enumerate(self.token_bytes) if b and len(b) == 1}
        self._single = {b: i for i, b in sorted(self._byte_of.items(), reverse=True)}
        self._fast_forward = all(b in self._single for b in alphabet or range(256))
        self._indexes = IndexCache(self._vocabulary)
        self._forced: dict[tuple[int, int], tuple[list[int], int]] = {}
        self._head: tuple[list[int], Any] | None = None  # the prompt head's ids and KV cache
        self._lock = threading.Lock()
        self._keep_one = "logits_to_keep" in inspect.signature(model.forward).parameters

    @classmethod
    def load(
        cls,
        path: str | Path,
        *,
        gguf_file: str | None = None,
        threads: int | None = 1,
        max_new_tokens: int | None = None,
        examples: Sequence[Example] = EXAMPLES,
    ) -> CausalLMInterpreter:
        """A model directory (config, weights, tokenizer), or `gguf_file` inside `path`;
        read with ``local_files_only=True``: never downloads.

        One torch thread by default, as for `IntentModel`: on a 2-core machine two
        threads made a 270M model's prefill about 1.35 times faster when nothing else
        ran, and every step 10 to 20 times slower when another process was busy (the
        threads spin waiting for a core). A server gets its parallelism from requests."""
        path = Path(path)
        if not path.is_dir():
            raise FileNotFoundError(f"causal LM directory {str(path)!r} does not exist")
        if gguf_file is not None and not (path / gguf_file).is_file():
            raise FileNotFoundError(f"GGUF file {str(path / gguf_file)!r} does not exist")
        try:
            from transformers import AutoModelForCausalLM, AutoTokenizer
        except ImportError as exc:
            raise ImportError(
                "a causal LM interpreter needs transformers: pip install 'slotwise[llm]'"
            ) from exc
        kwargs: dict[str, Any] = {"local_files_only": True}
        if gguf_file is not None:
            kwargs["gguf_file"] = gguf_file
        where = str(path / gguf_file) if gguf_file else str(path)
        try:
            tokenizer = AutoTokenizer.from_pretrained(str(path), **kwargs)
            model = AutoModelForCausalLM.from_pretrained(str(path), **kwargs)
        except (OSError, ValueError, KeyError) as exc:
            raise OSError(f"cannot load a causal LM from {where!r}: {exc}") from exc
        return cls(
            model,
            tokenizer,
            name=f"causal-lm:{Path(where).name}",
            examples=examples,
            max_new_tokens=max_new_tokens,
            threads=threads,
        )

    # ------------------------------------------------------------------ grammar
    def index(self, n: int) -> Index:
        """The grammar for n candidates over this LM's tokens (built once per n)."""
        return self._indexes(n)

    def _forced_tokens(self, n: int, index: Index, state: int) -> tuple[list[int], int]:
        """The text the grammar forces from `state`, as the tokenizer spells it, and the
        state after it; ([], state) when the next byte is a choice."""
        hit = self._forced.get((n, state))
        if hit is not None:
            return hit
        text, s = bytearray(), state
        while True:
            allowed = index.get_allowed_tokens(s)
            nexts = {self._byte_of[i] for i in allowed if i in self._byte_of}
            if len(nexts) != 1 or self.eos in allowed:
                break
            text.append(nexts.pop())
            s = index.get_next_state(s, self._single[text[-1]])
        result: tuple[list[int], int] = ([], state)
        if text:
            ids = self.tokenizer.encode(text.decode("utf-8", "replace"), add_special_tokens=False)
            end: int | None = state
            for i in ids:
                end = index.get_next_state(end, i) if end is not None else None
            if end is not None and self._bytes(ids) == bytes(text):  # else token by token
                result = (ids, end)
        self._forced[(n, state)] = result
        return result

    # ------------------------------------------------------------------ inference
    def _forward(self, ids: list[int], past: Any) -> tuple[torch.Tensor, Any]:
        extra = {"logits_to_keep": 1} if self._keep_one else {}
        out = self.model(
            input_ids=torch.tensor([ids]), past_key_values=past, use_cache=True, **extra
        )
        return out.logits[0, -1].float(), out.past_key_values

    def _prompt(self, message: str, candidates: list[Candidate]) -> tuple[list[int], Any, int]:
        """The prompt's ids still to feed, the KV cache of those already fed, and the
        prompt's length. The task and examples are the same for every message: their
        cache is computed once and copied per call, if the tokenizer splits the prompt
        there as it splits the whole (checked once; the text at the seam never changes)."""
        rest = prompt_block(message, [(c.type, c.text) for c in candidates])
        with self._lock:
            if self._head is None:
                head = prompt_head(self.examples)
                ids = list(self.tokenizer(head)["input_ids"])
                split = ids + self.tokenizer.encode(rest, add_special_tokens=False)
                whole = list(self.tokenizer(head + rest)["input_ids"])
                past = self._forward(ids, None)[1] if ids and split == whole else None
                self._head = (ids, past)
        head_ids, past = self._head
        if past is None:
            ids = list(self.tokenizer(prompt_head(self.examples) + rest)["input_ids"])
            return ids, None, len(ids)
        ids = self.tokenizer.encode(rest, add_special_tokens=False)
        return ids, copy.deepcopy(past), len(head_ids) + len(ids)

    def _intent_probs(
        self, text: str, allowed: list[int], probs: torch.Tensor, tok: int
    ) -> dict[str, float]:
        """At the step whose token settles the intent: each intent's share of the allowed
        tokens that settle it ({} when this token does not settle it yet)."""
        if _intent_of(text + self._text[tok]) is None:
            return {}
        mass = dict.fromkeys(INTENTS, 0.0)
        for i, p in zip(allowed, probs[allowed].tolist(), strict=True):
            intent = _intent_of(text + self._text[i])
            if intent is not None:
                mass[intent] += p
        total = sum(mass.values()) or 1.0
        return {k: v / total for k, v in mass.items()}

    @torch.inference_mode()
    def interpret(
        self, message: str, candidates: list[Candidate], *, constrained: bool = True
    ) -> Interpreted:
        """Label `candidates`. `constrained=False` exists only so tests can show what the
        mask prevents: the loop then takes the raw argmax, and the result may not parse."""
        n = len(candidates)
        pending, past, prompt_tokens = self._prompt(message, candidates)
        index = self.index(n) if constrained else None
        state = index.get_initial_state() if index is not None else 0
        limit = self.max_new_tokens or _longest_target(n) + 1
        out: list[int] = []
        decisions: list[dict[str, Any]] = []
        intent_probs: dict[str, float] = {}
        passes = 0
        while len(out) < limit:
            allowed: list[int] = []
            if index is not None:
                forced, end = (
                    self._forced_tokens(n, index, state) if self._fast_forward else ([], state)
                )
                if not forced:
                    allowed = list(index.get_allowed_tokens(state))
                    if index.is_final_state(state) and allowed == [self.eos]:
                        break
                    if len(allowed) == 1:  # one choice: not a decision
                        forced, end = allowed, index.get_next_state(state, allowed[0])
                if forced:
                    out += forced
                    pending += forced
                    state = end
                    continue
            logits, past = self._forward(pending, past)
            pending, passes = [], passes + 1
            if index is not None:
                keep = torch.tensor(allowed)
                masked = torch.full_like(logits, float("-inf"))
                masked[keep] = logits[keep]
                logits = masked
            probs = torch.softmax(logits, dim=-1)
            tok = int(torch.argmax(probs))
            decisions.append({"token": self._piece(tok), "p": round(float(probs[tok]), 4)})
            if tok in self._stops:
                break
            if index is not None and not intent_probs:
                intent_probs = self._intent_probs(self._decode(out), allowed, probs, tok)
            out.append(tok)
            pending.append(tok)
            if index is not None:
                state = index.get_next_state(state, tok)
        raw = self._decode(out)
        interp = Interpretation.model_validate_json(raw)
        intent_probs = intent_probs or {interp.intent: 1.0}  # settled by the grammar alone
        weights = _weights(message, candidates, interp.labels)
        interp = interp.model_copy(update={"labels": with_choices(interp.labels, weights)})
        return Interpreted(
            interpretation=interp,
            intent_confidence=float(intent_probs.get(interp.intent, 0.0)),
            interpreter=self.name,
            detail={
                "tokens": decisions,
                "raw": raw,
                "intent_probs": intent_probs,
                "weights": weights,
                "prompt_tokens": prompt_tokens,
                "forward_passes": passes,
            },
        )

    def _piece(self, tok: int) -> str:
        if tok in self._stops:
            return "<eos>"
        return self._text[tok] if tok < len(self._text) else f"<{tok}>"

    def _bytes(self, ids: list[int]) -> bytes:
        return b"".join(self.token_bytes[i] or b"" for i in ids if i < len(self.token_bytes))

    def _decode(self, ids: list[int]) -> str:
        return self._bytes(ids).decode("utf-8", "replace")


def _intent_of(text: str) -> str | None:
    """The intent `text` (a prefix of the output) has settled on, if only one fits."""
    fits = [x for x in INTENTS if _prefix_either(text, f'{_HEAD}{x}"')]
    return fits[0] if len(fits) == 1 else None


def _prefix_either(a: str, b: str) -> bool:
    return a.startswith(b) or b.startswith(a)
