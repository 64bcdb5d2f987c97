"""Development capabilities added on main in the fifty-first round: online posts, briefings and
names from abroad.

* *NAME posted a video on PLATFORM*, *shared a photo of X*: the poster's report or none, never the
  platform's; *... with a caption that read: "Q."*: the caption is the poster's (before: the caption
  inside a mixed report of the picture, or *Sabina Park with a caption* as its speaker);
* *NAME, ROLE, was asked: "Q?" PRONOUN replied: "A."*: the question is nobody's the text names
  (before: NAME's, past the apposition);
* *The messages show NAME, ROLE, telling OTHER: "Q."*, *A screenshot shows NAME writing: "Q."*: NAME
  (before: the messages or the screenshot);
* *The top comment, from NAME, read: "Q."*, *A comment from NAME read: "Q."*: NAME (before: the
  comment, or *NAME read*);
* *Seo Jae-won*, *Lee Hye-ran* (a given name's second syllable that is also a past form) and
  *According to a screenshot, Ji-woo Park wrote: "Q."*: the whole name, and *he*/*she* never read
  from a family name written first (*Park Ha-eun*);
* *Ibu NAME*, *Ustaz NAME*, *Doña NAME*, *Frau NAME*, *Sheikha NAME*: the name without its form of
  address.

People, bodies and sentences of our own. ``captemplates.py`` adds :data:`ROUND51_ONLINE` to its
``CAPABILITIES``.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from capkit import Capability, Case, Contains, Expect, named
from captemplates38_main import CLAUSES, QUOTES

#: (full name, subject pronoun) of people with listed first names.
PEOPLE = (
    ("Harriet Quenby", "She"),
    ("Oliver Stanway", "He"),
    ("Margaret Dunholm", "She"),
    ("Samuel Tredwell", "He"),
)
#: (role, body) of the people's posts.
ROLES = (
    ("head of communications", "Marrowby Harbour Trust"),
    ("chair", "Tidewater Cycling Club"),
    ("chief executive", "Coastline Ferries"),
)
PLATFORMS = ("Chirpline", "Postboard", "Reelhub")
MARKS = (('"', '"'), ("\u201c", "\u201d"), ("\u2018", "\u2019"))
QUESTIONS = ("Has the contractor been paid", "Will the pier reopen this year", "Who signed the deal")


def _quote(c: int, m: int, end: str = ".") -> str:
    left, right = MARKS[m]
    return f"{left}{QUOTES[c]}{end}{right}"


def posted_things() -> Iterator[Case]:
    """'NAME posted a video on PLATFORM on Monday.', 'NAME, the ROLE of the BODY, shared a blurry photo
    of the queue after the meeting.' -> the poster's report or none (PolNeAR's reading of a posted
    thing), never the platform's or the body's; 'NAME posted a photograph from the pier at Marrowby
    with a caption that read: "Q."' -> the caption is NAME's, never the place's."""
    things = ("a video", "a blurry photo of the queue", "two short clips", "a link to the report")
    verbs = ("posted", "shared", "uploaded")
    for p, t, v, m in itertools.product(range(4), range(4), range(3), range(3)):
        name = PEOPLE[p][0]
        thing = things[t]
        if m == 0:
            text = f"{name} {verbs[v]} {thing} on {PLATFORMS[v]} on Monday."
            yield Case("", "0", text, [], exact=False, wrong_speakers=[(thing, PLATFORMS[v])])
        elif m == 1:
            role, body = ROLES[v]
            text = f"{name}, the {role} of the {body}, {verbs[v]} {thing} after the meeting."
            yield Case("", "1", text, [], exact=False, wrong_speakers=[(thing, body)])
        else:
            quote = _quote(t % 3, v)
            text = f"{name} {verbs[v]} {thing} from the pier at Marrowby with a caption that read: {quote}"
            yield Case(
                "",
                "2",
                text,
                [Expect(quote, "direct", name)],
                exact=False,
                wrong_speakers=[(quote, "Marrowby")],
            )


def asked_past_apposition() -> Iterator[Case]:
    """'NAME, the ROLE of BODY, was asked: "Q?" PRONOUN replied: "A."' -> the answer is NAME's, the
    question nobody's the text names; 'was told:' too."""
    for p, r, q, m in itertools.product(range(4), range(3), range(3), range(3)):
        name, pronoun = PEOPLE[p]
        role, body = ROLES[r]
        left, right = MARKS[m]
        question = f"{left}{QUESTIONS[q]}?{right}"
        answer = _quote((q + 1) % 3, m)
        verb = ("asked", "asked", "told")[(p + r) % 3]
        if verb == "told":
            question = f"{left}You must resign.{right}"
        text = f"{name}, the {role} of the {body}, was {verb}: {question} {pronoun} replied: {answer}"
        yield Case(
            "",
            verb,
            text,
            [Expect(answer, "direct", name, Contains((role, body)))],
            exact=False,
            wrong_speakers=[(question, name)],
        )


def depicted_speakers() -> Iterator[Case]:
    """'The messages show NAME, the ROLE of BODY, telling OTHER: "Q."', 'A screenshot of the chat
    shows NAME writing: "Q."', 'Footage shows NAME saying: "Q."' -> NAME, never the document."""
    documents = ("The messages", "A screenshot of the chat", "Footage from the meeting")
    verbs = ("show", "shows", "shows")
    for p, d, r, m in itertools.product(range(4), range(3), range(3), range(3)):
        name, other = PEOPLE[p][0], PEOPLE[(p + 1) % 4][0]
        role, body = ROLES[r]
        quote = _quote(r, m)
        if d == 0:
            text = f"{documents[d]} {verbs[d]} {name}, the {role} of the {body}, telling {other}: {quote}"
            title = Contains((role, body))
        else:
            participle = ("writing", "saying")[d - 1]
            text = f"{documents[d]} {verbs[d]} {name} {participle}: {quote}"
            title = None
        document = documents[d].split(" of ")[0].split(" from ")[0]
        yield Case(
            "",
            str(d),
            text,
            [Expect(quote, "direct", name, title if title else None)],
            wrong_speakers=[(quote, document), (quote, other)],
        )


def comment_authors() -> Iterator[Case]:
    """'The top comment, from NAME, read: "Q."', 'The top comment, by NAME, read: "Q."', 'A comment
    from NAME read: "Q."', 'A reply from NAME read: "Q."' -> NAME."""
    shapes = (
        "The top comment, from {name}, read: {quote}",
        "The most liked comment, by {name}, read: {quote}",
        "A comment from {name} read: {quote}",
        "A reply from {name} under the post read: {quote}",
    )
    for p, s, c, m in itertools.product(range(4), range(4), range(3), range(3)):
        name = PEOPLE[p][0]
        quote = _quote(c, m)
        text = shapes[s].format(name=name, quote=quote)
        yield Case(
            "",
            str(s),
            text,
            [Expect(quote, "direct", name)],
            wrong_speakers=[(quote, "comment"), (quote, f"{name} read")],
        )


#: (name, family name, subject pronoun) of Korean names written family name first whose given
#: name's second syllable is an English past form (*won*, *ran*); and given-name-first forms.
KOREAN = (
    ("Seo Jae-won", "Seo", "He"),
    ("Lee Hye-ran", "Lee", "She"),
    ("Han Sung-won", "Han", "He"),
)
GIVEN_FIRST = ("Ji-woo Park", "Min-seo Kang", "Da-eun Cho")


def hyphenated_given_names() -> Iterator[Case]:
    """'Seo Jae-won, the ROLE of BODY, said that C. "Q," Seo said.', 'According to a screenshot,
    Ji-woo Park wrote: "Q."', 'Park Ha-eun met NAME (a man). "Q," he said.' -> the whole name,
    the title, and *he* never given by a family name read as a man's first name (*Park*)."""
    for k, r, c, shape in itertools.product(range(3), range(3), range(3), range(3)):
        role, body = ROLES[r]
        quote = _quote(c, k, ",")
        if shape == 0:
            name, family, _ = KOREAN[k]
            text = f"{name}, the {role} of the {body}, said that {CLAUSES[c]}. {quote} {family} said."
            yield Case(
                "",
                "0",
                text,
                [
                    Expect(f"that {CLAUSES[c]}", "indirect", name, Contains((role, body))),
                    Expect(quote, "direct", name),
                ],
                wrong_speakers=[(f"that {CLAUSES[c]}", body)],
            )
        elif shape == 1:
            name = GIVEN_FIRST[k]
            direct = _quote(c, r)
            text = f"According to a screenshot seen by the Marrowby Courier, {name} wrote: {direct}"
            yield Case(
                "",
                "1",
                text,
                [Expect(direct, "direct", name)],
                wrong_speakers=[(direct, "screenshot"), (direct, "Marrowby Courier")],
            )
        else:
            other, pronoun = PEOPLE[(1, 3)[(k + r) % 2]]  # (a man: the three Parks are women)
            name = ("Park Ha-eun", "Park Ji-yeon", "Park Seo-yeon")[k]
            text = f"{name} met {other} at the harbour on Friday. {quote} {pronoun.lower()} said afterwards."
            yield Case("", "2", text, [Expect(quote, "direct", other)], wrong_speakers=[(quote, name)])


#: (form of address, name) pairs: the canonical name is the name alone.
ADDRESSED = (
    ("Ibu", "Sulastri Wardhani"),
    ("Ustaz", "Ahmad Fikri"),
    ("Ustazah", "Nurul Aisyah"),
    ("Doña", "Ana Lucía Ferrer"),
    ("Frau", "Helga Brandt"),
    ("Sheikha", "Mariam al-Nuaimi"),
)


def forms_of_address() -> Iterator[Case]:
    """'FORM NAME, the ROLE of BODY, said: "Q."', '"Q," said FORM NAME.', 'FORM NAME told reporters
    that C.' -> NAME without its form of address."""
    for a, r, c, shape in itertools.product(range(6), range(3), range(3), range(3)):
        form, name = ADDRESSED[a]
        role, body = ROLES[r]
        quote = _quote(c, r, "," if shape == 1 else ".")
        if shape == 0:
            text = f"{form} {name}, the {role} of the {body}, said: {quote}"
            yield Case("", "0", text, [Expect(quote, "direct", name, Contains((role, body)))])
        elif shape == 1:
            text = f"{quote} said {form} {name}."
            yield Case("", "1", text, [Expect(quote, "direct", name)])
        else:
            clause = f"that {CLAUSES[c]}"
            text = f"{form} {name} told reporters {clause}."
            yield Case("", "2", text, [Expect(clause, "indirect", name)])


ROUND51_ONLINE: tuple[Capability, ...] = (
    named(
        "control.posted_things",
        "8",
        "posted a video on X; a caption that read: Q (the poster's)",
        posted_things,
    ),
    named(
        "speaker.asked_past_apposition",
        "1",
        "NAME, ROLE, was asked: Q? PRONOUN replied: A",
        asked_past_apposition,
    ),
    named(
        "speaker.depicted_speakers",
        "1",
        "The messages show NAME, ROLE, telling OTHER:; a screenshot shows NAME writing:",
        depicted_speakers,
    ),
    named(
        "speaker.comment_authors",
        "1",
        "The top comment, from NAME, read:; A comment from NAME read:",
        comment_authors,
    ),
    named(
        "speaker.hyphenated_given_names",
        "1",
        "Seo Jae-won; According to X, Ji-woo Park wrote:; Park Ha-eun met NAME",
        hyphenated_given_names,
    ),
    named("speaker.forms_of_address", "1", "Ibu, Ustaz, Doña, Frau, Sheikha NAME", forms_of_address),
)
