"""Development capabilities added on main in the thirty-third round: credits by a noun of saying,
topics before a colon, exchanges of turns, anaphoric credits in the next sentence, and titles
that a frame states for role nouns no list holds.

* *NAME cackled when asked about the delay: "Q."* and *NAME talked about the fees: "Q."*: a
  topic (a phrase after *about*, *on*, *over*) ends at the colon; the quotation after it is the
  subject's (before: one mixed quotation with no speaker);
* *NAME' answer was "Q."*, *"Q," came the reply from NAME.*, *"Q," was NAME's answer.*, *"Q,"
  was the verdict of NAME, ROLE.*, *Then came the reply from NAME: "Q."*: a noun of saying credits
  its possessor or the phrase after *from*/*of* (before: no speaker, or *Came*);
* *NAME showed visitors round the site.*: a tour is no report, whoever is shown it;
* *NAME, piermaster, said C.*: a compound whose head is a trade's (*-master*, *-keeper*) is a
  role noun, and *the piermaster* names NAME later;
* *"Q1," said A. "Q2," B replied. "Q3," she said.*: after a reply by a person of no known gender,
  a pronoun that agrees with the other turn-taker's known gender is theirs; outside a reply
  (*B said*) the latest speaker goes on;
* *"Q," said, quietly, NAME.* and *NAME wearily whined that C.*: an adverb between the cue and
  its source, or before an unlisted verb's that-frame;
* *Dr. NAME is the ROLE at BODY.*, *NAME is head stockman at BODY.*, *NAME has been chaplain to
  BODY since 2015.*: the copular sentence's post is the title, after an honorific too and bare
  when it names its body;
* *"Q." That was how NAME put it on Monday.*, *It was NAME who said it first.*, *The words were
  NAME's.*: the next sentence credits the quotation (and *said it first* reports nothing);
* *The assertion by NAME, ROLE, that C surprised the board.*: a cue noun keeps its agent;
* *Per NAME, ROLE, C.*: *per* opening a sentence is a source preposition (not before a verb:
  *Per Hansen said C* names Per Hansen);
* *KIGALI, June 18 (dpa) — C, NAME said.*: an agency in lower case ends a dateline;
* *NAME, 61, a Bor-born ROLE, said C.*, *a Tongan ROLE*: words of origin before an open role;
* *"Q," said keeper of maps NAME.*: a WordNet role before *of* and a portfolio opens a prefix
  title (before: the speaker *keeper of maps NAME*, a name that is no name);
* *Acting head stockman NAME said C.*: two modifiers before an unlisted prefix role;
* *The warning was issued by NAME, ROLE at BODY: "Q."*: the passive's agent over an apposition.

People, bodies and sentences of our own. ``captemplates.py`` adds :data:`ROUND32_MAIN` to its
``CAPABILITIES``.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from capkit import ANY, Capability, Case, Contains, Expect, named, sample

#: Persons with a first name whose gender a census lists (for the exchange, *known*) ...
KNOWN = (
    ("Margaret Quayle", "Quayle", "f", "she"),
    ("Thomas Vennor", "Vennor", "m", "he"),
    ("Helen Brackley", "Brackley", "f", "she"),
    ("Robert Ashdown", "Ashdown", "m", "he"),
)
#: ... and persons whose first name no list holds (no known gender).
UNKNOWN = (
    ("Tavita Lemalu", "Lemalu"),
    ("Ngaio Pirika", "Pirika"),
    ("Oyelaran Adeyemo", "Adeyemo"),
    ("Kesang Dorjee", "Dorjee"),
)
PEOPLE = tuple(p[:2] for p in KNOWN) + UNKNOWN
#: Quotations, clauses and topics.
QUOTES = ("The gates stay shut until spring", "Nobody asked the crews", "We will find the money")
CLAUSES = ("the slipway would be rebuilt", "the toll had been raised twice", "the beacon was failing")
TOPICS = ("the delay", "the fees", "the new timetable")
QMARKS = (('"', '"'), ("\u201c", "\u201d"), ("\u2018", "\u2019"), ("\u00ab", "\u00bb"))
#: Roles (a listed or open role noun) with their bodies.
ROLES = (
    ("piermaster", "Glenmorrow Pier Trust"),
    ("tollkeeper", "Anstey Bridge Company"),
    ("senior aquarist", "Carrick Bay Aquarium"),
    ("lead balloonist", "Fennel Hill Balloon Club"),
    ("head stockman", "Wealdon Farm Park"),
)


def _q(quote: str, marks: tuple[str, str], end: str) -> str:
    return f"{marks[0]}{quote}{end}{marks[1]}"


def topic_before_colon() -> Iterator[Case]:
    """NAME cackled when asked about TOPIC: "Q." / NAME talked about TOPIC: "Q." -> Q is NAME's."""
    verbs = ("cackled when asked about", "sighed when asked about", "talked about", "spoke on")
    combos = itertools.product(PEOPLE, verbs, TOPICS, QUOTES, QMARKS)
    for (name, _), verb, topic, quote, marks in sample(combos, 320, "r32main-topic-colon"):
        q = _q(quote, marks, ".")
        text = f"{name} {verb} {topic}: {q}"
        yield Case("", verb.split()[0], text, [Expect(q, "direct", name)], exact=False)


def noun_credit() -> Iterator[Case]:
    """NAME' answer was "Q." / "Q," came the reply from NAME. / "Q," was NAME's answer. / "Q," was
    the verdict of NAME, ROLE. / Then came the reply from NAME: "Q." -> NAME."""
    shapes = ("copular", "came_from", "was_owner", "verdict_of", "colon_from")
    combos = itertools.product(PEOPLE, shapes, QUOTES, QMARKS, ROLES)
    for (name, _), shape, quote, marks, (role, body) in sample(combos, 400, "r32main-noun-credit"):
        owner = f"{name}'" if name.endswith("s") else f"{name}'s"
        if shape == "copular":
            q = _q(quote, marks, ".")
            text = f"{owner} answer was {q}"
        elif shape == "colon_from":
            q = _q(quote, marks, ".")
            text = f"Then came the reply from {name}: {q}"
        else:
            q = _q(quote, marks, ",")
            tail = {
                "came_from": f"came the reply from {name}.",
                "was_owner": f"was {owner} answer.",
                "verdict_of": f"was the verdict of {name}, {role} at the {body}.",
            }[shape]
            text = f"{q} {tail}"
        yield Case("", shape, text, [Expect(q, "direct", name)], wrong_speakers=[(q, "Came")])


def noun_credit_guard() -> Iterator[Case]:
    """ "Q," was the reply. -> no speaker; Her reply was "polite," the union said. -> the union."""
    combos = itertools.product(("was the reply", "came the answer"), QUOTES, QMARKS[:2])
    for tail, quote, marks in sample(combos, 60, "r32main-noun-guard"):
        q = _q(quote, marks, ",")
        yield Case("", "no_source", f"{q} {tail}.", [Expect(q, "direct", None)])
    for marks in QMARKS[:2]:
        frag = _q("polite but firm", marks, ",")
        text = f"Her reply was {frag} the union said."
        yield Case("", "fragment", text, [Expect(f"Her reply was {frag}", "mixed", "union")])


def tour_no_report() -> Iterator[Case]:
    """NAME showed visitors round the site on DAY. "Q," SURNAME added. -> the tour reports nothing."""
    shown = ("visitors", "the press", "reporters", "the new trainees")
    combos = itertools.product(PEOPLE, shown, ("round", "around"), QUOTES, QMARKS)
    for (name, last), who, particle, quote, marks in sample(combos, 240, "r32main-tour"):
        q = _q(quote, marks, ",")
        text = f"{name} showed {who} {particle} the site on Friday.\n\n{q} {last} added."
        yield Case("", particle, text, [Expect(q, "direct", name)])


def compound_trade_role() -> Iterator[Case]:
    """NAME, piermaster, said C. / later: "Q," the piermaster said. -> titled, and the nominal is NAME."""
    heads = (
        ("piermaster", "pier"),
        ("tollkeeper", "bridge"),
        ("lampwright", "lamps"),
        ("bellringer", "bells"),
    )
    combos = itertools.product(PEOPLE, heads, CLAUSES, QUOTES, QMARKS[:2])
    for (name, _), (role, _thing), clause, quote, marks in sample(combos, 240, "r32main-compound-role"):
        q = _q(quote, marks, ",")
        text = f"{name}, {role}, said {clause}.\n\n{q} the {role} added."
        yield Case(
            "",
            role,
            text,
            [Expect(clause, "indirect", name, Contains(role)), Expect(q, "direct", name, Contains(role))],
        )


def exchange_turns() -> Iterator[Case]:
    """ "Q1," said A (known gender), ROLE. "Q2," B (no known gender) replied. "Q3," PRONOUN(A) said.
    -> Q3 is A's; with "B said" instead of a reply, Q3 stays B's (the latest speaker goes on)."""
    combos = itertools.product(KNOWN, UNKNOWN, ("replied", "answered", "shot back", "said"), QMARKS)
    for (a, _, _, pron), (b, _), verb, marks in sample(combos, 200, "r32main-exchange"):
        q1, q2, q3 = (_q(QUOTES[i], marks, ",") for i in range(3))
        text = f"{q1} said {a}, the harbour master.\n\n{q2} {b} {verb}.\n\n{q3} {pron} said."
        who = b if verb == "said" else a
        yield Case(
            "",
            "reply" if verb != "said" else "said",
            text,
            [Expect(q1, "direct", a), Expect(q2, "direct", b), Expect(q3, "direct", who)],
        )


def adverb_beside_cue() -> Iterator[Case]:
    """ "Q," said, quietly, NAME, ROLE. / NAME, ROLE, wearily whined that C. -> NAME."""
    adverbs = ("quietly", "wearily", "bluntly", "ruefully")
    combos = itertools.product(PEOPLE, adverbs, ("inverted", "frame"), QUOTES, QMARKS, ROLES)
    for (name, _), adverb, shape, quote, marks, (role, _) in sample(combos, 300, "r32main-adverb-cue"):
        if shape == "inverted":
            q = _q(quote, marks, ",")
            text = f"{q} said, {adverb}, {name}, {role}."
            expect = Expect(q, "direct", name, Contains(role.split()[-1]))
        else:
            clause = CLAUSES[len(name) % len(CLAUSES)]
            text = f"{name}, {role}, {adverb} grumbled that {clause}."
            expect = Expect(f"that {clause}", "indirect", name, Contains(role.split()[-1]))
        yield Case("", shape, text, [expect])


def copular_post() -> Iterator[Case]:
    """Dr. NAME is the ROLE at BODY. / NAME is ROLE at BODY. / NAME has been ROLE to BODY since
    2015. -> SURNAME said C later is NAME, titled ROLE."""
    shapes = ("honorific", "bare", "perfect")
    combos = itertools.product(PEOPLE, shapes, ROLES, CLAUSES)
    for (name, last), shape, (role, body), clause in sample(combos, 300, "r32main-copular-post"):
        intro = {
            "honorific": f"Dr. {name} is the {role} at the {body}.",
            "bare": f"{name} is {role} at the {body}.",
            "perfect": f"{name} has been {role} to the {body} since 2015.",
        }[shape]
        ref = f"Dr. {last}" if shape == "honorific" else last
        text = f"{intro}\n\nThe trust met on Monday.\n\n{ref} said {clause}."
        yield Case("", shape, text, [Expect(clause, "indirect", name, Contains(role.split()[-1]))])


def next_sentence_credit() -> Iterator[Case]:
    """ "Q." That was how NAME, ROLE, put it on Monday. / It was NAME who said it first. / The words
    were NAME's. -> NAME (and no quotation 'it first')."""
    shapes = ("how_put", "cleft", "words_were")
    combos = itertools.product(PEOPLE, shapes, QUOTES, QMARKS, ROLES)
    for (name, _), shape, quote, marks, (role, _) in sample(combos, 300, "r32main-next-credit"):
        q = _q(quote, marks, ".")
        owner = f"{name}'" if name.endswith("s") else f"{name}'s"
        credit = {
            "how_put": f"That was how {name}, {role}, put it on Monday.",
            "cleft": f"It was {name}, {role}, who said it first.",
            "words_were": f"The words were {owner}.",
        }[shape]
        yield Case("", shape, f"{q} {credit}", [Expect(q, "direct", name)])


def agent_of_noun() -> Iterator[Case]:
    """The assertion by NAME, ROLE at BODY, that C surprised the board. -> 'that C', NAME."""
    nouns = ("assertion", "claim", "suggestion", "warning")
    combos = itertools.product(PEOPLE, nouns, CLAUSES, ROLES)
    for (name, _), noun, clause, (role, body) in sample(combos, 240, "r32main-noun-agent"):
        text = f"The {noun} by {name}, {role} at the {body}, that {clause} surprised the board."
        yield Case("", noun, text, [Expect(f"that {clause}", "indirect", name, Contains(role.split()[-1]))])


def per_opening() -> Iterator[Case]:
    """Per NAME, ROLE, C. -> C, NAME; Per Hansen, ROLE, said C. -> Per Hansen said it (a name)."""
    combos = itertools.product(PEOPLE, CLAUSES, ROLES)
    for (name, _), clause, (role, _) in sample(combos, 120, "r32main-per"):
        text = f"Per {name}, {role}, {clause}."
        yield Case("", "source", text, [Expect(clause, "indirect", name)])
    for clause, (role, _) in itertools.product(CLAUSES, ROLES):
        text = f"Per Hansen, the {role}, said {clause}."
        yield Case("", "name", text, [Expect(clause, "indirect", "Per Hansen")])


def lowercase_agency_dateline() -> Iterator[Case]:
    """CITY, Month Day (dpa) — C, NAME said on DAY. -> C without the dateline."""
    cities = ("KIGALI", "NUKU'ALOFA", "TROMSO", "HILO")
    combos = itertools.product(PEOPLE, cities, ("(dpa)", "(afp)", "(AP)"), CLAUSES)
    for (name, _), city, agency, clause in sample(combos, 160, "r32main-dateline"):
        content = clause[:1].upper() + clause[1:]
        text = f"{city}, June 18 {agency} — {content}, {name} said on Thursday."
        yield Case("", agency, text, [Expect(content, "indirect", name)], forbidden=(city, agency))


def origin_before_role() -> Iterator[Case]:
    """NAME, 61, a Bor-born ROLE, said C. / NAME, a Tongan ROLE at BODY, said C. -> titled ROLE."""
    origins = ("Bor-born", "Tongan", "South Sudanese", "Kigali-born")
    combos = itertools.product(PEOPLE, origins, ROLES, CLAUSES, (True, False))
    for (name, _), origin, (role, body), clause, aged in sample(combos, 240, "r32main-origin"):
        age = ", 61" if aged else ""
        text = f"{name}{age}, a {origin} {role} at the {body}, said {clause}."
        yield Case("", origin, text, [Expect(clause, "indirect", name, Contains(role.split()[-1]))])


def prefix_portfolio_role() -> Iterator[Case]:
    """ "Q," said keeper of maps NAME of the BODY. / Acting head stockman NAME said C. -> NAME."""
    prefixes = ("keeper of maps", "keeper of the records", "acting head stockman", "acting chief lampwright")
    combos = itertools.product(PEOPLE, prefixes, QUOTES, QMARKS, ("inverted", "subject"))
    for (name, _), prefix, quote, marks, shape in sample(combos, 240, "r32main-prefix-role"):
        head = prefix.split()[-1] if "of" not in prefix else "keeper"
        if shape == "inverted":
            q = _q(quote, marks, ",")
            text = f"{q} said {prefix} {name} of the Ormsby Archive."
            expect = Expect(q, "direct", name, Contains(head))
        else:
            clause = CLAUSES[len(name) % len(CLAUSES)]
            text = f"{prefix[:1].upper()}{prefix[1:]} {name} said {clause}."
            expect = Expect(clause, "indirect", name, Contains(head))
        yield Case("", shape, text, [expect])


def passive_agent_colon() -> Iterator[Case]:
    """The warning was issued by NAME, ROLE at BODY: "Q." -> NAME."""
    combos = itertools.product(PEOPLE, ("warning", "reply", "statement"), ROLES, QUOTES, QMARKS)
    for (name, _), noun, (role, body), quote, marks in sample(combos, 200, "r32main-agent-colon"):
        q = _q(quote, marks, ".")
        text = f"The {noun} was issued by {name}, {role} at the {body}: {q}"
        yield Case("", noun, text, [Expect(q, "direct", name, ANY)])


ROUND32_MAIN: tuple[Capability, ...] = (
    named(
        "colon.topic_before_colon", "3", 'NAME cackled when asked about TOPIC: "Q.": NAME', topic_before_colon
    ),
    named(
        "nouncredit.noun_of_saying",
        "1",
        '"Q," came the reply from NAME. / NAME\' answer was "Q.": NAME',
        noun_credit,
    ),
    named(
        "nouncredit.noun_guard",
        "5",
        '"Q," was the reply.: nobody; a fragment stays the credit\'s',
        noun_credit_guard,
    ),
    named("notreport.tour", "5", "NAME showed visitors round the site.: no report", tour_no_report),
    named(
        "titles.compound_trade_role",
        "6",
        "NAME, piermaster, said C; the piermaster later: NAME",
        compound_trade_role,
    ),
    named(
        "pronoun.exchange_turns",
        "4",
        '"Q1," said A. "Q2," B replied. "Q3," she said.: A (agreement)',
        exchange_turns,
    ),
    named(
        "cue.adverb_beside_cue",
        "1",
        '"Q," said, quietly, NAME. / NAME wearily grumbled that C: NAME',
        adverb_beside_cue,
    ),
    named(
        "titles.copular_post",
        "6",
        "Dr. NAME is the ROLE at BODY. / NAME is ROLE at BODY.: titled",
        copular_post,
    ),
    named(
        "nextcredit.anaphoric",
        "3",
        '"Q." That was how NAME put it. / It was NAME who said it first.',
        next_sentence_credit,
    ),
    named(
        "nouncredit.by_agent",
        "1",
        "The assertion by NAME, ROLE, that C surprised the board.: NAME",
        agent_of_noun,
    ),
    named("cue.per_opening", "5", "Per NAME, ROLE, C.: NAME; Per Hansen said C: Per Hansen", per_opening),
    named(
        "dateline.lowercase_agency",
        "7",
        "KIGALI, June 18 (dpa) — C, NAME said.: no dateline",
        lowercase_agency_dateline,
    ),
    named(
        "titles.origin_before_role",
        "6",
        "NAME, 61, a Bor-born ROLE, said C.: titled ROLE",
        origin_before_role,
    ),
    named(
        "titles.prefix_portfolio_role",
        "5",
        '"Q," said keeper of maps NAME.: NAME, titled keeper',
        prefix_portfolio_role,
    ),
    named(
        "colon.passive_agent_apposition",
        "3",
        'was issued by NAME, ROLE at BODY: "Q.": NAME',
        passive_agent_colon,
    ),
)
