"""Development capabilities added on main in the thirty-sixth round.

* *The ROLE, FIRST "NICK" LAST, said C.*, *"Q," FIRST "NICK" LAST shouted.*, *"Q," said FIRST
  "NICK" LAST, ROLE.*: a quoted nickname between a given name and a surname is part of the
  name, not a quotation (before: the apposition's report was lost, and after a quotation the
  two marks were read as a second quotation, so the first came out as a mixed quote running
  over the given name);
* *"Q?" The ROLE asked.*, *"Q!" The ROLE, NAME, shouted.*, *"Q?" SURNAME's niece, NAME,
  asked.*: after a question or an exclamation, a credit that opens with a capitalised article
  or a name's possessive still closes its sentence (before: the credit was a sentence of its
  own and the quotation had no speaker);
* *The ROLE, state Sen. NAME, said C.*: an abbreviated title after a lower-case modifier opens
  the apposed name's title (before: no report);
* *FIRST "NICK" LAST, ROLE, ... "Q," NICK said.* and *FIRST LAST, known to everyone as NICK,
  said C. "Q," NICK added.*: a one-word nickname names its person alone later (before: a new
  person *NICK*);
* *NAME, a mother of two, ROLE at BODY, said C.*, *NAME, who raised five sons on his own, ROLE
  at BODY, said C.*: an apposition that only states a trait is passed to the post after it
  (before: no title); *NAME, who is married to OTHER, an engineer at BODY,* keeps no title;
* *NAME, ROLE at BODY, a unit of BODY2, said C.*: the body's own apposition is passed with the
  role's (before: the speaker was BODY, or no report);
* *NAME late on Tuesday said C.*: *late*/*early* before a date between a name and its cue
  (before: the speaker *NAME late on Tuesday*);
* *Few were surprised when NAME said C.*: a stance adjective's adverbial clause with its own
  verb of speech is no content of the stance (before: a stance credited to *Few*);
* *The X Brewery said ... to GPS makers. "Q," it said.*: a business's name is a body's, so
  *it* finds it (before: the speaker *GPS*, at .97);
* *NAME (operations manager, BODY): "Q."*: a plural noun modifier before a listed role in
  brackets (before: no title);
* *NAME, interim co-chair of BODY, who lives behind his workshop, said C.*: an aside after a
  name that opens its clause is passed before the relative clause (before: the speaker was the
  role phrase);
* *NAME, who appears in the album 'T', said C 'Q'.*: a title-case span after a work noun names
  a work (before: no report);
* *NAME, semi-retired locksmith, said C.*, *Third-generation grower NAME said C.*: a
  hyphenated modifier opens a title (before: no title);
* *Former two-time regional champion NAME said C.*: a verb's base form between a title's
  modifiers and a name that speaks is the title's noun (before: a stance credited to *Former
  two-time regional*);
* *NAME of the PAPER interviewed NAME2, ROLE. | Q: ... | A: ...*: the answers are NAME2's
  (before: the interviewer's, at .99);
* *"Q," says the woman who rebuilt X after the fire, NAME.*: the name after a description's
  relative clause that names only places is the speaker (before: *woman*); *said the woman
  who met OTHER, NAME* keeps the description;
* *Head Greenkeeper NAME said C.*: a capitalised role shaped like an agent noun after a title
  word (before: the name *Greenkeeper NAME*);
* *According to NAME, ROLE at BODY since 1994, C.*, *C, according to a letter from NAME,
  ROLE, to the council.*: the apposition of a fronted source is passed to the content, and a
  preposition's noun phrase after a trailing source's apposition is the source's, no rest of the
  content (before: the content took in the title, or the whole sentence with its cue).

People, bodies and sentences of our own. ``captemplates.py`` adds :data:`ROUND35_MAIN` to its
``CAPABILITIES``.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from capkit import Capability, Case, Contains, Expect, named, sample

#: (given name, nickname, surname, pronoun): people of our own with a nickname in marks.
NICKNAMED = (
    ("Ingeborg", "Inge", "Solvang", "she"),
    ("Bartholomew", "Bart", "Okwuosa", "he"),
    ("Graziella", "The Pilot", "Maranzano", "she"),
    ("Teodoro", "Teo", "Villaseñor", "he"),
    ("Marguerite", "Daisy", "Aldana-Price", "she"),
    ("Kwabena", "Big K", "Asante-Darko", "he"),
)
#: (role before the name, its head word)
ROLES = (
    ("harbour master", "harbour master"),
    ("ferry's chief engineer", "chief engineer"),
    ("owner of the Linwood Bell Foundry", "owner"),
)
QUOTES = (
    "We will keep the ferry running through the winter.",
    "Nobody asked the crews before the fares went up.",
    "The foundry has cast its last bell for this year.",
)
CLAUSES = ("the crossing would reopen in March", "the fares were set too high")
#: Nickname marks: straight, curly and single (British) pairs.
NICK_MARKS = (('"', '"'), ("\u201c", "\u201d"), ("'", "'"))
#: Quotation marks around the quote itself, agreeing with the nickname's style.
QUOTE_MARKS = {'"': ('"', '"'), "\u201c": ("\u201c", "\u201d"), "'": ("'", "'")}


def quoted_nickname() -> Iterator[Case]:
    """The ROLE, FIRST "NICK" LAST, said C. / "Q," FIRST "NICK" LAST shouted. / "Q," said FIRST
    "NICK" LAST, ROLE. / FIRST "NICK" LAST, ROLE, told reporters that C. "Q," PRONOUN added.
    -> FIRST LAST (the nickname no quotation, no part of the name)."""
    shapes = ("apposed", "after", "said_name", "lead")
    combos = itertools.product(NICKNAMED, ROLES, shapes, range(len(QUOTES)), NICK_MARKS)
    for (first, nick, last, pronoun), (role, head), shape, k, (no, nc) in sample(combos, 420, "r35main-nick"):
        named_as = f"{first} {no}{nick}{nc} {last}"
        name = f"{first} {last}"
        mark, close = QUOTE_MARKS[no]
        q = f"{mark}{QUOTES[k][:-1]},{close}"
        clause = CLAUSES[k % len(CLAUSES)]
        if shape == "apposed":
            text = f"The {role}, {named_as}, said {clause}."
            yield Case("", shape, text, [Expect(clause, "indirect", name, Contains(head))])
        elif shape == "after":
            text = f"{q} {named_as} shouted to the crowd."
            yield Case("", shape, text, [Expect(q, "direct", name)])
        elif shape == "said_name":
            text = f"{q} said {named_as}, the {role}."
            yield Case("", shape, text, [Expect(q, "direct", name, Contains(head))])
        else:
            text = f"{named_as}, the {role}, told reporters {clause}. {q} {pronoun} added."
            yield Case(
                "",
                shape,
                text,
                [Expect(clause, "indirect", name, Contains(head)), Expect(q, "direct", name, Contains(head))],
            )


#: Questions and exclamations of our own, with their verb of saying.
ASKED = (
    ("Who is going to pay for the new pier?", "asked"),
    ("Why were the crews never consulted?", "asked"),
    ("Not one more fare rise!", "shouted"),
    ("Give us back our ferry!", "cried"),
)
#: (a description, its head word)
DESCRIPTIONS = (
    ("The harbour master", "harbour master"),
    ("A deckhand", "deckhand"),
    ("The bell founder", "bell founder"),
)
#: (full name, surname, the relative whose possessive opens the credit)
RELATIVES = (
    ("Ingeborg Solvang", "Solvang", "niece"),
    ("Bartholomew Okwuosa", "Okwuosa", "son"),
    ("Graziella Maranzano", "Maranzano", "sister"),
)


def capital_credit_after_question() -> Iterator[Case]:
    """ "Q?" The ROLE asked. / "Q!" The ROLE, NAME, shouted. / "Q?" SURNAME's RELATIVE, NAME,
    asked. -> the ROLE / NAME (a capitalised credit after a question or exclamation)."""
    shapes = ("bare", "apposed", "possessive")
    marks = (('"', '"'), ("\u201c", "\u201d"))
    combos = itertools.product(ASKED, DESCRIPTIONS, RELATIVES, shapes, marks)
    for (words, verb), (desc, head), (full, surname, relative), shape, (mark, close) in sample(
        combos, 300, "r35main-asked"
    ):
        q = f"{mark}{words}{close}"
        other = "Tomasz Wielgosz" if surname != "Wielgosz" else "Tomasz Berg"
        lead = f"{other} ran the ferry for twenty years.\n\n"
        if shape == "bare":
            text = f"{lead}{q} {desc} {verb}."
            yield Case("", shape, text, [Expect(q, "direct", head)], exact=False, wrong_speakers=[(q, other)])
        elif shape == "apposed":
            text = f"{lead}{q} {desc}, {full}, {verb}."
            yield Case("", shape, text, [Expect(q, "direct", full, Contains(head))], exact=False)
        else:
            owner = other.rsplit(maxsplit=1)[-1]
            text = f"{lead}{q} {owner}'s {relative}, {full}, {verb} from the back of the hall."
            yield Case("", shape, text, [Expect(q, "direct", full)], exact=False, wrong_speakers=[(q, other)])


#: (abbreviated title with its modifier, the words a title must contain)
ABBREVIATED = (("state Sen.", "Sen."), ("state Rep.", "Rep."), ("Democratic Sen.", "Sen."), ("Gov.", "Gov."))


def abbreviated_title_apposition() -> Iterator[Case]:
    """The ROLE, state Sen. NAME, said C. / "Q," SURNAME's RELATIVE, state Rep. NAME, said.
    -> NAME, the abbreviated title."""
    combos = itertools.product(ABBREVIATED, RELATIVES, CLAUSES, ("report", "quote"))
    for (title, part), (full, _surname, relative), clause, shape in combos:
        if shape == "report":
            text = f"His {relative}, {title} {full}, said {clause}."
            yield Case("", shape, text, [Expect(clause, "indirect", full, Contains(part))])
        else:
            q = f'"{QUOTES[0][:-1]},"'
            text = f"{q} the harbour master's {relative}, {title} {full}, said on Friday."
            yield Case("", shape, text, [Expect(q, "direct", full, Contains(part))])


#: (given name, nickname, surname, role at a body, pronoun) for nickname aliases.
ALIASED = (
    ("Ingeborg", "Inge", "Solvang", "harbour master at the Linwood Ferry Trust", "she"),
    ("Bartholomew", "Bart", "Okwuosa", "head brewer at the Aldermoor Cider Brewery", "he"),
    ("Teodoro", "Teo", "Villaseñor", "chief engineer at the Coldwater Ferry Company", "he"),
    ("Marguerite", "Daisy", "Aldana-Price", "senior archivist at the Pennock Seed Library", "she"),
)
KNOWN_AS = ("known to everyone as", "better known as", "known locally as")


def nickname_alias() -> Iterator[Case]:
    """FIRST "NICK" LAST, ROLE, ... "Q," NICK said. / FIRST LAST, known to everyone as NICK,
    said C. "Q," NICK added. -> FIRST LAST."""
    combos = itertools.product(ALIASED, ("marks", *KNOWN_AS), range(len(QUOTES)), NICK_MARKS)
    for (first, nick, last, role, _p), shape, k, (no, nc) in sample(combos, 300, "r35main-alias"):
        mark, close = QUOTE_MARKS[no]
        q = f"{mark}{QUOTES[k][:-1]},{close}"
        name = f"{first} {last}"
        clause = CLAUSES[k % len(CLAUSES)]
        if shape == "marks":
            text = f"{first} {no}{nick}{nc} {last}, {role}, has worked there for years.\n\n{q} {nick} said."
            yield Case("", shape, text, [Expect(q, "direct", name)])
        else:
            text = f"{name}, {shape} {nick}, said {clause}. {q} {nick} added."
            yield Case(
                "", shape.split()[0], text, [Expect(clause, "indirect", name), Expect(q, "direct", name)]
            )


#: Appositions that only state a trait (a pronoun slot for the relative clause).
TRAITS = ("a mother of two", "a father of twins", "a widow", "who raised five children on {own} own")


def trait_then_post() -> Iterator[Case]:
    """NAME, TRAIT, ROLE at BODY, said C. -> NAME, ROLE at BODY; NAME, who is married to OTHER, an
    engineer at BODY, said C. -> NAME, no title (the post may be OTHER's)."""
    for (first, _nick, last, role, pronoun), shape, clause in itertools.product(ALIASED, TRAITS, CLAUSES):
        trait = shape.format(own="her" if pronoun == "she" else "his")
        name = f"{first} {last}"
        text = f"{name}, {trait}, {role}, said {clause}."
        yield Case(
            "", trait.split()[1], text, [Expect(clause, "indirect", name, Contains(role.split(" at ")[0]))]
        )
    for (first, _nick, last, _role, _p), clause in itertools.product(ALIASED, CLAUSES):
        text = (
            f"{first} {last}, who is married to Tomas Berg, an engineer at the Linwood Works, said {clause}."
        )
        yield Case("", "married", text, [Expect(clause, "indirect", f"{first} {last}", None)])


#: (body, what it belongs to) for a body's own apposition.
PARENTS = (
    ("the Pellingford Lock and Key Company", "a unit of the Harcastle Security Group"),
    ("the Brackenridge Cooperage", "a member of the Strathey Distilling Company"),
    ("the Aldermoor Cider Brewery", "a subsidiary of Tamsett Drinks"),
)


def body_apposition_chain() -> Iterator[Case]:
    """NAME, ROLE at BODY, a unit of BODY2, said C. / NAME, who is ROLE at BODY, a member of
    BODY2, said C. -> NAME."""
    combos = itertools.product(ALIASED, PARENTS, ("", "who is "), CLAUSES)
    for (first, _nick, last, role, _p), (body, parent), who, clause in combos:
        name = f"{first} {last}"
        post = role.split(" at ")[0]
        text = f"{name}, {who}{post} at {body}, {parent}, said {clause}."
        yield Case("", "who" if who else "role", text, [Expect(clause, "indirect", name, Contains(post))])


def date_adjunct_degree() -> Iterator[Case]:
    """NAME late/early on DAY said C. -> NAME (not 'NAME late on DAY')."""
    combos = itertools.product(ALIASED, ("late", "early"), ("Tuesday", "Friday"), CLAUSES)
    for (first, _nick, last, _role, _p), degree, day, clause in combos:
        name = f"{first} {last}"
        yield Case("", degree, f"{name} {degree} on {day} said {clause}.", [Expect(clause, "indirect", name)])


def stance_adverbial_report() -> Iterator[Case]:
    """Few were surprised when NAME said C. -> one report, NAME's (no stance of 'Few')."""
    leads = ("Few were surprised when", "Nobody was shocked when", "Regulars were angry after")
    for (first, _nick, last, _role, _p), lead, clause in itertools.product(ALIASED, leads, CLAUSES):
        name = f"{first} {last}"
        yield Case(
            "", lead.split()[0].lower(), f"{lead} {name} said {clause}.", [Expect(clause, "indirect", name)]
        )


#: Businesses whose names end in a trade noun.
BUSINESSES = ("the Aldermoor Cider Brewery", "the Calder Street Neon Workshop", "the Kalymra Sponge Exchange")


def business_it() -> Iterator[Case]:
    """BODY said that it had lost contracts to GPS makers. "Q," it said. -> BODY (not GPS)."""
    for body, acronym, (mark, close) in itertools.product(BUSINESSES, ("GPS", "LED"), QUOTE_MARKS.values()):
        q = f"{mark}{QUOTES[1][:-1]},{close}"
        lost = f"it had lost three contracts to {acronym} makers"
        text = f"{body[0].upper()}{body[1:]} said that {lost}. {q} it said."
        yield Case(
            "", acronym, text, [Expect(q, "direct", body[4:])], exact=False, wrong_speakers=[(q, acronym)]
        )


#: (a plural modifier and a listed role, the word a title must contain)
MODIFIED_ROLES = (
    ("operations manager", "manager"),
    ("sales director", "director"),
    ("records officer", "officer"),
)


def bracketed_modified_role() -> Iterator[Case]:
    """NAME (MODIFIER ROLE, BODY): "Q." -> NAME, the whole bracket's role."""
    combos = itertools.product(ALIASED, MODIFIED_ROLES, BUSINESSES, QUOTE_MARKS.values())
    for (first, _nick, last, _role, _p), (role, head), body, (mark, close) in sample(
        combos, 120, "r35main-bracket"
    ):
        q = f"{mark}{QUOTES[0]}{close}"
        text = f"{first} {last} ({role}, {body[4:]}): {q}"
        yield Case("", head, text, [Expect(q, "direct", f"{first} {last}", Contains(role))])


#: Relative clauses that follow a role apposition.
RELATIVES_AFTER = ("who lives behind the workshop", "who took over from a cousin in 2019")


def role_then_relative() -> Iterator[Case]:
    """NAME, ROLE at BODY, who ..., said C. -> NAME, ROLE."""
    for (first, _nick, last, role, _p), rel, clause in itertools.product(ALIASED, RELATIVES_AFTER, CLAUSES):
        name = f"{first} {last}"
        post = role.split(" at ")[0]
        text = f"{name}, interim {role}, {rel}, said {clause}."
        yield Case("", rel.split()[1], text, [Expect(clause, "indirect", name, Contains(post))])


#: (work noun, the work's title) in single or double marks.
WORKS = (("album", "Cold Iron Songs"), ("radio series", "Deep Water Voices"), ("play", "Twelve Keys"))


def work_title_in_relative() -> Iterator[Case]:
    """NAME, who appears in the WORK 'T', said C 'Q'. -> one mixed report of NAME (no quotation 'T')."""
    combos = itertools.product(ALIASED, WORKS, (("'", "'"), ("‘", "’"), ('"', '"')))
    for (first, _nick, last, _role, _p), (noun, title), (mark, close) in combos:
        name = f"{first} {last}"
        content = f"the new rules were {mark}a war on craftsmanship{close}"
        text = f"{name}, who appears in the {noun} {mark}{title}{close}, said {content}."
        yield Case("", noun.split()[-1], text, [Expect(content, "mixed", name)])


#: (a hyphenated modifier, a role the lexicon need not list)
HYPHENED = (("semi-retired", "locksmith"), ("third-generation", "grower"), ("long-serving", "lock keeper"))


def hyphenated_title() -> Iterator[Case]:
    """NAME, MOD-IFIER ROLE, said C. / MOD-IFIER ROLE NAME said C. -> NAME, the whole title."""
    combos = itertools.product(ALIASED, HYPHENED, ("after", "before"), CLAUSES)
    for (first, _nick, last, _role, _p), (mod, role), shape, clause in combos:
        name = f"{first} {last}"
        title = f"{mod} {role}"
        if shape == "after":
            text = f"{name}, {title}, said {clause}."
        else:
            text = f"{title[0].upper()}{title[1:]} {name} said {clause}."
        yield Case("", shape, text, [Expect(clause, "indirect", name, Contains(title))])


def champion_title() -> Iterator[Case]:
    """Former two-time regional champion NAME said C. -> one report, NAME's, with that title."""
    leads = ("Former two-time regional champion", "Reigning national champion", "Three-time county champion")
    for (first, _nick, last, _role, _p), lead, clause in itertools.product(ALIASED, leads, CLAUSES):
        name = f"{first} {last}"
        text = f"{lead} {name} said {clause}."
        yield Case(
            "", lead.split()[0].lower(), text, [Expect(clause, "indirect", name, Contains("champion"))]
        )


#: (interviewer, paper) for interview layouts.
INTERVIEWERS = (("Tomasz Wielgosz", "the Linwood Courier"), ("Halldora Vikstrom", "Harbour Radio"))


def interview_answers() -> Iterator[Case]:
    """NAME of the PAPER interviewed NAME2, ROLE. | Q: ... | A: ... -> NAME2 for every answer."""
    combos = itertools.product(INTERVIEWERS, ALIASED, ("Q:", "Q."))
    for (asker, paper), (first, _nick, last, role, _p), label in combos:
        answer_label = "A:" if label == "Q:" else "A."
        a1, a2 = QUOTES[0], QUOTES[2]
        text = (
            f"{asker} of {paper} interviewed {first} {last}, {role}, on Monday.\n\n"
            f"{label} How long have you done this work?\n\n{answer_label} {a1}\n\n"
            f"{label} What comes next?\n\n{answer_label} {a2}"
        )
        yield Case(
            "",
            label,
            text,
            [Expect(a1, "direct", f"{first} {last}"), Expect(a2, "direct", f"{first} {last}")],
            exact=False,
            wrong_speakers=[(a1, asker), (a2, asker)],
        )


def relative_then_named() -> Iterator[Case]:
    """ "Q," says the woman who rebuilt X after the fire, NAME. -> NAME; "Q," said the woman who
    met OTHER, NAME. -> not OTHER."""
    for (first, _nick, last, _role, _p), (mark, close) in itertools.product(ALIASED, QUOTE_MARKS.values()):
        q = f"{mark}{QUOTES[1][:-1]},{close}"
        name = f"{first} {last}"
        text = f"{q} says the woman who rebuilt the ferry trust after the fire of 1994, {name}."
        yield Case("", "places", text, [Expect(q, "direct", name)])
        text = f"{q} said the woman who met Tomas Berg at the pier, {name}."
        yield Case(
            "", "other", text, [Expect(q, "direct", (name, "woman"))], wrong_speakers=[(q, "Tomas Berg")]
        )


def capitalised_shaped_role() -> Iterator[Case]:
    """TITLE-WORD ROLE NAME said C. (Head Greenkeeper, Senior Ocularist) -> NAME, the whole title."""
    roles = ("Head Greenkeeper", "Senior Ocularist", "Chief Taxidermist")
    for (first, _nick, last, _role, _p), role, clause in itertools.product(ALIASED, roles, CLAUSES):
        name = f"{first} {last}"
        yield Case(
            "",
            role.split()[1].lower(),
            f"{role} {name} said {clause}.",
            [Expect(clause, "indirect", name, Contains(role))],
        )


def according_to_appositions() -> Iterator[Case]:
    """According to NAME, ROLE at BODY since 1994, C. / According to NAME, a former ROLE who now
    runs X, C. / C, according to a letter from NAME, ROLE at BODY, to the council. -> C alone."""
    for (first, _nick, last, role, _p), clause in itertools.product(ALIASED, CLAUSES):
        name = f"{first} {last}"
        post = role.split(" at ")[0]
        text = f"According to {name}, {role} since 1994, {clause}."
        yield Case("", "since", text, [Expect(clause, "indirect", name, Contains(post))])
        text = f"According to {name}, a former {post} who now runs the training scheme, {clause}."
        yield Case("", "who", text, [Expect(clause, "indirect", name, Contains(post))])
        lead = f"{clause[0].upper()}{clause[1:]}"
        text = f"{lead}, according to a letter from {name}, {role}, to the council."
        yield Case("", "letter", text, [Expect(lead, "indirect", name, Contains(post))])


ROUND35_MAIN: tuple[Capability, ...] = (
    named(
        "names.quoted_nickname",
        "5",
        'The ROLE, FIRST "NICK" LAST, said C. / "Q," FIRST "NICK" LAST shouted.: FIRST LAST',
        quoted_nickname,
    ),
    named(
        "marks.capital_credit_after_question",
        "8",
        '"Q?" The ROLE asked. / "Q!" SURNAME\'s niece, NAME, shouted.: the ROLE / NAME',
        capital_credit_after_question,
    ),
    named(
        "titles.abbreviated_title_apposition",
        "6",
        "The ROLE, state Sen. NAME, said C.: NAME, Sen.",
        abbreviated_title_apposition,
    ),
    named(
        "names.nickname_alias",
        "5",
        'FIRST "NICK" LAST ... "Q," NICK said. / NAME, known to everyone as NICK, ...: NAME',
        nickname_alias,
    ),
    named(
        "titles.trait_then_post",
        "6",
        "NAME, a mother of two, ROLE at BODY, said C.: ROLE",
        trait_then_post,
    ),
    named(
        "names.body_apposition_chain",
        "5",
        "NAME, ROLE at BODY, a unit of BODY2, said C.: NAME",
        body_apposition_chain,
    ),
    named(
        "cue.date_adjunct_degree",
        "1",
        "NAME late on Tuesday said C.: NAME",
        date_adjunct_degree,
    ),
    named(
        "cue.stance_adverbial_report",
        "2",
        "Few were surprised when NAME said C.: NAME's report only",
        stance_adverbial_report,
    ),
    named(
        "pronoun.business_it",
        "4",
        'BODY said that it had lost contracts to GPS makers. "Q," it said.: BODY',
        business_it,
    ),
    named(
        "titles.bracketed_modified_role",
        "6",
        'NAME (operations manager, BODY): "Q.": the bracket\'s role',
        bracketed_modified_role,
    ),
    named(
        "names.role_then_relative",
        "5",
        "NAME, ROLE at BODY, who ..., said C.: NAME",
        role_then_relative,
    ),
    named(
        "marks.work_title_in_relative",
        "8",
        "NAME, who appears in the album 'T', said C 'Q'.: NAME, no quotation 'T'",
        work_title_in_relative,
    ),
    named(
        "titles.hyphenated_title",
        "6",
        "NAME, semi-retired locksmith, said C. / Third-generation grower NAME said C.: the title",
        hyphenated_title,
    ),
    named(
        "titles.champion_title",
        "6",
        "Former two-time regional champion NAME said C.: NAME, champion",
        champion_title,
    ),
    named(
        "turns.interview_answers",
        "3",
        "NAME of the PAPER interviewed NAME2, ROLE. | Q: ... | A: ...: NAME2",
        interview_answers,
    ),
    named(
        "names.relative_then_named",
        "5",
        '"Q," says the woman who rebuilt X after the fire, NAME.: NAME',
        relative_then_named,
    ),
    named(
        "titles.capitalised_shaped_role",
        "6",
        "Head Greenkeeper NAME said C.: NAME, Head Greenkeeper",
        capitalised_shaped_role,
    ),
    named(
        "cue.according_appositions",
        "3",
        "According to NAME, ROLE at BODY since 1994, C. / C, according to a letter from NAME, ROLE, to X.: C",
        according_to_appositions,
    ),
)
