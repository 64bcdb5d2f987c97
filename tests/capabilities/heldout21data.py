"""Slot fillers of the twenty-first held-out round (``heldout21.py``): invented people of Armenian,
Mongolian, Finnish, Tanzanian (Swahili), Lithuanian, Bengali, Thai, Ukrainian, Haitian, Inuit, Catalan
and Sámi origin in many name shapes (a hyphenated family name, a hyphenated given name, a middle
initial, `Md.` before the given name, a Catalan `i` between two family names, a middle name,
diacritics, family names ending in -an), quotation marks (straight, curly, British single,
guillemets), open-class cue verbs, quotations and clauses of volcanology, linen mills, toll bridges,
weather services, ice hockey officiating, cheese cooperatives, rail signalling, reindeer herding,
puppet theatre and mangrove restoration, roles with their bodies, bodies with their initials and
kind nouns, unnamed, counted and anonymous sources, media of a report, datelines, bylines and
interview exchanges, that no development template or earlier held-out round uses.

Every name, body and sentence here was written for this round; the people and bodies are invented
(the places, and the news agencies, are real).
"""

from __future__ import annotations

from attrs import frozen


@frozen
class Person21:
    """An invented person: full name, the family name used after an honorific, gender (`f`/`m`) and
    the name shape (for reading the templates)."""

    full: str
    last: str
    gender: str
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
    def honorific(self) -> str:
        """`Ms` or `Mr`."""
        return "Ms" if self.gender == "f" else "Mr"

    @property
    def ref(self) -> str:
        """How a later sentence names the person: `Ms Heikkilä`, `Mr Hovhannisyan`."""
        return f"{self.honorific} {self.last}"


@frozen
class Mark21:
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


DOUBLE21 = (Mark21('"', '"'), Mark21("“", "”"))
SINGLE21 = (Mark21("'", "'"), Mark21("‘", "’"))
MARKS21 = DOUBLE21 + SINGLE21
GUILLEMETS21 = (Mark21("«", "»"), Mark21("« ", " »"))

WOMEN21 = (
    Person21("Anahit Ter-Grigoryan", "Ter-Grigoryan", "f", "hyphenated family name, Armenian"),
    Person21("Oyuntsetseg Batbayar", "Batbayar", "f", "Mongolian"),
    Person21("Aino-Kaisa Heikkilä", "Heikkilä", "f", "hyphenated given name, Finnish"),
    Person21("Rehema Mwakalinga", "Mwakalinga", "f", "Tanzanian"),
    Person21("Rūta Žemaitytė", "Žemaitytė", "f", "diacritics, Lithuanian"),
    Person21("Farzana Chowdhury", "Chowdhury", "f", "Bengali"),
    Person21("Siriporn Wongsakul", "Wongsakul", "f", "Thai"),
    Person21("Halyna Hnatyshyn", "Hnatyshyn", "f", "Ukrainian"),
    Person21("Marie-Carmel Saint-Fleur", "Saint-Fleur", "f", "hyphens twice, Haitian"),
    Person21("Aaju Kilabuk", "Kilabuk", "f", "Inuit"),
    Person21("Núria Puigdevall i Serra", "Puigdevall", "f", "Catalan i between family names"),
    Person21("Risten Márjá Aslaksen", "Aslaksen", "f", "middle name, Sámi"),
)

MEN21 = (
    Person21("Arsen Hovhannisyan", "Hovhannisyan", "m", "-an family name, Armenian"),
    Person21("Ganbold Sanjaa", "Sanjaa", "m", "Mongolian"),
    Person21("Juha P. Lahtinen", "Lahtinen", "m", "middle initial, Finnish"),
    Person21("Juma Mollel", "Mollel", "m", "Tanzanian"),
    Person21("Mindaugas Vaitkus", "Vaitkus", "m", "Lithuanian"),
    Person21("Md. Rafiqul Haque", "Haque", "m", "Md. abbreviation, Bengali"),
    Person21("Thongchai Srisawat", "Srisawat", "m", "Thai"),
    Person21("Taras Kovalchuk", "Kovalchuk", "m", "Ukrainian"),
    Person21("Jean-Robert Petit-Homme", "Petit-Homme", "m", "hyphens twice, Haitian"),
    Person21("Pauloosie Alookee", "Alookee", "m", "Inuit"),
    Person21("Jordi Ferrer i Sabaté", "Ferrer", "m", "Catalan i between family names"),
    Person21("Niillas Áslat Guttorm", "Guttorm", "m", "middle name, Sámi"),
)

PEOPLE21 = tuple(p for pair in zip(WOMEN21, MEN21, strict=True) for p in pair)

DAYS21 = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

#: Roles: (apposition after the name, title before the name, parts a title must contain).
ROLES21 = (
    (
        "chief volcanologist at the Aragats Volcano Observatory",
        "Aragats Volcano Observatory chief volcanologist",
        ("volcanologist", "Aragats Volcano Observatory"),
    ),
    (
        "production director at the Nemunas Valley Linen Mill",
        "Nemunas Valley Linen Mill production director",
        ("production director", "Nemunas Valley Linen Mill"),
    ),
    (
        "operations manager of the Rufiji River Toll Bridge",
        "Rufiji River Toll Bridge operations manager",
        ("operations manager", "Rufiji River Toll Bridge"),
    ),
    (
        "duty forecaster at the Lapland Weather Service",
        "Lapland Weather Service duty forecaster",
        ("forecaster", "Lapland Weather Service"),
    ),
    (
        "referee-in-chief of the Ukrainian Ice Hockey Officials Association",
        "Ukrainian Ice Hockey Officials Association referee-in-chief",
        ("referee-in-chief", "Ice Hockey Officials Association"),
    ),
    (
        "managing director of the Kuusamo Cheese Cooperative",
        "Kuusamo Cheese Cooperative managing director",
        ("managing director", "Kuusamo Cheese Cooperative"),
    ),
    (
        "head of signalling at Catalan Regional Railways",
        "Catalan Regional Railways head of signalling",
        ("signalling", "Catalan Regional Railways"),
    ),
    (
        "chair of the Kautokeino Reindeer Herders' Association",
        "Kautokeino Reindeer Herders' Association chair",
        ("chair", "Reindeer Herders"),
    ),
    (
        "artistic director of the Jacmel Puppet Theatre",
        "Jacmel Puppet Theatre artistic director",
        ("artistic director", "Jacmel Puppet Theatre"),
    ),
    (
        "project leader at the Khulna Mangrove Restoration Trust",
        "Khulna Mangrove Restoration Trust project leader",
        ("project leader", "Khulna Mangrove Restoration Trust"),
    ),
)

#: For each role: its body as written in running text, the role noun, and the body's kind noun.
BODIES21 = (
    ("the Aragats Volcano Observatory", "chief volcanologist", "observatory"),
    ("the Nemunas Valley Linen Mill", "production director", "mill"),
    ("the Rufiji River Toll Bridge", "operations manager", "bridge"),
    ("the Lapland Weather Service", "duty forecaster", "service"),
    ("the Ukrainian Ice Hockey Officials Association", "referee-in-chief", "association"),
    ("the Kuusamo Cheese Cooperative", "managing director", "cooperative"),
    ("Catalan Regional Railways", "head of signalling", "operator"),
    ("the Kautokeino Reindeer Herders' Association", "chair", "association"),
    ("the Jacmel Puppet Theatre", "artistic director", "theatre"),
    ("the Khulna Mangrove Restoration Trust", "project leader", "trust"),
)

#: Two quotations for each role of ROLES21 (no apostrophes: they also go between single marks).
ROLE_QUOTES21 = (
    (
        "The crater floor has risen by eleven centimetres since April",
        "A quiet mountain is not the same thing as a sleeping one",
    ),
    (
        "The looms ran through the night for the first time since 1991",
        "Flax from this valley makes the finest thread in the Baltic",
    ),
    (
        "Every lorry that crosses the river pays for the bridge that carries it",
        "The toll has not gone up in six years",
    ),
    (
        "The storm will reach the coast before midnight",
        "We issued the frost warning three days before the cold arrived",
    ),
    (
        "A referee who hesitates has already lost the game",
        "Our linesmen skate further in a match than most of the players",
    ),
    (
        "The milk from the summer pastures gives the cheese its colour",
        "Forty farms deliver to us every morning before six",
    ),
    (
        "The new signals will let two trains run where one runs now",
        "A signal box that nobody staffs is a signal box nobody can blame",
    ),
    (
        "The herds were moved to the winter grounds a month early",
        "The lichen under the ice is the only food the reindeer have",
    ),
    (
        "Every puppet in this theatre was carved by hand in Jacmel",
        "The children in the front row tell us when a show is working",
    ),
    (
        "The seedlings we planted in 2019 are taller than I am",
        "A mangrove stops a storm surge better than any sea wall",
    ),
)

#: Quotations anyone in the round may say (no apostrophes).
ALL_Q21 = (
    "The ferry from the island was the only way out for three days",
    "We asked for a meeting in January and we are still waiting",
    "My grandmother worked in this valley all her life",
    "Nobody told us the road would be closed",
    "It will take a generation to put this right",
    "We have done everything the inspectors asked of us",
    "I would make the same decision again tomorrow",
    "There is no money left for repairs this year",
)

#: Reported clauses a person says.
CLAUSES21 = (
    "the observatory would install four new seismometers on the northern slope",
    "the linen mill would hire sixty weavers before the summer",
    "the toll on the bridge would rise by a fifth in July",
    "the weather service would issue warnings in Sámi as well as Finnish",
    "the referees would wear cameras in every league match",
    "the cheese cooperative had lost two of its largest buyers",
    "the old signal boxes would close by the end of next year",
    "the theatre would tour the southern coast in the autumn",
)

#: Groups for unnamed and counted speakers: (plural, singular, where they were met).
GROUPS21 = (
    ("linen weavers", "linen weaver", "at the mill gate"),
    ("toll collectors", "toll collector", "in the booths on the northern bank"),
    ("reindeer herders", "reindeer herder", "at the autumn round-up"),
    ("cheesemakers", "cheesemaker", "in the ripening cellar"),
    ("signal engineers", "signal engineer", "outside the control centre"),
    ("puppeteers", "puppeteer", "backstage after the matinee"),
)

GROUP_Q21 = (
    "We heard about the new shifts from a notice on the canteen door",
    "The machines are older than most of the people who run them",
    "Our wages have not kept up with the price of bread",
    "We stay because our families are here",
    "They promised a new roof three winters ago",
    "If the young people leave, the work leaves with them",
)

GROUP_CLAUSES21 = (
    "the new rota had been posted without any warning",
    "they had not been paid for the overtime in February",
    "the heating in the workshop had been broken since November",
    "they would strike if the offer was not improved",
)

#: Counted and partitive subjects: (subject as written, shorter names a speaker may keep).
COUNTED21 = (
    ("Two of the four board members", ("board members", "two board members")),
    ("Three of the ferry pilots", ("ferry pilots", "three ferry pilots")),
    ("Five of the nine referees", ("referees", "five referees")),
    ("Half of the 40 weavers surveyed", ("weavers", "half of the weavers", "40 weavers surveyed")),
    ("Most of the herders at the meeting", ("herders", "most of the herders", "most")),
    ("Four of the six forecasters on duty", ("forecasters", "four forecasters")),
    ("Six of the eight linesmen", ("linesmen", "six linesmen")),
    ("Seven of the 12 cheesemakers", ("cheesemakers", "seven cheesemakers")),
)

#: Open-class cue verbs no common lexicon lists: (past, present).
OPEN_VERBS21 = (
    ("tut-tutted", "tut-tuts"),
    ("remonstrated", "remonstrates"),
    ("effused", "effuses"),
    ("waffled", "waffles"),
    ("ruminated", "ruminates"),
    ("prattled", "prattles"),
    ("tittered", "titters"),
    ("whinged", "whinges"),
    ("keened", "keens"),
    ("crooned", "croons"),
    ("yelped", "yelps"),
    ("harangued", "harangues"),
)

#: Bodies with initials: (name in running text, initials, kind noun).
ORGS21 = (
    ("the Lapland Weather Service", "LWS", "service"),
    ("the Rufiji River Toll Bridge Authority", "RRTBA", "authority"),
    ("the Kuusamo Cheese Cooperative", "KCC", "cooperative"),
    ("the Bengal Textile Workers Federation", "BTWF", "federation"),
    ("the Mongolian Herders' Insurance Fund", "MHIF", "fund"),
    ("the Armenian Seismic Protection Service", "ASPS", "service"),
    ("the Haitian Puppetry Guild", "HPG", "guild"),
    ("the Baltic Rail Signalling Institute", "BRSI", "institute"),
)

ORG_CLAUSES21 = (
    "services would return to normal by Thursday morning",
    "the fault had been traced to a flooded cable duct",
    "every member would be offered a new contract",
    "the offices would stay open throughout the repairs",
    "it had received more than three thousand complaints",
)

ORG_Q21 = (
    "We regret the inconvenience this has caused",
    "The safety of our members comes before everything",
    "An independent review will report before the winter",
    "Our figures are the best since the fund was founded",
)

#: Role nouns outside common lists, in apposition: (apposition, parts a title must contain).
ODD_ROLES21 = (
    ("a lava sampler on Mount Aragats", ("lava sampler",)),
    ("a flax scutcher in Anykščiai", ("flax scutcher",)),
    ("a toll-booth cashier near Ikwiriri", ("toll-booth cashier",)),
    ("a snow-depth observer in Sodankylä", ("snow-depth observer",)),
    ("a linesman from Kharkiv", ("linesman",)),
    ("a cheese turner in Kuusamo", ("cheese turner",)),
    ("a points fitter in Lleida", ("points fitter",)),
    ("a reindeer earmarker from Kautokeino", ("reindeer earmarker",)),
    ("a puppet carver in Jacmel", ("puppet carver",)),
)

#: Datelines: (dateline, a word that must appear in no quotation and no speaker).
DATELINES21 = (
    ("YEREVAN, Armenia (AP) —", "YEREVAN"),
    ("ULAANBAATAR, Mongolia, March 3 (Reuters) -", "ULAANBAATAR"),
    ("ROVANIEMI, Finland —", "ROVANIEMI"),
    ("DAR ES SALAAM, Tanzania (AFP) —", "SALAAM"),
    ("KAUNAS, Lithuania (AP) —", "KAUNAS"),
    ("DHAKA, Oct. 9 (Reuters) -", "DHAKA"),
    ("CHIANG MAI, Thailand —", "CHIANG"),
    ("LVIV, Ukraine (AP) —", "LVIV"),
    ("PORT-AU-PRINCE, Haiti (AFP) --", "PORT-AU-PRINCE"),
    ("IQALUIT, Nunavut —", "IQALUIT"),
)

#: Bylines: (byline as printed, the reporter's surname that must not become a speaker).
BYLINES21 = (
    ("By Liana Sargsyan and Tuomas Räsänen", "Sargsyan"),
    ("By Nasrin Akter\nDhaka Correspondent", "Akter"),
    ("By Kateryna Melnyk | Special to the Tribune", "Melnyk"),
    ("Words and pictures by Eerik Pulkkinen", "Pulkkinen"),
    ("By Amani Kisanga, East Africa Bureau", "Kisanga"),
)

#: Interview exchanges: (question, answer); answers hold no apostrophes and no colon.
EXCHANGES21 = (
    (
        "Why was the bridge closed on Friday?",
        "A barge hit the third pier and we had to check every bolt before reopening.",
    ),
    (
        "How close is the volcano to erupting?",
        "Nobody can say that, but the gas readings have doubled since the spring.",
    ),
    (
        "Will the mill keep its looms?",
        "Only the oldest six will go, and the rest will be rebuilt on site.",
    ),
    (
        "What changed at the cooperative this year?",
        "We started ageing the cheese in the old railway tunnel above the village.",
    ),
    ("Who comes to the puppet shows?", "Mostly schoolchildren, and more grandparents every season."),
    (
        "Are the signal boxes going to close?",
        "Five of them will, unless the region finds the money by March.",
    ),
)

#: Quotations with apostrophes inside and at the edges of words, for British single marks.
APOS_Q21 = (
    "The weavers' canteen hasn't been heated since the autumn",
    "We're turnin' the cheese by hand like my aunt's family did",
    "It's the referees' association that'll decide, not the clubs",
    "The bridge's night shift can't manage with two collectors",
    "The herds have crossed this river every spring, y'know",
    "They'd seen nothin' like the '87 ash cloud",
    "I've told 'em the signal box won't shut while I'm here",
    "It's past ten o'clock and the forecasters' radar isn't workin'",
)

#: Two-paragraph quotations: (first paragraph's sentences, second paragraph's sentences); no
#: apostrophes, no quotation marks inside.
TWO_PARAS21 = (
    (
        "The ash came down for six hours. We could not see the road from the kitchen window",
        "By the evening the roofs of the village were grey, and the goats would not eat",
    ),
    (
        "The mill was built by my great-grandfather in 1897. It has never stopped for more than a month",
        "If it closes now, sixty families lose the only wage in the valley",
    ),
    (
        "We warned the ministry about the piers two years ago. Nobody came to look",
        "Now the lorries queue for nine kilometres every time the bridge shuts",
    ),
    (
        "The herd moved north three weeks early. The calves were too small for the journey",
        "We lost more of them on that crossing than in the whole of last winter",
    ),
    (
        "A referee hears everything from the stands. You learn to keep skating",
        "What you cannot learn is how to ignore it when it comes from the bench",
    ),
    (
        "The cheese needs eleven months in the cellar. There is no shortcut",
        "People who want it cheaper can buy it from a factory, and many of them do",
    ),
)

#: Gendered person nouns: (feminine, masculine).
GENDERED21 = (
    ("businesswoman", "businessman"),
    ("chairwoman", "chairman"),
    ("grandmother", "grandfather"),
    ("headmistress", "headmaster"),
)

#: Anonymous sources: (the source phrase as written after the content, names accepted for it).
ANONYMOUS21 = (
    (
        "a person familiar with the talks",
        ("person familiar with the talks", "a person familiar with the talks", "person"),
    ),
    (
        "an official who asked not to be named because the talks were private",
        (
            "official",
            "an official",
            "an official who asked not to be named",
            "an official who asked not to be named because the talks were private",
        ),
    ),
    (
        "two people with knowledge of the plan",
        (
            "people with knowledge of the plan",
            "two people with knowledge of the plan",
            "two people",
            "people",
        ),
    ),
    (
        "a senior engineer at the operator who was not authorised to speak publicly",
        (
            "senior engineer",
            "a senior engineer",
            "a senior engineer at the operator",
            "senior engineer at the operator",
            "a senior engineer at the operator who was not authorised to speak publicly",
        ),
    ),
    (
        "a source close to the board",
        ("source close to the board", "a source close to the board", "source"),
    ),
    (
        "one government adviser, speaking on condition of anonymity",
        ("government adviser", "one government adviser", "adviser"),
    ),
)

#: Given names offered by people who give only their first name: (name, gender, role noun).
FIRST_NAMES21 = (
    ("Lusine", "f", "beekeeper"),
    ("Batzorig", "m", "herder"),
    ("Tuulikki", "f", "weaver"),
    ("Neema", "f", "toll collector"),
    ("Darius", "m", "linesman"),
    ("Shirin", "f", "cheesemaker"),
    ("Somsak", "m", "signalman"),
    ("Wilner", "m", "puppeteer"),
)
