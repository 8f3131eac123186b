"""Grounding (F46) corpus: time words of languages written in Latin letters (issue 13).

Customers who mix English with their own language write the day, the part of the day
and the clock in it:

- Bahasa Indonesia and Malay (`rules_indonesian`): "besok pagi", "lusa sore", "Senin depan
  jam 10 pagi", "sebelum jam 12", "jam 4an", "habis maghrib", "hari Minggu", "esok petang".
- Korean (`rules_korean`): "naeil ohu", "moreh ojeon", "ohu du-si", "11si", "4si ihu".
- Vietnamese with or without its marks (`rules_vietnamese`): "chiều mai", "toi nay", "thu
  6 tuan sau", "lúc 3 giờ chiều", "2h chiều thứ 4".
- Thai (`rules_thai`): "prung nee torn yen", "bai song mong", "6 mong yen", "song thum".
- Arabizi (`rules_arabizi`): "el sa3a 4", "yom el sabt el sob7", "el youm msa".

Beside them, the words that must stay no time: English "sore" ("my tooth is sore"),
"pagi", "malam" inside names ("Rumah Makan Pagi Sore"), "minggu" as a week ("2 minggu"),
a traffic "jam", Korean "bam" and "si" in other words ("bamboo", "sesi"), the names "Mai"
and "Sam Mong", a length "need 2h nha".

Reference time: Monday 2026-11-23 09:00 (`grounding_corpus.REF`), America/New_York.
"""

from __future__ import annotations

# message, the words, start, end of the first interval
Row = tuple[str, str, str, str]

INDONESIAN: tuple[Row, ...] = (
    (
        "bisa besok pagi kak? anak saya sakit gigi",
        "besok pagi",
        "2026-11-24 08:00",
        "2026-11-24 12:00",
    ),
    ("lusa sore aja ya, habis pulang sekolah", "lusa sore", "2026-11-25 15:00", "2026-11-25 18:00"),
    (
        "kalau hari ini siang masih ada slot?",
        "hari ini siang",
        "2026-11-23 11:00",
        "2026-11-23 15:00",
    ),
    (
        "mau booking jam 3 sore hari Kamis",
        "jam 3 sore hari Kamis",
        "2026-11-26 15:00",
        "2026-11-26 16:00",
    ),
    (
        "Senin depan jam 10 pagi bisa dok?",
        "Senin depan jam 10 pagi",
        "2026-11-30 10:00",
        "2026-11-30 11:00",
    ),
    ("ada yang kosong malam ini?", "malam ini", "2026-11-23 17:00", "2026-11-23 21:00"),
    (
        "Sabtu ini sekitar jam 11 ya",
        "Sabtu ini sekitar jam 11",
        "2026-11-28 10:30",
        "2026-11-28 11:30",
    ),
    (
        "tolong sebelum jam 12 ya, cuma cek",
        "sebelum jam 12",
        "2026-11-23 09:00",
        "2026-11-23 12:00",
    ),
    (
        "minggu depan aja kak, minggu ini full",
        "minggu depan",
        "2026-11-30 00:00",
        "2026-12-07 00:00",
    ),
    (
        "hari Minggu pagi ada dokter jaga?",
        "hari Minggu pagi",
        "2026-11-29 08:00",
        "2026-11-29 12:00",
    ),
    (
        "bisa jam setengah 5 hari Selasa?",
        "jam setengah 5 hari Selasa",
        "2026-11-24 16:30",
        "2026-11-24 16:31",
    ),
    ("Jumat jam 4an bisa ga", "Jumat jam 4an", "2026-11-27 15:30", "2026-11-27 16:30"),
    ("abis jam 3 aja kak, kerja soalnya", "abis jam 3", "2026-11-23 15:00", "2026-11-24 00:00"),
    ("Rabu atau Minggu, terserah dokter", "Minggu", "2026-11-29 00:00", "2026-11-30 00:00"),
    ("esok petang boleh ke klinik?", "esok petang", "2026-11-24 15:00", "2026-11-24 18:00"),
    (
        "Khamis depan pukul 2 petang",
        "Khamis depan pukul 2 petang",
        "2026-12-03 14:00",
        "2026-12-03 15:00",
    ),
    ("nanti malam jam 8 masih buka?", "nanti malam jam 8", "2026-11-23 20:00", "2026-11-23 21:00"),
    ("jam 5 sore ke atas, besok", "jam 5 sore ke atas", "2026-11-24 17:00", "2026-11-25 00:00"),
    (
        "sampai jam 4 aja ya, setelah itu jemput anak",
        "sampai jam 4",
        "2026-11-23 09:00",
        "2026-11-23 16:00",
    ),
    (
        "tgl 14 Desember jam 9 pagi",
        "14 Desember jam 9 pagi",
        "2026-12-14 09:00",
        "2026-12-14 10:00",
    ),
    (
        "kalau bisa habis maghrib, hari Rabu",
        "habis maghrib",
        "2026-11-25 16:50",
        "2026-11-26 00:00",
    ),
    ("Minggu pagi jam 9 masih buka?", "Minggu pagi jam 9", "2026-11-29 09:00", "2026-11-29 10:00"),
)

KOREAN: tuple[Row, ...] = (
    ("is naeil ohu gonna work for a peel?", "naeil ohu", "2026-11-24 12:00", "2026-11-24 17:00"),
    (
        "oneul jeonyeok if she has anything",
        "oneul jeonyeok",
        "2026-11-23 17:00",
        "2026-11-23 21:00",
    ),
    ("moreh ojeon please, before my shift", "moreh ojeon", "2026-11-25 08:00", "2026-11-25 12:00"),
    ("can I come in naeil se-si?", "naeil se-si", "2026-11-24 15:00", "2026-11-24 16:00"),
    (
        "ohu du-si on friday would be perfect",
        "ohu du-si on friday",
        "2026-11-27 14:00",
        "2026-11-27 15:00",
    ),
    ("ojeon 10si tomorrow?", "ojeon 10si tomorrow", "2026-11-24 10:00", "2026-11-24 11:00"),
    ("suyoil ohu works best for me", "suyoil ohu", "2026-11-25 12:00", "2026-11-25 17:00"),
    ("maybe daeum ju geumyoil?", "daeum ju geumyoil", "2026-12-04 00:00", "2026-12-05 00:00"),
    (
        "naeil yeolhan-si for the consult",
        "naeil yeolhan-si",
        "2026-11-24 11:00",
        "2026-11-24 12:00",
    ),
    (
        "thursday 4si ihu, I finish class at 3:30",
        "thursday 4si ihu",
        "2026-11-26 16:00",
        "2026-11-27 00:00",
    ),
    ("naeil 3si ban if that's open", "naeil 3si ban", "2026-11-24 15:30", "2026-11-24 15:31"),
    (
        "toyoil achim, the earlier the better",
        "toyoil achim",
        "2026-11-28 08:00",
        "2026-11-28 12:00",
    ),
    (
        "anything ibeon ju? my skin is breaking out",
        "ibeon ju",
        "2026-11-23 00:00",
        "2026-11-30 00:00",
    ),
    ("naeil bam 8si too late?", "naeil bam 8si", "2026-11-24 20:00", "2026-11-24 21:00"),
    (
        "hwayoil jeomsim, I can sneak out from work",
        "hwayoil jeomsim",
        "2026-11-24 12:00",
        "2026-11-24 14:00",
    ),
    (
        "oneul 5si kkaji only, I have a dinner",
        "oneul 5si kkaji",
        "2026-11-23 09:00",
        "2026-11-23 17:00",
    ),
)

VIETNAMESE: tuple[Row, ...] = (
    ("chiều mai được không chị?", "chiều mai", "2026-11-24 12:00", "2026-11-24 17:00"),
    ("toi nay co slot ko em", "toi nay", "2026-11-23 17:00", "2026-11-23 21:00"),
    ("sáng thứ 7 nhé, cho 2 người", "sáng thứ 7", "2026-11-28 08:00", "2026-11-28 12:00"),
    ("thu 6 tuan sau is fine with me", "thu 6 tuan sau", "2026-12-04 00:00", "2026-12-05 00:00"),
    ("lúc 3 giờ chiều được không", "lúc 3 giờ chiều", "2026-11-23 15:00", "2026-11-23 16:00"),
    ("khoảng 10h sáng thứ 2", "khoảng 10h sáng thứ 2", "2026-11-23 09:30", "2026-11-23 10:30"),
    ("hôm nay 5 giờ còn chỗ không", "hôm nay 5 giờ", "2026-11-23 17:00", "2026-11-23 18:00"),
    ("ngày mai 9 giờ rưỡi nha", "ngày mai 9 giờ rưỡi", "2026-11-24 09:30", "2026-11-24 09:31"),
    (
        "chu nhat tuan sau for a massage",
        "chu nhat tuan sau",
        "2026-12-06 00:00",
        "2026-12-07 00:00",
    ),
    ("tối thứ 5 này em rảnh", "tối thứ 5 này", "2026-11-26 17:00", "2026-11-26 21:00"),
    ("can we do tuần sau instead", "tuần sau", "2026-11-30 00:00", "2026-12-07 00:00"),
    ("ngày mốt được không", "ngày mốt", "2026-11-25 00:00", "2026-11-26 00:00"),
    ("mai toi 7 gio nha", "mai toi 7 gio", "2026-11-24 19:00", "2026-11-24 20:00"),
    ("trưa mai cho mẹ em", "trưa mai", "2026-11-24 12:00", "2026-11-24 14:00"),
    ("2h chiều thứ 4 ok không", "2h chiều thứ 4", "2026-11-25 14:00", "2026-11-25 15:00"),
    ("tam 4h chieu thu 3 nhe", "tam 4h chieu thu 3", "2026-11-24 15:30", "2026-11-24 16:30"),
    ("ok 3h dc ko chị", "3h", "2026-11-23 15:00", "2026-11-23 16:00"),
    ("thôi lay 10h nha", "10h", "2026-11-23 10:00", "2026-11-23 11:00"),
)

THAI: tuple[Row, ...] = (
    (
        "prung nee torn chao have space mai ka?",
        "prung nee torn chao",
        "2026-11-24 08:00",
        "2026-11-24 12:00",
    ),
    (
        "wan nee torn yen krub, after work",
        "wan nee torn yen",
        "2026-11-23 17:00",
        "2026-11-23 21:00",
    ),
    ("maruen nee torn bai ok?", "maruen nee torn bai", "2026-11-25 12:00", "2026-11-25 17:00"),
    ("Friday bai song mong krub", "Friday bai song mong", "2026-11-27 14:00", "2026-11-27 15:00"),
    (
        "prung nee 5 mong yen for two people",
        "prung nee 5 mong yen",
        "2026-11-24 17:00",
        "2026-11-24 18:00",
    ),
    ("wan sao torn chao please", "wan sao torn chao", "2026-11-28 08:00", "2026-11-28 12:00"),
    (
        "Tuesday jet mong chao before it gets hot",
        "Tuesday jet mong chao",
        "2026-11-24 07:00",
        "2026-11-24 08:00",
    ),
    ("wan suk sam mong ka", "wan suk sam mong", "2026-11-27 15:00", "2026-11-27 16:00"),
    (
        "maybe aathit naa, this week I'm in Chiang Mai",
        "aathit naa",
        "2026-11-30 00:00",
        "2026-12-07 00:00",
    ),
    ("prung nee tiang ok mai?", "prung nee tiang", "2026-11-24 12:00", "2026-11-24 13:00"),
    ("wan nee song thum, late class", "wan nee song thum", "2026-11-23 20:00", "2026-11-23 21:00"),
    (
        "Thursday torn klang wan krub",
        "Thursday torn klang wan",
        "2026-11-26 11:00",
        "2026-11-26 14:00",
    ),
    ("phrung nii hok mong yen", "phrung nii hok mong yen", "2026-11-24 18:00", "2026-11-24 19:00"),
    ("wan phut si mong ka", "wan phut si mong", "2026-11-25 16:00", "2026-11-25 17:00"),
    (
        "wan angkhan torn yen is good",
        "wan angkhan torn yen",
        "2026-11-24 17:00",
        "2026-11-24 21:00",
    ),
)

ARABIZI: tuple[Row, ...] = (
    ("el sa3a 4 bukra inshallah", "el sa3a 4 bukra", "2026-11-24 16:00", "2026-11-24 17:00"),
    (
        "yom el sabt el sob7 if possible",
        "yom el sabt el sob7",
        "2026-11-28 08:00",
        "2026-11-28 12:00",
    ),
    ("el youm msa, the car needs a wash", "el youm msa", "2026-11-23 17:00", "2026-11-23 21:00"),
    ("el 5amees ba3d el 3asr", "el 5amees ba3d el 3asr", "2026-11-26 14:45", "2026-11-27 00:00"),
    (
        "yom el jum3a el sa3a 10 habibi",
        "yom el jum3a el sa3a 10",
        "2026-11-27 10:00",
        "2026-11-27 11:00",
    ),
    ("can the driver come el arba3a?", "el arba3a", "2026-11-25 00:00", "2026-11-26 00:00"),
    ("bukra el sa3a 9 w nos", "bukra el sa3a 9 w nos", "2026-11-24 09:30", "2026-11-24 09:31"),
    (
        "gabl el sa3a 11 el a7ad please",
        "gabl el sa3a 11 el a7ad",
        "2026-11-29 00:00",
        "2026-11-29 11:00",
    ),
    ("el osbo3 el jai is better", "el osbo3 el jai", "2026-11-30 00:00", "2026-12-07 00:00"),
    ("ba3d el sa3a 5 el youm", "ba3d el sa3a 5 el youm", "2026-11-23 17:00", "2026-11-24 00:00"),
    ("el thalatha el masa2 ok?", "el thalatha el masa2", "2026-11-24 17:00", "2026-11-24 21:00"),
    ("alyoum el sa3a 3 yeslah?", "alyoum el sa3a 3", "2026-11-23 15:00", "2026-11-23 16:00"),
    (
        "yom el ithnein first thing",
        "yom el ithnein first thing",
        "2026-11-23 06:00",
        "2026-11-23 11:00",
    ),
    (
        "el sa3a 2 illa rob3 bukra",
        "el sa3a 2 illa rob3 bukra",
        "2026-11-24 13:45",
        "2026-11-24 13:46",
    ),
    ("bukra el lail, after the mall", "bukra el lail", "2026-11-24 17:00", "2026-11-24 23:00"),
    (
        "ba3d salat el jum3a, el sa3a 2?",
        "ba3d salat el jum3a",
        "2026-11-23 12:15",
        "2026-11-24 00:00",
    ),
)

# The visit's length in these languages: message, the words, minutes.
LENGTHS: tuple[tuple[str, str, int], ...] = (
    ("scaling 45 menit aja", "45 menit", 45),
    ("tambal gigi kira2 1 jam kan?", "1 jam", 60),
    ("cuma setengah jam kok", "setengah jam", 30),
    ("massage 90 phút nha", "90 phút", 90),
    ("goi dau 1 tiếng", "1 tiếng", 60),
    ("facial 2 sigan is too long for me", "2 sigan", 120),
    ("massage 90p ko chị", "90p", 90),
    ("full service for the patrol, 3 sa3at", "3 sa3at", 180),
    ("sa3teen bas, not more", "sa3teen", 120),
)
# Lengths in one message, and the same letters that are none in another.
NOT_LENGTHS: tuple[tuple[str, str, str], ...] = (
    ("massage 90p ko chị", "90p", "the stamps are 90p each"),
    ("need 2h nha, for the hot stone", "2h", "ok 2h nha chị"),
)
# Greetings, not times: message, the words set aside.
GREETINGS: tuple[tuple[str, str], ...] = (
    ("Selamat pagi dok, besok bisa?", "pagi"),
    ("Selamat siang kak, mau tanya", "siang"),
    ("selamat malam, lusa ada slot?", "malam"),
)
# Wishes for the soonest: message, the words.
SOONEST: tuple[tuple[str, str], ...] = (
    ("besok atau lusa, yang paling cepat", "yang paling cepat"),
    ("tolong secepatnya ya kak", "secepatnya"),
    ("cho em lịch càng sớm càng tốt", "càng sớm càng tốt"),
)
# Two days joined by "or" in these languages ("atau", "hoặc", "aw"): a clock or bound said
# after them is each one's: message, the words, the days of its first two intervals.
LISTED: tuple[tuple[str, str, tuple[str, str]], ...] = (
    ("besok atau lusa, jam 5 sore ke atas", "jam 5 sore ke atas", ("2026-11-24", "2026-11-25")),
    ("Kamis atau Jumat jam 10 ya", "jam 10", ("2026-11-26", "2026-11-27")),
    ("thứ 5 hoặc thứ 6, lúc 3 giờ chiều", "lúc 3 giờ chiều", ("2026-11-26", "2026-11-27")),
    ("el sabt aw el a7ad el sa3a 4", "el sa3a 4", ("2026-11-28", "2026-11-29")),
)
# "same time", "the same day" in these languages: message, the words (with no time said
# before them in the message, grounding names them as having nothing to point back to).
SAME_AS_BEFORE: tuple[tuple[str, str], ...] = (
    ("doi qua thu 5 tuan sau dc ko, giu gio", "giu gio"),
    ("em gái em cũng muốn, cùng giờ nha", "cùng giờ"),
    ("Jumat aja, jam yg sama", "jam yg sama"),
    ("massage 60 phút nữa, chiều cùng ngày", "cùng ngày"),
    ("w el van el thani nafs el yom", "nafs el yom"),
    ("suami saya juga, hari yang sama", "hari yang sama"),
)
# A message where the words are a time, and one where the same words are not.
NOT_TIMES: tuple[tuple[str, str, str], ...] = (
    ("lusa sore ya kak", "lusa sore", "my tooth is sore, can someone look at it"),
    ("Rabu sore aja", "Rabu sore", "it's been sore for two days"),
    ("hari ini sore?", "hari ini sore", "sore gums and a sore jaw, please help"),
    ("Jumat pagi bisa?", "Jumat pagi", "kami makan di Rumah Makan Pagi Sore kemarin"),
    ("malam ini ada?", "malam ini", "is the Hotel Malam Indah near the clinic?"),
    ("hari Minggu bisa?", "hari Minggu", "sudah 2 minggu sakit gigi"),
    ("oh Minggu closed ya? Sabtu aja", "Minggu", "Minggu lalu saya sudah datang"),
    ("minggu depan aja", "minggu depan", "minggu lalu gigi saya copot"),
    ("besok jam 2", "besok jam 2", "stuck in a traffic jam again, sorry"),
    ("naeil bam 8si", "naeil bam 8si", "bam! that facial fixed my skin"),
    ("naeil du-si", "naeil du-si", "my bamboo charcoal mask ran out"),
    ("moreh ojeon", "moreh ojeon", "I need more options for sensitive skin"),
    ("naeil 3si", "naeil 3si", "sesi foto untuk anak saya"),
    ("chiều mai", "chiều mai", "Mai said the massage was great"),
    ("toi nay co slot ko", "toi nay", "Mai will bring her sister, she sang in the choir"),
    ("wan suk sam mong", "wan suk sam mong", "Sam Mong is my trainer"),
    ("wan sao torn chao", "wan sao torn chao", "the song for the class is great"),
    ("ok 3h nha", "3h", "need 2h nha, for the hot stone"),
    ("el youm msa", "el youm msa", "yom sa3eed habibi, shukran"),
)
