"""The causal-LM adapter on a real (tiny, random) transformers model built here.

The model is untrained, so what it says is noise: these tests are about the adapter.
The grammar must make every output a valid `Interpretation` for the candidates, the
same model without the mask must not, and `Engine("causal-lm:DIR")` must answer.
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("transformers")
tokenizers = pytest.importorskip("tokenizers")

import torch  # noqa: E402
from pydantic import ValidationError  # noqa: E402
from slotwise.extractor.interpretation import (  # noqa: E402
    CandidateLabel,
    Interpretation,
)
from slotwise.extractor.model.causal_lm import CausalLMInterpreter  # noqa: E402
from slotwise.extractor.model.decoding import regex_for  # noqa: E402
from slotwise.extractor.model.lm_vocabulary import grammar_alphabet, token_bytes  # noqa: E402
from slotwise.extractor.model.prompt import EXAMPLES, format_prompt, format_target  # noqa: E402

from slotwise import Engine  # noqa: E402
from slotwise.engine import load_interpreter, parse_interpreter  # noqa: E402
from tests.extractor.helpers import cands as _cands  # noqa: E402

INTENTS = ["book", "reschedule", "cancel", "availability", "other"]
BOOKING_TALK = [  # words of the tiny tokenizer's corpus, besides prompts and JSON
    "book see Dr. Smith or Dr. Patel next Tuesday",
    "Wednesday afternoon or morning, not after 3pm, before noon",
    "cancel or move my appointment to Monday or Friday",
    "ideally maybe only, it has to be an hour",
    "actually no wait, make it whoever is free thursday at 10 around noon tomorrow",
]

MESSAGES = [
    (
        "I need to see Dr. Smith next Tuesday but maybe Wednesday afternoon, not after 3pm",
        [
            ("resource", "Dr. Smith"),
            ("time", "next Tuesday"),
            ("time", "Wednesday afternoon"),
            ("time", "not after 3pm"),
        ],
    ),
    ("cancel my 3pm tomorrow", [("time", "3pm"), ("time", "tomorrow")]),
    ("what are your opening hours?", []),
    ("an hour with whoever is free, ideally thursday", [("duration", "an hour")]),
    ("move friday to monday, not before 10", [("time", "friday"), ("time", "monday")]),
]


def _random_interpretation(rng: random.Random, n: int) -> Interpretation:
    labels = [
        CandidateLabel(
            kind=rng.choice(["require", "prefer", "exclude"]),
            strength=rng.choice(["hard", "soft"]),
            retracted=rng.random() < 0.2,
            modifies=rng.choice([None, *[k for k in range(n) if k != j]]),
        )
        for j in range(n)
    ]
    return Interpretation(intent=rng.choice(INTENTS), labels=labels)  # type: ignore[arg-type]


def _corpus() -> list[str]:
    """A few hundred lines of booking words, prompts and JSON targets."""
    rng = random.Random(7)
    lines = []
    for _ in range(300):
        n = rng.randint(0, 4)
        words = rng.sample(" ".join(BOOKING_TALK).split(), 8)
        lines.append(" ".join(words))
        lines.append(format_target(_random_interpretation(rng, n)))
    for message, items in MESSAGES:
        lines += format_prompt(message, _cands(message, items)).splitlines()
    return lines


def _byte_level_tokenizer() -> Any:
    from tokenizers import decoders, models, pre_tokenizers, trainers
    from transformers import PreTrainedTokenizerFast

    tok = tokenizers.Tokenizer(models.BPE())
    tok.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    tok.decoder = decoders.ByteLevel()
    trainer = trainers.BpeTrainer(
        vocab_size=700,
        special_tokens=["<|endoftext|>"],
        initial_alphabet=pre_tokenizers.ByteLevel.alphabet(),
    )
    tok.train_from_iterator(_corpus(), trainer)
    return PreTrainedTokenizerFast(
        tokenizer_object=tok, eos_token="<|endoftext|>", bos_token="<|endoftext|>"
    )


def _sentencepiece_tokenizer() -> Any:
    """Gemma's style: spaces as ``▁``, unknown bytes as ``<0xAB>`` (byte fallback)."""
    from tokenizers import decoders, models, normalizers, trainers
    from transformers import PreTrainedTokenizerFast

    tok = tokenizers.Tokenizer(models.BPE())
    tok.normalizer = normalizers.Replace(" ", "\u2581")
    trainer = trainers.BpeTrainer(vocab_size=500, special_tokens=["<eos>", "<bos>"])
    tok.train_from_iterator(_corpus(), trainer)
    spec = json.loads(tok.to_str())
    vocab = spec["model"]["vocab"]
    byte_tokens = [f"<0x{b:02X}>" for b in range(256)]
    shifted = {t: i + 256 for t, i in vocab.items() if i >= 2}
    spec["model"]["vocab"] = {
        "<eos>": 0,
        "<bos>": 1,
        **{t: 2 + b for b, t in enumerate(byte_tokens)},
    }
    spec["model"]["vocab"].update({t: i for t, i in shifted.items()})
    spec["model"]["byte_fallback"] = True
    spec["added_tokens"] = [
        {**a, "id": {"<eos>": 0, "<bos>": 1}[a["content"]]} for a in spec["added_tokens"]
    ]
    spec["decoder"] = json.loads(
        decoders.Sequence(
            [decoders.Replace("\u2581", " "), decoders.ByteFallback(), decoders.Fuse()]
        )
        .__getstate__()
        .decode()
    )
    tok = tokenizers.Tokenizer.from_str(json.dumps(spec))
    return PreTrainedTokenizerFast(tokenizer_object=tok, eos_token="<eos>", bos_token="<bos>")


def _tiny_llama(tokenizer: Any, seed: int = 0) -> Any:
    from transformers import LlamaConfig, LlamaForCausalLM

    torch.manual_seed(seed)
    config = LlamaConfig(
        vocab_size=len(tokenizer),
        hidden_size=32,
        intermediate_size=64,
        num_hidden_layers=2,
        num_attention_heads=4,
        num_key_value_heads=4,
        max_position_embeddings=4096,
        eos_token_id=tokenizer.eos_token_id,
        bos_token_id=tokenizer.bos_token_id,
    )
    return LlamaForCausalLM(config)


@pytest.fixture(scope="module")
def model_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("tiny-lm")
    tokenizer = _byte_level_tokenizer()
    _tiny_llama(tokenizer).save_pretrained(path)
    tokenizer.save_pretrained(path)
    return path


@pytest.fixture(scope="module")
def lm(model_dir: Path) -> CausalLMInterpreter:
    return CausalLMInterpreter.load(model_dir)


# ----------------------------------------------------------------------------- format


def test_causal_lm_format_target_is_a_string_of_the_grammar() -> None:
    rng = random.Random(0)
    for n in range(6):
        for _ in range(20):
            interp = _random_interpretation(rng, n)
            target = format_target(interp)
            assert re.fullmatch(regex_for(n), target), target
            assert Interpretation.model_validate_json(target) == interp


def test_causal_lm_format_prompt_ends_where_the_json_starts() -> None:
    message, items = MESSAGES[0]
    prompt = format_prompt(message, _cands(message, items))
    tail = prompt.rsplit("Message: ", 1)[1]
    assert tail.splitlines() == [
        json.dumps(message),
        "Candidates:",
        '0 resource "Dr. Smith"',
        '1 time "next Tuesday"',
        '2 time "Wednesday afternoon"',
        '3 time "not after 3pm"',
        "JSON:",
    ]
    assert prompt.endswith("JSON:\n")
    for ex in EXAMPLES:  # the worked examples show the target format
        assert format_target(ex.answer) in prompt
    bare = format_prompt("hello", [], examples=())
    assert bare.count("Message: ") == 1 and "(none)" in bare


# ----------------------------------------------------------------------------- vocabulary


def test_causal_lm_grammar_alphabet_holds_every_output_byte() -> None:
    alphabet = grammar_alphabet()
    assert alphabet is not None  # the schema is enums, booleans, null and indices
    rng = random.Random(1)
    for n in (0, 1, 3, 12, 40):
        assert alphabet.issuperset(format_target(_random_interpretation(rng, n)).encode())


@pytest.mark.parametrize("make", [_byte_level_tokenizer, _sentencepiece_tokenizer])
def test_causal_lm_token_bytes_spell_what_the_tokenizer_encodes(make: Any) -> None:
    tokenizer = make()
    table = token_bytes(tokenizer)
    assert table[tokenizer.eos_token_id] is None  # special tokens are never generated
    for text in [
        '{"intent":"book","labels":[]}',
        "Dr. Smith next Tuesday, not after 3pm",
        "café à 15h 🙂 — déjà vu",
        "tabs\tand\nnewlines  two spaces",
    ]:
        ids = tokenizer.encode(text, add_special_tokens=False)
        assert b"".join(table[i] or b"?" for i in ids) == text.encode(), text


def test_causal_lm_sentencepiece_model_decodes_under_the_grammar(tmp_path: Path) -> None:
    tokenizer = _sentencepiece_tokenizer()
    _tiny_llama(tokenizer, seed=3).save_pretrained(tmp_path)
    tokenizer.save_pretrained(tmp_path)
    sp = CausalLMInterpreter.load(tmp_path)
    message, items = MESSAGES[0]
    out = sp.interpret(message, _cands(message, items))
    assert len(out.interpretation.labels) == len(items)


# ----------------------------------------------------------------------------- decoding


@pytest.mark.parametrize(("message", "items"), MESSAGES)
def test_causal_lm_output_is_valid_for_the_candidates(
    lm: CausalLMInterpreter, message: str, items: list[tuple[str, str]]
) -> None:
    for n in range(len(items) + 1):
        cands = _cands(message, items[:n])
        out = lm.interpret(message, cands)
        labels = out.interpretation.labels
        assert len(labels) == n
        assert all(lab.modifies is None or lab.modifies != j for j, lab in enumerate(labels))
        assert all(lab.modifies is None or 0 <= lab.modifies < n for lab in labels)
        assert Interpretation.model_validate_json(out.detail["raw"]) == out.interpretation
        assert out.interpreter.startswith("causal-lm:")
        probs = out.detail["intent_probs"]
        assert set(probs) == set(INTENTS) and abs(sum(probs.values()) - 1) < 1e-6
        assert out.intent_confidence == pytest.approx(probs[out.interpretation.intent])
        assert all(0.0 <= t["p"] <= 1.0 for t in out.detail["tokens"])
        assert len(out.detail["weights"]) == n
        # forced text costs no forward pass: one pass per decision
        assert out.detail["forward_passes"] == len(out.detail["tokens"])


def test_causal_lm_many_candidates_still_one_label_each(lm: CausalLMInterpreter) -> None:
    message = " or ".join(f"the {d}th" for d in range(1, 13))
    out = lm.interpret(message, _cands(message, [("time", f"the {d}th") for d in range(1, 13)]))
    assert len(out.interpretation.labels) == 12


def test_causal_lm_is_deterministic(lm: CausalLMInterpreter) -> None:
    message, items = MESSAGES[0]
    a = lm.interpret(message, _cands(message, items))
    b = lm.interpret(message, _cands(message, items))
    assert a.detail["raw"] == b.detail["raw"] and a.intent_confidence == b.intent_confidence


def test_causal_lm_cached_prompt_head_gives_the_same_logits(lm: CausalLMInterpreter) -> None:
    message, items = MESSAGES[0]
    cands = _cands(message, items)
    with torch.inference_mode():
        rest, past, length = lm._prompt(message, cands)
        assert past is not None, "the task and examples are fed once, not per message"
        whole = list(lm.tokenizer(format_prompt(message, cands))["input_ids"])
        assert length == len(whole) and whole[-len(rest) :] == rest
        cached = lm._forward(rest, past)[0]
        fresh = lm._forward(whole, None)[0]
    torch.testing.assert_close(cached, fresh, rtol=1e-4, atol=1e-4)


def test_causal_lm_without_the_mask_the_same_model_is_not_valid(
    lm: CausalLMInterpreter,
) -> None:
    for message, items in MESSAGES:
        with pytest.raises(ValidationError):
            lm.interpret(message, _cands(message, items), constrained=False)


# ----------------------------------------------------------------------------- configuration


def test_causal_lm_engine_by_configuration_answers_a_request(model_dir: Path) -> None:
    engine = Engine(interpreter=f"causal-lm:{model_dir}")
    body = {
        "message": "I need to see Dr. Smith next Tuesday, or maybe Wednesday afternoon",
        "now": "2026-11-23T09:00:00-05:00",
        "timezone": "America/New_York",
        "duration_minutes": 30,
        "resources": [
            {
                "id": "dr-smith",
                "name": "Dr. Smith",
                "open": [
                    {"start": f"{d}T09:00:00-05:00", "end": f"{d}T17:00:00-05:00"}
                    for d in ("2026-11-24", "2026-11-25", "2026-11-26", "2026-12-01")
                ],
            }
        ],
    }
    result = engine.schedule(body)
    assert result.outcome in {"proposals", "clarification"}
    step = next(s for s in result.trace if s.step == "interpret")
    assert step.detail["interpreter"] == f"causal-lm:{model_dir.name}"
    assert len(step.detail["output"]["labels"]) == len(step.detail["candidates"])
    assert "raw" in step.detail and "tokens" in step.detail


def test_causal_lm_missing_directory_is_a_clear_error(tmp_path: Path) -> None:
    missing = tmp_path / "no-such-model"
    with pytest.raises(FileNotFoundError, match="no-such-model"):
        CausalLMInterpreter.load(missing)
    with pytest.raises(FileNotFoundError, match="no-such-model"):
        load_interpreter(f"causal-lm:{missing}")
    with pytest.raises(FileNotFoundError, match=r"lm\.gguf"):
        load_interpreter(f"causal-lm:{tmp_path / 'lm.gguf'}")
    with pytest.raises(OSError, match="cannot load a causal LM"):
        CausalLMInterpreter.load(tmp_path)  # a directory with no model in it


@pytest.mark.parametrize(
    ("spec", "parsed"),
    [
        ("rules", ("rules", None)),
        ("causal-lm:/models/lm", ("causal-lm", Path("/models/lm"))),
        ("causal-lm:/models/lm.gguf", ("causal-lm", Path("/models/lm.gguf"))),
    ],
)
def test_causal_lm_interpreter_spec_parses(spec: str, parsed: tuple[str, Any]) -> None:
    assert parse_interpreter(spec) == parsed


@pytest.mark.parametrize("spec", ["causal-lm:", "causal-lm", "gpt", "Rules"])
def test_causal_lm_bad_interpreter_spec_names_the_choices(spec: str) -> None:
    with pytest.raises(ValueError, match="causal-lm:PATH"):
        parse_interpreter(spec)
