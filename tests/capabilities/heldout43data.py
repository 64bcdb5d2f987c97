"""Slot fillers of the forty-third held-out round (``heldout43.py``), a behavioural round over the eight
failure groups of the trust issue that weighs reported clauses and mixed quotations: invented people of
Welsh, Maori, Igbo, Zulu, Mongolian, Georgian, Armenian, Tagalog, Malay, Sami, Catalan, Scottish Gaelic,
Punjabi, Somali and Latvian origin (with their gender and an age), people of the same origins whose
surnames have risky shapes (ending in -an, -er, -ing or -ed, or an English word: *Price*, *Gill*, *Walker*,
*Said*) or hold an apostrophe (*d'Abadal*, *Ma'alin*), quotation marks (straight, curly, British single,
guillemets, German low-high), reported clauses, clauses with a quoted fragment, fragments a speaker calls
something, report verbs, open cue verbs of manner, sound, gesture and writing, invented towns, firms,
bodies with multi-part names, universities, long titles and honorifics, role nouns no lexicon lists, groups
for counted and unnamed sources, documents with authors, an invented news service with its datelines and
staff, and titles, signs, slogans and words in marks that nobody says.

Every name, body and sentence here was written for this round; the people, places and bodies are invented.
"""

from __future__ import annotations

from attrs import frozen
from heldout_kit import Mark, Person

ALL_MARKS43 = (
    Mark('"', '"'),
    Mark("\u201c", "\u201d"),
    Mark("'", "'"),
    Mark("\u2018", "\u2019"),
    Mark("\u00ab", "\u00bb"),
    Mark("\u201e", "\u201c"),
)

#: Double marks only (for quotations holding an apostrophe or an inner single-marked quotation).
DOUBLE_MARKS43 = (ALL_MARKS43[0], ALL_MARKS43[1], ALL_MARKS43[4], ALL_MARKS43[5])

#: British single marks only.
SINGLE_MARKS43 = (ALL_MARKS43[2], ALL_MARKS43[3])

WOMEN43 = (
    Person("Angharad Llewelyn", "Llewelyn", "f", "Welsh", 47),
    Person("Hinemoa Rangihau", "Rangihau", "f", "Maori", 39),
    Person("Chiamaka Okonkwo", "Okonkwo", "f", "Igbo", 44),
    Person("Nomvula Dlamini", "Dlamini", "f", "Zulu", 56),
    Person("Oyunchimeg Batbayar", "Batbayar", "f", "Mongolian", 35),
    Person("Nino Beridze", "Beridze", "f", "Georgian", 61),
    Person("Anahit Sargsyan", "Sargsyan", "f", "Armenian", 50),
    Person("Ligaya Bautista", "Bautista", "f", "Tagalog", 33),
    Person("Farhana Ismail", "Ismail", "f", "Malay", 42),
    Person("M\u00e1ret Somby", "Somby", "f", "Sami", 58),
    Person("Montserrat Puigvert", "Puigvert", "f", "Catalan", 46),
    Person("Catr\u00econa MacLe\u00f2id", "MacLe\u00f2id", "f", "Scottish Gaelic", 53),
    Person("Jaswinder Kaur Dhillon", "Dhillon", "f", "Punjabi", 38),
    Person("Hodan Warsame", "Warsame", "f", "Somali", 31),
    Person("Ilze Kalni\u0146a", "Kalni\u0146a", "f", "Latvian", 64),
)

MEN43 = (
    Person("Iwan Prydderch", "Prydderch", "m", "Welsh", 52),
    Person("Tamati Parata", "Parata", "m", "Maori", 45),
    Person("Obinna Nwachukwu", "Nwachukwu", "m", "Igbo", 57),
    Person("Sipho Mthembu", "Mthembu", "m", "Zulu", 40),
    Person("Ganbold Tserendorj", "Tserendorj", "m", "Mongolian", 49),
    Person("Levan Kiknadze", "Kiknadze", "m", "Georgian", 36),
    Person("Tigran Avetisyan", "Avetisyan", "m", "Armenian", 59),
    Person("Dakila Manalo", "Manalo", "m", "Tagalog", 43),
    Person("Azlan Hashim", "Hashim", "m", "Malay", 55),
    Person("\u00c1nte Gaup", "Gaup", "m", "Sami", 48),
    Person("Jordi Casals", "Casals", "m", "Catalan", 62),
    Person("Ruairidh MacAoidh", "MacAoidh", "m", "Scottish Gaelic", 37),
    Person("Manpreet Singh Grewal", "Grewal", "m", "Punjabi", 51),
    Person("Liban Jama", "Jama", "m", "Somali", 34),
    Person("M\u0101rti\u0146\u0161 Ozols", "Ozols", "m", "Latvian", 60),
)

PEOPLE43 = tuple(p for pair in zip(WOMEN43, MEN43, strict=True) for p in pair)

#: Surnames of risky shapes: ending in -an, -er, -ing or -ed, or an English word (*Said* is a cue word).
TRICKY43 = (
    Person("Cerys Bevan", "Bevan", "f", "Welsh", 41),
    Person("Dafydd Price", "Price", "m", "Welsh", 54),
    Person("Huw Harding", "Harding", "m", "Welsh", 46),
    Person("Sona Hakobyan", "Hakobyan", "f", "Armenian", 37),
    Person("Marites Dimaculangan", "Dimaculangan", "f", "Tagalog", 52),
    Person("Aminah Osman", "Osman", "f", "Malay", 44),
    Person("Faadumo Guled", "Guled", "f", "Somali", 36),
    Person("Abdiweli Said", "Said", "m", "Somali", 58),
    Person("Gurdeep Singh Gill", "Gill", "m", "Punjabi", 49),
    Person("Baljit Singh Hayer", "Hayer", "m", "Punjabi", 63),
    Person("Eilidh Fraser", "Fraser", "f", "Scottish Gaelic", 34),
    Person("N\u00faria Ferrer", "Ferrer", "f", "Catalan", 57),
    Person("Hemi Walker", "Walker", "m", "Maori", 42),
    Person("Aroha Hunter", "Hunter", "f", "Maori", 29),
)

#: Names with an apostrophe (a Catalan particle, a Somali glottal stop).
APOSTROPHE43 = (
    Person("Pere d'Abadal", "d'Abadal", "m", "Catalan", 55),
    Person("Laia d'Ors", "d'Ors", "f", "Catalan", 40),
    Person("Ayaan Ma'alin", "Ma'alin", "f", "Somali", 47),
    Person("Sa'iid Mu'allim", "Mu'allim", "m", "Somali", 61),
)

#: The news service's staff for bylines and credit lines (never speakers).
STAFF43 = (
    "Rhiannon Tudur",
    "Ngaio Whaanga",
    "Adaeze Eze",
    "Bolormaa Dorj",
    "Lali Tsereteli",
    "Arman Ghukasyan",
)

AGENCY43 = "Fernpost"

#: Dateline towns and their invented countries.
DATELINES43 = (
    ("ASHENFORD", "Calvria"),
    ("THORNMERE", "Nordesia"),
    ("CARROWBY", "Calvria"),
    ("KILBRANNAN", "Lusmark"),
    ("OAKHALLOW", "Nordesia"),
    ("MIREFIELD", "Lusmark"),
)

DATES43 = ("April 4", "July 22", "Nov 3", "Feb 17", "Sept 9")

TOWNS43 = ("Ashenford", "Thornmere", "Carrowby", "Kilbrannan", "Oakhallow", "Mirefield", "Pennant Cross")

DAYS43 = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

#: Quotations in a speaker's own voice: no apostrophes, so that British single marks stay unambiguous.
QUOTES43 = (
    "The last train from the valley now leaves before the mines change shift",
    "We have waited eleven years for a doctor who stays longer than a winter",
    "Nobody on the estate was asked before the playground was fenced off",
    "The orchard gave us more plums this year than the co-op could press",
    "If the mill closes the whole valley loses its biggest employer",
    "Our choir has sung in that chapel every Easter since the war",
    "The road over the pass was shut for nine days in January",
    "We counted forty lorries an hour through the village square",
    "The library is the only warm room some pensioners have all day",
    "There were more walkers on the ridge this summer than in any year I remember",
    "The new bus shelter lasted a fortnight before the wind took the roof",
    "Every family on this street has a story about the flood",
    "The reservoir was lower in May than it usually is in September",
    "We will keep the market open until the council gives us a better site",
    "The quarry trucks start at six and nobody gets any sleep",
    "Our apprentices finished the bridge a month ahead of the engineers",
)

#: Reported clauses (no pronoun, no leading *that*, no apostrophes, no quotation marks).
CLAUSES43 = (
    "the valley line would lose its Sunday service in the spring",
    "the new health centre had no permanent doctor",
    "the quarry had broken its noise limits on eleven nights",
    "the orchard co-operative would double its cider output",
    "the mill would keep its night shift until the end of the year",
    "the mountain pass road needed a new retaining wall",
    "the village school would merge with the one in the next parish",
    "the reservoir was at its lowest level for two decades",
    "the market traders owed the council nothing in back rent",
    "the chapel roof could not survive another winter",
    "the bypass would take forty lorries an hour off the high street",
    "the apprentices had finished the footbridge ahead of time",
)

#: Second clauses a report may add after *and that*.
CLAUSES2_43 = (
    "the county would pay half of the cost",
    "nobody had been hurt",
    "the work would start in the autumn",
    "the figures would be published next month",
)

#: A reported clause carrying a quoted fragment: (the words before the fragment, the fragment, the words
#: after it; the after-part is empty when the fragment ends the clause).
MIXED43 = (
    ("the new timetable was", "a recipe for chaos", ""),
    ("the council had treated the valley as", "an afterthought", ""),
    ("the quarry plan was", "dead on arrival", ""),
    ("the", "temporary", " closure of the pass had lasted two years"),
    ("the merger would leave the village", "without a heart", ""),
    ("the inspectors had found the mill", "in remarkably good shape", ""),
    ("the bypass was", "twenty years too late", ""),
    ("the health centre had been run on", "goodwill and overtime", ""),
)

#: Objects a speaker calls something, and what: `NAME called OBJECT "FRAGMENT"`.
CALLED43 = (
    ("the decision", "a slap in the face"),
    ("the closure", "a disgrace"),
    ("the new timetable", "a shambles"),
    ("the survey", "long overdue"),
    ("the quarry extension", "an act of vandalism"),
    ("the compromise", "the best we could hope for"),
)


@frozen
class Verb43:
    """A cue verb: its past and present forms, a tail some of them need (`on a napkin`), and whether it may
    take a reported clause without *that* (`NAME reckoned the road ...`)."""

    past: str
    present: str
    tail: str = ""
    bare: bool = True


#: Verbs of manner, sound, gesture and writing that no earlier held-out round's header lists.
OPEN43 = (
    Verb43("mumbled", "mumbles"),
    Verb43("snapped", "snaps"),
    Verb43("sighed", "sighs"),
    Verb43("scoffed", "scoffs"),
    Verb43("murmured", "murmurs"),
    Verb43("texted", "texts", " a reporter"),
    Verb43("bellowed", "bellows"),
    Verb43("growled", "growls"),
    Verb43("gushed", "gushes"),
    Verb43("fumed", "fumes"),
    Verb43("mused", "muses"),
    Verb43("scribbled", "scribbles", " on a napkin"),
    Verb43("posted", "posts", " on Facebook"),
    Verb43("whispered", "whispers"),
    Verb43("marvelled", "marvels"),
    Verb43("teased", "teases"),
)

#: Report verbs for reported clauses; *bare* when the clause may drop its *that*.
REPORT43 = (
    Verb43("argued", "argues"),
    Verb43("insisted", "insists"),
    Verb43("conceded", "concedes", bare=False),
    Verb43("warned", "warns", bare=False),
    Verb43("maintained", "maintains"),
    Verb43("admitted", "admits"),
    Verb43("predicted", "predicts"),
    Verb43("complained", "complains"),
    Verb43("acknowledged", "acknowledges", bare=False),
    Verb43("recalled", "recalls", bare=False),
    Verb43("reckoned", "reckons"),
    Verb43("cautioned", "cautions", bare=False),
    Verb43("countered", "counters", bare=False),
    Verb43("lamented", "laments", bare=False),
    Verb43("noted", "notes", bare=False),
    Verb43("observed", "observes", bare=False),
)

#: Groups for counted and unnamed sources: the plural phrase and the singular noun.
GROUPS43 = (
    ("residents of the estate", "resident"),
    ("orchard growers", "orchard grower"),
    ("mill workers", "mill worker"),
    ("chapel members", "chapel member"),
    ("lorry drivers", "lorry driver"),
    ("walkers on the ridge", "walker"),
    ("market traders", "market trader"),
    ("parents at the school", "parent"),
)

#: Audiences told something (never speakers).
AUDIENCES43 = (
    "the planning committee",
    "the parish council",
    "a public meeting",
    "the transport inquiry",
    "local reporters",
    "the school governors",
)

#: Roles with an affiliation, written as an apposition, and the parts the title must hold.
ROLES43 = (
    (
        "a senior lecturer in hydrology at the University of Ashenford",
        ("senior lecturer in hydrology", "Ashenford"),
    ),
    ("a reader in rural economics at Thornmere University", ("rural economics", "Thornmere")),
    ("the acting director of the Carrowby Centre for Upland Farming", ("acting director", "Upland Farming")),
    (
        "a research associate at the Institute for Rivers and Wetlands",
        ("research associate", "Rivers and Wetlands"),
    ),
    ("the head of paediatrics at Mirefield Royal Infirmary", ("head of paediatrics", "Mirefield")),
    ("a principal geologist with the Kilbrannan Quarry Trust", ("principal geologist", "Kilbrannan")),
    ("the deputy headteacher of Oakhallow Primary School", ("deputy headteacher", "Oakhallow Primary")),
    ("a senior archivist at the Pennant Cross county record office", ("senior archivist", "record office")),
)

#: Role nouns few lexicons list, with a place: (apposition, the part the title must hold).
CRAFTS43 = (
    ("a cooper from Carrowby", "cooper"),
    ("a thatcher in Oakhallow", "thatcher"),
    ("a wheelwright in Mirefield", "wheelwright"),
    ("a saddler from Thornmere", "saddler"),
    ("a bell founder in Ashenford", "bell founder"),
    ("a dry-stone waller from Kilbrannan", "dry-stone waller"),
    ("a sign writer in Pennant Cross", "sign writer"),
    ("a clockmaker in Carrowby", "clockmaker"),
)


@frozen
class Firm43:
    """An invented firm: its name, the kind a story calls it later, and posts in it."""

    name: str
    kind: str
    posts: tuple[str, ...]


FIRMS43 = (
    Firm43("Ashenford Slate", "quarry company", ("head of investor relations", "director of extraction")),
    Firm43("Thornmere Cider Mills", "cider maker", ("head of orchard sourcing", "finance director")),
    Firm43("Carrowby Rail Services", "rail operator", ("head of timetabling", "chief operating officer")),
    Firm43("Kilbrannan Woollens", "mill", ("head of export sales", "managing director")),
    Firm43("Oakhallow Water", "water company", ("director of catchment management", "head of customer care")),
    Firm43("Mirefield Haulage", "haulier", ("head of fleet safety", "operations director")),
)

#: Long titles and honorifics written before a name, and the part the title must hold.
PRETITLES43 = (
    ("Deputy county highways commissioner", "highways commissioner"),
    ("Acting chief inspector of mines", "chief inspector of mines"),
    ("Senior regional rail accessibility officer", "rail accessibility officer"),
    ("Former assistant chief constable", "assistant chief constable"),
    ("Emeritus professor of upland ecology", "professor of upland ecology"),
    ("Associate director of rural public health", "director of rural public health"),
    ("Interim head of valley regeneration", "head of valley regeneration"),
    ("Principal reservoir safety engineer", "reservoir safety engineer"),
)

#: Bodies with multi-part names (with their article) and the short name a later sentence may use.
BODIES43 = (
    ("the Ministry of Rural Affairs and Upland Development", "the ministry"),
    ("the Commission for Rail, Road and Canal Safety", "the commission"),
    ("the Department of Mines, Quarries and Minerals", "the department"),
    ("the Institute for Rivers and Wetlands", "the institute"),
    ("the Office of the Commissioner for Older People", "the office"),
    ("the Union of Orchard Growers and Cider Makers", "the union"),
    ("the Council for Chapels and Meeting Houses", "the council"),
    ("the Authority for Valley Transport and Travel", "the authority"),
)

#: Documents that credit an author: (the document phrase before the name, the document's head noun).
DOCS43 = (
    ("a submission to the inquiry by", "submission"),
    ("a blog post by", "blog post"),
    ("a petition started by", "petition"),
    ("a briefing note prepared by", "briefing note"),
    ("an open letter from", "open letter"),
    ("a survey carried out by", "survey"),
)

#: Invented works (titles in marks nobody says): kind and title.
WORKS43 = (
    ("song", "Lanterns Over the Pass"),
    ("film", "The Cooper of Carrowby"),
    ("podcast", "Valley Voices"),
    ("exhibition", "Slate and Silence"),
    ("song", "Coming Down from Thornmere"),
    ("book", "The Last Orchard"),
    ("film", "Nine Days in January"),
    ("album", "Chapel Hill Hymns"),
)

#: Texts of signs, banners and placards (in marks, said by no one).
SIGNS43 = (
    "Save Our Pass",
    "No Lorries After Dark",
    "Closed for Repairs",
    "Keep the Mill Open",
    "Trains Not Cuts",
)

#: Words discussed as words, and scare terms.
WORDS43 = ("resilience", "stakeholder", "levelling up", "footfall", "placemaking")
SCARE43 = ("streamlining", "modernisation", "rationalisation", "simplification", "review")

#: Nicknames in marks.
NICKNAMES43 = ("the Bishop", "Sparky", "the Colonel", "Duchess", "the Owl")

#: Quotations holding apostrophes (contractions, plural possessives), for single and double marks alike.
APOS_QUOTES43 = (
    "We can't run the orchard on promises",
    "The growers' co-operative hasn't had a pay rise in six years",
    "It's the worst winter the pass has seen since the eighties",
    "I won't sign anything until the miners' pensions are safe",
    "They've cut the chapel's grant and the choir's trip with it",
    "There isn't a doctor within an hour's drive",
)

#: Topics a question is about.
TOPICS43 = (
    "the valley line",
    "the quarry",
    "the health centre",
    "the school merger",
    "the bypass",
    "the reservoir",
)

#: An interviewer's questions (no apostrophes).
QUESTIONS43 = (
    "When did you first hear about the closure?",
    "Why did the growers vote against the plan?",
    "What should the county do now?",
    "How many people work at the mill?",
    "Would you move away from the valley?",
    "What changed after the flood?",
)

#: Papers and radio programmes for interviews.
PAPERS43 = ("Ashenford Advertiser", "Thornmere Journal", "Valley Post", "Carrowby Chronicle")
