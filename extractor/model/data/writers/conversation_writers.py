"""The conversation writers' briefs (c01..): training data written as whole conversations.

One row per writer, in the order that seeds the calendars (`make_kit.py` numbers the rows
from 301); calendars and briefs go to extractor/model/data/conversations/.
"""

from __future__ import annotations

from slotwise.extractor.model.data.writers.message_writers import R

# conversation writers (training data: whole conversations, labelled per turn)
# id, business, now, timezone, minutes, resources, voice, phenomena focus
CONV_WRITERS = [
    (
        "c01",
        "dental practice (check-ups, hygienist, whitening; prices and insurance questions)",
        "2026-12-07T09:40",
        "America/New_York",
        30,
        [
            R("dr-alvarez", "Dr. Alvarez", "mon-fri", "8-16"),
            R("hyg-brooks", "hygienist Brooks", "tue-sat", "9-17"),
        ],
        "terse SMS, lowercase, abbreviations, typos",
        "questions first then a booking, picks among shown options ('2nd one', 'the 10:30'), corrections in a later turn ('actually thurs not wed'), cancel that after questions",
    ),
    (
        "c02",
        "hair and beauty salon (cuts, colour, nails; product questions)",
        "2027-01-14T11:20",
        "Europe/London",
        60,
        [
            R("stylist-ella", "Ella", "tue-sat", "9-18"),
            R("stylist-marcus", "Marcus", "wed-sun", "11-20"),
            R("nails-jo", "Jo", "mon-fri", "10-16"),
        ],
        "British, chatty, 'half two', 'Saturday week', 'cheers', emojis spelled as words never",
        "stylist changes between turns ('actually can it be with Marcus'), added limits in later turns ('oh and not before 11'), reschedules of a picked slot, thanks and small talk turns",
    ),
    (
        "c03",
        "physiotherapy clinic (assessments, follow-ups, sports massage)",
        "2026-12-02T15:05",
        "America/Chicago",
        45,
        [
            R("pt-novak", "Dr. Novak", "mon-thu", "7-15"),
            R("pt-osei", "Dr. Osei", "tue-sat", "10-19"),
        ],
        "formal emails and non-native English (Polish, Portuguese, Arabic speakers), polite",
        "availability questions that turn into bookings, exclusions added later ('Tuesday is not possible for me'), insurance and price questions mid-booking, 'the first option', cancel after booking with a reason",
    ),
    (
        "c04",
        "car service garage (MOT/inspection, oil change, tyres; quotes)",
        "2027-02-08T08:10",
        "America/Denver",
        90,
        [R("bay-a", "Bay A", "mon-fri", "7-17"), R("bay-b", "Bay B", "mon-sat", "8-14")],
        "blunt, impatient, no punctuation, some angry",
        "quote questions then 'ok book it', 'cancel that' meaning the first thing asked about, drop-off limits ('need it back by 5'), goal changes from booking to a complaint and back",
    ),
    (
        "c05",
        "tutoring centre (maths and English tutors; parents booking for kids)",
        "2026-12-10T17:30",
        "Australia/Sydney",
        60,
        [
            R("tutor-priya", "Priya", "mon-fri", "15-20"),
            R("tutor-daniel", "Daniel", "sat,sun", "9-15"),
        ],
        "busy parents texting between things, Australian English, lowercase",
        "school schedules as their commitments ('school finishes 3:15'), corrections over turns, 'same time next week', picks by time ('the 4pm'), questions about fees between booking turns",
    ),
    (
        "c06",
        "day spa (massage, facials; gift vouchers)",
        "2027-03-03T13:00",
        "America/Los_Angeles",
        60,
        [
            R("therapist-kai", "Kai", "wed-sun", "10-19"),
            R("therapist-lena", "Lena", "mon-fri", "9-17"),
            R("room-couples", "couples suite", "thu-sun", "11-20"),
        ],
        "rambling, friendly, long messages with asides, some voice-to-text without punctuation",
        "fallbacks ('Friday, otherwise Saturday'), hedges ('ideally'), stated lengths ('90 minute massage'), 'whoever is free', gift voucher questions, cancel that after a comparison of treatments",
    ),
]
CONV_WRITERS += [
    (
        "c07",
        "optometrist and glasses shop (eye tests, contact lens fittings, frame repairs)",
        "2027-01-25T10:15",
        "America/Toronto",
        30,
        [
            R("opt-singh", "Dr. Singh", "mon-fri", "9-17"),
            R("opt-moreau", "Dr. Moreau", "wed-sat", "10-18"),
        ],
        "mixed: terse texts and polite emails, some French-Canadian English",
        "corrections in a later turn said as 'X, not Y' (a wish taken back: retracted) against reasons that rule a day out ('I have hockey Thursday': exclude); questions that name times ('are you open Saturday?', 'is that this week?'); picks; cancel that after a booking",
    ),
    (
        "c08",
        "veterinary practice (check-ups, vaccinations, dental cleaning; medication refills)",
        "2026-12-15T16:20",
        "Europe/Dublin",
        20,
        [
            R("vet-byrne", "Dr. Byrne", "mon-fri", "9-18"),
            R("vet-kowalski", "Dr. Kowalski", "tue-sat", "8-14"),
        ],
        "Irish and British pet owners, chatty, worried, some elderly",
        "turns that only add a limit ('oh and not before 10'), 'the one after', 'the week after', 'same time but Friday', reschedules of a picked slot, 'whoever is free', refill and price questions mid-booking, thanks and small talk",
    ),
    (
        "c09",
        "massage and physio clinic for athletes (sports massage, taping, recovery)",
        "2027-02-22T07:45",
        "America/Phoenix",
        60,
        [
            R("ther-dana", "Dana", "mon-sat", "6-14"),
            R("ther-luis", "Luis", "tue-sun", "12-21"),
        ],
        "athletes and coaches texting fast, lowercase, gym slang",
        "their training and work times as commitments ('practice till 5', 'I lift at 6am'), availability then a pick, hedged wishes in later turns ('ideally Dana'), corrections two turns later, durations ('need 90 today'), cancel that",
    ),
    (
        "c10",
        "legal clinic (consultations in person or by video; document questions)",
        "2027-03-09T11:50",
        "America/New_York",
        45,
        [
            R("atty-cho", "Ms. Cho", "mon-thu", "9-17"),
            R("atty-ruiz", "Mr. Ruiz", "tue-fri", "10-18"),
        ],
        "formal and anxious, long emails, some non-native English (Korean, Spanish speakers)",
        "distractor dates (court dates, deadlines: context), conditional wishes ('if Ms. Cho is not free, then Mr. Ruiz'), fallbacks, exclusions added later, goal changes from a booking to a fee question and back, 'cancel that' meaning the first thing asked about",
    ),
]
CONV_WRITERS += [
    (
        "c11",
        "personal training and fitness studio (PT sessions, small-group classes, body scans; membership questions)",
        "2027-01-18T19:05",
        "America/Chicago",
        45,
        [
            R("pt-jordan", "Jordan", "mon-fri", "6-13"),
            R("pt-sam", "Sam", "mon-sat", "12-21"),
            R("studio-b", "Studio B", "sat,sun", "8-16"),
        ],
        "young adults texting: slang, run-ons, no capitals, 'lol', 'ngl', 'tbh', spelling slips",
        "limits stacked over many turns ('also', 'oh and'), a limit loosened later ('actually any time after 4 is fine', 'forget the morning thing'), trainer changed and changed back, picks by day ('the friday one'), membership questions between booking turns",
    ),
    (
        "c12",
        "family doctor's surgery (GP appointments, nurse clinics, blood tests; repeat prescriptions, test results)",
        "2026-12-21T08:35",
        "Europe/London",
        15,
        [
            R("dr-patel", "Dr. Patel", "mon-fri", "8-13"),
            R("dr-hughes", "Dr. Hughes", "mon,wed,thu,fri", "13-18.5"),
            R("nurse-okoro", "Nurse Okoro", "tue-fri", "8.5-16"),
        ],
        "elderly and polite, long-winded, British and Indian English; some carers booking for a parent",
        "the customer's own commitments stated as context over several turns ('the bus only comes at 10'), corrections of corrections ('no wait, Tuesday was right after all'), a question and a wish in one turn, prescription questions mid-booking, 'cancel that' after a booking and after questions",
    ),
    (
        "c13",
        "home services company (plumber and electrician visits, cleaners; arrival windows, quotes)",
        "2027-02-03T12:25",
        "America/Los_Angeles",
        120,
        [
            R("plumb-team", "the plumbing team", "mon-fri", "8-17"),
            R("elec-ruiz", "Ruiz (electrician)", "mon-sat", "7-15"),
            R("clean-crew", "the cleaning crew", "tue-sun", "9-18"),
        ],
        "busy homeowners and tenants, terse, typos, voice-to-text slips, a few angry about a leak",
        "arrival windows ('between 8 and 12'), several days ruled out one turn at a time, 'any day but Monday', rescheduling a booked visit, 'whoever is free', lengths ('it'll take about 3 hours'), a quote question then back to booking, 'never mind' meaning the first job asked about",
    ),
    (
        "c14",
        "music school (piano, guitar and voice lessons; trial lessons, instrument rental questions)",
        "2027-03-15T16:50",
        "Asia/Singapore",
        30,
        [
            R("t-mei", "Ms. Mei", "mon-fri", "14-21"),
            R("t-arjun", "Mr. Arjun", "wed-sun", "10-18"),
        ],
        "non-native English (Mandarin, Hindi, Spanish and Malay speakers), mixed casual and formal, parents and adult learners",
        "availability questions that become bookings, relative references ('the week after', 'the day after that', 'same time but Saturday'), fallbacks across turns ('if not Thursday then Friday'), a limit taken back ('the before-noon thing doesn't matter anymore'), picks by time, cancel that after a question about another lesson",
    ),
]
CONV_WRITERS += [
    (
        "c15",
        "driving school (lessons, mock tests, test-day car hire; package questions)",
        "2027-04-06T13:40",
        "Europe/London",
        60,
        [
            R("instr-fraser", "Fraser", "mon-fri", "7-15"),
            R("instr-aileen", "Aileen", "tue-sat", "10-19"),
        ],
        "Scottish and Northern English learners and their parents, chatty, dialect words, 'the morra', 'half 3', some teenagers texting",
        "lessons around school, work and shifts ('I finish at half 3', 'on lates Thursday'), a wish made firmer or softer in a later turn, a second lesson in the same conversation, availability questions that become bookings, picks, 'cancel that' after a question about test fees",
    ),
    (
        "c16",
        "tax and bookkeeping office (tax return appointments, payroll questions, document drop-offs)",
        "2027-03-29T10:10",
        "America/New_York",
        60,
        [
            R("cpa-nguyen", "Ms. Nguyen", "mon-fri", "9-17"),
            R("cpa-obi", "Mr. Obi", "mon-thu", "12-20"),
            R("front-desk", "the front desk", "mon-sat", "9-13"),
        ],
        "small-business owners and retirees, formal and informal mixed, Nigerian and Vietnamese English, some stressed about deadlines",
        "deadline dates that are context not wishes ('it's due the 15th'), 'before the 15th' as a limit, several limits over turns, a person changed ('actually Mr. Obi is fine'), questions with times in them ('are you open Saturday?'), reschedules, 'never mind' after a question",
    ),
    (
        "c17",
        "pet grooming and dog daycare (baths, full grooms, nail trims; daycare questions)",
        "2027-05-10T08:05",
        "Australia/Melbourne",
        90,
        [
            R("groom-tash", "Tash", "mon-fri", "8-16"),
            R("groom-ben", "Ben", "wed-sun", "9-17"),
        ],
        "dog owners texting, Australian English, emojis written as words, very casual, some long stories about their dog",
        "drop-off and pick-up times ('can drop him at 8, need him back by 2'), two dogs in one booking, days ruled out one at a time, 'whoever is free', loosening a limit later, picks by time ('the 9:30'), thanks and small talk, 'cancel that' after a booking",
    ),
]
CONV_WRITERS += [
    (
        "c18",
        "phone and laptop repair shop (screen and battery repairs, data recovery, diagnostics drop-offs)",
        "2027-02-15T11:25",
        "America/Chicago",
        45,
        [
            R("tech-dana", "Dana", "mon-fri", "9-17"),
            R("tech-luis", "Luis", "tue-sat", "11-19"),
        ],
        "busy customers texting in lowercase, terse, typos and abbreviations ('tmrw', 'wed', 'thx', 'pls'), a few retirees who write long polite messages",
        "'same time next week', 'later that week', 'the day after', abbreviated weekdays, drop-off before work or after a shift, picks by time and by order ('the 2nd one'), a reschedule of a booking made earlier in the conversation, price questions in the middle, 'cancel that' after a question about another repair",
    ),
    (
        "c19",
        "counselling and psychotherapy practice (first consultations, weekly sessions, couples sessions)",
        "2027-06-07T09:50",
        "Europe/London",
        50,
        [
            R("dr-hale", "Dr. Hale", "mon-thu", "8-18"),
            R("ms-okafor", "Ms. Okafor", "tue-sat", "10-20"),
        ],
        "British clients, formal or anxious, some long apologetic messages, some very short, a few written by a partner for both",
        "limits from work and childcare that pile up over turns, a day corrected two turns later, 'actually the earlier one', fallbacks ('if not, Thursday'), 'no preference' about the counsellor, a preference turned into a firm limit later, questions about fees and online sessions, thanks, 'never mind' after a question",
    ),
    (
        "c20",
        "children's swimming lessons at a leisure centre (trial lessons, private lessons, term questions)",
        "2027-09-13T16:15",
        "Europe/Dublin",
        30,
        [
            R("coach-niamh", "Niamh", "mon-fri", "14-20"),
            R("coach-sean", "Sean", "wed-sun", "9-17"),
        ],
        "Irish parents texting, warm and chatty, Hiberno-English ('would you have anything', 'grand'), some in a rush between school runs",
        "times around school pick-up ('after half 3'), 'any day but Wednesday', two children in one conversation, an availability question that becomes a booking, picks ('that one', 'the later one'), a goal shift to a question and back, 'cancel that' after a booking, a limit loosened later",
    ),
]
CONV_WRITERS += [
    (
        "c21",
        "kitchen and bathroom design showroom (design consultations in the showroom or at home, measuring visits; quotes and samples)",
        "2027-03-08T12:40",
        "America/Los_Angeles",
        60,
        [
            R("des-carla", "Carla", "mon-fri", "9-17"),
            R("des-tom", "Tom", "wed-sun", "10-18"),
            R("measure-team", "the measuring team", "mon-sat", "8-14"),
        ],
        "homeowners and couples, chatty American English, some long emails, one partner sometimes writing for both, a few contractors writing tersely",
        "a consultation booked and then moved later in the same conversation ('can we push that to Thursday'), the customer's own commitments as context ('I'm in the office till 5', 'I start at 8'), 'no preference' about the designer, a measuring visit as a second booking, questions about samples and prices between turns, picks ('the 10am', 'the second one'), 'cancel that' meaning an earlier item, a limit loosened later",
    ),
    (
        "c22",
        "university IT help desk (laptop drop-offs for repair, account and Wi-Fi help appointments, software installs)",
        "2027-10-04T10:20",
        "Australia/Sydney",
        30,
        [
            R("it-front", "the front counter", "mon-fri", "8-18"),
            R("tech-priya", "Priya", "mon-thu", "10-16"),
            R("tech-kofi", "Kofi", "wed-sat", "9-15"),
        ],
        "students and staff: lowercase rushed texts, international students writing careful non-native English, a few formal staff emails",
        "drop-off bookings ('can i drop my laptop in before my 11am lecture', 'leave it with you thursday morning'), class and lab times as distractors or as limits ('after my 2pm tute'), 'no preference' and 'whoever is free', how long a job takes ('it'll need about an hour'), availability questions that become bookings, corrections a turn later, small talk and thanks, 'never mind' after a question",
    ),
]
CONV_WRITERS += [
    (
        "c23",
        "escape rooms and bowling lanes (group bookings, birthday parties, corporate team outings)",
        "2027-08-16T14:30",
        "America/Chicago",
        60,
        [
            R("room-vault", "the Vault room", "wed-sun", "12-23"),
            R("room-lab", "the Lab room", "mon-sun", "14-22"),
            R("lanes", "the bowling lanes", "mon-sun", "10-23"),
        ],
        "teenagers, party-planning parents and office admins: emoji words, all caps excitement, terse texts, a few formal work emails",
        "group sizes and ages that are numbers not times ('for 8 people', 'party of 12', 'she's turning 10'), birthdays and events as context ('his birthday is the 14th'), 'after 7 but not too late', a room changed and changed back, two bookings in one conversation (a room then lanes), picks ('the 6:30', 'the first one'), a booking moved later in the conversation, price and age questions between turns, 'cancel that' after a question",
    ),
    (
        "c24",
        "children's speech and occupational therapy clinic (assessments, weekly therapy sessions, parent consultations)",
        "2027-09-20T09:05",
        "America/Toronto",
        45,
        [
            R("slp-martin", "Ms. Martin (speech)", "mon-thu", "8-16"),
            R("ot-gagnon", "Mr. Gagnon (OT)", "tue-fri", "11-19"),
        ],
        "Canadian parents, some French speakers writing English, careful and detailed or rushed between work and school, a few grandparents",
        "sessions around school hours and daycare pick-up ('after 3:15', 'not during nap time 1 to 3'), weekly recurring wishes ('every Tuesday if possible'), an assessment then a first session, a therapist asked for then 'no preference', a day corrected a turn later, a firm limit softened later ('mornings could work if nothing else'), questions about insurance receipts, thanks, 'never mind' after a question",
    ),
]
CONV_WRITERS += [  # held out from r14: the check of how the reader reads unseen conversations
    (
        "c25",
        "hospital outpatient physiotherapy and hydrotherapy (first assessments, follow-ups, pool sessions)",
        "2027-11-08T13:10",
        "Europe/London",
        45,
        [
            R("physio-grant", "Mr. Grant", "mon-fri", "8-16"),
            R("physio-osei", "Ms. Osei", "tue-sat", "10-18"),
            R("hydro-pool", "the hydrotherapy pool", "mon-thu", "9-15"),
        ],
        "older patients and carers, polite and long-winded, some Welsh and Nigerian English, a few terse texts from younger patients after sports injuries",
        "the patient's own hospital appointments and transport as context or limits ('the hospital bus gets in at 10:15', 'I have dialysis Tuesdays'), a pool session and a physio session in one conversation, a therapist changed and 'no preference', corrections a turn later, a picked slot moved later, questions about parking and what to wear, thanks, 'cancel that' after a question",
    ),
    (
        "c26",
        "bike and e-scooter repair shop (services, puncture repairs, e-bike diagnostics, drop-offs and collections)",
        "2027-04-26T16:40",
        "Europe/Amsterdam",
        60,
        [
            R("mech-joost", "Joost", "mon-fri", "8-17"),
            R("mech-lina", "Lina", "wed-sat", "10-18"),
        ],
        "Dutch, German and English speakers writing English, commuters texting tersely, students, a few long emails",
        "drop-off before work and collection after ('drop at 8, pick up by 6'), 'any day but Wednesday', a firm limit loosened later, picks by time and order, two bikes in one conversation, price questions in the middle, 'never mind' after a question, reschedules of a booking made earlier in the conversation",
    ),
    (
        "c27",
        "notary and document-certification office (signings, certified copies, apostille appointments)",
        "2027-06-21T10:50",
        "America/New_York",
        30,
        [
            R("notary-reyes", "Ms. Reyes", "mon-fri", "9-17"),
            R("notary-cohen", "Mr. Cohen", "mon,wed,fri", "12-20"),
        ],
        "home buyers, small-business owners and immigrants, formal and anxious, Spanish and Haitian Creole speakers writing English, some lawyers' assistants writing for clients",
        "deadlines as context or as limits ('closing is Thursday so before then'), several people who must all attend ('my wife and I both need to sign'), a notary asked for then 'whoever is free', corrections of a day a turn later, availability questions that become bookings, picks, 'cancel that' after a booking, questions about ID and fees",
    ),
]
CONV_WRITERS += [
    (
        "c28",
        "car dealership service department (servicing, warranty repairs, courtesy cars, tyre fitting)",
        "2027-02-01T08:35",
        "Australia/Melbourne",
        60,
        [
            R("adv-jess", "Jess (service advisor)", "mon-fri", "7-17"),
            R("adv-marco", "Marco (service advisor)", "tue-sat", "8-16"),
        ],
        "Australian drivers, tradies texting tersely, retirees writing politely, some fleet admins",
        "a booking made, then a second car booked later in the same conversation, a booked slot moved ('can we push that back a day'), the customer's commitments as limits that pile up ('I start work at 9 so drop-off before 8:30'), a preference later made firm, a day ruled out a turn after a pick ('actually Tuesday won't work after all'), picks by order and time, questions about loan cars and costs between turns, 'cancel that' meaning an earlier item",
    ),
    (
        "c29",
        "beauty and nail salon (manicures, lashes, brows, waxing; group bookings for weddings)",
        "2027-06-14T13:15",
        "America/Los_Angeles",
        45,
        [
            R("tech-lily", "Lily", "tue-sat", "10-19"),
            R("tech-ana", "Ana", "wed-sun", "9-17"),
        ],
        "young clients texting with slang and emoji words, brides-to-be planning carefully, a few mothers booking for daughters, some Vietnamese and Spanish speakers writing English",
        "soft wishes that are not requirements ('saturday ideally', 'every other friday if possible'), an availability question that becomes a booking, a booking then a question then 'actually make it an hour later', a group of bookings for one day, a technician asked for then 'whoever', corrections of a day in the next turn, small talk, thanks, 'never mind' after a question, 'cancel that' after a booking",
    ),
]
CONV_WRITERS += [
    (
        "c30",
        "government service centre (passport renewals, ID cards, driving licence photos and tests, residence permits)",
        "2027-03-08T10:05",
        "Europe/Dublin",
        20,
        [
            R("desk-1", "counter 1", "mon-fri", "9-16"),
            R("desk-2", "counter 2", "mon-fri", "9-16"),
            R("officer-nolan", "Mr. Nolan (permits officer)", "tue,thu", "10-15"),
        ],
        "elderly people writing formally and slowly, recent immigrants writing careful non-native English (Polish, Brazilian, Nigerian, Filipino), a few impatient young people, some who book for a parent",
        "questions about documents and fees between booking turns, 'same time next week' or 'same time but Thursday', 'the day after' or 'the Monday after' a day said or booked earlier, 'an hour later' than the booked slot, picks by time ('the 10:40 one'), a clock given on a day that a later turn rules out, 'cancel that' after questions about two different services (which one it means), a person who says they are busy some hours as context, 'whoever is free'",
    ),
    (
        "c31",
        "restaurant and private dining (table bookings, party size changes, private room for events, allergy questions)",
        "2027-05-20T16:40",
        "Europe/London",
        90,
        [
            R("main-room", "the main room", "tue-sun", "12-23"),
            R("garden", "the garden terrace", "thu-sun", "12-22"),
            R("private-room", "the private room", "wed-sat", "18-23"),
        ],
        "British and Irish diners texting tersely, office assistants booking team dinners formally, a few rambling regulars, some typos and no punctuation",
        "a table booked then the time corrected ('make it 8 instead', 'half an hour later'), 'same time but Saturday', two bookings in one conversation (a dinner and a lunch) and then 'cancel that' meaning one of them, picks among shown times, a room asked for then 'anywhere is fine', limits added later ('nothing after 9, we have a train'), menu and allergy questions between turns, thanks and small talk",
    ),
    (
        "c32",
        "home tech support visits (Wi-Fi and printer setup, TV mounting, smart home installs, small-office IT)",
        "2027-08-09T13:25",
        "America/Chicago",
        60,
        [
            R("tech-raul", "Raul", "mon-fri", "8-18"),
            R("tech-kim", "Kim", "tue-sat", "9-17"),
        ],
        "rambling homeowners, small-business owners in a hurry, speech-to-text messages with misheard words, a few seniors unsure of the technology, typos",
        "cross-turn references ('later that week', 'the monday after', 'that day after 3', 'same time'), a wish loosened a turn later ('actually any afternoon is fine'), a technician asked for then 'whoever is free', an arrival window questioned then booked, reschedules of the booked visit, a second visit for another address, 'never mind' after a question, 'cancel that' after a booking, price questions",
    ),
]
CONV_WRITERS += [
    (
        "c33",
        "dog training school (puppy classes, private training sessions, behaviour consultations, day training)",
        "2027-10-04T17:50",
        "America/Toronto",
        60,
        [
            R("trainer-sam", "Sam", "mon-fri", "9-19"),
            R("trainer-priya", "Priya", "wed-sun", "8-16"),
        ],
        "chatty dog owners, anxious owners of reactive dogs writing long messages, terse busy professionals, some French-Canadian English",
        "a class asked about then a private session booked, a limit added two turns later ('oh, and not Fridays'), 'same time next week' after a booking, 'the day before' a day said earlier, a trainer asked for then 'whoever', picks by rank and by time, a question and a wish in one turn, 'cancel that' after questions about two kinds of class, corrections of the day a turn later, thanks and small talk",
    ),
    (
        "c34",
        "mortgage broker and financial adviser (first meetings, document reviews, video calls, signing appointments)",
        "2027-01-25T12:40",
        "Australia/Sydney",
        45,
        [
            R("adv-kate", "Kate", "mon-fri", "9-17"),
            R("adv-hamid", "Hamid", "tue-sat", "10-18"),
        ],
        "couples booking together and writing formally, first-home buyers nervous and wordy, self-employed tradies texting in short bursts",
        "both partners' limits ('I finish at 5 but she can't do before 6'), an availability question that becomes a booking, a booked meeting moved ('can we push it back an hour', 'the Monday after instead'), a wish loosened later ('actually any weekday works'), a video call vs the office as context, 'cancel that' meaning the earlier of two meetings, questions about fees and documents between turns, picks among shown times",
    ),
]
CONV_WRITERS += [
    (
        "c35",
        "veterinary hospital (wellness checks, vaccinations, dental cleanings, surgery drop-offs, urgent visits)",
        "2027-02-22T16:05",
        "America/Denver",
        30,
        [
            R("vet-okafor", "Dr Okafor", "mon-fri", "8-18"),
            R("vet-lind", "Dr Lind", "wed-sun", "9-17"),
        ],
        "worried pet owners writing fast with typos, calm farmers with several animals, a few people writing for a neighbour's pet",
        "two pets booked one after the other, 'cancel that' after asking about two different services, picks by clock ('the 10:30 one') and by rank, a day corrected a turn later ('sorry I meant Thursday'), a limit added later ('oh and not before 10'), 'same time the week after' after a booking, 'the day before' a day said earlier, a vet asked for then 'whoever', questions about costs and fasting between bookings, thanks",
    ),
    (
        "c36",
        "dermatology and skin clinic (mole checks, acne follow-ups, laser sessions, patch tests over three visits)",
        "2027-06-14T09:35",
        "Europe/Berlin",
        30,
        [
            R("derm-vogel", "Dr Vogel", "mon-thu", "8-16"),
            R("derm-okeke", "Dr Okeke", "tue-sat", "10-18"),
        ],
        "non-native English (German, Turkish, Polish speakers), formal and careful, some very short follow-ups, a few anxious patients",
        "a series of visits ('patch test Monday, then read on Wednesday and Friday'), a wider wish narrowed a turn later ('next week' then 'Tuesday then'), 'actually any morning is fine' loosening, the booked visit moved ('can we make it an hour earlier'), goal shifts between booking and questions, 'never mind' after a question, 'cancel that' after a booking, a doctor ruled out later ('not Dr Vogel please'), picks among shown times",
    ),
]
CONV_WRITERS += [
    (
        "c37",
        "coworking space (meeting rooms, phone booths, day desks, event space viewings)",
        "2027-04-12T08:50",
        "Europe/Lisbon",
        60,
        [
            R("room-tejo", "Tejo meeting room", "mon-fri", "8-20"),
            R("room-douro", "Douro meeting room", "mon-sat", "9-18"),
        ],
        "freelancers and startup people writing fast in chat style, a few formal corporate assistants, Portuguese and Brazilian English speakers",
        "a room asked for then 'either room is fine', a booking extended or shortened a turn later ('make it 2 hours'), 'same time tomorrow' after a booking, 'the day after' a day said earlier, a limit added later ('not before 10 though'), questions about prices, wifi and screens between turns, 'cancel that' after questions about two rooms, a second booking for another day, picks by rank and by time, corrections ('sorry, Wednesday not Thursday')",
    ),
]
CONV_WRITERS += [
    (
        "c38",
        "hotel guest services (spa treatments, restaurant tables, airport transfers, late check-out requests)",
        "2027-08-09T09:15",
        "Europe/Rome",
        60,
        [
            R("spa-giulia", "Giulia (spa)", "mon-sun", "9-20"),
            R("spa-marco", "Marco (spa)", "wed-sun", "12-21"),
        ],
        "hotel guests from many countries writing English (American, German, Japanese, Brazilian), couples, business travellers writing tersely from their phones",
        "a treatment booked then moved ('can we make it an hour later'), times in another zone ('my flight leaves at 6pm, that's Rome time'), flight and dinner times as context, 'cancel that' after asking about two treatments, picks by clock ('the 4pm one') and by rank, questions about prices and what's included between bookings, a second booking for a partner, a therapist asked for then 'either is fine', corrections ('sorry, Thursday not Tuesday'), 'same time tomorrow', thanks",
    ),
    (
        "c39",
        "acupuncture and traditional Chinese medicine clinic (first consultations, treatment courses, cupping)",
        "2027-03-15T14:25",
        "America/Vancouver",
        45,
        [
            R("ac-lee", "Dr Lee", "mon-fri", "9-17"),
            R("ac-zhou", "Dr Zhou", "tue-sat", "10-19"),
        ],
        "Mandarin and Cantonese speakers writing English, older patients writing formally, busy professionals texting briefly",
        "a course of weekly sessions ('every Wednesday for 4 weeks'), a limit added a turn later ('oh, not before 11'), a wish loosened ('actually any afternoon is fine'), the booked visit moved ('the day after instead'), goal shifts between booking and questions about herbs and insurance, 'never mind' after a question, 'cancel that' meaning the earlier of two items, a doctor ruled out later, picks among shown times by rank and by clock",
    ),
]
HELD_OUT_WRITERS = [
    (
        "c40",
        "garden centre and landscaping company (design consultations at the customer's home, delivery slots for plants and soil)",
        "2027-05-03T10:40",
        "America/New_York",
        60,
        [
            R("land-ruth", "Ruth", "mon-fri", "8-16"),
            R("land-tomas", "Tomas", "tue-sat", "9-17"),
        ],
        "homeowners writing chatty messages, older gardeners writing formally, contractors texting tersely",
        "a consultation booked then a delivery booked for another day, a day corrected a turn later, 'cancel that' after two items (the consultation or the delivery), picks by clock and by rank, a limit added later, 'same time the week after', questions about prices and plants between turns, 'whoever is free', thanks",
    ),
    (
        "c41",
        "tennis club (court bookings, lessons with a coach, junior sessions)",
        "2027-06-21T18:05",
        "Australia/Melbourne",
        60,
        [
            R("coach-sam", "coach Sam", "mon-fri", "7-20"),
            R("coach-lou", "coach Lou", "thu-sun", "8-18"),
        ],
        "Australian members texting casually, parents booking for kids, a few formal emails",
        "a lesson booked then moved ('push it back half an hour'), 'the day after' a day said earlier, a coach asked for then ruled out, 'cancel that' after a lesson and a question, picks by rank and by clock, a wider wish narrowed later ('next week' then 'Wednesday then'), questions about prices and rackets between turns, thanks",
    ),
]
CONV_WRITERS += HELD_OUT_WRITERS
# training writers added after the held-out ones (a calendar's seed is its row's place)
CONV_WRITERS += [
    (
        "c42",
        "laundry and dry-cleaning pick-up and delivery service (collection and drop-off windows at the customer's door, alterations fittings in the shop)",
        "2027-09-13T08:20",
        "America/Chicago",
        30,
        [
            R("van-north", "the north van", "mon-sat", "7-19"),
            R("van-south", "the south van", "mon-fri", "9-21"),
        ],
        "shift workers and commuters texting tersely, busy parents, a few retirees writing full sentences",
        "the customer's own schedule as context ('I leave for work at 7:30 and I'm back by 6', 'I'm on nights this week'), times that are not wishes (a party on Saturday the shirts are for), a limit added a turn later ('but not before 10'), a collection booked then a delivery for another day, 'cancel that' meaning the earlier item, picks by clock and by rank, corrections ('sorry, Thursday not Tuesday'), questions about prices and stains between turns, thanks",
    ),
    (
        "c43",
        "hearing aid and audiology clinic (hearing tests, hearing aid fittings and adjustments, ear wax removal)",
        "2027-02-08T11:05",
        "Europe/Dublin",
        45,
        [
            R("aud-niamh", "Niamh", "mon-thu", "9-17"),
            R("aud-kevin", "Kevin", "tue-sat", "10-18"),
        ],
        "older patients writing formally and at length, adult children booking for a parent, Irish phrasing",
        "context times that are not wishes (the bus gets in at 10:40, a GP appointment at 11 the same day, the daughter finishes work at 5), a wish narrowed a turn later ('Tuesday then, after lunch'), a limit added later ('nothing before half ten'), an audiologist asked for then 'whoever is free', the booked visit moved ('a week later instead'), questions about batteries and prices between turns, 'never mind' after a question, picks by rank and by weekday, thanks",
    ),
    (
        "c44",
        "kayak, paddleboard and small boat hire at a lake marina (hire by the hour, guided tours, safety briefings)",
        "2027-07-05T07:50",
        "America/Denver",
        60,
        [
            R("dock-a", "dock A", "mon-sun", "7-20"),
            R("dock-b", "dock B", "wed-sun", "9-18"),
        ],
        "holidaymakers texting casually, families planning a day out, a few group organisers writing emails",
        "a clock range that is the hire itself ('a kayak from 9 to 11'), times that are context (the campsite check-out at 11, a dinner reservation at 7, sunset around 8:30), 'the day after' a day said earlier, a limit added later ('we need to be back by 4'), a hire extended a turn later ('make it 3 hours'), 'cancel that' after a hire and a tour, questions about life jackets, prices and weather between turns, picks by rank and by clock, thanks",
    ),
    (
        "c45",
        "independent school admissions office (school tours for parents, entrance assessments, meetings with the head)",
        "2027-10-18T13:30",
        "Europe/London",
        45,
        [
            R("adm-clare", "Mrs Clare", "mon-fri", "8-16"),
            R("adm-owen", "Mr Owen", "mon-fri", "10-18"),
        ],
        "parents writing polite emails, some very brief texts from working parents, a grandparent writing for the family",
        "times that belong to the family's week, not the booking (school pick-up at 3:15, nursery drop-off at 8:45, a train at 5), a wish stated then loosened ('actually any afternoon that week'), a firm limit ('it must be over by 3'), 'the week after next', a tour booked then an assessment booked, 'cancel that' meaning the tour, a staff member asked for then ruled out, questions about fees and uniforms between turns, picks by rank and by day, thanks",
    ),
    (
        "c46",
        "house-call veterinary service (home visits for vaccinations, senior pet checks, euthanasia consultations, post-op checks)",
        "2027-04-12T16:45",
        "America/Los_Angeles",
        40,
        [
            R("vet-ana", "Dr. Ana", "mon-fri", "8-17"),
            R("vet-ray", "Dr. Ray", "tue-sat", "10-19"),
        ],
        "anxious pet owners writing long emotional messages, nurses and other shift workers texting between shifts, Spanish speakers writing English",
        "the owner's shifts and other commitments as context ('I work 7 to 3 Monday to Thursday'), a time that is the pet's routine (feeding at 5), a limit added later, a visit booked then moved ('push it an hour later'), a vet asked for then 'either is fine', 'cancel that' after a booking and a question about medication, picks by clock and by rank, corrections across turns, questions about costs between turns, thanks",
    ),
]
CONV_WRITERS += [
    (
        "c47",
        "EV charger installation and home energy surveys (site surveys at the customer's home, installation days, follow-up inspections)",
        "2027-03-22T12:10",
        "America/Chicago",
        90,
        [
            R("crew-diaz", "the Diaz crew", "mon-fri", "8-17"),
            R("crew-holt", "the Holt crew", "tue-sat", "9-18"),
        ],
        "Texan homeowners texting casually, engineers writing precise emails, a landlord booking for tenants",
        "an availability question first ('do y'all have anything Saturday?') then 'book it', a survey booked then the install booked for a later week, 'a week later' and 'the day after that' said of an earlier day, a crew asked for then ruled out, 'never mind, keep the original', the customer's work hours as exclusions, a limit added later, picks by rank, by weekday and by clock, questions about permits and prices between turns, corrections, thanks",
    ),
    (
        "c48",
        "formalwear tailoring and alterations (first fittings, second fittings, pick-ups of finished garments)",
        "2027-05-10T17:35",
        "America/Toronto",
        30,
        [
            R("tailor-nadia", "Nadia", "tue-sat", "10-19"),
            R("tailor-joe", "Joe", "mon-fri", "9-17"),
        ],
        "brides and grooms planning weddings, groomsmen texting tersely, mothers of the bride writing long emails, a few French-Canadian speakers",
        "the wedding date and rehearsal dinner as context, a fitting wanted 'at least two weeks before the wedding', several people in a party booking one after another ('and my brother right after'), a fitting moved ('can we do the same time Thursday instead'), 'cancel that' meaning the brother's fitting, picks by rank and by clock, a tailor asked for then 'whoever', a limit added a turn later ('has to be after work, so 5:30 or later'), questions about prices and rush fees between turns, thanks",
    ),
    (
        "c49",
        "home blood tests and mobile phlebotomy (a nurse visits the home; fasting tests must be early morning)",
        "2027-01-18T19:20",
        "Europe/London",
        20,
        [
            R("nurse-priya", "Nurse Priya", "mon-fri", "7-15"),
            R("nurse-gareth", "Nurse Gareth", "mon-sat", "7-12"),
        ],
        "elderly patients and carers writing formally, busy professionals texting, British phrasing ('half seven', 'Tuesday week')",
        "fasting tests that must be early ('it's a fasting one so first thing'), the patient's other appointments and carers' visits as exclusions, a visit moved a turn later ('could we go half an hour later'), goal shifts to questions about results and fees and back, 'cancel that' after two items (a blood test and a carer's question), picks by rank and by clock, a nurse asked for then 'either is fine', corrections across turns, thanks",
    ),
    (
        "c50",
        "immigration and visa law firm (video consultations with clients abroad, document review meetings in the office)",
        "2027-06-07T09:05",
        "America/New_York",
        60,
        [
            R("atty-kim", "Attorney Kim", "mon-fri", "9-18"),
            R("atty-osei", "Attorney Osei", "mon-thu", "8-16"),
        ],
        "clients abroad writing English as a second language (Philippines, India, Brazil, Nigeria), US relatives writing on their behalf, formal and terse",
        "times given in the client's own zone ('3pm Manila time', 'my evening in Lagos'), a zone corrected a turn later ('sorry, I meant New York time'), a consultation booked then a document review booked for another day, 'cancel that' meaning the earlier item, an attorney asked for then ruled out, the client's work hours as exclusions, a limit added later, picks by rank and by clock, questions about fees and documents between turns, thanks",
    ),
]
CONV_WRITERS += [
    (
        "c51",
        "orthopaedic and sports injury clinic (consultant appointments, scans, injections, post-op reviews)",
        "2027-11-01T08:55",
        "Europe/London",
        30,
        [
            R("mr-hughes", "Mr Hughes", "mon-thu", "9-17"),
            R("ms-adeyemi", "Ms Adeyemi", "tue-sat", "8-14"),
        ],
        "injured amateur athletes texting tersely, older patients writing formally, a few physios booking for their patients",
        "a scan booked then a consultant review 'a week after the scan', picks by clock and by day ('the Tuesday one', 'the 10:20'), the patient's own physio and work as exclusions, a limit added later ('has to be after 4, I can't leave work'), a wish loosened ('any day that week is fine actually'), 'cancel that' meaning the earlier item, a consultant asked for then 'whoever', questions about referrals and costs between turns, a stated length ('the injection takes an hour'), corrections, thanks",
    ),
    (
        "c52",
        "mobile mechanic and roadside servicing (oil changes, brake jobs, battery swaps at the customer's home or office car park)",
        "2027-05-24T13:40",
        "America/Phoenix",
        60,
        [
            R("mech-ray", "Ray", "mon-sat", "7-16"),
            R("mech-dina", "Dina", "tue-sun", "10-19"),
        ],
        "tradespeople and commuters texting with typos, retirees writing full sentences, office managers booking for a fleet",
        "the car's availability as context ('my wife takes it to work till 5'), a job that takes longer ('brakes are 2 hours'), a booking moved ('push it to 3'), 'same time next week', picks by clock and by rank, a mechanic asked for then ruled out, availability questions then 'book it', 'cancel that' after a booking and a quote question, limits added later, questions about prices and parts between turns, thanks",
    ),
    (
        "c53",
        "student counselling and wellbeing service at a university (first appointments, follow-ups, group workshops)",
        "2027-02-22T10:10",
        "America/Vancouver",
        50,
        [
            R("couns-jo", "Jo", "mon-fri", "9-17"),
            R("couns-amir", "Amir", "mon-thu", "12-20"),
        ],
        "students texting casually and anxiously, international students writing careful English, a few staff booking for students",
        "the student's lectures, labs and shifts as exclusions ('I have lab 2-5 on Tuesdays'), exam dates as context, a wish narrowed later ('actually Thursday if possible'), a counsellor asked for then 'either is fine', 'never mind' after a question, 'cancel that' meaning a workshop asked about, picks by day and by rank, corrections two turns later, questions about confidentiality and costs between turns, thanks",
    ),
    (
        "c54",
        "window cleaning and gutter clearing company (home visits, commercial contracts, quotes on site)",
        "2027-08-30T18:25",
        "Australia/Perth",
        90,
        [
            R("team-blue", "the blue team", "mon-fri", "7-15"),
            R("team-green", "the green team", "wed-sat", "8-16"),
        ],
        "homeowners texting casually, strata managers writing formal emails, elderly customers who want to be home",
        "'I need to be home so after 2', the dog walker or a delivery as context, a quote visit then the job booked a week later, a visit moved ('can you come an hour earlier'), 'the day after' a day said earlier, a team asked for then 'whoever', 'cancel that' after two items, picks by clock and by rank, a limit added later, questions about prices and ladders between turns, thanks",
    ),
]
# held out as well (train.HELD_OUT): more conversations no reader trained on, for the rule
HELD_OUT_WRITERS_2 = [
    (
        "c55",
        "beauty salon and brow bar in a shopping centre (brows, lashes, facials, waxing)",
        "2027-04-26T12:35",
        "Europe/Dublin",
        45,
        [
            R("beau-aoife", "Aoife", "mon-sat", "9-18"),
            R("beau-sinead", "Sinead", "wed-sun", "11-20"),
        ],
        "young customers texting with slang and emoji words, mothers booking for daughters, office workers on lunch breaks",
        "lunch breaks and work as exclusions ('I only get 12 to 1'), a debs or wedding date as context, a treatment added a turn later ('and brows too'), a booking moved ('can we do an hour later'), 'cancel that' after two treatments, picks by clock and by rank, a stylist asked for then 'whoever', a limit added later, questions about prices and patch tests between turns, corrections, thanks",
    ),
    (
        "c56",
        "appliance and boiler repair call-outs (engineer visits in AM/PM windows, follow-up visits with parts)",
        "2027-10-11T07:55",
        "America/New_York",
        120,
        [
            R("eng-marcus", "Marcus", "mon-fri", "8-18"),
            R("eng-paula", "Paula", "mon-sat", "7-15"),
        ],
        "homeowners writing stressed messages about broken appliances, landlords booking for tenants, elderly customers who need someone home",
        "someone home only at certain times ('my son is there till 1'), a visit booked then a follow-up 'once the part arrives, say next Thursday', an engineer asked for then ruled out, 'first thing', a limit added later, 'cancel that' meaning the follow-up, picks by rank and by clock, questions about call-out fees and warranties between turns, corrections, thanks",
    ),
]
CONV_WRITERS += HELD_OUT_WRITERS_2

# more training writers (2026-12-06): turns that add one thing, context that is not a wish
MORE_CONV_WRITERS = [
    (
        "c57",
        "community pharmacy clinic (flu and COVID jabs, travel vaccine consultations, blood pressure checks, medicine reviews)",
        "2027-03-15T08:50",
        "Pacific/Auckland",
        15,
        [
            R("pharm-hemi", "Hemi", "mon-fri", "9-17"),
            R("pharm-grace", "Grace", "tue-sat", "10-18"),
        ],
        "New Zealand English, older customers texting short messages, busy parents, a few rambling voice-to-text messages",
        "short follow-up turns that add one thing ('in the morning', 'after lunch pls', 'not mon'), what the customer is doing as context and not a wish ('I work nights', 'my bus gets in at 10.15'), a slip corrected ('sorry I meant wed'), picks by clock ('the 9.30 one') and by rank, a pharmacist asked for then 'either', questions about prices and what to bring between turns, 'cancel that' after two items, thanks",
    ),
    (
        "c58",
        "portrait photography studio (family shoots, headshots, passport photos, newborn sessions)",
        "2027-05-03T13:05",
        "Africa/Johannesburg",
        60,
        [
            R("photo-thandi", "Thandi", "mon-sat", "9-17"),
            R("photo-sipho", "Sipho", "wed-sun", "10-19"),
        ],
        "South African and Nigerian English, chatty and warm, some long messages with family details, some very short texts",
        "family plans as context ('school run till 8.30', 'church on Sunday morning'), 'same photographer as last time', two sessions one after the other, a date typo corrected ('sorry, the 14th not the 4th'), a turn that only narrows ('earlier if possible'), picks by rank and by clock, a question about prices then 'book it', 'cancel that' meaning an earlier item, thanks",
    ),
    (
        "c59",
        "music rehearsal rooms and recording studio hire (rooms by the hour, engineer-led recording sessions)",
        "2027-09-20T16:40",
        "America/Chicago",
        120,
        [
            R("room-a", "Room A", "mon-sun", "10-23"),
            R("studio-1", "Studio 1 with an engineer", "tue-sat", "12-22"),
        ],
        "musicians texting in lowercase with slang and typos, a band manager writing tidy emails",
        "band members' jobs and gigs as context ('our drummer works till 6'), a length changed ('make it 3 hours'), 'same room as last week', 'push it an hour later', a day ruled out a turn later, retractions ('scrap that, friday'), picks by clock and rank, questions about gear and prices between turns, 'cancel that' after two bookings, thanks",
    ),
    (
        "c60",
        "occupational health clinic (pre-employment medicals, hearing and lung tests, drug and alcohol screens)",
        "2027-11-08T07:30",
        "Australia/Brisbane",
        40,
        [
            R("oh-dr-kaur", "Dr. Kaur", "mon-fri", "7-15"),
            R("oh-nurse-ben", "nurse Ben", "mon-sat", "6-14"),
        ],
        "HR and site admins writing formal emails for workers, workers texting from site tersely with typos",
        "shift patterns as context or limits ('he's on nights this week', 'before his 2pm start'), booking for someone else, a correction of the day ('not thurs, friday'), 'whoever is free', a turn that adds only a limit ('has to be before 10'), an availability question turned into a booking, picks by rank, 'cancel that' meaning a test asked about earlier, questions between turns, thanks",
    ),
]
MORE_CONV_WRITERS += [
    (
        "c61",
        "child psychology and ADHD assessment clinic (first consultations, assessment sessions over two days, parent feedback meetings)",
        "2027-04-12T08:40",
        "America/Denver",
        60,
        [
            R("dr-whitfield", "Dr. Whitfield", "mon-thu", "8-17"),
            R("dr-osei", "Dr. Osei", "tue-sat", "9-18"),
        ],
        "American parents, some separated and coordinating custody weeks ('I have him every other weekend'), teachers' schedules, long worried messages and quick texts from work",
        "custody and school schedules as context ('she's with her dad mon-wed'), a day corrected a turn later ('sorry, not the 20th, the 21st'), 'same time as before', a second session booked after the first ('and the follow-up a week later'), a doctor asked for then 'either is fine', a turn that only adds a limit, picks by rank, clock and weekday, an availability question then a booking, 'cancel that' meaning an earlier item, questions about insurance and reports between turns, thanks",
    ),
    (
        "c62",
        "barbershop in London (skin fades, beard trims, kids' cuts; walk-in questions)",
        "2027-06-07T11:05",
        "Europe/London",
        30,
        [
            R("barber-dele", "Dele", "tue-sat", "10-20"),
            R("barber-yusuf", "Yusuf", "mon-fri", "9-18"),
        ],
        "young Londoners texting in Multicultural London English and slang ('wagwan', 'bare busy', 'innit', 'safe'), dads booking for sons, an older customer writing politely",
        "college and work shifts as context ('I finish at half 5'), 'half 4' and 'quarter to', 'after school', 'this sat or next', a barber asked for or 'whoever's free', a change of barber a turn later, retractions ('nah scrap that, thursday'), picks by clock and rank ('the 4 one', 'second one'), a cut for two people one after the other, price questions between turns, 'cancel that' meaning an earlier item, 'cheers'",
    ),
]
MORE_CONV_WRITERS += [
    (
        "c63",
        "home care agency (nurse visits to an elderly parent's home, carer shifts, assessments with a care coordinator)",
        "2027-10-18T13:15",
        "America/Toronto",
        60,
        [
            R("nurse-amelie", "nurse Amélie", "mon-fri", "8-16"),
            R("coord-davis", "care coordinator Davis", "mon-thu", "10-18"),
        ],
        "adult children coordinating care for a parent across siblings and time zones, some French-Canadian, long careful emails and quick texts from work, one elderly parent writing for herself",
        "the parent's routine as context ('mum naps after lunch', 'dialysis is tues and thurs mornings'), a sibling's availability as a limit ('my brother can only be there after 5'), a day corrected a turn later, 'same time next week', a second visit a week after the first, the nurse asked for then 'whoever', a turn that only adds a limit, picks by rank and by day, an availability question then a booking, 'cancel that' meaning an earlier item, questions about costs and medication between turns, thanks",
    ),
    (
        "c64",
        "laser eye surgery clinic (free consultations, surgery days, next-day and one-week post-op checks)",
        "2027-03-22T10:00",
        "America/Phoenix",
        45,
        [
            R("dr-alvarez", "Dr. Alvarez", "tue-fri", "7-15"),
            R("optom-kim", "optometrist Kim", "mon-sat", "8-17"),
        ],
        "American patients of all ages, Hispanic families writing English with some Spanish, retirees writing formally, busy workers texting tersely",
        "linked appointments ('and the check the day after', 'a week after the surgery'), someone driving them as a limit ('my son can only drive me before noon'), work as context, a correction of the date ('no wait, the 30th'), 'same time', a provider asked for then 'either', picks by rank, clock and weekday, an availability question then a booking, 'cancel that' meaning an earlier item, questions about price, financing and contact lenses between turns, thanks",
    ),
]
MORE_CONV_WRITERS += [
    (
        "c65",
        "ski and snowboard school in Colorado (private lessons by the half day or full day, kids' group lessons, equipment fitting slots)",
        "2027-01-25T07:45",
        "America/Denver",
        120,
        [
            R("instr-jake", "Jake", "mon-sun", "8-16"),
            R("instr-sofia", "Sofia", "wed-sun", "8-16"),
        ],
        "vacationing families from Texas and the UK, Australian seasonal workers, teens texting, a corporate group organiser writing formal emails",
        "half day and full day ('a morning half day', 'the whole day'), first lift and the last lesson as limits, the family's flights and arrival days as context ('we land Thursday night'), several lessons over the trip ('every morning Fri to Sun'), a lesson for the kids then one for the parents right after, an instructor asked for then 'whoever is free', a day corrected a turn later, picks by rank and clock, weather worries, questions about rentals, prices and ages between turns, 'cancel that' meaning an earlier item, thanks",
    ),
    (
        "c66",
        "diagnostic centre in Bengaluru (blood tests with home sample collection, ultrasound scans, full body check-up packages)",
        "2027-06-14T08:05",
        "Asia/Kolkata",
        30,
        [
            R("home-collection", "home sample collection", "mon-sun", "6-12"),
            R("scan-room", "the ultrasound room", "mon-sat", "9-19"),
        ],
        "Indian English with Hindi and Kannada words ('kal', 'parso', 'morning-morning', 'tomorrow itself', 'prepone'), busy IT workers texting from office, older parents' children booking for them, WhatsApp-style short messages",
        "fasting as a limit ('before 9, I will be fasting'), office timings as context ('I log in at 10'), 'tomorrow itself', 'day after', 'prepone' said of a booking, a home collection then a scan the same day, 'same time' for a parent, a day corrected a turn later, picks by rank and clock, an availability question then a booking, 'cancel that' meaning an earlier item, questions about reports, prices and packages between turns, thanks",
    ),
]
MORE_CONV_WRITERS += [
    (
        "c67",
        "letting agency in Dublin (rental viewings, often in groups; inventory check-ins; landlord valuations)",
        "2027-08-30T09:20",
        "Europe/Dublin",
        20,
        [
            R("agent-siobhan", "Siobhán", "mon-fri", "9-18"),
            R("agent-tomas", "Tomás", "mon-sat", "10-19"),
        ],
        "Irish renters and students texting fast and worried ('any chance of a viewing', 'grand', 'I'm in work til half 5'), international students and workers writing careful English, a landlord writing formal emails",
        "work and lectures as context ('I'm in work til half 5'), viewings for a couple or friends who must both make it ('my partner can only do after 6'), 'this evening if at all possible', a day corrected a turn later, 'the same time as the other flat', a second viewing booked after the first, an agent asked for then 'whoever', picks by rank and clock, an availability question then a booking, 'cancel that' meaning an earlier viewing, questions about rent, deposits and pets between turns, thanks",
    ),
    (
        "c68",
        "tyre and oil change shop in rural Alabama (oil changes, tyre rotations, alignments, state inspections; walk-in questions)",
        "2027-10-04T07:10",
        "America/Chicago",
        45,
        [
            R("bay-1", "Bay 1", "mon-sat", "7-17"),
            R("bay-2", "the alignment bay", "mon-fri", "8-16"),
        ],
        "Southern US English ('fixin to', 'might could', 'y'all', 'after church', 'dinner' meaning lunch), farmers and shift workers texting tersely, retirees writing long polite messages, a fleet manager for a small business",
        "shift and farm work as context ('I get off at 3'), 'first thing in the morning', 'after dinner' (midday), a car and a truck one after the other, a day corrected a turn later, 'same time next week' for the second vehicle, an availability question then a booking, picks by rank and clock, 'cancel that' meaning an earlier item, questions about prices and tyre sizes between turns, thanks",
    ),
]
MORE_CONV_WRITERS += [
    (
        "c69",
        "farm equipment dealership service department in Saskatchewan (tractor and combine servicing, on-farm service calls, parts pickups)",
        "2027-08-23T07:20",
        "America/Regina",
        90,
        [
            R("tech-olson", "Olson (field tech)", "mon-sat", "7-17"),
            R("shop-bay", "the shop bay", "mon-fri", "8-16"),
        ],
        "Canadian prairie farmers texting tersely from the field ('eh', 'after harvest', 'before we start combining'), a farm manager writing tidy emails, an older farmer writing long polite messages",
        "harvest and weather as context or limits ('can't spare the combine till the canola's off', 'if it rains Thursday we could bring it in'), a field call then a shop booking, a day corrected a turn later, 'same time as last year's service', a tech asked for then 'whoever', picks by rank and clock, an availability question then a booking, 'cancel that' meaning an earlier item, questions about parts and prices between turns, thanks",
    ),
    (
        "c70",
        "natural hair and braiding salon in Atlanta (silk presses, twists, loc retwists, kids' styles)",
        "2027-05-03T10:30",
        "America/New_York",
        120,
        [
            R("stylist-keisha", "Keisha", "tue-sat", "9-19"),
            R("stylist-dre", "Dre", "wed-sun", "10-18"),
        ],
        "young Black American customers texting casually ('finna', 'lowkey', 'bet', 'ion know'), moms booking for daughters before school events, professional women writing tidy messages, some long voice-to-text run-ons",
        "work and school events as limits ('she got picture day Friday so it has to be before'), long sessions ('it's like 4 hours'), a stylist asked for then 'whoever got time', a change of stylist a turn later, a day corrected a turn later ('nvm not saturday, sunday'), picks by rank and clock, a second booking for a daughter after the mom's, questions about deposits, prices and hair to bring between turns, 'cancel that' meaning an earlier item, thanks",
    ),
]
MORE_CONV_WRITERS += [
    (
        "c71",
        "dental clinic in Manila (cleanings, fillings, braces adjustments, extractions)",
        "2027-07-12T10:10",
        "Asia/Manila",
        45,
        [
            R("dra-santos", "Dra. Santos", "mon-sat", "9-18"),
            R("dr-reyes", "Dr. Reyes", "tue-sat", "10-19"),
        ],
        "Filipino customers texting in Taglish ('po', 'bukas', 'mamaya' meaning later today, 'sa Sabado', 'pwede po ba'), call-centre workers on night shifts, students, parents booking for kids, an OFW's family booking from abroad",
        "night shift and traffic as limits ('I get off at 6am so after I sleep, mga 2pm'), 'mamaya' and 'bukas' as days, a day corrected a turn later, 'same time' for a sibling, braces adjustments every month, a dentist asked for then 'kahit sino', picks by rank and clock, an availability question then a booking, 'cancel that' meaning an earlier item, questions about prices and HMO cards between turns, thanks",
    ),
    (
        "c72",
        "outdoor activity centre in the Scottish Highlands (guided kayaking, climbing sessions, mountain bike hire slots)",
        "2027-07-26T08:00",
        "Europe/London",
        120,
        [
            R("guide-fraser", "Fraser", "mon-sat", "8-18"),
            R("guide-ailsa", "Ailsa", "wed-sun", "9-19"),
        ],
        "Scottish locals texting ('the morn', 'aye', 'wee', 'efter'), English and European tourists writing careful English, a school group leader writing formal emails, families on holiday",
        "weather and midges as context, the tourists' travel days as limits ('we leave Friday morning'), a kayak in the morning then climbing in the afternoon, a guide asked for then 'whoever', a day corrected a turn later, 'same time the morn', picks by rank and clock, an availability question then a booking, 'cancel that' meaning an earlier item, questions about kit, prices and ages between turns, thanks",
    ),
]
MORE_CONV_WRITERS += [
    (
        "c73",
        "car rental counter at Cancun airport and the hotel zone (pick-up and return slots, vehicle swaps, child seat fittings)",
        "2027-02-15T09:20",
        "America/Cancun",
        30,
        [
            R("desk-airport", "Airport desk", "mon-sun", "7-22"),
            R("desk-hotel", "Hotel zone desk", "mon-sat", "9-18"),
        ],
        "tourists from the US, Canada, the UK and Mexico City writing English (some Spanish words: 'mañana', 'la tarde', 'a las 3'), people writing from home before they fly in their own time zones, families, a travel agent booking for clients",
        "flight times in other zones as limits ('we land at 2:40pm your time'), a pick-up then a return booked in the same conversation, a desk asked for then 'whichever is closer', a day corrected a turn later, picks by rank and clock, an availability question then a booking, 'cancel that' meaning an earlier item, questions about insurance, deposits and toll roads between turns, thanks",
    ),
    (
        "c74",
        "dermatology and skin clinic in Seoul for residents and medical tourists (consultations, laser sessions, follow-ups)",
        "2027-05-10T10:00",
        "Asia/Seoul",
        30,
        [
            R("dr-kim", "Dr Kim", "mon-fri", "10-19"),
            R("dr-park", "Dr Park", "tue-sat", "9-18"),
        ],
        "Korean customers writing English as a second language, foreign residents texting casually, medical tourists writing from their home zones before they travel (Singapore, Sydney, Los Angeles), a concierge booking for a group",
        "travel days and hotel check-out as limits, a consultation then a laser session two days later, a doctor asked for then 'anyone', a day corrected a turn later, picks by rank and clock ('the 2nd one', 'the 4:30'), an availability question then a booking, 'cancel that' meaning an earlier item, questions about prices, downtime and aftercare between turns, thanks",
    ),
]
MORE_CONV_WRITERS += [
    (
        "c75",
        "veterinary clinic in Auckland (consultations, vaccinations, dental cleans, desexing surgery drop-offs)",
        "2027-07-05T08:30",
        "Pacific/Auckland",
        20,
        [
            R("vet-hemi", "Dr Hemi", "mon-fri", "8-18"),
            R("vet-sarah", "Dr Sarah", "tue-sat", "9-17"),
        ],
        "New Zealand English ('heaps', 'sweet as', 'arvo', 'choice'), farmers writing short texts, anxious first-time pet owners writing long messages, a flatmate booking for someone else",
        "'whoever's on' or 'either vet' said as a wish and kept across turns, then a named vet asked for later, a firm limit given as a reason ('I work nights so nothing before 11'), a clock corrected but the day kept a turn later, picks by rank and clock, an availability question then a booking, 'cancel that' meaning an earlier item, questions about prices and fasting before surgery between turns, thanks",
    ),
    (
        "c76",
        "tax preparation office in Houston (tax return appointments, document drop-offs, ITIN applications)",
        "2027-02-22T11:00",
        "America/Chicago",
        30,
        [
            R("preparer-rosa", "Rosa", "mon-sat", "9-19"),
            R("preparer-kevin", "Kevin", "mon-fri", "10-18"),
        ],
        "bilingual Spanish-English customers ('el sábado', 'after work como a las 6'), small business owners texting terse, older customers writing formal, a son booking for his parents",
        "'either of you is fine' or 'whoever' said as a wish then kept, firm limits given as reasons, a day corrected a turn later, a second appointment for a spouse right after, picks by rank and clock, an availability question then a booking, 'cancel that' meaning an earlier item, questions about documents and fees between turns, thanks",
    ),
]
MORE_CONV_WRITERS += [
    (
        "c77",
        "massage, acupuncture and physiotherapy clinic in Vancouver (60 and 90 minute massages, acupuncture sessions, physio assessments)",
        "2027-05-17T10:10",
        "America/Vancouver",
        60,
        [
            R("rmt-jenny", "Jenny", "mon-fri", "9-19"),
            R("acu-li", "Dr Li", "tue-sat", "10-18"),
        ],
        "Canadian English, Cantonese and Mandarin speakers writing English with some Chinese words, office workers texting on breaks, an older customer writing formal long messages, someone booking for a parent",
        "a length changed a turn later ('make it 90 min'), a firm limit given as a reason ('I have to pick up my son at 3'), a day corrected a turn later while the part of day is kept, a practitioner asked for, refused or 'whoever is free', picks by rank, clock and day ('the Thursday one'), an availability question then a booking, 'cancel that' meaning an earlier item, insurance and price questions between turns, thanks, a second booking for a parent right after",
    ),
    (
        "c78",
        "dog grooming and pet daycare in San Antonio, Texas (full grooms, bath and nail trims, daycare drop-off days)",
        "2027-10-04T07:45",
        "America/Chicago",
        60,
        [
            R("groomer-dani", "Dani", "tue-sat", "8-16"),
            R("groomer-luis", "Luis", "mon-fri", "9-17"),
        ],
        "Texan and Spanish-English customers ('y'all', 'fixing to', 'mañana por la mañana'), busy parents texting short, retirees writing long chatty messages about their dogs, a customer with two dogs",
        "two dogs one after the other or at the same time, a groomer asked for then 'whoever' when she is off, a firm limit given as a reason ('I work at 9 so drop-off has to be before 8:30'), a time corrected but the day kept, a goal shift from daycare to grooming and back, picks by rank and clock, an availability question then a booking, 'cancel that' meaning an earlier item, questions about prices and vaccines between turns, thanks",
    ),
]
MORE_CONV_WRITERS += [
    (
        "c79",
        "city council services office in Manchester (council tax appointments, housing officer meetings, blue badge applications, bulky waste collection slots)",
        "2027-03-22T09:20",
        "Europe/London",
        30,
        [
            R("officer-begum", "Ms Begum", "mon-fri", "9-17"),
            R("officer-kowalski", "Mr Kowalski", "mon-thu", "10-18"),
        ],
        "Mancunian English ('our kid', 'dead busy', 'half ten', 'me mam'), elderly residents writing long formal messages, angry residents, non-native English (Urdu, Polish, Somali speakers), a carer booking for someone else",
        "an availability question then a booking, a goal shift from one service to another and back, 'the week after next', a firm limit given as a reason ('I do the school run so nothing before 9.30'), a day corrected a turn later while the time is kept, an officer asked for, refused ('not him again') or 'whoever', picks by rank, day and clock, 'cancel that' meaning an earlier item after questions about documents and fees, thanks, complaints between turns",
    ),
]
MORE_CONV_WRITERS += [
    (
        "c80",
        "gym with personal training and group classes in Kuala Lumpur (PT sessions, fitness assessments, trial classes, body scans)",
        "2027-04-19T07:30",
        "Asia/Kuala_Lumpur",
        60,
        [
            R("pt-farah", "Coach Farah", "mon-fri", "7-21"),
            R("pt-jason", "Coach Jason", "tue-sun", "8-20"),
        ],
        "Malaysian English and Manglish ('can or not', 'lah', 'tomolo', 'after work around 7 like that', 'got slot?'), office workers texting short, a retiree writing long polite messages, a parent booking for a teenager, someone who fasts in the day and can only come after buka puasa",
        "a coach asked for, refused, then 'anyone also can', a firm limit given as a reason ('I finish work at 6 so only after 7'), a time corrected a turn later with the day kept, a length changed ('make it 90 min'), an availability question then a booking, picks by rank, day and clock, a second session booked for a friend right after, 'cancel that' meaning an earlier item after questions about packages and prices, thanks",
    ),
]
MORE_CONV_WRITERS += [
    (
        "c81",
        "university student advising and counselling centre in Melbourne (academic advising, counselling sessions, disability support meetings, visa advice for international students)",
        "2027-08-09T10:05",
        "Australia/Melbourne",
        50,
        [
            R("adviser-chloe", "Chloe", "mon-fri", "9-17"),
            R("counsellor-arjun", "Arjun", "mon-thu", "10-18"),
        ],
        "undergraduates texting in lowercase, international students from China, India and Vietnam writing careful English, a mature-age student writing long formal messages, an anxious student who apologises a lot",
        "a class timetable as limits ('I have lectures Mon 10-12 and Wed all day'), week numbers and 'the week after next', a firm limit given as a reason ('my shift starts at 4'), a day corrected a turn later with the time kept, an adviser asked for, refused or 'whoever is free', a length changed ('can it be a longer one, like 90 min'), picks by rank, day and clock, an availability question then a booking, 'cancel that' meaning an earlier item, questions about fees, forms and special consideration between turns, thanks",
    ),
]
MORE_CONV_WRITERS += [
    (
        "c82",
        "community legal aid clinic in Philadelphia (intake appointments, tenant hearing preparation, document review, expungement clinics)",
        "2027-01-25T09:00",
        "America/New_York",
        45,
        [
            R("attorney-brooks", "Ms Brooks", "mon-fri", "9-17"),
            R("paralegal-diaz", "Mr Diaz", "mon-thu", "10-19"),
        ],
        "stressed tenants texting from work, African American Vernacular English, Spanish speakers writing English, elderly residents writing long formal messages, a social worker booking for a client",
        "a hearing date as a deadline ('my hearing is the 14th so it has to be before'), a firm limit given as a reason ('I work doubles Tuesday and Thursday'), a day corrected a turn later with the time kept, a staff member asked for, refused or 'whoever', an availability question then a booking, picks by rank, day and clock, 'cancel that' meaning an earlier item after questions about fees and documents, a second appointment for a relative right after, thanks",
    ),
]
CONV_RULE = " (when a customer books a second thing after picking a slot for the first, the first booking's wishes are met, not taken back: they leave holds without being listed in dropped; cancelling one of two bookings lists only that booking's held wishes in dropped, and cancels names that booking's request)"

MORE_CONV_WRITERS += [
    (
        "c83",
        "family dental practice in Houston (cleanings, fillings, kids' checkups, emergency visits, orthodontic consults)",
        "2027-06-07T08:10",
        "America/Chicago",
        45,
        [
            R("dr-nguyen", "Dr Nguyen", "mon-fri", "8-17"),
            R("hyg-rosa", "Rosa the hygienist", "mon-sat", "7-15"),
        ],
        "parents booking for several family members, Spanish speakers writing whole turns in Spanish or mixing Spanish and English ('la primera', 'el de las 10', 'después de las 3', 'lo antes posible'), grandparents writing formal long messages, teens texting in lowercase",
        "several bookings in one conversation (a child, then a parent 'and me too', then a sibling 'same day after hers'), cancelling one of them by who it is for or what it is ('cancel hers, mine can stay', 'take Noah off', 'cancel the filling, keep the cleaning'), picks in Spanish and English by rank and clock, a limit given with its reason ('not Thursday, she has therapy'), school hours as commitments, questions about insurance and prices in between, thanks"
        + CONV_RULE,
    ),
    (
        "c84",
        "nail, brow and hair salon in Birmingham, UK (gel nails, acrylics, brow lamination, cuts and colours, wedding trials)",
        "2027-04-12T09:30",
        "Europe/London",
        45,
        [
            R("tech-jade", "Jade", "tue-sat", "9-18"),
            R("tech-priya", "Priya", "mon-fri", "10-19"),
        ],
        "Brummie and Black British slang, students texting with 'x' and 'lol', brides-to-be writing long excited messages, a mum booking for herself and her daughter, nurses on shifts",
        "add-on services in later turns ('and can I get my brows done same day, straight after', 'also acrylics that Saturday'), 'that Saturday' / 'that friday morning' meaning the week already being talked about, cancelling one service and keeping another ('cancel the nails, keep the brows'), an event date with a booking relative to it ('the day before', 'two weeks before the wedding on the 17th'), shift patterns as commitments, picks by rank, day and clock ('go for 11'), price questions in between, thanks"
        + CONV_RULE,
    ),
    (
        "c85",
        "community health clinic in Los Angeles with Spanish-speaking patients (primary care visits, vaccines, lab draws, follow-ups, WIC appointments)",
        "2027-02-15T08:00",
        "America/Los_Angeles",
        30,
        [
            R("dr-ramirez", "Dr Ramirez", "mon-fri", "8-17"),
            R("np-kim", "Nurse Kim", "mon-sat", "9-18"),
        ],
        "patients writing whole turns in Spanish, others mixing ('ah pero tiene escuela hasta las 2:30, so después de las 3 mejor'), adult children writing in English for elderly parents, field workers texting short messages in the evening",
        "bookings asked in Spanish ('quisiera una cita para mi hija', 'lo antes posible', 'en la tarde porque en la mañana trabajamos'), exclusions with their reasons ('el martes no, tiene terapia'), commitments as limits, a day corrected in the next turn, picks in Spanish ('la segunda', 'la de las 9'), questions about insurance, documents and parking in between, a second appointment for a relative, 'cancel that' meaning the first item after questions, thanks ('gracias!')"
        + CONV_RULE,
    ),
    (
        "c86",
        "vet clinic and grooming parlour in Auckland (vaccinations, desexing consults, dental cleans, full grooms, nail trims)",
        "2027-08-09T08:30",
        "Pacific/Auckland",
        30,
        [
            R("vet-aroha", "Dr Aroha", "mon-fri", "8-17"),
            R("groomer-sam", "Sam the groomer", "tue-sat", "9-16"),
        ],
        "Kiwi English ('sweet as', 'heaps', 'arvo', 'chur'), farmers writing terse messages, retirees writing formally, young flatmates booking for a shared dog",
        "several pets booked in one conversation ('and the cat too, same arvo'), cancelling one pet's booking by name ('take Biscuit off, Max still needs his'), 'that Friday' meaning the week already talked about, 'the day before' / 'the day after' a named date or event, work rosters as commitments, picks by rank, day and clock, questions about prices in between, thanks"
        + CONV_RULE,
    ),
]

MORE_CONV_WRITERS += [
    (
        "c87",
        "resort spa and wellness centre in Bali (massages, couples treatments, facials, yoga classes, private sessions booked from the hotel)",
        "2027-05-17T08:45",
        "Asia/Makassar",
        60,
        [
            R("therapist-made", "Made", "mon-sun", "9-21"),
            R("therapist-ayu", "Ayu", "tue-sun", "10-19"),
        ],
        "hotel guests on holiday: Australians texting casually, honeymooners writing together ('we'), German and Japanese guests writing careful second-language English, a guest still on home time ('that's 2pm Sydney time for me, sorry'), people typing from the pool in fragments",
        "tour and flight times as limits ('we're on a tour till 3', 'our flight is Friday at 6pm so before that'), couples booked side by side or one after another, a therapist asked for, refused or 'either is fine', a day corrected a turn later with the time kept, 'the earlier one' / 'the later one' to pick between two shown times, picks by rank, day and clock ('go for 11', 'the 4:30 one'), an availability question then a booking, a second booking for a partner after the first, 'cancel that' after questions about prices and what to wear, thanks"
        + CONV_RULE,
    ),
    (
        "c88",
        "auto repair and tyre shop in Atlanta (oil changes, brake jobs, diagnostics, state inspections, tyre rotations; drop-off or wait)",
        "2027-10-04T07:30",
        "America/New_York",
        60,
        [
            R("bay-1", "Marcus (bay 1)", "mon-sat", "7-18"),
            R("bay-2", "Dee (bay 2)", "mon-fri", "8-17"),
        ],
        "Southern and African American Vernacular English ('finna', 'I'ma', 'fixin to', 'yall open saturday?'), rideshare drivers who can't lose a whole day, parents with school runs, retirees writing formally, a fleet manager booking several vans",
        "work shifts and school runs as commitments ('I drive Uber till 2'), 'first thing' and 'as early as you can', a mechanic asked for or 'whoever', several vehicles in one conversation ('and my wife's car too, same day'), cancelling one of them by which car ('cancel the truck, keep the Camry'), a day corrected a turn later with the time kept, picks by rank, day and clock ('go for 11', 'the earlier one', 'the later one'), questions about prices and how long it takes in between, thanks"
        + CONV_RULE,
    ),
]

MORE_CONV_WRITERS += [
    (
        "c89",
        "estate agency in Paris (flat viewings for renters and buyers, valuation visits, key handovers, signing appointments)",
        "2027-09-06T09:15",
        "Europe/Paris",
        30,
        [
            R("agent-claire", "Claire", "mon-sat", "9-19"),
            R("agent-karim", "Karim", "tue-sat", "10-20"),
        ],
        "expats and students writing English with French habits ('17h', '17h30', 'à partir de 18h', 'demain matin', 'lundi prochain'), some turns wholly in French, busy professionals writing from the office in fragments, parents of a student booking from abroad in their own time zone ('2pm New York time')",
        "24-hour times with 'h', viewings of several flats in one conversation ('and the one in the 11th too, same evening, right after'), cancelling one of them by its street or area ('cancel the rue Oberkampf one, keep Bastille'), work hours as limits, an agent asked for, refused or 'either', a day corrected a turn later with the time kept, picks by rank, day and clock ('la deuxième', 'the 18h one', 'go for 6:30'), an availability question then a booking, questions about rent, deposit and documents in between, thanks ('merci!')"
        + CONV_RULE,
    ),
    (
        "c90",
        "home-visit physiotherapy and diagnostics service in Mumbai (physio home sessions, home blood collection, ECG at home, elderly care visits)",
        "2027-11-15T08:40",
        "Asia/Kolkata",
        45,
        [
            R("physio-anand", "Anand (physio)", "mon-sat", "7-19"),
            R("tech-fatima", "Fatima (collection)", "mon-sun", "6-13"),
        ],
        "Indian English and Hinglish ('prepone', 'kindly', 'do the needful', 'kal subah', 'parso', 'shaam ko', 'after 6 only'), sons and daughters booking for elderly parents from their offices, elderly patients writing short formal messages, busy professionals texting in lowercase",
        "fasting tests before a time ('she has to be fasting, so before 9 only'), 'prepone' and 'postpone' of a booked visit, office hours and a parent's routines as limits ('papa sleeps after lunch till 4'), several family members in one conversation ('mummy's blood test and then papa's physio same day'), cancelling one of them by whom it is for, a day corrected a turn later with the time kept, picks by rank, day and clock, questions about charges, reports and home-visit areas in between, thanks"
        + CONV_RULE,
    ),
]

MORE_CONV_WRITERS += [
    (
        "c91",
        "music school in Melbourne (guitar, piano, singing and drum lessons for kids and adults; free trial lessons; 30- and 45-minute lessons)",
        "2027-02-01T16:20",
        "Australia/Melbourne",
        30,
        [
            R("teacher-lachlan", "Lachlan (guitar, drums)", "mon-fri", "14-20"),
            R("teacher-mei", "Mei (piano, singing)", "tue-sat", "10-18"),
        ],
        "parents booking for kids after school, adult beginners writing shyly or jokily, teenagers texting in lowercase with slang ('keen', 'heaps', 'reckon'), a grandparent writing long formal messages, a shift-working nurse",
        "school pick-up and sport as commitments ('he has footy training Tuesdays till 5'), siblings back to back ('and his sister straight after'), a teacher asked for by instrument or name, refused or 'whoever', asking for other times ('anything later?', 'nothing earlier?') then picking, 'the one after that', a day corrected a turn later with the time kept, picks by rank, day and clock, an availability question then a booking, cancelling one sibling's lesson by name, questions about fees, instruments and term dates in between, thanks"
        + CONV_RULE,
    ),
]

MORE_CONV_WRITERS += [
    (
        "c92",
        "bike repair and rental shop in Amsterdam (services, flat tyre repairs, e-bike diagnostics, rentals picked up at a time)",
        "2027-07-05T09:05",
        "Europe/Amsterdam",
        30,
        [
            R("mech-joost", "Joost", "mon-sat", "8-18"),
            R("mech-sanne", "Sanne", "tue-sat", "10-19"),
        ],
        "Dutch customers writing English with Dutch habits ('half vier' meaning 3:30, 'morgen', 'overmorgen', 'vanmiddag', 'om 5 uur', 'is it possible to...'), some turns wholly in Dutch, tourists writing casually, expat students texting fast in lowercase",
        "'half' + hour in the Dutch sense (half vier = 15:30) beside English 'half four' (16:30) from British tourists, work and lecture times as limits, a mechanic asked for, refused or 'either', several bikes in one conversation ('and my girlfriend's too, same time if possible') and cancelling one ('cancel the blue one, keep mine'), a day corrected a turn later with the time kept, picks by rank, day and clock, 'anything earlier?' then a pick, questions about prices, parts and rentals in between, thanks ('dank je!')"
        + CONV_RULE,
    ),
    (
        "c93",
        "daycare centre in Chicago (enrolment tours, parent meetings with teachers, trial days, immunisation record drop-offs)",
        "2027-03-08T07:55",
        "America/Chicago",
        30,
        [
            R("dir-angela", "Angela (director)", "mon-fri", "7-18"),
            R("teacher-luis", "Mr Luis (toddler room)", "mon-fri", "8-16"),
        ],
        "new parents writing long anxious messages, busy two-career couples writing from work in fragments ('between calls'), Spanish-speaking and Polish-speaking parents writing English, a grandmother who does drop-off, a dad who keeps changing his mind",
        "nap time and the parents' commute as limits ('not during nap, 12:30 to 2:30', 'I can't get there before 5:15'), both parents wanting to come ('my husband too, so after 5'), a tour for one child then a meeting for another, cancelling one of them by what it is ('cancel the tour, keep the teacher meeting'), the director or the teacher asked for, a day corrected a turn later with the time kept, picks by rank, day and clock, questions about fees, waitlists and meals in between, 'cancel that' meaning an earlier item, thanks"
        + CONV_RULE,
    ),
]

MORE_CONV_WRITERS += [
    (
        "c94",
        "online therapy and counselling practice based in Chicago (video sessions of 50 minutes; clients across North America and abroad)",
        "2027-10-25T08:00",
        "America/Chicago",
        60,
        [
            R("dr-hale", "Dr Hale", "mon-fri", "8-18"),
            R("lcsw-okoro", "Ms Okoro (LCSW)", "tue-sat", "10-20"),
        ],
        "clients writing carefully and privately, some anxious or apologetic, students and shift workers texting briefly, a parent booking for a teenager, clients in other zones who give times in their own zone ('2pm my time, I'm in Vancouver', 'I'm on Eastern'), one client who just moved to London",
        "times given in the client's own zone across turns and corrected ('sorry, I meant 2 your time'), work and class hours as limits, a therapist asked for or refused, a regular weekly slot wished for ('same time as last week'), a day corrected a turn later with the time kept, picks by rank, day and clock, 'anything later?', a second booking for a family member, cancelling one of them, 'cancel that' after questions about insurance, sliding-scale fees and privacy in between, thanks"
        + CONV_RULE,
    ),
    (
        "c95",
        "a vet practice in Glasgow (consultations of 20 minutes, vaccinations, dental work and neutering on surgery mornings, nurse clinics for nails and weight checks)",
        "2027-03-08T08:30",
        "Europe/London",
        20,
        [
            R("vet-fraser", "Mr Fraser (vet)", "mon-fri", "9-18"),
            R("vet-kaur", "Ms Kaur (vet)", "mon-sat", "8-13"),
            R("nurse-ellie", "Nurse Ellie", "tue-sat", "10-16"),
        ],
        "pet owners in Glasgow writing casually ('the morra', 'wee dug', 'half 3', 'efter work', 'aye'), anxious owners of a sick pet, a dog walker booking for several clients' dogs, an elderly man who writes formally, students sharing a cat",
        "moves and corrections across turns: a day replaced with the time kept ('can we do Thursday instead, same time'), a time replaced with the day kept ('actually make it 4'), 'still before 10' keeping a bound through a move, 'X then' after the practice says a day is full, 'sorry I meant the 19th', a vet asked for then dropped ('whoever's free, it's getting worse'), picks by rank, day and clock among shown slots, 'anything earlier?', a second pet booked straight after the first, cancelling one of two bookings and keeping the other, questions about prices and insurance in between, thanks"
        + CONV_RULE,
    ),
    (
        "c96",
        "a hair and braiding salon in Johannesburg (braids and locs of 2 to 5 hours, wash and blow-dry, kids' cornrows, nails on Saturdays)",
        "2027-08-02T08:00",
        "Africa/Johannesburg",
        60,
        [
            R("stylist-thandi", "Thandi", "tue-sat", "8-18"),
            R("stylist-naledi", "Naledi", "mon-fri", "9-17"),
            R("nails-zanele", "Zanele (nails)", "sat", "8-14"),
        ],
        "South African clients texting in casual English with some isiZulu, Afrikaans and slang ('just now', 'now-now', 'ja', 'sharp', 'eish', 'lekker'), a mother booking for two daughters, a bride and her bridesmaids, a nurse on rotating shifts, load-shedding schedules as limits",
        "moves and choices across turns: 'Saturday then' after a full Friday, a move to 'the day before, same time', 'push it an hour later', 'no wait, I meant Thursday not Tuesday', 'still after 2' kept through a move, a stylist asked for or refused and then accepted ('ok fine, Naledi is fine'), picks by rank and clock, 'nothing later?', a second daughter booked right after the first, cancelling one booking and keeping the other, 'cancel that' after questions about prices and hair to bring, thanks"
        + CONV_RULE,
    ),
]

MORE_CONV_WRITERS += [
    (
        "c97",
        "a car wash, tyre and quick-service garage in Lagos (washes, wheel alignment, tyre changes, oil service, AC regas; bays of 30 minutes to 2 hours)",
        "2027-04-12T07:30",
        "Africa/Lagos",
        30,
        [
            R("bay-tunde", "Tunde (mechanic)", "mon-sat", "8-18"),
            R("bay-chioma", "Chioma (tyres and alignment)", "mon-fri", "9-17"),
        ],
        "Lagos customers texting in Nigerian English with some Pidgin and Yoruba ('abeg', 'no wahala', 'I go reach by 3', 'na Saturday I dey free', 'shey'), a company driver booking for his oga's car, a busy banker writing formally, traffic on Third Mainland Bridge as a reason, NEPA and generator talk",
        "picks among shown slots by clock, by mechanic and by day ('the 3pm with Tunde', 'the Saturday one', 'same time but Friday'), a reference back to what was said turns ago ('the first day I mentioned', 'like I said before, after 4'), 'never mind, keep the original time', traffic and work hours as limits, a move to another day with the time kept, a correction of a time a turn later, a second car booked after the first, cancelling one booking and keeping the other, 'cancel that' after questions about prices and whether they sell tyres, thanks"
        + CONV_RULE,
    ),
    (
        "c98",
        "a chiropractic and sports massage clinic in Denver (first visits of an hour, adjustments of 20 minutes, massage of 60 or 90 minutes)",
        "2027-09-13T08:15",
        "America/Denver",
        20,
        [
            R("dc-ramirez", "Dr Ramirez (chiropractor)", "mon-fri", "7-18"),
            R("dc-olsen", "Dr Olsen (chiropractor)", "mon-sat", "9-15"),
            R("lmt-jade", "Jade (massage therapist)", "tue-sat", "10-19"),
        ],
        "patients writing from phones: office workers on breaks, a ski instructor with a sore back, a retiree who writes long careful emails, a runner training for a marathon, a parent juggling kids' practices, someone in pain writing in fragments",
        "picks among shown slots by rank, clock and practitioner ('the 7am', 'whatever Ramirez has', 'the second one'), 'same time?' after a move, 'anything earlier?' and 'nothing later?', a reference back to an earlier turn ('the Tuesday I asked for at first'), 'never mind, keep the original', a correction that replaces only the day or only the time, 'still before work' kept through a move, an adjustment and a massage booked back to back, cancelling one of two bookings, 'cancel that' after questions about insurance and what to wear, thanks"
        + CONV_RULE,
    ),
]

MORE_CONV_WRITERS += [
    (
        "c99",
        "a tutoring centre in Hong Kong (English, maths and Chinese lessons of 60 or 90 minutes; trial lessons; exam preparation)",
        "2027-03-01T09:00",
        "Asia/Hong_Kong",
        60,
        [
            R("tutor-wong", "Miss Wong (English)", "mon-sat", "10-20"),
            R("tutor-chan", "Mr Chan (maths)", "tue-sun", "9-19"),
            R("tutor-lee", "Mrs Lee (Chinese)", "mon-fri", "14-21"),
        ],
        "Hong Kong parents texting in English with Cantonese particles and romanisation ('ok la', 'can or not', 'tmr', 'sin', 'dim ah?'), a domestic helper booking for the family's children, a student booking for herself after school, a busy father writing formally from the office, school timetables as limits",
        "a second child booked after the first, picks among shown slots by clock, tutor and day, a move to another day with the time kept, 'still after school' kept through a move, a tutor asked for then dropped ('any teacher also can'), questions about fees and materials in between, 'cancel that' meaning the first booking of the conversation, cancelling one child's lesson and keeping the other's, 'never mind, the original time is ok', corrections of the day a turn later, thanks"
        + CONV_RULE,
    ),
    (
        "c100",
        "a mobile phone store in Houston (device setup, screen repairs, trade-ins, account help; appointments of 30 minutes, repairs of 1 hour)",
        "2027-06-14T10:10",
        "America/Chicago",
        30,
        [
            R("desk-maria", "Maria (repairs)", "mon-sat", "10-19"),
            R("desk-jamal", "Jamal (setup and accounts)", "mon-sun", "11-20"),
        ],
        "customers texting in English, Spanish and Spanglish ('mañana en la tarde', 'after my shift como a las 5'), teenagers with cracked screens, an older man who writes in full sentences and signs his name, a small-business owner booking for five employees' phones",
        "questions about plans, prices and trade-in values between booking turns (goal shifts and back), 'cancel that' after a question meaning the booking of turn one, picks by clock, rank and staff member, 'anything earlier?', a move with the time kept, a correction of the time a turn later, a second appointment for a family member, cancelling one of two appointments, 'actually keep it', thanks"
        + CONV_RULE,
    ),
]

MORE_CONV_WRITERS += [
    (
        "c101",
        "a dental clinic in Warsaw for locals and expats (check-ups, hygiene, fillings, root canals, implant consultations; visits of 30 to 90 minutes)",
        "2027-05-17T08:20",
        "Europe/Warsaw",
        30,
        [
            R("dr-nowak", "Dr Nowak", "mon-fri", "8-16"),
            R("dr-kowalska", "Dr Kowalska", "mon-thu", "12-20"),
            R("hyg-ola", "Ola (hygienist)", "tue-sat", "9-15"),
        ],
        "expats writing in English with some Polish ('jutro', 'po południu', 'dziękuję'), Poles writing careful English, a British retiree living in Kraków, a busy IT contractor texting tersely, a mother booking for herself and her son, someone with toothache writing in fragments",
        "corrections across turns that replace only the day or only the time, a move to another day with the time kept, 'still after work' kept through a move, a dentist asked for then accepted ('ok, Dr Nowak is fine'), picks among shown slots by clock and dentist, 'anything earlier?', the hygienist booked straight after the check-up, a second booking for a child, cancelling one of two bookings, 'cancel that' after questions about prices, NFZ cover and anaesthesia, thanks"
        + CONV_RULE,
    ),
    (
        "c102",
        "a podiatry and day-care centre for older people in Dublin (podiatry appointments of 30 minutes, hearing checks, day-care places by the day; adult children often book for a parent)",
        "2027-11-08T09:00",
        "Europe/Dublin",
        30,
        [
            R("pod-siobhan", "Siobhán (podiatrist)", "mon-thu", "9-17"),
            R("pod-declan", "Declan (podiatrist)", "wed-sat", "10-16"),
            R("audio-tom", "Tom (hearing checks)", "tue,thu", "10-15"),
        ],
        "adult children booking for a mother or father between their own work ('Mam', 'Da', 'grand', 'half ten', 'after the school run'), an elderly man writing for himself in full formal sentences, a carer from an agency, a daughter in London booking for her mother in Dublin by text",
        "the parent's own limits relayed ('she won't go out before 11', 'his bus is at 2'), a second appointment for the other parent, a hearing check booked after the podiatry visit on the same day, picks by clock, day and podiatrist, a move to another day with the time kept, corrections of the day a turn later, 'never mind, keep the original', questions about the bus, the price and parking in between, cancelling one parent's appointment and keeping the other's, 'cancel that' meaning the first booking, thanks"
        + CONV_RULE,
    ),
]

MORE_CONV_WRITERS += [
    (
        "c103",
        "a fertility and women's health clinic in Tel Aviv (first consultations of 45 minutes, scans and blood tests of 15 minutes; the week runs Sunday to Thursday)",
        "2027-01-10T08:00",
        "Asia/Jerusalem",
        15,
        [
            R("dr-levi", "Dr Levi", "sun,mon,tue,wed,thu", "8-16"),
            R("dr-haddad", "Dr Haddad", "sun,mon,tue,wed,thu", "12-19"),
            R("nurse-dana", "Nurse Dana (scans and bloods)", "sun,mon,tue,wed,thu,fri", "7-12"),
        ],
        "patients writing in English with Hebrew words ('machar' for tomorrow, 'achar ha-tzohorayim' for afternoon, 'yalla', 'toda'), immigrants from the US, France and Russia writing careful English, a husband booking for his wife, patients on a treatment cycle who must come on a given cycle day, a patient writing very briefly at night",
        "cycle days as limits across turns ('day 3 is Tuesday'), early morning bloods then a doctor later the same day, moves to another day with the time kept, a doctor asked for then accepted, picks among shown slots by clock and doctor, 'anything earlier?', corrections a turn later, 'never mind, keep the original', questions about prices, kupat holim cover and results in between, cancelling one of two bookings, 'cancel that' meaning the first booking, thanks"
        + CONV_RULE,
    ),
    (
        "c104",
        "a moving and storage company in Toronto (in-home estimates of 30 minutes, moves of 4 to 8 hours, storage drop-offs and pick-ups of 1 hour)",
        "2027-06-21T09:00",
        "America/Toronto",
        30,
        [
            R("crew-a", "Crew A (two movers and a truck)", "mon-sat", "7-19"),
            R("crew-b", "Crew B (three movers and a truck)", "tue-sun", "8-18"),
            R("estimator-priya", "Priya (estimates)", "mon-fri", "9-17"),
        ],
        "people moving flats writing casually and anxiously, a landlord booking for a tenant, students moving out of residence, an older couple downsizing who write long emails, condo elevator bookings as hard limits ('the elevator is booked 9 to 1 only'), Canadian English ('long weekend', 'eh')",
        "an estimate first and then the move, elevator and key hand-over times as limits kept through moves, a crew asked for or refused, moves to another day with the time kept, corrections of the day a turn later, picks among shown slots by clock, day and crew, 'anything earlier?', a storage pick-up booked after the move, cancelling one of two bookings, 'cancel that' after questions about prices, insurance and boxes, thanks"
        + CONV_RULE,
    ),
]

MORE_CONV_WRITERS += [
    (
        "c105",
        "a physiotherapy and sports massage clinic in Singapore (physio sessions of 45 minutes, massages of 60 minutes, first assessments of 60 minutes)",
        "2027-04-12T10:00",
        "Asia/Singapore",
        45,
        [
            R("physio-tan", "Jason Tan (physio)", "mon-fri", "9-18"),
            R("physio-nur", "Nurul (physio)", "tue-sat", "10-19"),
            R("massage-mei", "Mei Ling (massage)", "wed-sun", "11-21"),
        ],
        "Singaporeans texting in Singlish ('can or not', 'tmr', 'later', 'lah', 'shiok', 'after lunch can?'), office workers booking around meetings, a runner training for a marathon, a parent booking for a teenage footballer, a retiree writing in full sentences",
        "corrections across turns that replace only the day or only the time, a move to another day with the time kept, limits kept through moves ('still after work'), a physio asked for then accepted, picks among shown slots by clock, day and therapist, 'anything earlier?', a massage booked after the physio on the same day, a second booking for a child, cancelling one of two bookings, 'cancel that' after questions about prices, insurance claims and parking, thanks"
        + CONV_RULE,
    ),
    (
        "c106",
        "a computer and phone repair shop in Chicago serving small businesses (diagnostics of 30 minutes, on-site visits of 2 hours, drop-offs of 15 minutes)",
        "2027-02-08T12:30",
        "America/Chicago",
        30,
        [
            R("tech-marco", "Marco (on-site)", "mon-fri", "8-17"),
            R("tech-aisha", "Aisha (bench)", "mon-sat", "10-19"),
            R("counter", "Front counter (drop-offs)", "mon-sun", "9-20"),
        ],
        "small business owners writing tersely between customers, an office manager writing formal emails, a frustrated freelancer whose laptop died, a restaurant owner who can only meet after the lunch rush, someone dictating by voice with no punctuation",
        "a diagnostic first and then an on-site visit, opening hours of their own shop as limits kept through turns, a technician asked for or refused, moves to another day with the time kept, corrections of the day a turn later, picks among shown slots by clock, day and technician, 'anything earlier?', questions about prices, data recovery and warranty in between, 'never mind, keep the original', cancelling one of two bookings, 'cancel that' meaning the first booking, thanks"
        + CONV_RULE,
    ),
]

MORE_CONV_WRITERS += [
    (
        "c107",
        "a Portuguese language school in Lisbon (trial lessons of 30 minutes, private lessons of 60 minutes, conversation clubs of 90 minutes)",
        "2027-10-04T09:30",
        "Europe/Lisbon",
        60,
        [
            R("prof-ines", "Inês (teacher)", "mon-fri", "9-18"),
            R("prof-rui", "Rui (teacher)", "tue-sat", "12-21"),
            R("room-club", "Club room", "mon,wed,fri", "17-22"),
        ],
        "expats and digital nomads writing English with Portuguese words ('amanhã', 'à tarde', 'depois do almoço', 'obrigada', 'tudo bem'), a Brazilian student writing mixed Portuguese and English, a retired British couple writing long polite messages, a remote worker booking around calls in other time zones ('after my 3pm New York call')",
        "a trial lesson first and then regular lessons, limits stated once and kept through later turns ('evenings only', 'not Mondays'), a teacher asked for then accepted, corrections that replace only the day or only the time, a move to another day with the time kept, picks among shown slots by clock, day and teacher, 'anything earlier?', questions about prices, levels and materials in between, a second booking for a partner, cancelling one of two bookings, 'cancel that' meaning the first booking, thanks"
        + CONV_RULE,
    ),
    (
        "c108",
        "a recording and rehearsal studio in Nashville (rehearsal blocks of 2 hours, recording sessions of 4 hours, mixing consults of 1 hour)",
        "2027-05-17T11:00",
        "America/Chicago",
        120,
        [
            R("studio-a", "Studio A (live room)", "mon-sun", "10-23"),
            R("studio-b", "Studio B (rehearsal)", "mon-sun", "12-23"),
            R("eng-luke", "Luke (engineer)", "tue-sat", "12-22"),
        ],
        "musicians texting casually and late at night ('tmrw nite', 'after the gig', 'we load out at 11'), a band manager writing crisp emails, a nervous first-time singer-songwriter, a church choir director booking for the choir, a producer juggling three bands",
        "gig times and day jobs as limits kept through turns, a room or engineer asked for or refused, a block that must fit before a gig, moves to another day with the time kept, corrections of the day a turn later, picks among shown slots by clock, day and room, 'anything earlier?', 'never mind, keep the original', questions about gear, prices and parking in between, a second session for another band, cancelling one of two bookings, 'cancel that' after questions, thanks"
        + CONV_RULE,
    ),
    (
        "c109",
        "a GP surgery in Glasgow (GP appointments of 10 minutes, nurse appointments of 20 minutes for bloods, dressings and jags, phone call-backs of 10 minutes)",
        "2027-02-22T08:05",
        "Europe/London",
        10,
        [
            R("dr-macleod", "Dr MacLeod", "mon-fri", "8-13"),
            R("dr-anand", "Dr Anand", "mon,tue,wed,thu", "13-18"),
            R("nurse-fiona", "Nurse Fiona", "mon-fri", "8-16"),
        ],
        "Glaswegians texting in Scots and Scottish English ('the morra' for tomorrow, 'the now', 'efternoon', 'aye', 'cannae', 'wee'), an elderly woman writing slowly and formally, a shift worker writing after night shifts, a mother booking for a toddler, a carer booking for a neighbour",
        "shift patterns and school runs as limits kept through turns, a GP asked for then accepted, the nurse booked after the GP on another day, corrections that replace only the day or only the time, a move to another day with the time kept, picks among shown slots by clock, day and clinician, 'anything earlier?', questions about prescriptions and fit notes in between, cancelling one of two bookings, 'cancel that' meaning the first booking, thanks"
        + CONV_RULE,
    ),
]

MORE_CONV_WRITERS += [
    (
        "c110",
        "a hair salon in Brooklyn (cuts of 45 minutes, colour of 2 hours, blow-outs of 30 minutes)",
        "2027-03-08T10:15",
        "America/New_York",
        45,
        [
            R("stylist-keisha", "Keisha", "tue-sat", "10-19"),
            R("stylist-marco", "Marco", "wed-sun", "11-20"),
            R("stylist-yuki", "Yuki (colour)", "mon,tue,thu,fri", "9-17"),
        ],
        "New Yorkers texting fast and in lowercase, a regular who only ever wants Keisha, a bride booking for her party, a non-native speaker (Russian, Korean) writing short careful English, a dad booking for his daughter",
        "picks among shown slots by stylist name ('Marco's one', 'the one with Yuki'), by bare number ('2', 'ok 3 then') and by clock, corrections of only the clock that keep the day ('make it 4 instead'), corrections of only the day that keep the clock, a stylist refused a turn later, 'anything earlier?', questions about prices and products in between, a second booking for a friend, cancelling one of two bookings, 'cancel that' meaning the first booking, thanks"
        + CONV_RULE,
    ),
    (
        "c111",
        "a dental practice in Edinburgh (check-ups of 20 minutes, hygienist cleans of 30 minutes, fillings of 45 minutes)",
        "2027-10-11T08:30",
        "Europe/London",
        30,
        [
            R("dr-campbell", "Dr Campbell", "mon-thu", "8-16"),
            R("dr-okafor", "Dr Okafor", "tue-fri", "10-18"),
            R("hyg-isla", "Isla (hygienist)", "mon-fri", "9-17"),
        ],
        "Scottish English ('half four', 'the now', 'wee', 'aye'), a busy parent booking the whole family over several turns, an anxious patient who changes her mind, a student texting tersely, an older man writing formal letters by email",
        "a family booked over several turns (a child, then 'and me straight after', then the other child), cancelling one of them by who it is for, goal shifts from booking to a question about fees and back, 'cancel that' meaning the first booking after questions, corrections that replace only the day or only the time, picks by rank, clock and dentist, limits stated once and kept through later turns, 'never mind, keep the original', thanks"
        + CONV_RULE,
    ),
    (
        "c112",
        "a heating and air-conditioning company in Dallas (repair visits as 2-hour arrival windows, seasonal tune-ups of 90 minutes, estimates of 60 minutes)",
        "2027-07-19T07:20",
        "America/Chicago",
        120,
        [
            R("tech-carlos", "Carlos", "mon-sat", "7-17"),
            R("tech-brenda", "Brenda", "mon-fri", "8-18"),
        ],
        "Texans texting short and stressed because the AC is out ('it's 98 in here', 'y'all got anything today'), a property manager juggling several houses, a retiree writing long chatty messages, Spanish-English customers",
        "'as soon as possible' then a firm limit a turn later, a window moved to another day with the time kept, a technician asked for then 'whoever', picks among shown windows by clock, by number and by technician, 'anything earlier?', a tune-up added after the repair, questions about prices and warranties in between, cancelling the estimate and keeping the repair, 'cancel that' meaning an earlier item, thanks"
        + CONV_RULE,
    ),
    (
        "c113",
        "a physiotherapy and sports massage clinic in Sydney (initial assessments of 45 minutes, follow-ups of 30 minutes, sports massage of 60 minutes)",
        "2027-04-05T07:10",
        "Australia/Sydney",
        30,
        [
            R("physio-liam", "Liam", "mon-fri", "7-15"),
            R("physio-ana", "Ana", "mon,wed,thu,fri,sat", "11-19"),
            R("massage-tom", "Tom (massage)", "tue-sat", "9-18"),
        ],
        "Australians texting in SMS shorthand ('arvo', 'tmrw', 'reckon', 'cheers'), a rugby player booking around training, a nurse on rotating shifts, an older woman after a hip replacement writing formally, a parent booking for a teenage athlete",
        "a follow-up booked after the assessment, training and shifts as limits kept through turns, corrections that replace only the clock ('actually 5 not 4') and keep the day, a practitioner asked for, refused, then accepted, picks among shown slots by practitioner, number, clock and day, 'anything later that day?', questions about health-fund rebates in between, cancelling one of two bookings, 'cancel that' meaning the first booking, thanks"
        + CONV_RULE,
    ),
]
MORE_CONV_WRITERS += [
    (
        "c114",
        "a veterinary clinic in Seattle (wellness exams of 30 minutes, vaccinations, dental cleanings as morning drop-offs, urgent sick visits)",
        "2027-09-27T08:40",
        "America/Los_Angeles",
        30,
        [
            R("vet-park", "Dr. Park", "mon-fri", "8-17"),
            R("vet-osei", "Dr. Osei", "tue,wed,thu,fri,sat", "10-19"),
            R("tech-jamie", "Jamie (vet tech)", "mon-sat", "8-16"),
        ],
        "pet owners texting while worried, tech workers writing short messages between meetings, an older couple writing long emails about their cat, a dog walker booking for clients' dogs, a non-native speaker (Vietnamese, Spanish) writing careful English",
        "an urgent visit then a routine one for another pet, a vet asked for then 'whoever is free', meetings as limits kept through turns, corrections of only the clock that keep the day, a move to another day with the time kept, picks among shown slots by number ('1', 'the 2nd'), by clock and by vet, 'anything later?', questions about prices and food between turns, cancelling one of two bookings, 'cancel that' meaning the first booking, thanks"
        + CONV_RULE,
    ),
    (
        "c115",
        "an accounting and tax firm in Toronto (tax consultations of 60 minutes, bookkeeping reviews of 30 minutes, document drop-offs of 15 minutes)",
        "2027-03-01T09:05",
        "America/Toronto",
        60,
        [
            R("cpa-singh", "Priya Singh, CPA", "mon-fri", "9-17"),
            R("cpa-leblanc", "Marc Leblanc, CPA", "mon,tue,wed,thu", "11-19"),
        ],
        "small-business owners writing terse emails, newcomers to Canada writing careful formal English, a French-Canadian writing some French ('mardi', 'en après-midi', 'merci'), a retiree who changes her mind, an executive assistant booking for her boss in another time zone",
        "the tax deadline as a limit ('before April 30'), a move to another day with the time kept, a correction of the day a turn later, an accountant asked for, refused, then accepted, picks among shown slots by clock, day, number and accountant, 'anything earlier?', questions about fees and documents between turns, a second booking for a spouse, cancelling one of two bookings, 'cancel that' meaning the first booking after questions, 'never mind, keep the original', thanks"
        + CONV_RULE,
    ),
]
MORE_CONV_WRITERS += [
    (
        "c116",
        "a paediatric clinic in Atlanta (well-child visits of 30 minutes, sick visits of 15 minutes, vaccines, sports physicals of 30 minutes)",
        "2027-08-02T07:50",
        "America/New_York",
        30,
        [
            R("dr-williams", "Dr. Williams", "mon-fri", "8-17"),
            R("dr-chen", "Dr. Chen", "mon,tue,wed,thu,sat", "9-15"),
            R("np-grace", "Grace (nurse practitioner)", "mon-fri", "10-19"),
        ],
        "parents in African American Vernacular English and Southern English texting between work and school runs, a grandmother raising two grandkids writing long careful messages, a dad who writes one word at a time, a Spanish-English mum, a foster parent booking for three children",
        "several children booked over several turns ('and his sister right after', 'the baby too same day'), cancelling one child's visit and keeping the others by name, school and daycare hours as limits kept through turns, a doctor asked for then 'whoever', corrections that replace only the day or only the clock, picks among shown slots by number, clock and doctor, questions about vaccines and forms between turns, 'cancel that' meaning the first booking, thanks"
        + CONV_RULE,
    ),
    (
        "c117",
        "a dental clinic in Jakarta used by locals and expats (check-ups of 30 minutes, scaling of 45 minutes, fillings of 60 minutes)",
        "2027-06-14T09:20",
        "Asia/Jakarta",
        30,
        [
            R("drg-putri", "drg. Putri", "mon-sat", "9-17"),
            R("drg-budi", "drg. Budi", "mon,tue,wed,thu,fri", "13-21"),
        ],
        "Indonesians texting in English mixed with Indonesian ('besok' tomorrow, 'lusa' the day after, 'sore' late afternoon, 'pagi' morning, 'malam', 'jam 3' for 3 o'clock, 'bisa?', 'oke kak', 'makasih'), expats writing plain English, an office worker stuck in traffic, a mother booking for her kids, Friday prayers as a limit",
        "traffic and office hours as limits kept through turns, a dentist asked for, refused, then accepted, corrections that replace only the day ('eh lusa aja') or only the clock, a move to another day with the time kept, picks among shown slots by number, clock and dentist, 'ada yang lebih pagi?' / 'anything earlier?', questions about prices and BPJS insurance between turns, a second booking for a child, cancelling one of two bookings, 'cancel that' meaning the first booking, thanks"
        + CONV_RULE,
    ),
]
MORE_CONV_WRITERS += [
    (
        "c118",
        "a private GP clinic in the City of London (GP consultations of 15 minutes, health screens of 60 minutes, travel vaccines of 20 minutes)",
        "2027-01-11T07:30",
        "Europe/London",
        15,
        [
            R("dr-hart", "Dr Hart", "mon-fri", "7-15"),
            R("dr-mensah", "Dr Mensah", "mon,tue,wed,thu", "12-20"),
            R("nurse-chloe", "Nurse Chloe", "mon-fri", "8-18"),
        ],
        "City workers texting tersely between meetings ('8.15 ok?', 'pref Tues', 'b2b till 6'), a PA booking for a partner in the firm, a banker on New York hours, an anxious first-time patient writing long messages, a non-native speaker (Italian, Mandarin)",
        "meetings and the commute as limits kept through turns, a GP asked for, refused, then accepted, picks among shown slots by number, clock and doctor, corrections that replace only the clock and keep the day, a move to another day with the time kept, 'anything earlier?', a nurse visit for vaccines added after the GP, questions about fees and insurance between turns, cancelling one of two bookings, 'cancel that' meaning the first booking, thanks"
        + CONV_RULE,
    ),
    (
        "c119",
        "a dog training school in Denver (private lessons of 60 minutes, puppy assessments of 30 minutes, group class trials)",
        "2027-04-26T08:15",
        "America/Denver",
        60,
        [
            R("trainer-kate", "Kate", "mon-fri", "8-16"),
            R("trainer-diego", "Diego", "wed,thu,fri,sat,sun", "10-19"),
        ],
        "first-time puppy owners texting excitedly, a retired couple writing long emails about their rescue dog, a nurse on night shifts, a Spanish-English family, someone with two dogs",
        "a puppy assessment then a private lesson on another day, a trainer asked for, refused, then accepted, shifts as limits kept through turns, corrections of only the day or only the clock, picks among shown slots by number, clock and trainer, 'anything later that day?', a second dog booked right after, questions about prices and vaccinations between turns, cancelling one of two bookings, 'cancel that' meaning the first booking, thanks"
        + CONV_RULE,
    ),
    (
        "c120",
        "a photography studio in Cape Town (portrait sessions of 60 minutes, family shoots of 90 minutes, passport photos of 15 minutes)",
        "2027-09-06T09:00",
        "Africa/Johannesburg",
        60,
        [
            R("photo-thandi", "Thandi", "tue-sat", "9-17"),
            R("photo-pieter", "Pieter", "mon,wed,thu,fri,sun", "10-18"),
            R("studio-1", "Studio 1 (white cyclorama)", "mon-sun", "8-20"),
        ],
        "South African English with Afrikaans and Xhosa words ('lekker', 'ja', 'now now' meaning soon, 'just now' meaning later, 'is it', 'eish', 'sho'), a bride's mother writing long messages, a matric student booking a portrait, a small-business owner writing terse messages, load-shedding as a reason",
        "load-shedding schedules and school times as limits, a photographer asked for then 'whoever', the studio needed, corrections of only the day or only the time, a move to another day with the time kept, picks among shown slots by number, clock, day and photographer, 'anything earlier?', questions about prices and prints between turns, a second booking for a family member, cancelling one of two bookings, 'cancel that' meaning the first booking, thanks"
        + CONV_RULE,
    ),
    (
        "c121",
        "an orthodontic practice in Houston with many Vietnamese-American families (adjustments of 20 minutes, consultations of 45 minutes, retainer checks of 15 minutes)",
        "2027-08-16T08:00",
        "America/Chicago",
        20,
        [
            R("dr-pham", "Dr. Pham", "mon-thu", "8-17"),
            R("dr-garza", "Dr. Garza", "tue,wed,thu,fri,sat", "9-15"),
        ],
        "Vietnamese-American parents writing English with Vietnamese words ('mai' tomorrow, 'chiều' afternoon, 'sáng' morning, 'dạ', 'cảm ơn'), teenagers texting in lowercase, a grandmother booking for grandchildren, a dad who writes very short messages, a Spanish-English family",
        "several children booked over several turns and one of them cancelled by name, school hours and sports as limits kept through turns, a doctor asked for then 'whoever', corrections that replace only the day or only the clock, picks among shown slots by number, clock and doctor, 'anything after school?', questions about payment plans between turns, 'cancel that' meaning the first booking, 'never mind, keep the original', thanks"
        + CONV_RULE,
    ),
]


MORE_CONV_WRITERS += [
    (
        "c122",
        "a barbershop in Birmingham, England (cuts of 30 minutes, cut and beard of 45 minutes, kids' cuts of 20 minutes)",
        "2027-05-10T09:30",
        "Europe/London",
        30,
        [
            R("barber-marcus", "Marcus", "tue-sat", "9-18"),
            R("barber-dev", "Dev", "mon,wed,thu,fri,sat", "10-20"),
            R("barber-kofi", "Kofi", "thu-sun", "11-19"),
        ],
        "young men texting tersely in Brummie and UK slang ('bab', 'ta', 'yam', 'innit', 'safe', 'bare'), mums booking kids after school, a retired man writing full sentences, a student with typos and no punctuation",
        "follow-ups of one or two words that carry a wish or a pick ('marcus cool', 'earlier?', 'him then', 'sat instead', 'the 3 one', 'go on then'), a price question and a booking wish in the same turn, a barber asked for then 'whoever', picks among shown slots by number, clock and barber, corrections of only the day or only the clock, a second booking for a son right after, cancelling one of two bookings by name, 'cancel that' meaning the first booking, thanks"
        + CONV_RULE,
    ),
    (
        "c123",
        "a physiotherapy clinic in Mumbai (assessments of 45 minutes, treatment sessions of 30 minutes, home visits of 60 minutes)",
        "2027-02-15T09:00",
        "Asia/Kolkata",
        30,
        [
            R("physio-kavita", "Dr. Kavita", "mon-sat", "8-14"),
            R("physio-arjun", "Dr. Arjun", "mon,tue,wed,thu,fri", "14-21"),
        ],
        "Indian English and Hinglish ('kal' tomorrow or yesterday, 'parso', 'shaam' evening, 'subah' morning, 'prepone', 'do the needful', 'kindly', 'only' for emphasis, 'na', 'ji'), office workers texting from Bandra trains, a son booking for his elderly father, a college cricketer, a formal retired banker",
        "'prepone' and 'postpone' moves of a booked slot, office hours and train times as limits kept through turns, a doctor asked for then refused, corrections that replace only the day or only the clock, picks among shown slots by number, clock and doctor, 'anything later?', a second booking for a parent, questions about fees and insurance between turns, cancelling one of two bookings, 'cancel that' meaning the first booking, thanks"
        + CONV_RULE,
    ),
    (
        "c124",
        "a car dealership service department in Toronto (oil changes of 45 minutes, tire swaps of 60 minutes, inspections of 90 minutes)",
        "2027-10-18T08:00",
        "America/Toronto",
        60,
        [
            R("bay-1", "Bay 1", "mon-fri", "7-18"),
            R("bay-2", "Bay 2", "mon-sat", "8-16"),
        ],
        "commuters writing quick emails, French-Canadian customers writing English with French words ('tantôt', 'à matin', 'fin de semaine'), a fleet manager booking several vans, an older driver who asks many questions, a parent juggling school drop-off",
        "an availability question then a booking ('anything Saturday?', then 'ok the 2nd'), drop-off windows and shuttle times as limits, waiting versus leaving the car, a loaner car question between turns, moves ('push it to next week same time'), corrections of only the day or only the clock, several vehicles over several turns and one cancelled by name, 'cancel that' after a question meaning the booking, thanks"
        + CONV_RULE,
    ),
]


MORE_CONV_WRITERS += [
    (
        "c125",
        "a beauty salon in Nairobi (braids of 3 hours, manicures of 45 minutes, pedicures of 60 minutes)",
        "2027-06-14T08:30",
        "Africa/Nairobi",
        60,
        [
            R("stylist-wanjiru", "Wanjiru", "mon-sat", "8-17"),
            R("stylist-akinyi", "Akinyi", "tue,wed,thu,fri,sat,sun", "10-19"),
            R("nail-bar", "Nail bar", "mon-sun", "9-19"),
        ],
        "Kenyan English with Swahili and Sheng ('kesho' tomorrow, 'leo' today, 'jioni' evening, 'asubuhi' morning, 'sawa', 'poa', 'niaje', 'saa nane' meaning 2pm in Swahili time), university students, a bride's sister organising the bridal party, a busy banker writing short formal texts, a mother booking for two daughters",
        "follow-ups that add a wish without saying 'book' ('akinyi pls', 'after 2 better', 'kesho instead'), long braids that must fit the day, an availability question then a pick, moves of a booked slot with the time kept, corrections of only the day or only the clock, 'never mind, keep the original', thanks that repeat the booked day and time, several people over several turns and one cancelled by name, 'cancel that' meaning the first booking, price questions between turns"
        + CONV_RULE,
    ),
    (
        "c126",
        "a tuition centre in Singapore (trial lessons of 60 minutes, regular lessons of 90 minutes, parent consultations of 30 minutes)",
        "2027-01-11T10:00",
        "Asia/Singapore",
        90,
        [
            R("tutor-mrs-lim", "Mrs Lim (maths)", "mon-fri", "14-21"),
            R("tutor-mr-raj", "Mr Raj (science)", "tue,thu,sat,sun", "9-18"),
            R("room-a", "Room A", "mon-sun", "9-21"),
        ],
        "Singlish parents ('can or not', 'lah', 'lor', 'confirm plus chop', 'tmr', 'ytd', 'pm me', 'the day after tmr'), a secondary school student booking for himself, a grandmother writing through her granddaughter, a busy expat father writing in full sentences",
        "CCA, school and exam dates as limits kept through turns, a tutor asked for then 'any tutor also can', availability questions ('got slot Sat morning?') then a pick by number or time, fragments that carry a wish ('thurs better', 'after 4 can?'), moves 'push back one week', corrections of only the day or only the clock, siblings booked one after the other, cancelling one of two bookings, 'cancel that' meaning the first booking, questions about fees and materials between turns, thanks"
        + CONV_RULE,
    ),
    (
        "c127",
        "a driving school in Dublin (lessons of 60 minutes, pre-test lessons of 90 minutes, mock tests of 45 minutes)",
        "2027-03-01T08:00",
        "Europe/Dublin",
        60,
        [
            R("instr-ciaran", "Ciaran", "mon-fri", "7-19"),
            R("instr-aoife", "Aoife", "wed,thu,fri,sat,sun", "9-18"),
        ],
        "Irish English ('grand', 'no bother', 'after work like', 'half six', 'would you have anything', 'I'll be there at half past', 'the day after the test'), nervous learners, a mother booking for her son, a Brazilian student writing English as a second language, a nurse with rota changes",
        "a test date as a distractor and a limit ('before my test on the 14th'), rota shifts kept through turns, an instructor asked for then refused, availability questions then picks by number, clock and instructor, 'anything earlier that day?', moves with the time kept, clock-only and day-only corrections, 'scratch that, keep Thursday', a second lesson booked the same week, cancelling one of two lessons, 'cancel that' meaning the first booking, thanks"
        + CONV_RULE,
    ),
]


MORE_CONV_WRITERS += [
    (
        "c128",
        "an optometrist in Melbourne (eye tests of 30 minutes, contact lens fittings of 45 minutes, kids' eye checks of 20 minutes)",
        "2027-07-05T09:00",
        "Australia/Melbourne",
        30,
        [
            R("opt-nguyen", "Dr Nguyen", "mon-fri", "9-17"),
            R("opt-walsh", "Sarah Walsh", "tue,wed,thu,fri,sat", "10-18"),
        ],
        "Australian English ('this arvo', 'tomoz', 'reckon', 'no worries', 'heaps', 'Thursdee', 'brekkie'), retirees writing formal emails, tradies texting from site, a uni student, a mum booking for three kids, a Greek-Australian grandmother writing via her grandson",
        "moving an appointment the customer already has from before the conversation ('I've got one Tuesday at 10, can I push it to the arvo'), availability questions then picks by number, clock and optometrist, shifts and school pick-up as limits kept through turns, corrections of only the day or only the clock, 'actually keep the original', a second booking for a child, cancelling one of two bookings, 'cancel that' meaning the first booking, questions about bulk billing and frames between turns, thanks"
        + CONV_RULE,
    ),
    (
        "c129",
        "a day spa in Las Vegas (massages of 60 minutes, couples massages of 90 minutes, facials of 45 minutes)",
        "2027-11-08T10:00",
        "America/Los_Angeles",
        60,
        [
            R("therapist-lena", "Lena", "mon-fri", "9-18"),
            R("therapist-marco", "Marco", "wed,thu,fri,sat,sun", "11-21"),
            R("couples-suite", "Couples suite", "mon-sun", "10-20"),
        ],
        "tourists from other time zones ('3pm my time', 'we land at 2 Pacific', 'still on Chicago time'), a bachelorette party organiser texting in bursts with emoji, a convention attendee writing between sessions, a British couple on honeymoon, a local casino worker on night shifts",
        "times said in another zone then corrected to local, flights, shows and conventions as limits kept through turns, the couples suite needed, a therapist asked for by gender ('a female therapist'), picks among shown slots by number, clock and therapist, 'anything later that night?', corrections of only the day or only the clock, a second booking for a friend right after, cancelling one of two bookings, 'cancel that' meaning the first booking, questions about prices and gratuity between turns, thanks"
        + CONV_RULE,
    ),
    (
        "c130",
        "a plumbing and heating company in Manchester, England (boiler services of 60 minutes, repairs of 90 minutes, quotes of 30 minutes), booked by arrival window",
        "2027-01-18T08:00",
        "Europe/London",
        60,
        [
            R("eng-gary", "Gary", "mon-fri", "8-17"),
            R("eng-priya", "Priya", "mon,tue,wed,thu,sat", "8-16"),
        ],
        "Mancunian English ('our kid', 'mither', 'dead good', 'half eight', 'teatime' meaning evening, 'after dinner' meaning after midday), landlords booking for tenants, pensioners with no heating, shift workers, a letting agent writing formal emails",
        "being in only at some times ('I'm in from 2', 'between the school runs'), an urgent repair and a routine service booked in one conversation, an engineer asked for then 'whoever', picks among shown windows by number, clock and engineer, 'anything earlier?', moves with the time kept, corrections of only the day or only the clock, a landlord booking two flats and cancelling one, 'cancel that' meaning the first booking, questions about call-out charges between turns, thanks"
        + CONV_RULE,
    ),
]


MORE_CONV_WRITERS += [
    (
        "c131",
        "a university writing centre in Chicago (tutoring sessions of 30 or 60 minutes, thesis consultations of 90 minutes)",
        "2027-02-22T09:00",
        "America/Chicago",
        30,
        [
            R("tutor-amara", "Amara", "mon-thu", "10-18"),
            R("tutor-ben", "Ben", "tue,wed,thu,fri,sun", "12-21"),
            R("room-303", "Room 303", "mon-sun", "9-21"),
        ],
        "undergraduates texting in lowercase at night, international graduate students writing careful English (Chinese, Korean, Nigerian, Brazilian), a mature student with kids, a stressed senior with a deadline ('my paper is due friday at noon')",
        "deadlines and class schedules as limits kept through turns ('I have class MWF 10-11'), availability questions then picks by number, clock and tutor, fragments that carry a wish ('amara?', 'later pls', 'the 60 min one'), a tutor asked for then 'anyone', length changes ('actually make it an hour'), corrections of only the day or only the clock, a second session later the same week, cancelling one of two sessions, 'cancel that' meaning the first booking, questions about what to bring between turns, thanks"
        + CONV_RULE,
    ),
    (
        "c132",
        "a bicycle repair shop in Copenhagen (tune-ups of 60 minutes, wheel repairs of 30 minutes, cargo bike services of 90 minutes)",
        "2027-04-26T08:00",
        "Europe/Copenhagen",
        60,
        [
            R("mech-soren", "Søren", "mon-fri", "8-17"),
            R("mech-aisha", "Aisha", "tue,wed,thu,fri,sat", "9-18"),
        ],
        "Danes writing English with Danish words ('i morgen' tomorrow, 'i eftermiddag' this afternoon, 'hej', 'tak', 'kl. 16', 'halv fire' meaning 15:30), expats on work contracts, parents with cargo bikes and toddlers, students on tight budgets, a courier company booking several bikes",
        "commutes, daycare pick-up and rain as limits, dropping off before work and collecting after, a mechanic asked for then 'whoever', 24-hour clocks and 'kl.', availability questions then picks by number, clock and mechanic, moves with the time kept, corrections of only the day or only the clock, several bikes over several turns and one cancelled, 'cancel that' meaning the first booking, price questions between turns, thanks"
        + CONV_RULE,
    ),
    (
        "c133",
        "a mobile auto glass repair service in Phoenix (chip repairs of 30 minutes, windshield replacements of 2 hours), technicians come to the customer",
        "2027-06-28T07:00",
        "America/Phoenix",
        120,
        [
            R("tech-ramon", "Ramon", "mon-fri", "7-16"),
            R("tech-jess", "Jess", "mon,wed,thu,fri,sat", "8-17"),
        ],
        "commuters with a cracked windshield texting from the parking lot, insurance-claim customers quoting claim numbers and dates, a retired snowbird, a fleet manager for landscaping trucks, Spanish-English customers",
        "the heat ('before it hits 100', 'early morning only'), work hours when the car is at the office, insurance approval as a condition, a technician asked for then 'whoever', arrival windows, picks among shown slots by number, clock and technician, 'anything earlier?', moves with the time kept, corrections of only the day or only the clock, a second car booked later, cancelling one of two bookings, 'cancel that' meaning the first booking, questions about insurance and price between turns, thanks"
        + CONV_RULE,
    ),
    (
        "c134",
        "a nail salon in Houston run by a Vietnamese-American family (manicures of 30 minutes, pedicures of 45 minutes, full sets of 75 minutes)",
        "2027-03-15T10:00",
        "America/Chicago",
        45,
        [
            R("tech-vy", "Vy", "mon-sat", "10-19"),
            R("tech-tony", "Tony", "tue,wed,thu,fri,sat,sun", "11-20"),
            R("tech-kim", "Kim", "thu-sun", "10-18"),
        ],
        "regulars texting with emoji and abbreviations ('mani pedi', 'fs', 'tmrw', 'pls', 'lmk'), a bride booking a group for the wedding party, a high-school student before prom, a nurse after night shifts, Spanish-English customers, the owner's cousin booking casually",
        "groups booked at the same time or back to back, a technician asked for or refused ('not tony lol'), fragments that carry a wish ('vy?', 'earlier?', 'sun better'), availability questions then picks by number, clock and technician, corrections of only the day or only the clock, moves with the time kept, a second booking for a friend, cancelling one of two bookings by name, 'cancel that' meaning the first booking, price questions between turns, thanks"
        + CONV_RULE,
    ),
]

MORE_CONV_WRITERS += [
    (
        "c135",
        "a day spa in Ho Chi Minh City (massages of 60 or 90 minutes, facials of 60 minutes, foot reflexology of 45 minutes)",
        "2027-05-10T09:00",
        "Asia/Ho_Chi_Minh",
        60,
        [
            R("ther-lan", "Lan", "mon-sat", "9-18"),
            R("ther-hung", "Hùng", "tue,wed,thu,fri,sat,sun", "12-21"),
        ],
        "Vietnamese customers writing English with Vietnamese words ('mai' tomorrow, 'sáng' morning, 'chiều' afternoon, 'tối' evening, 'lúc 3 giờ', 'ạ', 'cảm ơn'), often without diacritics ('chieu mai'), expats and tourists from Korea and Australia, a hotel concierge booking for guests, a regular who texts in fragments",
        "tours, flights and hotel check-out as limits kept through turns, couples booked at the same time, a therapist asked for then 'anyone', bare numbers that pick a shown option and bare numbers that are a new clock ('3 ok' after three options, 'make it 4'), availability questions then picks, moves with the time kept, corrections of only the day or only the clock, a third booking asked before the second was picked, cancelling one of two bookings, 'cancel that' meaning the first booking, price questions between turns, thanks"
        + CONV_RULE,
    ),
    (
        "c136",
        "a car service centre in Dubai (oil changes of 60 minutes, full services of 3 hours, AC checks of 90 minutes)",
        "2027-02-15T08:00",
        "Asia/Dubai",
        60,
        [
            R("adv-omar", "Omar", "sat,sun,mon,tue,wed,thu", "8-17"),
            R("adv-priya", "Priya", "mon-sat", "10-20"),
        ],
        "Emiratis and Arabs writing Arabizi and English ('bukra' tomorrow, 'ba3d el dohr' after midday prayer, 'el sa3a 4', 'inshallah', 'yalla', 'msa' evening), Indian and Filipino residents writing English, a fleet manager for delivery vans, expats writing formally, Ramadan hours ('after iftar')",
        "prayer times and iftar as limits, Friday closures and weekend days, drop-off before work and pick-up after, a service advisor asked for then 'whoever', availability questions then picks by number, clock and advisor, failed picks (the option is gone) and what follows, 'anything earlier?', moves with the time kept, corrections of only the day or only the clock, a second car booked later, cancelling one of two bookings, 'cancel that' meaning the first booking, price questions between turns, thanks"
        + CONV_RULE,
    ),
    (
        "c137",
        "a Muay Thai gym in Bangkok (private lessons of 60 minutes, group classes of 90 minutes, trial classes of 60 minutes)",
        "2027-08-02T07:00",
        "Asia/Bangkok",
        60,
        [
            R("kru-somchai", "Kru Somchai", "mon-sat", "7-12"),
            R("kru-nong", "Kru Nong", "mon,tue,wed,thu,fri,sun", "14-21"),
        ],
        "tourists on short trips writing English from hostels, Thai customers writing English with romanised Thai ('prung nee' tomorrow, 'torn chao' morning, 'torn yen' evening, 'sam mong' 3pm-ish, 'krub', 'ka'), a Russian expat writing terse English, a fighter preparing for a bout, a couple booking together",
        "the heat and flights as limits ('before it gets hot', 'my flight is Thursday night'), a trainer asked for then 'whoever', bare numbers that pick a shown option and bare numbers that are a new clock, availability questions then picks by number, clock and trainer, 'anything later?', moves with the time kept, corrections of only the day or only the clock, several lessons over a week and one cancelled, a third lesson asked before the second was picked, 'cancel that' meaning the first booking, price questions between turns, thanks"
        + CONV_RULE,
    ),
    (
        "c138",
        "an orthodontist in Minneapolis (adjustments of 20 minutes, consultations of 45 minutes, braces fittings of 90 minutes)",
        "2027-10-11T08:00",
        "America/Chicago",
        20,
        [
            R("dr-lindqvist", "Dr. Lindqvist", "mon-thu", "8-17"),
            R("dr-amadi", "Dr. Amadi", "tue,wed,thu,fri", "10-18"),
        ],
        "busy parents texting for two or three children, teenagers booking their own adjustments in slang, a Somali-American mother writing simple English, a Hmong-American grandfather via his grandson, a divorced dad who has the kids on alternate weeks",
        "school times and sports as limits stated with clocks ('school gets out at 2:50', 'hockey at 5'), a doctor asked for then 'whoever', siblings booked back to back, bare numbers that pick a shown option and bare numbers that are a new clock ('2 works' after two options, 'can we do 4'), a third child's booking asked before the second was picked, failed picks and what follows, cancels after a failed pick, moves with the time kept, corrections of only the day or only the clock, 'cancel that' meaning the first booking, questions about insurance between turns, thanks"
        + CONV_RULE,
    ),
]

MORE_CONV_WRITERS += [
    (
        "c139",
        "a restaurant in New Orleans taking table reservations by text (tables for 1 to 12, dinner seatings of 90 minutes, brunch seatings of 75 minutes)",
        "2027-04-05T11:00",
        "America/Chicago",
        90,
        [
            R("table-main", "Main room", "tue-sun", "11-22"),
            R("table-courtyard", "Courtyard", "wed-sun", "17-22"),
        ],
        "locals texting casually ('yall', 'pls', 'fr'), tourists from the UK and Germany, a wedding planner booking a rehearsal dinner, an older couple writing formally, a food blogger, a guy booking an anniversary surprise",
        "party sizes that change across turns ('make it 8 now'), the courtyard asked for then 'inside is fine', show times and parades as limits, availability questions then picks by number and clock, bare numbers that are the party size and bare numbers that are a clock, 'anything later?', moves with the time kept, corrections of only the day or only the clock, a brunch and a dinner booked in one conversation and one cancelled, 'cancel that' meaning the first booking, questions about the menu and parking between turns, thanks"
        + CONV_RULE,
    ),
    (
        "c140",
        "a citizens' services office in Berlin booking appointments in English for expats (registrations of 20 minutes, residence permits of 45 minutes, document pick-ups of 10 minutes)",
        "2027-01-18T08:00",
        "Europe/Berlin",
        20,
        [
            R("desk-weber", "Frau Weber", "mon-thu", "8-15"),
            R("desk-yilmaz", "Herr Yilmaz", "tue,wed,thu,fri", "10-18"),
        ],
        "expats writing English with German words ('Anmeldung', 'Termin', 'morgen', 'nachmittags', 'um 14 Uhr', 'halb drei'), an American student, an Indian software engineer writing formal English, a Turkish-German family booking for parents, a stressed freelancer whose visa expires soon",
        "work, language classes and childcare as limits, a clerk asked for then 'egal' (whoever), availability questions then picks by number, clock and clerk, failed picks (the slot is gone) and what follows, 'anything earlier?', moves with the time kept, corrections of only the day or only the clock, a second appointment for a spouse, cancelling one of two appointments, 'cancel that' meaning the first booking, questions about documents between turns, thanks"
        + CONV_RULE,
    ),
    (
        "c141",
        "a home care agency in Cardiff booking carer visits (visits of 30 or 60 minutes, assessments of 90 minutes)",
        "2027-06-14T08:00",
        "Europe/London",
        60,
        [
            R("carer-bethan", "Bethan", "mon-fri", "7-15"),
            R("carer-rhys", "Rhys", "mon,tue,wed,sat,sun", "12-21"),
        ],
        "adult children arranging care for a parent, elderly clients writing slowly and politely with some Welsh ('bore da', 'diolch', 'prynhawn'), a hospital discharge nurse writing formally, a son working abroad in Dubai writing in his own time zone, a neighbour helping out",
        "medication times and meals as limits ('she has her tablets at 8'), a carer asked for then 'whoever', a visit every day of a week and one day changed, availability questions then picks by number, clock and carer, moves with the time kept, corrections of only the day or only the clock, visits for two parents, cancelling one of two bookings, 'cancel that' meaning the first booking, questions about costs between turns, thanks"
        + CONV_RULE,
    ),
]


MORE_CONV_WRITERS += [
    (
        "c142",
        "a dog grooming salon in Portland, Oregon (small dogs 60 minutes, large dogs 90 minutes, nail trims 15 minutes)",
        "2027-05-17T08:00",
        "America/Los_Angeles",
        60,
        [
            R("groomer-kayla", "Kayla", "tue-sat", "8-16"),
            R("groomer-dev", "Dev", "mon,wed,thu,fri,sun", "10-18"),
        ],
        "dog owners texting with their dog's name in every message, a couple with three dogs, a busy nurse, a retiree who writes long friendly messages, a dog walker booking for clients, someone whose dog is anxious and needs a quiet time",
        "several dogs booked back to back or the same time, sizes that change the length, a groomer asked for then 'whoever', 'same as last time', work and daycare drop-off as limits, availability questions then picks by number, clock and groomer, 'anything earlier?', moves with the time kept, corrections of only the day or only the clock, cancelling one dog's booking by name, 'cancel that' meaning the first booking, questions about prices and flea baths between turns, thanks"
        + CONV_RULE,
    ),
    (
        "c143",
        "a music school in Vienna (piano and violin lessons of 45 minutes, trial lessons of 30 minutes, theory of 60 minutes)",
        "2027-09-06T09:00",
        "Europe/Vienna",
        45,
        [
            R("teacher-lena", "Frau Lena Gruber", "mon-thu", "13-20"),
            R("teacher-tomas", "Herr Tomas Novak", "tue,wed,thu,fri,sat", "10-18"),
        ],
        "Viennese parents writing English with German words ('morgen', 'Vormittag', 'Nachmittag', 'um halb vier', 'ab 15 Uhr', 'Jause'), expat diplomats' families writing formal English, an adult beginner, a conservatory applicant, a grandmother booking for twins",
        "school and Hort pick-up times as limits, 'halb vier' meaning 15:30, a teacher asked for then 'egal', two children booked back to back, availability questions then picks by number, clock and teacher, moves with the time kept, corrections of only the day or only the clock, a trial lesson then a regular one, cancelling one of two lessons, 'cancel that' meaning the first booking, questions about instruments and fees between turns, thanks"
        + CONV_RULE,
    ),
    (
        "c144",
        "a dermatology clinic in São Paulo (consultations of 30 minutes, procedures of 60 minutes, follow-ups of 15 minutes)",
        "2027-03-08T08:00",
        "America/Sao_Paulo",
        30,
        [
            R("dra-camila", "Dra. Camila", "mon-fri", "8-17"),
            R("dr-rafael", "Dr. Rafael", "tue,wed,thu,sat", "10-19"),
        ],
        "Brazilians writing English mixed with Portuguese ('amanhã', 'de manhã', 'à tarde', 'depois das 3', 'qualquer horário', 'obrigada', 'tá bom'), executives writing on their phones between meetings, a university student, an American expat, a mother booking for a teenager with acne",
        "work, traffic and the rodízio day as limits, a doctor asked for then 'tanto faz' (whoever), a consultation then a procedure booked, availability questions then picks by number, clock and doctor, 'anything later?', moves with the time kept, corrections of only the day or only the clock, cancelling one of two bookings, 'cancel that' meaning the first booking, questions about health plans and prices between turns, thanks"
        + CONV_RULE,
    ),
    (
        "c145",
        "an auto body and collision shop in Detroit (estimates of 30 minutes, drop-offs of 15 minutes, detailing of 3 hours)",
        "2027-02-01T07:00",
        "America/Detroit",
        30,
        [
            R("est-marcus", "Marcus", "mon-fri", "7-16"),
            R("est-dana", "Dana", "mon,tue,wed,thu,sat", "9-17"),
        ],
        "auto workers texting between shifts ('first shift', 'I'm off at 3:30'), insurance adjusters writing formally with claim numbers, a college kid who dinged his dad's car, an older Arab-American customer writing polite English, a fleet manager for a pizza chain",
        "shift times and rides as limits, claim numbers and dates that are not times, an estimator asked for then 'whoever', an estimate then a drop-off booked, availability questions then picks by number, clock and estimator, failed picks and what follows, moves with the time kept, corrections of only the day or only the clock, a second car booked later, cancelling one of two bookings, 'cancel that' meaning the first booking, questions about rentals and insurance between turns, thanks"
        + CONV_RULE,
    ),
    (
        "c146",
        "a tax preparation office in Atlanta during tax season (individual returns of 60 minutes, business returns of 90 minutes, document drop-offs of 15 minutes)",
        "2027-03-29T09:00",
        "America/New_York",
        60,
        [
            R("cpa-janet", "Janet (CPA)", "mon-sat", "9-18"),
            R("prep-kwame", "Kwame", "tue,wed,thu,fri,sat,sun", "11-20"),
        ],
        "anxious filers close to the deadline ('before the 15th!!'), couples filing jointly who both need to be there, a rideshare driver with a 1099, a small restaurant owner writing late at night, a retired teacher writing formally, a Nigerian-American nurse working nights",
        "the filing deadline and work shifts as limits, both spouses' times in one turn, a preparer asked for then 'whoever', a drop-off then a sit-down booked, availability questions then picks by number, clock and preparer, 'anything later?', moves with the time kept, corrections of only the day or only the clock, cancelling one of two bookings, 'cancel that' meaning the first booking, questions about fees and documents between turns, thanks"
        + CONV_RULE,
    ),
    (
        "c147",
        "a yoga and wellness studio in Ubud, Bali (private yoga of 60 minutes, sound healing of 90 minutes, sunrise classes of 75 minutes)",
        "2027-07-12T06:00",
        "Asia/Makassar",
        60,
        [
            R("teacher-made", "Made", "mon-sat", "6-14"),
            R("teacher-sarah", "Sarah", "tue,wed,thu,fri,sat,sun", "10-20"),
        ],
        "digital nomads writing casually, honeymooners, a retreat organiser booking for a group, Indonesian locals writing English with Indonesian words ('besok pagi', 'sore', 'jam 4'), an Australian family, a German tourist writing precise English",
        "sunrise and sunset, scooter rides and tours as limits, times in the visitor's home zone, a teacher asked for then 'whoever', groups and couples, availability questions then picks by number, clock and teacher, 'anything earlier?', moves with the time kept, corrections of only the day or only the clock, a class then a sound healing booked, cancelling one of two bookings, 'cancel that' meaning the first booking, questions about mats and prices between turns, thanks"
        + CONV_RULE,
    ),
]
MORE_CONV_WRITERS += [
    (
        "c148",
        "a laundry and dry-cleaning pickup service in Singapore (pickups and deliveries booked as 1-hour windows, suit and gown fittings of 30 minutes)",
        "2027-06-14T08:00",
        "Asia/Singapore",
        60,
        [
            R("van-ahmad", "Ahmad's van", "mon-sat", "8-16"),
            R("van-wei", "Wei's van", "tue,wed,thu,fri,sat,sun", "11-20"),
        ],
        "Singaporeans writing Singlish ('can or not', 'lah', 'later at night can?', 'tmr', 'aft 7 ok'), domestic helpers booking for their employers, an office worker texting between meetings, an elderly uncle writing slowly, an expat writing long messages",
        "a limit said once early that still holds many turns later while only the day changes ('after 7 only' then 'tmr instead' then 'ok Thursday then'), a pickup then a delivery booked after it, a third booking started before the second is picked, a pick that fails ('the 8pm one' when none is at 8) and then a cancel, cancelling the booking that two earlier turns both talked about, a van asked for or refused, picks by rank, clock and day, questions about prices and stains between turns, thanks"
        + CONV_RULE,
    ),
    (
        "c149",
        "a driving school in Kingston, Jamaica (lessons of 60 minutes, road-test practice of 90 minutes, theory sessions of 45 minutes)",
        "2027-09-20T07:00",
        "America/Jamaica",
        60,
        [
            R("inst-marlon", "Mr. Marlon", "mon-fri", "7-15"),
            R("inst-keisha", "Miss Keisha", "tue,wed,thu,fri,sat", "10-18"),
        ],
        "Jamaican English with some Patois ('mi cyaan come Monday', 'soon come', 'likkle later', 'inna di evening', 'weh time'), students after school, a nurse on shifts, a parent booking for a teenager, a returning resident from Toronto writing formal English",
        "a wish from the first turn kept through later turns while other parts change ('evenings only' kept when the day moves), a correction of only the clock, an instructor asked for, refused, then 'anybody', a length changed a turn later, an availability question then a booking, a second lesson booked for a sibling before the first pick, a pick that fails and is repeated, 'cancel that' meaning the first booking, questions about fees and the road test between turns, thanks"
        + CONV_RULE,
    ),
]
MORE_CONV_WRITERS += [
    (
        "c150",
        "a pool cleaning and repair company in Perth (service visits of 60 minutes, pump and heater repairs booked as 2-hour arrival windows)",
        "2027-11-15T06:30",
        "Australia/Perth",
        60,
        [
            R("tech-shane", "Shane", "mon-fri", "6-14"),
            R("tech-mel", "Mel", "tue,wed,thu,fri,sat", "9-17"),
        ],
        "Australians texting casually ('arvo', 'reckon', 'no dramas', 'brekkie'), property managers booking for several rentals, FIFO workers who are away for weeks ('I'm on swing till the 24th'), a retiree writing long polite emails, a parent before a kids' pool party",
        "a limit said early that holds while the day is corrected ('mornings only' then 'actually Thursday' then 'make it Friday'), a repair then a service booked after it, cancelling one of two bookings by what it is ('cancel the heater one, keep the clean'), a technician asked for then 'whoever', picks by rank, day and clock, an availability question then a booking, a length changed a turn later, 'cancel that' meaning the first booking after questions about chlorine and prices, thanks"
        + CONV_RULE,
    ),
    (
        "c151",
        "a notary and tax clinic in Montreal (notary appointments of 45 minutes, tax clinic sessions of 30 minutes)",
        "2027-03-29T08:45",
        "America/Toronto",
        30,
        [
            R("notaire-gagnon", "Me Gagnon", "mon-thu", "9-17"),
            R("conseil-amir", "Amir (tax volunteer)", "tue-sat", "10-18"),
        ],
        "Quebecers writing French, English or both in one turn ('la deuxième', 'le lundi matin', 'après 3h', 'annule ça', 'correct' meaning OK), anglophone students, newcomers from Haiti, Morocco and India writing careful English or French, a retiree writing formally",
        "picks by rank in French and English ('la première', 'the 2nd one'), a limit kept across turns while the day changes, 'annule ça' / 'cancel that' meaning an earlier booking, a second appointment for a spouse before the first is picked, a failed pick, corrections of only the clock, a provider asked for then 'n'importe qui', questions about documents and fees between turns, thanks ('merci', 'bonne journée')"
        + CONV_RULE,
    ),
]
MORE_CONV_WRITERS += [
    (
        "c152",
        "a children's dental clinic in Riyadh (check-ups of 30 minutes, fillings of 45 minutes, orthodontic consultations of 40 minutes)",
        "2027-02-14T08:30",
        "Asia/Riyadh",
        30,
        [
            R("dr-hessa", "Dr. Hessa", "sun,mon,tue,wed,thu", "9-17"),
            R("dr-omar", "Dr. Omar", "sat,sun,mon,tue,wed", "13-21"),
        ],
        "Saudi parents writing English with Arabic words ('bukra', 'ba'd al-asr', 'ba'd al-maghrib', 'inshallah', 'yalla', 'khalas'), expat mothers from India, the Philippines and Egypt, a driver booking for the family, a father writing tersely between meetings",
        "a Sunday-to-Thursday week with Friday off ('not Friday obviously', 'after the weekend' meaning Sunday), prayer times as limits, several children booked one after another, a limit said early that holds while the day changes, a doctor asked for (a female dentist for a daughter) or refused, picks by rank, clock and child, cancelling one child's booking ('cancel Sara's, keep Omar's'), 'cancel that' meaning an earlier booking, questions about prices and insurance between turns, thanks"
        + CONV_RULE,
    ),
    (
        "c153",
        "a ski and snowboard school in Whistler (private lessons of 2 hours, group lessons of 3 hours, rental fittings of 30 minutes)",
        "2027-01-11T07:30",
        "America/Vancouver",
        60,
        [
            R("inst-kenji", "Kenji", "mon-sun", "8-16"),
            R("inst-chloe", "Chloe", "wed-sun", "9-15"),
        ],
        "Australian seasonal workers texting casually, Japanese tourists writing careful English, families from Seattle and Toronto (in their own time zones), a British family with teenagers, a ski-club coordinator booking for several kids",
        "first lifts and last runs as limits ('has to finish before the lifts close at 4'), lessons for several family members one after another, an instructor asked for, refused ('not Kenji, the kids want Chloe'), then 'whoever', corrections of only the day, a limit held across turns, picks by rank and clock, a rental fitting booked before the lesson ('right before'), cancelling one of two bookings, 'cancel that' meaning the first booking, questions about weather and prices between turns, thanks"
        + CONV_RULE,
    ),
]

MORE_CONV_WRITERS += [
    (
        "c154",
        "a physiotherapy and hand therapy clinic in Wellington (assessments of 45 minutes, treatments of 30 minutes, splint fittings of 60 minutes)",
        "2027-06-07T08:00",
        "Pacific/Auckland",
        30,
        [
            R("physio-aroha", "Aroha", "mon,tue,wed,thu,fri", "7-15"),
            R("physio-ben", "Ben", "tue-sat", "11-19"),
        ],
        "New Zealanders texting casually ('sweet as', 'heaps', 'after smoko', 'keen'), a tradie with a hand injury typing with one thumb, a student with a sports injury, a Samoan family booking for a grandmother, an ACC case manager writing formally",
        "a limit said in turn one ('has to be before 10, I start work') that holds while the day is corrected twice, a splint fitting booked after the assessment ('and the splint straight after'), 'anything earlier?' and 'something later?' after options, picks by rank, clock and physio ('the 9.30 with Aroha'), a physio refused then 'whoever', cancelling one of two bookings by what it is, 'cancel that' meaning the first booking after questions about ACC forms and parking, a failed pick, thanks"
        + CONV_RULE,
    ),
    (
        "c155",
        "a car service and tyre centre in Birmingham (services of 2 hours, MOTs of 60 minutes, tyre fittings of 45 minutes)",
        "2027-09-20T07:45",
        "Europe/London",
        30,
        [
            R("bay-1", "Bay 1", "mon-sat", "8-17"),
            R("bay-2", "Bay 2 (MOT)", "mon,tue,wed,thu,fri", "8-18"),
        ],
        "Brummie English ('tara a bit', 'ar', 'bostin', 'yam'), fleet managers booking several vans in one conversation, a nervous new driver asking many questions, a retired man writing long polite messages, a delivery driver texting between drops",
        "drop-off and pick-up limits ('need it back by half 5 for the school run'), an MOT and a service booked one after another, a bay asked for by what it does, availability questions then a booking, a length changed a turn later ('oh and tyres too, so longer'), corrections of only the clock, picks by rank and clock ('the 8 o'clock one'), asks past the options shown, 'cancel that' meaning an earlier booking after questions about prices and courtesy cars, cancelling one van's booking and keeping the other, thanks"
        + CONV_RULE,
    ),
]
MORE_CONV_WRITERS += [
    (
        "c156",
        "a children's physiotherapy and occupational therapy practice in Cape Town (assessments of 60 minutes, therapy sessions of 45 minutes, school visits booked as 90 minutes)",
        "2027-04-19T07:30",
        "Africa/Johannesburg",
        15,
        [
            R("physio-thandi", "Thandi (physio)", "mon,tue,wed,thu,fri", "7-15"),
            R("ot-riaan", "Riaan (OT)", "mon,wed,thu,fri,sat", "9-17"),
        ],
        "South African English with Afrikaans and isiXhosa words ('just now' meaning later, 'now now' meaning soon, 'ag', 'lekker', 'shame', 'eish'), busy parents booking between work calls, a grandmother who looks after the children, a school's learner-support teacher writing formally, a father texting in lowercase",
        "school times and term dates as limits held across turns, load-shedding as a reason to move a time, two children booked one after the other ('and his sister straight after'), a therapist asked for and later 'whoever is free', picks by rank, clock and therapist, 'anything earlier?' after options, corrections of only the day, a failed pick, cancelling one child's session and keeping the other, 'cancel that' meaning the first booking after questions about medical aid and fees, thanks"
        + CONV_RULE,
    ),
    (
        "c157",
        "a dental clinic in San Juan, Puerto Rico (cleanings of 45 minutes, fillings of 60 minutes, emergency visits of 30 minutes)",
        "2027-06-14T08:00",
        "America/Puerto_Rico",
        15,
        [
            R("dra-rivera", "Dra. Rivera", "mon-fri", "8-16"),
            R("dr-santiago", "Dr. Santiago", "tue,wed,thu,fri,sat", "10-18"),
        ],
        "Puerto Ricans writing Spanish, English or both in one turn ('mañana en la tarde', 'después de las 3', 'la segunda', 'cancela eso', 'ok perfecto', 'wepa'), mainland visitors in their own time zones, an elderly man writing formally in Spanish, a mother booking for three kids, a nurse texting between shifts",
        "a limit said early that holds while the day is corrected ('solo por la mañana' then 'mejor el jueves'), picks by rank in Spanish and English, a second booking for a child placed after the first, a dentist asked for then refused, questions about plans and prices (Medicare Advantage, el plan) between booking turns, 'cancel that' / 'cancela eso' meaning an earlier booking, a correction of only the clock, asks past the options shown ('¿algo más temprano?'), thanks ('gracias', 'bendiciones')"
        + CONV_RULE,
    ),
    (
        "c158",
        "a physiotherapy and sports injury clinic in Leeds (assessments of 45 minutes, follow-ups of 30 minutes, sports massage of 60 minutes)",
        "2027-05-10T08:30",
        "Europe/London",
        15,
        [
            R("physio-priya", "Priya (physio)", "mon-fri", "8-18"),
            R("physio-dan", "Dan (physio)", "tue-sat", "9-17"),
            R("massage-room", "Massage room", "mon-sat", "10-20"),
        ],
        "Yorkshire and British English ('owt', 'nowt', 'dinner' for midday, 'tea' for the evening meal, 'half five', 'Tuesday gone', 'a week on Tuesday'), amateur footballers and runners texting between shifts, an office manager booking for staff, a retired man writing long emails, parents booking for a teenager",
        "limits held across turns ('not before half five, I'm at work') while the day changes, a week said once and kept ('next week' then 'Tuesday then'), picks by rank, clock and physio, a massage booked after the physio, 'cancel that' meaning an earlier booking after questions about prices and insurance, corrections of only the day or only the time, 'anything earlier?' after options, a pick that fails, thanks"
        + CONV_RULE,
    ),
    (
        "c159",
        "a bridal makeup, hair and mehndi studio in Brampton, Ontario (trials of 90 minutes, mehndi of 120 minutes, party makeup of 60 minutes)",
        "2027-04-05T11:00",
        "America/Toronto",
        30,
        [
            R("artist-simran", "Simran (makeup)", "tue-sat", "10-20"),
            R("artist-navdeep", "Navdeep (hair)", "wed-sun", "9-18"),
            R("mehndi-kiran", "Kiran (mehndi)", "thu-sun", "11-21"),
        ],
        "Punjabi-Canadian brides, their mothers and cousins writing English with Punjabi and Hindi words ('kal', 'parso', 'shaam nu', 'savere', 'ji', 'haan', 'theek hai'), voice notes typed out, group chats pasted, a wedding planner writing formally",
        "the wedding day and its events (sangeet, mehndi night, jaggo) as anchors across turns ('trial 2 weeks before the wedding, wedding is 15 May'), several people booked one after another, an artist asked for and refused, picks by rank, clock and artist, 'anything on the weekend?' after options, a correction of only the day, 'cancel that' meaning the first trial after questions about prices and travel fees, thanks"
        + CONV_RULE,
    ),
    (
        "c160",
        "a mobile mechanic service in western Sydney (logbook services of 120 minutes, brake jobs of 90 minutes, pre-purchase inspections of 60 minutes)",
        "2027-08-02T07:00",
        "Australia/Sydney",
        30,
        [
            R("mech-jase", "Jase (mechanic)", "mon-fri", "7-16"),
            R("mech-leila", "Leila (mechanic)", "tue-sat", "8-17"),
        ],
        "Australian English ('arvo', 'brekkie', 'servo', 'reckon', 'no worries', 'heaps', 'this arvo', 'tomoz', 'sparrow's fart' for very early), tradies texting from site, a Lebanese-Australian family booking for three cars, a nurse on rotating shifts, a fleet manager writing formally",
        "where the car is as part of the booking (home, work car park: limits by place and shift), limits held across turns ('only before 10, I start at 10:30') while the day changes, picks by rank, clock and mechanic, a second car booked after the first, 'cancel that' meaning the first car's service after questions about prices and parts, a correction of only the time, 'anything Saturday?' after options, a pick that fails, thanks"
        + CONV_RULE,
    ),
]

CONV_WRITERS += MORE_CONV_WRITERS
