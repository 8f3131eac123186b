"""Time words of languages written in Latin letters inside English messages (issue 13).

Customers who mix English with their own language keep the day, the part of the day and
the clock in their words: Bahasa Indonesia and Malay ("besok pagi", "jam 2 siang",
"Senin depan"), Korean romanised ("naeil ohu", "du-si", "11si"), Vietnamese with or
without its marks ("chiều mai", "thu 6 tuan sau", "3 giờ"), Thai ("prung nee torn yen",
"sam mong") and Arabic in Latin letters and digits, Arabizi ("el sa3a 4", "yom el
sabt", "el youm msa"). One table per kind of word and language; `lexicon.py` joins the
weekdays, parts of the day, month names and length units into its own tables, and the
rules of each language (`rules_indonesian`, `rules_korean`, `rules_vietnamese`,
`rules_thai`, `rules_arabizi`) read the rest.
"""

from __future__ import annotations

import re
from collections.abc import Collection

Week = tuple[tuple[str, ...], ...]

# ---------------------------------------------------------------- weekdays (0 = Monday)
# Indonesian and Malay ("Isnin", "Khamis", "Jumaat", "Ahad" are Malay). Sunday's
# Indonesian name, "Minggu", is also "week" ("minggu depan": next week): only
# `rules_indonesian` reads it, by its context.
WEEKDAYS_ID: Week = (
    ("senin", "isnin"),
    ("selasa",),
    ("rabu",),
    ("kamis", "khamis"),
    ("jumat", "jum'at", "jumaat"),
    ("sabtu",),
    ("ahad",),
)
# Korean romanised, with the spellings of both romanisations and the hyphen some write
# ("wol-yoil").
WEEKDAYS_KO: Week = (
    ("woryoil", "wolyoil", "wol-yoil"),
    ("hwayoil", "hwa-yoil"),
    ("suyoil", "su-yoil"),
    ("mogyoil", "mokyoil", "mok-yoil"),
    ("geumyoil", "kumyoil", "geum-yoil"),
    ("toyoil", "to-yoil"),
    ("iryoil", "ilyoil", "il-yoil"),
)

# ---------------------------------------------------------------- days from today
# Today, tomorrow and the day after, per language: the patterns `rules_romanised_days`
# makes its rules of (named "<language>_today", "_tomorrow", "_day_after"). Korean "more"
# (the day after) is English and stays out; Vietnamese "mai" alone is a name
# (`rules_vietnamese` reads it beside a part of the day); Arabizi "el youm" needs its
# context (`rules_arabizi`).
RELATIVE_DAYS: dict[str, tuple[str, str, str]] = {
    "indonesian": (r"hari\s+ini|hari\s+ni|hr\s+ini", r"besok|bsk|besuk|esok(?:\s+hari)?", r"lusa"),
    "korean": (r"oneul|onul|o-neul", r"naeil|nae-il|neil|naeill", r"moreh|morae|mo-re"),
    "vietnamese": (
        r"hôm\s+nay|hom\s+nay|hnay|bữa\s+nay",
        r"ngày\s+mai|ngay\s+mai",
        r"ngày\s+mốt|ngay\s+mot|mốt",
    ),
    "thai": (
        r"wan\s*nee|wan\s*nii|wun\s+nee",
        r"ph?r[uo]o?ng\s*n(?:ee|ii|i)",
        r"ma\s*r[uo]e?u?n\s*n(?:ee|ii|i)",
    ),
}

# This week and next week, per language (`rules_romanised_days`: "<language>_week"):
# Korean "ibeon ju" / "daeum ju", Vietnamese "tuần này" / "tuần sau", Thai "aathit nee" /
# "aathit naa".
_TH_WEEK = r"(?:aa?thit|arthit|sap\s*daa?|sapdah?)"
RELATIVE_WEEKS: dict[str, tuple[str, str]] = {
    "korean": (r"i-?beon\s*ju|ibeonju|ibun\s*ju", r"da-?eu?m\s*ju|daeumju|daumju"),
    "vietnamese": (r"tuần\s+này|tuan\s+nay", r"tuần\s+sau|tuan\s+sau|tuần\s+tới|tuan\s+toi"),
    "thai": (rf"{_TH_WEEK}\s+(?:nee|nii)(?![\w])", rf"{_TH_WEEK}\s+(?:naa?|nah|hna)(?![\w])"),
}

# ---------------------------------------------------------------- parts of the day
# New windows the English table has no word for (`lexicon.PARTS_OF_DAY`): Indonesian
# "siang" is the middle of the day, about 11 to 15; "sore" the late afternoon into dusk,
# 15 to 18.
PARTS_OF_DAY_ROMANISED: dict[str, tuple[str, str, str]] = {
    "midday": ("11:00", "15:00", "pm"),
    "late_afternoon_to_dusk": ("15:00", "18:00", "pm"),
}
POD_WORDS_ID: dict[str, str] = {
    "pagi": "morning",
    "pagi hari": "morning",
    "pagi2": "early_morning",  # "pagi-pagi": early in the morning
    "pagi-pagi": "early_morning",
    "siang": "midday",
    "siang hari": "midday",
    "tengah hari": "midday",  # Malay
    "sore": "late_afternoon_to_dusk",
    "sore hari": "late_afternoon_to_dusk",
    "petang": "late_afternoon_to_dusk",  # Malay
    "malam": "evening",
    "malem": "evening",
    "malam hari": "evening",
    # the working day's edges: "sebelum ngantor" (before the office), "pulang kantor"
    "sebelum ngantor": "before_work",
    "sebelum kerja": "before_work",
    "pulang kantor": "after_work",
    "pulang kerja": "after_work",
    "habis kantor": "after_work",
    "abis ngantor": "after_work",
    "habis ngantor": "after_work",
    "jam kantor": "business_hours",
    "jam makan siang": "lunch",
    "makan siang": "lunch",
}
POD_WORDS_KO: dict[str, str] = {
    "ojeon": "morning",
    "ojun": "morning",
    "achim": "morning",
    "ohu": "afternoon",
    "oh-hu": "afternoon",
    "jeomsim": "lunch",
    "jeomsim ttae": "lunch",
    "jeonyeok": "evening",
    "jeonyuk": "evening",
    "jeon-yeok": "evening",
    "bam": "night",  # weak: "bam!" (`rules_time._POD_WEAK`)
}
POD_WORDS_VI: dict[str, str] = {
    "buổi sáng": "morning",
    "buoi sang": "morning",
    "sáng": "morning",
    "buổi trưa": "lunch",
    "trưa": "lunch",
    "trua": "lunch",
    "buổi chiều": "afternoon",
    "buoi chieu": "afternoon",
    "chiều": "afternoon",
    "chieu": "afternoon",
    "buổi tối": "evening",
    "buoi toi": "evening",
    "tối": "evening",
    "đêm": "night",
}
POD_WORDS_TH: dict[str, str] = {
    f"{torn} {part}": pod
    for torn in ("torn", "ton", "tawn", "taun")
    for part, pod in (
        ("chao", "morning"),
        ("chow", "morning"),
        ("bai", "afternoon"),
        ("baai", "afternoon"),
        ("yen", "evening"),
        ("klang wan", "middle_of_day"),
        ("glang wan", "middle_of_day"),
        ("kham", "night"),
        ("duek", "night"),
    )
}
POD_WORDS_AR: dict[str, str] = {
    f"{art}{word}": pod
    for art in ("el ", "al ", "il ", "")
    for word, pod in (
        ("sob7", "morning"),
        ("sobh", "morning"),
        ("subh", "morning"),
        ("saba7", "morning"),
        ("masa2", "evening"),
        ("msa", "evening"),
        ("lail", "night"),
        ("leil", "night"),
    )
    if f"{art}{word}" not in ("subh", "lail", "leil")  # bare: a prayer, a name
}
# The parts of the day that are also words of English or other languages, read only
# with their day or clock (`rules_time._POD_WEAK`): "my tooth is sore", "bam!", "MSA";
# Vietnamese "sang", "toi" without their marks are read only by `rules_vietnamese`.
POD_WEAK_ROMANISED = frozenset({"sore", "bam", "msa"})
POD_WORDS_ROMANISED: dict[str, str] = (
    POD_WORDS_ID | POD_WORDS_KO | POD_WORDS_VI | POD_WORDS_TH | POD_WORDS_AR
)

# ---------------------------------------------------------------- months and lengths
# Indonesian and Malay month names, read after a day's number as the Spanish ones are
# (`rules_foreign_month`): "9 Agustus", "tgl 4 Juli". Month number -> spellings.
MONTHS_ID: dict[int, tuple[str, ...]] = {
    1: ("januari",),
    2: ("februari", "pebruari"),
    3: ("maret", "mac"),
    5: ("mei",),
    6: ("juni", "jun"),
    7: ("juli", "julai"),
    8: ("agustus", "ogos"),
    10: ("oktober",),
    12: ("desember", "disember"),
}
# The visit's length: "45 menit", "1 jam" (a count before "jam"; "jam 1" is the clock),
# "2 sigan" (Korean), "30 phút", "1 tiếng" (Vietnamese), "30 nathi" (Thai), "3 sa3at",
# "sa3teen" (Arabizi).
LENGTH_UNITS_ROMANISED: dict[str, int] = {
    **{w: 1 for w in ("menit", "mnt", "bun", "phút", "phut", "nathi", "naathii")},
    **{w: 60 for w in ("jam", "sigan", "shigan", "tiếng", "tieng", "chua mong", "chuamong")},
    **{w: 60 for w in ("sa3at", "sa3aat", "saa3at")},  # Arabizi "3 sa3at" ("el sa3a 4": a clock)
}
HALF_LENGTHS_ROMANISED: dict[str, int] = {
    **{w: 30 for w in ("setengah jam", "stgh jam")},
    **{w: 60 for w in ("sejam",)},
    **{w: 90 for w in ("satu setengah jam", "sejam setengah")},
    **{w: 120 for w in ("sa3teen", "sa3tain", "sa3tein")},  # Arabizi: two hours
}

# "same time", "the same day" (`lexicon.FOREIGN_SAME_TIME`, `FOREIGN_SAME_DAY`, read by
# `anaphora`): Vietnamese "cùng giờ", "giữ giờ" (keep the time), "cùng ngày"; Indonesian
# "jam yang sama", "hari yang sama"; Arabizi "nafs el wa2t", "nafs el yom".
SAME_TIME_ROMANISED = (
    "cùng giờ",
    "cung gio",
    "giữ giờ",
    "giu gio",
    "giờ cũ",
    "gio cu",
    "jam yang sama",
    "jam yg sama",
    "nafs el wa2t",
    "nafs al wa2t",
    "nafs el sa3a",
)
SAME_DAY_ROMANISED = (
    "cùng ngày",
    "cung ngay",
    "hari yang sama",
    "hari yg sama",
    "nafs el yom",
    "nafs el youm",
    "nafs al yom",
)

# ---------------------------------------------------------------- bounds
# Arabic "after" / "before" in Latin letters and digits, before a prayer or an hour ("ba3d
# el 3asr", "gabl el sa3a 10", "mish gabl 11"): Gulf "gabl" / "qabl", Egyptian and
# Levantine "abl" / "2abl" / "'abl" (the glottal stop for the q, G47). English "bad" and
# the name "Abel" stay out: only "ba'd" / "baad" / "ba3d", and only before a prayer or an
# hour (`rules_prayer`, `rules_arabizi`). Words -> (bound, inclusive).
ARABIZI_BOUNDS: dict[str, tuple[str, bool]] = {
    "ba'd": ("after", False),
    "ba’d": ("after", False),
    "baad": ("after", False),
    "ba3d": ("after", False),
    "gabl": ("before", False),
    "qabl": ("before", False),
    "qabel": ("before", False),
    "abl": ("before", False),
    "2abl": ("before", False),
    "'abl": ("before", False),
    "2abel": ("before", False),
    "ablel": ("before", False),
    "mish gabl": ("after", True),
    "mish qabl": ("after", True),
    "msh gabl": ("after", True),
    "mesh gabl": ("after", True),
    "mish abl": ("after", True),
    "mesh abl": ("after", True),
    "msh abl": ("after", True),
    "mish 2abl": ("after", True),
    "msh 2abl": ("after", True),
    "mesh 2abl": ("after", True),
}
# Korean bounds said after the clock ("3si ihu", "5si kkaji", "2si ijeon", "3si jeon",
# "ohu 2si hu"): "ihu" / "hu" after, "ijeon" / "jeon" before (G47), "buteo" from, "kkaji"
# until (`rules_korean`). Words -> (bound, inclusive).
KOREAN_BOUNDS_AFTER: dict[str, tuple[str, bool]] = {
    "ihu": ("after", True),
    "ihue": ("after", True),
    "hu": ("after", False),
    "hue": ("after", False),
    "hu-e": ("after", False),
    "buteo": ("after", True),
    "kkaji": ("before", True),
    "ggaji": ("before", True),
    "ijeon": ("before", False),
    "ijeone": ("before", False),
    "jeon": ("before", False),
    "jeone": ("before", False),
    "jeon-e": ("before", False),
}

# ---------------------------------------------------------------- cue words
# Each language's rules run only on a message where one of its cue words occurs
# (`atoms.needs`, G47): most messages are English, and one search per language costs less
# than every rule of it. A cue must occur in every match of the rules it guards (a
# Korean clock ends in "si", a Thai one has "mong", "thum" or "tiang"); the language
# module adds the words of its own tables (Arabizi's weekdays).
LANGUAGE_CUES: dict[str, str] = {
    "korean": r"si(?:[\s-]*ban)?(?![\w])",
    "arabizi": r"yo?o?u?m(?![\w])|yo?u?m\s|alyoum|elyoum|elyom|sa3a|sbo|sbu",
    "chinese": r"mingtian|houtian|jintian|zhou|xingqi|libai|[\u3400-\u9fff]",
    "hinglish": r"aaj|kal|parso|agle|baje|bje|vaje|vje|ke\s",
    "indonesian": r"pagi|siang|sore|malam|malem|petang|nanti|minggu|pekan|bulan|jam|jm|pukul|pkl|"
    r"senin|isnin|selasa|rabu|kamis|khamis|jum|sabtu|ahad|lepas|sebelum",
    "romaji": r"ky[oō]|kyoo|ashita|asita|ashta|asatte|konban|kon['’]?ya|ji(?:\s*-?\s*han)?(?![\w])"
    r"|raish|konsh|sh[uū]u?mats|y[oō]u?bi",
    "swahili": r"kesho|leo|asubuhi|mchana|jioni|usiku|juma|alhamisi|ijumaa|wiki|saa",
    "thai": r"wan\s|mong|thum|tiang",
    "vietnamese": r"\d\s*(?:h|gi[oờ])|th[uứ]|ch[uủ]\s*nh|\d\s?p(?![\w])|mai|n[aà]y|m[oố]t",
    # G49: Welsh (`rules_welsh`)
    "welsh": r"(?<![\w'’])(?:d?dydd|dy['’]|bore|prynhawn|p['’]?nawn|nos|heno|heddiw|y?['’]?fory|"
    r"drennydd|trennydd|(?:pen)?wythnos|wsn?os|mis|gyda['’]r|hanner|chwarter|cinio|cyn|erbyn|"
    r"ar\s+[oô]l|gloch|llun|mawrth|mercher|iau|gwener|sadwrn|sul)(?![\w])",
    # G49: Tagalog (`rules_tagalog`; "bukas", "mamaya" are `rules_foreign`'s)
    "tagalog": r"(?<![\w])(?:ngayong|mamayang|gabi|linggo|susunod|makalawa|alas|hanggang|sa|"
    r"next[\s-]+next)(?![\w])",
    # G49: Haitian Creole (`rules_kreyol`; "semen" only before "pwochen"/"sa": English "semen")
    "kreyol": r"(?<![\w'’])(?:d[e]n?men|jodi|maten|apr[eè]\s*-?midi|asw[eè]|lannwit|lendi|madi|"
    r"m[eè]r?kredi|jedi|vandredi|samdi|dimanch|sem[eè]nn?|semen\s+(?:pwochen|sa)|"
    r"l[oò]t\s+sem|apre|aprè|anvan|(?:a\s+|v[eè]\s+)?\d{1,2}\s*è(?:[0-5]\d)?)(?![\w'’])",
    # G49: Irish (`rules_irish`; "Dé" alone is no cue, a day's name follows it)
    "irish": r"(?<![\w'’])(?:d[eé]ardaoin|luain|m[aá]irt|c[eé]adaoin|h?aoine|sathairn|domhna(?:igh|ch)|"
    r"maidin|tr[aá]thn[oó]na|iarn[oó]in|o[ií]che|am\s+l[oó]in|inniu|am[aá]rach|an[oó]irthear|anocht|"
    r"t?-?sh?eachtain|seachtaine|roimh|tar\s+[eé]is|i\s+ndiaidh|chlog|go\s+dt[ií])(?![\w])",
}

# ---------------------------------------------------------------- unread
# Time words of these languages that no rule reads (G47): what they mean depends on the
# moment the message was written ("abhi", now; "nanti", later), or is a day or a week the
# rules do not hold yet. Grounding names them, with their span, so a caller can warn
# (`aside.unread`, reason "romanised"). Patterns (regular expressions) -> the meaning.
# Words that are also English or a name ("leo", "gabi", "ima", "kal", "alas" alone) stay out.
UNREAD_ROMANISED: dict[str, str] = {
    # Hindi and Urdu
    r"abhi": "now",
    r"baad\s*(?:mein|me|main|mai)": "later",
    r"jaldi": "soon, early",
    r"der\s+se": "late",
    r"is\s+hafte": "this week",
    # Tagalog ("makalawa", "alas dos" are read: `rules_tagalog`)
    # Indonesian and Malay
    r"nanti": "later",
    r"sekarang": "now",
    r"sebentar\s+lagi": "in a moment",
    # Arabizi
    r"ba3d[ae]i?n": "later",
    r"ba3d\s+shway(?:y?a)?": "in a bit",
    r"dilwa2ty|delwa2ti|dilwa2ti|dlwa2ty": "now",
    r"hala2": "now",
    r"[ie]mbare7": "yesterday",
    # Korean
    r"jigeum|jigum": "now",
    r"najung[\s-]?e|najunge|najoong": "later",
    r"ju[\s-]?mal": "the weekend",
    # Japanese ("raishuu", "konshuu", "shuumatsu" are read: `rules_romaji`)
    r"ato\s+de": "later",
    # Vietnamese
    r"b[aâ]y\s+gi[oờ]": "now",
    r"l[aá]t\s+n[uữ]a": "later",
    r"cu[oố]i\s+tu[aầ]n": "the weekend",
    # Chinese (pinyin)
    r"xianzai": "now",
    r"zhoumo": "the weekend",
    r"xia\s*(?:ge\s*)?(?:xingqi|zhou|libai)": "next week",
    # (Swahili's words and hours, "kesho", "saa nane", are read: `rules_swahili`, G49)
    # Spanish
    r"ahorita": "right now",
    r"al\s+rato": "in a while",
    r"m[aá]s\s+tarde": "later",
}

# "or" between two times of a list (`coordination`, `lexicon.LISTS_OPTIONS`): Indonesian
# "atau" ("besok atau lusa"), Vietnamese "hoặc" / "hay", Arabizi "aw" / "walla". ("dan",
# Indonesian "and", is also a name: "Thursday, Dan, 3pm".)
OR_ROMANISED = ("atau", "atw", "hoặc", "hoac", "hay", "aw", "walla", "neu")  # Welsh "neu" (G49)
OR_ROMANISED_PATTERN = "|".join(OR_ROMANISED)

# ---------------------------------------------------------------- names
# Days said before a part of the day in these languages ("Besok Pagi", "Naeil Ohu"), so a
# capitalised word before it is its day, not the name it is part of.
DAY_WORDS_ROMANISED = frozenset(
    {"besok", "lusa", "esok", "hari", "ini", "nanti", "naeil", "oneul", "moreh", "mai"}
)
_CAPITALISED_BEFORE = re.compile(r"(?<![\w'’])([A-Z][\w'’]*)\s+$")


def in_a_name(text: str, start: int, end: int, days: Collection[str]) -> bool:
    """ "Rumah Makan Pagi Sore", "Hotel Malam Indah": a capitalised part of the day after a
    capitalised word that is no day (`days`: the weekday spellings and
    `DAY_WORDS_ROMANISED`) is part of a name ("Jumat Pagi", "Besok Sore" stay times)."""
    if not text[start:end][:1].isupper():
        return False
    before = _CAPITALISED_BEFORE.search(text, max(0, start - 24), start)
    return before is not None and before.group(1).lower() not in days


# English "sore" (aching), which Indonesian "sore" (late afternoon) must not be read in:
# after a verb or a word of degree ("is sore", "so sore", "still sore", "a sore") or
# before what aches ("sore throat", "sore gums").
_SORE_ENGLISH_BEFORE = re.compile(
    r"(?<![\w'’])(?:is|are|am|was|were|be|been|so|very|really|still|bit|little|get|gets|got|"
    r"getting|feel|feels|feeling|felt|too|a|my|his|her|their|quite|pretty|super|kinda|bit\s+of|"
    r"it['’]s|i['’]m|s|re)\s+$",
    re.I,
)
_SORE_ENGLISH_AFTER = re.compile(
    r"\s+(?:throat|tooth|teeth|gums?|jaw|back|neck|muscles?|spots?|eyes?|feet|foot|legs?|arms?|"
    r"shoulders?|knees?|head|mouth|lip|lips|tongue|point|loser|and|from|after|since|when|"
    r"where|again|today|now|lately)\b",
    re.I,
)


def english_sore(text: str, start: int, end: int) -> bool:
    """ "my tooth is sore", "sore gums since Monday": the English word, no time."""
    return bool(
        _SORE_ENGLISH_BEFORE.search(text, max(0, start - 16), start)
        or _SORE_ENGLISH_AFTER.match(text, end)
    )


# A plain "3h" is the clock with a Vietnamese word beside it: a particle after it ("3h nha",
# "5h được không", "8h dc ko") or a verb of choosing or moving before it ("lấy 10h", "lùi
# 5h", "đổi qua 4h"); `rules_hclock` and `rules_vietnamese` ask.
_VI_H = re.compile(r"(?P<h>[01]?\d|2[0-3])h(?:[0-5]\d)?")
_VI_AFTER_H = re.compile(
    r"\s+(?:nha|nhé|nhe|nhen|nhá|dc|được|duoc|đc|ko|không|khong|hong|ạ|luôn|luon)(?![\w])",
    re.I,
)
_VI_BEFORE_H = re.compile(r"(?<![\w])(?:lấy|lay|lùi|lui|dời|đổi|doi|qua|hẹn|hen)\s+$", re.I)


def vietnamese_h(text: str, start: int) -> bool:
    """Whether the hour written with "h" at `start` ("3h dc ko", "lay 10h") is a clock said
    with Vietnamese words, not a length ("a 3h massage")."""
    m = _VI_H.match(text, start)
    if m is None:
        return False
    return bool(
        _VI_AFTER_H.match(text, m.end()) or _VI_BEFORE_H.search(text, max(0, start - 8), start)
    )
