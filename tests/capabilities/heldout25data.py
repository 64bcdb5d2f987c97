"""Slot fillers of the twenty-fifth held-out round (``heldout25.py``): invented people of Wolof, Tigrinya,
Amazigh, Tibetan, Navajo (Diné), Corsican, Galician, Shona, Akan, Sorbian, Tahitian, Javanese, Manx,
Romansh, Marathi, Ossetian, Aymara, Telugu, Pashto, Tajik, Kyrgyz, Friulian, Greenlandic and Zapotec
origin, quotation marks (straight, curly, British single, guillemets), open-class cue verbs, roles with
their bodies in beekeeping, lighthouses, ferry services, orchard grafting, glassworks, bell foundries,
seed banks, avalanche control, peat restoration, mountain rescue, puppet theatres, clock repair, tidal
power, oyster farms, snow clearing, sound archives, bus depots and fire lookouts, quotations and clauses
of those fields, works, nicknames and scare quotes, withheld speech, channels, groups, datelines and
bylines, that no development template or earlier held-out round uses.

Every name, body and sentence here was written for this round; the people and bodies are invented
(the places, and the news agencies, are real).
"""

from __future__ import annotations

from attrs import frozen


@frozen
class Person25:
    """An invented person: full name, the surname a careful editor uses on second reference, gender
    (`f`/`m`) and culture."""

    full: str
    last: str
    gender: str
    culture: str

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
        """`Ms Amellal`, `Mr Dzugaev`."""
        return f"{'Ms' if self.gender == 'f' else 'Mr'} {self.last}"


@frozen
class Mark25:
    """A pair of quotation marks; curly marks take curly apostrophes inside."""

    open: str
    close: str

    def q(self, text: str) -> str:
        """*text* between the marks."""
        if self.open in "“‘":
            text = text.replace("'", "’")
        return f"{self.open}{text}{self.close}"


DOUBLE25 = (Mark25('"', '"'), Mark25("“", "”"))
SINGLE25 = (Mark25("'", "'"), Mark25("‘", "’"))
MARKS25 = DOUBLE25 + SINGLE25
GUILLEMETS25 = (Mark25("«", "»"), Mark25("« ", " »"))

WOMEN25 = (
    Person25("Ndèye Coumba Diouf", "Diouf", "f", "Wolof"),
    Person25("Saba Tesfamariam", "Tesfamariam", "f", "Tigrinya"),
    Person25("Tanirt Amellal", "Amellal", "f", "Amazigh"),
    Person25("Pema Yangzom", "Yangzom", "f", "Tibetan"),
    Person25("Shandiin Begay", "Begay", "f", "Navajo"),
    Person25("Letizia Santucci-Orsini", "Santucci-Orsini", "f", "Corsican"),
    Person25("Uxía Vilanova Pereiro", "Vilanova", "f", "Galician"),
    Person25("Rutendo Mukwashi", "Mukwashi", "f", "Shona"),
    Person25("Abenaa Boakye-Mensah", "Boakye-Mensah", "f", "Akan"),
    Person25("Hana Krawcec", "Krawcec", "f", "Sorbian"),
    Person25("Hinatea Tehaamoana", "Tehaamoana", "f", "Tahitian"),
    Person25("Sri Wahyuningsih", "Wahyuningsih", "f", "Javanese"),
    Person25("Voirrey Quayle", "Quayle", "f", "Manx"),
    Person25("Ursina Caduff", "Caduff", "f", "Romansh"),
    Person25("Madhuri Gokhale", "Gokhale", "f", "Marathi"),
)

MEN25 = (
    Person25("Mamadou Lamine Sarr", "Sarr", "m", "Wolof"),
    Person25("Yonas Gebremeskel", "Gebremeskel", "m", "Tigrinya"),
    Person25("Lobsang Tsering", "Tsering", "m", "Tibetan"),
    Person25("Kee Yazzie-Tsosie", "Yazzie-Tsosie", "m", "Navajo"),
    Person25("Alan Dzugaev", "Dzugaev", "m", "Ossetian"),
    Person25("Wilmer Choque Quispe", "Choque", "m", "Aymara"),
    Person25("K. Venkata Subbaiah", "Subbaiah", "m", "Telugu"),
    Person25("Wahidullah Stanekzai", "Stanekzai", "m", "Pashto"),
    Person25("Firuz Rahmonzoda", "Rahmonzoda", "m", "Tajik"),
    Person25("Nurlan Abdykadyrov", "Abdykadyrov", "m", "Kyrgyz"),
    Person25("Pieri Zuliani", "Zuliani", "m", "Friulian"),
    Person25("Gion Cadruvi", "Cadruvi", "m", "Romansh"),
    Person25("Juan Kermode", "Kermode", "m", "Manx"),
    Person25("Aputsiaq Lyberth", "Lyberth", "m", "Greenlandic"),
    Person25("Benigno Ruiz Matus", "Ruiz", "m", "Zapotec"),
)

PEOPLE25 = tuple(p for pair in zip(WOMEN25, MEN25, strict=True) for p in pair)

#: Open-class cue verbs (past, present) that common reporting-verb lexicons do not list.
OPEN_VERBS25 = (
    ("carolled", "carols"),
    ("ribbed", "ribs"),
    ("jested", "jests"),
    ("puffed", "puffs"),
    ("riposted", "ripostes"),
    ("bantered", "banters"),
    ("kidded", "kids"),
    ("wittered", "witters"),
    ("japed", "japes"),
    ("chaffed", "chaffs"),
    ("pshawed", "pshaws"),
)

#: Roles: (role after a name, the body, the role head a title must contain, the body's kind,
#: quotations in the role's voice, reported clauses in the role's field).
ROLES25 = (
    (
        "head beekeeper",
        "the Corrie Brae Honey Cooperative",
        "beekeeper",
        "the cooperative",
        ("The heather flow came three weeks late this year", "Half the hives went into winter light"),
        ("the colonies had come through the frost", "the heather honey would be sold out by May"),
    ),
    (
        "principal keeper",
        "the Larnach Head Lighthouse Board",
        "keeper",
        "the board",
        ("The lamp has not missed a night since 1931", "Fog is the one thing the lens cannot beat"),
        ("the lens room needed a new roof", "the foghorn would be silenced at night"),
    ),
    (
        "operations manager",
        "Pellow Sound Ferries",
        "manager",
        "the ferry company",
        ("The early sailing will run whatever the swell", "We lost two crossings to the wind on Friday"),
        ("the second vessel would return in March", "the slipway repairs were finished"),
    ),
    (
        "master grafter",
        "the Vellan Orchard Trust",
        "grafter",
        "the trust",
        ("Every old pippin here has a story in its rootstock", "A bad cut shows up five summers later"),
        ("the old varieties were worth saving", "the scion wood would be cut in February"),
    ),
    (
        "furnace supervisor",
        "the Holmgate Glassworks",
        "supervisor",
        "the glassworks",
        ("The furnace has to stay hot even when orders stop", "Blue glass is the hardest colour to hold"),
        ("the furnace would be relined in August", "the gas bill had doubled"),
    ),
    (
        "foundry master",
        "the Ashcombe Bell Foundry",
        "foundry master",
        "the foundry",
        ("A bell that rings true on the first pour is rare", "The tenor bell weighed more than a tractor"),
        ("the cathedral bells would be recast", "the loam moulds were dried for a month"),
    ),
    (
        "curator",
        "the Quarrendon Seed Bank",
        "curator",
        "the seed bank",
        ("Some of these beans have not been grown since the war", "A seed is only safe if someone plants it"),
        ("the cold room was running at minus eighteen", "four hundred bean varieties were stored"),
    ),
    (
        "avalanche forecaster",
        "the Val Surlej Snow Safety Service",
        "forecaster",
        "the service",
        ("The slab on the north face is ready to go", "Nobody should be on that slope until Thursday"),
        ("the danger level would stay at four", "the road would close when the wind turned"),
    ),
    (
        "restoration officer",
        "the Moss Hagg Peatland Partnership",
        "officer",
        "the partnership",
        ("A wet bog is a working bog", "We have blocked every drain on the upper moss"),
        ("the water table had risen by a hand's breadth", "the sphagnum was spreading again"),
    ),
    (
        "team leader",
        "the Glen Corran Rescue Team",
        "team leader",
        "the team",
        ("We were on the ridge within the hour", "The stretcher carry took most of the night"),
        ("the walkers had been found near the cairn", "the team had been called out eleven times"),
    ),
    (
        "artistic director",
        "the Little Lantern Puppet Theatre",
        "director",
        "the theatre",
        ("The marionettes are older than most of our audience", "Children still gasp when the dragon flies"),
        ("the winter season would open with a new show", "the oldest marionettes were being restrung"),
    ),
    (
        "senior horologist",
        "the Quillon Clock Works",
        "horologist",
        "the works",
        (
            "A tower clock only tells the truth if someone winds it",
            "The escapement was full of pigeon feathers",
        ),
        ("the town clock would strike again by Easter", "the old movement had to be rebuilt by hand"),
    ),
    (
        "chief engineer",
        "the Carrick Narrows Tidal Power Company",
        "engineer",
        "the company",
        ("The turbines turn twice a day whether we like it or not", "Spring tides are when we earn our keep"),
        ("the third turbine was back on the grid", "the barrage gates would be tested in June"),
    ),
    (
        "hatchery manager",
        "the Saltmarsh Bay Oyster Company",
        "manager",
        "the oyster company",
        ("The spat took well in the warm water", "A cold snap in May can wipe out a season"),
        ("the beds had been cleared of norovirus", "the harvest would start in September"),
    ),
    (
        "fleet supervisor",
        "the Hallam Moor Snow Clearance Unit",
        "supervisor",
        "the unit",
        ("The ploughs went out at three in the morning", "We have grit for a fortnight and no more"),
        ("the moor road would be cleared by noon", "two gritters had broken down"),
    ),
    (
        "chief archivist",
        "the Brenmoor Sound Archive",
        "archivist",
        "the archive",
        ("Some of these wax cylinders are crumbling as we speak", "Every tape we save is a voice back"),
        ("the wax cylinders had been digitised", "the fishing songs would be released online"),
    ),
    (
        "depot manager",
        "the Eastgate Bus Garage",
        "manager",
        "the bus garage",
        ("We have drivers but not enough buses", "The night routes are the first to suffer"),
        ("the electric buses would arrive in spring", "three routes would be cut from Monday"),
    ),
    (
        "lookout warden",
        "the Cinder Knob Fire Lookout Association",
        "warden",
        "the association",
        ("From up here you can see smoke forty miles off", "The dry lightning worries me more than campers"),
        ("the tower would be staffed until October", "two small fires had been spotted on Tuesday"),
    ),
)

#: Quotations that fit any role (without final punctuation).
ALL_Q25 = (
    "We will not be rushed into this",
    "Nobody asked the people who do the work",
    "It is the best season we have had in years",
    "The money has to come from somewhere",
    "I have never seen the valley this quiet",
    "We are doing what we can with what we have",
    "That decision was taken far from here",
    "Give us a fair hearing and we will manage",
    "It was a long winter for everyone",
    "I would do it all again tomorrow",
    "There is no shortcut through this",
    "People here have long memories",
)

#: Second quotations (the continuation after a break, without final punctuation).
SECOND_Q25 = (
    "but we will be ready by the spring",
    "and nobody has told us otherwise",
    "and that is the whole of it",
    "though the costs keep climbing",
)

#: Reported clauses that fit any role.
CLAUSES25 = (
    "the work would be finished before the summer",
    "the grant had arrived two months late",
    "volunteers had kept the place open",
    "the council had not consulted anyone",
    "the repairs would cost more than expected",
    "the new rota was working well",
    "visitor numbers had fallen since the storm",
    "the old equipment would be sold",
)

#: Datelines (place, country or region) written as a careful agency editor would.
DATELINES25 = (
    ("DAKAR", "Senegal"),
    ("ASMARA", "Eritrea"),
    ("LHASA", "China"),
    ("WINDOW ROCK", "Ariz."),
    ("AJACCIO", "Corsica"),
    ("SANTIAGO DE COMPOSTELA", "Spain"),
    ("MUTARE", "Zimbabwe"),
    ("KUMASI", "Ghana"),
    ("PAPEETE", "Tahiti"),
    ("DOUGLAS", "Isle of Man"),
    ("NUUK", "Greenland"),
    ("BISHKEK", "Kyrgyzstan"),
)

AGENCIES25 = ("(Reuters)", "(AP)", "(AFP)")

BYLINES25 = (
    "By Mireille Castagnac",
    "By Dawit Habtemariam",
    "By Eilidh Corkill",
    "By Tsering Wangmo",
)

#: Newspapers and broadcasters a person tells something to.
PAPERS25 = ("Harbour Ledger", "Moorside Courier", "Valley Wireless", "Coast Bulletin")

DAYS25 = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

#: Marked words that are no quotation: (sentence with ``{o}``/``{c}`` marks, kind).
NON_QUOTES25 = (
    ("The choir closed the evening with a song called {o}Rain on Tin{c}.", "song"),
    ("The puppet theatre's new show, {o}The Lantern Fox{c}, sold out in a week.", "work"),
    ("Her memoir, {o}Nine Winters on the Light{c}, came out in April.", "book"),
    ("The ferry has been known as {o}the Old Grumbler{c} since the 1970s.", "nickname"),
    ("Locals call the steepest bend {o}the Kettle{c}.", "nickname"),
    ("The so-called {o}green corridor{c} along the river was planted in 2019.", "so-called"),
    ("The so-called {o}grafting weekend{c} draws visitors from three counties.", "so-called"),
    ("The exhibition is titled {o}Bells of the Lost Parishes{c}.", "title"),
    ("The oldest tape in the collection is labelled {o}Reel 14, Harbour Songs{c}.", "label"),
    ("The garage's {o}temporary{c} canteen has now stood for twelve years.", "scare"),
)

#: Withheld speech: sentences in which a person says nothing of the clause (``{n}`` the name).
WITHHELD25 = (
    "{n} declined to say whether the second vessel would be sold.",
    "{n} did not say when the lamp would be relit.",
    "{n} would not say how much the repairs had cost.",
    "{n} refused to confirm whether the foundry had new orders.",
    "{n} did not say who would pay for the new ploughs.",
    "{n} declined to say how many tapes had been lost.",
    "{n} would not say whether the night routes would return.",
    "{n} did not say why the tower had been closed early.",
)

#: Unnamed role sources: (indefinite introduction, the later definite reference, accepted names).
ANON_ROLES25 = (
    ("A ferry mechanic", "the mechanic", ("ferry mechanic", "mechanic")),
    ("A beekeeper", "the beekeeper", ("beekeeper",)),
    ("A park ranger", "the ranger", ("park ranger", "ranger")),
    ("A glassblower", "the glassblower", ("glassblower",)),
    ("A bell ringer", "the bell ringer", ("bell ringer",)),
    ("A snowplough driver", "the driver", ("snowplough driver", "driver")),
    ("An oyster farmer", "the farmer", ("oyster farmer", "farmer")),
    ("A bus driver", "the driver", ("bus driver", "driver")),
    ("A puppeteer", "the puppeteer", ("puppeteer",)),
    ("A clock repairer", "the repairer", ("clock repairer", "repairer")),
)

#: How an unnamed source withholds a name (after ``who``).
WITHHOLD_NAME25 = (
    "asked not to be named",
    "did not want to be named",
    "spoke on condition of anonymity",
    "would give no name",
)

#: Ranks written before a name (hyphenated, deputy, acting, interim, outgoing).
RANKS25 = (
    ("Vice-Chair", "Vice-Chair"),
    ("deputy head", "deputy head"),
    ("acting curator", "curator"),
    ("interim director", "director"),
    ("outgoing chair", "chair"),
    ("Co-Founder", "Co-Founder"),
    ("assistant keeper", "keeper"),
    ("Deputy Chief Engineer", "Engineer"),
)

#: Place or country modifiers before a rank.
PLACE_MODS25 = ("Manx", "Corsican", "Tibetan", "Galician", "Greenlandic", "Kyrgyz", "Navajo Nation")

#: Written and social-media channels: (phrase before the content with ``{n}``/``{p}``, content joiner).
CHANNELS25 = (
    "{n} wrote on {p} blog that",
    "In a post on the network, {n} said",
    "In a letter to members, {n} wrote that",
    "{n} said in an email that",
    "{n} wrote in the cooperative's newsletter that",
    "In a message to volunteers, {n} said that",
)

#: Paragraphs of a long quotation (each a sentence without its final full stop).
LONG_PARAS25 = (
    (
        "We started with twelve hives and a borrowed smoker",
        "By the third year we had sixty, and the village had a honey stall",
        "Now the young ones come to learn, and that is what I am proudest of",
    ),
    (
        "The light was automated in 1998 and the keepers left",
        "For twenty years nobody climbed the stairs except to change a bulb",
        "We want people to climb them again and see what the keepers saw",
    ),
    (
        "Every crossing depends on the weather and the crew",
        "When the wind goes round to the north we sit and wait",
        "People on the island understand that better than anyone in the city",
    ),
    (
        "The bell came to us cracked from a church that had closed",
        "We broke it up and put the metal back in the furnace",
        "The new bell has some of the old one in it, and I like that",
    ),
)

#: Ages for `NAME, AGE,` and `the AGE-year-old`.
AGES25 = (34, 41, 47, 52, 58, 63, 69, 72)

#: Quotations with apostrophes (for British single marks).
APOS_Q25 = (
    "The keepers' cottages aren't for sale",
    "We don't close the gates for anyone's convenience",
    "It's the crews' decision, not the board's",
    "I've rung that bell since I was nine",
)

#: Interview exchanges: (question, answer), each a full sentence.
EXCHANGES25 = (
    ("Why did the lamp go dark last winter?", "A fuse failed in the storm and nobody could reach the rock."),
    ("Will the ferry fares go up?", "Not this year, and I will fight any rise next year."),
    ("How old is the oldest bell?", "It was cast in 1612 and it still rings on Sundays."),
    ("What keeps you on the mountain?", "The calls at two in the morning, strangely enough."),
)

#: Pairs of unnamed roles for one passage (indices into ANON_ROLES25 with different later references).
ROLE_PAIRS25 = ((1, 2), (0, 3), (4, 6), (8, 9), (2, 5), (3, 7), (6, 8), (9, 1))

#: Group subjects: (subject, accepted speaker names).
GROUP_NAMES25 = (
    ("Several of the keepers", ("several of the keepers", "keepers")),
    ("Most of the beekeepers", ("most of the beekeepers", "beekeepers")),
    ("Two of the ferry crews", ("two of the ferry crews", "ferry crews")),
    ("A handful of glassblowers", ("a handful of glassblowers", "glassblowers")),
    ("Many snowplough drivers", ("many snowplough drivers", "snowplough drivers")),
    ("Both oyster farmers", ("both oyster farmers", "oyster farmers")),
    ("Some of the bell ringers", ("some of the bell ringers", "bell ringers")),
    ("Three of the volunteers", ("three of the volunteers", "volunteers")),
)
