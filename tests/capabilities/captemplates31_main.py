"""Development capabilities added on main in the thirty-second round: the possessive of a word
ending in *s* written with a bare apostrophe (*Matus' answer*, *the Okafors' lawyer*) reads as
the same possessive with *'s*.

English writes either form, and a rule that knows one must know the other. Each case is
generated in four spellings of its possessive (``'``, ``’``, ``'s``, ``’s``) with one key:

* *"Q," said the Okafors' lawyer, NAME.* / *said Yannis Petrakis' chief of staff, NAME.*: the
  set-off name after the possessed role is the speaker, titled by the possessed role (before:
  *Okafors*, a wrong speaker at .97, for the bare apostrophe);
* *OWNER' ROLE, NAME, said C.* and *"Q," OWNER' ROLE, NAME, said.*: the same before the cue;
* *"Q," said NAME, OWNER' ROLE.*: the role after the name;
* *OWNER' answer was blunt: "Q."* and *OWNER' warning that C went unheeded.*: a person's
  words credited by a noun (before: no speaker, or no quotation, for the bare apostrophe).

* *"Q," said the coxswain, 74-year-old NAME.*: an age before a name set off after a described
  role is the person's; the name is the speaker (before: the role *coxswain*). The title is not
  yet the role (``apposition.aged_name_after_cue_title``, a known failure).

* *NAME, glazier, said C.* and *NAME, head falconer, arrived. "Q," the falconer said.*: a bare
  open role noun set off by commas before a lower-case word is a title, as after an article
  (before: none, and *the falconer* named nobody); *NAME, however, said* has none.

* *NAME, known to everyone on the quay as "the Owl", said: "Q."*: a nickname after a naming
  participle whose knowers take several words, or that opens with *the*, is no quotation (before:
  no speaker, or the real quotation lost too).
* *NAME said only that C.*, *saying only: "Q."*: a focusing adverb between a cue and its content
  is no part of it (before: *only:* inside a mixed quotation).

* *NAME smiled when told of the result: "Q."*: a reduced adverbial clause (a subordinator and a
  participle, no subject) before a colon leaves the quotation to the sentence's subject (before:
  no speaker); *when NAME2 shouted:* keeps it NAME2's.

* *NAME wanted to know on Thursday whether C.*: the embedded question after *to know* is the
  content, *to know* part of the cue (before: *to know on Thursday whether C*).

A guard keeps British single quotation marks that close after a word ending in *s*: *She
called the plan 'a gift to the bosses' and left.* is still a quotation that ends at its mark.

People, bodies and sentences of our own. ``captemplates.py`` adds :data:`ROUND31_MAIN` to its
``CAPABILITIES``.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from capkit import ANY, Capability, Case, Contains, Expect, named, sample

#: The four spellings of one possessive after a word ending in *s*.
MARKS = ("'", "\u2019", "'s", "\u2019s")
#: Owners ending in *s*: persons, families and groups in the plural, and bodies.
OWNERS = (
    ("Yannis Petrakis", "Petrakis"),
    ("Ines Loidis", "Loidis"),
    ("Dafydd Hughes", "Hughes"),
    ("Ruth Abrahams", "Abrahams"),
    ("the Okafors", "Okafors"),
    ("the growers", "growers"),
    ("Kestrel Ferries", "Ferries"),
    ("Tidewater Farms", "Farms"),
)
#: Persons an owner's role may name.
SPEAKERS = ("Keiko Tanabe", "Bruno Castell", "Amara Nwosu", "Lars Eklund", "Sefa Tuilagi", "Hedda Moen")
ROLES = ("lawyer", "chief of staff", "deputy", "spokeswoman", "campaign manager", "press secretary")
QUOTES = ("The depot stays shut", "We were never paid", "It is over for now")
CLAUSES = ("the contract was void", "the count had been wrong from the start")
QMARKS = (('"', '"'), ("\u201c", "\u201d"))


def _owned(owner: str, mark: str) -> str:
    return f"{owner}{mark}"


def owned_role_speaker() -> Iterator[Case]:
    """OWNER' ROLE, NAME (set off, before or after the cue, or NAME, OWNER' ROLE) -> NAME, the title
    holding the owner and the role; never the owner."""
    shapes = ("said_after", "subject", "quote_subject", "name_first")
    combos = itertools.product(OWNERS, SPEAKERS, ROLES, MARKS, shapes, QMARKS)
    for (owner, key), name, role, mark, shape, (op, cl) in sample(combos, 900, "r31main-owned-role"):
        quote = f"{op}{QUOTES[(len(name) + len(role)) % len(QUOTES)]},{cl}"
        owned = f"{_owned(owner, mark)} {role}"
        lead = owned[:1].upper() + owned[1:]
        title = Contains((key, role))
        if shape == "subject":
            clause = CLAUSES[len(name) % len(CLAUSES)]
            text, expect = f"{lead}, {name}, said {clause}.", Expect(clause, "indirect", name, title)
        else:
            frame = {"said_after": "{q} said {o}, {n}.", "quote_subject": "{q} {o}, {n}, said."}
            text = frame.get(shape, "{q} said {n}, {o}.").format(q=quote, o=owned, n=name)
            expect = Expect(quote, "direct", name, title)
        yield Case("", shape, text, [expect], wrong_speakers=[(expect.content, key)])


#: Persons only: a noun credit names a person's words.
PERSONS = OWNERS[:4]


def owned_words() -> Iterator[Case]:
    """OWNER' answer was blunt: "Q." / OWNER' warning that C went unheeded. -> OWNER's words."""
    combos = itertools.product(PERSONS, MARKS, ("answer", "warning"), QUOTES, QMARKS)
    for (owner, _), mark, shape, said, (op, cl) in sample(combos, 300, "r31main-owned-words"):
        if shape == "answer":
            quote = f"{op}{said}.{cl}"
            text = f"{_owned(owner, mark)} answer was blunt: {quote}"
            expect = Expect(quote, "direct", owner)
        else:
            clause = CLAUSES[len(said) % len(CLAUSES)]
            text = f"{_owned(owner, mark)} warning that {clause} went unheeded."
            expect = Expect(f"that {clause}", "indirect", owner)
        yield Case("", shape, text, [expect])


#: Single-quoted words that close after a word ending in *s*, and what follows the mark.
CLOSING = ("a gift to the bosses", "a matter for the courts", "one for the history books")
AFTER = ("and left the room", "before the vote", "on Tuesday")


def single_mark_after_s_guard() -> Iterator[Case]:
    """NAME called the plan 'WORDS ending in s' AFTER. -> the single quotation ends at its mark."""
    combos = itertools.product(SPEAKERS, CLOSING, AFTER, ("'", "\u2018"))
    for name, words, after, op in sample(combos, 120, "r31main-single-after-s"):
        cl = "'" if op == "'" else "\u2019"
        quote = f"{op}{words}{cl}"
        text = f"{name} called the plan {quote} {after}."
        yield Case("", "guard", text, [Expect(f"the plan {quote}", "mixed", name)])


#: Roles a description before an aged name may hold (listed and unlisted nouns).
AGED_ROLES = ("coxswain", "lock keeper", "spokeswoman", "rink manager", "head falconer", "harbour master")
AGES = ("29", "44", "58", "74")


def _aged_case(name: str, role: str, age: str, quote: str, det: str, *, titled: bool) -> Case:
    text = f"{quote} said {det} {role}, {age}-year-old {name}."
    title = Contains((role,)) if titled else ANY
    return Case("", det, text, [Expect(quote, "direct", name, title)], wrong_speakers=[(quote, role)])


def aged_name_after_cue() -> Iterator[Case]:
    """'"Q," said the ROLE, AGE-year-old NAME.' -> NAME (the age before the set-off name is the
    person's; before: the speaker *ROLE*)."""
    combos = itertools.product(SPEAKERS, AGED_ROLES, AGES, QUOTES, ("the", "a"), QMARKS)
    for name, role, age, said, det, (op, cl) in sample(combos, 300, "r31main-aged-name"):
        yield _aged_case(name, role, age, f"{op}{said},{cl}", det, titled=False)


def aged_name_after_cue_title() -> Iterator[Case]:
    """The same cases, with the title: the role before the comma (not yet: the inverted credit's
    description is not the aged name's title)."""
    combos = itertools.product(SPEAKERS, AGED_ROLES, AGES, QUOTES, ("the",), QMARKS)
    for name, role, age, said, det, (op, cl) in sample(combos, 120, "r31main-aged-name-title"):
        yield _aged_case(name, role, age, f"{op}{said},{cl}", det, titled=True)


#: Open role nouns (WordNet's people nouns the hand list lacks), bare or with a modifier.
BARE_ROLES = ("glazier", "senior technician", "luthier", "head falconer", "hydrologist", "stonemason")
#: Adverbs set off between commas after a name: no title.
ASIDE_ADVERBS = ("however", "meanwhile", "too", "though")


def bare_role_set_off() -> Iterator[Case]:
    """'NAME, ROLE, said C.' / 'NAME, ROLE, arrived on Monday. "Q," the ROLE said.' -> NAME,
    titled ROLE (a bare role between commas; before: no title, and *the ROLE* named nobody)."""
    combos = itertools.product(SPEAKERS, BARE_ROLES, ("said", "nominal"), QMARKS)
    for name, role, shape, (op, cl) in sample(combos, 144, "r31main-bare-role-set-off"):
        clause = CLAUSES[len(name + role) % len(CLAUSES)]
        if shape == "said":
            text, expect = (
                f"{name}, {role}, said {clause}.",
                Expect(clause, "indirect", name, Contains((role,))),
            )
        else:
            quote = f"{op}{QUOTES[len(role) % len(QUOTES)]},{cl}"
            head = role.split()[-1]
            text = f"{name}, {role}, arrived on Monday. {quote} the {head} said."
            expect = Expect(quote, "direct", name, Contains((role,)))
        yield Case("", shape, text, [expect])


def set_off_adverb_guard() -> Iterator[Case]:
    """'NAME, however, said C.' -> NAME with no title (an adverb set off is no role)."""
    combos = itertools.product(SPEAKERS, ASIDE_ADVERBS, CLAUSES)
    for name, adverb, clause in sample(combos, 48, "r31main-set-off-adverb"):
        yield Case("", "guard", f"{name}, {adverb}, said {clause}.", [Expect(clause, "indirect", name, None)])


#: Who knows a nickname, and the nicknames (some led by a lower-case article).
KNOWERS = ("", " to everyone on the quay", " among the crews", " to her students", " locally")
NICKNAMES = ("Old Rope", "the Owl", "Captain Tide", "the Lamplighter")


def nickname_known_to() -> Iterator[Case]:
    """'NAME, known to everyone on the quay as "the Owl", said: "Q."' -> one quotation, NAME's;
    the nickname is no quotation (before: with a knower of more than one word, or a nickname
    opening with *the*, no speaker or no quotation at all)."""
    combos = itertools.product(SPEAKERS, KNOWERS, NICKNAMES, QUOTES, QMARKS)
    for name, knower, nick, said, (op, cl) in sample(combos, 300, "r31main-nickname-known"):
        quote = f"{op}{said}.{cl}"
        text = f"{name}, known{knower} as {op}{nick}{cl}, said: {quote}"
        yield Case("", "known", text, [Expect(quote, "direct", name)], forbidden=[f"{op}{nick}{cl}"])


#: Focusing adverbs between a cue and its content.
FOCUS = ("only", "merely")


def focus_adverb_content() -> Iterator[Case]:
    """'NAME said only that C.' / 'NAME declined to go further, saying only: "Q."' -> the content
    after the adverb (before: *only:* inside a mixed quotation after *saying*); 'NAME said only
    14 of the 40 tankers had come.' keeps *only* in the content (it counts the tankers)."""
    combos = itertools.product(SPEAKERS, FOCUS, ("said", "saying_colon", "saying_that", "counted"), QMARKS)
    for name, adverb, shape, (op, cl) in sample(combos, 200, "r31main-focus-adverb"):
        clause = CLAUSES[len(name) % len(CLAUSES)]
        if shape == "said":
            text, expect = f"{name} said {adverb} that {clause}.", Expect(f"that {clause}", "indirect", name)
        elif shape == "counted":  # ('said only 14 of the 40 tankers had come': the content's own word)
            said = f"{adverb} 14 of the 40 tankers had come"
            text, expect = f"{name} said {said}.", Expect(said, "indirect", name)
        elif shape == "saying_that":
            text = f"{name} gave no figures, saying {adverb} that {clause}."
            expect = Expect(f"that {clause}", "indirect", name)
        else:
            quote = f"{op}{QUOTES[len(name) % len(QUOTES)]}.{cl}"
            text, expect = f"{name} gave no figures, saying {adverb}: {quote}", Expect(quote, "direct", name)
        yield Case("", shape, text, [expect])


#: Reduced adverbial clauses (no subject of their own) before a colon, and full ones.
REDUCED = (
    "when told of the result",
    "when shown the figures",
    "after being handed the report",
    "once seated",
)
REACTIONS = ("smiled", "shrugged", "nodded", "was blunt")


def reduced_clause_colon() -> Iterator[Case]:
    """'NAME smiled when told of the result: "Q."' -> NAME (a reduced clause has no subject of its
    own; before: no speaker); 'NAME smiled when NAME2 shouted: "Q."' -> NAME2 (the clause's own)."""
    combos = itertools.product(SPEAKERS, REACTIONS, (*REDUCED, "full"), QUOTES, QMARKS)
    for name, verb, clause, said, (op, cl) in sample(combos, 240, "r31main-reduced-clause"):
        quote = f"{op}{said}.{cl}"
        if clause == "full":
            other = SPEAKERS[(SPEAKERS.index(name) + 1) % len(SPEAKERS)]
            text, who = f"{name} {verb} when {other} shouted: {quote}", other
        else:
            text, who = f"{name} {verb} {clause}: {quote}", name
        yield Case("", "full" if clause == "full" else "reduced", text, [Expect(quote, "direct", who)])


#: Verbs that take *to know* and an embedded question, and the questions.
KNOW_VERBS = ("wanted", "demanded", "wants", "needed")
ASKED_CLAUSES = (
    ("whether", "the lock gates had been repaired"),
    ("why", "the ferry had been cancelled"),
    ("if", "the harvest would start early"),
    ("how", "the roof had been paid for"),
)


def to_know_question() -> Iterator[Case]:
    """'NAME wanted to know (on Thursday) whether C.' -> the content 'whether C' (before: 'to know
    (on Thursday) whether C', the adjunct inside the content)."""
    combos = itertools.product(SPEAKERS, KNOW_VERBS, ASKED_CLAUSES, ("", " on Thursday", " at the meeting"))
    for name, verb, (wh, clause), adjunct in sample(combos, 240, "r31main-to-know"):
        content = f"{wh} {clause}"
        text = f"{name} {verb} to know{adjunct} {content}."
        yield Case("", "adjunct" if adjunct else "plain", text, [Expect(content, "indirect", name)])


ROUND31_MAIN: tuple[Capability, ...] = (
    named(
        "possessive.owned_role_speaker",
        "5",
        "\"Q,\" said the Okafors' lawyer, NAME. (', ’, 's, ’s alike): NAME, titled the owner's role",
        owned_role_speaker,
    ),
    named(
        "possessive.owned_words",
        "1",
        "Marta Gomes' answer was blunt: \"Q.\" / NAME' warning that C (', ’, 's, ’s alike): NAME",
        owned_words,
    ),
    named(
        "possessive.single_mark_after_s_guard",
        "8",
        "NAME called the plan 'a gift to the bosses' and left.: the quotation ends at its mark",
        single_mark_after_s_guard,
    ),
    named(
        "apposition.aged_name_after_cue",
        "5",
        '"Q," said the coxswain, 74-year-old NAME.: NAME, never the role',
        aged_name_after_cue,
    ),
    named(
        "apposition.aged_name_after_cue_title",
        "6",
        '"Q," said the coxswain, 74-year-old NAME.: titled coxswain',
        aged_name_after_cue_title,
    ),
    named(
        "titles.bare_role_set_off",
        "6",
        'NAME, glazier, said C. / NAME, head falconer, arrived. "Q," the falconer said.: titled ROLE',
        bare_role_set_off,
    ),
    named(
        "titles.set_off_adverb_guard",
        "6",
        "NAME, however, said C.: no title",
        set_off_adverb_guard,
    ),
    named(
        "notquotes.nickname_known_to",
        "8",
        'NAME, known to everyone on the quay as "the Owl", said: "Q.": NAME\'s, no nickname quotation',
        nickname_known_to,
    ),
    named(
        "cue.focus_adverb_content",
        "1",
        'NAME said only that C. / saying only: "Q.": the content after the adverb',
        focus_adverb_content,
    ),
    named(
        "colon.reduced_clause_speaker",
        "3",
        'NAME smiled when told of the result: "Q.": NAME (a reduced clause has no subject of its own)',
        reduced_clause_colon,
    ),
    named(
        "questions.to_know_embedded",
        "1",
        "NAME wanted to know on Thursday whether C.: the content 'whether C'",
        to_know_question,
    ),
)
