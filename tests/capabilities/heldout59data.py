"""Slot fillers of the fifty-ninth held-out round (``heldout59.py``), a round of DIPLOMACY, CONFLICT AND STATE
MEDIA as a wire's world desk writes it: eight invented countries (with their adjective, capital, language,
state news agency, state broadcaster, a newspaper and towns), thirty-two invented officials of those countries
(two women and two men each, with a gender and an age), straight and curly double marks, invented UN-style
and relief bodies, anonymous sources with their reasons, military ranks, ordinary people reached by telephone,
an invented wire (*Wirepress*) with its datelines, quotations, reported clauses, pointed fragments, narrative
sentences, and marks nobody speaks (operations, treaties, slogans, translated words, place names).

Every name, country, body, town and sentence here was written for this round.
"""

from __future__ import annotations

from attrs import frozen
from heldout_kit import Mark, Person

#: Straight and curly double marks (a wire's house marks).
MARKS59 = (Mark('"', '"'), Mark("\u201c", "\u201d"))


@frozen
class Country:
    """An invented country: its name (a prefix of its adjective), capital, language, state news agency (the
    name as written and the names a key may give it), state broadcaster, newspaper and towns."""

    name: str
    adj: str
    capital: str
    lang: str
    agency: str
    agency_names: tuple[str, ...]
    tv: str
    paper: str
    towns: tuple[str, ...]


COUNTRIES59 = (
    Country(
        "Ardesia",
        "Ardesian",
        "Velinor",
        "Ardesian",
        "Ardepress",
        ("Ardepress", "state news agency Ardepress", "state news agency"),
        "ARTV One",
        "the Velinor Herald",
        ("Dorresk", "Pilvany", "Sarnow"),
    ),
    Country(
        "Brunavia",
        "Brunavian",
        "Tosk",
        "Brunavian",
        "the Brunavian News Agency",
        ("Brunavian News Agency", "News Agency", "official Brunavian News Agency"),
        "Brunavian state television",
        "the Tosk Morning Post",
        ("Halvic", "Orebrin", "Stulno"),
    ),
    Country(
        "Kelvara",
        "Kelvaran",
        "San Idrel",
        "Spanish",
        "Kelvapress",
        ("Kelvapress", "state news agency Kelvapress", "state news agency"),
        "Canal Kelvara",
        "El Diario de San Idrel",
        ("Puerto Amel", "Varrosa", "Cienlago"),
    ),
    Country(
        "Zemaria",
        "Zemarian",
        "Orlach",
        "Zemarian",
        "ZemInform",
        ("ZemInform", "state news agency ZemInform", "state news agency"),
        "Zemarian state television",
        "the Orlach Gazette",
        ("Tirlach", "Bovrany", "Ostmere"),
    ),
    Country(
        "Tavrosia",
        "Tavrosian",
        "Hesk",
        "Tavrosian",
        "the Tavros Telegraph Agency",
        ("Tavros Telegraph Agency", "Telegraph Agency", "official Tavros Telegraph Agency"),
        "Tavrosian state radio",
        "the Hesk Observer",
        ("Meldun", "Karvel", "Yastrin"),
    ),
    Country(
        "Morvenna",
        "Morvennan",
        "Lisgard",
        "Morvennan",
        "MorvNews",
        ("MorvNews", "state news agency MorvNews", "state news agency"),
        "Morvennan state television",
        "the Lisgard Chronicle",
        ("Glendrath", "Aberwyl", "Penmarrow"),
    ),
    Country(
        "Qaradia",
        "Qaradian",
        "Al-Suwar",
        "Arabic",
        "the Qaradian Press Agency",
        ("Qaradian Press Agency", "Press Agency", "official Qaradian Press Agency"),
        "Qaradian state television",
        "Al-Suwar Today",
        ("Wadi Selm", "Khar Tamin", "Dar Ubeid"),
    ),
    Country(
        "Lirvania",
        "Lirvanian",
        "Dravno",
        "Lirvanian",
        "Lirpress",
        ("Lirpress", "state news agency Lirpress", "state news agency"),
        "Lirvanian state television",
        "the Dravno Daily",
        ("Sventa", "Moravik", "Kolbrun"),
    ),
)

#: Officials of the eight countries: two women and two men each (the culture is the country's name).
PEOPLE59 = (
    Person("Irena Dobrovan", "Dobrovan", "f", "Ardesia", 51),
    Person("Mirela Kostanic", "Kostanic", "f", "Ardesia", 44),
    Person("Tomas Kralvec", "Kralvec", "m", "Ardesia", 58),
    Person("Andrei Morsanu", "Morsanu", "m", "Ardesia", 47),
    Person("Elena Drumescu", "Drumescu", "f", "Brunavia", 49),
    Person("Olga Pashkirova", "Pashkirova", "f", "Brunavia", 55),
    Person("Pavel Ostrinsky", "Ostrinsky", "m", "Brunavia", 60),
    Person("Stefan Grubelic", "Grubelic", "m", "Brunavia", 43),
    Person("Lucia Ferrandel", "Ferrandel", "f", "Kelvara", 46),
    Person("Maria Estrelda", "Estrelda", "f", "Kelvara", 52),
    Person("Javier Montalvane", "Montalvane", "m", "Kelvara", 57),
    Person("Rafael Orbanez", "Orbanez", "m", "Kelvara", 41),
    Person("Katarina Velchova", "Velchova", "f", "Zemaria", 48),
    Person("Daniela Ruvenko", "Ruvenko", "f", "Zemaria", 39),
    Person("Nikolai Verensky", "Verensky", "m", "Zemaria", 62),
    Person("Dmitri Voskanyar", "Voskanyar", "m", "Zemaria", 50),
    Person("Sofia Marenko", "Marenko", "f", "Tavrosia", 45),
    Person("Nadia Orlescu", "Orlescu", "f", "Tavrosia", 53),
    Person("Viktor Halmenko", "Halmenko", "m", "Tavrosia", 59),
    Person("Mikhail Zerevatin", "Zerevatin", "m", "Tavrosia", 48),
    Person("Helen Rasmundt", "Rasmundt", "f", "Morvenna", 50),
    Person("Fiona Aberlane", "Aberlane", "f", "Morvenna", 42),
    Person("Duncan Tralloway", "Tralloway", "m", "Morvenna", 56),
    Person("Owen Pendarrow", "Pendarrow", "m", "Morvenna", 45),
    Person("Amira Haddoun", "Haddoun", "f", "Qaradia", 47),
    Person("Yasmin Qaderi", "Qaderi", "f", "Qaradia", 40),
    Person("Karim Belhadri", "Belhadri", "m", "Qaradia", 54),
    Person("Samir Khaldouni", "Khaldouni", "m", "Qaradia", 61),
    Person("Ingrid Solvenhus", "Solvenhus", "f", "Lirvania", 52),
    Person("Anna Lisvetova", "Lisvetova", "f", "Lirvania", 38),
    Person("Lars Eiderholm", "Eiderholm", "m", "Lirvania", 63),
    Person("Marek Drozvany", "Drozvany", "m", "Lirvania", 44),
)

#: First names residents give (a woman's, then a man's, alternating).
FIRST_NAMES59 = ("Leila", "Tarek", "Marta", "Bogdan", "Nour", "Emil", "Vesna", "Hamid", "Rosa", "Ivo")

#: Jobs of people in the towns: (the phrase after the age, the role noun a title must hold).
JOBS59 = (
    ("a schoolteacher", "schoolteacher"),
    ("a pharmacist", "pharmacist"),
    ("a taxi driver", "taxi driver"),
    ("a baker", "baker"),
    ("a retired nurse", "nurse"),
    ("a shopkeeper", "shopkeeper"),
    ("a farmer", "farmer"),
    ("an electrician", "electrician"),
)

#: Bodies of the UN and relief groups: (the name as written, names a key accepts, the later reference).
BODIES59 = (
    ("the UN refugee agency", ("UN refugee agency", "refugee agency"), "the agency"),
    ("the UN children's agency", ("UN children's agency", "children's agency"), "the agency"),
    (
        "the Northern Corridor Food Alliance",
        ("Northern Corridor Food Alliance", "Food Alliance", "alliance"),
        "the alliance",
    ),
    ("Open Roads Relief", ("Open Roads Relief",), "the group"),
    (
        "the International Mission for Demining",
        ("International Mission for Demining", "Mission for Demining", "mission"),
        "the mission",
    ),
    (
        "the Borderline Medical Corps",
        ("Borderline Medical Corps", "Medical Corps", "corps"),
        "the group",
    ),
)

#: Anonymous sources: (the phrase, names a key accepts, the reason clause with `{pron}`, the head noun).
ANON59 = (
    (
        "a senior official",
        ("senior official", "official"),
        "who spoke on condition of anonymity because {pron} was not authorized to discuss the talks",
        "official",
    ),
    (
        "a Western diplomat",
        ("Western diplomat", "diplomat"),
        "who asked not to be named because the negotiations were continuing",
        "diplomat",
    ),
    (
        "a government adviser",
        ("government adviser", "adviser"),
        "who spoke on condition that {pron} not be identified",
        "adviser",
    ),
    (
        "a military officer",
        ("military officer", "officer"),
        "who was not authorized to speak to the press",
        "officer",
    ),
    (
        "a senior security official",
        ("senior security official", "security official", "official"),
        "who requested anonymity because of the sensitivity of the matter",
        "official",
    ),
)

#: Roles of officials written after the name with their country: (role, role noun a title must hold).
ROLES59 = (
    ("foreign minister", "foreign minister"),
    ("defence minister", "defence minister"),
    ("interior minister", "interior minister"),
    ("deputy foreign minister", "deputy foreign minister"),
    ("chief negotiator", "negotiator"),
    ("national security adviser", "security adviser"),
    ("special envoy", "envoy"),
)

#: Ranks written before a name (never part of it).
RANKS59 = ("Lt. Col.", "Col.", "Maj.", "Brig. Gen.", "Capt.")

#: Days of the week as a wire writes them.
DAYS59 = ("on Monday", "on Tuesday", "on Wednesday", "on Thursday", "on Friday", "on Saturday", "on Sunday")

#: Quotations (no final punctuation: the template adds it).
QUOTES59 = (
    "We will not negotiate while our villages are under fire",
    "The door to dialogue remains open, but it will not stay open forever",
    "Nobody in this room wants another winter of war",
    "Our patience is not unlimited",
    "The convoy must be allowed through without conditions",
    "We came here to sign an agreement, not to pose for photographs",
    "Every hour of delay costs lives",
    "This is a first step, and a fragile one",
    "We have shown our goodwill again and again",
    "The border will stay closed until the attacks stop",
    "There can be no lasting peace without the return of the displaced",
    "We expect our neighbours to keep their word",
    "History will judge those who walked away from this table",
    "The shelling has not stopped for a single night",
    "Our soldiers are holding their positions",
    "The families of the missing deserve answers",
    "We are ready to meet at any time and in any place",
    "Sanctions will not change our course",
    "The ceasefire is holding, for now",
    "We will answer any provocation firmly",
    "Aid workers must be able to reach every district",
    "The talks were difficult but honest",
    "Our embassy will stay open as long as it is safe",
    "No agreement is better than a bad agreement",
)

#: Reported clauses (no final punctuation).
CLAUSES59 = (
    "the next round of talks would be held in a neutral capital",
    "both sides had agreed to exchange prisoners before the end of the month",
    "the ceasefire had been broken at least a dozen times overnight",
    "the government was prepared to reopen two border crossings",
    "humanitarian corridors would remain open for another week",
    "the delegation would return home for consultations",
    "the proposal did not address the question of the disputed villages",
    "relief convoys had been stopped at a checkpoint for nine hours",
    "the sanctions would be reviewed at the next summit",
    "the army had withdrawn heavy weapons from the front line",
    "more than four thousand families had fled the fighting since March",
    "the two leaders would speak by telephone later in the week",
    "no date had been set for the signing ceremony",
    "the embassy had advised its citizens to leave the region",
    "the monitors had been denied access to the airfield",
    "the government rejected the accusations as baseless",
    "the talks had made progress on the exchange of the dead",
    "the drone attack had damaged a power station and a grain depot",
    "the draft accord would be published once both parliaments had seen it",
    "the blockade of the port had to end before any agreement",
)

#: Things called something: (the object, the pointed words).
FRAGS59 = (
    ("the proposal", "a non-starter"),
    ("the latest offer", "an insult to the families of the dead"),
    ("the talks", "a waste of everyone's time"),
    ("the ceasefire", "paper-thin"),
    ("the sanctions", "economic warfare"),
    ("the agreement", "a historic opportunity"),
    ("the accusations", "pure fabrication"),
    ("the troop movements", "a dangerous escalation"),
)

#: Narrative sentences that report nobody's words.
NARRATIVE59 = (
    "Convoys of trucks crossed the river bridge at dawn.",
    "The two delegations sat on opposite sides of a long table in the old customs house.",
    "Power returned to parts of the capital late in the evening.",
    "Shops in the old market stayed shut for a third day.",
    "A column of armoured vehicles moved north along the coast road.",
    "The talks began two hours late.",
    "Flags of both countries hung above the entrance of the conference hall.",
    "Hundreds of families spent the night in school gyms.",
    "The airport reopened to civilian flights on the same afternoon.",
    "Fishing boats stayed in harbour as naval patrols circled the bay.",
)

#: Operations, treaties and accords written in marks (names, never quotations).
OPERATIONS59 = (
    "Silver Harrow",
    "Northern Lantern",
    "Iron Meadow",
    "Quiet Orchard",
    "Grey Heron",
    "Long Shoreline",
)
TREATIES59 = (
    "Lisgard Accord",
    "Hesk Protocol",
    "Treaty of the Two Rivers",
    "Orlach Declaration",
    "Velinor Framework",
)

#: Slogans on banners and placards (nobody's quotation).
SLOGANS59 = (
    "Bring Them Home",
    "No to War",
    "Bread, Not Bombs",
    "Open the Corridors",
    "Peace Now",
    "Our Sons Are Not for Sale",
)

#: Words of a language glossed in English: (the word, its gloss).
WORDS59 = (
    ("mirevka", "truce"),
    ("stolnik", "border guard"),
    ("hudra", "homecoming"),
    ("zavet", "oath"),
    ("kalun", "checkpoint"),
)

#: Place names written in marks.
PLACES59 = ("the Salt Road", "Gate Nine", "the Orchard", "Hill 212", "the Green Line", "the Old Ferry")

#: The wire's staff (a byline's names never speak).
STAFF59 = ("Petra Lindqvar", "Joseph Mbaruku", "Alina Sorescu", "Hugo Tremaine")

#: What witnesses and residents say (no final punctuation).
WITNESS59 = (
    "The windows shook all night and the children would not stop crying",
    "We slept in the basement for the third night running",
    "There is no bread left in the shops and the water comes for an hour a day",
    "We heard the planes first, then the explosions",
    "My neighbours left with nothing but a bag each",
    "Nobody came to help us until the morning",
    "The road out of town is full of cars and carts",
    "We just want to go home",
)

#: What witnesses and residents report (no final punctuation).
WITNESS_CLAUSES59 = (
    "the explosions had started shortly after midnight",
    "soldiers had set up a new checkpoint outside the hospital",
    "the market had been hit twice in one week",
    "most of her street had already left for the coast",
    "the electricity had been off since Sunday",
    "buses had arrived to take the elderly away",
)

#: Units and commands (`who commands the X`).
UNITS59 = (
    "Third Brigade",
    "Seventh Infantry Division",
    "Coastal Artillery Regiment",
    "Second Armoured Brigade",
)
