"""Development capabilities added on branch ``h31relative`` in the twenty-ninth round: reports
inside the source phrase (relative clauses and asides before the main verb).

A speaker is often described by a relative clause set off by commas that has a verb of its own,
sometimes a verb of saying, before the main clause's cue. The main clause's report must still
be found, with the relative clause's antecedent as its speaker, and a report inside the
relative clause belongs to the antecedent (or is dropped), never to a noun inside it:

* *NAME, who said last year that C1, now says C2* -> both NAME (a time adverb or a perfect
  with *since* before the main verb: *now says*, *later told*, *has since said*);
* *NAME, who warned that C1, said: "Q."* and *"Q," said NAME, who warned last year that C1*;
* *NAME, whose report warned of C1, said C2* -> C2 by NAME; C1 never by *report* (a document
  after *whose* speaks for the antecedent);
* *Radio presenter NAME, whose show airs at dawn, said C* -> the word after *whose* is its
  noun, never a cue (*show*, *report*, *claims*, *plans*, *views*, *notes*, *calls*, *answers*,
  *signs*);
* *The ROLE who warned of C1, NAME, said C2* -> C2 by NAME; C1 never by the bare description.

Guards: *NAME, who has run the depot since 2009, said C*; *NAME, whose father built the mast,
said C*; *NAME, a presenter whose show warns farmers of frost, said C*; *The BODY, which says it
C1, said C2* (both the body's); *NAME, whose lawyer said C1, said C2* (C1 is never NAME's);
*NAME now says C* with no relative clause. People, bodies and sentences of our own.
``captemplates.py`` adds :data:`ROUND28_H31RELATIVE` to its ``CAPABILITIES``.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from capkit import ANY, Capability, Case, Expect, named, sample

#: Persons of several cultures and name shapes.
PEOPLE = (
    "Lagi Faleolo",
    "Kenji Watanabe",
    "Priya Raman",
    "Ngozi Okafor",
    "Mateus Rocha",
    "Ingrid Solberg",
    "Tariq Haddad",
    "Mai Linh Tran",
    "Sione Havili",
    "Ewa Kowalczyk",
    "Aisha Bello",
    "Hemi Walker",
    "Jean-Paul Mbeki",
    "Li Wei",
)
#: Titles written before a name (with the space), or none.
TITLES = ("", "Radio presenter ", "Dr ", "Councillor ", "Union organiser ")
#: Verbs of saying inside the relative clause, before a time phrase and *that*.
INNER_CUES = ("said", "told the council", "warned", "argued", "claimed", "insisted")
#: Time phrases after the relative clause's verb.
TIMES = ("", " last year", " in 2019", " in March", " at the time")
#: Clauses reported inside the relative clause.
INNER = (
    "the mast was unsafe",
    "the pipes would burst",
    "the ferry was overloaded",
    "the budget was too small",
)
#: Main verb groups: (adverb or auxiliary before the cue, the cue with any object).
MAIN_CUES = (
    ("", "said"),
    ("now", "says"),
    ("later", "told reporters"),
    ("has since", "said"),
    ("", "told reporters"),
    ("now", "argues"),
    ("also", "said"),
    ("then", "told them"),
    ("", "says"),
    ("has since", "argued"),
)
#: Clauses reported by the main clause.
MAIN = (
    "it is fine",
    "the report had gone unread",
    "the council had ignored her",
    "repairs were finished in May",
    "the crew deserved better",
)
#: Direct quotations (no final mark).
QUOTES = ("Nobody listened to us", "It is safe now", "We did everything we could")
#: Documents after *whose*, with what they did (a verb of saying or stance and its object).
DOCUMENTS = (
    ("report", "warned of the leak in 2019"),
    ("letter", "said the mast was unsafe"),
    ("study", "found that the river was polluted"),
    ("report", "claimed the depot was unsafe"),
    ("statement", "urged calm"),
    ("memo", "warned that costs would double"),
)
#: A noun after *whose* that is also a verb of saying or showing, and a clause that does not
#: report (the noun's own verb).
HOMOGRAPHS = (
    ("show", "airs at dawn"),
    ("show", "was cancelled in May"),
    ("report", "was shelved"),
    ("claims", "were disputed"),
    ("plans", "were rejected in June"),
    ("views", "are well known"),
    ("notes", "were lost in the flood"),
    ("calls", "went unanswered"),
    ("answers", "were brief"),
    ("signs", "were stolen overnight"),
    ("comments", "drew complaints"),
    ("warnings", "went unheeded"),
)
#: Descriptions a relative clause restricts before a name set off by commas.
ROLES = ("engineer", "inspector", "teacher", "nurse", "fisherman", "auditor")
#: Relative clauses with a verb of saying or stance inside a restrictive description.
RESTRICTIVE = (
    "who warned of the leak",
    "who criticised the plan",
    "who warned that the dam would fail",
    "who said the pipes were old",
)
#: Bodies and what they say of themselves.
BODIES = (
    ("The station", "it reaches 40,000 homes"),
    ("The union", "it represents 4,000 drivers"),
    ("The charity", "it feeds 900 families a week"),
    ("The firm", "it employs 300 people"),
)
#: Relative clauses that report nothing.
NON_REPORTS = (
    "who has run the depot since 2009",
    "whose father built the mast",
    "who grew up in the valley",
    "whose family has fished here for a century",
    "who retired in 2021",
    "who chairs the harbour board",
)
#: Persons (not documents) after *whose*, with a report of their own.
WHOSE_PERSONS = ("lawyer", "father", "spokesman", "doctor")


def _cap(text: str) -> str:
    return text[0].upper() + text[1:]


def _main_verb(adverb: str, cue: str) -> str:
    return f"{adverb} {cue}" if adverb else cue


def who_report_then_main() -> Iterator[Case]:
    """'NAME, who said last year that C1, now says C2.' -> both NAME."""
    combos = itertools.product(PEOPLE, INNER_CUES, TIMES, INNER, MAIN_CUES, MAIN)
    for name, inner_cue, time, c1, (adverb, cue), c2 in sample(combos, 300, "h31relative-who-main"):
        text = f"{name}, who {inner_cue}{time} that {c1}, {_main_verb(adverb, cue)} {c2}."
        expects = [Expect(f"that {c1}", "indirect", name), Expect(c2, "indirect", name)]
        yield Case("", "who-main", text, expects)


def who_report_then_quote() -> Iterator[Case]:
    """'NAME, who warned that C1, said: "Q."' and '"Q," said NAME, who warned last year that
    C1.' -> both NAME."""
    combos = itertools.product(PEOPLE, INNER_CUES, TIMES, INNER, QUOTES, (False, True))
    for name, inner_cue, time, c1, quote, inverted in sample(combos, 160, "h31relative-who-quote"):
        if inverted:
            direct = f'"{quote},"'
            text = f"{direct} said {name}, who {inner_cue}{time} that {c1}."
        else:
            direct = f'"{quote}."'
            text = f"{name}, who {inner_cue}{time} that {c1}, said: {direct}"
        expects = [Expect(f"that {c1}", "indirect", name), Expect(direct, "direct", name)]
        yield Case("", "who-quote", text, expects)


def whose_document() -> Iterator[Case]:
    """'NAME, whose report warned of the leak in 2019, said C2.' -> C2 by NAME; the relative
    clause's report is NAME's or nobody's, never the document's noun."""
    combos = itertools.product(PEOPLE, DOCUMENTS, MAIN_CUES, MAIN)
    for name, (doc, act), (adverb, cue), c2 in sample(combos, 150, "h31relative-whose-doc"):
        text = f"{name}, whose {doc} {act}, {_main_verb(adverb, cue)} {c2}."
        yield Case(
            "",
            "whose-document",
            text,
            [Expect(c2, "indirect", name)],
            exact=False,
            wrong_speakers=[(act, doc)],
        )


def whose_homograph() -> Iterator[Case]:
    """'Radio presenter NAME, whose show airs at dawn, said C.' -> only C, by NAME: the word
    after *whose* is its noun, never a cue. Also after the name, inverted."""
    combos = itertools.product(PEOPLE, TITLES, HOMOGRAPHS, MAIN_CUES, MAIN, (False, True))
    for name, title, (noun, rest), (adverb, cue), c2, inverted in sample(
        combos, 200, "h31relative-whose-homograph"
    ):
        if inverted:
            direct = f'"{QUOTES[len(name) % len(QUOTES)]},"'
            text = f"{direct} said {title}{name}, whose {noun} {rest}."
            yield Case("", "whose-homograph-inverted", text, [Expect(direct, "direct", name)])
            continue
        text = f"{title}{name}, whose {noun} {rest}, {_main_verb(adverb, cue)} {c2}."
        yield Case("", "whose-homograph", text, [Expect(c2, "indirect", name)])


def described_then_name() -> Iterator[Case]:
    """'The engineer who warned of the leak, NAME, said C2.' -> C2 by NAME; the relative
    clause's report is never the bare description's."""
    combos = itertools.product(PEOPLE, ROLES, RESTRICTIVE, MAIN_CUES[:4], MAIN, (False, True))
    for name, role, rel, (adverb, cue), c2, quoted in sample(combos, 150, "h31relative-described"):
        body = " of the Harbour Trust" if len(c2) % 3 == 0 else ""  # ('NAME of BODY' renames too)
        lead = f"The {role} {rel}, {name}{body},"
        if quoted:
            direct = f'"{QUOTES[len(role) % len(QUOTES)]}."'
            text = f"{lead} said: {direct}"
            main = Expect(direct, "direct", name)
        else:
            text = f"{lead} {_main_verb(adverb, cue)} {c2}."
            main = Expect(c2, "indirect", name)
        inner = rel.split(" ", 2)[2]
        content = inner[3:] if inner.startswith("of ") else inner
        expects = [main, Expect(content, "indirect", name, ANY, ANY)]
        yield Case("", "described-name", text, expects, wrong_speakers=[(inner, role)])


#: Plural descriptions a restrictive relative clause with a report of its own follows.
GROUPS = ("Dockers", "Residents", "Nurses", "Two farmers")
#: The relative clause's report (no commas) and its content.
GROUP_REPORTS = (
    ("who criticised the board", "the board"),
    ("who accused the council of negligence", "the council of negligence"),
    ("who said the pier was unsafe", "the pier was unsafe"),
)
#: Main verb groups for a plural subject.
PLURAL_MAIN = (("now", "say"), ("later", "told reporters"), ("have since", "said"), ("", "said"))


def restrictive_then_adverb() -> Iterator[Case]:
    """'Dockers who criticised the board now say C2.' -> both the group's; the relative
    clause's report ends before the main verb group."""
    combos = itertools.product(GROUPS, GROUP_REPORTS, PLURAL_MAIN, MAIN)
    for group, (rel, inner), (adverb, cue), c2 in sample(combos, 100, "h31relative-restrictive"):
        text = f"{group} {rel} {_main_verb(adverb, cue)} {c2}."
        speaker = group.lower()
        expects = [Expect(inner, "indirect", speaker, ANY, ANY), Expect(c2, "indirect", speaker, ANY, ANY)]
        yield Case("", "restrictive-adverb", text, expects)


#: Restrictive *whose* clauses (no commas) that report nothing: (clause, noun after whose).
WHOSE_RESTRICTIVE = (
    ("whose father built the mast", "father"),
    ("whose son died in the fire", "son"),
    ("whose shop flooded in May", "shop"),
    ("whose boat sank last winter", "boat"),
    ("whose report warned of the leak", "report"),
)


def restrictive_whose() -> Iterator[Case]:
    """'The engineer whose father built the mast said C.' -> C by the description, never by
    a phrase after *whose*; 'NAME, 54, whose report warned of the leak, said C' -> NAME."""
    combos = itertools.product(PEOPLE, ROLES, WHOSE_RESTRICTIVE, MAIN_CUES[:4], MAIN, (False, True))
    for name, role, (rel, noun), (adverb, cue), c2, aged in sample(combos, 120, "h31relative-whose-r"):
        if aged:
            text = f"{name}, {30 + len(c2)}, {rel}, {_main_verb(adverb, cue)} {c2}."
            expects = [Expect(c2, "indirect", name)]
        else:
            text = f"The {role} {rel} {_main_verb(adverb, cue)} {c2}."
            expects = [Expect(c2, "indirect", role, ANY, ANY)]
        yield Case("", "restrictive-whose", text, expects, exact=False, wrong_speakers=[(c2, noun)])


def guard_body_which() -> Iterator[Case]:
    """'The station, which says it reaches 40,000 homes, said C2.' -> both the body's."""
    combos = itertools.product(BODIES, MAIN_CUES, MAIN)
    for (body, c1), (adverb, cue), c2 in sample(combos, 80, "h31relative-body"):
        text = f"{body}, which says {c1}, {_main_verb(adverb, cue)} {c2}."
        speaker = body.split()[1]
        expects = [Expect(c1, "indirect", speaker, ANY, ANY), Expect(c2, "indirect", speaker, ANY, ANY)]
        yield Case("", "body-which", text, expects)


def guard_non_report() -> Iterator[Case]:
    """'NAME, who has run the depot since 2009, now says C.' / 'NAME, whose father built the
    mast, said C.' / 'NAME, a presenter whose show warns farmers of frost, said C.' -> only C,
    by NAME."""
    shapes = (*NON_REPORTS, "a presenter whose show warns farmers of frost")
    combos = itertools.product(PEOPLE, shapes, MAIN_CUES, MAIN)
    for name, rel, (adverb, cue), c2 in sample(combos, 150, "h31relative-non-report"):
        text = f"{name}, {rel}, {_main_verb(adverb, cue)} {c2}."
        yield Case("", "non-report", text, [Expect(c2, "indirect", name)])


def guard_whose_person() -> Iterator[Case]:
    """'NAME, whose lawyer said C1, said C2.' -> C2 by NAME; C1 is the lawyer's, never NAME's."""
    combos = itertools.product(PEOPLE, WHOSE_PERSONS, INNER, MAIN_CUES, MAIN)
    for name, noun, c1, (adverb, cue), c2 in sample(combos, 80, "h31relative-whose-person"):
        text = f"{name}, whose {noun} said {c1}, {_main_verb(adverb, cue)} {c2}."
        yield Case(
            "",
            "whose-person",
            text,
            [Expect(c2, "indirect", name)],
            exact=False,
            wrong_speakers=[(c1, name)],
        )


#: Objects of the relative clause's verb that a following name may rename (a role or a kin).
APPOSED_OBJECTS = ("the mayor", "his father", "the harbour master", "her sister", "the coach")


def guard_apposed_object() -> Iterator[Case]:
    """'The engineer who criticised the mayor, NAME, said C2.': NAME may be the mayor, so the
    relative clause's stance is never NAME's."""
    combos = itertools.product(PEOPLE, ROLES, APPOSED_OBJECTS, MAIN_CUES[:4], MAIN)
    for name, role, obj, (adverb, cue), c2 in sample(combos, 60, "h31relative-apposed-object"):
        text = f"The {role} who criticised {obj}, {name}, {_main_verb(adverb, cue)} {c2}."
        yield Case("", "apposed-object", text, [], exact=False, wrong_speakers=[(obj, name)])


def guard_plain_adverb() -> Iterator[Case]:
    """'NAME now says C.' / 'NAME has since said C.': no relative clause, the name speaks."""
    combos = itertools.product(PEOPLE, TITLES, MAIN_CUES, MAIN)
    for name, title, (adverb, cue), c2 in sample(combos, 80, "h31relative-plain"):
        text = f"{title}{name} {_main_verb(adverb, cue)} {c2}."
        yield Case("", "plain-adverb", text, [Expect(c2, "indirect", name)])


ROUND28_H31RELATIVE: tuple[Capability, ...] = (
    named(
        "relative.who_report_then_main",
        "2",
        "NAME, who said last year that C1, now says C2 -> both NAME (now, later, has since)",
        who_report_then_main,
    ),
    named(
        "relative.who_report_then_quote",
        "2",
        'NAME, who warned that C1, said: "Q." / "Q," said NAME, who warned that C1 -> both NAME',
        who_report_then_quote,
    ),
    named(
        "relative.whose_document",
        "2",
        "NAME, whose report warned of C1, said C2 -> C2 by NAME; C1 never the document noun's",
        whose_document,
    ),
    named(
        "relative.whose_homograph",
        "2",
        "NAME, whose show airs at dawn, said C -> only C by NAME: the noun after whose is no cue",
        whose_homograph,
    ),
    named(
        "relative.described_then_name",
        "2",
        "The engineer who warned of C1, NAME, said C2 -> C2 by NAME; C1 never the description's",
        described_then_name,
    ),
    named(
        "relative.restrictive_then_adverb",
        "2",
        "Dockers who criticised the board now say C2 -> both the group's (now, later, have since)",
        restrictive_then_adverb,
    ),
    named(
        "relative.restrictive_whose",
        "2",
        "The engineer whose father built the mast said C -> the engineer; NAME, 54, whose ... -> NAME",
        restrictive_whose,
    ),
    named(
        "relative.guard_body_which",
        "2",
        "The station, which says it reaches 40,000 homes, said C2 -> both the station's",
        guard_body_which,
    ),
    named(
        "relative.guard_non_report",
        "2",
        "NAME, who has run the depot since 2009, now says C -> only C by NAME",
        guard_non_report,
    ),
    named(
        "relative.guard_whose_person",
        "2",
        "NAME, whose lawyer said C1, said C2 -> C2 by NAME; C1 never NAME's",
        guard_whose_person,
    ),
    named(
        "relative.guard_apposed_object",
        "2",
        "The engineer who criticised the mayor, NAME, said C2 -> the stance is never NAME's",
        guard_apposed_object,
    ),
    named(
        "relative.guard_plain_adverb",
        "2",
        "NAME now says C / NAME has since said C (no relative clause) -> NAME",
        guard_plain_adverb,
    ),
)
