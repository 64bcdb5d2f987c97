"""Development capabilities of the seventh round of rule work (issue 11): one generator per
mechanism, with sentences, people and bodies of their own (none from the held-out files).

Each capability is a generator of :class:`~capkit.Case` objects; ``captemplates.py`` adds
:data:`ROUND7` to its ``CAPABILITIES``.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from capdata import DOUBLE_MARKS, MARKS, Person
from capkit import ANY, Capability, Case, Contains, Expect, named, sample


def _p(full: str, surname: str, gender: str, shape: str) -> Person:
    return Person(full, surname, gender, shape)


#: People of this file: surnames with Mc/Mac/O', hyphens, capitals inside, role words, and
#: first names that no first-name table lists.
PEOPLE7 = (
    _p("Catriona MacKinnon", "MacKinnon", "f", "Mc/O'"),
    _p("Declan O'Rourke", "O'Rourke", "m", "Mc/O'"),
    _p("Eilidh McCrae", "McCrae", "f", "Mc/O'"),
    _p("Bartholomew Ince-Lacey", "Ince-Lacey", "m", "hyphenated"),
    _p("Solveig Brand-Ottesen", "Brand-Ottesen", "f", "hyphenated"),
    _p("Harriet Judge", "Judge", "f", "role surname"),
    _p("Colm Deacon", "Deacon", "m", "role surname"),
    _p("Ottoline Marsh", "Marsh", "f", "word surname"),
    _p("Mbali Khumalo", "Khumalo", "f", "non-Anglo"),
    _p("Radek Wisniewski", "Wisniewski", "m", "non-Anglo"),
    _p("Ingrid DeVries", "DeVries", "f", "capital inside"),
    _p("Piers Haddington", "Haddington", "m", "plain"),
)

#: Bodies of this file (some with no organisation word in the name).
BODIES7 = ("Quarrington Ferries", "the Elmsford Water Board", "Harrowgate Foods", "Caldbeck Mills")


# -- transcripts and interviews -------------------------------------------------------------

#: Turns of a debate or an interview (our own sentences).
TURNS7 = (
    "Why did the ferry contract go to a company with no boats?",
    "Because it offered the lowest price by a wide margin.",
    "The islanders say the price was the only thing it offered.",
    "They will change their minds when the first boat sails.",
)

#: Introductions naming the two speakers of a transcript: {a} asks, {b} answers.
TRANSCRIPT_INTROS = (
    "What follows is a transcript of the radio debate between {a} and {b}.",
    "On Sunday, {a} put our readers' questions to {b}. The exchange has been edited for length.",
    "{b} sat down with {a} at the harbour office last week.",
)


def transcript_surnames() -> Iterator[Case]:
    """A transcript labelled by surnames in capitals (``MACKINNON:``, ``O'ROURKE:``,
    ``INCE-LACEY:``, ``JUDGE:``) after an introduction that names both speakers in full."""
    pairs = list(itertools.permutations(PEOPLE7, 2))
    for (a, b), intro in sample(itertools.product(pairs, TRANSCRIPT_INTROS), 240, "r7-transcript"):
        la, lb = a.surname.upper(), b.surname.upper()
        lead = intro.format(a=a.full, b=b.full)
        body = "".join(f"\n\n{(la, lb)[k % 2]}: {t}" for k, t in enumerate(TURNS7))
        yield Case(
            "",
            "r7-transcript",
            lead + body,
            [Expect(t, "direct", (a.full, b.full)[k % 2], ANY, "person") for k, t in enumerate(TURNS7)],
            exact=False,
        )


#: Interview labels as printed: (question label, answer label).
QA_LABELS = (("Question", "Answer"), ("QUESTION", "ANSWER"), ("Q", "A"))

#: Introductions of an interviewee; {n} is the full name, {p} the pronoun, {b} a body.
QA_INTROS = (
    "{n} has run {b} since the floods. We spoke to {o} about the winter ahead.",
    "For eleven years {n} kept the accounts at {b}. This interview has been condensed.",
    "{n}, who left {b} in March, agreed to answer our questions.",
)

QA_QUESTIONS = ("What went wrong last winter?", "Would you take the job again?")
QA_ANSWERS = ("We trusted a forecast that was plainly wrong.", "Only if the board changed first.")


def qa_labels() -> Iterator[Case]:
    """An interview labelled ``Question:``/``Answer:`` (or in capitals, or ``Q:``/``A:``): the
    answers are the interviewee's, including a person whose first name no table lists."""
    combos = itertools.product(PEOPLE7, BODIES7, QA_LABELS, range(len(QA_INTROS)))
    for p, body, (ql, al), k in sample(combos, 240, "r7-qa"):
        obj = "her" if p.gender == "f" else "him"
        intro = QA_INTROS[k].format(n=p.full, b=body, o=obj)
        q1, q2 = QA_QUESTIONS
        a1, a2 = QA_ANSWERS
        text = f"{intro}\n\n{ql}: {q1}\n\n{al}: {a1}\n\n{ql}: {q2}\n\n{al}: {a2}"
        yield Case(
            "",
            "r7-qa",
            text,
            [Expect(a1, "direct", p.full), Expect(a2, "direct", p.full)],
            exact=False,
            wrong_speakers=((q1, p.full), (q2, p.full)),
        )


# -- documents crediting their issuer ------------------------------------------------------

#: Direct quotations and reported clauses of this file (our own sentences).
QUOTES7 = (
    "The last sailing leaves at six",
    "Boil all tap water until further notice",
    "The canteen will close on Fridays",
    "Pay talks will resume in the new year",
)
CLAUSES7 = (
    "the last sailing would leave at six",
    "tap water should be boiled until further notice",
    "the canteen would close on Fridays",
    "pay talks would resume in the new year",
)

#: Documents with their issuer: (frame with {B} / {b} for the body, {c} for the content, kind).
DOCUMENT_FRAMES7 = (
    ("{B} put up a notice at the gate on Monday. The notice read: {q}", "direct"),
    ("{B} pinned a short notice to the door. The notice said: {q}", "direct"),
    ("{B} emailed a memo to staff last week. The memo read: {q}", "direct"),
    ("{C}, according to figures published by {b}.", "indirect"),
    ("{C}, according to official statistics from {b}.", "indirect"),
    ("{C}, according to data released by {b} on Tuesday.", "indirect"),
    ("A letter from {b} to customers said that {c}.", "indirect"),
    ("A memo from {b} to its drivers warned that {c}.", "indirect"),
    ("The notice from {b} stated that {c}.", "indirect"),
)


def _body_name(body: str) -> str:
    return body.removeprefix("the ")


def document_issuers() -> Iterator[Case]:
    """A notice, memo, letter, figures, statistics or data credit the body that issued them:
    `BODY put up a notice ... The notice read: "C."`, `C, according to figures published by
    BODY.`, `A letter from BODY to customers said that C.`; the document posted in the first
    sentence is no quotation."""
    combos = itertools.product(BODIES7, range(len(QUOTES7)), range(len(DOCUMENT_FRAMES7)), DOUBLE_MARKS)
    for body, k, d, m in sample(combos, 260, "r7-documents"):
        frame, kind = DOCUMENT_FRAMES7[d]
        clause = CLAUSES7[k]
        if kind == "direct":
            content = m.q(QUOTES7[k] + ".")
        elif "{C}" in frame:
            content = clause[:1].upper() + clause[1:]
        else:
            content = f"that {clause}"
        text = frame.format(B=body[:1].upper() + body[1:], b=body, q=content, C=content, c=clause)
        yield Case("", f"r7-document-{d}", text, [Expect(content, kind, _body_name(body))])


# -- adverbs beside an attribution ----------------------------------------------------------

#: Adverbs written beside a cue (of manner in -ly, and of time), none in a source's name.
ADVERBS7 = ("grimly", "softly", "cheerfully", "bluntly", "hastily", "then", "again")
#: Cue verbs of this file: (past, present).
CUES7 = (("said", "says"), ("added", "adds"), ("replied", "replies"), ("insisted", "insists"))


def cue_adverbs() -> Iterator[Case]:
    """An adverb before or after an inverted cue, or between the name and the cue, stays out
    of the speaker's name: `"C," ADV said NAME.`, `"C," said NAME ADV.`, `"C," NAME ADV
    said.`, `"C," the ROLE ADV said.`"""
    shapes = (
        "{q} {adv} {verb} {name}.",
        "{q} {verb} {name} {adv}.",
        "{q} {name} {adv} {verb}.",
    )
    combos = itertools.product(PEOPLE7, ADVERBS7, CUES7, range(len(shapes)), MARKS, (0, 1))
    for p, adv, (past, present), shape, m, tense in sample(combos, 400, "r7-adverbs"):
        if shape and not adv.endswith("ly"):
            continue  # (a time adverb only before the cue: 'NAME then said' goes on with a report)
        quote = m.q(QUOTES7[len(adv) % len(QUOTES7)] + ",")
        text = shapes[shape].format(q=quote, adv=adv, verb=(past, present)[tense], name=p.full)
        yield Case("", f"r7-adverb-{shape}", text, [Expect(quote, "direct", p.full, None, "person")])


# -- a speaker picked out of a group, named in apposition -----------------------------------

#: Groups introduced in a first sentence, and how a member is picked out of them.
GROUPS7 = ("Three lock-keepers", "A handful of canteen staff", "Several islanders", "Two night porters")
PICKS7 = ("one of them", "another", "a third", "the eldest", "one of the group")


def picked_member() -> Iterator[Case]:
    """`GROUP ... "C," PICK, NAME, VERB.`: the quotation ends at its closing mark and the
    member named in apposition speaks."""
    combos = itertools.product(GROUPS7, PICKS7, PEOPLE7, CUES7, DOUBLE_MARKS)
    for group, pick, p, (past, _), m in sample(combos, 240, "r7-picked"):
        quote = m.q(QUOTES7[len(pick) % len(QUOTES7)] + ",")
        text = f"{group} stood by the slipway on Sunday. {quote} {pick}, {p.full}, {past}."
        yield Case("", "r7-picked", text, [Expect(quote, "direct", p.full, ANY, "person")])


# -- titles with their modifiers and employer -------------------------------------------------

#: Titles before a name with a lower-case modifier that is also a verb form (a gerund, a title
#: modifier such as *state*), with the parts the title must keep.
PREMODS7 = (
    ("Caldbeck Mills' marketing director", ("marketing director",)),
    ("the Elmsford Water Board's engineering chief", ("engineering chief", "Elmsford Water Board")),
    ("Vermont state Representative", ("Vermont state Representative",)),
    ("Harrowgate Foods' training manager", ("training manager",)),
    ("county Commissioner", ("county Commissioner",)),
)
#: Appositions naming a job and its employer, and what the title must keep.
EMPLOYERS7 = (
    ("a ferry mechanic at Quarrington Ferries", ("ferry mechanic", "Quarrington Ferries")),
    ("a bread buyer with Harrowgate Foods", ("bread buyer", "Harrowgate Foods")),
    (
        "co-founder and former director of Caldbeck Mills",
        ("co-founder and former director", "Caldbeck Mills"),
    ),
    ("a flood warden for the Elmsford Water Board", ("flood warden", "Elmsford Water Board")),
)


def titles_modified() -> Iterator[Case]:
    """`"C," said PREMOD NAME.` / `PREMOD NAME said that C.` keep the modifier in the title and
    the person as the speaker; `NAME, EMPLOYER-APPOSITION, said C.` and `According to NAME,
    APPOSITION, C.` keep the job and its employer in the title and out of the content."""
    combos = itertools.product(PEOPLE7, PREMODS7, range(len(QUOTES7)), DOUBLE_MARKS, (False, True))
    for p, (pre, parts), k, m, direct in sample(combos, 160, "r7-premod"):
        lead = pre[:1].upper() + pre[1:]
        if direct:
            quote = m.q(QUOTES7[k] + ",")
            text = f"{quote} said {pre} {p.full}."
            expect = Expect(quote, "direct", p.full, Contains(parts), "person")
        else:
            text = f"{lead} {p.full} said on Friday that {CLAUSES7[k]}."
            expect = Expect(f"that {CLAUSES7[k]}", "indirect", p.full, Contains(parts), "person")
        yield Case("", f"r7-premod-{int(direct)}", text, [expect])
    combos2 = itertools.product(PEOPLE7, EMPLOYERS7, range(len(CLAUSES7)), (False, True))
    for p, (appos, parts), k, fronted in sample(combos2, 160, "r7-employer"):
        clause = CLAUSES7[k]
        if fronted:
            text = f"According to {p.full}, {appos}, {clause}."
        else:
            text = f"{p.full}, {appos}, said {clause}."
        yield Case(
            "", f"r7-employer-{int(fronted)}", text, [Expect(clause, "indirect", p.full, Contains(parts))]
        )


# -- a person or body referred back to by its role or noun ------------------------------------

#: Roles written before a name and referred back to by *the ROLE* (courts and schools).
COURT_ROLES7 = ("Magistrate", "Coroner", "Registrar", "Headmistress", "Headmaster")
#: Bodies whose last name word is the plural of the noun that refers back to them.
PLURAL_BODIES7 = (
    ("Fenwick Dairies", "the dairy"),
    ("Ashby Breweries", "the brewery"),
    ("Morland Mills", "the mill"),
)
#: Bodies named over *of* and *and* with a head that is an organisation noun.
GUILDS7 = ("The Guild of Coopers and Wheelwrights", "The Guild of Ferrymen and Pilots")


def referred_back() -> Iterator[Case]:
    """`ROLE NAME ... "C," the ROLE said.` names the person; `NAME, the BODY's NOUN, ... "C," he
    said.` titles them with the possessed post; `BODIES ... "C," the BODY-NOUN said.` names the
    body; `The Guild of X and Y said that C.` names the whole body."""
    combos = itertools.product(COURT_ROLES7, PEOPLE7, DOUBLE_MARKS, range(len(QUOTES7)))
    for role, p, m, k in sample(combos, 120, "r7-role-back"):
        quote = m.q(QUOTES7[k] + ",")
        text = f"{role} {p.full} opened the inquiry on Monday.\n\n{quote} the {role.lower()} said."
        yield Case("", "r7-role-back", text, [Expect(quote, "direct", p.full, Contains((role,)), "person")])
    men = [p for p in PEOPLE7 if p.gender == "m"]
    combos2 = itertools.product(men, ("the mill's foreman", "the brewery's night foreman"), DOUBLE_MARKS)
    for p, appos, m in sample(combos2, 40, "r7-possessed-post"):
        quote = m.q(QUOTES7[len(p.full) % len(QUOTES7)] + ",")
        lead = f"Ottoline Marsh, a retired nurse, sat beside {p.full}, {appos}, at the meeting."
        text = f"{lead}\n\n{quote} he said."
        title = appos.removeprefix("the ")
        yield Case("", "r7-possessed-post", text, [Expect(quote, "direct", p.full, title, "person")])
    for (body, noun), k, m in itertools.product(PLURAL_BODIES7, range(len(QUOTES7)), DOUBLE_MARKS):
        quote = m.q(QUOTES7[k] + ",")
        text = f"{body} shut its visitor centre in May. {quote} {noun} said on Friday."
        yield Case("", "r7-plural-body", text, [Expect(quote, "direct", body, None, "organization")])
    for guild, clause in itertools.product(GUILDS7, CLAUSES7):
        text = f"{guild} said on Monday that {clause}."
        name = guild.removeprefix("The ")
        yield Case("", "r7-guild", text, [Expect(f"that {clause}", "indirect", name, None, "organization")])


# -- a colon credit naming the employer after the role --------------------------------------

CREDIT_ROLES7 = ("press officer", "night manager", "shop steward", "harbour pilot")
#: Employers whose names hold an organisation noun or a company word, and places (no body).
CREDIT_BODIES7 = ("Quarrington Ferries", "Harrowgate Foods", "Elmsford Water Board", "Caldbeck Mining")
CREDIT_PLACES7 = ("Whitby", "Port Isaac", "Kirkwall")


def colon_employer() -> Iterator[Case]:
    """`NAME, ROLE, BODY: "C."` in a roundup: the title holds the role and its employer; after a
    place (`NAME, ROLE, PLACE: "C."`) the title is the role alone."""
    combos = itertools.product(PEOPLE7, CREDIT_ROLES7, CREDIT_BODIES7 + CREDIT_PLACES7, DOUBLE_MARKS)
    for p, role, where, m in sample(combos, 240, "r7-colon-employer"):
        other = PEOPLE7[(PEOPLE7.index(p) + 5) % len(PEOPLE7)]
        k = len(where) % len(QUOTES7)
        q1, q2 = m.q(QUOTES7[k] + "."), m.q(QUOTES7[(k + 1) % len(QUOTES7)] + ".")
        first = f"{other.full}, retired docker: {q1}"
        text = f"Voices from the slipway\n\n{first}\n\n{p.full}, {role}, {where}: {q2}"
        title = Contains((role, where)) if where in CREDIT_BODIES7 else role
        expects = [
            Expect(q1, "direct", other.full, "retired docker", "person"),
            Expect(q2, "direct", p.full, title, "person"),
        ]
        yield Case("", "r7-colon-employer", text, expects)


# -- a second predicate of the reporting verb's subject ---------------------------------------

#: Reported clauses holding a quoted phrase whose verb is no simple past (a copula, a modal,
#: a perfect or a present).
MIXED_CLAUSES8 = (
    'the new timetable was "a shambles"',
    'the repairs would take "months, not weeks"',
    'the canteen closure is "a false economy"',
    'the ferry company had been "asleep at the wheel"',
)
#: Second predicates of the reporting verb's subject: a verb of stance in the past, its object.
STANCE_PREDICATES8 = (
    "criticized the harbour board for the delay",
    "praised the night crews",
    "rejected calls for an inquiry",
    "defended the pay offer",
    "accused the council of dragging its feet",
)
#: Reported clauses in the simple past with a quoted phrase after a verb of stance: the stance
#: verb goes on with the reported clause's subject.
SIMPLE_PAST_CLAUSES8 = (
    'the board met in private and rejected "every single" objection',
    'the inspectors arrived late and questioned "nobody at all" about the leak',
    'the club voted on Monday and condemned the "reckless" dredging',
)


def second_predicate() -> Iterator[Case]:
    """`NAME said (that) C and STANCE-VERBED OBJ.`: the mixed content ends before the second
    predicate of the reporting verb's subject when the reported clause has no simple past of
    its own (`said the board met in private and rejected "C"` reports the whole clause)."""
    cues = ("said", "told reporters", "insisted", "argued")
    combos = itertools.product(
        PEOPLE7, cues, MIXED_CLAUSES8, STANCE_PREDICATES8, ("", "that "), ("and", "but")
    )
    for p, cue, clause, pred, that, conj in sample(combos, 240, "r8-second-predicate"):
        text = f"{p.full} {cue} {that}{clause} {conj} {pred}."
        yield Case("", "r8-second-predicate", text, [Expect(that + clause, "mixed", p.full)], exact=False)
    simple = itertools.product(PEOPLE7, cues, SIMPLE_PAST_CLAUSES8)
    for p, cue, clause in sample(simple, 60, "r8-simple-past"):
        text = f"{p.full} {cue} {clause}."
        yield Case("", "r8-simple-past", text, [Expect(clause, "mixed", p.full)])


#: Adverbials between the comma and a participle of saying or naming.
ADVERBIALS8 = ("at one point", "at times", "even", "once again", "in one interview", "later")
#: Adverbs of likelihood: the participle after them is the writer's guess, no report.
HEDGES8 = ("possibly", "perhaps", "probably")


def participle_adverbial() -> Iterator[Case]:
    """`NAME clashed with X, ADVERBIAL calling Y "Z".` is NAME's mixed quote; after `Worse,` the
    sentence's subject speaks; in `..., possibly calling ...` the adverb of likelihood is never
    the speaker."""
    lead = "{n} clashed with the harbour board over the budget, {adv} calling the chairman a {q}."
    combos = itertools.product(PEOPLE7, ADVERBIALS8, DOUBLE_MARKS)
    for p, adv, m in sample(combos, 120, "r8-participle-adverbial"):
        quote = m.q("bully")
        text = lead.format(n=p.full, adv=adv, q=quote)
        yield Case("", "r8-participle-adverbial", text, [Expect(f"the chairman a {quote}", "mixed", p.full)])
    for p, m in sample(itertools.product(PEOPLE7, DOUBLE_MARKS), 30, "r8-worse"):
        minor = m.q("minor")
        text = f"{p.full} spoke to the crew. Worse, the board ignored the leak, even saying it was {minor}."
        yield Case("", "r8-worse", text, [Expect(f"it was {minor}", "mixed", "board")])
    for p, hedge in sample(itertools.product(PEOPLE7, HEDGES8), 30, "r8-hedge"):
        quote = DOUBLE_MARKS[0].q("a fresh start")
        text = f"{p.full} will open the new pier on Sunday, {hedge} calling it {quote}."
        yield Case("", "r8-hedge", text, [], exact=False, wrong_speakers=[(quote, hedge)])


#: Contracted *be* before a progressive cue, by pronoun.
CONTRACTIONS8 = (("f", "She's"), ("f", "She’s"), ("m", "He's"), ("m", "He’s"))
#: Progressive cues with a reported clause.
PROGRESSIVES8 = ("predicting", "saying", "suggesting", "arguing")


def contracted_progressive() -> Iterator[Case]:
    """`NAME opened the pier. He's predicting C "Q".`: a contracted *be* after a pronoun makes a
    progressive cue, whose subject is the pronoun (resolved to NAME)."""
    combos = itertools.product(PEOPLE7, PROGRESSIVES8, DOUBLE_MARKS)
    for p, cue, m in sample(combos, 160, "r8-contracted"):
        forms = [c for g, c in CONTRACTIONS8 if g == p.gender]
        pron = forms[len(cue) % len(forms)]
        clause = f"the ferry will be {m.q('late again')} this winter"
        text = f"{p.full} opened the new pier on Monday. {pron} {cue} {clause}."
        yield Case("", "r8-contracted", text, [Expect(clause, "mixed", p.full)])


ROUND7: tuple[Capability, ...] = (
    named(
        "cue.contracted_progressive",
        "-",
        "He's predicting C / She’s saying C (a contracted be after a pronoun)",
        contracted_progressive,
    ),
    named(
        "cue.participle_adverbial",
        "-",
        ', at one point calling X "Y" / , even saying C (not , possibly calling)',
        participle_adverbial,
    ),
    named(
        "content.second_predicate",
        "-",
        'NAME said C "Q" and criticized X (the content ends before the subject\'s next act)',
        second_predicate,
    ),
    named(
        "structure.transcript_surnames",
        "3",
        "MCCRAE: / O'ROURKE: / INCE-LACEY: / JUDGE:",
        transcript_surnames,
    ),
    named("structure.qa_labels", "3", "Question: ... Answer: ... (any interviewee name)", qa_labels),
    named("speaker.picked_member", "2", '"C," one of them / a third, NAME, said.', picked_member),
    named(
        "title.modified",
        "6",
        "said state Representative NAME / NAME, a mechanic at ORG, said",
        titles_modified,
    ),
    named(
        "speaker.referred_back",
        "4",
        "the magistrate / the dairy / the mill's foreman: whom they name",
        referred_back,
    ),
    named(
        "structure.colon_employer", "3", 'NAME, ROLE, BODY: "C." (the employer in the title)', colon_employer
    ),
    named("cue.adverbs", "1", '"C," ADV said NAME. / said NAME ADV. / NAME ADV said.', cue_adverbs),
    named(
        "source.document_issuers",
        "5",
        "The notice read: / figures published by / A letter from ORG",
        document_issuers,
    ),
)

__all__ = ["ROUND7"]
