"""Development capabilities of the eighth round of rule work (issue 11, branch ``beh8``): one
generator per mechanism, with people, bodies, roles and sentences of their own (none from the
held-out files, whose failure groups these mechanisms were written for).

Each capability is a generator of :class:`~capkit.Case` objects; ``captemplates.py`` adds
:data:`ROUND8_BEH8` to its ``CAPABILITIES``.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from capdata import DOUBLE_MARKS, MARKS, SINGLE_MARKS, Person
from capkit import ANY, Capability, Case, Contains, Expect, named, sample


def _p(full: str, surname: str, gender: str, shape: str) -> Person:
    return Person(full, surname, gender, shape)


#: People of this file: plain, Mc/O', hyphenated, particles and names no first-name table lists.
PEOPLE8 = (
    _p("Tamsin Carrow", "Carrow", "f", "plain"),
    _p("Gideon Pellow", "Pellow", "m", "plain"),
    _p("Orla McTeague", "McTeague", "f", "Mc/O'"),
    _p("Fergal O'Dwyer", "O'Dwyer", "m", "Mc/O'"),
    _p("Ysolde Ferrier-Quinn", "Ferrier-Quinn", "f", "hyphenated"),
    _p("Anselm van Riet", "van Riet", "m", "multi-part"),
    _p("Nkechi Obiora", "Obiora", "f", "non-Anglo"),
    _p("Teodor Brankovic", "Brankovic", "m", "non-Anglo"),
    _p("Wren Alderton", "Alderton", "f", "unlisted first name"),
    _p("Caspian Threlfall", "Threlfall", "m", "unlisted first name"),
)

#: Bodies of this file (employers with and without an organisation word in the name).
BODIES8 = ("Harwick Tiles", "Penmarrow Creamery", "Saltcote Harbour Trust", "Blackmere Quarries")

#: Roles the lexicon need not list (lower case, one or two words).
ROLES8 = ("kiln operator", "cheesemaker", "tide warden", "blaster", "night baker", "lock tender")

#: Direct quotations and reported clauses of this file (our own sentences).
QUOTES8 = (
    "Nobody asked the people who work the night shift",
    "The kilns have been cold since October",
    "We were promised new cranes two years ago",
    "Half the village depends on that jetty",
)
CLAUSES8 = (
    "the night shift would be cut in the spring",
    "the kilns had been cold since October",
    "the new cranes had never been ordered",
    "the jetty would close for repairs",
)


# -- hearings and interviews ------------------------------------------------------------------

#: Turns of a hearing: the first and third are questions (our own sentences).
TURNS8 = (
    "When did the board first see the survey?",
    "In the autumn, a week before the vote.",
    "And it chose not to publish it?",
    "It chose to wait for a second opinion.",
)
HEARING_INTROS8 = (
    "During Thursday's inquiry session, {a} put questions to {b}, who chairs {o}.",
    "The committee heard from {b} of {o}. {a} led the questioning.",
    "Below is part of the exchange between {a} and {b} at the planning hearing.",
)


def hearing_labels() -> Iterator[Case]:
    """A hearing whose turns are labelled by surnames in title case (``Carrow:``, ``van
    Riet:`` is not one: the particle is lower case, so those people are left out) after an
    introduction naming both in full; each turn is that person's, question marks included. A
    list of tallies (``NAME: 1,204.``) is no hearing."""
    people = [p for p in PEOPLE8 if p.surname[:1].isupper()]
    pairs = list(itertools.permutations(people, 2))
    combos = itertools.product(pairs, range(len(HEARING_INTROS8)), BODIES8)
    for (a, b), k, body in sample(combos, 200, "r8b-hearing"):
        lead = HEARING_INTROS8[k].format(a=a.full, b=b.full, o=body)
        body_text = "".join(f"\n\n{(a.surname, b.surname)[t % 2]}: {turn}" for t, turn in enumerate(TURNS8))
        expects = [
            Expect(turn, "direct", (a.full, b.full)[t % 2], ANY, "person") for t, turn in enumerate(TURNS8)
        ]
        yield Case("", "r8b-hearing", lead + body_text, expects, exact=False)
    for a, b in sample(pairs, 40, "r8b-tally"):
        text = f"Votes counted by midnight in the ward.\n\n{a.full}: 1,204.\n\n{b.full}: 987."
        yield Case("", "r8b-tally", text, [])


#: Interview introductions: {n} the interviewee, {b} a body.
INTERVIEW_INTROS8 = (
    "{n} has managed {b} for a decade. The conversation has been shortened.",
    "{n} took over at {b} in the spring. We asked about the closures.",
)
QA8 = (
    ("Were the crews warned?", "They were told on the morning itself."),
    ("Will the site reopen?", "Not before the inspectors come back."),
)


def dotted_interview() -> Iterator[Case]:
    """An interview labelled ``Q.`` / ``A.`` with a full stop: the answers are the interviewee's,
    the questions nobody's; a paragraph opening with an initial (``A. J. NAME said``) is no answer."""
    combos = itertools.product(PEOPLE8, BODIES8, range(len(INTERVIEW_INTROS8)))
    for p, body, k in sample(combos, 160, "r8b-dotted"):
        intro = INTERVIEW_INTROS8[k].format(n=p.full, b=body)
        (q1, a1), (q2, a2) = QA8
        text = f"{intro}\n\nQ. {q1}\n\nA. {a1}\n\nQ. {q2}\n\nA. {a2}"
        yield Case(
            "",
            "r8b-dotted",
            text,
            [Expect(a1, "direct", p.full), Expect(a2, "direct", p.full)],
            exact=False,
            wrong_speakers=((q1, p.full), (q2, p.full)),
        )
    for p in PEOPLE8:
        clause = CLAUSES8[len(p.full) % len(CLAUSES8)]
        text = f"The depot reopened on Monday.\n\nA. J. {p.surname} said {clause}."
        yield Case("", "r8b-initial", text, [Expect(clause, "indirect", ("A. J. " + p.surname, p.surname))])


# -- counted speakers -------------------------------------------------------------------------

#: Groups counted in a first sentence: (sentence, plural noun, count word).
GROUPS8 = (
    ("Two kiln operators were still at the gate at dusk.", "kiln operators", "two"),
    ("Four lock tenders met the inspectors on the towpath.", "lock tenders", "four"),
    ("Three cheesemakers waited outside the creamery.", "cheesemakers", "three"),
)


def counted_speakers() -> Iterator[Case]:
    """Members of a counted group speak: ``"C1," one of them said. "C2," said the other.`` is two
    quotations (the second is *the other*'s); ``All three said C``, ``The two said C`` and
    ``Of the N we asked, five said C`` give the counted phrase as written, never a person."""
    combos = itertools.product(GROUPS8, range(len(QUOTES8)), DOUBLE_MARKS, ("said", "added", "insisted"))
    for (intro, _plural, _count), k, m, verb in sample(combos, 72, "r8b-other"):
        q1 = m.q(QUOTES8[k] + ",")
        q2 = m.q(QUOTES8[(k + 1) % len(QUOTES8)] + ",")
        text = f"{intro} {q1} one of them {verb}. {q2} {verb} the other."
        yield Case(
            "",
            "r8b-other",
            text,
            [Expect(q1, "direct", ("one of them", "one")), Expect(q2, "direct", ("the other", "other"))],
        )
    frames = (
        ("{intro} All {count} said {c}.", lambda count, plural: (f"all {count}", count)),
        ("{intro} The {count} said {c}.", lambda count, plural: (f"the {count}", count)),
        (
            "Of the {plural} we asked, five said {c}.",
            lambda count, plural: ("five", f"five of the {plural}"),
        ),
    )
    combos2 = itertools.product(GROUPS8, range(len(CLAUSES8)), range(len(frames)))
    for (intro, plural, count), k, f in sample(combos2, 36, "r8b-counted"):
        frame, names = frames[f]
        text = frame.format(intro=intro, count=count, plural=plural, c=CLAUSES8[k])
        yield Case("", f"r8b-counted-{f}", text, [Expect(CLAUSES8[k], "indirect", names(count, plural))])


# -- titles: a body and an unlisted role ------------------------------------------------------


def body_role_titles() -> Iterator[Case]:
    """Titles made of an employer and a role the lexicon need not list: ``BODY ROLE NAME said``
    and as a colon credit, ``NAME, ROLE at BODY`` with no article (after an inverted cue, or
    as a pull-quote's dash line), and a role in brackets, ``NAME (ROLE, BODY): "C."`` and
    ``NAME (ROLE at BODY) said C``."""
    combos = itertools.product(PEOPLE8, BODIES8, ROLES8, range(len(QUOTES8)), range(6), DOUBLE_MARKS)
    for p, body, role, k, shape, m in sample(combos, 360, "r8b-body-role"):
        quote = m.q(QUOTES8[k] + ".")
        clause = CLAUSES8[k]
        parts = (role, body)
        if shape == 0:
            text = f"{body} {role} {p.full} said on Tuesday that {clause}."
            expect = Expect(f"that {clause}", "indirect", p.full, Contains(parts), "person")
        elif shape == 1:
            text = f"Voices from the picket line\n\n{body} {role} {p.full}: {quote}"
            expect = Expect(quote, "direct", p.full, Contains(parts), "person")
        elif shape == 2:
            quote = m.q(QUOTES8[k] + ",")
            text = f"{quote} said {p.full}, {role} at {body}."
            expect = Expect(quote, "direct", p.full, Contains(parts), "person")
        elif shape == 3:
            text = f"Voices from the picket line\n\n{quote}\n— {p.full}, {role} at {body}"
            expect = Expect(quote, "direct", p.full, Contains(parts), "person")
        elif shape == 4:
            text = f"Voices from the picket line\n\n{p.full} ({role}, {body}): {quote}"
            expect = Expect(quote, "direct", p.full, Contains(parts), "person")
        else:
            text = f"{p.full} ({role} at {body}) said {clause}."
            expect = Expect(clause, "indirect", p.full, Contains(parts), "person")
        yield Case("", f"r8b-body-role-{shape}", text, [expect])


#: Nationalities and plural noun modifiers before a role, opening the sentence.
NATIONAL8 = ("Danish", "Welsh", "Icelandic", "Scottish")
PLURAL_MODS8 = (("fisheries", "minister"), ("utilities", "regulator"), ("industries", "secretary"))


def title_modifier_shapes() -> Iterator[Case]:
    """Titles whose shape the lexicon cannot vouch for: a sentence-opening nationality and a
    plural noun modifier in *-ies* (``Danish fisheries minister NAME said``), and a body's
    possessive with a role the lexicon does not list before an appositive name (``Harwick Tiles'
    kiln operator, NAME, said``); an adverbial possessive (``Despite Harwick Tiles' refusal,
    NAME said``) is no title."""
    combos = itertools.product(PEOPLE8, NATIONAL8, PLURAL_MODS8, range(len(CLAUSES8)))
    for p, nat, (mod, role), k in sample(combos, 120, "r8b-national"):
        title = f"{nat} {mod} {role}"
        text = f"{title} {p.full} said on Wednesday that {CLAUSES8[k]}."
        yield Case(
            "", "r8b-national", text, [Expect(f"that {CLAUSES8[k]}", "indirect", p.full, Contains((title,)))]
        )
    combos2 = itertools.product(PEOPLE8, BODIES8, ROLES8, range(len(CLAUSES8)), (False, True))
    for p, body, role, k, adverbial in sample(combos2, 160, "r8b-possessed"):
        possessor = f"{body}'" if body.endswith("s") else f"{body}'s"
        if adverbial:
            text = f"Despite {possessor} refusal, {p.full} said {CLAUSES8[k]}."
            yield Case("", "r8b-possessed-adverbial", text, [Expect(CLAUSES8[k], "indirect", p.full, None)])
        else:
            text = f"{possessor} {role}, {p.full}, said {CLAUSES8[k]}."
            expect = Expect(CLAUSES8[k], "indirect", p.full, Contains((role, body)))
            yield Case("", "r8b-possessed", text, [expect])


# -- picture credits --------------------------------------------------------------------------

PICTURE_LABELS8 = ("Photograph", "Photo", "Picture", "Image", "Illustration")
AGENCIES8 = ("Reuters", "PA Media", "Getty Images", "the Penmarrow Gazette")


def picture_credits() -> Iterator[Case]:
    """A picture credit line (``Photograph: NAME/AGENCY``) under a story is no quotation and its
    label no speaker; the story's own quotation is still found."""
    combos = itertools.product(PEOPLE8, PICTURE_LABELS8, AGENCIES8, range(len(QUOTES8)), DOUBLE_MARKS)
    for p, label, agency, k, m in sample(combos, 160, "r8b-picture"):
        other = PEOPLE8[(PEOPLE8.index(p) + 3) % len(PEOPLE8)]
        quote = m.q(QUOTES8[k] + ",")
        text = f"{quote} {p.full} said at the quayside.\n\n{label}: {other.full}/{agency}"
        yield Case("", "r8b-picture", text, [Expect(quote, "direct", p.full)], forbidden=(label,))


# -- single marks with a plural possessive ------------------------------------------------------

#: Quotations with a plural possessive inside (our own sentences).
POSSESSIVES8 = (
    "The bakers' ovens were never inspected",
    "Nobody touched the drivers' pension pot",
    "We keep the members' money in a separate account",
    "The tenants' letters went unanswered for months",
)


def single_plural_possessive() -> Iterator[Case]:
    """Single marks around a quotation holding a plural possessive (``the bakers' ovens``): the
    apostrophe does not close the quotation, after, before or split around its cue."""
    combos = itertools.product(PEOPLE8, range(len(POSSESSIVES8)), SINGLE_MARKS, range(3))
    for p, k, m, shape in sample(combos, 200, "r8b-possessive"):
        words = POSSESSIVES8[k]
        apostrophe = m.close
        words = words.replace("' ", f"{apostrophe} ")
        if shape == 0:
            quote = m.q(words + ",")
            text = f"{quote} {p.full} said."
        elif shape == 1:
            quote = m.q(words + ".")
            text = f"{p.full} told the tribunal: {quote}"
        else:
            quote = m.q(words + ",")
            text = f"{quote} said {p.full}, who left in May."
        yield Case("", f"r8b-possessive-{shape}", text, [Expect(quote, "direct", p.full)])


# -- hedged reports and adverbs --------------------------------------------------------------

HEDGES8 = ("is said to have", "was thought to have", "is reported to have", "was believed to have")


def hedged_reports() -> Iterator[Case]:
    """A report hedged by a raising passive or a passive of quoting credits its subject:
    ``"C," NAME is said to have told friends.``, ``NAME was quoted as saying (that) C.``,
    ``"C," NAME then remarked.`` (a time adverb between name and cue)."""
    combos = itertools.product(PEOPLE8, HEDGES8, range(len(QUOTES8)), MARKS)
    for p, hedge, k, m in sample(combos, 120, "r8b-hedge"):
        quote = m.q(QUOTES8[k] + ",")
        verb = ("said", "told friends", "remarked")[len(p.full) % 3]
        text = f"{quote} {p.full} {hedge} {verb}."
        yield Case("", "r8b-hedge", text, [Expect(quote, "direct", p.full, ANY, "person")])
    combos2 = itertools.product(PEOPLE8, range(len(CLAUSES8)), ("that ", ""))
    for p, k, that in sample(combos2, 60, "r8b-quoted-as"):
        content = f"{that}{CLAUSES8[k]}"
        text = f"{p.full} was quoted as saying {content}."
        yield Case("", "r8b-quoted-as", text, [Expect(content, "indirect", p.full, ANY, "person")])
    combos3 = itertools.product(PEOPLE8, range(len(QUOTES8)), MARKS, ("remarked", "added", "told us"))
    for p, k, m, verb in sample(combos3, 60, "r8b-then"):
        quote = m.q(QUOTES8[k] + ",")
        text = f"{quote} {p.full} then {verb}."
        yield Case("", "r8b-then", text, [Expect(quote, "direct", p.full, None, "person")])


#: Quotations opening with an indefinite pronoun (our own sentences).
INDEFINITE_QUOTES8 = (
    "Nobody came to fix the roof",
    "Everyone knew the quarry was unsafe",
    "Somebody has to pay for the new kiln",
    "Nothing was said at the meeting",
)


def indefinite_opening() -> Iterator[Case]:
    """A quotation that opens with *Nobody*, *Everyone*, *Somebody*, *Nothing* before a nominal
    credit (``the 61-year-old said``, ``the kiln operator said``): the pronoun is no name, and
    the person introduced before speaks."""
    combos = itertools.product(PEOPLE8, range(len(INDEFINITE_QUOTES8)), DOUBLE_MARKS, (0, 1))
    for p, k, m, shape in sample(combos, 120, "r8b-indefinite"):
        quote = m.q(INDEFINITE_QUOTES8[k] + ",")
        if shape == 0:
            text = f"{p.full}, aged 61, has fired the kilns for years.\n\n{quote} the 61-year-old said."
        else:
            text = f"Kiln operator {p.full} was on the night shift.\n\n{quote} the kiln operator said."
        yield Case("", f"r8b-indefinite-{shape}", text, [Expect(quote, "direct", p.full)])


# -- documents and names --------------------------------------------------------------------

DOCUMENTS8 = ("a memo", "an email", "a letter", "a notice")
SENT8 = ("circulated to staff on Friday", "sent to tenants last week", "emailed to members overnight")


def document_modifier() -> Iterator[Case]:
    """``According to DOCUMENT BODY VERBED ... , C``: the relative clause after the document
    stays out of the content, and the body is the speaker."""
    combos = itertools.product(BODIES8, DOCUMENTS8, SENT8, range(len(CLAUSES8)))
    for body, doc, sent, k in sample(combos, 120, "r8b-document"):
        clause = CLAUSES8[k]
        text = f"According to {doc} {body} {sent}, {clause}."
        yield Case("", "r8b-document", text, [Expect(clause, "indirect", body)])


#: Names people give a place or thing, and who gives them (our own).
KNOWN_AS8 = (
    ("Sailors know the rocks off Penmarrow as", "the Teeth"),
    ("The quarrymen knew the upper terrace as", "the Shelf"),
    ("Locals know the footbridge behind the creamery as", "Long Meg"),
    ("Older residents still know the lane as", "the Drove"),
)


def known_as() -> Iterator[Case]:
    """``PEOPLE know X as "Name"`` names a thing: no quotation comes out, and the name is no
    speaker's."""
    combos = itertools.product(range(len(KNOWN_AS8)), DOUBLE_MARKS, PEOPLE8)
    for k, m, p in sample(combos, 80, "r8b-known"):
        lead, name = KNOWN_AS8[k]
        text = f"{lead} {m.q(name)}. {p.full} grew up there."
        yield Case("", "r8b-known", text, [])


ROUND8_BEH8: tuple[Capability, ...] = (
    named(
        "structure.hearing_labels",
        "3",
        "Carrow: Question? / Pellow: Answer. (title-case labels)",
        hearing_labels,
    ),
    named("structure.dotted_qa", "3", "Q. ... / A. ... (labels with a full stop)", dotted_interview),
    named(
        "speaker.counted_group",
        "2",
        '"C," said the other. / All three said C / Of the X we asked, five said C',
        counted_speakers,
    ),
    named(
        "title.body_role",
        "6",
        "BODY ROLE NAME / NAME, ROLE at BODY / NAME (ROLE, BODY): (unlisted roles)",
        body_role_titles,
    ),
    named(
        "title.modifier_shapes",
        "6",
        "Danish fisheries minister NAME / BODY's ROLE, NAME, said (unlisted roles)",
        title_modifier_shapes,
    ),
    named("speaker.indefinite_opening", "4", '"Nobody ...," the 61-year-old said.', indefinite_opening),
    named("structure.picture_credits", "7", "Photograph: NAME/AGENCY is no quotation", picture_credits),
    named(
        "marks.single_plural_possessive", "5", "'The bakers' ovens ...,' NAME said.", single_plural_possessive
    ),
    named(
        "cue.hedged_report",
        "1",
        "NAME is said to have told / was quoted as saying / then remarked",
        hedged_reports,
    ),
    named(
        "source.document_modifier", "5", "According to a memo BODY circulated to staff, C", document_modifier
    ),
    named("not_quotes.known_as", "-", 'PEOPLE know X as "Name": no quotation', known_as),
)

__all__ = ["ROUND8_BEH8"]
