"""Slot fillers of the twenty-second held-out round (``heldout22.py``): invented people of Kazakh,
Malagasy, Slovene, Zulu, Khmer, Latvian, Albanian, Somali, Nepali, Romanian, Fijian, Uzbek, Maltese and
Flemish origin in many name shapes (a hyphenated family name, a hyphenated given name, a middle
initial, a particle family name `Van den Broeck` / `De Smet`, a three-part Somali name, a middle name,
diacritics, a given name ending in -an), quotation marks (straight, curly, British single,
guillemets), open-class cue verbs, quotations, questions and clauses of canal locks, seed banks, ski
patrol, lifeboat stations, vineyard cooperatives, museum conservation, bridge inspection, ambulance
dispatch, bus depots and botanic gardens, roles with their bodies, relations (kin, lawyers,
spokespeople), groups, datelines and bylines, that no development template or earlier held-out round
uses.

Every name, body and sentence here was written for this round; the people and bodies are invented
(the places, and the news agencies, are real).
"""

from __future__ import annotations

from attrs import frozen


@frozen
class Person22:
    """An invented person: full name, the family name used after an honorific, gender (`f`/`m`), the
    culture (for nationality nouns) and the name shape (for reading the templates)."""

    full: str
    last: str
    gender: str
    culture: str
    shape: str

    @property
    def pronoun(self) -> str:
        """`she` or `he`."""
        return "she" if self.gender == "f" else "he"

    @property
    def poss(self) -> str:
        """`her` or `his`."""
        return "her" if self.gender == "f" else "his"

    @property
    def obj(self) -> str:
        """`her` or `him`."""
        return "her" if self.gender == "f" else "him"

    @property
    def ref(self) -> str:
        """How a later sentence names the person: `Ms Kovačič`, `Mr De Smet`."""
        return f"{'Ms' if self.gender == 'f' else 'Mr'} {self.last}"


@frozen
class Mark22:
    """A pair of quotation marks; ``curly`` marks take curly apostrophes inside."""

    open: str
    close: str

    @property
    def curly(self) -> bool:
        """Whether the marks are typographic (then apostrophes are `’`)."""
        return self.open in "“‘"

    def q(self, text: str) -> str:
        """*text* between the marks, its apostrophes matching the marks' style."""
        if self.curly:
            text = text.replace("'", "’")
        return f"{self.open}{text}{self.close}"


DOUBLE22 = (Mark22('"', '"'), Mark22("“", "”"))
SINGLE22 = (Mark22("'", "'"), Mark22("‘", "’"))
MARKS22 = DOUBLE22 + SINGLE22
GUILLEMETS22 = (Mark22("«", "»"), Mark22("« ", " »"))

WOMEN22 = (
    Person22("Dinara Zhumabekova", "Zhumabekova", "f", "Kazakh", "plain"),
    Person22("Voahangy Rakotondrabe", "Rakotondrabe", "f", "Malagasy", "long family name"),
    Person22("Špela Kovačič", "Kovačič", "f", "Slovene", "diacritics"),
    Person22("Nokuthula Ngcobo-Khanyile", "Ngcobo-Khanyile", "f", "Zulu", "hyphenated family name"),
    Person22("Sothea Chhim", "Chhim", "f", "Khmer", "short family name"),
    Person22("Ilze Bērziņa", "Bērziņa", "f", "Latvian", "diacritics"),
    Person22("Blerta Hoxha", "Hoxha", "f", "Albanian", "plain"),
    Person22("Ifrah Abdi Guled", "Guled", "f", "Somali", "three-part name"),
    Person22("Pramila R. Gurung", "Gurung", "f", "Nepali", "middle initial"),
    Person22("Corina-Elena Dumitrescu", "Dumitrescu", "f", "Romanian", "hyphenated given name"),
    Person22("Mereani Tuilevuka", "Tuilevuka", "f", "Fijian", "plain"),
    Person22("Gulnora Khodjaeva", "Khodjaeva", "f", "Uzbek", "plain"),
    Person22("Charmaine Abela", "Abela", "f", "Maltese", "plain"),
    Person22("Griet Van den Broeck", "Van den Broeck", "f", "Flemish", "particle family name"),
)

MEN22 = (
    Person22("Yerlan Abdikarimov", "Abdikarimov", "m", "Kazakh", "-an given name"),
    Person22("Hery Andrianarivelo", "Andrianarivelo", "m", "Malagasy", "long family name"),
    Person22("Matej Žnidaršič", "Žnidaršič", "m", "Slovene", "diacritics"),
    Person22("Thulani Mkhwanazi", "Mkhwanazi", "m", "Zulu", "plain"),
    Person22("Vannak Sok", "Sok", "m", "Khmer", "short family name"),
    Person22("Jānis Ozoliņš", "Ozoliņš", "m", "Latvian", "diacritics"),
    Person22("Arben Gjoka", "Gjoka", "m", "Albanian", "plain"),
    Person22("Mukhtar Hussein Geele", "Geele", "m", "Somali", "three-part name"),
    Person22("Bishnu Prasad Bhattarai", "Bhattarai", "m", "Nepali", "middle name"),
    Person22("Cătălin Vlăduțescu", "Vlăduțescu", "m", "Romanian", "diacritics"),
    Person22("Josaia Waqanivalu", "Waqanivalu", "m", "Fijian", "plain"),
    Person22("Otabek Ergashev", "Ergashev", "m", "Uzbek", "plain"),
    Person22("Jean-Paul Grech", "Grech", "m", "Maltese", "hyphenated given name"),
    Person22("Pieter-Jan De Smet", "De Smet", "m", "Flemish", "hyphenated given name, particle"),
)

PEOPLE22 = tuple(p for pair in zip(WOMEN22, MEN22, strict=True) for p in pair)

#: Nationality of each culture: (adjective, the noun for one person, the country).
NATIONS22 = {
    "Kazakh": ("Kazakh", "Kazakh", "Kazakhstan"),
    "Malagasy": ("Malagasy", "Malagasy", "Madagascar"),
    "Slovene": ("Slovenian", "Slovenian", "Slovenia"),
    "Zulu": ("South African", "South African", "South Africa"),
    "Khmer": ("Cambodian", "Cambodian", "Cambodia"),
    "Latvian": ("Latvian", "Latvian", "Latvia"),
    "Albanian": ("Albanian", "Albanian", "Albania"),
    "Somali": ("Somali", "Somali", "Somalia"),
    "Nepali": ("Nepali", "Nepali", "Nepal"),
    "Romanian": ("Romanian", "Romanian", "Romania"),
    "Fijian": ("Fijian", "Fijian", "Fiji"),
    "Uzbek": ("Uzbek", "Uzbek", "Uzbekistan"),
    "Maltese": ("Maltese", "Maltese", "Malta"),
    "Flemish": ("Belgian", "Belgian", "Belgium"),
}

DAYS22 = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

#: Roles: (apposition after the name, title before the name, parts a title must contain, the role
#: noun a later description uses).
ROLES22 = (
    (
        "head lock keeper at the Dunmore Canal Trust",
        "Dunmore Canal Trust head lock keeper",
        ("lock keeper", "Dunmore Canal Trust"),
        "lock keeper",
    ),
    (
        "curator of the Tarnava Seed Bank",
        "Tarnava Seed Bank curator",
        ("curator", "Tarnava Seed Bank"),
        "curator",
    ),
    (
        "ski patrol director at the Shymbulak Mountain Resort",
        "Shymbulak Mountain Resort ski patrol director",
        ("ski patrol director", "Shymbulak Mountain Resort"),
        "ski patrol director",
    ),
    (
        "coxswain of the Marsaxlokk Lifeboat Station",
        "Marsaxlokk Lifeboat Station coxswain",
        ("coxswain", "Marsaxlokk Lifeboat Station"),
        "coxswain",
    ),
    (
        "president of the Goriška Brda Vineyard Cooperative",
        "Goriška Brda Vineyard Cooperative president",
        ("president", "Goriška Brda Vineyard Cooperative"),
        "cooperative's president",
    ),
    (
        "senior conservator at the Riga Museum of Decorative Arts",
        "Riga Museum of Decorative Arts senior conservator",
        ("conservator", "Riga Museum of Decorative Arts"),
        "conservator",
    ),
    (
        "chief bridge inspector for the Ialomița County Roads Department",
        "Ialomița County Roads Department chief bridge inspector",
        ("bridge inspector", "Ialomița County Roads Department"),
        "bridge inspector",
    ),
    (
        "dispatch supervisor at the Pietermaritzburg Ambulance Control Centre",
        "Pietermaritzburg Ambulance Control Centre dispatch supervisor",
        ("dispatch supervisor", "Pietermaritzburg Ambulance Control Centre"),
        "dispatch supervisor",
    ),
    (
        "depot manager for Suva City Buses",
        "Suva City Buses depot manager",
        ("depot manager", "Suva City Buses"),
        "depot manager",
    ),
    (
        "head gardener at the Tashkent Botanic Garden",
        "Tashkent Botanic Garden head gardener",
        ("head gardener", "Tashkent Botanic Garden"),
        "head gardener",
    ),
)

#: For each role: its body as written in running text, the role noun, and the body's kind noun.
BODIES22 = (
    ("the Dunmore Canal Trust", "head lock keeper", "trust"),
    ("the Tarnava Seed Bank", "curator", "seed bank"),
    ("the Shymbulak Mountain Resort", "ski patrol director", "resort"),
    ("the Marsaxlokk Lifeboat Station", "coxswain", "station"),
    ("the Goriška Brda Vineyard Cooperative", "president", "cooperative"),
    ("the Riga Museum of Decorative Arts", "senior conservator", "museum"),
    ("the Ialomița County Roads Department", "chief bridge inspector", "department"),
    ("the Pietermaritzburg Ambulance Control Centre", "dispatch supervisor", "centre"),
    ("Suva City Buses", "depot manager", "company"),
    ("the Tashkent Botanic Garden", "head gardener", "garden"),
)

#: Two quotations for each role of ROLES22 (no apostrophes: they also go between single marks).
ROLE_QUOTES22 = (
    (
        "The upper gate leaks a bathful of water every minute",
        "Forty boats went through the flight on the first warm Sunday",
    ),
    (
        "Some of these seeds were collected before the war and still sprout",
        "A freezer failure here would cost us a century of work",
    ),
    (
        "The north bowl stays closed until the slab is stable",
        "We dug out two skiers before lunch and both walked away",
    ),
    (
        "The crew was on the water nine minutes after the pager went",
        "Every one of our volunteers has a day job and a wet bag by the door",
    ),
    (
        "The hail took a third of the grapes in a quarter of an hour",
        "Our members would rather sell less wine than sell cheaper wine",
    ),
    (
        "The varnish on this cabinet is older than the building",
        "We clean one square centimetre at a time with a cotton bud",
    ),
    (
        "The bearings on the old span have not moved in a decade",
        "I found rust in places the drawings say there is no steel",
    ),
    (
        "We sent the nearest crew and it was still forty minutes away",
        "Half the calls on a Friday night are not emergencies at all",
    ),
    (
        "Eleven of our buses failed the brake test last month",
        "The drivers start at four because the first shift leaves at five",
    ),
    (
        "The palm house lost its heating on the coldest night of the year",
        "Some of these cacti were planted by my predecessor in 1964",
    ),
)

#: Quotations anyone in the round may say (no apostrophes).
ALL_Q22 = (
    "The water came up to the second step of the church",
    "We were promised an answer before the harvest",
    "Nobody from the council has been down here since March",
    "I have signed every report and I stand by all of them",
    "The money was spent on exactly what we said it would be",
    "There are four of us doing the work of nine",
    "My father did this job and his mother before him",
    "We will be back next year with twice as many people",
)

#: Second parts of a split quotation (they follow a comma, so they start in lower case).
SECOND_Q22 = (
    "and nobody has told us why",
    "but we will keep going until the spring",
    "and the rest of the valley knows it too",
    "so the next move belongs to the ministry",
)

#: Reported clauses a person says (they also follow `whether` and `denied that`).
CLAUSES22 = (
    "the canal trust would replace the upper lock gates by the summer",
    "the seed bank had lost power twice in the autumn",
    "the ski patrol would close the north bowl after heavy snow",
    "the lifeboat station needed a new slipway before the winter",
    "the vineyard cooperative had sold its grapes below cost",
    "the museum would send the painted cabinets abroad for repair",
    "the old bridge over the Ialomița had been inspected on time",
    "the ambulance service had missed its response targets in July",
    "the bus depot would switch to electric buses within five years",
)

#: Clauses after `why`.
WHY_CLAUSES22 = (
    "the lock had been left unmanned over the holiday",
    "the seed bank had no backup generator",
    "the lifeboat crew had waited an hour for fuel",
    "the night buses had been cut without a consultation",
    "nobody had inspected the bridge since 2017",
)

#: Quoted questions (no apostrophes), each ending in `?`.
QUESTIONS22 = (
    "Who is going to pay for the new gates?",
    "Why did nobody check the generator before the storm?",
    "How many more skiers have to be dug out before the slope is closed?",
    "What happens to the crew if the station shuts?",
    "Where were the inspectors when the cracks first appeared?",
    "Is this really the best the ministry can offer?",
    "When will the night buses come back?",
    "Does anybody here remember the last time the river froze?",
)

#: Fronted questions' topics: `Asked about TOPIC, NAME said: "Q."`.
TOPICS22 = (
    "the closure of the lower lock",
    "the missing seed samples",
    "the avalanche on the north bowl",
    "the delay in launching the lifeboat",
    "the ruined harvest",
    "the cracks in the bridge",
    "the longer waits for ambulances",
    "the cancelled night routes",
)

#: Newspapers and newsletters: (interviewing paper, newsletter written in).
PAPERS22 = (
    ("Dunmore Courier", "trust's quarterly newsletter"),
    ("Ljubljana Evening Post", "cooperative's members' bulletin"),
    ("Valletta Herald", "station's annual report"),
    ("Fiji Morning Star", "union newsletter"),
    ("Almaty Observer", "resort's winter bulletin"),
)

#: Groups for quantified speakers: (plural, singular, where they were met).
GROUPS22 = (
    ("lifeboat volunteers", "lifeboat volunteer", "on the slipway"),
    ("ski patrollers", "ski patroller", "at the summit hut"),
    ("bus drivers", "bus driver", "in the depot canteen"),
    ("grape growers", "grape grower", "at the cooperative's press house"),
    ("ambulance dispatchers", "ambulance dispatcher", "in the control room"),
    ("lock keepers", "lock keeper", "on the towpath"),
)

GROUP_Q22 = (
    "We found out about the cuts from the local radio",
    "The rota changes every week and nobody asks us",
    "We have not had a pay rise since the depot was rebuilt",
    "People think it runs itself but it does not",
    "The new boss has never worked a night shift",
    "If the young ones leave, nobody will be left to teach",
)

GROUP_CLAUSES22 = (
    "the new shift pattern had been imposed without a vote",
    "they had not been paid for the extra hours in January",
    "the radios in the vans had failed twice in a week",
    "they would walk out if the offer was not improved",
)

#: Relations of kin (feminine, masculine).
KIN22 = (
    ("daughter", "son"),
    ("sister", "brother"),
    ("wife", "husband"),
    ("niece", "nephew"),
    ("mother", "father"),
)

#: Clauses about someone a relation speaks for (they name that person as `they`-free text).
RELATION_CLAUSES22 = (
    "the family had not been told about the inquiry until Friday",
    "the charges would be fought in court",
    "the letter to the council had been written in good faith",
    "the accident at the lock had been nobody's fault",
    "the money had been repaid in full in March",
)

#: Open-class cue verbs no common lexicon lists: (past, present).
OPEN_VERBS22 = (
    ("reminisced", "reminisces"),
    ("simpered", "simpers"),
    ("equivocated", "equivocates"),
    ("tsk-tsked", "tsk-tsks"),
    ("lilted", "lilts"),
    ("clucked", "clucks"),
    ("chuntered", "chunters"),
    ("vouchsafed", "vouchsafes"),
    ("soothed", "soothes"),
    ("warbled", "warbles"),
    ("gabbled", "gabbles"),
    ("blathered", "blathers"),
    ("sermonised", "sermonises"),
    ("expounded", "expounds"),
)

#: Participle clauses after an open cue.
ADJUNCTS22 = (
    "glancing at the clock",
    "folding the map",
    "waving at the crowd on the quay",
    "pulling off a wet glove",
)

#: Bodies: (name in running text, kind noun, a thing it closed).
ORGS22 = (
    ("the Dunmore Canal Trust", "trust", "the lower flight of locks"),
    ("the Shymbulak Mountain Resort", "resort", "two of its chairlifts"),
    ("Suva City Buses", "company", "its night routes"),
    ("the Tarnava Seed Bank", "seed bank", "its public gallery"),
    ("the Riga Museum of Decorative Arts", "museum", "its east wing"),
    ("the Goriška Brda Vineyard Cooperative", "cooperative", "its tasting room"),
)

ORG_Q22 = (
    "We apologise to everyone whose plans have been disrupted",
    "Safety has to come first, however unpopular that is",
    "A full review will be published in the spring",
    "We expect to reopen before the end of the season",
)

#: Role nouns outside common lists, in apposition: (apposition, parts a title must contain).
ODD_ROLES22 = (
    ("a lock-gate carpenter from Dunmore", ("lock-gate carpenter",)),
    ("a seed counter in Tarnava", ("seed counter",)),
    ("an avalanche-dog handler at Shymbulak", ("avalanche-dog handler",)),
    ("a tractor driver for the Marsaxlokk lifeboat", ("tractor driver",)),
    ("a cellar hand in Goriška Brda", ("cellar hand",)),
    ("a gilding restorer in Riga", ("gilding restorer",)),
    ("a rivet tester from Slobozia", ("rivet tester",)),
    ("a bus washer at the Suva depot", ("bus washer",)),
)

#: Ministers with a country adjective: (title before the name, parts the title must contain).
MINISTERS22 = (
    ("Latvian Culture Minister", ("Latvian", "Culture Minister")),
    ("Maltese Transport Minister", ("Maltese", "Transport Minister")),
    ("Fijian Infrastructure Minister", ("Fijian", "Infrastructure Minister")),
    ("Albanian Tourism Minister", ("Albanian", "Tourism Minister")),
    ("Kazakh Emergencies Minister", ("Kazakh", "Emergencies Minister")),
)

#: Datelines: (dateline, a word that must appear in no quotation and no speaker).
DATELINES22 = (
    ("ALMATY, Kazakhstan (AP) —", "ALMATY"),
    ("ANTANANARIVO, Madagascar (AFP) —", "ANTANANARIVO"),
    ("LJUBLJANA, Slovenia, May 12 (Reuters) -", "LJUBLJANA"),
    ("PHNOM PENH, Cambodia (AP) —", "PENH"),
    ("RIGA (Reuters) -", "RIGA"),
    ("TIRANA, Albania —", "TIRANA"),
    ("MOGADISHU, Somalia (AFP) —", "MOGADISHU"),
    ("KATHMANDU, Nepal, Feb. 2 (Reuters) -", "KATHMANDU"),
    ("VALLETTA, Malta —", "VALLETTA"),
    ("SUVA, Fiji (AP) —", "SUVA"),
    ("GHENT, Belgium —", "GHENT"),
)

#: Bylines: (byline as printed, the reporter's surname that must not become a speaker).
BYLINES22 = (
    ("By Aliya Temirbekova and Rinor Berisha", "Temirbekova"),
    ("By Laila Osman\nHorn of Africa Correspondent", "Osman"),
    ("By Kalesi Naivalu | Pacific Desk", "Naivalu"),
    ("Words and pictures by Toon Verhaegen", "Verhaegen"),
    ("By Andraž Pečnik, Ljubljana Bureau", "Pečnik"),
)

#: Quotations with apostrophes inside and at the edges of words, for British single marks.
APOS_Q22 = (
    "The lock keepers' cottage hasn't had a new roof since the war",
    "We're givin' the old boat one more season, that's all",
    "It's the growers' money that's at stake, not the bank's",
    "The patrol's dogs can't work in this wind",
    "They'd never seen the river like this, y'know",
    "I've told 'em the depot won't close while I'm in charge",
    "It's half past four and the dispatchers' screens aren't workin'",
)

#: Gendered person nouns: (feminine, masculine).
GENDERED22 = (
    ("grandmother", "grandfather"),
    ("chairwoman", "chairman"),
    ("businesswoman", "businessman"),
    ("widow", "widower"),
)

#: Interview exchanges: (question, answer); answers hold no apostrophes and no colon.
EXCHANGES22 = (
    (
        "Why were the lock gates left open overnight?",
        "A cable snapped on the winch and we could not close them by hand.",
    ),
    (
        "How long can the seeds survive without power?",
        "About three days, and after that we start losing the oldest samples.",
    ),
    (
        "Will the lifeboat station stay open?",
        "It will as long as volunteers keep turning up at two in the morning.",
    ),
    (
        "What went wrong with the night buses?",
        "Too few drivers and too many breakdowns in the same month.",
    ),
)
