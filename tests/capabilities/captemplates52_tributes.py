"""Development capabilities added on main in the fifty-second round: tributes, polls, street
interviews and quotation marks under stress.

* *NAME, the ROLE of BODY, remembered her as "F".*, *"F" was how NAME, ROLE, described him.*: NAME's
  words, with the title (before: nothing past the apposition; the fragment nobody's);
* *NAME read "T", a poem OTHER had written*, *As she put it in her memoir, T, "Q."*: a work's title
  is no quotation, and the memoir's name no report (before: the reader's quotation, the title a
  report of its own);
* *NAME and her husband, OTHER, said that C*: both (before: the husband alone); *In a statement
  released through Corrin Athletic, his family said*: never the club; *NAME, who worked at BODY,
  has died. "Q," the company said.*: the body (before: the dead woman, typed as a body); *C, NAME,
  his stepdaughter, said, citing X*: NAME for both;
* *according to a poll of 1,658 adults by BODY*, *The poll of 1,157 voters, carried out for
  OUTLET by BODY, found that C*: BODY (before: *poll of 1*);
* *NAME, ROLE, was asked about X on Saturday.* and a quotation paragraph: NAME's answer (before:
  nobody's);
* a stray opening mark before another person's quotation, a quotation broken off by a dash before
  its closing mark (‘ ’, ' ', „ “), an elided decade after the opening mark (*‘’90s*);
* signs, plaques and headstones (*A notice reading "Q"*, *inscribed "Q"*, *bears the words "Q"*),
  and *NAME knew OTHER for thirty years* (an acquaintance, no report): nothing; *NAME, a TRADE
  holding a banner that read "S", said that C*: NAME, titled by the trade;
* *A, ROLE, met B, ROLE, in Tan Hoa on Sunday. "Q," he said.*: the one the pronoun's gender
  fits, never the town.

People, bodies and sentences of our own. ``captemplates.py`` adds :data:`ROUND52_TRIBUTES` to its
``CAPABILITIES``.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from capkit import Capability, Case, Contains, Expect, named
from captemplates38_main import CLAUSES, QUOTES

#: (full name, subject pronoun, object pronoun) of people with listed first names.
PEOPLE = (
    ("Harriet Quenby", "she", "her"),
    ("Oliver Stanway", "he", "him"),
    ("Margaret Dunholm", "she", "her"),
    ("Samuel Tredwell", "he", "him"),
)
#: (role, body) of the people's posts.
ROLES = (
    ("chairman", "Brackenmoor Rowing Club"),
    ("warden", "Greyholt Nature Reserve"),
    ("conductor", "Ostrava Hills Choral Society"),
)
MARKS = (('"', '"'), ("\u201c", "\u201d"), ("\u2018", "\u2019"))
#: Tributes' fragments.
FRAGMENTS = ("a teacher in the truest sense", "utterly fearless", "the conscience of the town")


def _marked(words: str, m: int) -> str:
    left, right = MARKS[m]
    return f"{left}{words}{right}"


def _quote(c: int, m: int, end: str = ".") -> str:
    return _marked(f"{QUOTES[c]}{end}", m)


def tributes() -> Iterator[Case]:
    """'NAME, the ROLE of the BODY, remembered her as "F".' -> a mixed report of NAME's; '"F" was how
    NAME, the ROLE of the BODY, described him.' -> the fragment is NAME's."""
    for p, r, f, m in itertools.product(range(4), range(3), range(3), range(3)):
        name = PEOPLE[p][0]
        obj = PEOPLE[(p + 1) % 4][2]
        role, body = ROLES[r]
        fragment = _marked(FRAGMENTS[f], m)
        if (p + r) % 2 == 0:
            text = f"{name}, the {role} of the {body}, remembered {obj} as {fragment}."
            expect = Expect(f"{obj} as {fragment}", "mixed", name, Contains((role, body)))
        else:
            opening = _marked(FRAGMENTS[f][:1].upper() + FRAGMENTS[f][1:], m)
            text = f"{opening} was how {name}, the {role} of the {body}, described {obj}."
            expect = Expect(opening, "direct", name, Contains((role, body)))
        yield Case("", str((p + r) % 2), text, [expect], exact=False)


#: (title, work noun) pairs.
WORKS = (("The Last Rehearsal", "poem"), ("A Harbour in Winter", "memoir"), ("Salt on the Wind", "song"))


def work_titles() -> Iterator[Case]:
    """'NAME, the ROLE of the BODY, read "T", a poem OTHER had written in 1981.' -> no quotation;
    'OTHER died on Friday. As she put it in her memoir, T, "Q."' -> OTHER's quotation, the title no
    report."""
    for p, w, m, shape in itertools.product(range(4), range(3), range(3), range(2)):
        name = PEOPLE[p][0]
        other, pronoun, _ = PEOPLE[(p + 2) % 4]
        title, noun = WORKS[w]
        if shape == 0:
            role, body = ROLES[w]
            work = f"{_marked(title, m)}, a {noun} {other} had written in 1981"
            text = f"{name}, the {role} of the {body}, read {work}."
            yield Case("", "0", text, [], wrong_speakers=[(title, name)])
        else:
            quote = _quote(w, m)
            possessive = "her" if pronoun == "she" else "his"
            text = f"{other} died on Friday. As {pronoun} put it in {possessive} memoir, {title}, {quote}"
            yield Case("", "1", text, [Expect(quote, "direct", other)], wrong_speakers=[(title, other)])


#: Clubs named with a sports club's word after a given name (*Corrin*, *Carys*).
CLUBS = ("Corrin Athletic", "Carys Rovers", "Ellis United")
#: Companies a person worked at.
FIRMS = ("Tollmere Shipbuilders", "Harwick Glassworks", "Fennick Printers")


def families_and_bodies() -> Iterator[Case]:
    """'NAME and her husband, OTHER, said that C.' -> both; 'In a statement released through CLUB,
    his family said: "Q."' -> never the club; 'NAME, who worked at FIRM for 16 years, has died.
    "Q," the company said.' -> the firm; 'C, NAME, his stepdaughter, said, citing kidney disease.' ->
    NAME for both reports."""
    for p, k, c, shape in itertools.product(range(4), range(3), range(3), range(4)):
        name, _, _ = PEOPLE[p]
        other = PEOPLE[(p + 1) % 4][0]
        if shape == 0:
            relation = "husband" if p % 2 == 0 else "wife"
            owner = "her" if p % 2 == 0 else "his"
            clause = f"that {CLAUSES[c]}"
            text = f"{name} and {owner} {relation}, {other}, said {clause}."
            yield Case("", "0", text, [Expect(clause, "indirect", f"{name}; {other}")])
        elif shape == 1:
            quote = _quote(c, k)
            text = f"{other} died on Monday. In a statement released through {CLUBS[k]}, his family said: "
            text += quote
            yield Case("", "1", text, [], exact=False, wrong_speakers=[(quote, CLUBS[k]), (quote, other)])
        elif shape == 2:
            quote = _quote(c, k, ",")
            text = f"{name}, who worked at {FIRMS[k]} for 16 years, has died at 81. {quote} the company said."
            yield Case("", "2", text, [Expect(quote, "direct", FIRMS[k])], wrong_speakers=[(quote, name)])
        else:
            cause = ("kidney disease", "a long illness", "complications of pneumonia")[c]
            relation = ("his stepdaughter", "his son", "his niece")[k]
            text = f"{other} died in hospital on Saturday, {name}, {relation}, said, citing {cause}."
            yield Case(
                "", "3", text, [Expect(cause, "indirect", name)], exact=False, wrong_speakers=[(cause, other)]
            )


#: Polling firms.
POLLSTERS = ("Meridian Polling Institute", "Harbinger Insight", "Corvale Research")


def poll_sources() -> Iterator[Case]:
    """'According to a poll of 1,658 adults by BODY, C.', 'C, according to a survey of 1,658 adults
    published on Wednesday by BODY.', 'The poll of 1,157 voters, carried out for the Oldhaven Herald
    by BODY, found that C.' -> BODY, never *poll of 1*."""
    counts = ("1,658", "2,041", "1,157")
    for b, c, n, shape in itertools.product(range(3), range(3), range(3), range(3)):
        body, count = POLLSTERS[b], counts[n]
        if shape == 0:
            noun = ("poll", "survey", "study")[c]
            text = f"According to a {noun} of {count} adults by the {body}, {CLAUSES[c]}."
            yield Case("", "0", text, [Expect(CLAUSES[c], "indirect", body)])
        elif shape == 1:
            clause = CLAUSES[c][0].upper() + CLAUSES[c][1:]
            text = f"{clause}, according to a survey of {count} adults published on Wednesday by {body}."
            yield Case("", "1", text, [Expect(clause, "indirect", body)])
        else:
            clause = f"that {CLAUSES[c]}"
            text = (
                f"The poll of {count} voters, carried out for the Oldhaven Herald by {body}, found {clause}."
            )
            yield Case(
                "",
                "2",
                text,
                [Expect(clause, "indirect", body)],
                wrong_speakers=[(clause, "Oldhaven Herald")],
            )


def asked_then_answers() -> Iterator[Case]:
    """'NAME, the ROLE of the BODY, was asked about the delay on Saturday.' and a quotation
    paragraph (of one or two paragraphs) -> NAME's answer."""
    topics = ("the delay", "the flooded footpath", "the closure of the ferry office")
    for p, r, t, m in itertools.product(range(4), range(3), range(3), range(3)):
        name = PEOPLE[p][0]
        role, body = ROLES[r]
        left, right = MARKS[m]
        if (p + t) % 2 == 0:
            quote = _quote(t, m)
            text = f"{name}, the {role} of the {body}, was asked about {topics[t]} on Saturday.\n\n{quote}"
        else:
            quote = f"{left}{QUOTES[t]}.\n\n{left}{QUOTES[(t + 1) % 3]}.{right}"
            text = f"{name}, the {role} of the {body}, was asked about {topics[t]} on Saturday.\n\n{quote}"
        yield Case("", str((p + t) % 2), text, [Expect(quote, "direct", name)], exact=False)


def marks_under_stress() -> Iterator[Case]:
    """A stray opening mark before another's quotation ('NAME said the ferry 'would run on Tuesday.
    'Q,' said OTHER.') -> OTHER's quotation, never NAME's words given to OTHER; a quotation broken
    off by a dash ('‘Q —’ NAME began, before OTHER cut in: ‘R.’') -> each its speaker's; '‘’90s
    music is back,’ NAME said.' -> NAME."""
    dashed = (("\u2018", "\u2019"), ("'", "'"), ("\u201e", "\u201c"))
    for p, c, k, shape in itertools.product(range(4), range(3), range(3), range(3)):
        name, other = PEOPLE[p][0], PEOPLE[(p + 1) % 4][0]
        role, body = ROLES[k]
        if shape == 0:
            left, right = ("'", "'") if k < 2 else ("\u2018", "\u2019")
            quote = f"{left}{QUOTES[c]},{right}"
            stray = f"{name} said the ferry {left}would run again on Tuesday."
            text = f"{stray} {quote} said {other}, the {role} of the {body}."
            yield Case(
                "",
                "0",
                text,
                [Expect(quote, "direct", other, Contains((role, body)))],
                exact=False,
                wrong_speakers=[("would run again on Tuesday", other)],
            )
        elif shape == 1:
            left, right = dashed[k]
            first = f"{left}I think the plan can work \u2014{right}"
            second = f"{left}{QUOTES[c]}.{right}"
            text = f"{first} {name}, the {role} of the {body}, began, before {other} cut in: {second}"
            yield Case(
                "",
                "1",
                text,
                [Expect(first, "direct", name, Contains((role, body))), Expect(second, "direct", other)],
                exact=False,
            )
        else:
            quote = "\u2018\u201990s music is back in the hall,\u2019"
            text = f"{quote} {name}, the {role} of the {body}, said."
            yield Case("", "2", text, [Expect(quote, "direct", name, Contains((role, body)))])


def signs_and_acquaintances() -> Iterator[Case]:
    """'A notice reading "Q" hung on the door.', 'Her headstone bears the words "Q".', 'The council
    fixed a brass plaque inscribed "Q" to the wall.', 'NAME knew OTHER for thirty years.' -> nothing;
    'NAME, a TRADE holding a banner that read "S", said that C.' -> NAME, titled by the trade."""
    trades = ("carpenter", "taxi driver", "accountant")
    slogans = ("Our Town, Our Say", "Let Us Breathe", "Ferries Are Lifelines")
    for p, c, m, shape in itertools.product(range(4), range(3), range(3), range(5)):
        name, _, obj = PEOPLE[p]
        other = PEOPLE[(p + 1) % 4][0]
        words = _marked(FRAGMENTS[c][:1].upper() + FRAGMENTS[c][1:], m)
        if shape == 0:
            yield Case("", "0", f"A notice reading {words} hung on the ferry office door.", [])
        elif shape == 1:
            possessive = "Her" if obj == "her" else "His"
            yield Case("", "1", f"{possessive} headstone bears the words {words}.", [])
        elif shape == 2:
            yield Case("", "2", f"The council fixed a brass plaque inscribed {words} to the wall.", [])
        elif shape == 3:
            span = ("thirty years", "half a century", "most of her life")[c]
            yield Case("", "3", f"{name} knew {other} for {span}.", [])
        else:
            clause = f"that {CLAUSES[c]}"
            trade = ("a carpenter", "a taxi driver", "an accountant")[m]
            text = f"{name}, {trade} holding a banner that read {_marked(slogans[c], m)}, said {clause}."
            yield Case("", "4", text, [Expect(clause, "indirect", name, Contains(trades[m]))], exact=False)


#: (role, body) of posts whose nouns give no gender (not *chairman*).
NEUTRAL_ROLES = (
    ("chair", "Brackenmoor Rowing Club"),
    ("warden", "Greyholt Nature Reserve"),
    ("conductor", "Ostrava Hills Choral Society"),
)
#: (name, gender's pronoun) pairs: a name the lists know, and one they do not (no gender).
KNOWN = (("Hélène Marchetti-Roux", "she"), ("Mohammad Tabatabaei", "he"))
UNKNOWN = ("Seo Jae-won", "Liang Xiaomei", "Nguyen Bao")
PLACES = ("Tan Hoa", "Kota Seri Melati", "Port Ebrima")


def met_in_places() -> Iterator[Case]:
    """'A, ROLE, met B, ROLE, in PLACE on Sunday. "Q," PRONOUN said.' -> the newcomer the pronoun's
    gender fits (or, when the known one does not fit, the other), never the place; both orders."""
    for k, u, t, c in itertools.product(range(2), range(3), range(3), range(3)):
        known, pronoun = KNOWN[k]
        role_k, role_u = NEUTRAL_ROLES[t], NEUTRAL_ROLES[(t + 1) % 3]
        unknown = UNKNOWN[u]
        place = PLACES[(u + c) % 3]
        first, second = (
            ((unknown, role_u), (known, role_k)) if c % 2 == 0 else ((known, role_k), (unknown, role_u))
        )
        quote = _quote(c, t, ",")
        opener = f"{first[0]}, the {first[1][0]} of the {first[1][1]}"
        intro = f"{opener}, met {second[0]}, the {second[1][0]} of the {second[1][1]}"
        other_pronoun = "he" if pronoun == "she" else "she"
        said, speaker, wrong = (
            (pronoun, known, unknown) if (u + t) % 2 == 0 else (other_pronoun, unknown, known)
        )
        text = f"{intro}, in {place} on Sunday. {quote} {said} said."
        yield Case(
            "",
            str(c % 2),
            text,
            [Expect(quote, "direct", speaker)],
            wrong_speakers=[(quote, place), (quote, wrong)],
        )


ROUND52_TRIBUTES: tuple[Capability, ...] = (
    named(
        "speaker.tributes",
        "1",
        'NAME, ROLE, remembered her as "F"; "F" was how NAME, ROLE, described him',
        tributes,
    ),
    named("control.work_titles", "8", 'read "T", a poem; in her memoir, T, "Q"', work_titles),
    named(
        "speaker.families_and_bodies",
        "4",
        "NAME and her husband, OTHER; his family (not the club); the company (not the dead); citing X",
        families_and_bodies,
    ),
    named(
        "speaker.poll_sources", "5", "a poll of 1,658 adults by BODY; carried out for X by BODY", poll_sources
    ),
    named("speaker.asked_then_answers", "3", "NAME, ROLE, was asked about X. / 'Q.'", asked_then_answers),
    named(
        "marks.under_stress",
        "8",
        "stray opening mark; dash before the closing mark; ‘’90s",
        marks_under_stress,
    ),
    named(
        "control.signs_and_acquaintances",
        "8",
        "notice reading, headstone, plaque; knew OTHER for years",
        signs_and_acquaintances,
    ),
    named("speaker.met_in_places", "4", "A, ROLE, met B, ROLE, in PLACE. Q, he/she said", met_in_places),
)
