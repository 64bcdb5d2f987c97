"""Slot fillers for the capability templates: people, verbs, quote marks, titles, content.

Every name, organisation and sentence here was written for this suite; the people and
organisations are invented. Fillers marked ``HELD_OUT`` are used only by ``heldout.py``.
"""

from __future__ import annotations

from attrs import frozen


@frozen
class Person:
    """An invented person: full name, the surname a later reference uses, and gender."""

    full: str
    surname: str
    gender: str  # "f" or "m": which pronoun the templates use for later references
    shape: str  # what kind of name it is, for reading failures

    @property
    def pronoun(self) -> str:
        """``he`` or ``she``."""
        return "she" if self.gender == "f" else "he"

    @property
    def possessive(self) -> str:
        """``his`` or ``her``."""
        return "her" if self.gender == "f" else "his"


def _p(full: str, surname: str, gender: str, shape: str) -> Person:
    return Person(full, surname, gender, shape)


PEOPLE = (
    # plain two-part names
    _p("Lena Okafor", "Okafor", "f", "plain"),
    _p("Omar Diallo", "Diallo", "m", "plain"),
    _p("Greta Holt", "Holt", "f", "plain"),
    _p("Hugh Barnes", "Barnes", "m", "plain"),
    _p("Dana Whitby", "Whitby", "f", "plain"),
    # surnames ending in -an (and other endings that look like suffixes)
    _p("Paul Coleman", "Coleman", "m", "-an"),
    _p("Ruth Duncan", "Duncan", "f", "-an"),
    _p("Owen Morgan", "Morgan", "m", "-an"),
    _p("Nadia Sheridan", "Sheridan", "f", "-an"),
    _p("Kevin Callahan", "Callahan", "m", "-an"),
    _p("Iris Buchanan", "Buchanan", "f", "-an"),
    _p("Martin Flanagan", "Flanagan", "m", "-an"),
    _p("Carla Jordan", "Jordan", "f", "-an"),
    _p("Victor Hogan", "Hogan", "m", "-an"),
    _p("Tessa Sullivan", "Sullivan", "f", "-an"),
    _p("Ben Wiseman", "Wiseman", "m", "-an"),
    _p("Joan Ellison", "Ellison", "f", "-son"),
    _p("Felix Banning", "Banning", "m", "-ing"),
    _p("Rosa Fielding", "Fielding", "f", "-ing"),
    _p("Adam Rowland", "Rowland", "m", "-and"),
    # hyphenated
    _p("Marguerite Aldana-Price", "Aldana-Price", "f", "hyphenated"),
    _p("Jean-Luc Moreau", "Moreau", "m", "hyphenated"),
    _p("Anna Weiss-Kaplan", "Weiss-Kaplan", "f", "hyphenated"),
    # Mc / Mac / O'
    _p("Fiona McAllister", "McAllister", "f", "Mc/O'"),
    _p("Sean O'Connell", "O'Connell", "m", "Mc/O'"),
    _p("Aoife O'Donoghue", "O'Donoghue", "f", "Mc/O'"),
    _p("Ian MacLeod", "MacLeod", "m", "Mc/O'"),
    # several parts, particles, initials, suffixes
    _p("Ana Lucia Ferreira", "Ferreira", "f", "multi-part"),
    _p("Juan Carlos de la Vega", "de la Vega", "m", "multi-part"),
    _p("Pieter van der Berg", "van der Berg", "m", "multi-part"),
    _p("Maria dos Santos", "dos Santos", "f", "multi-part"),
    _p("Robert J. Hanlon", "Hanlon", "m", "initial"),
    # beyond Anglo names
    _p("Sipho Dlamini", "Dlamini", "m", "non-Anglo"),
    _p("Aiko Tanaka", "Tanaka", "f", "non-Anglo"),
    _p("Wojciech Kowalczyk", "Kowalczyk", "m", "non-Anglo"),
    _p("Oluwaseun Adebayo", "Adebayo", "m", "non-Anglo"),
    _p("Priya Raghunathan", "Raghunathan", "f", "non-Anglo"),
    _p("Björn Ødegaard", "Ødegaard", "m", "non-Anglo"),
    _p("Zeynep Yılmaz", "Yılmaz", "f", "non-Anglo"),
    _p("Thandiwe Mokoena", "Mokoena", "f", "non-Anglo"),
    _p("Kwame Mensah", "Mensah", "m", "non-Anglo"),
    _p("Ngozi Eze", "Eze", "f", "non-Anglo"),
    _p("Farida Haddad", "Haddad", "f", "non-Anglo"),
    _p("Dmitri Volkov", "Volkov", "m", "non-Anglo"),
)

#: Only for the held-out templates.
HELD_OUT_PEOPLE = (
    _p("Imogen Castellan", "Castellan", "f", "-an"),
    _p("Ravi Chandran", "Chandran", "m", "-an"),
    _p("Siobhan McGuigan", "McGuigan", "f", "Mc/O'"),
    _p("Tomasz Zielinski-Brandt", "Zielinski-Brandt", "m", "hyphenated"),
    _p("Amara Nwosu", "Nwosu", "f", "non-Anglo"),
    _p("Ludovic Ferran", "Ferran", "m", "-an"),
    _p("Henrik Stoltenberg", "Stoltenberg", "m", "plain"),
    _p("Lucia Ortega", "Ortega", "f", "plain"),
)


@frozen
class Verb:
    """A cue verb: past and present forms, an optional particle/object after it, and its class."""

    past: str
    present: str
    lexicon: bool  # listed in quotex's lexicon when the suite was written
    invertible: bool = True  # reads naturally as `"...," VERB Name.`


def _v(past: str, present: str, lexicon: bool, invertible: bool = True) -> Verb:
    return Verb(past, present, lexicon, invertible)


LEXICON_VERBS = (
    _v("said", "says", True),
    _v("told reporters", "tells reporters", True, invertible=False),
    _v("added", "adds", True),
    _v("warned", "warns", True),
    _v("insisted", "insists", True),
    _v("explained", "explains", True),
    _v("wrote", "writes", True),
    _v("recalled", "recalls", True),
    _v("admitted", "admits", True),
    _v("countered", "counters", True),
    _v("replied", "replies", True),
    _v("noted", "notes", True),
    _v("argued", "argues", True),
    _v("conceded", "concedes", True),
    _v("cautioned", "cautions", True),
    _v("promised", "promises", True),
    _v("snapped", "snaps", True),
    _v("tweeted", "tweets", True),
    _v("quipped", "quips", True),
    _v("retorted", "retorts", True),
    _v("complained", "complains", True),
    _v("urged", "urges", True),
)

#: Cue verbs that quotex's lexicon does not list (when the suite was written): the frame
#: `"...," Name VERB.` alone makes them cues.
OPEN_VERBS = (
    _v("implored", "implores", False),
    _v("fumed", "fumes", False),
    _v("texted", "texts", False, invertible=False),
    _v("emailed", "emails", False, invertible=False),
    _v("shot back", "shoots back", False),
    _v("fired back", "fires back", False),
    _v("laughed", "laughs", False),
    _v("marvelled", "marvels", False),
    _v("bristled", "bristles", False),
    _v("groaned", "groans", False),
    _v("seethed", "seethes", False),
    _v("deadpanned", "deadpans", False),
    _v("enthused", "enthuses", False),
    _v("beamed", "beams", False),
    _v("chuckled", "chuckles", False),
    _v("sniffed", "sniffs", False),
    _v("ventured", "ventures", False),
    _v("offered", "offers", False),
)

HELD_OUT_VERBS = (
    _v("hit back", "hits back", False),
    _v("growled", "growls", False),
    _v("radioed", "radios", False, invertible=False),
    _v("reasoned", "reasons", True),
    _v("pleaded", "pleads", True),
    _v("shrugged", "shrugs", False),
)


@frozen
class Marks:
    """An opening and a closing quotation mark and the name of the style."""

    open: str
    close: str
    name: str

    def q(self, content: str) -> str:
        """*content* between the marks."""
        return f"{self.open}{content}{self.close}"


MARKS = (
    Marks('"', '"', "straight double"),
    Marks("“", "”", "curly double"),
    Marks("'", "'", "straight single"),
    Marks("‘", "’", "curly single"),
)
DOUBLE_MARKS = MARKS[:2]
SINGLE_MARKS = MARKS[2:]

#: Direct quotations (no final punctuation: the template adds it).
CONTENT = (
    "We are not leaving",
    "The bridge will stay closed until spring",
    "Nobody told us the water was unsafe",
    "Open the gates",
    "I will see you in court",
    "We won't back down",
    "It's too late for the harvest",
    "Prices have doubled since March",
    "The vote was a mistake",
    "This town deserves better",
    "Our crews worked through the night",
    "There is no money left in the fund",
)

#: Second parts for split quotations (a full sentence each).
CONTENT2 = (
    "We will keep fighting.",
    "Nobody should have to wait that long.",
    "The families need answers now.",
    "That is all I can say today.",
)

#: Reported clauses for indirect quotations.
CLAUSES = (
    "the plant would close in June",
    "the council had ignored the warnings",
    "prices would rise again next year",
    "the ferry service was safe",
    "nobody had been told about the leak",
    "the talks would resume on Monday",
    "the school needed a new roof",
    "the strike could last for weeks",
)

#: (clause, quoted fragment) pairs for mixed quotations: `Name said CLAUSE "FRAGMENT".`
MIXED = (
    ("the plan was", "a slap in the face"),
    ("the report was", "full of holes"),
    ("the new rules were", "a gift to the banks"),
    ("the delay had been", "entirely avoidable"),
)

#: Role words written before a name, and the title quotex should give.
PREMODIFIERS = (
    ("Councillor", "Councillor"),
    ("Finance Minister", "Finance Minister"),
    ("Senator", "Senator"),
    ("Police Chief", "Police Chief"),
    ("Hydrologist", "Hydrologist"),
    ("union organiser", "union organiser"),
    ("Oregon Sen.", "Oregon Sen."),
    ("Acme's chief economist", "Acme's chief economist"),
    ("Glassblower", "Glassblower"),
    ("Harbour master", "Harbour master"),
)

#: Appositions after a name (", the city's mayor,") and the title quotex should give.
APPOSITIONS = (
    ("the city's mayor", "city's mayor"),
    ("a glassblower from Murano", "glassblower from Murano"),
    ("an organiser with the Valley Farmworkers Union", "organiser with the Valley Farmworkers Union"),
    ("director of the Coastal Research Institute", "director of the Coastal Research Institute"),
    ("a retired ferry captain", "retired ferry captain"),
    ("a beekeeper in the valley", "beekeeper in the valley"),
    ("the company's chief financial officer", "company's chief financial officer"),
    (
        "a spokeswoman for the Ministry of Trade and Industry",
        "spokeswoman for the Ministry of Trade and Industry",
    ),
)


@frozen
class Org:
    """An invented organisation and the nominal that later refers to it."""

    name: str  # as written in running text, with its article when it takes one
    canonical: str  # the name quotex should give (no leading article)
    nominal: str  # "the company"


ORGS = (
    Org("Norland Robotics", "Norland Robotics", "the company"),
    Org("Meridia Air", "Meridia Air", "the airline"),
    Org("the Valley Farmworkers Union", "Valley Farmworkers Union", "the union"),
    Org("Halcyon Research", "Halcyon Research", "the firm"),
    Org("the Ministry of Trade and Industry", "Ministry of Trade and Industry", "the ministry"),
    Org("Westbrook State University", "Westbrook State University", "the university"),
    Org("Baltic Bridges", "Baltic Bridges", "the company"),
    Org("the Harbour Gazette", "Harbour Gazette", "the newspaper"),
)

#: Datelines as news agencies write them at the start of a story.
DATELINES = (
    "LISBON, Portugal —",
    "OSLO —",
    "NAIROBI, Kenya —",
    "PORTLAND, Ore. —",
    "SÃO PAULO —",
    "CAPE TOWN, South Africa —",
    "ST. JOHN'S, Newfoundland —",
    "KYIV, Ukraine --",
)

#: Unnamed sources introduced by a common noun ("a farmer said"): (noun phrase, name).
NOMINALS: tuple[tuple[str, str | tuple[str, ...]], ...] = (
    ("a farmer", "farmer"),
    ("a nurse", "nurse"),
    ("one resident", ("resident", "one resident")),
    ("a local shopkeeper", ("shopkeeper", "local shopkeeper")),
    ("the driver", "driver"),
)


#: Adjectives of stance after a linking verb (`NAME is confident that C`), with the
#: complements each takes: "that" (a clause), "to" (an infinitive) or a preposition.
STANCE_ADJECTIVES = (
    ("confident", "that"),
    ("convinced", "that"),
    ("worried", "that"),
    ("hopeful", "that"),
    ("aware", "that"),
    ("adamant", "that"),
    ("eager", "to"),
    ("reluctant", "to"),
    ("determined", "to"),
    ("willing", "to"),
    ("wary", "of"),
    ("critical", "of"),
    ("skeptical", "about"),
    ("concerned", "about"),
    ("unhappy", "with"),
    ("optimistic", "about"),
)

#: Linking verb groups before an adjective of stance, as (past, present).
LINKING_GROUPS = (
    ("was", "is"),
    ("had been", "has been"),
    ("remained", "remains"),
    ("seemed", "seems"),
    ("was not", "is not"),
    ("was increasingly", "is increasingly"),
)

#: Infinitive phrases and noun-phrase objects for adjectives of stance.
INFINITIVES = (
    "to reopen the north pier",
    "to sign the new contract",
    "to sell the ferry line",
    "to delay the vote until spring",
)
OBJECTS = (
    "the new tolls",
    "the harbour board's plan",
    "the proposed merger",
    "the budget for the schools",
)

#: Verbs of appearance as (past, present), and predicates after them: an infinitive, an
#: adjective or participle phrase, a 'like' phrase.
APPEARANCE_FORMS = (("seemed", "seems"), ("appeared", "appears"))
APPEARANCE_PREDICATES = (
    "to waver on the harbour budget",
    "to accept the new timetable",
    "unmoved by the protest",
    "uneasy about the vote",
    "rattled by the questions",
    "like the favourite for the job",
)
