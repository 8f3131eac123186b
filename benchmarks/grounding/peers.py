"""Adapters: one small class per parser, each turning its output into `Found`s.

Every adapter has `name`, `version` and `parse(text, now, tz) -> list[Found]`, where `now`
is the naive wall-clock reference time in zone `tz` (an IANA name), and every `Found` is
naive wall-clock in that zone. Settings are the ones a booking backend would pick where
the parser has them (prefer the future, English only) and the defaults otherwise.

Peers import lazily inside their constructors, so this module (like `scoring`) imports
in the core environment; constructing a peer that is not installed raises
`PeerUnavailable` with the reason.
"""

from __future__ import annotations

import atexit
import importlib.metadata
import logging
import time as _time
from collections.abc import Callable, Iterator, Sequence
from datetime import date, datetime, time, timedelta
from typing import Any, Protocol
from zoneinfo import ZoneInfo

from benchmarks.grounding.scoring import Found

__all__ = [
    "PEER_CLASSES",
    "CtparseParser",
    "DateparserParser",
    "DucklingParser",
    "ParsedatetimeParser",
    "Parser",
    "PeerUnavailable",
    "RecognizersParser",
    "SlotwiseParser",
    "TimefhumanParser",
    "load_parsers",
]


class PeerUnavailable(RuntimeError):
    """A parser could not be loaded here; the message says why."""


class Parser(Protocol):
    name: str
    version: str

    def parse(self, text: str, now: datetime, tz: str) -> list[Found]: ...


def _version(dist: str) -> str:
    try:
        return importlib.metadata.version(dist)
    except importlib.metadata.PackageNotFoundError:
        return "?"


def _locate(text: str, needle: str, cursor: int) -> tuple[int, int]:
    """Character span of `needle` in `text`, searching from `cursor` first."""
    at = text.find(needle, cursor)
    if at < 0:
        at = text.lower().find(needle.lower())
    if at < 0:
        return (0, len(text))
    return (at, at + len(needle))


# --- Slotwise ----------------------------------------------------------------------------


_SLOTWISE_SKIPPED_TYPES = ("duration", "set")  # not a time: dropped as for Recognizers-Text


class SlotwiseParser:
    """`slotwise.extractor.grounding.ground`: the reading's first interval, as given.

    A mention without a reading (symbolic only) still counts as found.
    """

    name = "Slotwise"

    def __init__(self) -> None:
        try:
            from slotwise.extractor.grounding import ground
        except ImportError as exc:
            raise PeerUnavailable(f"slotwise.extractor.grounding does not import: {exc}") from exc
        self._ground = ground
        self.version = _version("slotwise")

    def parse(self, text: str, now: datetime, tz: str) -> list[Found]:
        zone = ZoneInfo(tz)
        found = []
        for mention in self._ground(text, now.replace(tzinfo=zone), tz):
            if mention.type in _SLOTWISE_SKIPPED_TYPES:
                continue
            span = (mention.span[0], mention.span[1])
            reading = mention.reading
            if reading is None or not reading.intervals:
                found.append(Found(span, None, None, None, mention.text))
                continue
            start, end = reading.intervals[0]
            found.append(
                Found(
                    span,
                    start.astimezone(zone).replace(tzinfo=None),
                    end.astimezone(zone).replace(tzinfo=None) if end is not None else None,
                    reading.grain,
                    mention.text,
                )
            )
        return found


# --- dateparser ---------------------------------------------------------------------------


class DateparserParser:
    """`dateparser.search.search_dates`; it gives no offsets, so spans are located."""

    name = "dateparser"

    def __init__(self) -> None:
        try:
            from dateparser.search import search_dates
        except ImportError as exc:
            raise PeerUnavailable(f"dateparser is not installed: {exc}") from exc
        self._search = search_dates
        self.version = _version("dateparser")

    def parse(self, text: str, now: datetime, tz: str) -> list[Found]:
        settings = {"RELATIVE_BASE": now, "PREFER_DATES_FROM": "future"}
        hits = self._search(text, languages=["en"], settings=settings) or []
        found, cursor = [], 0
        for surface, value in hits:
            span = _locate(text, surface, cursor)
            cursor = span[1]
            found.append(Found(span, value.replace(tzinfo=None), None, None, surface))
        return found


# --- parsedatetime -----------------------------------------------------------------------


class ParsedatetimeParser:
    """`parsedatetime.Calendar.nlp` (context style): offsets and an accuracy per hit."""

    name = "parsedatetime"

    def __init__(self) -> None:
        try:
            import parsedatetime
        except ImportError as exc:
            raise PeerUnavailable(f"parsedatetime is not installed: {exc}") from exc
        self._calendar = parsedatetime.Calendar(version=parsedatetime.VERSION_CONTEXT_STYLE)
        self.version = _version("parsedatetime")

    def parse(self, text: str, now: datetime, tz: str) -> list[Found]:
        hits = self._calendar.nlp(text, sourceTime=now) or ()
        found = []
        for value, context, start, end, surface in hits:
            grain = "minute" if context.hasTime else ("day" if context.hasDate else None)
            found.append(Found((start, end), value, None, grain, surface))
        return found


# --- ctparse ------------------------------------------------------------------------------


class CtparseParser:
    """`ctparse.ctparse`: one best resolution (a time or an interval) per message."""

    name = "ctparse"

    def __init__(self, timeout: float = 1.0) -> None:
        try:
            import ctparse
            from ctparse.types import Interval, Time
        except ImportError as exc:
            raise PeerUnavailable(f"ctparse is not installed: {exc}") from exc
        logging.getLogger("ctparse").setLevel(logging.ERROR)  # "Failed to produce result ..."
        self._ctparse, self._interval, self._time = ctparse.ctparse, Interval, Time
        self._timeout = timeout
        self.version = _version("ctparse")

    @staticmethod
    def _as_datetime(value: Any, now: datetime) -> datetime | None:
        if value is None:
            return None
        undated = value.year is None and value.month is None and value.day is None
        if undated and value.hour is None and not getattr(value, "hasPOD", False):
            return None
        point = value.start if getattr(value, "hasPOD", False) and value.hour is None else value
        if point.year is None and point.month is None and point.day is None:
            day = now.date()  # a time alone: today
        else:  # a coarser date ("Feb", "2018") starts on its first day
            try:
                day = date(point.year or now.year, point.month or 1, point.day or 1)
            except ValueError:  # "feb 30": a mention, but no date
                return None
        return datetime.combine(day, time(point.hour or 0, point.minute or 0))

    def parse(self, text: str, now: datetime, tz: str) -> list[Found]:
        result = self._ctparse(text, ts=now, timeout=self._timeout)
        if result is None or result.resolution is None:
            return []
        res = result.resolution
        if not isinstance(res, self._interval | self._time):
            return []  # a Duration: not a time
        span = (res.mstart, res.mend)
        if isinstance(res, self._interval):
            start = self._as_datetime(res.t_from, now)
            end = self._as_datetime(res.t_to, now)
            return [Found(span, start, end, None, text[span[0] : span[1]])]
        grain = "minute" if res.hour is not None else ("day" if res.day is not None else None)
        return [Found(span, self._as_datetime(res, now), None, grain, text[span[0] : span[1]])]


# --- timefhuman ---------------------------------------------------------------------------


class TimefhumanParser:
    """`timefhuman.timefhuman` with matched text: values, ranges (tuples) and lists."""

    name = "timefhuman"

    def __init__(self) -> None:
        try:
            from timefhuman import timefhuman
            from timefhuman.utils import tfhConfig
        except ImportError as exc:
            raise PeerUnavailable(f"timefhuman is not installed: {exc}") from exc
        self._parse, self._config = timefhuman, tfhConfig
        self.version = _version("timefhuman")

    @staticmethod
    def _point(value: Any, now: datetime) -> datetime | None:
        if isinstance(value, datetime):
            return value.replace(tzinfo=None)
        if isinstance(value, date):
            return datetime.combine(value, time(0))
        if isinstance(value, time):
            return datetime.combine(now.date(), value.replace(tzinfo=None))
        return None

    def _flatten(
        self, value: Any, span: tuple[int, int], surface: str, now: datetime
    ) -> Iterator[Found]:
        if isinstance(value, list):
            for item in value:
                yield from self._flatten(item, span, surface, now)
        elif isinstance(value, tuple):
            yield Found(
                span, self._point(value[0], now), self._point(value[-1], now), None, surface
            )
        elif isinstance(value, timedelta):
            return  # a duration is not a time
        else:
            yield Found(span, self._point(value, now), None, None, surface)

    def parse(self, text: str, now: datetime, tz: str) -> list[Found]:
        config = self._config(now=now, return_matched_text=True)
        found: list[Found] = []
        for surface, span, value in self._parse(text, config=config):
            found.extend(self._flatten(value, (span[0], span[1]), surface, now))
        return found


# --- Microsoft Recognizers-Text --------------------------------------------------------------

_RT_SKIPPED_TYPES = ("duration", "set", "timezone")
_RT_GRAIN = {"date": "day", "time": "minute", "datetime": "minute"}


def _rt_bound(value: str, now: datetime) -> datetime | None:
    """'2016-11-07', '17:00:00' or '2016-11-07 17:00:00' -> datetime (times on now's date)."""
    if not value or value == "not resolved":
        return None
    try:
        if ":" in value and "-" not in value:
            return datetime.combine(now.date(), time.fromisoformat(value))
        return datetime.fromisoformat(value)
    except ValueError:
        return None


class RecognizersParser:
    """Recognizers-Text DateTimeModel (English, default options).

    It resolves an ambiguous mention to several values (past and future, am and pm);
    the adapter keeps the first whose start is not before `now`, else the last one.
    Durations, sets and time zones are dropped: they are not a time.
    """

    name = "Recognizers-Text"

    def __init__(self) -> None:
        try:
            from recognizers_date_time import DateTimeRecognizer
            from recognizers_text import Culture
        except ImportError as exc:
            raise PeerUnavailable(f"recognizers-text-suite does not import: {exc}") from exc
        self._model = DateTimeRecognizer(Culture.English).get_datetime_model()
        self.version = _version("recognizers-text-date-time")

    def _pick(self, values: Sequence[dict[str, str]], now: datetime) -> tuple[Any, Any]:
        readings = []
        for value in values:
            if "value" in value:
                start, end = _rt_bound(value["value"], now), None
            else:
                start = _rt_bound(value.get("start", ""), now)
                end = _rt_bound(value.get("end", ""), now)
                if start is not None and end is not None and end < start:
                    end += timedelta(days=1)  # "10pm to 2am"
            readings.append((start, end))
        for start, end in readings:
            anchor = start if start is not None else end
            if anchor is not None and anchor >= now:
                return start, end
        return readings[-1] if readings else (None, None)

    def parse(self, text: str, now: datetime, tz: str) -> list[Found]:
        found = []
        for result in self._model.parse(text, now):
            kind = result.type_name.split(".")[-1]
            if kind in _RT_SKIPPED_TYPES:
                continue
            values = (result.resolution or {}).get("values") or []
            start, end = self._pick(values, now)
            span = (result.start, result.end + 1)  # its end is inclusive
            grain = _RT_GRAIN.get(kind)
            found.append(Found(span, start, end, grain, text[span[0] : span[1]]))
        return found


# --- Duckling ------------------------------------------------------------------------------


class DucklingParser:
    """Duckling through the `duckling` JPype wrapper (needs a JDK); optional."""

    name = "Duckling"

    def __init__(self) -> None:
        try:
            import jpype
            from duckling import Duckling, DucklingWrapper
        except ImportError as exc:
            raise PeerUnavailable(f"duckling wrapper not installed: {exc}") from exc
        try:
            if not jpype.isJVMStarted():
                # Started by hand: the wrapper's own start leaves Java strings unconverted,
                # and its result parsing then fails (int() of a java.lang.String).
                classpath = Duckling._create_classpath(None)
                jpype.startJVM(
                    jpype.getDefaultJVMPath(),
                    "-Xms128m",
                    "-Xmx2048m",
                    f"-Djava.class.path={classpath}",
                    convertStrings=True,
                )
            # The wrapper loads every language's rules (about a minute); English is enough.
            load_all = Duckling.load
            Duckling.load = lambda self, languages=None: load_all(self, ["en"])
            try:
                self._wrapper = DucklingWrapper(jvm_started=True)
            finally:
                Duckling.load = load_all
        except Exception as exc:  # no JDK, or a JPype it does not support
            raise PeerUnavailable(f"Duckling does not start: {exc}") from exc
        # Clojure's agent threads keep the JVM, and so Python's exit, waiting a minute.
        clojure = self._wrapper.duckling.clojure
        atexit.register(clojure.var("clojure.core", "shutdown-agents").invoke)
        self.version = f"{_version('duckling')} (wrapper)"

    def parse(self, text: str, now: datetime, tz: str) -> list[Found]:
        reference = now.replace(tzinfo=ZoneInfo(tz)).isoformat()
        found = []
        for hit in self._wrapper.parse_time(text, reference_time=reference):
            value = hit.get("value") or {}
            span = (hit["start"], hit["end"])
            start = end = None
            if isinstance(value.get("value"), dict):  # an interval
                start = _duckling_time(value["value"].get("from"), tz)
                end = _duckling_time(value["value"].get("to"), tz)
            else:
                start = _duckling_time(value.get("value"), tz)
            found.append(Found(span, start, end, value.get("grain"), hit.get("text", "")))
        return found


def _duckling_time(value: Any, tz: str) -> datetime | None:
    if not isinstance(value, str):
        return None
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:  # year 10000 ("$10000"): no datetime for it
        return None
    if parsed.tzinfo is not None:
        parsed = parsed.astimezone(ZoneInfo(tz))
    return parsed.replace(tzinfo=None)


PEER_CLASSES: tuple[Callable[[], Parser], ...] = (
    SlotwiseParser,
    DateparserParser,
    CtparseParser,
    TimefhumanParser,
    ParsedatetimeParser,
    RecognizersParser,
    DucklingParser,
)


def load_parsers(names: Sequence[str] | None = None) -> tuple[list[Parser], dict[str, str]]:
    """Construct every parser that loads here -> (parsers, {name: why it did not})."""
    parsers: list[Parser] = []
    skipped: dict[str, str] = {}
    for cls in PEER_CLASSES:
        name = getattr(cls, "name", cls.__name__)
        if names and name.lower() not in {n.lower() for n in names}:
            continue
        started = _time.perf_counter()
        try:
            parser = cls()
        except PeerUnavailable as exc:
            skipped[name] = str(exc)
            continue
        parser.load_s = _time.perf_counter() - started  # type: ignore[attr-defined]
        parsers.append(parser)
    return parsers, skipped
