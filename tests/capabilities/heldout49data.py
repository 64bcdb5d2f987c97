"""Slot fillers of the forty-ninth held-out round (``heldout49.py``), a round of QUOTATION FORMS AND NEWS
FORMATS: invented people of Icelandic, Basque, Breton, Sámi, Quechua, Aymara, Guarani, Māori, Tongan, Hmong,
Mongolian, Faroese, Cornish, Hawaiian and Inuit origin (with their gender and an age), people of those origins
whose names must be kept whole (hyphens, particles, initials, suffixes, an okina), straight and curly double
marks and British single marks, roles with their bodies and the short reference a story uses later, invented
newspapers and a radio station with their staff, datelines and live-blog timestamps, quotations, quotations
split in two, quotations holding ellipses and brackets, inner quotations, pointed fragments, questions and
answers, tributes, headlines, works, ships, nicknames and scare terms nobody says, reported clauses, narrative
sentences, topics, days and towns.

Every name, body, place and sentence here was written for this round; the people, places and bodies are
invented.
"""

from __future__ import annotations

from attrs import frozen
from heldout_kit import Mark, Person

#: Straight and curly double marks, and British single marks.
MARKS49 = (Mark('"', '"'), Mark("\u201c", "\u201d"))
SINGLE49 = Mark("\u2018", "\u2019")
ALLMARKS49 = (*MARKS49, SINGLE49)


def inner(m: Mark) -> Mark:
    """The marks of a quotation inside one written with *m* (single inside double, double inside single)."""
    if m.open == '"':
        return Mark("'", "'")
    if m.open == "\u201c":
        return Mark("\u2018", "\u2019")
    return Mark("\u201c", "\u201d")


WOMEN49 = (
    Person("Sigrún Hallgrímsdóttir", "Hallgrímsdóttir", "f", "Icelandic", 56),
    Person("Miren Etxeberria", "Etxeberria", "f", "Basque", 44),
    Person("Nolwenn Kerjean", "Kerjean", "f", "Breton", 38),
    Person("Áile Somby", "Somby", "f", "Sámi", 41),
    Person("Killa Huamán", "Huamán", "f", "Quechua", 35),
    Person("Wara Condori", "Condori", "f", "Aymara", 47),
    Person("Arami Villalba", "Villalba", "f", "Guarani", 52),
    Person("Aroha Ngata", "Ngata", "f", "Māori", 49),
    Person("Mele Taufa", "Taufa", "f", "Tongan", 43),
    Person("Bao Vang", "Vang", "f", "Hmong", 37),
    Person("Oyunchimeg Batbold", "Batbold", "f", "Mongolian", 50),
    Person("Turið Joensen", "Joensen", "f", "Faroese", 45),
    Person("Demelza Trevithick", "Trevithick", "f", "Cornish", 39),
    Person("Leilani Kahananui", "Kahananui", "f", "Hawaiian", 54),
    Person("Aaju Kilabuk", "Kilabuk", "f", "Inuit", 42),
)

MEN49 = (
    Person("Einar Gunnarsson", "Gunnarsson", "m", "Icelandic", 58),
    Person("Iñaki Goikoetxea", "Goikoetxea", "m", "Basque", 46),
    Person("Gwenael Morvan", "Morvan", "m", "Breton", 51),
    Person("Niillas Aikio", "Aikio", "m", "Sámi", 40),
    Person("Amaru Quispe", "Quispe", "m", "Quechua", 36),
    Person("Tupac Mamani", "Mamani", "m", "Aymara", 48),
    Person("Arandu Giménez", "Giménez", "m", "Guarani", 44),
    Person("Rawiri Parata", "Parata", "m", "Māori", 53),
    Person("Sione Havili", "Havili", "m", "Tongan", 39),
    Person("Kou Thao", "Thao", "m", "Hmong", 47),
    Person("Ganbold Tsogt", "Tsogt", "m", "Mongolian", 55),
    Person("Rógvi Dahl", "Dahl", "m", "Faroese", 41),
    Person("Jago Penhallow", "Penhallow", "m", "Cornish", 49),
    Person("Keoni Akana", "Akana", "m", "Hawaiian", 45),
    Person("Pauloosie Nuqingaq", "Nuqingaq", "m", "Inuit", 57),
)

PEOPLE49 = tuple(p for pair in zip(WOMEN49, MEN49, strict=True) for p in pair)


@frozen
class Named49:
    """A person whose name a careful reader keeps whole: the name as written, the names a key accepts, the
    surname an editor uses later and the gender."""

    written: str
    accepted: tuple[str, ...]
    last: str
    gender: str


NAMED49 = (
    Named49("Miren Arrieta-Lasa", ("Miren Arrieta-Lasa",), "Arrieta-Lasa", "f"),
    Named49("Yann-Vari Le Bihan", ("Yann-Vari Le Bihan",), "Le Bihan", "m"),
    Named49("Maïwenn Le Goff", ("Maïwenn Le Goff",), "Le Goff", "f"),
    Named49("Hōhepa Te Rangi", ("Hōhepa Te Rangi",), "Te Rangi", "m"),
    Named49("Ngaire Te Huia", ("Ngaire Te Huia",), "Te Huia", "f"),
    Named49("Noelani Ka'aihue", ("Noelani Ka'aihue",), "Ka'aihue", "f"),
    Named49("J.M. Quispe", ("J.M. Quispe", "J. M. Quispe"), "Quispe", "m"),
    Named49("Iñigo Urrutia Jr.", ("Iñigo Urrutia Jr.", "Iñigo Urrutia Jr"), "Urrutia", "m"),
    Named49("Kawika Palakiko III", ("Kawika Palakiko III",), "Palakiko", "m"),
    Named49("Mikel de Aranburu", ("Mikel de Aranburu",), "de Aranburu", "m"),
    Named49("Anne-Sofie Hætta", ("Anne-Sofie Hætta",), "Hætta", "f"),
    Named49("Björk Ólafsdóttir-Hansen", ("Björk Ólafsdóttir-Hansen",), "Ólafsdóttir-Hansen", "f"),
    Named49("Tserendorj Bat-Erdene", ("Tserendorj Bat-Erdene",), "Bat-Erdene", "m"),
    Named49("Wikitoria Tāmihana-Kerr", ("Wikitoria Tāmihana-Kerr",), "Tāmihana-Kerr", "f"),
    Named49("Per van der Hoek", ("Per van der Hoek",), "van der Hoek", "m"),
)


@frozen
class Role49:
    """A role: after the name with its article (`the harbour master of Port Vennick`), the parts a title must
    hold, and the short reference a story uses later (`the harbour master`)."""

    after: str
    parts: tuple[str, ...]
    short: str


ROLES49 = (
    Role49("the harbour master of Port Vennick", ("harbour master", "Port Vennick"), "the harbour master"),
    Role49(
        "the chief executive of Saltreach Energy",
        ("chief executive", "Saltreach Energy"),
        "the chief executive",
    ),
    Role49("the mayor of Kelvadon", ("mayor", "Kelvadon"), "the mayor"),
    Role49(
        "the director of the Orrin Valley Water Board",
        ("director", "Orrin Valley Water Board"),
        "the director",
    ),
    Role49(
        "a professor of geology at Calder Moss University",
        ("professor of geology", "Calder Moss University"),
        "the professor",
    ),
    Role49("the head coach of the Ravelston Hawks", ("head coach", "Ravelston Hawks"), "the coach"),
    Role49("the fire chief of Dunmere County", ("fire chief", "Dunmere County"), "the fire chief"),
    Role49(
        "the chair of the Brackwater Residents' Association", ("chair", "Brackwater Residents"), "the chair"
    ),
    Role49("the principal of Lowick Hill Academy", ("principal", "Lowick Hill Academy"), "the principal"),
    Role49(
        "a senior engineer at Corlan Bridgeworks", ("senior engineer", "Corlan Bridgeworks"), "the engineer"
    ),
    Role49(
        "the curator of the Estholm Maritime Museum", ("curator", "Estholm Maritime Museum"), "the curator"
    ),
    Role49("the police chief of Tarnby", ("police chief", "Tarnby"), "the police chief"),
    Role49("the finance minister of Marvalia", ("finance minister", "Marvalia"), "the minister"),
    Role49(
        "the medical director of Saint Onwen's Hospital",
        ("medical director", "Saint Onwen's Hospital"),
        "the medical director",
    ),
    Role49(
        "the general secretary of the Coastal Ferry Workers' Union",
        ("general secretary", "Coastal Ferry Workers"),
        "the general secretary",
    ),
    Role49("the chief economist at Wrayburn Bank", ("chief economist", "Wrayburn Bank"), "the economist"),
)

#: Invented newspapers and a radio station (never speakers), with their short name for an interview label.
OUTLETS49 = (
    ("the Kelvadon Courier", "Courier"),
    ("the Estholm Herald", "Herald"),
    ("Radio Tarnby", "Radio Tarnby"),
)

#: Staff of the outlets (bylines and live-blog writers; never speakers).
STAFF49 = ("Maddi Urkiola", "Loeiz Caradec", "Tama Whaanga", "Hallbera Sigurðardóttir", "Nasan Enkhtuya")

#: Datelines (upper-case place, then the rest).
DATELINES49 = ("KELVADON, March 4 \u2014 ", "TARNBY \u2014 ", "PORT VENNICK, Oct. 12 (Courier) \u2014 ")

#: Live-blog timestamps.
STAMPS49 = ("10:42 a.m.", "11:15 a.m.", "14:05 GMT", "16:30 GMT", "9:07 p.m.", "12:50 p.m.")

#: Quotations (a sentence without its final stop; none holds a contraction, a name or a mark).
QUOTES49 = (
    "We are not going to leave anyone behind",
    "The water came up faster than any of us expected",
    "This town has been patient for long enough",
    "I will not pretend the numbers look good",
    "We need the money before the winter and not after it",
    "Nobody in this building wanted it to end this way",
    "The bridge will be open again by the spring",
    "We made mistakes and we will fix them",
    "There are families here who have lost everything",
    "The plan was never properly costed",
    "Our crews worked through the night without a break",
    "It is the hardest decision I have had to make",
    "People deserve to know what happened and why",
    "We will keep the doors open for as long as we can",
)

#: Quotations a credit interrupts: the first part and the second (lowercase) part of one sentence.
SPLITS49 = (
    ("We will rebuild", "but it will take longer than people hope"),
    ("The harbour is safe", "and the boats can go out again tomorrow"),
    ("I understand the anger", "but shouting at nurses will not fix anything"),
    ("This was not a small mistake", "it was a failure of the whole system"),
    ("The money is there", "and it will be spent in the valley"),
    ("Nobody asked for this", "yet every one of us has to deal with it"),
    ("We tried to warn them", "more than once and in writing"),
    ("The season is not over", "whatever the table says this morning"),
)

#: Quotations that hold an editor's ellipsis or brackets (no final stop), and whether they begin with one.
EDITED49 = (
    "We will ... rebuild [the bridge] before the first snow",
    "Nobody told us [about the closure] until the buses stopped",
    "[The council] has let this valley down again",
    "It was a mistake \u2026 and we accept that it was ours",
    "The report [sic] was never sent to the families",
    "Our teachers were ... frankly ... exhausted by the end of term",
    "They promised [a new ward] three years ago",
    "The water board knew [about the leak] for months",
    "We was [sic] never given a choice",
    "What happened at the quay ... should never happen again",
)

#: Quotations that open with an ellipsis, and ones that trail off into one (both without marks).
OPENELLIPSIS49 = (
    "... and that is why we are still here",
    "\u2026 and nobody from the ministry came",
    "... but the boats are still tied up",
)
TRAILING49 = (
    "We waited and we waited ...",
    "I thought the worst was over \u2026",
    "If the money does not come ...",
)

#: Inner quotations: what a third person said, reported inside a quotation (no final stop).
INNER49 = (
    "We are finished",
    "There is nothing more we can do",
    "Go home and wait",
    "The money has gone",
    "Nobody will be sacked",
)

#: Pointed fragments of a mixed quotation and what they were said about.
FRAGS49 = (
    ("the plan", "a disgrace"),
    ("the budget", "a bold step"),
    ("the merger", "a reckless gamble"),
    ("the new timetable", "an insult to commuters"),
    ("the ruling", "a victory for common sense"),
    ("the closure", "a betrayal of the valley"),
    ("the report", "deeply flawed"),
    ("the decision", "long overdue"),
)

#: Reporters' questions (with their question mark) and interview questions.
QUESTIONS49 = (
    "Will you resign?",
    "Did you know about the leak?",
    "Will the bridge reopen this month?",
    "Is the council paying for the repairs?",
    "Was the plan ever costed?",
    "Have you spoken to the families?",
)

#: Interview answers (a sentence without its final stop).
ANSWERS49 = (
    "We knew there was a problem but not how big it was",
    "The first thing we did was call the families",
    "Nobody could have planned for a storm like that",
    "I think we got most of the big decisions right",
    "The money has to come from the national budget",
    "We will have a full answer by the end of the month",
    "I grew up on this coast and I am not leaving it",
)

#: Tributes to someone who died (no name, no pronoun of the deceased's gender, no final stop).
TRIBUTES49 = (
    "There was nobody kinder in this town",
    "The harbour will feel empty without that laugh",
    "We have lost a true friend of the valley",
    "Every child who came through the door was remembered by name",
    "Half the choir learned to sing in that front room",
    "It is hard to imagine the market without that stall",
)

#: Headlines (no final period) with a quoted phrase, and the words a headline's credit uses for its speaker.
HEADLINES49 = (
    ("Port \u2018will not close\u2019, harbour chief says", ("harbour chief",)),
    ("Water board admits leak \u2018went unnoticed\u2019", ("water board",)),
    ("Council vote a \u2018turning point\u2019 for valley", ()),
    ("Hospital chief warns of \u2018long winter\u2019", ("hospital chief",)),
    ("Ferry union calls strike \u2018last resort\u2019", ("ferry union",)),
)

#: Headlines with no marks.
PLAINHEADS49 = ("Storm closes coast road for third day", "Valley waits for word on bridge repairs")

#: Works, ships and nicknames written in marks (nobody says them), with the sentence they sit in
#: (`{q}` stands for the marked words).
WORKS49 = (
    ("Salt and Stone", "Her first novel, {q}, sold forty thousand copies."),
    ("Northern Star", "The trawler {q} was towed into the harbour on Tuesday."),
    ("The Long Tide", "The documentary {q} opens at the Estholm Maritime Museum next week."),
    ("Little Bear", "The striker, known to fans as {q}, did not play."),
    ("Songs of the Quay", "The choir's album {q} was recorded in a fish warehouse."),
    ("Iron Gull", "The ferry {q} has been out of service since June."),
)

#: Scare terms and so-called terms (nobody says them) and the sentence they sit in.
SCARE49 = (
    ("temporary", "The {q} closure of the footbridge has now lasted six years."),
    ("green levy", "The so-called {q} was added to every bill in April."),
    ("efficiency savings", "The {q} meant fewer nurses on each ward."),
    ("consultation", "The {q} lasted eleven days over Christmas."),
)

#: Reported clauses (lowercase; no marks).
CLAUSES49 = (
    "the bridge would reopen before the end of the month",
    "the council had known about the problem for a year",
    "the repairs would cost far more than first thought",
    "no decision had been taken on the ferry timetable",
    "the water was safe to drink again",
    "the school would stay closed until Thursday",
    "the fishing fleet had been told to stay in port",
    "the budget had been cut by a fifth",
    "more staff would be hired before the winter",
    "the report would be published in full",
)

#: Topics a reporter presses someone on.
TOPICS49 = ("the budget", "the delays", "the flooding", "the job cuts", "the missing report", "the strike")

#: Narrative sentences nobody says.
NARRATIVE49 = (
    "The storm brought down power lines along the coast road.",
    "About three hundred people packed into the community hall.",
    "The vote was delayed twice last year.",
    "Work on the new quay began in the spring.",
    "The ferry was cancelled for the third day running.",
    "Snow closed the mountain pass overnight.",
)

#: Social platforms and written channels.
PLATFORMS49 = ("on social media", "on Facebook", "on X", "on Instagram")

#: Languages someone speaks in through an interpreter.
LANGUAGES49 = ("Basque", "Quechua", "Mongolian", "Faroese", "Icelandic", "Breton", "Tongan", "Hmong")

#: Towns and days.
TOWNS49 = ("Kelvadon", "Tarnby", "Port Vennick", "Estholm", "Brackwater", "Lowick")
DAYS49 = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

#: Bodies (never speakers of a person's words) that hold a meeting or provide a translation.
BODIES49 = (
    "the Kelvadon Town Council",
    "the Orrin Valley Water Board",
    "Saltreach Energy",
    "the Marvalian embassy",
)
