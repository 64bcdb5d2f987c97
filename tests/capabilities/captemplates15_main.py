"""Development capabilities added on ``main`` in the sixteenth round: single marks in a text that
quotes with double ones, a second role joined to an apposition's first, and a time adjunct
between a verb and its that-clause.

* A text may quote with double marks in most paragraphs and with single (British) marks in
  others (wire copy merged from two desks). A single-mark span there is still a direct
  quotation when a cue frames it (``'C,' NAME said``, ``'C?' asked NAME``, ``NAME said:
  'C.'``), and so are the parts that go on it (``'C1,' she said. 'C2.'``, a part running
  over a paragraph break); a single-mark span with no frame (a scare quote, a name) stays
  no quotation.
* ``NAME, a ROLE at BODY and the BODY's ROLE2,``: the second conjunct, opened by a
  determiner and headed by a role noun, is part of the title; a relation (``and a longtime
  supporter of X``) or a past role (``and a former county prosecutor``) is not, and a role
  that a name follows (``NAME, 41, and a colleague, NAME2,``) introduces the next person.
* ``NAME ruled on Tuesday that C``: a time adjunct between a verb and its that-clause keeps the
  frame of a report, also for a verb the lexicon does not list and a hyphenated given name
  (``Hye-jin Sohn``).
* ``CLUB sacked NAME as manager. "C," the club said``: the club, when its name ends in a club's
  name word (*United*, *Rovers*, *Athletic*), also beside a person whose given name gives no
  gender.
* ``Justice NAME ... "C," the judge said``: a judge's title word (*Justice*, *Magistrate*)
  makes her *the judge*.
* ``X, who chairs the panel, made no comment. "C," he added``: a subject who did not speak
  (*declined to comment*, *could not be reached*) is no antecedent of the next pronoun.
* ``TEAM won after NAME hit ... "I ...," the 23-year-old said``: with nobody of that age, the
  person the text shows as one (a listed first name), not the team's bare name or the *I*.
* ``"C," said one of them, NAME``: a count of a group named before, then a name, is the name.
* ``SURNAME then suggested that C``: *then* between a lone surname and its verb is an adverb,
  not a title's modifier; the surname is the person introduced before.

People, bodies and sentences of their own. ``captemplates.py`` adds :data:`ROUND15_MAIN` to
its ``CAPABILITIES``.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from capkit import Capability, Case, Expect, named, sample

PEOPLE = (
    ("Perpetua Lindqvist-Oduya", "she"),
    ("Barnaby Achterberg", "he"),
    ("Soraya Velikovska", "she"),
    ("Osric Mbeki-Fairlie", "he"),
)
#: Direct quotations (no final punctuation inside the marks).
QUOTES = (
    "We checked the readings twice and they were still wrong",
    "Nobody in this office wanted the depot to close",
    "The tender was written for one bidder",
    "I have never seen a winter like it",
)
SECONDS = (
    "The rest is up to the ministry",
    "We will publish everything we have",
    "That is all I can say today",
)
CUES = ("said", "added", "explained", "insisted", "told reporters")
#: A double-marked opening paragraph, so that double marks are the text's majority style.
OPENERS = (
    "“We expect a long winter,” the harbour board said on Monday. “Crews are ready,” it added.",
    "“Prices will rise,” the regulator said in a statement. “We are watching closely,” it said.",
)


def _surname(full: str) -> str:
    return full.rsplit(maxsplit=1)[-1]


def single_marks_in_double_text() -> Iterator[Case]:
    """A double-quoting text with a paragraph quoted in single marks: framed single spans are
    direct quotations with their parts; an unframed scare quote is none."""
    combos = itertools.product(PEOPLE, QUOTES, CUES, range(5), range(2))
    for k, ((full, pron), quote, cue, shape, o) in enumerate(sample(combos, 120, "m16_single")):
        intro = f"{OPENERS[o]}\n\n{full} runs the depot at Harwick Quay."
        second = SECONDS[k % 3]
        if shape == 0:  # 'C,' NAME said.
            q = f"‘{quote},’"
            text = f"{intro}\n\n{q} {_surname(full)} {cue}."
            yield Case("", "after", text, [Expect(q, "direct", full)], exact=False)
        elif shape == 1:  # 'C1,' she said. 'C2.'
            first, rest = f"‘{quote},’", f"‘{second}.’"
            text = f"{intro}\n\n{first} {pron} {cue}. {rest}"
            whole = f"{first} {pron} {cue}. {rest}"
            yield Case(
                "", "two_parts", text, [Expect(whole, "direct", full, parts=(first, rest))], exact=False
            )
        elif shape == 2:  # NAME said: 'C.'
            q = f"‘{quote}.’"
            text = f"{intro}\n\n{_surname(full)} {cue}: {q}"
            yield Case("", "colon_before", text, [Expect(q, "direct", full)], exact=False)
        elif shape == 3:  # 'C1,' NAME said. 'C2.  (paragraph)  'C3.'
            first, mid, last = f"‘{quote},’", f"‘{second}.", f"‘{SECONDS[(k + 1) % 3]}.’"
            text = f"{intro}\n\n{first} {_surname(full)} said. {mid}\n\n{last}"
            whole = text[text.index(first) :]
            yield Case("", "over_paragraph", text, [Expect(whole, "direct", full)], exact=False)
        else:  # an unframed single-mark span in the same text: no quotation
            term = "‘Harwick plan’"
            text = f"{intro}\n\nThe so-called {term} was drafted in 2019 and shelved a year later."
            yield Case("", "scare_quote", text, [], exact=False, forbidden=(term,))


#: (role, link, body, second conjunct, its head word) for a second role after 'and'.
SECOND_ROLES = (
    ("endocrinologist", "at", "Marlowe University Hospital", "the study's lead author", "author"),
    ("professor of law", "at", "Caddington College", "a senior fellow of the Harlow Trust", "fellow"),
    ("economist", "with", "the Fenwick Institute", "the panel's deputy chair", "chair"),
    ("geologist", "at", "the Rasmund Survey", "its chief scientist", "scientist"),
)
CLAUSES = (
    "the error was larger than reported",
    "the ruling would be appealed within a month",
    "the forecast had been too cautious",
)


def coordinated_role() -> Iterator[Case]:
    """'NAME, a ROLE at BODY and the study's lead author, said C.': both roles; a relation
    or a past role after 'and' stays out; 'NAME, 41, and a colleague, NAME2, 39,' introduces NAME2 (a later
    surname finds NAME)."""
    combos = itertools.product(PEOPLE, SECOND_ROLES, range(3), range(3))
    for k, ((full, _), (role, link, body, second, _head), shape, c) in enumerate(
        sample(combos, 72, "m16_second_role")
    ):
        clause = CLAUSES[c]
        article = "an" if role[0] in "aeiou" else "a"
        if shape == 0:
            title = f"{role} {link} {body} and {second}"
            text = f"{full}, {article} {role} {link} {body} and {second}, said {clause}."
            yield Case("", "second_role", text, [Expect(clause, "indirect", full, title)])
        elif shape == 1:
            title = f"{role} {link} {body}"
            other = ("a longtime supporter of the scheme", "a former county prosecutor")[k % 2]
            apposition = f"{article} {role} {link} {body} and {other}"
            text = f"{full}, {apposition}, said {clause}."
            yield Case("", "relation", text, [Expect(clause, "indirect", full, title)])
        else:
            other = PEOPLE[(k + 1) % 4][0]
            text = (
                f"{full}, 41, and a colleague, {other}, 39, run a bakery in Tolworth.\n\n"
                f"“{QUOTES[k % 4]},” {_surname(full)} said."
            )
            q = f"“{QUOTES[k % 4]},”"
            yield Case("", "pair_then_surname", text, [Expect(q, "direct", full)])


#: Names of several shapes, a hyphenated given name before and after the surname among them.
FRAME_PEOPLE = ("Hye-jin Sohn", "Sohn Hye-jin", "Tadeusz Wróblewski", "Amara Nwachukwu-Bello")
#: Verbs the lexicon may not list, each reporting a that-clause.
FRAME_VERBS = ("ruled", "signalled", "grumbled", "hinted", "ruled")
TIME_ADJUNCTS = (
    "on Tuesday",
    "yesterday",
    "last week",
    "late Monday night",
    "earlier this month",
    "Wednesday",
)
FRAME_CLAUSES = (
    "that the footage could be shown to the jury",
    "that the toll bridge would stay open",
    "that the merger talks had stalled",
)


def that_after_time_adjunct() -> Iterator[Case]:
    """'NAME VERB on Tuesday that C': a time adjunct between a verb (listed or not) and its
    that-clause; 'filed on Tuesday that motion which ...' is no report (no clause follows)."""
    combos = itertools.product(FRAME_PEOPLE, FRAME_VERBS, TIME_ADJUNCTS, FRAME_CLAUSES)
    for k, (full, verb, when, clause) in enumerate(sample(combos, 80, "m16_that_time")):
        if k % 8 == 7:
            text = f"{full} filed {when} that motion which the court later denied."
            yield Case("", "determiner_that", text, [], forbidden=("that motion",))
            continue
        text = f"{full} {verb} {when} {clause}."
        yield Case("", "verb_time_that", text, [Expect(clause, "indirect", full)])


#: Clubs whose names end in a sports club's name word, and people whose given names give no gender.
CLUBS = ("Ashcombe United", "Penwick Rovers", "Holmsdale Athletic", "Cradley Wanderers", "Tarnby Albion")
NO_GENDER = ("Min-seo Baek", "Oluwaseun Adeyemi", "Sohn Hye-jin", "Eskil Varro")
CLUB_QUOTES = (
    "We thank him for his work and wish him well",
    "The board will appoint an interim manager this week",
    "This was not a decision we took lightly",
)


def club_speaks() -> Iterator[Case]:
    """'CLUB sacked NAME as manager. "C," the club said.': the club, also when NAME's given name
    gives no gender (so NAME too could be a body by its shape)."""
    combos = itertools.product(CLUBS, NO_GENDER, CLUB_QUOTES, ("sacked", "appointed"))
    for club, full, quote, verb in sample(combos, 60, "m16_club"):
        q = f"“{quote},”"
        text = f"{club} {verb} {full} as manager on Friday. {q} the club said in a statement."
        yield Case("", "club", text, [Expect(q, "direct", club, None)])


#: (title before the name, the nominal used later) for a judge.
JUDGES = (
    ("Justice", "the judge"),
    ("Magistrate", "the judge"),
    ("Judge", "the judge"),
    ("Justice", "the justice"),
)
RULINGS = (
    "The evidence was gathered lawfully and the jury will hear it",
    "Nobody in this courtroom will be rushed",
    "I am not persuaded that the delay was anyone's fault",
)


def judge_nominal() -> Iterator[Case]:
    """'Justice NAME heard the motion. "C," the judge said.': the judge is NAME, whatever word
    of the bench her title uses."""
    combos = itertools.product(PEOPLE, JUDGES, RULINGS)
    for (full, _), (rank, nominal), ruling in sample(combos, 36, "m16_judge"):
        q = f"“{ruling},”"
        text = f"{rank} {full} heard the defence motion on Monday.\n\n{q} {nominal} said."
        yield Case("", "judge", text, [Expect(q, "direct", full, rank)])


def surname_then() -> Iterator[Case]:
    """'NAME, ROLE, said C1. ... SURNAME then VERB that C2.': the surname after *then* is still
    NAME, with the title stated at the introduction."""
    combos = itertools.product(PEOPLE, SECOND_ROLES, ("suggested", "said", "argued"), FRAME_CLAUSES)
    for (full, _), (role, link, body, _s, _h), verb, clause in sample(combos, 48, "m16_then"):
        article = "an" if role[0] in "aeiou" else "a"
        first = f"{full}, {article} {role} {link} {body}, said the hearing had been fair."
        text = f"{first}\n\nThe panel adjourned at noon.\n\n{_surname(full)} then {verb} {clause}."
        title = f"{role} {link} {body}"
        yield Case("", "then", text, [Expect(clause, "indirect", full, title)], exact=False)


#: Men whose first names are in the census table, so a *he* agrees with them by evidence.
SPOKE = ("Gareth Pomeroy", "Daniel Okafor", "Stefan Lindholm")
REFUSALS = (
    "made no comment",
    "declined to comment",
    "did not respond to requests for comment",
    "could not be reached",
    "was not available for comment",
)


def no_comment_subject() -> Iterator[Case]:
    """'M told the hearing that C1. X, who chairs the panel, made no comment. "C2," he added.':
    M; never X, whose given name gives no gender and who said nothing."""
    combos = itertools.product(SPOKE, NO_GENDER, REFUSALS, range(2))
    for man, other, refusal, who in sample(combos, 60, "m16_no_comment"):
        subject = f"{other}, who chairs the panel," if who else other
        q = "“The figures do not lie,”"
        text = (
            f"{man} told the hearing that the accounts had been altered. {subject} {refusal}. {q} he added."
        )
        yield Case("", "refusal", text, [Expect(q, "direct", man)], exact=False, wrong_speakers=[(q, other)])


#: Quotations with a first-person *I* after a sentence end inside them.
DOUBLE_QUOTES_AGE = (
    "I didn’t see it go in. I heard it",
    "We were tired. I thought we had lost it",
    "Nobody passed to me. I just shot",
)
#: (team, a player with a listed first name) for an age nominal with no stated age.
TEAMS_PLAYERS = (
    ("Kelham", "Joel Ashworth-Obi"),
    ("Tynemouth", "Daniel Farrant"),
    ("Brennock", "Sarah Quayle"),
)


def age_nominal_person() -> Iterator[Case]:
    """'TEAM won after NAME hit ... "I ... I ...," the 23-year-old said.': NAME, the one the text
    shows as a person, not the team's bare name nor the quotation's *I*."""
    combos = itertools.product(TEAMS_PLAYERS, ("23", "31", "19"), DOUBLE_QUOTES_AGE)
    for (team, player), age, quote in sample(combos, 27, "m16_age"):
        q = f"“{quote},”"
        text = f"{team} won on Sunday after {player} hit a late shot.\n\n{q} the {age}-year-old said."
        yield Case("", "age", text, [Expect(q, "direct", player)], wrong_speakers=[(q, "I"), (q, team)])


GROUPS = ("Two of the nurses", "Three of the drivers", "Several of the tenants")


def counted_then_name() -> Iterator[Case]:
    """'GROUP stayed behind. "C," said one of them, NAME.' / 'One of them, NAME, said C.': NAME."""
    combos = itertools.product(GROUPS, [p for p, _ in PEOPLE], CLUB_QUOTES, range(2))
    for group, full, quote, shape in sample(combos, 40, "m16_counted"):
        if shape == 0:
            q = f"“{quote},”"
            text = f"{group} stayed behind after the meeting. {q} said one of them, {full}."
            yield Case("", "inverted", text, [Expect(q, "direct", full)])
        else:
            clause = FRAME_CLAUSES[len(full) % 3][5:]
            text = f"{group} stayed behind after the meeting. One of them, {full}, said {clause}."
            yield Case("", "subject", text, [Expect(clause, "indirect", full)])


ROUND15_MAIN: tuple[Capability, ...] = (
    named(
        "marks.single_in_double_text",
        "8",
        "'C,' NAME said / 'C1,' she said. 'C2.' / NAME said: 'C.' in a text quoting with double marks",
        single_marks_in_double_text,
    ),
    named(
        "title.coordinated_role",
        "6",
        "NAME, a ROLE at BODY and the study's lead author, said: both roles; not a relation or past role",
        coordinated_role,
    ),
    named(
        "frame.that_after_time_adjunct",
        "1",
        "NAME ruled on Tuesday / yesterday / last week that C (a verb the lexicon may not list)",
        that_after_time_adjunct,
    ),
    named("nominal.club_speaks", "4", "CLUB sacked NAME ... the club said: the club", club_speaks),
    named("nominal.judge", "4", "Justice NAME ... the judge said: NAME", judge_nominal),
    named(
        "speaker.surname_then", "4", "SURNAME then suggested that C: the full name and title", surname_then
    ),
    named(
        "nominal.age_shown_person",
        "4",
        'TEAM won after NAME ... "C," the 23-year-old said: NAME',
        age_nominal_person,
    ),
    named("speaker.counted_then_name", "5", '"C," said one of them, NAME: NAME', counted_then_name),
    named(
        "pronoun.no_comment_subject",
        "2",
        'M told ... X made no comment. "C," he added: M, never X',
        no_comment_subject,
    ),
)
