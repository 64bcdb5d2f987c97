"""Development capabilities added on branch ``h28marks`` in the twenty-eighth round: British
single quotation marks with apostrophes of elision inside them.

* *'We were fixin' the boat all mornin' on the slip,' said NAME.* (straight and curly marks):
  an apostrophe after a dropped *g* (*fixin'*, *goin'*, *rakin'*), before *'em*, *'cause*,
  *'til*, in *rock 'n' roll*, *y'know*, *o'clock* and a plural possessive (*the pilots' mess*)
  is no quotation mark; the quotation runs to its real closing mark. Cue before or after.
* *'Q1 ... sentence. We're goin' home,' NAME said.*: a dropped *g* after a full stop inside the
  quotation is still an apostrophe.
* Split quotations *'Q1,' NAME said. 'Q2.'* with elisions in either part: one quotation, two
  parts.
* Guards: a quotation that really ends after an *-in* word (*'We're not givin',' he said.*,
  *NAME said: 'They just keep on talkin'.'*); a real single quotation nested inside a double
  one; a scare term in single marks ending in *-in* mid-sentence in a text quoting with double
  marks (*the so-called 'cabin' rule*) stays apart from the quotation.
* Titles: *"Q," said NAME, who was named ROLE at BODY in 2018.* (*appointed*, *elected*, *has
  been named*): the post with its body is the title, as for *who is ROLE*; *BODY works manager
  NAME said C.*: a plural noun modifier (*works*, *arms*, *parks*, *grounds*) stays in the
  title. Guards: *who was named in the lawsuit*, *who was elected in 2015* name no post.

People and sentences of our own. ``captemplates.py`` adds :data:`ROUND25_H28MARKS` to its
``CAPABILITIES``.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from capkit import Capability, Case, Contains, Expect, named, sample

#: Persons of several cultures: (full name, gender).
NAMES = (
    ("Eilidh MacLeod", "f"),
    ("Tunde Bakare", "m"),
    ("Priya Venkatesan", "f"),
    ("Bogdan Lisowski", "m"),
    ("Aroha Ngata", "f"),
    ("Callum Fraser", "m"),
    ("Yasmin Haddad", "f"),
    ("Dai Llewellyn", "m"),
    ("Oksana Hrytsenko", "f"),
    ("Kwame Asante", "m"),
)
#: Marks: (open, close, apostrophe).
MARKS = (("'", "'", "'"), ("\u2018", "\u2019", "\u2019"))
#: Quotations (no final punctuation) holding elisions; ``A`` stands for the apostrophe.
ELIDED = (
    "We were fixinA the boat all morninA on the slip",
    "I told Aem the ferry runs at six oAclock, not seven",
    "They keep rakinA in the money while the pilotsA mess floods",
    "It was rock AnA roll every night Atil the landlord came",
    "We stopped Acause the nets were tangled, yAknow",
    "You just keep goinA until the tide turns",
    "The dockersA canteen has been servinA the same pie for years",
    "Nobody was listeninA to us Atil the roof came down",
    "We were all sittinA round waitinA for the bus",
    "He was tellinA everyone the growersA market would close",
    "WeAre packinA the van tonight",
    "IAm headinA back to the farm for good",
    "TheyAre sellinA the lot by Friday",
    "SheAs runninA the stall on her own now",
)
#: Two-sentence quotations: the second holds a dropped *g*.
TWO_SENTENCES = (
    "The shed is full. We are packinA up the rest tomorrow",
    "It rained all week. We were bailinA out the cellar every night",
    "The road is shut. Folk are walkinA to the shop again",
    "Prices went up. We are cuttinA back on everything",
)
#: Second parts of a split quotation (no final punctuation).
SECOND = (
    "It is not gettinA any easier",
    "We are stayinA put, whatever they say",
    "The kids love it, yAknow",
    "There is nothinA else to do",
)
CUES_AFTER = ("said", "told reporters", "added", "insisted")


def _q(words: str, mark: tuple[str, str, str], end: str) -> str:
    """*words* with its apostrophes and the marks, ending in *end* inside the marks."""
    opening, closing, apos = mark
    return f"{opening}{words.replace('A', apos)}{end}{closing}"


def elisions() -> Iterator[Case]:
    """'Q,' said NAME. / 'Q,' NAME CUE. / NAME said: 'Q.' -> one quotation, NAME's."""
    combos = itertools.product(NAMES, ELIDED, MARKS, range(3), CUES_AFTER)
    for (name, _), words, mark, shape, cue in sample(combos, 420, "h28marks-elide"):
        if shape == 0:
            content = _q(words, mark, ",")
            text = f"{content} said {name}."
        elif shape == 1:
            content = _q(words, mark, ",")
            text = f"{content} {name} {cue}."
        else:
            content = _q(words, mark, ".")
            text = f"{name} said: {content}"
        yield Case("", f"elide-{shape}", text, [Expect(content, "direct", name)])


def after_sentence() -> Iterator[Case]:
    """'S1. S2 with goin' ...,' NAME said. -> one quotation of two sentences."""
    combos = itertools.product(NAMES, TWO_SENTENCES, MARKS, range(2))
    for (name, _), words, mark, shape in sample(combos, 160, "h28marks-sent"):
        content = _q(words, mark, ",")
        text = f"{content} {name} said." if shape == 0 else f"{content} said {name}."
        yield Case("", f"sent-{shape}", text, [Expect(content, "direct", name)])


def split() -> Iterator[Case]:
    """'Q1,' NAME said. 'Q2.' -> one quotation in two parts, NAME's."""
    combos = itertools.product(NAMES, ELIDED, SECOND, MARKS)
    for (name, _), first, second, mark in sample(combos, 240, "h28marks-split"):
        q1, q2 = _q(first, mark, ","), _q(second, mark, ".")
        text = f"{q1} {name} said. {q2}"
        content = text[: text.index(q2) + len(q2)]
        yield Case("", "split", text, [Expect(content, "direct", name, parts=(q1, q2))])


#: Quotations ending in an *-in* word.
ENDS_IN = (
    "We are not givin",
    "Nobody round here is listenin",
    "They just keep on talkin",
    "The whole town is still waitin",
)


def guard_ends_after_in() -> Iterator[Case]:
    """'Q givin',' he said. / 'Q givin',' said NAME. / NAME said: 'Q talkin'.' -> the quotation
    ends after the -in word's apostrophe. 'Keep on talkin' was the advice. 'Q givin',' said
    NAME. -> the first quotation, a subject, ends before *was*."""
    combos = itertools.product(NAMES, ENDS_IN, MARKS, range(4))
    for (name, gender), words, mark, shape in sample(combos, 240, "h28marks-gend"):
        apos = mark[2]
        if shape == 0:
            content = _q(words + apos, mark, ",")
            pron = "she" if gender == "f" else "he"
            text = f"{name} shook her head. {content} {pron} said." if gender == "f" else ""
            text = text or f"{name} shook his head. {content} {pron} said."
        elif shape == 1:
            content = _q(words + apos, mark, ",")
            text = f"{content} said {name}."
        elif shape == 2:
            content = _q(words + apos, mark, ".")
            text = f"{name} said: {content}"
        else:
            content = _q(words + apos, mark, ",")
            subject = _q("Keep on talkin", mark, "")
            text = f"{subject} was the only advice anyone gave. {content} said {name}."
            yield Case("", "gend-3", text, [Expect(content, "direct", name)], exact=False)
            continue
        yield Case("", f"gend-{shape}", text, [Expect(content, "direct", name)])


#: Double-mark quotations holding a single-mark quotation with an elision: ``{o}``, ``{c}`` the
#: inner marks, ``{a}`` the apostrophe.
NESTED = (
    "The sign just said {o}nothin{a} doin{a},{c} so we went home",
    "He told us {o}do not come back {a}til spring,{c} and we listened",
    "My gran called it {o}cookin{a} weather,{c} and she was right",
)


def guard_nested() -> Iterator[Case]:
    """ "Q with 'nothin' doin',' ..." said NAME. -> one double quotation, NAME's."""
    combos = itertools.product(NAMES, NESTED, (('"', '"'), ("\u201c", "\u201d")), range(2))
    for (name, _), words, (opening, closing), shape in sample(combos, 80, "h28marks-gnest"):
        o, c = ("'", "'") if opening == '"' else ("\u2018", "\u2019")
        inner = words.format(o=o, c=c, a=c)
        content = f"{opening}{inner},{closing}" if shape == 0 else f"{opening}{inner}.{closing}"
        text = f"{content} said {name}." if shape == 0 else f"{name} said: {content}"
        yield Case("", f"gnest-{shape}", text, [Expect(content, "direct", name)])


#: Scare terms in single marks ending in *-in*: (before, term, after).
SCARE = (
    ("the so-called", "cabin", "rule was scrapped"),
    ("a", "protein", "tax was coming"),
    ("the", "margin", "call never came"),
    ("the old", "twin", "policy still stood"),
)


def guard_scare() -> Iterator[Case]:
    """'"Q," said NAME. She said the so-called 'cabin' rule was scrapped. "Q2," NAME added.' (double
    marks text): the scare term is no quotation and both double quotations stay NAME's."""
    combos = itertools.product(NAMES, SCARE, MARKS)
    for (name, gender), (before, term, after), mark in sample(combos, 80, "h28marks-gscare"):
        pron = "She" if gender == "f" else "He"
        first, second = '"We are ready for it,"', '"Nobody asked us,"'
        scare = f"{mark[0]}{term}{mark[1]}"
        text = f"{first} said {name}. {pron} said {before} {scare} {after}. {second} {name} added."
        expected = [Expect(first, "direct", name), Expect(second, "direct", name)]
        yield Case("", "gscare", text, expected, exact=False, wrong_speakers=[(scare, "nobody")])


#: Verbs of appointment after *who*.
APPOINTED = ("was named", "was appointed", "was elected", "has been named", "had been appointed")
#: Posts with their bodies: (role, link, body).
POSTS = (
    ("chief executive", "at", "Carrow Steel"),
    ("finance director", "of", "Ostend Water"),
    ("chair", "of", "the Kilnsey Quarry Trust"),
    ("head teacher", "at", "Pemberton Academy"),
    ("general manager", "of", "Brightwater Ferries"),
    ("treasurer", "of", "the Ardmore Housing Society"),
)
QUOTE_B = ("We will keep the plant open", "Nobody here wants a strike", "The order book is full")
CLAUSES_B = ("the plant would stay open", "the order book was full", "nobody wanted a strike")


def appointed_relative() -> Iterator[Case]:
    """'"Q," said NAME, who was named ROLE at BODY in 2018.' / 'NAME, who was appointed ROLE of
    BODY in 2019, said C.' -> NAME, title the role with its body."""
    combos = itertools.product(NAMES, APPOINTED, POSTS, range(3), ("2018", "March"))
    for (name, _), verb, (role, link, body), shape, when in sample(combos, 300, "h28marks-appt"):
        title = Contains((role, body.removeprefix("the ")))
        if shape == 0:
            content = f'"{QUOTE_B[len(name) % 3]},"'
            text = f"{content} said {name}, who {verb} {role} {link} {body} in {when}."
            expected = [Expect(content, "direct", name, title)]
        elif shape == 1:
            content = CLAUSES_B[len(name) % 3]
            text = f"{name}, who {verb} {role} {link} {body} in {when}, said {content}."
            expected = [Expect(content, "indirect", name, title)]
        else:
            content = f'"{QUOTE_B[len(role) % 3]}."'
            text = f"{name}, who {verb} {role} {link} {body} in {when}, said: {content}"
            expected = [Expect(content, "direct", name, title)]
        yield Case("", f"appt-{shape}", text, expected, exact=False)


#: Plural nouns that modify a role in a job title, and the roles.
PLURAL_MODS = ("works", "arms", "parks", "grounds")
MOD_ROLES = ("manager", "director", "supervisor", "inspector", "officer")
BODIES_B = ("Carrow Steel", "Kilnsey Quarry", "Ostend Water", "Brightwater Ferries")


def plural_modifier() -> Iterator[Case]:
    """'BODY works manager NAME said C.' / '"Q," said BODY works manager NAME.' -> title keeps
    the plural modifier (*works manager*)."""
    combos = itertools.product(NAMES, PLURAL_MODS, MOD_ROLES, BODIES_B, range(2))
    for (name, _), mod, role, body, shape in sample(combos, 240, "h28marks-pmod"):
        title = Contains(f"{mod} {role}")
        if shape == 0:
            content = CLAUSES_B[len(name) % 3]
            text = f"{body} {mod} {role} {name} said {content}."
            expected = [Expect(content, "indirect", name, title)]
        else:
            content = f'"{QUOTE_B[len(name) % 3]},"'
            text = f"{content} said {body} {mod} {role} {name}."
            expected = [Expect(content, "direct", name, title)]
        yield Case("", f"pmod-{shape}", text, expected, exact=False)


#: Relatives with an appointment verb that name no post.
NO_POST = (
    "who was named in the lawsuit",
    "who was named after her grandmother",
    "who was elected in 2015",
    "who was appointed by the court",
    "who was named as a witness",
)


def guard_no_post() -> Iterator[Case]:
    """'"Q," said NAME, who was named in the lawsuit.' -> NAME speaks with no title."""
    combos = itertools.product(NAMES, NO_POST, QUOTE_B)
    for (name, _), rel, quote in sample(combos, 120, "h28marks-gpost"):
        content = f'"{quote},"'
        text = f"{content} said {name}, {rel}."
        yield Case("", "gpost", text, [Expect(content, "direct", name, None)], exact=False)


ROUND25_H28MARKS: tuple[Capability, ...] = (
    named(
        "marks.h28_elisions_in_single",
        "1",
        "'We were fixin' the boat, told 'em, rock 'n' roll, the pilots' mess,' said NAME / NAME said: 'Q.'"
        " (straight and curly): one quotation to the real closing mark",
        elisions,
    ),
    named(
        "marks.h28_elision_after_full_stop",
        "1",
        "'S1. We are packin' up the rest,' NAME said: a dropped g after a full stop inside the quotation",
        after_sentence,
    ),
    named(
        "marks.h28_split_with_elisions",
        "1",
        "'Q1 with fixin',' NAME said. 'Q2 with stayin' put.': one quotation in two parts",
        split,
    ),
    named(
        "guards.h28marks_ends_after_in",
        "1",
        "'We are not givin',' he said / NAME said: 'Q talkin'.': the quotation ends after -in (guard)",
        guard_ends_after_in,
    ),
    named(
        "guards.h28marks_nested_in_double",
        "1",
        "\"The sign said 'nothin' doin',' so we went home,\" said NAME: one double quotation (guard)",
        guard_nested,
    ),
    named(
        "guards.h28marks_scare_term_in",
        "1",
        "\"Q,\" said NAME. She said the so-called 'cabin' rule was scrapped: no quotation of it (guard)",
        guard_scare,
    ),
    named(
        "titles.h28_appointed_relative",
        "2",
        "'Q,' said NAME, who was named/appointed/elected ROLE at BODY in 2018: title the role with its body",
        appointed_relative,
    ),
    named(
        "titles.h28_plural_noun_modifier",
        "2",
        "BODY works manager NAME said C / 'Q,' said BODY parks director NAME: title keeps the plural",
        plural_modifier,
    ),
    named(
        "guards.h28marks_appointed_no_post",
        "2",
        "'Q,' said NAME, who was named in the lawsuit / elected in 2015: NAME speaks, no title (guard)",
        guard_no_post,
    ),
)
