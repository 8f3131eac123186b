"""A Hugging Face tokenizer's tokens as exact bytes, for an outlines_core `Vocabulary`.

outlines_core matches the grammar against the bytes each token writes, so every token
id needs its bytes, and tokenizers spell them in different ways:

- byte-level BPE (GPT-2, Llama 3, Qwen) writes each byte as one printable character,
  ``Ġ`` for a space, ``Ċ`` for a newline;
- SentencePiece (Llama 2, Gemma) writes a space as ``▁`` and, with byte fallback, a
  byte it has no piece for as ``<0xAB>``;
- special tokens (``<eos>``, ``<start_of_turn>``, ``<unused12>``) write nothing the
  grammar could use: they are left out, and the end of sequence is the `Vocabulary`'s
  eos id.

outlines' own adapter (`OutlinesCoreBackend.create_outlines_core_vocabulary`) maps
tokens to *strings* with `convert_tokens_to_string`, so the pieces of a multi-byte
character all become U+FFFD; bytes keep every token exact.

The grammar writes a small alphabet (JSON punctuation, the keys, the enum words, the
digits), so tokens with any other byte can never be allowed: `grammar_vocabulary`
leaves them out, which makes an index over Gemma 3's 262,144 tokens about 30 times
faster to build.
"""

from __future__ import annotations

import re
from typing import Any

from outlines_core import Vocabulary
from slotwise.extractor.model.decoding import regex_for

__all__ = ["grammar_alphabet", "grammar_vocabulary", "token_bytes"]

_BYTE_TOKEN = re.compile(r"^<0x([0-9A-Fa-f]{2})>$")  # SentencePiece byte fallback
_SPACE = "\u2581"  # SentencePiece's ▁


def _bytes_to_unicode() -> dict[int, str]:
    """GPT-2's table: byte-level BPE writes byte b as this printable character."""
    keep = [*range(ord("!"), ord("~") + 1), *range(ord("¡"), ord("¬") + 1), *range(ord("®"), 256)]
    table, extra = {b: chr(b) for b in keep}, 0
    for b in range(256):
        if b not in table:
            table[b] = chr(256 + extra)
            extra += 1
    return table


_UNICODE_TO_BYTE = {c: b for b, c in _bytes_to_unicode().items()}


def _decoder_style(tokenizer: Any) -> str:
    """ "byte-level", "sentencepiece" or "other", from the fast tokenizer's decoder."""
    backend = getattr(tokenizer, "backend_tokenizer", None)
    if backend is None or backend.decoder is None:
        return "other"
    spec = backend.decoder.__getstate__().decode()
    if '"ByteLevel"' in spec:
        return "byte-level"
    if '"ByteFallback"' in spec or '"Metaspace"' in spec or _SPACE in spec:
        return "sentencepiece"
    return "other"


def token_bytes(tokenizer: Any) -> list[bytes | None]:
    """The bytes each token id writes, indexed by id; None for special tokens.

    Tokenizers that are neither byte-level nor SentencePiece go through
    `convert_tokens_to_string`, which is exact for the ASCII the grammar writes."""
    added = dict(tokenizer.added_tokens_decoder)
    special = set(tokenizer.all_special_ids) | {i for i, t in added.items() if t.special}
    vocab: dict[str, int] = tokenizer.get_vocab()
    style = _decoder_style(tokenizer)
    out: list[bytes | None] = [None] * (max(vocab.values(), default=-1) + 1)
    for token, i in vocab.items():
        if i in special:
            continue
        if i in added:  # added tokens are stored as the text they write
            out[i] = added[i].content.encode()
        elif style == "byte-level" and all(c in _UNICODE_TO_BYTE for c in token):
            out[i] = bytes(_UNICODE_TO_BYTE[c] for c in token)
        elif style == "sentencepiece":
            m = _BYTE_TOKEN.match(token)
            out[i] = bytes([int(m.group(1), 16)]) if m else token.replace(_SPACE, " ").encode()
        else:
            text = tokenizer.convert_tokens_to_string([token])
            lead = " " if token.startswith(_SPACE) and not text.startswith(" ") else ""
            out[i] = (lead + text).encode()
    return out


def grammar_alphabet() -> frozenset[int] | None:
    """Every byte an `Interpretation` grammar (any n) can write; None if unknowable.

    The regex is literal text, alternations and optional groups, so the characters an
    output contains are among the regex's own, plus the digits of larger indices. A
    class or a wildcard (a free-text field, some day) could write anything: None."""
    regex = regex_for(2)
    if re.search(r"(?<!\\)[.*+\[]|\\[dswDSW]", regex):
        return None
    return frozenset(regex.encode()) | frozenset(b"0123456789")


def grammar_vocabulary(
    table: list[bytes | None], eos: int, stops: set[int], alphabet: frozenset[int] | None
) -> Vocabulary:
    """The outlines_core `Vocabulary`: every token that writes bytes of `alphabet`
    (all, if None), keyed by its bytes; `stops` left out, `eos` the end."""
    keys: dict[bytes, list[int]] = {}
    for i, b in enumerate(table):
        if b and i not in stops and (alphabet is None or alphabet.issuperset(b)):
            keys.setdefault(b, []).append(i)
    return Vocabulary(eos, keys)
