"""Time zones named in text: abbreviations, regions and "<city> time".

`ZONE_WORDS` is one case-sensitive pattern (abbreviations are upper case so that
"et", "pt", "mt" as words stay words); `zone_of` maps a match to an IANA name.
"your time" maps to the request zone ("@request"). "my time" ("@mine") and "his / her /
their time" ("@theirs") are the zone of a place the message says that person is in
(`speaker_zone`: "Hello from Sydney! ... 9pm my time", "our guy in Lagos ... 10pm his
time"); the request zone when it names none.
"""

from __future__ import annotations

import re
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

REQUEST_ZONE = "@request"
MINE = "@mine"  # "my time": where the writer is
THEIRS = "@theirs"  # "his / her / their time": where someone else is

# Abbreviations as customers use them: "EST" in July still means New York time.
ABBREVIATIONS: dict[str, str] = {
    "EST": "America/New_York",
    "EDT": "America/New_York",
    "ET": "America/New_York",
    "CST": "America/Chicago",
    "CDT": "America/Chicago",
    "CT": "America/Chicago",
    "MST": "America/Denver",
    "MDT": "America/Denver",
    "MT": "America/Denver",
    "PST": "America/Los_Angeles",
    "PDT": "America/Los_Angeles",
    "PT": "America/Los_Angeles",
    "AKST": "America/Anchorage",
    "HST": "Pacific/Honolulu",
    "GMT": "Etc/GMT",
    "UTC": "UTC",
    "BST": "Europe/London",
    "CET": "Europe/Paris",
    "CEST": "Europe/Paris",
    "EET": "Europe/Athens",
    "IST": "Asia/Kolkata",
    "JST": "Asia/Tokyo",
    "SGT": "Asia/Singapore",
    "AEST": "Australia/Sydney",
    "AEDT": "Australia/Sydney",
    "NZST": "Pacific/Auckland",
    "NZDT": "Pacific/Auckland",
}
# Region and city words, used as "<word> time" (lower case allowed).
PLACES: dict[str, str] = {
    "eastern": "America/New_York",
    "east coast": "America/New_York",
    "new york": "America/New_York",
    "ny": "America/New_York",
    "nyc": "America/New_York",
    "boston": "America/New_York",
    "toronto": "America/Toronto",
    "central": "America/Chicago",
    "chicago": "America/Chicago",
    "texas": "America/Chicago",
    "mountain": "America/Denver",
    "denver": "America/Denver",
    "arizona": "America/Phoenix",
    "phoenix": "America/Phoenix",
    "pacific": "America/Los_Angeles",
    "west coast": "America/Los_Angeles",
    "california": "America/Los_Angeles",
    "la": "America/Los_Angeles",
    "los angeles": "America/Los_Angeles",
    "seattle": "America/Los_Angeles",
    "vancouver": "America/Vancouver",
    "atlantic": "America/Halifax",  # Canada's Maritimes ("11am Atlantic", "9am Atlantic time")
    "halifax": "America/Halifax",
    "newfoundland": "America/St_Johns",
    "alaska": "America/Anchorage",
    "hawaii": "Pacific/Honolulu",
    "london": "Europe/London",
    "uk": "Europe/London",
    "dublin": "Europe/Dublin",
    "paris": "Europe/Paris",
    "berlin": "Europe/Berlin",
    "madrid": "Europe/Madrid",
    "rome": "Europe/Rome",
    "amsterdam": "Europe/Amsterdam",
    "lisbon": "Europe/Lisbon",
    "athens": "Europe/Athens",
    "istanbul": "Europe/Istanbul",
    "moscow": "Europe/Moscow",
    "dubai": "Asia/Dubai",
    "india": "Asia/Kolkata",
    "mumbai": "Asia/Kolkata",
    "delhi": "Asia/Kolkata",
    "singapore": "Asia/Singapore",
    "hong kong": "Asia/Hong_Kong",
    "bali": "Asia/Makassar",
    "tokyo": "Asia/Tokyo",
    "japan": "Asia/Tokyo",
    "sydney": "Australia/Sydney",
    "melbourne": "Australia/Melbourne",
    "auckland": "Pacific/Auckland",
    "sao paulo": "America/Sao_Paulo",
    "mexico city": "America/Mexico_City",
    "mexico": "America/Mexico_City",
    "glasgow": "Europe/London",
    "edinburgh": "Europe/London",
    "manchester": "Europe/London",
    "brussels": "Europe/Brussels",
    "zurich": "Europe/Zurich",
    "vienna": "Europe/Vienna",
    "stockholm": "Europe/Stockholm",
    "warsaw": "Europe/Warsaw",
    "kraków": "Europe/Warsaw",
    "krakow": "Europe/Warsaw",
    "lagos": "Africa/Lagos",
    "nigeria": "Africa/Lagos",
    "nairobi": "Africa/Nairobi",
    "cairo": "Africa/Cairo",
    "johannesburg": "Africa/Johannesburg",
    "seoul": "Asia/Seoul",
    "korea": "Asia/Seoul",
    "beijing": "Asia/Shanghai",
    "shanghai": "Asia/Shanghai",
    "china": "Asia/Shanghai",
    "manila": "Asia/Manila",
    "bangkok": "Asia/Bangkok",
    "perth": "Australia/Perth",
    "brisbane": "Australia/Brisbane",
    "adelaide": "Australia/Adelaide",
    # more cities people write from ("I'm in Houston", "4pm Frankfurt time")
    "houston": "America/Chicago",
    "dallas": "America/Chicago",
    "nashville": "America/Chicago",
    "new orleans": "America/Chicago",
    "minneapolis": "America/Chicago",
    "st louis": "America/Chicago",
    "atlanta": "America/New_York",
    "miami": "America/New_York",
    "detroit": "America/New_York",
    "philadelphia": "America/New_York",
    "montreal": "America/Toronto",
    "ottawa": "America/Toronto",
    "san francisco": "America/Los_Angeles",
    "san diego": "America/Los_Angeles",
    "las vegas": "America/Los_Angeles",
    "salt lake city": "America/Denver",
    "calgary": "America/Edmonton",
    "honolulu": "Pacific/Honolulu",
    "anchorage": "America/Anchorage",
    "frankfurt": "Europe/Berlin",
    "munich": "Europe/Berlin",
    "hamburg": "Europe/Berlin",
    "milan": "Europe/Rome",
    "barcelona": "Europe/Madrid",
    "prague": "Europe/Prague",
    "budapest": "Europe/Budapest",
    "copenhagen": "Europe/Copenhagen",
    "oslo": "Europe/Oslo",
    "helsinki": "Europe/Helsinki",
    "geneva": "Europe/Zurich",
    "galway": "Europe/Dublin",
    "belfast": "Europe/London",
    "tel aviv": "Asia/Jerusalem",
    "jerusalem": "Asia/Jerusalem",
    "riyadh": "Asia/Riyadh",
    "jeddah": "Asia/Riyadh",
    "doha": "Asia/Qatar",
    "abu dhabi": "Asia/Dubai",
    "muscat": "Asia/Muscat",
    "gulf": "Asia/Dubai",
    "karachi": "Asia/Karachi",
    "lahore": "Asia/Karachi",
    "bangalore": "Asia/Kolkata",
    "bengaluru": "Asia/Kolkata",
    "chennai": "Asia/Kolkata",
    "kolkata": "Asia/Kolkata",
    "dhaka": "Asia/Dhaka",
    "kuala lumpur": "Asia/Kuala_Lumpur",
    "jakarta": "Asia/Jakarta",
    "hanoi": "Asia/Bangkok",
    "taipei": "Asia/Taipei",
    "osaka": "Asia/Tokyo",
    "kyiv": "Europe/Kyiv",
    "bucharest": "Europe/Bucharest",
    "cape town": "Africa/Johannesburg",
    "accra": "Africa/Accra",
    "casablanca": "Africa/Casablanca",
    "buenos aires": "America/Argentina/Buenos_Aires",
    "bogota": "America/Bogota",
    "bogotá": "America/Bogota",
    # their Spanish names, said in "hora de ..." ("a las 5 hora de Nueva York", G49)
    "nueva york": "America/New_York",
    "méxico": "America/Mexico_City",
    "cdmx": "America/Mexico_City",
    "ciudad de méxico": "America/Mexico_City",
    "monterrey": "America/Monterrey",
    "guadalajara": "America/Mexico_City",
    "los ángeles": "America/Los_Angeles",
    "españa": "Europe/Madrid",
    "perú": "America/Lima",
    "lima": "America/Lima",
    # countries of one zone, as people abroad name them ("I'm in Germany", "Ireland time")
    "ireland": "Europe/Dublin",
    "england": "Europe/London",
    "scotland": "Europe/London",
    "wales": "Europe/London",
    "germany": "Europe/Berlin",
    "france": "Europe/Paris",
    "spain": "Europe/Madrid",
    "italy": "Europe/Rome",
    "netherlands": "Europe/Amsterdam",
    "holland": "Europe/Amsterdam",
    "belgium": "Europe/Brussels",
    "switzerland": "Europe/Zurich",
    "austria": "Europe/Vienna",
    "portugal": "Europe/Lisbon",
    "greece": "Europe/Athens",
    "sweden": "Europe/Stockholm",
    "norway": "Europe/Oslo",
    "denmark": "Europe/Copenhagen",
    "finland": "Europe/Helsinki",
    "poland": "Europe/Warsaw",
    "turkey": "Europe/Istanbul",
    "israel": "Asia/Jerusalem",
    "egypt": "Africa/Cairo",
    "kenya": "Africa/Nairobi",
    "south africa": "Africa/Johannesburg",
    "joburg": "Africa/Johannesburg",
    "jozi": "Africa/Johannesburg",
    "philippines": "Asia/Manila",
    "thailand": "Asia/Bangkok",
    "vietnam": "Asia/Ho_Chi_Minh",
    "taiwan": "Asia/Taipei",
    # Latin America, the Gulf and South Asia, as customers abroad name them ("7pm Brazil
    # time", "3pm Saudi time", "9am KSA time"); a country of several zones by the zone most
    # of its people live in (Brazil: Sao Paulo / Brasilia time)
    "brazil": "America/Sao_Paulo",
    "são paulo": "America/Sao_Paulo",
    "brasilia": "America/Sao_Paulo",
    "brasília": "America/Sao_Paulo",
    "rio": "America/Sao_Paulo",
    "rio de janeiro": "America/Sao_Paulo",
    "belo horizonte": "America/Sao_Paulo",
    "curitiba": "America/Sao_Paulo",
    "recife": "America/Recife",
    "argentina": "America/Argentina/Buenos_Aires",
    "chile": "America/Santiago",
    "santiago": "America/Santiago",
    "colombia": "America/Bogota",
    "peru": "America/Lima",
    "venezuela": "America/Caracas",
    "caracas": "America/Caracas",
    "jamaica": "America/Jamaica",
    "trinidad": "America/Port_of_Spain",
    "puerto rico": "America/Puerto_Rico",
    "saudi": "Asia/Riyadh",
    "saudi arabia": "Asia/Riyadh",
    "ksa": "Asia/Riyadh",
    "makkah": "Asia/Riyadh",
    "mecca": "Asia/Riyadh",
    "medina": "Asia/Riyadh",
    "uae": "Asia/Dubai",
    "qatar": "Asia/Qatar",
    "kuwait": "Asia/Kuwait",
    "bahrain": "Asia/Bahrain",
    "oman": "Asia/Muscat",
    "pakistan": "Asia/Karachi",
    "islamabad": "Asia/Karachi",
    "bangladesh": "Asia/Dhaka",
    "sri lanka": "Asia/Colombo",
    "colombo": "Asia/Colombo",
    "nepal": "Asia/Kathmandu",
    "kathmandu": "Asia/Kathmandu",
    "malaysia": "Asia/Kuala_Lumpur",
    "ghana": "Africa/Accra",
    "ethiopia": "Africa/Addis_Ababa",
    "morocco": "Africa/Casablanca",
    "new zealand": "Pacific/Auckland",
    "nz": "Pacific/Auckland",
    "wellington": "Pacific/Auckland",
    "my": MINE,
    "his": THEIRS,
    "her": THEIRS,
    "their": THEIRS,
    "your": REQUEST_ZONE,
    "local": REQUEST_ZONE,
    "our": MINE,
}

# A country's people, said only before "time" ("4pm Irish time", "9am German time"): the
# zone of a country with one.
NATIONS: dict[str, str] = {
    "irish": "Europe/Dublin",
    "british": "Europe/London",
    "english": "Europe/London",
    "scottish": "Europe/London",
    "welsh": "Europe/London",
    "german": "Europe/Berlin",
    "french": "Europe/Paris",
    "spanish": "Europe/Madrid",
    "italian": "Europe/Rome",
    "dutch": "Europe/Amsterdam",
    "belgian": "Europe/Brussels",
    "swiss": "Europe/Zurich",
    "austrian": "Europe/Vienna",
    "portuguese": "Europe/Lisbon",
    "greek": "Europe/Athens",
    "swedish": "Europe/Stockholm",
    "norwegian": "Europe/Oslo",
    "danish": "Europe/Copenhagen",
    "finnish": "Europe/Helsinki",
    "polish": "Europe/Warsaw",
    "turkish": "Europe/Istanbul",
    "israeli": "Asia/Jerusalem",
    "egyptian": "Africa/Cairo",
    "kenyan": "Africa/Nairobi",
    "nigerian": "Africa/Lagos",
    "south african": "Africa/Johannesburg",
    "indian": "Asia/Kolkata",
    "chinese": "Asia/Shanghai",
    "japanese": "Asia/Tokyo",
    "korean": "Asia/Seoul",
    "singaporean": "Asia/Singapore",
    "filipino": "Asia/Manila",
    "thai": "Asia/Bangkok",
    "vietnamese": "Asia/Ho_Chi_Minh",
    "taiwanese": "Asia/Taipei",
    "hawaiian": "Pacific/Honolulu",
    "kiwi": "Pacific/Auckland",
    "brazilian": "America/Sao_Paulo",
    "argentinian": "America/Argentina/Buenos_Aires",
    "argentine": "America/Argentina/Buenos_Aires",
    "chilean": "America/Santiago",
    "colombian": "America/Bogota",
    "peruvian": "America/Lima",
    "venezuelan": "America/Caracas",
    "jamaican": "America/Jamaica",
    "emirati": "Asia/Dubai",
    "qatari": "Asia/Qatar",
    "kuwaiti": "Asia/Kuwait",
    "pakistani": "Asia/Karachi",
    "bangladeshi": "Asia/Dhaka",
    "sri lankan": "Asia/Colombo",
    "nepali": "Asia/Kathmandu",
    "malaysian": "Asia/Kuala_Lumpur",
    "ghanaian": "Africa/Accra",
    "ethiopian": "Africa/Addis_Ababa",
    "moroccan": "Africa/Casablanca",
}

# Places said by their letters, upper case only, before "time" ("1pm SA time", "5 pm HK
# time", "3pm SG time"): lower case "sa", "kl" are words or names.
PLACE_LETTERS: dict[str, str] = {
    "SA": "Africa/Johannesburg",
    "HK": "Asia/Hong_Kong",
    "SG": "Asia/Singapore",
    "KL": "Asia/Kuala_Lumpur",
    "UAE": "Asia/Dubai",
    "PH": "Asia/Manila",
}

_places = "|".join(
    re.escape(p).replace(r"\ ", r"\s+")
    for p in sorted({**PLACES, **NATIONS}, key=len, reverse=True)
)
# The places and nations as an alternation ("new\s+york|london|..."), for the rules that
# read a place after other words ("a las 5 hora de Chicago": `rules_foreign`).
ZONE_PLACES = _places
_abbr = "|".join(sorted(ABBREVIATIONS, key=len, reverse=True))
# The Spanish "<place> time": "hora de", "horario de", "hora del" before the place.
HORA_DE = r"(?:hora|horario)\s+(?:de(?:l)?\s+)(?:la\s+)?"
_letters = "|".join(sorted(PLACE_LETTERS, key=len, reverse=True))
ZONE_WORDS = (
    rf"(?i:(?:{_places})\s+time)"
    # Spanish "hora de Chicago", "horario de Nueva York", "hora del Perú" (G49)
    rf"|(?i:{HORA_DE}(?:{_places})(?![\w]))"
    rf"|(?:{_letters})\s+(?i:time)"
    rf"|\(?(?:{_abbr})\)?"
    rf"|(?i:est|pst|cst|gmt|utc|eastern|pacific|central|mountain)"
    r"|Atlantic"  # said alone after a clock ("tomorrow 11am Atlantic"), capitalised only
)


def zone_of(text: str) -> str:
    """IANA name for a matched zone phrase ("London time" -> "Europe/London")."""
    t = text.strip("() ")
    if t.upper() in ABBREVIATIONS and (
        t.isupper() or t.lower() in ("est", "pst", "cst", "gmt", "utc")
    ):
        return ABBREVIATIONS[t.upper()]
    words = re.sub(r"\s+", " ", t.lower())
    if words in ("eastern", "pacific", "central", "mountain", "atlantic"):
        return PLACES[words]
    if words.endswith(" time"):
        words = words[: -len(" time")]
    words = re.sub(rf"^{HORA_DE}", "", words)  # "hora de chicago"
    if words.upper() in PLACE_LETTERS and t[: len(words)].isupper():
        return PLACE_LETTERS[words.upper()]
    return PLACES.get(words, NATIONS.get(words, REQUEST_ZONE))


# "in Lagos", "from Sydney", "calling from California", "lives in Hong Kong": a place
# someone is; the writer's when "I" / "I'm" / "we" / "Hello" comes before it in its
# clause with no one else named after ("Hi, I'm in Sydney"; not "Hi — my fiancé is in
# Dubai", "2 of us + my MIL who lives in Hong Kong").
_PLACE_WORDS = "|".join(
    re.escape(p).replace(r"\ ", r"\s+")
    for p in sorted(PLACES, key=len, reverse=True)
    if (not PLACES[p].startswith("@") and len(p) > 2) or p == "la"
)
_SOMEONE_IN = re.compile(
    rf"\b(?:in|from)\s+(?:the\s+)?(?P<place>{_PLACE_WORDS})\b(?!\s+time\b)", re.IGNORECASE
)
_WRITER = re.compile(r"\b(?:I'?m|I\s+am|I|we'?re|we|us|hello|hi|hey)\b", re.IGNORECASE)
_SOMEONE_ELSE = re.compile(r"\b(?:my|his|her|their|he|she|they)\b|\w['’]s\b", re.IGNORECASE)
_CLAUSE_START = re.compile(r"[^.!?;,—–(]*$")
_PLACE_TIME = re.compile(rf"\b(?P<place>{_PLACE_WORDS})\s+time\b", re.IGNORECASE)


def _place_zone(words: str) -> str:
    return PLACES[re.sub(r"\s+", " ", words.lower())]


def _said_by_writer(text: str, start: int) -> bool:
    """The clause before a place ("Hi, I'm in", "we're calling from") names the writer
    as the one there, with no one else named after."""
    before = text[max(0, start - 60) : start]
    clause = _CLAUSE_START.search(before)
    words = clause.group(0) if clause else before
    if not words.strip() and _WRITER.search(before[-12:]):
        words = before[-12:]  # "Hello from Sydney", "Hi, from Perth"
    writers = list(_WRITER.finditer(words))
    return bool(writers) and not _SOMEONE_ELSE.search(words, writers[-1].end())


def speaker_zone(text: str, marker: str) -> str | None:
    """The zone of the place the person of "my time" (`MINE`) or "his / her time"
    (`THEIRS`) is in, when the message names exactly one such place; else None. A place
    already said as "<place> time" is not the other person's ("10am Toronto time,
    which would be 4pm for him": him is in the other place named)."""
    mine: set[str] = set()
    theirs: set[str] = set()
    for m in _SOMEONE_IN.finditer(text):
        zone = _place_zone(m.group("place"))
        (mine if _said_by_writer(text, m.start()) else theirs).add(zone)
    found = mine if marker == MINE else theirs
    if len(found) > 1:
        found = found - {_place_zone(m.group("place")) for m in _PLACE_TIME.finditer(text)}
    return next(iter(found)) if len(found) == 1 else None


def check_zone(name: str) -> ZoneInfo:
    """The `ZoneInfo` for an IANA name; ValueError with the name when unknown."""
    try:
        return _zone(name)
    except (ZoneInfoNotFoundError, ValueError, TypeError) as exc:
        raise ValueError(f"unknown IANA timezone {name!r}") from exc


@lru_cache(maxsize=1024)
def _zone(name: str) -> ZoneInfo:
    """`ZoneInfo(name)`, kept: its own cache holds only the last eight zones strongly, so
    messages from many zones read the zone's file again and again."""
    return ZoneInfo(name)
