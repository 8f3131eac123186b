"""Today, tomorrow, the day after and the weeks in the languages written in Latin letters (issue 13).

"besok pagi" (Indonesian), "naeil ohu" (Korean), "ngày mai" (Vietnamese), "prung nee torn
yen" (Thai): one table of patterns per language (`lexicon_romanised.RELATIVE_DAYS`) makes
three rules each, "<language>_today", "<language>_tomorrow", "<language>_day_after"; and
one more (`RELATIVE_WEEKS`) "<language>_week" for this week and next ("daeum ju", "tuần
sau", "aathit naa"). The rest of each language is its own module's (`rules_indonesian`, `rules_korean`,
`rules_vietnamese`, `rules_thai`, `rules_arabizi`).

Registered in `compose.RULE_MODULES`.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from slotwise.extractor.grounding.atoms import Options, rule
from slotwise.extractor.grounding.lexicon_romanised import RELATIVE_DAYS, RELATIVE_WEEKS
from slotwise.extractor.grounding.symbolic import DaySpec, SpanSpec, Sym


def _relative_day(offset: int) -> Callable[[re.Match[str], Options], Sym]:
    def produce(m: re.Match[str], o: Options) -> Sym:
        return Sym(day=DaySpec("rel", offset))

    return produce


for _language, _patterns in RELATIVE_DAYS.items():
    for _offset, (_name, _pattern) in enumerate(
        zip(("today", "tomorrow", "day_after"), _patterns, strict=True)
    ):
        rule(f"{_language}_{_name}", _pattern)(_relative_day(_offset))


def _week(m: re.Match[str], o: Options) -> Sym:
    """This week ("ibeon ju", "tuần này") or next ("daeum ju", "tuần sau", "aathit naa")."""
    return Sym(span=SpanSpec("week", 1 if m.group("next") else 0))


for _language, (_this, _next) in RELATIVE_WEEKS.items():
    rule(f"{_language}_week", f"(?:{_this})|(?P<next>{_next})")(_week)
