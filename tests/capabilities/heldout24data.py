"""Slot fillers of the twenty-fourth held-out round (``heldout24.py``): invented people of Yoruba, Igbo,
Finnish, Kurdish, Hawaiian, Faroese, Mapuche, Breton, Tuvan, Sinhala, Sardinian, Frisian, Filipino, Dutch
and Irish origin in many name shapes (particles and multi-part surnames, initials, `Jr.` and `III`,
hyphenated given and family names), relatives who share a surname, quotation marks (straight, curly,
British single, guillemets), open-class cue verbs, quotations and clauses of salt works, organ building,
glacier monitoring, cable cars, wool cooperatives, bookbinding, sheepdog trials, kite festivals, blood
banks, lace making, river pilots, observatories, cider presses and chess federations, roles with their
bodies, epithets, narrative between the parts of a quotation, groups, datelines and bylines, that no
development template or earlier held-out round uses.

Every name, body and sentence here was written for this round; the people and bodies are invented
(the places, and the news agencies, are real).
"""

from __future__ import annotations

from attrs import frozen


@frozen
class Person24:
    """An invented person: full name, the surname a careful editor uses on second reference (written as
    it stands mid-sentence), gender (`f`/`m`), culture and name shape."""

    full: str
    last: str
    gender: str
    culture: str
    shape: str

    @property
    def first(self) -> str:
        """The given name (the first word that is no initial)."""
        return next(w for w in self.full.split() if not w.endswith("."))

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
        """`Ms Halonen`, `Mr de la Paz`."""
        return f"{'Ms' if self.gender == 'f' else 'Mr'} {self.last}"


@frozen
class Mark24:
    """A pair of quotation marks; curly marks take curly apostrophes inside."""

    open: str
    close: str

    def q(self, text: str) -> str:
        """*text* between the marks."""
        if self.open in "“‘":
            text = text.replace("'", "’")
        return f"{self.open}{text}{self.close}"


DOUBLE24 = (Mark24('"', '"'), Mark24("“", "”"))
SINGLE24 = (Mark24("'", "'"), Mark24("‘", "’"))
MARKS24 = DOUBLE24 + SINGLE24
GUILLEMETS24 = (Mark24("«", "»"), Mark24("« ", " »"))

WOMEN24 = (
    Person24("Adebimpe Oyelaran", "Oyelaran", "f", "Yoruba", "plain"),
    Person24("Ngozi I. Obiora", "Obiora", "f", "Igbo", "middle initial"),
    Person24("Kerttu Lindqvist-Halonen", "Lindqvist-Halonen", "f", "Finnish", "hyphenated family name"),
    Person24("Rojbîn Amedî", "Amedî", "f", "Kurdish", "diacritics"),
    Person24("Noelani Kapaona", "Kapaona", "f", "Hawaiian", "plain"),
    Person24("Rannvá í Túni", "í Túni", "f", "Faroese", "particle family name"),
    Person24("Ayelén Huenchumilla", "Huenchumilla", "f", "Mapuche", "plain"),
    Person24("Nolwenn Le Gall", "Le Gall", "f", "Breton", "two-word family name"),
    Person24("Aidysmaa Kuular", "Kuular", "f", "Tuvan", "plain"),
    Person24("W.A. Nilanthi Gunawardena", "Gunawardena", "f", "Sinhala", "initials without spaces"),
    Person24("Bonaria Piras", "Piras", "f", "Sardinian", "plain"),
    Person24("Baukje Hoekstra", "Hoekstra", "f", "Frisian", "plain"),
    Person24("Marites de los Reyes", "de los Reyes", "f", "Filipino", "particle family name"),
    Person24("Marloes van der Zwaag", "van der Zwaag", "f", "Dutch", "particle family name"),
    Person24("Sorcha Ní Bhraonáin", "Ní Bhraonáin", "f", "Irish", "particle family name"),
)

MEN24 = (
    Person24("Olumide Ogunleye-Bakare", "Ogunleye-Bakare", "m", "Yoruba", "hyphenated family name"),
    Person24("Ikechukwu Nnadozie Jr.", "Nnadozie", "m", "Igbo", "suffix Jr."),
    Person24("Ilmari Mäkelä", "Mäkelä", "m", "Finnish", "diacritics"),
    Person24("Dilovan Barzinji", "Barzinji", "m", "Kurdish", "plain"),
    Person24("Kawika Nakoa III", "Nakoa", "m", "Hawaiian", "suffix III"),
    Person24("Heðin Joensen", "Joensen", "m", "Faroese", "eth"),
    Person24("Lautaro Millaqueo", "Millaqueo", "m", "Mapuche", "plain"),
    Person24("Yann-Fañch Kerhervé", "Kerhervé", "m", "Breton", "hyphenated given name"),
    Person24("Aldar Mongush", "Mongush", "m", "Tuvan", "plain"),
    Person24("R. M. Chaminda Bandara", "Bandara", "m", "Sinhala", "spaced initials"),
    Person24("Efisio Porcu", "Porcu", "m", "Sardinian", "plain"),
    Person24("Sjoerd Wiersma", "Wiersma", "m", "Frisian", "plain"),
    Person24("Rodolfo de la Paz", "de la Paz", "m", "Filipino", "particle family name"),
    Person24("Joost de Bruijn-Visser", "de Bruijn-Visser", "m", "Dutch", "particle and hyphen"),
    Person24("Tadhg Mac an Bhaird", "Mac an Bhaird", "m", "Irish", "three-part surname"),
)

PEOPLE24 = tuple(p for pair in zip(WOMEN24, MEN24, strict=True) for p in pair)

#: A noun for one person of each culture (as an editor would write it in an apposition).
NATIONS24 = {
    "Yoruba": "Nigerian",
    "Igbo": "Nigerian",
    "Finnish": "Finn",
    "Kurdish": "Kurd",
    "Hawaiian": "Hawaiian",
    "Faroese": "Faroe Islander",
    "Mapuche": "Chilean",
    "Breton": "Breton",
    "Tuvan": "Tuvan",
    "Sinhala": "Sri Lankan",
    "Sardinian": "Sardinian",
    "Frisian": "Frisian",
    "Filipino": "Filipino",
    "Dutch": "Netherlander",
    "Irish": "Irish citizen",
}

DAYS24 = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

#: Roles with their bodies: (after the name, before the name, words a title must contain, role noun
#: alone, the body, two quotations of the field).
ROLES24 = (
    (
        "the pan master at the Saltcote Marsh Salt Works",
        "Saltcote Marsh Salt Works pan master",
        ("pan master",),
        "pan master",
        "the Saltcote Marsh Salt Works",
        (
            "The brine came in weaker than in any year since the flood",
            "We rake the crystals by hand because the machines crush them",
        ),
    ),
    (
        "the head voicer at the Carrow Organ Workshop",
        "Carrow Organ Workshop head voicer",
        ("voicer",),
        "voicer",
        "the Carrow Organ Workshop",
        (
            "Every pipe has to be coaxed until it sits right in the room",
            "The new bellows will outlast all of us",
        ),
    ),
    (
        "the survey lead at the Skarvbre Ice Watch",
        "Skarvbre Ice Watch survey lead",
        ("survey lead",),
        "survey lead",
        "the Skarvbre Ice Watch",
        (
            "The tongue of the glacier pulled back forty metres this summer",
            "Our stakes from 1998 are now lying on bare rock",
        ),
    ),
    (
        "the chief cabin inspector at the Moncrieff Cable Car Company",
        "Moncrieff Cable Car Company chief cabin inspector",
        ("inspector",),
        "inspector",
        "the Moncrieff Cable Car Company",
        (
            "No cabin leaves the station until the haul rope has been walked",
            "The grips were replaced in the spring and they are sound",
        ),
    ),
    (
        "the grading manager at the Tarrow Fell Wool Cooperative",
        "Tarrow Fell Wool Cooperative grading manager",
        ("grading manager",),
        "grading manager",
        "the Tarrow Fell Wool Cooperative",
        (
            "A fleece like this one would have paid for a tractor in my father's day",
            "The price of coarse wool barely covers the cost of shearing",
        ),
    ),
    (
        "the master binder at the Quillon Street Bindery",
        "Quillon Street Bindery master binder",
        ("binder",),
        "binder",
        "the Quillon Street Bindery",
        (
            "A book sewn on cords will open flat for three hundred years",
            "We still pare the leather with a knife my teacher gave me",
        ),
    ),
    (
        "the chief judge of the Lammerside Sheepdog Trials",
        "Lammerside Sheepdog Trials chief judge",
        ("judge",),
        "judge",
        "the Lammerside Sheepdog Trials",
        (
            "A good dog brings the ewes through the gate without a single word",
            "The course on the top field is the hardest we have ever set",
        ),
    ),
    (
        "the festival director of the Kellsand Kite Festival",
        "Kellsand Kite Festival director",
        ("director",),
        "director",
        "the Kellsand Kite Festival",
        (
            "The wind on the dunes decides the programme, not me",
            "Last year a dragon kite thirty metres long flew for an hour",
        ),
    ),
    (
        "the donor services manager at the Ardmere Regional Blood Bank",
        "Ardmere Regional Blood Bank donor services manager",
        ("donor services manager",),
        "donor services manager",
        "the Ardmere Regional Blood Bank",
        (
            "Stocks of O negative are down to two days",
            "Every donor who comes in this week is keeping someone alive",
        ),
    ),
    (
        "the head lacemaker at the Vaulmont Lace School",
        "Vaulmont Lace School head lacemaker",
        ("lacemaker",),
        "lacemaker",
        "the Vaulmont Lace School",
        (
            "A collar like this takes four hundred hours on the pillow",
            "The young ones learn the ground stitches faster than we did",
        ),
    ),
    (
        "the senior pilot at the Lower Tessel River Pilots Association",
        "Lower Tessel River Pilots Association senior pilot",
        ("pilot",),
        "pilot",
        "the Lower Tessel River Pilots Association",
        (
            "The channel below the bridge moves a few metres every winter",
            "You cannot bring a grain ship up on the ebb without local knowledge",
        ),
    ),
    (
        "the night astronomer at the Carn Dubh Observatory",
        "Carn Dubh Observatory night astronomer",
        ("astronomer",),
        "astronomer",
        "the Carn Dubh Observatory",
        (
            "The new street lights have cost us a whole magnitude",
            "We catch the comet low in the east just before dawn",
        ),
    ),
    (
        "the press foreman at the Hollowcombe Cider Press",
        "Hollowcombe Cider Press foreman",
        ("foreman",),
        "foreman",
        "the Hollowcombe Cider Press",
        (
            "The apples came in sweet and small after the dry August",
            "We build the cheese with straw exactly as it was done in 1890",
        ),
    ),
    (
        "the chief arbiter of the Northmarch Chess Federation",
        "Northmarch Chess Federation chief arbiter",
        ("arbiter",),
        "arbiter",
        "the Northmarch Chess Federation",
        (
            "A phone that rings in the hall costs the player the game",
            "The junior section has doubled since the winter",
        ),
    ),
)

#: General quotations (no apostrophe at a mark's edge).
ALL_Q24 = (
    "We have never seen a season like this one",
    "Nobody here is going to give up without a fight",
    "It took us three winters to get the money together",
    "The visitors come back because the work is real",
    "I learned it from my grandmother and she learned it from hers",
    "There is no shortcut and there never was",
    "The council has finally listened to us",
    "We will be open again by the first week of April",
    "It is slow work and it should be",
    "People forget how much of this was done by volunteers",
    "I would not swap this job for any other",
    "The numbers have turned the corner at last",
)

#: Second parts of a split quotation (lower case where they continue a sentence).
SECOND_Q24 = (
    "but we are still short of hands",
    "and that is the honest truth",
    "though the weather may have the last word",
    "and nobody is pretending otherwise",
    "but it will take another year",
    "and I am proud of every one of them",
)

#: Quotations that stand after a first one as a sentence of their own.
NEXT_Q24 = (
    "We start again at six tomorrow.",
    "That is all anyone can ask.",
    "The rest is up to the weather.",
    "I have told the board the same thing.",
    "Come back in the spring and see for yourself.",
    "There is no other way to do it.",
)

#: Open-class cue verbs: (past, present).
OPEN_VERBS24 = (
    ("mithered", "mithers"),
    ("pooh-poohed", "pooh-poohs"),
    ("bloviated", "bloviates"),
    ("yodelled", "yodels"),
    ("nattered", "natters"),
    ("prophesied", "prophesies"),
    ("guffawed", "guffaws"),
    ("moralised", "moralises"),
    ("kvelled", "kvells"),
    ("grouched", "grouches"),
    ("brayed", "brays"),
    ("squawked", "squawks"),
    ("trumpeted", "trumpets"),
    ("blethered", "blethers"),
    ("fussed", "fusses"),
)

#: Adjuncts after a cue.
ADJUNCTS24 = (
    "leaning on the rail of the quay",
    "with a shrug",
    "half to herself and half to the room",
    "to nobody in particular",
    "between two mouthfuls of soup",
    "without looking up",
)

#: Reported clauses (indirect content).
CLAUSES24 = (
    "the season would start a fortnight late",
    "the repairs had cost twice the estimate",
    "the volunteers were the reason it survived",
    "nobody had been told about the closure",
    "the grant would run out in the autumn",
    "the old building could not be saved",
    "the waiting list had grown since the summer",
    "visitor numbers were the best in a decade",
)

#: Narrative sentences set between the parts of one speaker's quotation: `{n}` the name or pronoun,
#: `{p}` the possessive.
PAUSES24 = (
    "{n} paused and looked at the harbour.",
    "{n} set the mallet down on the bench.",
    "{n} wiped {p} hands on a rag.",
    "{n} glanced at the clock above the door.",
    "{n} turned the page of the ledger.",
    "{n} pulled {p} collar up against the wind.",
)

#: Participle clauses after a cue (`{p}` the possessive).
ACTIONS24 = (
    "setting down the rope",
    "folding {p} arms",
    "tapping the gauge with a pencil",
    "shaking the rain from {p} hat",
    "pointing across the valley",
    "reaching for {p} glasses",
)

#: Descriptions of a person introduced in an apposition, and the epithet a later sentence uses: (gender
#: or "", apposition, epithet).
EPITHETS24 = (
    ("", "a former sprinter", "the former sprinter"),
    ("f", "a 61-year-old grandmother", "the 61-year-old grandmother"),
    ("m", "a 58-year-old grandfather", "the 58-year-old grandfather"),
    ("", "a retired schoolteacher", "the retired schoolteacher"),
    ("", "a Faroese skipper", "the Faroese skipper"),
    ("", "a trained nurse", "the nurse"),
    ("", "a former miner", "the former miner"),
    ("", "a keen amateur astronomer", "the amateur astronomer"),
    ("", "a saddler by trade", "the saddler"),
    ("", "a 24-year-old apprentice", "the apprentice"),
)

#: Relations inside a family: (noun for a woman, noun for a man).
RELATIONS24 = (("sister", "brother"), ("wife", "husband"), ("daughter", "son"), ("cousin", "cousin"))

#: Families sharing a surname: (woman's given name, man's given name, surname, culture).
FAMILIES24 = (
    ("Sanna", "Jari", "Korhonen", "Finnish"),
    ("Leimomi", "Makoa", "Kahale", "Hawaiian"),
    ("Guðrun", "Rúni", "Dalsgaard", "Faroese"),
    ("Janneke", "Bart", "Dijkhuis", "Dutch"),
    ("Hêvî", "Azad", "Zêbarî", "Kurdish"),
    ("Millaray", "Segundo", "Paillal", "Mapuche"),
    ("Grazia", "Salvatore", "Cossu", "Sardinian"),
    ("Folasade", "Babatunde", "Akinwale", "Yoruba"),
    ("Gwenola", "Erwan", "Jaouen", "Breton"),
    ("Tjitske", "Wybren", "Postma", "Frisian"),
)

#: What a family does together (after the introduction).
FAMILY_WORK24 = (
    "run the salt pans at Saltcote together",
    "have kept the cider press going since their parents retired",
    "rebuilt the organ in the village church",
    "train dogs for the Lammerside trials",
    "make the kites that open the festival each year",
    "bind books in a workshop behind their house",
)

#: Bodies that speak: (name as a subject, the kind noun, fits `the group`).
BODIES24 = (
    ("The Tarrow Fell Wool Cooperative", "the cooperative", True),
    ("The Ardmere Regional Blood Bank", "the blood bank", False),
    ("The Northmarch Chess Federation", "the federation", True),
    ("The Moncrieff Cable Car Company", "the company", False),
    ("The Carn Dubh Observatory", "the observatory", False),
    ("The Lower Tessel River Pilots Association", "the association", True),
    ("The Kellsand Kite Festival Trust", "the trust", True),
    ("The Vaulmont Lacemakers Guild", "the guild", True),
)

#: Clauses a body reports.
BODY_CLAUSES24 = (
    "it would suspend the service for two weeks in March",
    "the accounts for last year showed a small surplus",
    "a new chair would be elected in the spring",
    "the fees would not rise this year",
    "it had received more than 400 complaints",
    "talks with the council had broken down",
)

#: Groups of people: (plural, singular, setting).
GROUPS24 = (
    ("lacemakers", "lacemaker", "in the school hall"),
    ("river pilots", "pilot", "at the pilot station"),
    ("blood donors", "donor", "in the waiting room"),
    ("shepherds", "shepherd", "beside the trial field"),
    ("kite fliers", "flier", "on the dunes"),
    ("cable car passengers", "passenger", "at the valley station"),
    ("chess players", "player", "outside the tournament hall"),
)

#: Group quotations.
GROUP_Q24 = (
    "We waited two hours and nobody told us anything",
    "This happens every single year",
    "They could at least have put up a sign",
    "I have been coming here since I was a child",
    "The new rules make no sense to anyone",
    "We only want to be asked first",
)

#: Group clauses.
GROUP_CLAUSES24 = (
    "the decision had been taken without them",
    "the new timetable was a mistake",
    "they would come back next year regardless",
    "the entry fee was too high",
    "the organisers had done their best",
)

#: Non-role descriptions for a colon credit: (description, words a title must contain).
ODD_ROLES24 = (
    ("cider maker", ("cider maker",)),
    ("retired river pilot", ("river pilot",)),
    ("kite builder", ("kite builder",)),
    ("shepherd", ("shepherd",)),
    ("lace teacher", ("lace teacher",)),
)

AGES24 = (29, 38, 44, 57, 63, 71)

#: Interview exchanges: (question, answer).
EXCHANGES24 = (
    ("How long has the press been working?", "Since 1890, with two breaks for the wars."),
    ("What will the money be spent on?", "A new roof for the drying shed, first of all."),
    ("Do you worry about the young ones leaving?", "Every day, but some of them come back."),
    ("Why do visitors keep returning?", "Because nothing here is done for show."),
)

#: Newspapers and outlets.
PAPERS24 = ("Saltcote Mercury", "Tessel Valley News", "Fellside Herald", "Kellsand Observer")

#: Datelines: (as written, a word that must appear in no quote or speaker).
DATELINES24 = (
    ("IBADAN, Nigeria (AP) —", "IBADAN"),
    ("ENUGU, Nigeria (Reuters) -", "ENUGU"),
    ("TAMPERE, Finland —", "TAMPERE"),
    ("DUHOK, Iraq (AFP) —", "DUHOK"),
    ("HILO, Hawaii (AP) —", "HILO"),
    ("KLAKSVÍK, Faroe Islands —", "KLAKSVÍK"),
    ("TEMUCO, Chile, May 9 (Reuters) -", "TEMUCO"),
    ("QUIMPER, France (AFP) —", "QUIMPER"),
    ("KYZYL, Russia —", "KYZYL"),
    ("KANDY, Sri Lanka (AP) —", "KANDY"),
    ("NUORO, Italy, Aug. 2 (Reuters) -", "NUORO"),
    ("LEEUWARDEN, Netherlands —", "LEEUWARDEN"),
    ("ILOILO CITY, Philippines (AFP) —", "ILOILO"),
    ("KUALA TERENGGANU, Malaysia (AP) —", "TERENGGANU"),
    ("ADAMA, Ethiopia —", "ADAMA"),
)

#: Bylines: (as written, a word that must appear in no quote or speaker).
BYLINES24 = (
    ("By Chiamaka Onyekachi and Pekka Rautio", "Onyekachi"),
    ("By Halla Rasmussen\nNorth Atlantic Correspondent", "Rasmussen"),
    ("By Kalani Akiona | Pacific Desk", "Akiona"),
    ("Reporting by Tsegaye Bulcha; editing by Nurul Huda Ismail", "Bulcha"),
    ("Words and pictures by Gwenaëlle Riou", "Riou"),
)

#: Quotations with apostrophes inside (for British single marks).
APOS_Q24 = (
    "We don't pour the wax until the frame's dry",
    "It's the pilots' river, whatever the charts say",
    "I've bound every parish register since '79",
    "There's no kite that won't fly on a day like this",
)
