"""Slot fillers of the twenty-sixth held-out round (``heldout26.py``): invented people of Chechen,
Cornish, Hmong, Tatar, Sakha, Uyghur, Xhosa, Oromo, Guarani, Lakota, Ewe, Chamorro, Kalmyk, Occitan,
Circassian, Bashkir, Buryat, Tswana, Tzotzil, Ladino, Afrikaner, Aromanian, Cherokee, Cajun, Mi'kmaq,
Dakota, Surinamese, Bruneian, Omani, Yemeni and Walloon origin (names with generational suffixes and
particles, names ending in *s*), quotation marks (straight, curly, British single, guillemets), open-class
cue verbs, roles with their bodies in canal locks, salt marshes, ropeworks, ice rinks, cheese
cooperatives, observatories, ferry piers, wind farms, stained glass, river pilots, falconry, organ
building, tram depots, cable cars, vineyards, lifeboat stations, public baths and chess federations,
elected and appointed posts, quotations and clauses of those fields, works, nicknames and scare quotes,
withheld speech, quantified and anonymous sources, datelines and bylines, that no development template
or earlier held-out round uses.

Every name, body and sentence here was written for this round; the people and bodies are invented
(the places, and the news agencies, are real).
"""

from __future__ import annotations

from attrs import frozen


@frozen
class Person26:
    """An invented person: full name as written, the name a careful editor uses on second reference,
    gender (`f`/`m`) and culture."""

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
    def ref(self) -> str:
        """`Ms Tregear`, `Mr Lor`."""
        return f"{'Ms' if self.gender == 'f' else 'Mr'} {self.last}"


@frozen
class Mark26:
    """A pair of quotation marks; curly marks take curly apostrophes inside."""

    open: str
    close: str

    def q(self, text: str) -> str:
        """*text* between the marks."""
        if self.open in "“‘":
            text = text.replace("'", "’")
        return f"{self.open}{text}{self.close}"


DOUBLE26 = (Mark26('"', '"'), Mark26("“", "”"))
SINGLE26 = (Mark26("'", "'"), Mark26("‘", "’"))
MARKS26 = DOUBLE26 + SINGLE26
GUILLEMETS26 = (Mark26("«", "»"), Mark26("« ", " »"))
#: Every style, guillemets included (for capabilities whose quotations hold no apostrophe).
ALL_MARKS26 = MARKS26 + GUILLEMETS26

WOMEN26 = (
    Person26("Zarema Khadzhieva", "Khadzhieva", "f", "Chechen"),
    Person26("Morwenna Tregear", "Tregear", "f", "Cornish"),
    Person26("Mai Yia Thao", "Thao", "f", "Hmong"),
    Person26("Gulnara Sabirova", "Sabirova", "f", "Tatar"),
    Person26("Sardana Nikiforova", "Nikiforova", "f", "Sakha"),
    Person26("Dilnur Abduqadir", "Abduqadir", "f", "Uyghur"),
    Person26("Nomvula Mqhayi", "Mqhayi", "f", "Xhosa"),
    Person26("Hawi Gammachu", "Gammachu", "f", "Oromo"),
    Person26("Arami Villalba", "Villalba", "f", "Guarani"),
    Person26("Tashina Two Bulls", "Two Bulls", "f", "Lakota"),
    Person26("Enyonam Agbeko", "Agbeko", "f", "Ewe"),
    Person26("Anjelica Taitague", "Taitague", "f", "Chamorro"),
    Person26("Elza Badmaeva", "Badmaeva", "f", "Kalmyk"),
    Person26("Clamença Roqueta", "Roqueta", "f", "Occitan"),
    Person26("Zalina Shogenova", "Shogenova", "f", "Circassian"),
)

MEN26 = (
    Person26("Aslanbek Dzhabrailov", "Dzhabrailov", "m", "Chechen"),
    Person26("Jory Penhaligon", "Penhaligon", "m", "Cornish"),
    Person26("Tou Pao Lor", "Lor", "m", "Hmong"),
    Person26("Ilgiz Yulbarisov", "Yulbarisov", "m", "Bashkir"),
    Person26("Bair Tsyrenov", "Tsyrenov", "m", "Buryat"),
    Person26("Erkin Tokhti", "Tokhti", "m", "Uyghur"),
    Person26("Luvuyo Ntshona", "Ntshona", "m", "Xhosa"),
    Person26("Gemechu Dinsa", "Dinsa", "m", "Oromo"),
    Person26("Kagiso Motsumi", "Motsumi", "m", "Tswana"),
    Person26("Mariano Sántiz Gómez", "Sántiz", "m", "Tzotzil"),
    Person26("Yehuda Alhadeff", "Alhadeff", "m", "Ladino"),
    Person26("Kossi Amegah", "Amegah", "m", "Ewe"),
    Person26("Badma Ochirov", "Ochirov", "m", "Kalmyk"),
    Person26("Astemir Kodzokov", "Kodzokov", "m", "Circassian"),
    Person26("Vicente Manibusan", "Manibusan", "m", "Chamorro"),
)

PEOPLE26 = tuple(p for pair in zip(WOMEN26, MEN26, strict=True) for p in pair)

#: People whose full name ends in *s* (possessive with a bare apostrophe or with *'s*).
S_NAMES26 = (
    Person26("Kerensa Hoskins", "Hoskins", "f", "Cornish"),
    Person26("Bernat Delmas", "Delmas", "m", "Occitan"),
    Person26("Marlize Claassens", "Claassens", "f", "Afrikaner"),
    Person26("Mato Hollow Horns", "Hollow Horns", "m", "Lakota"),
    Person26("Aurèlia Nicolas", "Nicolas", "f", "Occitan"),
    Person26("Ramón Benegas", "Benegas", "m", "Guarani"),
    Person26("Josefa Cruz Reyes", "Reyes", "f", "Chamorro"),
    Person26("Teodor Ilies", "Ilies", "m", "Aromanian"),
)

#: Names with a generational suffix or a particle; the speaker is always the full name as written.
FORMS26 = (
    Person26("Delbert Sixkiller Jr.", "Sixkiller", "m", "Cherokee"),
    Person26("Estrea de la Roza", "de la Roza", "f", "Ladino"),
    Person26("Remy Broussard Sr.", "Broussard", "m", "Cajun"),
    Person26("Ilse van der Leeuw", "van der Leeuw", "f", "Surinamese"),
    Person26("Garnet Pictou III", "Pictou", "m", "Mi'kmaq"),
    Person26("Thuraya al-Habsi", "al-Habsi", "f", "Omani"),
    Person26("Haziq bin Jaafar", "Haziq", "m", "Bruneian Malay"),
    Person26("Elsabé van der Westhuizen", "van der Westhuizen", "f", "Afrikaner"),
    Person26("Cyrus Tallbear Jr.", "Tallbear", "m", "Dakota"),
    Person26("Ana Lucía de la Vega", "de la Vega", "f", "Guarani"),
    Person26("Salim al-Maskari", "al-Maskari", "m", "Yemeni"),
    Person26("Jean-Baptiste Thibodeaux III", "Thibodeaux", "m", "Cajun"),
    Person26("Fernand de la Haye", "de la Haye", "m", "Walloon"),
)

#: Open-class cue verbs (past, present) that common reporting-verb lexicons do not list.
OPEN_VERBS26 = (
    ("parried", "parries"),
    ("purred", "purrs"),
    ("huffed", "huffs"),
    ("bristled", "bristles"),
    ("chirruped", "chirrups"),
    ("harrumphed", "harrumphs"),
    ("twinkled", "twinkles"),
    ("wheezed", "wheezes"),
    ("sniffed", "sniffs"),
    ("grumped", "grumps"),
    ("tutted", "tuts"),
    ("cackled", "cackles"),
)

#: Roles: (role after a name, the body, the role head a title must contain, the body's kind,
#: quotations in the role's voice, reported clauses in the role's field).
ROLES26 = (
    (
        "lock keeper",
        "the Brindlow Canal Trust",
        "lock keeper",
        "the trust",
        ("The top gate leaks like a sieve every spring", "Boaters queue here from dawn in August"),
        ("the flight of locks would reopen in May", "the top gate had been replaced"),
    ),
    (
        "marsh warden",
        "the Skelding Saltmarsh Reserve",
        "warden",
        "the reserve",
        ("The spring tides reach the sea wall twice a year now", "Samphire comes back if you leave it alone"),
        ("the grazing ponies would stay on the marsh", "the sea wall had been breached in two places"),
    ),
    (
        "master ropemaker",
        "the Tollmouth Ropeworks",
        "ropemaker",
        "the ropeworks",
        ("A rope is only as good as its worst yarn", "We still walk the quarter-mile floor by hand"),
        ("the ropewalk would run tours again", "the hemp order had arrived late"),
    ),
    (
        "rink manager",
        "the Harlsden Ice Arena",
        "manager",
        "the arena",
        (
            "The ice plant is older than most of our skaters",
            "We resurface the ice nine times on a busy Saturday",
        ),
        ("the rink would stay open through July", "the chiller had failed twice this winter"),
    ),
    (
        "ripening manager",
        "the Vellacott Dairy Cooperative",
        "manager",
        "the cooperative",
        ("A good wheel needs eight months and a little luck", "The cellar stays at eleven degrees all year"),
        ("the cave-aged wheels had sold out", "milk prices had fallen again"),
    ),
    (
        "resident astronomer",
        "the Carn Dhu Observatory",
        "astronomer",
        "the observatory",
        ("The new streetlights have cost us half the sky", "On a clear night the dome never closes"),
        ("the telescope would be open to schools", "the mirror had been recoated"),
    ),
    (
        "piermaster",
        "the Oldhaven Pier Company",
        "piermaster",
        "the pier company",
        ("The pilings have been under water since 1887", "Every storm takes a plank or two"),
        ("the pier head would reopen by Easter", "two pilings had been replaced"),
    ),
    (
        "senior turbine technician",
        "the Gorsey Ridge Wind Farm",
        "technician",
        "the wind farm",
        ("Climbing a tower in a gale is not for everyone", "The blades hum when the wind swings west"),
        ("the six turbines would be repowered", "one blade had been struck by lightning"),
    ),
    (
        "glass conservator",
        "the Saint Aldhelm Stained Glass Studio",
        "conservator",
        "the studio",
        ("Medieval blue is the colour nobody can match", "Every panel we take out is numbered twice"),
        ("the east window would be releaded", "the old lead was crumbling"),
    ),
    (
        "senior pilot",
        "the Severn Reach Pilotage Authority",
        "pilot",
        "the authority",
        ("The sandbanks move every winter and so do we", "No chart tells you what the river did last night"),
        ("the channel had silted up again", "a new pilot boat would arrive in spring"),
    ),
    (
        "head falconer",
        "the Brackenholt Falconry Centre",
        "falconer",
        "the centre",
        ("A hawk will forgive a lot but never a sudden noise", "The eagle owl is the real star of the show"),
        ("the flying displays would resume in April", "two of the kestrels had been bred on site"),
    ),
    (
        "head voicer",
        "Marlowe Organ Builders",
        "voicer",
        "the firm",
        ("Each of the four thousand pipes has to sing in tune", "The great reed stop took a year to voice"),
        ("the cathedral organ would be finished by Advent", "the bellows had been releathered"),
    ),
    (
        "depot superintendent",
        "the Crossgate Tram Depot",
        "superintendent",
        "the depot",
        ("Our oldest tram still runs every Sunday", "We strip each car down to the bogies every five years"),
        ("the heritage trams would run on bank holidays", "three cars were waiting for new wheels"),
    ),
    (
        "cableway engineer",
        "the Pen Dinas Cable Car Company",
        "engineer",
        "the cable car company",
        ("The haul rope is inspected every single morning", "Above sixty kilometres an hour we stop"),
        ("the cabins would be replaced next year", "the haul rope had been spliced"),
    ),
    (
        "head winemaker",
        "the Coombe Tarrant Vineyard",
        "winemaker",
        "the vineyard",
        (
            "The frost in April took a third of the buds",
            "This slope gives us the ripest grapes in the county",
        ),
        ("the harvest would start early", "the frost had cut the yield by a third"),
    ),
    (
        "coxswain",
        "the Porthkerran Lifeboat Station",
        "coxswain",
        "the station",
        ("The pager goes and everybody runs", "We launched into a force nine that night"),
        ("the crew had been called out forty times", "the new boathouse would open in June"),
    ),
    (
        "pool supervisor",
        "the Latchford Victorian Baths",
        "supervisor",
        "the baths",
        ("The tiles in the plunge pool are original", "People swim here who learned here eighty years ago"),
        ("the Turkish rooms would reopen after the repairs", "the boiler had been condemned"),
    ),
    (
        "tournament director",
        "the Northern Counties Chess Federation",
        "director",
        "the federation",
        ("A blitz final at midnight is chess at its cruellest", "Juniors now make up half our entries"),
        ("the congress would move to a bigger hall", "entries had doubled since the autumn"),
    ),
)

#: Posts that are elected, appointed or named: (post, body, the head a title must contain, verb).
POSTS26 = (
    ("chair", "the Northern Counties Chess Federation", "chair", "elected"),
    ("president", "the Harlsden Skating Club", "president", "elected"),
    ("treasurer", "the Brindlow Canal Society", "treasurer", "elected"),
    ("commodore", "the Oldhaven Sailing Club", "commodore", "elected"),
    ("honorary secretary", "the Vellacott Dairy Cooperative", "secretary", "elected"),
    ("director", "the Carn Dhu Observatory", "director", "appointed"),
    ("coxswain", "the Porthkerran Lifeboat Station", "coxswain", "appointed"),
    ("head warden", "the Skelding Saltmarsh Reserve", "warden", "appointed"),
    ("chief executive", "the Pen Dinas Cable Car Company", "chief executive", "named"),
    ("general manager", "the Latchford Victorian Baths", "manager", "named"),
    ("ropewalk master", "the Tollmouth Ropeworks", "master", "named"),
    ("superintendent", "the Crossgate Tram Depot", "superintendent", "appointed"),
)

#: Long and hyphenated titles: (title after a name, the heads of which a title must contain one).
LONG_TITLES26 = (
    ("vice-chair and head of visitor safety", ("vice-chair", "head of visitor safety")),
    ("co-founder and part-time lock keeper", ("co-founder", "lock keeper")),
    ("second-in-command and acting coxswain", ("second-in-command", "coxswain")),
    ("deputy head of heritage trams and rolling stock", ("deputy head", "heritage trams")),
    ("joint managing director", ("managing director",)),
    ("assistant director of education and outreach", ("assistant director",)),
    ("ex-officio trustee and former treasurer", ("trustee", "treasurer")),
    ("head of cellar operations", ("head of cellar operations",)),
)

#: Quotations that fit any role (without final punctuation).
ALL_Q26 = (
    "We have been patching this up for a decade",
    "Nobody here wants to be the last one to leave",
    "It was the busiest weekend we have ever had",
    "The figures speak for themselves",
    "I am not going to pretend it is easy",
    "We asked for help and we are still waiting",
    "This place runs on goodwill and strong tea",
    "It has taken us years to get this far",
    "There is no plan B if the grant falls through",
    "Every penny goes back into the building",
    "I could not be prouder of the volunteers",
    "We will open on time if the weather holds",
)

#: Second quotations (a continuation after the credit; full sentences without final punctuation).
SECOND_Q26 = (
    "But we will be ready when the season starts",
    "That is all anyone can ask of us",
    "The rest is up to the council",
    "Ask anyone who was here that night",
)

#: Lower-case continuations of a sentence split by its credit (without final punctuation).
TAILS26 = (
    "and that is before the winter storms",
    "but nobody in the office seems to care",
    "so we keep going",
    "which is more than most people realise",
)

#: Reported clauses that fit any role.
CLAUSES26 = (
    "the repairs would be finished before the summer",
    "the grant had been cut by a fifth",
    "volunteers had kept the doors open all winter",
    "the council had ignored three letters",
    "ticket prices would rise in April",
    "the insurance bill had doubled",
    "the new timetable was working well",
    "the old machinery would be sold at auction",
)

#: Datelines (place, country or region) as an agency editor writes them.
DATELINES26 = (
    ("GROZNY", "Russia"),
    ("TRURO", "England"),
    ("KAZAN", "Russia"),
    ("YAKUTSK", "Russia"),
    ("MTHATHA", "South Africa"),
    ("ASUNCIÓN", "Paraguay"),
    ("LOMÉ", "Togo"),
    ("HAGÅTÑA", "Guam"),
    ("TAHLEQUAH", "Okla."),
    ("LAFAYETTE", "La."),
    ("MUSCAT", "Oman"),
    ("PARAMARIBO", "Suriname"),
)

AGENCIES26 = ("(Reuters)", "(AP)", "(AFP)")

BYLINES26 = (
    "By Perrine Castelnau",
    "By Thandeka Jali",
    "By Ruslan Magomadov",
    "By Kiera Penrose",
)

#: Newspapers and broadcasters a person tells something to.
PAPERS26 = ("Tideway Gazette", "Moor Valley Echo", "Riverside Herald", "Northern Packet")

DAYS26 = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

#: Marked words that are no quotation: (sentence with ``{o}``/``{c}`` marks, kind).
NON_QUOTES26 = (
    ("The ropeworks' centenary film, {o}Forty Fathoms of Hemp{c}, opens on Friday.", "film"),
    ("Her guide to the canal, {o}Gates and Paddles{c}, is in its third printing.", "book"),
    ("The lifeboat has been called {o}the Old Lady{c} by the crew since 1984.", "nickname"),
    ("Skaters call the far corner of the rink {o}the Fridge{c}.", "nickname"),
    ("The so-called {o}dark sky corridor{c} runs along the ridge.", "so-called"),
    ("The choir will sing {o}Salt on the Wind{c} at the launch.", "song"),
    ("The exhibition is titled {o}Light Through Lead{c}.", "title"),
    ("The depot's {o}temporary{c} roof has stood since 1979.", "scare"),
    ("The baths' {o}modern{c} changing rooms date from 1962.", "scare"),
    ("The vineyard's best-selling wine is a rosé called {o}Frost Bite{c}.", "product"),
)

#: Nicknames in an apposition before or after a name.
NICKNAMES26 = ("the Owl", "Old Rope", "the Gatekeeper", "Captain Tide")

#: Withheld speech: sentences in which a person says nothing of the clause (``{n}`` the name).
WITHHELD26 = (
    "{n} would not be drawn on whether the locks would close for good.",
    "{n} refused to discuss how much the new boiler had cost.",
    "{n} gave no answer when asked who would pay for the repairs.",
    "{n} would not comment on whether the arena would be sold.",
    "{n} kept quiet about when the dome would reopen.",
    "{n} declined to put a figure on the losses.",
)

#: Quantified and anonymous sources: (the phrase as written, names accepted for it).
SOURCES26 = (
    ("one official", ("one official", "official")),
    ("two residents", ("two residents", "residents")),
    (
        "a spokesperson who asked not to be named",
        ("spokesperson", "a spokesperson", "a spokesperson who asked not to be named"),
    ),
    ("several lock keepers", ("several lock keepers", "lock keepers")),
    (
        "one pilot who has worked the river for thirty years",
        ("one pilot", "pilot", "one pilot who has worked the river for thirty years"),
    ),
    (
        "a federation official who was not authorised to speak publicly",
        (
            "federation official",
            "a federation official",
            "official",
            "a federation official who was not authorised to speak publicly",
        ),
    ),
    ("three of the ropemakers", ("three of the ropemakers", "ropemakers")),
    ("most of the skaters", ("most of the skaters", "skaters")),
    (
        "a person close to the trust",
        ("a person close to the trust", "person close to the trust", "person"),
    ),
    ("four of the lifeboat crew", ("four of the lifeboat crew", "lifeboat crew", "crew")),
)

#: Paragraphs of a long quotation (each a sentence without its final full stop).
LONG_PARAS26 = (
    (
        "My grandfather worked the top lock before the war",
        "My father took it over when the barges stopped",
        "Now I open the gates for pleasure boats, and it is still the best job on the canal",
    ),
    (
        "We lost the north pier in the storm of 1990",
        "For years the council said it could not be saved",
        "Every plank you walk on now was paid for by people in this town",
    ),
    (
        "The east window came out in four hundred pieces",
        "Each one had to be cleaned, mended and leaded again",
        "When the sun comes through it now, people stop and stare",
    ),
    (
        "A falcon does not love you, whatever people think",
        "She tolerates you because you feed her",
        "That honesty is what keeps me coming back every morning",
    ),
)

#: Ages with the article they take (`an 81-year-old`).
AGES26 = (29, 36, 44, 51, 63, 74, 81, 88)

#: Quotations with apostrophes (for British single marks).
APOS_Q26 = (
    "The skaters' changing rooms aren't fit for purpose",
    "We don't turn the boat round for anyone's timetable",
    "It's the pilots' river, not the shipping company's",
    "I've rung the lock bell since I was eleven",
)

#: Interview exchanges: (question, answer), each a full sentence.
EXCHANGES26 = (
    ("Why did the top gate fail?", "The oak had rotted from the inside and nobody had checked it."),
    ("Will the pier reopen this summer?", "Yes, if the last two pilings arrive by June."),
    ("What is the hardest part of the job?", "Telling a family we could not get there in time."),
    ("How many skaters use the rink?", "About nine hundred a week, more in the holidays."),
)

#: Places for `NAME, AGE, from PLACE`.
TOWNS26 = ("Tollmouth", "Brindlow", "Oldhaven", "Latchford", "Skelding", "Crossgate")
