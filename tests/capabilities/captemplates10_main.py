"""Development capabilities added on ``main`` in the eleventh round (issue 11): a business noun
('the company', 'the lender') refers back to a trading body, never to a public or membership
body named more saliently; a body after 'a filing with' / 'a complaint to' is the document's
recipient, never its author. Bodies and sentences of their own.

``captemplates.py`` adds :data:`ROUND10_MAIN` to its ``CAPABILITIES``.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from capdata import MARKS
from capkit import Capability, Case, Contains, Expect, named

#: Public, judicial and membership bodies (the subject that acts on the company).
PUBLIC = (
    "the Coastal Fisheries Commission",
    "the Department of Rural Affairs",
    "the Tarn Valley Water Authority",
    "the Glassworkers Union",
    "the Harbour Licensing Board",
    "the Northmoor County Council",
)
#: Trading bodies and the business nouns that refer back to them.
TRADERS = (
    ("Ostrava Glassworks", "company"),
    ("Pellow Freight", "firm"),
    ("Harwick Savings Bank", "lender"),
    ("Trevane Mining", "company"),
    ("Kilbride Ferries", "operator"),
    ("Harlow Brake Systems", "supplier"),
    ("Dunmore Civil Works", "contractor"),
    ("Pellow Fresh Produce", "wholesaler"),
)
ACTS = (
    "{p} fined {t} $2 million on Monday.",
    "{p} opened an inquiry into {t} last week.",
    "On Friday, {p} rejected a request from {t}.",
)
CLAIM = "it would appeal the decision"
WORDS = "We will appeal"


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def business_noun() -> Iterator[Case]:
    """PUBLIC BODY acts on TRADER. The company said C. -> TRADER (indirect and direct)."""
    for public, (trader, noun), act, direct in itertools.product(PUBLIC, TRADERS, ACTS, (False, True)):
        opening = _capital(act.format(p=public, t=trader))
        bare = public.removeprefix("the ")
        if direct:
            for marks in MARKS[:2]:
                quote = marks.q(WORDS + ",")
                yield Case(
                    "",
                    f"{noun}|direct|{marks.name}",
                    f"{opening} {quote} the {noun} said.",
                    [Expect(quote, "direct", trader)],
                    exact=False,  # ('rejected a request from X' is a stance of its own)
                    wrong_speakers=[(quote, bare)],
                )
        else:
            yield Case(
                "",
                f"{noun}|indirect",
                f"{opening} The {noun} said {CLAIM}.",
                [Expect(CLAIM, "indirect", trader)],
                exact=False,
                wrong_speakers=[(CLAIM, bare)],
            )


#: Documents sent to a body, with the preposition that names the recipient.
RECIPIENT_DOCUMENTS = ("a filing with", "a letter to", "a complaint to", "filings with")
FINDING = "the closure will cost Pellow Freight $40 million"


def document_recipient() -> Iterator[Case]:
    """C, according to a filing with PUBLIC BODY. -> the body is no speaker."""
    for public, document, fronted in itertools.product(PUBLIC, RECIPIENT_DOCUMENTS, (False, True)):
        source = f"{document} {public}"
        if fronted:
            text = f"{_capital('according to ' + source)}, {FINDING}."
            content = FINDING
        else:
            content = _capital(FINDING)
            text = f"{content}, according to {source}."
        yield Case(
            "",
            f"{document}|{'fronted' if fronted else 'after'}",
            text,
            [],
            exact=False,
            wrong_speakers=[(content, public.removeprefix("the "))],
        )


#: Named people with a quoted nickname of one to three words between first name and surname.
NICKNAMED = (
    ("Kofi", "The Anchor", "Mensah"),
    ("Bernadette", "Bunny", "Okonjo"),
    ("Tomasz", "The Quiet Man", "Wielgus"),
    ("Lorna", "Lightning", "McFadyen"),
    ("Iker", "El Muro", "Arrieta"),
)
#: Title shapes before the name, led by an adjective that only modifies nouns where the role
#: noun is also a verb ('Former champion', 'Onetime coach').
NICK_TITLES = ("", "Former champion ", "Onetime coach ", "Team captain ")
LATER = "I gave it everything"


def nickname_in_name() -> Iterator[Case]:
    """TITLE FIRST "NICK" SURNAME, 41, said C. ... "C2," SURNAME said. -> FIRST SURNAME."""
    for (given, nick, surname), title, marks, age in itertools.product(
        NICKNAMED, NICK_TITLES, MARKS[:2], (True, False)
    ):
        full = f"{given} {surname}"
        aged = ", 41," if age else ""
        opening = f"{title}{given} {marks.q(nick)} {surname}{aged} said {CLAIM}."
        later = marks.q(LATER + ",")
        text = f"{opening}\n\n{later} {surname} said."
        want = title.strip() or None
        yield Case(
            "",
            f"{nick}|{title.strip() or '-'}|{marks.name}|{'age' if age else '-'}",
            text,
            [Expect(CLAIM, "indirect", full, want), Expect(later, "direct", full, want)],
            forbidden=(nick,),
        )


#: People for lists of role-name pairs (first names the first-name table lists).
PAIRED = (
    ("Ada Vance", "Vance"),
    ("Ivo Marsh", "Marsh"),
    ("Thomas Reyes", "Reyes"),
    ("Grace Okafor", "Okafor"),
)
PAIR_ROLES = ("its chair", "its treasurer", "the council's lawyer", "a retired engineer")
DOUBLE_Q = MARKS[1]
PAIR_LINES = ("We will meet again", "Not before the audit", "The figures are wrong")


def role_name_pairs() -> Iterator[Case]:
    """The panel heard from ROLE1, NAME1, ROLE2, NAME2, and ROLE3, NAME3. "C," SURNAME said.
    -> each name with its own role, never the next pair's."""
    for people in itertools.permutations(PAIRED, 3):
        for roles in itertools.permutations(PAIR_ROLES, 3):
            pairs = [f"{r}, {n}" for r, (n, _) in zip(roles, people, strict=True)]
            intro = f"The panel heard from {pairs[0]}, {pairs[1]}, and {pairs[2]}."
            quotes = [DOUBLE_Q.q(line + ",") for line in PAIR_LINES]
            body = " ".join(f"{q} {s} said." for q, (_, s) in zip(quotes, people, strict=True))
            titles = [r.split(" ", 1)[1] if r.startswith(("its ", "a ")) else r for r in roles]
            yield Case(
                "",
                "|".join(r.split()[-1] for r in roles),
                f"{intro}\n\n{body}",
                [
                    Expect(q, "direct", n, Contains((t.split()[-1],)))
                    for q, (n, _), t in zip(quotes, people, titles, strict=True)
                ],
            )


#: Titles that are also surnames, before a full name, then before the surname alone.
SURNAME_TITLES = ("Judge", "Dean", "Bishop", "Sheriff", "Major", "General", "Warden")
TITLED_PEOPLE = (
    ("Alison Carrick", "Carrick"),
    ("Obinna Eze", "Eze"),
    ("Liesl Vermaak", "Vermaak"),
    ("Rory Quinlan", "Quinlan"),
)
OTHERS = ("Ruth Ede", "Colm Byrne")


def title_then_surname() -> Iterator[Case]:
    """TITLE FIRST LAST said C. ... "C2," TITLE LAST said. -> FIRST LAST (title TITLE) both times."""
    for title, (full, surname), other, marks in itertools.product(
        SURNAME_TITLES, TITLED_PEOPLE, OTHERS, MARKS[:2]
    ):
        later = marks.q(LATER + ",")
        text = (
            f"{title} {full} said {CLAIM}.\n\nA lawyer, {other}, asked for more time.\n\n"
            f"{later} {title} {surname} said."
        )
        yield Case(
            "",
            f"{title}|{marks.name}",
            text,
            [Expect(CLAIM, "indirect", full, title), Expect(later, "direct", full, title)],
            exact=False,
        )


#: People whose surname is a role noun, and how the article introduces them.
ROLE_SURNAMES = ("Dean", "Judge", "Major", "Bishop", "Warden", "Marshal", "King", "Sheriff")
ROLE_SURNAME_FIRSTS = ("Harold", "Ellen", "Samuel", "Priya")
INTRODUCTIONS = ("Mayor {n} opened the meeting.", "{n}, a lawyer for the tenants, spoke first.")
CREDITS = ("{q} {s} said.", "{q} said {s}.")


def role_word_surname() -> Iterator[Case]:
    """FIRST ROLE-SURNAME introduced; later "C," SURNAME said. -> FIRST SURNAME, not a role."""
    for surname, given, intro, credit, marks in itertools.product(
        ROLE_SURNAMES, ROLE_SURNAME_FIRSTS, INTRODUCTIONS, CREDITS, MARKS[:2]
    ):
        full = f"{given} {surname}"
        quote = marks.q(LATER + ",")
        text = f"{intro.format(n=full)}\n\n{credit.format(q=quote, s=surname)}"
        yield Case(
            "", f"{surname}|{credit[4:9]}|{marks.name}", text, [Expect(quote, "direct", full)], exact=False
        )


#: Pairs of people of one gender: the first is named inside the second's quotation.
SAME_GENDER = (
    (("Dolores Haddad", "Haddad", "Dolores"), ("Margit Sorensen", "Sorensen"), "she", "her"),
    (("Wendell Okoye", "Okoye", "Wendell"), ("Tobias Lindqvist", "Lindqvist"), "he", "his"),
    (("Ruth Abernethy", "Abernethy", "Ruth"), ("Noor Hamdan", "Hamdan"), "she", "her"),
)
INNER = (
    "{first} taught me everything I know",
    "{surname} was the best boss I ever had",
    "{first} still calls me every week",
)
#: The quotation goes on, with the other person as the subject of its sentence.
GOES_ON = ("But {first} can only be in one place at a time.", "{surname} never takes a day off.")
FOLLOW_UPS = ("{P} added that {claim}.", "{P} said {claim}.", "{q} {p} added.")


def pronoun_after_quoted_name() -> Iterator[Case]:
    """A and B introduced; "A did X," B's pronoun said. NEW PARAGRAPH She added ... -> B, not A
    (a subject inside somebody's quotation is not the narrative's topic). Known failure, kept in
    the floor: a first name the name table does not list (*Noor*) loses the first *she* to the
    listed *Ruth* named before it."""
    for ((a_full, a_sur, a_first), (b_full, _), p, poss), inner, more, follow, marks in itertools.product(
        SAME_GENDER, INNER, GOES_ON, FOLLOW_UPS, MARKS[:2]
    ):
        intro = f"{a_full} has inspected bridges for 30 years. {b_full}, 44, was once {a_sur}'s trainee."
        first = marks.q(inner.format(first=a_first, surname=a_sur) + ",")
        second = marks.q(WORDS + ",")
        tail = follow.format(P=p.capitalize(), p=p, claim=CLAIM, q=second)
        on = marks.q(more.format(first=a_first, surname=a_sur))
        split = f"{first} {p} said in {poss} office. {on}"
        text = f"{intro}\n\n{split}\n\n{tail}"
        expected = [Expect(split, "direct", b_full, parts=(first, on))]
        if "{q}" in follow:
            expected.append(Expect(second, "direct", b_full))
        else:  # (the content of a reported clause holds its 'that')
            expected.append(Expect(("that " if "that" in follow else "") + CLAIM, "indirect", b_full))
        yield Case("", f"{p}|{more[:6]}|{follow[:6]}|{marks.name}", text, expected, exact=False)


#: A body named early in the story, and unnamed bodies a later paragraph is about.
EARLY_BODIES = ("the Tarn Valley Water Authority", "Kilbride Ferries", "the Clarks River Trust")
UNNAMED_BODIES = ("The inspectors' union", "The tenants' association", "The committee")
ITS_PEOPLE = (("Walter Brandt", "president"), ("Ines Marr", "chairwoman"), ("Tomas Rek", "secretary"))


def possessive_owner() -> Iterator[Case]:
    """BODY named early; two paragraphs later 'The union is not so sure. Its president, NAME,
    said C.' -> title ROLE, never 'ROLE of BODY'; the control names the body in the sentence
    before ('BODY is not so sure. Its president ...' -> 'ROLE of BODY', with the *the* the text
    writes before the body's name)."""
    for early, unnamed, (name, role), named_control in itertools.product(
        EARLY_BODIES, UNNAMED_BODIES, ITS_PEOPLE, (False, True)
    ):
        opening = f"{_capital(early)} reported the fault in May.\n\nThe repairs will take a year."
        subject = _capital(early) if named_control else unnamed
        text = f"{opening}\n\n{subject} is not so sure. Its {role}, {name}, said {CLAIM}."
        title = f"{role} of {early}" if named_control else role  # (round 17: the body's *the* as written)
        yield Case(
            "",
            f"{'named' if named_control else unnamed.split()[-1]}|{role}",
            text,
            [Expect(CLAIM, "indirect", name, title)],
            exact=False,
        )


#: Anonymous sources 'familiar with' / 'close to' a thing, and its determiners.
ANONYMOUS = ("two people familiar with", "a person close to", "officials familiar with", "a source close to")
DETERMINED = ("its plans", "his family", "her campaign", "their talks", "the talks", "its board")
ANON_FORMS = ("{c}, according to {s}.", "{c}, {s} said.", "{S} said {c}.")


def anonymous_familiar() -> Iterator[Case]:
    """C, according to two people familiar with its plans. -> the whole phrase speaks."""
    for anon, thing, form in itertools.product(ANONYMOUS, DETERMINED, ANON_FORMS):
        source = f"{anon} {thing}"
        content = FINDING if form.startswith("{S}") else _capital(FINDING)
        text = form.format(c=content, s=source, S=_capital(source))
        speaker = source.split(" ", 1)[1] if source.startswith(("a ", "two ")) else source
        yield Case(
            "",
            f"{anon.split()[-1]}|{thing.split()[0]}|{form[:4]}",
            text,
            [Expect(content, "indirect", (speaker, source))],
        )


#: Bodies named in full early, and the lower-case phrase a later paragraph refers back with.
MODIFIED_BODIES = (
    ("the Legislative Fiscal Bureau", "the fiscal bureau"),
    ("the Harbour Licensing Board", "the licensing board"),
    ("the Northmoor Water Authority", "the water authority"),
    ("the Coastal Fisheries Commission", "the fisheries commission"),
    ("the Kestrel Valley Rail Partnership", "the rail partnership"),
    ("the Northern Dairy Farmers Association", "the farmers association"),
)
FILLER = "The vote is due in March. Both parties have set out their plans. Neither has moved."


def modified_body_noun() -> Iterator[Case]:
    """BODY named; paragraphs later 'the fiscal bureau said C' -> BODY (its name holds the words)."""
    for (body, phrase), gap, direct in itertools.product(MODIFIED_BODIES, (1, 2, 4), (False, True)):
        opening = f"{_capital(body)} published its figures on Monday."
        middle = "\n\n".join([FILLER] * gap)
        name = body.removeprefix("the ")
        if direct:
            quote = MARKS[1].q(WORDS + ",")
            tail, expect = f"{quote} {phrase} said.", Expect(quote, "direct", name)
        else:
            tail, expect = f"{_capital(phrase)} said {CLAIM}.", Expect(CLAIM, "indirect", name)
        yield Case(
            "",
            f"{phrase.split()[-1]}|{gap}|{'direct' if direct else 'indirect'}",
            f"{opening}\n\n{middle}\n\n{tail}",
            [expect],
            exact=False,
        )


#: A hearing's labelled turns, then an interview with one of its witnesses.
HEARING_PEOPLE = (
    ("Joanne Tremblay", "Tremblay", "MS. TREMBLAY"),
    ("Kwame Asante", "Asante", "MR. ASANTE"),
    ("Ilse Brandt", "Brandt", "DR. BRANDT"),
)
QUESTIONERS = (("Douglas Marlow", "SEN. MARLOW"), ("Ruth Okafor", "REP. OKAFOR"))


def interview_after_hearing() -> Iterator[Case]:
    """Labelled hearing turns (the senator speaks last), then 'Afterwards, WITNESS spoke to the
    Ledger.' and Q:/A: turns -> every answer is the witness's, not the senator's."""
    for (full, surname, label), (senator, s_label), marks in itertools.product(
        HEARING_PEOPLE, QUESTIONERS, ("", "Her answers have been edited. ")
    ):
        hearing = (
            f"The committee heard from {full}, the utility's manager, and from {senator}.\n\n"
            f"{label}: We acted as fast as we could.\n\n{s_label}: Were any of those people warned?"
        )
        intro = f"After the hearing, {surname} spoke to the Ledger. {marks}".rstrip()
        answer = "Every day for eleven days. Somebody has to fix the intake."
        text = f"{hearing}\n\n{intro}\n\nQ: Did you think about resigning?\n\nA: {answer}"
        yield Case(
            "",
            f"{surname}|{s_label}|{'note' if marks else '-'}",
            text,
            [Expect(answer, "direct", full)],
            exact=False,
            wrong_speakers=[(answer, senator)],
        )


#: Bodies whose names join two halves with *and* before their head noun.
HALVED_BODIES = (
    "Ports and Harbours Authority",
    "Roads and Bridges Department",
    "Forests and Rivers Agency",
    "Food and Farming Commission",
    "Fish and Wildlife Service",
)
HALVED_FORMS = ("The {b} {v} {c}.", "{C}, the {b} {v}.", "{C}, according to the {b}.", "{q} {v} the {b}.")
HALVED_VERBS = ("said", "says", "added")


def body_name_halves() -> Iterator[Case]:
    """'the Roads and Bridges Department said C' -> the whole name, not 'Bridges Department'."""
    for body, form, verb in itertools.product(HALVED_BODIES, HALVED_FORMS, HALVED_VERBS):
        if "{v}" not in form and verb != "said":
            continue
        quote = MARKS[1].q(WORDS + ",")
        content = quote if "{q}" in form else (CLAIM if "{c}" in form else _capital(CLAIM))
        text = form.format(b=body, c=CLAIM, C=_capital(CLAIM), q=quote, v=verb)
        kind = "direct" if "{q}" in form else "indirect"
        yield Case("", f"{body.split()[-1]}|{form[:6]}|{verb}", text, [Expect(content, kind, body)])


#: Documents credited to a named author once, then referred back to with *the*.
AUTHORED_DOCS = ("memo", "report", "letter", "study")
AUTHORS = ("the Legislative Fiscal Bureau", "the Harbour Licensing Board", "Kilbride Ferries")


def same_document() -> Iterator[Case]:
    """C1, according to a memo from BODY. ... "C2," the memo said. -> BODY both times."""
    for noun, author, gap in itertools.product(AUTHORED_DOCS, AUTHORS, (" ", "\n\n")):
        quote = MARKS[1].q(WORDS + ",")
        name = author.removeprefix("the ")
        text = f"{_capital(CLAIM)}, according to a {noun} from {author}.{gap}{quote} the {noun} said."
        yield Case(
            "",
            f"{noun}|{name.split()[0]}|{'paragraph' if gap.strip() == '' and len(gap) > 1 else 'sentence'}",
            text,
            [Expect(_capital(CLAIM), "indirect", name), Expect(quote, "direct", name)],
        )


#: Verbs that open a sentence before a titled name (imperatives), and the titles they precede.
OPENING_VERBS = ("Ask", "Recall", "Tell", "Call")
OPENED_TITLES = ("Mayor", "Sen.", "Gov.", "Councillor")


def opening_verb_title() -> Iterator[Case]:
    """'Ask Mayor Ada Quist and she will say C.' ... 'Quist said C2.' -> title 'Mayor', never 'Ask Mayor'."""
    for verb, title, (full, surname) in itertools.product(OPENING_VERBS, OPENED_TITLES, PAIRED):
        text = f"{verb} {title} {full} about the ferry and you get a long answer. {surname} said {CLAIM}."
        yield Case("", f"{verb}|{title}", text, [Expect(CLAIM, "indirect", full, title)], exact=False)


ROUND10_MAIN: tuple[Capability, ...] = (
    named(
        "nominals.business_noun",
        "4",
        "PUBLIC BODY fined TRADER. The company said C: the trading body, not the public one",
        business_noun,
    ),
    named(
        "documents.recipient_not_author",
        "5",
        "C, according to a filing with / a letter to PUBLIC BODY: the recipient is no speaker",
        document_recipient,
    ),
    named(
        "names.nickname_inside",
        "5",
        'TITLE FIRST "NICK" SURNAME said C; later SURNAME said: FIRST SURNAME, the nickname no quote',
        nickname_in_name,
    ),
    named(
        "titles.role_name_pairs",
        "6",
        "ROLE1, NAME1, ROLE2, NAME2, and ROLE3, NAME3: each name its own role, not the next one's",
        role_name_pairs,
    ),
    named(
        "names.title_then_surname",
        "5",
        "TITLE FIRST LAST said C; later TITLE LAST said: one person, even when the title is also a surname",
        title_then_surname,
    ),
    named(
        "names.role_word_surname",
        "5",
        "FIRST DEAN introduced; later DEAN said: the person, not a role word",
        role_word_surname,
    ),
    named(
        "pronoun.after_quoted_name",
        "4",
        '"A taught me," she said. NEW PARAGRAPH She added C: the speaker, not A named in her quotation',
        pronoun_after_quoted_name,
    ),
    named(
        "titles.possessive_owner",
        "6",
        "BODY early; 'The union is not so sure. Its president, NAME, said': no affiliation from far back",
        possessive_owner,
    ),
    named(
        "source.familiar_with_determiner",
        "2",
        "C, according to two people familiar with its plans: the whole phrase, any determiner",
        anonymous_familiar,
    ),
    named(
        "nominals.modified_body_noun",
        "4",
        "BODY named; later 'the fiscal bureau said C': the body whose name holds the words",
        modified_body_noun,
    ),
    named(
        "structure.interview_after_hearing",
        "3",
        "hearing turns, then 'WITNESS spoke to the Ledger.' Q:/A: -> the witness answers, not the senator",
        interview_after_hearing,
    ),
    named(
        "names.body_name_halves",
        "5",
        "the Roads and Bridges Department said C: one body's name over its 'and'",
        body_name_halves,
    ),
    named(
        "documents.same_document",
        "5",
        'C1, according to a memo from BODY. "C2," the memo said: BODY both times',
        same_document,
    ),
    named(
        "titles.opening_verb",
        "6",
        "Ask Mayor NAME ...: the title is 'Mayor', not 'Ask Mayor'",
        opening_verb_title,
    ),
)
