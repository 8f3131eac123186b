"""Grounding (G41) corpus: time words of the writer's other language said inside English,
and the daily prayers as limits.

- Italian days, parts of the day and clocks: "dopodomani" (the day after tomorrow),
  "domani", "oggi", "stasera" (this evening), "stamattina", "oggi pomeriggio", the weekdays
  ("lunedì" .. "domenica", with or without the accent; "domenica" is also a name, so a
  weak day), "pomeriggio", "mattina", "in mattinata", "di sera", "alle 10", "verso le 5"
  (about 5).
- Gulf and Levantine Arabic written in Latin letters: "bukra" / "bokra" (tomorrow), "ba'd
  bukra" (the day after), and the bounds "ba'd" (after), "gabl" (before), "mish gabl" (not
  before) before an hour or a prayer.
- French parts of the day: "entre midi et deux" (the lunch break, 12:00-14:00), "en fin
  de matinée", "en début d'après-midi", "en début de matinée", "en début de soirée".
- Hinglish: "kal" before a Hindi word of its sentence or ending a question ("kal ka
  slot", "Kal possible?", "same day, kal"), "2 se 4" (from 2 to 4), "11 ke aas paas"
  (about 11).
- Mandarin in characters or pinyin (`rules_chinese`): "mingtian xiawu", "週五 上午",
  "下午兩點", "3點半", "10點前", "下禮拜一", "六月二十三日"; not "早上好" (good
  morning), "一點點" (a little), a numeral alone.
- A firm's arrival window named by its two hours: "the 7 to 9 window", "the 12-2
  window", "the 1-3pm slot" (`rules_range.window_range`); not "the 4 to 6 year olds".
- The daily prayers (`prayer_times`, `rules_prayer`): "after Maghrib", "not before
  Dhuhr", "ba'd al-asr", "after isha", "at iftar", "after taraweeh", "between Asr and
  Maghrib", computed for the day named in the business's zone.

Reference time: Monday 2026-11-23 09:00 (`grounding_corpus.REF`), in America/New_York for
the words and in Asia/Dubai for the prayers.
"""

from __future__ import annotations

# message, the words, start, end of the first interval
Row = tuple[str, str, str, str]

ITALIAN: tuple[Row, ...] = (
    (
        "Is anything free dopodomani il pomeriggio?",
        "dopodomani il pomeriggio",
        "2026-11-25 12:00",
        "2026-11-25 17:00",
    ),
    (
        "Possibilmente dopodomani, altrimenti venerdì.",
        "dopodomani",
        "2026-11-25 00:00",
        "2026-11-26 00:00",
    ),
    ("C'è posto sabato pomeriggio?", "sabato pomeriggio", "2026-11-28 12:00", "2026-11-28 17:00"),
    ("venerdì mattina would be perfect", "venerdì mattina", "2026-11-27 08:00", "2026-11-27 12:00"),
    ("could we do domani alle 10?", "domani alle 10", "2026-11-24 10:00", "2026-11-24 11:00"),
    ("stasera? we're only in town tonight", "stasera", "2026-11-23 17:00", "2026-11-23 21:00"),
    ("oggi pomeriggio if there's room", "oggi pomeriggio", "2026-11-23 12:00", "2026-11-23 17:00"),
    ("stamattina maybe, otherwise later", "stamattina", "2026-11-23 08:00", "2026-11-23 12:00"),
    ("lunedì or martedì, both are fine", "lunedì", "2026-11-23 00:00", "2026-11-24 00:00"),
    ("giovedi in mattinata please", "giovedi in mattinata", "2026-11-26 08:00", "2026-11-26 12:00"),
    ("mercoledì verso le 5", "mercoledì verso le 5", "2026-11-25 16:30", "2026-11-25 17:30"),
    (
        "tasting sabato o domenica, whichever is sooner",
        "domenica",
        "2026-11-29 00:00",
        "2026-11-30 00:00",
    ),
    (
        "domenica di sera works for the call",
        "domenica di sera",
        "2026-11-29 17:00",
        "2026-11-29 21:00",
    ),
    (
        "the call can be domani di pomeriggio",
        "domani di pomeriggio",
        "2026-11-24 12:00",
        "2026-11-24 17:00",
    ),
    ("martedi alle ore 15", "martedi alle ore 15", "2026-11-24 15:00", "2026-11-24 16:00"),
)

ARABIC_DAYS: tuple[Row, ...] = (
    ("check up bukra inshallah", "bukra", "2026-11-24 00:00", "2026-11-25 00:00"),
    ("can we do bokra at 5?", "bokra at 5", "2026-11-24 17:00", "2026-11-24 18:00"),
    (
        "my appointment bukra at 12 — can we do ba'd bukra instead?",
        "ba'd bukra",
        "2026-11-25 00:00",
        "2026-11-26 00:00",
    ),
    ("ba3d bukra morning please", "ba3d bukra morning", "2026-11-25 08:00", "2026-11-25 12:00"),
    ("baad bukra if you have space", "baad bukra", "2026-11-25 00:00", "2026-11-26 00:00"),
    ("ba'd bukra, mish gabl 11", "mish gabl 11", "2026-11-25 11:00", "2026-11-26 00:00"),
    ("tomorrow, gabl 12 if possible", "gabl 12", "2026-11-24 00:00", "2026-11-24 12:00"),
    ("bukrah afternoon with Dr Haddad", "bukrah afternoon", "2026-11-24 12:00", "2026-11-24 17:00"),
    ("any slot bokra after 4", "bokra after 4", "2026-11-24 16:00", "2026-11-25 00:00"),
    ("ba'd 4 on Thursday", "ba'd 4 on Thursday", "2026-11-26 16:00", "2026-11-27 00:00"),
)

FRENCH_PARTS: tuple[Row, ...] = (
    (
        "Un rdv entre midi et deux jeudi",
        "entre midi et deux jeudi",
        "2026-11-26 12:00",
        "2026-11-26 14:00",
    ),
    (
        "mardi en fin de matinée si possible",
        "mardi en fin de matinée",
        "2026-11-24 10:00",
        "2026-11-24 12:00",
    ),
    (
        "vendredi en début d'après-midi",
        "vendredi en début d'après-midi",
        "2026-11-27 12:00",
        "2026-11-27 14:00",
    ),
    (
        "lundi en début de matinée",
        "lundi en début de matinée",
        "2026-11-30 06:00",
        "2026-11-30 09:00",
    ),
    (
        "demain en début de soirée?",
        "demain en début de soirée",
        "2026-11-24 17:00",
        "2026-11-24 19:00",
    ),
    (
        "entre midi et 2 on Wednesday",
        "entre midi et 2 on Wednesday",
        "2026-11-25 12:00",
        "2026-11-25 14:00",
    ),
)

HINGLISH: tuple[Row, ...] = (
    ("Kal possible? Morning time only", "Kal", "2026-11-24 00:00", "2026-11-25 00:00"),
    ("kal ka slot 5 baje ka hai", "kal", "2026-11-24 00:00", "2026-11-25 00:00"),
    ("Kya Dr Sharma kal available hain?", "kal", "2026-11-24 00:00", "2026-11-25 00:00"),
    ("room B chahiye kal 2 se 4", "kal 2 se 4", "2026-11-24 14:00", "2026-11-24 16:00"),
    ("Kal 10 se 12 B room, 9 log", "Kal 10 se 12", "2026-11-24 10:00", "2026-11-24 12:00"),
    ("shaam 5 se 7 on Sunday", "shaam 5 se 7 on Sunday", "2026-11-29 17:00", "2026-11-29 19:00"),
    ("parso 11 ke aas paas", "parso 11 ke aas paas", "2026-11-25 10:30", "2026-11-25 11:30"),
    ("kal 3:30 ke aas paas", "kal 3:30 ke aas paas", "2026-11-24 15:00", "2026-11-24 16:00"),
    ("kal nahi, parso", "kal", "2026-11-24 00:00", "2026-11-25 00:00"),
    ("same day, kal", "kal", "2026-11-24 00:00", "2026-11-25 00:00"),
    ("kal toh holiday hai, parso chalega?", "kal", "2026-11-24 00:00", "2026-11-25 00:00"),
    (
        "4 baje ke aas paas on Friday",
        "4 baje ke aas paas on Friday",
        "2026-11-27 15:30",
        "2026-11-27 16:30",
    ),
    ("kal 5 tak", "kal 5 tak", "2026-11-24 00:00", "2026-11-24 17:00"),
)

CHINESE: tuple[Row, ...] = (
    ("oil change mingtian xiawu?", "mingtian xiawu", "2026-11-24 12:00", "2026-11-24 17:00"),
    ("houtian shangwu got slot?", "houtian shangwu", "2026-11-25 08:00", "2026-11-25 12:00"),
    ("mingtian zaoshang 8點 ok?", "mingtian zaoshang 8點", "2026-11-24 08:00", "2026-11-24 09:00"),
    ("xingqi wu xiawu 3點 can?", "xingqi wu xiawu 3點", "2026-11-27 15:00", "2026-11-27 16:00"),
    ("jintian wanshang free?", "jintian wanshang", "2026-11-23 17:00", "2026-11-23 21:00"),
    (
        "想預約 六月二十三日 星期三 下午兩點",
        "六月二十三日 星期三 下午兩點",
        "2027-06-23 14:00",
        "2027-06-23 15:00",
    ),
    ("週五 上午 better", "週五 上午", "2026-11-27 08:00", "2026-11-27 12:00"),
    ("這週六 scooter 保養", "這週六", "2026-11-28 00:00", "2026-11-29 00:00"),
    ("下禮拜一 or Tuesday", "下禮拜一", "2026-11-30 00:00", "2026-12-01 00:00"),
    ("禮拜五 下午 比較好", "禮拜五 下午", "2026-11-27 12:00", "2026-11-27 17:00"),
    ("我 3點半 下課, 4點 ok?", "4點", "2026-11-23 16:00", "2026-11-23 17:00"),
    ("週六 10點前", "週六 10點前", "2026-11-28 00:00", "2026-11-28 10:00"),
    ("明天上午十点可以吗", "明天上午十点", "2026-11-24 10:00", "2026-11-24 11:00"),
    ("後天 中午 ok", "後天 中午", "2026-11-25 12:00", "2026-11-25 14:00"),
    (
        "晚上七點以後 on Friday",
        "晚上七點以後 on Friday",
        "2026-11-27 19:00",
        "2026-11-28 00:00",
    ),
    ("6月17日 上午", "6月17日 上午", "2027-06-17 08:00", "2027-06-17 12:00"),
    ("zhou er after 2pm", "zhou er after 2pm", "2026-11-24 14:00", "2026-11-25 00:00"),
    ("下週 any day", "下週 any day", "2026-11-30 00:00", "2026-12-07 00:00"),
    ("今晚 7點半?", "今晚 7點半", "2026-11-23 19:30", "2026-11-23 19:31"),
    ("星期天 下午3點", "星期天 下午3點", "2026-11-29 15:00", "2026-11-29 16:00"),
)

# A firm's arrival window named by its two hours (`rules_range.window_range`).
WINDOWS: tuple[Row, ...] = (
    (
        "Tuesday, the 7 to 9 window please",
        "Tuesday, the 7 to 9 window",
        "2026-11-24 07:00",
        "2026-11-24 09:00",
    ),
    (
        "can only do the 12-2 window on Friday",
        "the 12-2 window on Friday",
        "2026-11-27 12:00",
        "2026-11-27 14:00",
    ),
    (
        "the 8 to 10 window ideally, Thursday",
        "the 8 to 10 window",
        "2026-11-26 08:00",
        "2026-11-26 10:00",
    ),
    (
        "the 1-3pm slot on friday",
        "the 1-3pm slot on friday",
        "2026-11-27 13:00",
        "2026-11-27 15:00",
    ),
    (
        "any chance of the 10–12 slot tomorrow?",
        "the 10–12 slot tomorrow",
        "2026-11-24 10:00",
        "2026-11-24 12:00",
    ),
    (
        "the 3 to 5 arrival window on Wednesday works",
        "the 3 to 5 arrival window on Wednesday",
        "2026-11-25 15:00",
        "2026-11-25 17:00",
    ),
    (
        "Wednesday the 9:30-11:30 slot",
        "Wednesday the 9:30-11:30 slot",
        "2026-11-25 09:30",
        "2026-11-25 11:30",
    ),
    (
        "the 2 till 4 block on Saturday",
        "the 2 till 4 block on Saturday",
        "2026-11-28 14:00",
        "2026-11-28 16:00",
    ),
    (
        "tomorrow, the eight to ten window",
        "tomorrow, the eight to ten window",
        "2026-11-24 08:00",
        "2026-11-24 10:00",
    ),
    (
        "the 4-6pm window Thursday",
        "the 4-6pm window Thursday",
        "2026-11-26 16:00",
        "2026-11-26 18:00",
    ),
    (
        "Monday in the 11 to 1 window",
        "Monday in the 11 to 1 window",
        "2026-11-23 11:00",
        "2026-11-23 13:00",
    ),
    (
        "the 7-9am slot tomorrow is best",
        "the 7-9am slot tomorrow",
        "2026-11-24 07:00",
        "2026-11-24 09:00",
    ),
    (
        "give me the 12 to 2 timeslot on the 30th",
        "the 12 to 2 timeslot on the 30th",
        "2026-11-30 12:00",
        "2026-11-30 14:00",
    ),
    (
        "not the 8-10 window on Tuesday, I'm at the gym",
        "not the 8-10 window on Tuesday",
        "2026-11-24 08:00",
        "2026-11-24 10:00",
    ),
    (
        "friday, the 1 to 3 slot if free",
        "friday, the 1 to 3 slot",
        "2026-11-27 13:00",
        "2026-11-27 15:00",
    ),
)

# In Asia/Dubai (Dubai's published times for late November: Fajr 05:2x, Dhuhr 12:0x, Asr
# 15:0x, Maghrib 17:3x, Isha 18:4x; `test_g41_prayer_times_match_published_tables`).
PRAYERS: tuple[Row, ...] = (
    (
        "after Maghrib tomorrow please",
        "after Maghrib tomorrow",
        "2026-11-24 17:45",
        "2026-11-25 00:00",
    ),
    (
        "can the kids come ba'd al-asr on Wednesday?",
        "ba'd al-asr on Wednesday",
        "2026-11-25 15:40",
        "2026-11-26 00:00",
    ),
    ("Thursday, not before Dhuhr", "not before Dhuhr", "2026-11-26 12:40", "2026-11-27 00:00"),
    (
        "on fasting days after iftar please, say Tuesday",
        "after iftar",
        "2026-11-24 17:45",
        "2026-11-25 00:00",
    ),
    (
        "after taraweeh on Saturday?",
        "after taraweeh on Saturday",
        "2026-11-28 20:15",
        "2026-11-29 00:00",
    ),
    (
        "ba'd al-maghrib is best for him, Sunday",
        "ba'd al-maghrib",
        "2026-11-29 17:45",
        "2026-11-30 00:00",
    ),
    (
        "not after Maghrib on Tuesday, my dad can't drive at night",
        "not after Maghrib on Tuesday",
        "2026-11-24 00:00",
        "2026-11-24 17:29",
    ),
    (
        "any time ba3d el-dhuhr tomorrow",
        "ba3d el-dhuhr tomorrow",
        "2026-11-24 12:40",
        "2026-11-25 00:00",
    ),
    (
        "before Asr time on Thursday",
        "before Asr time on Thursday",
        "2026-11-26 00:00",
        "2026-11-26 15:08",
    ),
    (
        "Friday before zuhr prayer if possible",
        "Friday before zuhr prayer",
        "2026-11-27 00:00",
        "2026-11-27 12:07",
    ),
    (
        "any day next week after isha, I work late",
        "any day next week after isha",
        "2026-11-30 19:15",
        "2026-12-01 00:00",
    ),
    ("tomorrow at iftar please", "tomorrow at iftar", "2026-11-24 17:29", "2026-11-24 17:45"),
    (
        "Wednesday after Fajr, before work",
        "Wednesday after Fajr",
        "2026-11-25 06:00",
        "2026-11-26 00:00",
    ),
    (
        "Tuesday between Asr and Maghrib",
        "Tuesday between Asr and Maghrib",
        "2026-11-24 15:40",
        "2026-11-24 17:29",
    ),
    (
        "from Dhuhr to Asr on Wednesday",
        "from Dhuhr to Asr on Wednesday",
        "2026-11-25 12:40",
        "2026-11-25 15:08",
    ),
    (
        "tomorrow after zohr namaz",
        "tomorrow after zohr namaz",
        "2026-11-24 12:40",
        "2026-11-25 00:00",
    ),
    (
        "after the isha prayer on friday",
        "after the isha prayer on friday",
        "2026-11-27 19:15",
        "2026-11-28 00:00",
    ),
)

# Published prayer times (minutes of the day, within PUBLISHED_TOLERANCE): the city's
# zone, the date, the prayer, the time its authority or the common tables print.
PUBLISHED: tuple[tuple[str, str, str, str], ...] = (
    ("Asia/Dubai", "2027-03-15", "dhuhr", "12:27"),
    ("Asia/Dubai", "2027-03-15", "asr", "15:53"),
    ("Asia/Dubai", "2027-03-15", "maghrib", "18:29"),
    ("Europe/London", "2027-06-21", "maghrib", "21:21"),  # sunset on the longest day
    ("Europe/London", "2027-06-21", "dhuhr", "13:02"),
    ("America/New_York", "2027-01-10", "maghrib", "16:46"),
    ("Africa/Cairo", "2027-03-15", "maghrib", "18:01"),
)
PUBLISHED_TOLERANCE = 4  # minutes: mosques round and add a minute or two of caution

# Words that must not ground as a time (names, a region, a meal talked about, words).
NOT_TIMES: tuple[str, ...] = (
    "Isha said she'd pop in to pay the bill",
    "Asr and Maghrib are the names of my twins",
    "we toured the Maghrib last spring",
    "the iftar menu looks great",
    "Fajr Ahmed is my son",
    "ba'd inshallah we will see",
    "Domenica said hi",
    "ce sera parfait merci",
    "Kal said he'd call you back",
    "can you ask Kal about it",
    "is the invoice with Kal?",
    "se habla español aqui",
    "bad news, the car broke down",
    "tell Isha thanks",
    "my cousin Asr works there",
    "早上好! 請問 scooter 保養多少錢?",
    "上午好, Lin 師傅",
    "我有三個小孩",
    "有一點貴 lol",
    "一點點就好",
    "下次見",
    "星期 something",
    "二",
    "the 4 to 6 year olds class",
    "the 2-3 slot machines were broken",
    "the 3 to 4 windows in the kitchen need cleaning",
)
