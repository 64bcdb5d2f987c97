"""Slot fillers of the twenty-third held-out round (``heldout23.py``): invented people of Georgian,
Armenian, Mongolian, Tongan, Quechua, Icelandic, Estonian, Hausa, Tamil, Basque, Welsh, Lao, Sámi and
Samoan origin in many name shapes (a given name ending in -an, a patronymic, a thorn, a hyphenated family
name, two family names, a three-part Hausa name, an initial before a Tamil name, a Welsh `ap` particle,
diacritics), quotation marks (straight, curly, British single, guillemets), open-class cue verbs,
quotations, nested quotations, clauses of avalanche forecasting, bell foundries, ferry terminals,
beekeeping associations, community radio, tram depots, fish ladders, lighthouse trusts, textile mills,
water treatment, archives and orchestras, roles with their bodies, trailing material after a credit,
marked words that are no quotations (works, nicknames, so-called terms, scare quotes), groups,
datelines and bylines, that no development template or earlier held-out round uses.

Every name, body and sentence here was written for this round; the people and bodies are invented
(the places, and the news agencies, are real).
"""

from __future__ import annotations

from attrs import frozen


@frozen
class Person23:
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
        """How a later sentence names the person: `Ms Jorjadze`, `Mr ap Iorwerth`."""
        return f"{'Ms' if self.gender == 'f' else 'Mr'} {self.last}"


@frozen
class Mark23:
    """A pair of quotation marks; ``curly`` marks take curly apostrophes inside."""

    open: str
    close: str

    @property
    def curly(self) -> bool:
        """Whether the marks are typographic (then apostrophes are `’`)."""
        return self.open in "“‘"

    @property
    def inner(self) -> Mark23:
        """The marks of a quotation nested inside this one (single inside double and back)."""
        return {
            '"': Mark23("'", "'"),
            "“": Mark23("‘", "’"),
            "'": Mark23('"', '"'),
            "‘": Mark23("“", "”"),
        }[self.open]

    def q(self, text: str) -> str:
        """*text* between the marks, its apostrophes matching the marks' style."""
        if self.curly:
            text = text.replace("'", "’")
        return f"{self.open}{text}{self.close}"


DOUBLE23 = (Mark23('"', '"'), Mark23("“", "”"))
SINGLE23 = (Mark23("'", "'"), Mark23("‘", "’"))
MARKS23 = DOUBLE23 + SINGLE23
GUILLEMETS23 = (Mark23("«", "»"), Mark23("« ", " »"))

WOMEN23 = (
    Person23("Ketevan Jorjadze", "Jorjadze", "f", "Georgian", "-an given name"),
    Person23("Siranush Melkonyan", "Melkonyan", "f", "Armenian", "plain"),
    Person23("Oyunchimeg Batsaikhan", "Batsaikhan", "f", "Mongolian", "-an family name"),
    Person23("Lupe Fonua", "Fonua", "f", "Tongan", "short"),
    Person23("Sisa Ttito Huarancca", "Ttito", "f", "Quechua", "two family names"),
    Person23("Sigrún Hallgrímsdóttir", "Hallgrímsdóttir", "f", "Icelandic", "patronymic, diacritics"),
    Person23("Kadri Lõhmus", "Lõhmus", "f", "Estonian", "diacritics"),
    Person23("Hadiza Bello Danjuma", "Danjuma", "f", "Hausa", "three-part name"),
    Person23("Kalaiselvi Arumugam", "Arumugam", "f", "Tamil", "plain"),
    Person23("Itziar Goikoetxea Larrañaga", "Goikoetxea", "f", "Basque", "two family names"),
    Person23("Gwenan Prydderch", "Prydderch", "f", "Welsh", "-an given name"),
    Person23("Vilayvanh Phommachanh", "Phommachanh", "f", "Lao", "plain"),
    Person23("Elle-Máret Somby", "Somby", "f", "Sami", "hyphenated given name"),
    Person23("Tausala Leiataua", "Leiataua", "f", "Samoan", "plain"),
)

MEN23 = (
    Person23("Revaz Mchedlishvili", "Mchedlishvili", "m", "Georgian", "long family name"),
    Person23("Vartan Ghukasyan", "Ghukasyan", "m", "Armenian", "-an given and family name"),
    Person23("Temuulen Tserendorj", "Tserendorj", "m", "Mongolian", "plain"),
    Person23("Viliami Fakatava", "Fakatava", "m", "Tongan", "plain"),
    Person23("Wayra Ccoa Huillca", "Ccoa", "m", "Quechua", "two family names"),
    Person23("Bjarni Þorsteinsson", "Þorsteinsson", "m", "Icelandic", "patronymic, thorn"),
    Person23("Tõnis Rebane-Kõiv", "Rebane-Kõiv", "m", "Estonian", "hyphenated family name"),
    Person23("Abdullahi Musa Kurfi", "Kurfi", "m", "Hausa", "three-part name"),
    Person23("S. Thirunavukkarasu", "Thirunavukkarasu", "m", "Tamil", "initial before the name"),
    Person23("Unai Zubizarreta Aranburu", "Zubizarreta", "m", "Basque", "two family names"),
    Person23("Emyr ap Iorwerth", "ap Iorwerth", "m", "Welsh", "particle family name"),
    Person23("Khamphanh Sisoulath", "Sisoulath", "m", "Lao", "plain"),
    Person23("Ánde Gaup-Eira", "Gaup-Eira", "m", "Sami", "hyphenated family name, diacritic"),
    Person23("Fetu Lealaiauloto", "Lealaiauloto", "m", "Samoan", "long family name"),
)

PEOPLE23 = tuple(p for pair in zip(WOMEN23, MEN23, strict=True) for p in pair)

#: The noun for one person of each culture's country, and the country.
NATIONS23 = {
    "Georgian": ("Georgian", "Georgia"),
    "Armenian": ("Armenian", "Armenia"),
    "Mongolian": ("Mongolian", "Mongolia"),
    "Tongan": ("Tongan", "Tonga"),
    "Quechua": ("Peruvian", "Peru"),
    "Icelandic": ("Icelander", "Iceland"),
    "Estonian": ("Estonian", "Estonia"),
    "Hausa": ("Nigerian", "Nigeria"),
    "Tamil": ("Indian", "India"),
    "Basque": ("Spaniard", "Spain"),
    "Welsh": ("Briton", "Wales"),
    "Lao": ("Laotian", "Laos"),
    "Sami": ("Norwegian", "Norway"),
    "Samoan": ("Samoan", "Samoa"),
}

DAYS23 = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

#: Roles with their bodies: (after the name, before the name, words a title must contain, the role noun
#: alone, the body, two quotations of the field).
ROLES23 = (
    (
        "the lead forecaster at the Glen Corran Avalanche Service",
        "Glen Corran Avalanche Service lead forecaster",
        ("forecaster",),
        "forecaster",
        "the Glen Corran Avalanche Service",
        (
            "The snowpack on the north faces is still rotten underneath",
            "Nobody should be on the Corran ridge until the weekend",
        ),
    ),
    (
        "the master founder at the Whitcombe Bell Foundry",
        "Whitcombe Bell Foundry master founder",
        ("founder",),
        "founder",
        "the Whitcombe Bell Foundry",
        (
            "A bell cast in a hurry will crack in its first winter",
            "The tenor bell weighs more than a small car",
        ),
    ),
    (
        "the duty manager at the Kestrel Point Ferry Terminal",
        "Kestrel Point Ferry Terminal duty manager",
        ("manager",),
        "manager",
        "the Kestrel Point Ferry Terminal",
        (
            "Two sailings were lost to the wind and the rest ran late",
            "The ramp was built for lighter boats than these",
        ),
    ),
    (
        "the swarm officer of the Ashgrove Beekeeping Association",
        "Ashgrove Beekeeping Association swarm officer",
        ("swarm officer",),
        "swarm officer",
        "the Ashgrove Beekeeping Association",
        (
            "A swarm in May is nothing to be frightened of",
            "We lost a third of the colonies to the wet spring",
        ),
    ),
    (
        "the breakfast presenter at Harbourside Community Radio",
        "Harbourside Community Radio breakfast presenter",
        ("presenter",),
        "presenter",
        "Harbourside Community Radio",
        (
            "The transmitter is older than half of our volunteers",
            "People ring in at six in the morning just to talk",
        ),
    ),
    (
        "the depot supervisor at the Millbrook Tram Depot",
        "Millbrook Tram Depot supervisor",
        ("supervisor",),
        "supervisor",
        "the Millbrook Tram Depot",
        (
            "Every car in the shed needs new wheels by the autumn",
            "The night shift found the points frozen solid",
        ),
    ),
    (
        "the fish-pass engineer for the Arrow River Trust",
        "Arrow River Trust fish-pass engineer",
        ("engineer",),
        "engineer",
        "the Arrow River Trust",
        (
            "The salmon simply would not climb the bottom step",
            "Each pool has to hold its level when the river drops",
        ),
    ),
    (
        "the head keeper of the Scarholm Lighthouse Trust",
        "Scarholm Lighthouse Trust head keeper",
        ("keeper",),
        "keeper",
        "the Scarholm Lighthouse Trust",
        (
            "The lamp has not missed a night since the war",
            "Salt gets into every hinge on the gallery",
        ),
    ),
    (
        "the chief dyer at Lowther Bridge Mills",
        "Lowther Bridge Mills chief dyer",
        ("dyer",),
        "dyer",
        "Lowther Bridge Mills",
        (
            "The river used to run blue on Tuesdays",
            "You cannot rush an indigo vat, whatever the buyers say",
        ),
    ),
    (
        "the plant chemist at the Brackenmoor Water Treatment Works",
        "Brackenmoor Water Treatment Works plant chemist",
        ("chemist",),
        "chemist",
        "the Brackenmoor Water Treatment Works",
        (
            "The water leaving this plant is safe to drink",
            "The filters were clogged with peat after the storm",
        ),
    ),
    (
        "the senior archivist at the Trevanion County Archives",
        "Trevanion County Archives senior archivist",
        ("archivist",),
        "archivist",
        "the Trevanion County Archives",
        (
            "Half the parish registers were stored under a leaking roof",
            "Damp does more damage to paper than any fire",
        ),
    ),
    (
        "the principal cellist of the Northmere Philharmonic",
        "Northmere Philharmonic principal cellist",
        ("cellist",),
        "cellist",
        "the Northmere Philharmonic",
        (
            "The hall sounds better half empty than full",
            "We rehearsed the last movement until midnight",
        ),
    ),
)

#: Quotations of any speaker (no apostrophes at a mark's edge).
ALL_Q23 = (
    "The road up the pass has been shut since Thursday",
    "Nobody warned us that the grant would stop in March",
    "We will keep the doors open as long as people keep coming",
    "This is the wettest spring anyone here can remember",
    "The repairs will take at least another six weeks",
    "I have never seen the queue reach the harbour wall before",
    "Every volunteer we have is already working double shifts",
    "The council has to decide what it wants this place to be",
    "We asked for a new boiler three years ago",
    "Most of the damage was done in a single night",
    "The old timetable suited nobody but the accountants",
    "If the money does not come we close in the autumn",
    "Our members are older every year and fewer every year",
    "It took four of us to lift the cover off the sluice",
    "I would rather fix the roof than paint the fence",
    "The numbers are better than last year but not by much",
)

#: Second parts of a split quotation (lower case, closing a sentence).
SECOND_Q23 = (
    "and that is before anyone counts the overtime",
    "but nobody in the town hall wants to hear it",
    "so we will be back here next spring",
    "and I do not expect that to change",
    "which is why the volunteers matter so much",
    "but we have done it before",
)

#: Third parts of a three-part split quotation (a full sentence).
THIRD_Q23 = (
    "We are not giving up.",
    "Come back in a year and see.",
    "The rest is up to the council.",
    "Ask anyone who works here.",
    "That is all I can say for now.",
    "I am proud of every one of them.",
)

#: Open-class cue verbs no common lexicon lists: (past, present).
OPEN_VERBS23 = (
    ("catastrophised", "catastrophises"),
    ("editorialised", "editorialises"),
    ("prognosticated", "prognosticates"),
    ("extemporised", "extemporises"),
    ("speechified", "speechifies"),
    ("bellyached", "bellyaches"),
    ("kibitzed", "kibitzes"),
    ("yammered", "yammers"),
    ("jabbered", "jabbers"),
    ("chirruped", "chirrups"),
    ("soliloquised", "soliloquises"),
    ("declaimed", "declaims"),
    ("quibbled", "quibbles"),
    ("ad-libbed", "ad-libs"),
    ("dithered", "dithers"),
    ("homilised", "homilises"),
)

#: Adjuncts after an open cue verb.
ADJUNCTS23 = (
    "tapping the barometer",
    "without looking up from the ledger",
    "to nobody in particular",
    "as the last tram pulled in",
    "shaking the rain off a coat",
)

#: Indirect-report clauses (no leading capital; no final period).
CLAUSES23 = (
    "the avalanche warning would stay at level four until Sunday",
    "the foundry had orders for eleven bells this year",
    "the ferry terminal would need a new ramp within five years",
    "the association had lost half of its hives over the winter",
    "the station would go off air for two days in June",
    "the depot could not service more than six trams a night",
    "the new fish ladder had been built to the wrong gradient",
    "the lighthouse trust had enough money for one more season",
    "the mill would stop dyeing wool by the end of the year",
    "the treatment works met every standard in the last inspection",
    "the archive had catalogued barely a third of the estate papers",
    "the orchestra would tour the coast towns in the spring",
    "the winter timetable had been a mistake",
    "the volunteers had saved the building from demolition",
)

#: Sentences with a quotation nested inside (``{o}``/``{c}`` are the inner marks); no apostrophes.
NESTED23 = (
    "He told me {o}never again,{c} and I believed him",
    "The sign on the gate said {o}closed until spring{c} for three whole years",
    "My grandmother called the bells {o}the old choir{c} and the name stuck",
    "When the inspector wrote {o}unfit for service{c} on the form, we all went quiet",
    "The conductor just said {o}again, from the top{c} and walked off",
    "Somebody had painted {o}no more closures{c} across the depot doors",
    "They keep telling us {o}the money is coming,{c} but nobody has seen a penny",
    "Every caller that night asked whether the ferry was running, "
    "and I said {o}not tonight{c} to all of them",
)

#: Material after a credit: relative clauses and participles that name nobody.
TRAILING23 = (
    "who has run the depot since 2009 and who lost a brother in the flood",
    "who retired last spring after thirty years at the works but still volunteers on Saturdays",
    "whose father cast the tenor bell in 1961 and whose son now sweeps the casting floor",
    "who first climbed to the lamp room as a boy of nine and has never really come down",
    "who spent most of the winter sleeping on a camp bed in the office behind the turnstiles",
    "whose own hives were lost to the frost in March, along with twenty years of records",
)

#: Participle clauses after `NAME said,` (name nobody).
PARTICIPLES23 = (
    "pointing to the cracked casing that the foundry had shipped back from Leeds two weeks earlier",
    "before driving back over the pass in the dark with a trailer full of spare parts",
    "standing in the rain outside the gates where the protest had started three days before",
    "holding up a water sample the colour of weak tea",
)

#: Works, nicknames, so-called terms and scare quotes: (sentence with ``{o}``/``{c}``, the marked words).
NON_QUOTES23 = (
    ("The Northmere Philharmonic will open its season with {o}Winter on the Fells{c}, a new suite.", "work"),
    ("A new book, {o}Ninety Winters at the Lamp{c}, sold out in a week.", "work"),
    ("The morning show on Harbourside Community Radio, {o}Tea and Tides{c}, has moved to Saturdays.", "work"),
    ("The exhibition {o}Threads of the Valley{c} opens at the mill on Friday.", "work"),
    ("The tram known to drivers as {o}Old Rattler{c} made its last run on Sunday.", "nickname"),
    ("The lighthouse, nicknamed {o}the Candle{c} by fishermen, was built in 1871.", "nickname"),
    ("The biggest hive by the church, known locally as {o}the Palace{c}, was moved on Tuesday.", "nickname"),
    # key fix after the run: was `Members blame the so-called "hive levy" for the drop in numbers.`, a
    # stance of a human subject that an editor may key as the members' report
    ("The so-called {o}hive levy{c} on new colonies came into force in April.", "so-called"),
    ("The so-called {o}silent shift{c} at the depot was cut last year.", "so-called"),
    ("The so-called {o}blue water{c} problem at the works was traced to a faulty valve.", "so-called"),
    ("The terminal has had a {o}temporary{c} waiting room since 1998.", "scare"),
    ("The {o}new{c} boiler at the archive is older than most of the staff.", "scare"),
    ("The fish ladder was declared {o}finished{c} in 2019, but no salmon has used it.", "scare"),
)

#: `according to` in the middle of a sentence: (subject, predicate).
MIDDLE23 = (
    ("The new sluice gate", "will not be ready before the salmon run"),
    ("The tenor bell", "will be recast in the summer"),
    ("The night ferry", "has carried fewer than ten passengers a trip since January"),
    ("The station", "owes its landlord two years of rent"),
    ("The oldest tram in the depot", "still runs on its original motors"),
    ("The lamp room", "needs a new roof before the winter"),
    ("The dye house", "uses more water than the rest of the town"),
)

#: Gendered noun pairs (woman's, man's) that describe a person.
GENDERED23 = (
    ("mother of three", "father of three"),
    ("grandmother of six", "grandfather of six"),
    ("retired ferrywoman", "retired ferryman"),
    ("former chairwoman of the parish council", "former chairman of the parish council"),
    ("widow", "widower"),
)

#: Groups: (plural, singular, where a visitor met them).
GROUPS23 = (
    ("bell ringers", "ringer", "in the tower"),
    ("ferry passengers", "passenger", "on the quay"),
    ("beekeepers", "beekeeper", "at the spring meeting of the association"),
    ("tram drivers", "driver", "at the depot gates"),
    ("mill workers", "worker", "outside the dye house"),
    ("volunteers", "volunteer", "beside the fish pass"),
    ("listeners", "listener", "at the station open day"),
    ("violinists", "violinist", "after the rehearsal"),
)

#: Group quotations (no apostrophes at a mark's edge).
GROUP_Q23 = (
    "We were told nothing until the morning",
    "It is the same every winter",
    "Nobody asked the people who actually use it",
    "I would do it all again tomorrow",
    "We just want a date for the reopening",
    "The new rota is a mess",
)

#: Group clauses (indirect reports).
GROUP_CLAUSES23 = (
    "the changes had been rushed through",
    "they had not been consulted",
    "the new schedule was unworkable",
    "they would stay until the work was finished",
    "the cuts had gone too far",
    "the rules were applied unevenly",
)

#: Non-role descriptions before a colon credit: (description, words a title must contain).
ODD_ROLES23 = (
    ("bell-rope splicer", ("splicer",)),
    ("retired lamp trimmer", ("lamp trimmer",)),
    ("part-time hive inspector", ("hive inspector",)),
    ("volunteer sound engineer", ("sound engineer",)),
    ("tram conductor", ("conductor",)),
    ("wool sorter", ("wool sorter",)),
)

AGES23 = (34, 47, 52, 61, 68, 73)

#: Q/A exchanges of an interview.
EXCHANGES23 = (
    (
        "Why was the avalanche warning raised overnight?",
        "The wind loaded the gullies with fresh snow and the old layer underneath is weak.",
    ),
    (
        "How long does it take to cast a bell?",
        "The pour is over in minutes, but the mould takes three weeks to make.",
    ),
    (
        "Will the ferry run on Sundays this winter?",
        "Only if the harbour board pays for a second crew.",
    ),
    (
        "What did the storm do to the fish ladder?",
        "It filled the bottom pools with gravel and tore out two of the baffles.",
    ),
)

#: Newspapers and outlets: (name as written after `the`).
PAPERS23 = ("Corran Courier", "Kestrel Weekly", "Northmere Echo", "Valley Gazette")

#: Datelines: (as written, a word that must appear in no quote or speaker).
DATELINES23 = (
    ("TBILISI, Georgia (AP) —", "TBILISI"),
    ("GYUMRI, Armenia (Reuters) -", "GYUMRI"),
    ("DARKHAN, Mongolia —", "DARKHAN"),
    ("NUKU'ALOFA, Tonga (AFP) —", "NUKU'ALOFA"),
    ("CUSCO, Peru, March 3 (Reuters) -", "CUSCO"),
    ("AKUREYRI, Iceland (AP) —", "AKUREYRI"),
    ("TARTU, Estonia —", "TARTU"),
    ("KANO, Nigeria (AFP) —", "KANO"),
    ("THANJAVUR, India, Oct. 14 (Reuters) -", "THANJAVUR"),
    ("BILBAO, Spain (AP) —", "BILBAO"),
    ("ABERYSTWYTH, Wales —", "ABERYSTWYTH"),
    ("VIENTIANE, Laos (AFP) —", "VIENTIANE"),
    ("KAUTOKEINO, Norway —", "KAUTOKEINO"),
    ("SALELOLOGA, Samoa (AP) —", "SALELOLOGA"),
)

#: Bylines: (as written, a word that must appear in no quote or speaker).
BYLINES23 = (
    ("By Nanuli Gelashvili and Teuila Masoe", "Gelashvili"),
    ("By Arnar Steinsson\nNordic Correspondent", "Steinsson"),
    ("By Meenakshi Sundaram | South Asia Desk", "Sundaram"),
    ("Reporting by Aitor Mendizabal; editing by Ffion Llewelyn", "Mendizabal"),
    ("Text and photographs by Bolormaa Dashdorj", "Dashdorj"),
)

#: Quotations with apostrophes inside and at the edges of words, for British single marks.
APOS_Q23 = (
    "The ringers' tea room hasn't been heated since the bells were rehung",
    "We're runnin' the last tram out at midnight, rain or not",
    "It's the beekeepers' honey that's paying for the new fence",
    "The keepers' cottage isn't ours to sell, it's the trust's",
    "Nobody's lookin' at the old mill's books any more",
)

#: Bodies for a body's kind noun: (name, kind noun, something it closed).
ORGS23 = (
    ("the Whitcombe Bell Foundry", "foundry", "its casting floor"),
    ("the Scarholm Lighthouse Trust", "trust", "the lamp room to visitors"),
    ("Harbourside Community Radio", "station", "its overnight service"),
    ("the Northmere Philharmonic", "orchestra", "its summer season"),
    ("the Ashgrove Beekeeping Association", "association", "its training apiary"),
    ("the Trevanion County Archives", "archive", "its reading room"),
)

#: Body quotations.
ORG_Q23 = (
    "We regret the disruption this will cause",
    "The safety of visitors must come first",
    "We hope to reopen in the spring",
    "This was not a decision we took lightly",
)
