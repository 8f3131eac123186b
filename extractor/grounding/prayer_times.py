"""The five daily prayers' times, for a day and the business's zone: "after Maghrib",
"before Dhuhr", "ba'd al-asr", "at iftar", "after taraweeh".

Muslim writers set limits by the prayers, whose clock moves with the date and the place.
Grounding takes the reference time and the zone as arguments, so a prayer said in a
message is computed, never looked up: the sun's declination and the equation of time for
the day (the standard low-precision solar formulas of the US Naval Observatory, good to
a minute or two), and the place where the zone's main city lies (`CITY_OF_ZONE`, one
table). A zone the table does not hold is placed on its own meridian (15 degrees per
hour of offset, which can be off by half an hour) at latitude 25 degrees north:
`approximate` says so, and the reading's label carries "approx.".

| prayer | when | as computed |
| --- | --- | --- |
| `fajr` | dawn | the sun 18 degrees below the horizon before sunrise (Muslim World League) |
| `dhuhr` | midday | the sun's transit (solar noon) |
| `asr` | afternoon | an object's shadow as long as the object plus its noon shadow (the standard, Shafi'i, Maliki and Hanbali reckoning; Hanafi uses twice the length, later) |
| `maghrib` | sunset | the sun's upper edge at the horizon (0.833 degrees below, with refraction); iftar, the meal that breaks the fast, is at Maghrib |
| `isha` | nightfall | the sun 17 degrees below the horizon (Muslim World League; Umm al-Qura's 90 minutes after Maghrib is close in the Gulf) |
| `taraweeh` | the Ramadan night prayers after Isha | from Isha's call, an hour and a half |

The sun's own times are computed the same way, for the limits people set by the light
("before sunset", "after sunrise", "by dusk", "first light", "before it gets dark", G47):

| sun time | as computed |
| --- | --- |
| `sunrise` | the sun's upper edge at the horizon in the morning (as `maghrib`, mirrored) |
| `sunset` | the same in the evening: Maghrib's call |
| `dawn` | first light: the sun 6 degrees below the horizon before sunrise (civil dawn) |
| `dusk` | dark: the sun 6 degrees below the horizon after sunset (civil dusk) |

A sun time is a moment, not a window: a bound at it is at the computed minute on both
sides ("after sunset" from sunset on, "before dark" until dusk), and "at sundown" the
half hour from it (`SUN_MINUTES`).

A prayer takes time: the call (adhan), the wait for the congregation (iqama: about 20
minutes, 5 at Maghrib, 25 at Fajr) and the prayer itself (about 10 minutes). So a
prayer is a window of the day, `PRAYER_MINUTES` long from its call, its end rounded up
to the next 5 minutes as mosque timetables round: "after Asr" (and "not before Asr") is
after that window, "before Maghrib" (and "not after Maghrib") before the call, "at
iftar" the window itself. Local mosques differ by a few minutes (and by Asr's school),
so a limit at a prayer is the computed time, not a promise of the mosque's.
"""

from __future__ import annotations

import math
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

# The main city of a zone where Muslim customers are many, or where a business that names
# the prayers may be: (latitude, longitude) in degrees, north and east positive.
CITY_OF_ZONE: dict[str, tuple[float, float]] = {
    "Asia/Dubai": (25.20, 55.27),
    "Asia/Riyadh": (24.71, 46.68),
    "Asia/Qatar": (25.29, 51.53),
    "Asia/Bahrain": (26.23, 50.59),
    "Asia/Kuwait": (29.38, 47.99),
    "Asia/Muscat": (23.59, 58.41),
    "Asia/Baghdad": (33.31, 44.37),
    "Asia/Amman": (31.95, 35.93),
    "Asia/Beirut": (33.89, 35.50),
    "Asia/Damascus": (33.51, 36.29),
    "Asia/Jerusalem": (31.77, 35.21),
    "Asia/Gaza": (31.50, 34.47),
    "Asia/Tehran": (35.69, 51.39),
    "Asia/Karachi": (24.86, 67.01),
    "Asia/Kolkata": (28.61, 77.21),
    "Asia/Calcutta": (28.61, 77.21),
    "Asia/Dhaka": (23.81, 90.41),
    "Asia/Kuala_Lumpur": (3.14, 101.69),
    "Asia/Singapore": (1.35, 103.82),
    "Asia/Jakarta": (-6.21, 106.85),
    "Asia/Tashkent": (41.30, 69.24),
    "Africa/Cairo": (30.04, 31.24),
    "Africa/Casablanca": (33.57, -7.59),
    "Africa/Algiers": (36.75, 3.06),
    "Africa/Tunis": (36.81, 10.18),
    "Africa/Lagos": (6.52, 3.38),
    "Africa/Nairobi": (-1.29, 36.82),
    "Africa/Johannesburg": (-26.20, 28.05),
    "Europe/Istanbul": (41.01, 28.98),
    "Europe/London": (51.51, -0.13),
    "Europe/Dublin": (53.35, -6.26),
    "Europe/Paris": (48.86, 2.35),
    "Europe/Brussels": (50.85, 4.35),
    "Europe/Amsterdam": (52.37, 4.90),
    "Europe/Berlin": (52.52, 13.40),
    "Europe/Madrid": (40.42, -3.70),
    "Europe/Rome": (41.90, 12.50),
    "Europe/Stockholm": (59.33, 18.07),
    "America/New_York": (40.71, -74.01),
    "America/Toronto": (43.65, -79.38),
    "America/Montreal": (45.50, -73.57),
    "America/Chicago": (41.88, -87.63),
    "America/Detroit": (42.33, -83.05),
    "America/Denver": (39.74, -104.99),
    "America/Los_Angeles": (34.05, -118.24),
    "America/Vancouver": (49.28, -123.12),
    "Australia/Sydney": (-33.87, 151.21),
    "Australia/Melbourne": (-37.81, 144.96),
    "Australia/Perth": (-31.95, 115.86),
    "Pacific/Auckland": (-36.85, 174.76),
}
# Where a zone is not in the table: this latitude, and the zone's own meridian.
FALLBACK_LATITUDE = 25.0

FAJR_ANGLE = 18.0
ISHA_ANGLE = 17.0
SUNSET_ANGLE = 0.833  # the upper limb at the horizon, with refraction
CIVIL_ANGLE = 6.0  # civil twilight: first light before sunrise, dark after sunset
SUN_TIMES = ("sunrise", "sunset", "dawn", "dusk")
SUN_MINUTES = 30  # "at sunset": the half hour from it
PRAYERS = ("fajr", "dhuhr", "asr", "maghrib", "isha", "taraweeh")
# Minutes from a prayer's call to the end of the congregation's prayer (the wait for the
# iqama and the prayer); taraweeh is Isha and the night prayers after it.
PRAYER_MINUTES = {"fajr": 35, "dhuhr": 30, "asr": 30, "maghrib": 15, "isha": 30, "taraweeh": 90}


def prayer_window(prayer: str, day: date, zone: str) -> tuple[int, int]:
    """The prayer's window on `day` in `zone`, in minutes after local midnight: from its
    call to the end of the congregation's prayer, rounded up to the next 5 minutes; for a
    sun time (`SUN_TIMES`), the moment itself at both ends."""
    start = prayer_minutes(prayer, day, zone)
    return start, start if prayer in SUN_TIMES else prayer_end(prayer, start)


def prayer_end(prayer: str, start: int) -> int:
    """The end of the congregation's prayer called at `start` (minutes of the day),
    rounded up to the next 5 minutes; a sun time's half hour (`SUN_MINUTES`)."""
    if prayer in SUN_TIMES:
        return start + SUN_MINUTES
    return -(-(start + PRAYER_MINUTES[prayer]) // 5) * 5


def approximate(zone: str) -> bool:
    """The zone's place is guessed (its meridian, `FALLBACK_LATITUDE`), not tabled."""
    return zone not in CITY_OF_ZONE


def prayer_minutes(prayer: str, day: date, zone: str) -> int:
    """Minutes after local midnight of the call to `prayer` (a name of `PRAYERS`, or a sun
    time of `SUN_TIMES`) on `day` in `zone`."""
    tz = ZoneInfo(zone)
    offset = datetime.combine(day, time(12), tz).utcoffset() or timedelta(0)
    hours = offset.total_seconds() / 3600
    lat, lon = CITY_OF_ZONE.get(zone, (FALLBACK_LATITUDE, hours * 15))
    decl, eqt = _sun(day)
    noon = 12 + hours - lon / 15 - eqt
    if prayer == "dhuhr":
        t = noon
    elif prayer == "fajr":
        t = noon - _hour_angle(-FAJR_ANGLE, lat, decl)
    elif prayer == "asr":
        shadow = 1 + math.tan(math.radians(abs(lat - decl)))
        t = noon + _hour_angle(math.degrees(math.atan(1 / shadow)), lat, decl)
    elif prayer in ("maghrib", "sunset"):
        t = noon + _hour_angle(-SUNSET_ANGLE, lat, decl)
    elif prayer == "sunrise":
        t = noon - _hour_angle(-SUNSET_ANGLE, lat, decl)
    elif prayer == "dawn":
        t = noon - _hour_angle(-CIVIL_ANGLE, lat, decl)
    elif prayer == "dusk":
        t = noon + _hour_angle(-CIVIL_ANGLE, lat, decl)
    elif prayer in ("isha", "taraweeh"):  # taraweeh begins with Isha's congregation
        t = noon + _hour_angle(-ISHA_ANGLE, lat, decl)
    else:
        raise KeyError(prayer)
    return round(t * 60) % 1440


def _sun(day: date) -> tuple[float, float]:
    """The sun's declination (degrees) and the equation of time (hours) at noon UT."""
    d = (day - date(2000, 1, 1)).days  # days from J2000.0, noon UT of 1 January 2000
    g = math.radians((357.529 + 0.98560028 * d) % 360)
    q = (280.459 + 0.98564736 * d) % 360
    ecl_lon = math.radians((q + 1.915 * math.sin(g) + 0.020 * math.sin(2 * g)) % 360)
    obliq = math.radians(23.439 - 0.00000036 * d)
    ra = math.degrees(math.atan2(math.cos(obliq) * math.sin(ecl_lon), math.cos(ecl_lon))) / 15
    decl = math.degrees(math.asin(math.sin(obliq) * math.sin(ecl_lon)))
    eqt = q / 15 - ra % 24
    eqt = (eqt + 12) % 24 - 12
    return decl, eqt


def _hour_angle(altitude: float, lat: float, decl: float) -> float:
    """Hours from solar noon until the sun stands at `altitude` degrees (clamped where
    it never does, as in a northern summer night that never gets dark enough)."""
    a, phi, delta = (math.radians(x) for x in (altitude, lat, decl))
    cos_h = (math.sin(a) - math.sin(phi) * math.sin(delta)) / (math.cos(phi) * math.cos(delta))
    return math.degrees(math.acos(max(-1.0, min(1.0, cos_h)))) / 15
