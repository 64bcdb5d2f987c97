"""Development capabilities added on main in the thirty-fourth round.

* a transcript quoted whole (*Part of the interview follows:* then *"HOLLAND: Q1* / *"ORTEGA:
  Q2* / ... / *"ORTEGA: Qn."*): each turn opens with a mark and only the last closes; each turn
  is its label's, the full name the article gave (before: one quotation over every turn,
  credited to the first capitalised word before it, *Part*);
* *NAME, the ROLE, sat with NAME2, ROLE2, on DAY.*: a past form alone before *with* is the
  sentence's verb, not a department of the role (before: the title *ROLE, sat with NAME2*);
* a quotation that opens with a word in capitals and a colon and closes in its paragraph
  (*"BREAKING: C," NAME wrote.*) stays a quotation of the person credited.

People, bodies and sentences of our own. ``captemplates.py`` adds :data:`ROUND33_MAIN` to its
``CAPABILITIES``.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from capkit import Capability, Case, Expect, named, sample

#: (name, title, label) of an interview's host and of its guest.
HOSTS = (
    ("Ben Holland", "a host at Radio Norte", "HOLLAND"),
    ("Maren Tjaden", "editor of the Kestrel Gazette", "TJADEN"),
    ("Oluwaseun Abiodun", "an anchor at Lagoon TV", "ABIODUN"),
)
GUESTS = (
    ("Lucia Ortega", "the harbour commissioner", "ORTEGA"),
    ("Pavel Hrubý", "mayor of Tarnby", "HRUBÝ"),
    ("Aroha Tamihana", "chief executive of Tarnby Ferries", "TAMIHANA"),
    ("Dermot Keogh-Vance", "a senator for Kestrel County", "KEOGH-VANCE"),
)
Person = tuple[str, str, str]
QUESTIONS = ("Will the commission meet on Friday?", "Why did the ferry stop?", "Who pays for it?")
ANSWERS = (
    "It will not. We need the engineers' report first.",
    "Nobody told us the pier was unsafe.",
    "The port does, as it always has.",
)
FOLLOW_UPS = ("When will that come?", "Is that enough?", "And the residents?")
LAST_ANSWERS = ("Next week, I am told.", "It is a start.", "They will hear from us.")
#: The marks that open the turns (and close the last).
TURN_MARKS = (('"', '"'), ("\u201c", "\u201d"))
#: A paragraph that may stand between turns, and none.
ASIDES = ("", "(CROSSTALK.)", "(LAUGHTER.)")


def _introduction(host: Person, guest: Person, shape: str) -> str:
    """The sentence before the transcript, naming both with their titles."""
    if shape == "sat_down":
        met = f"{guest[0]}, {guest[1]}, sat down with {host[0]}, {host[1]}, on Thursday."
        return f"{met} Part of the interview follows:"
    return f"{host[0]}, {host[1]}, put questions to {guest[0]}, {guest[1]}, on Monday. A transcript:"


def quoted_transcript() -> Iterator[Case]:
    """Intro. / "HOST: Q1 / "GUEST: A1 / [(ASIDE)] / "HOST: Q2 / "GUEST: A2." -> each turn its
    label's full name."""
    combos = itertools.product(HOSTS, GUESTS, ("sat_down", "put_questions"), range(3), ASIDES, TURN_MARKS)
    for host, guest, shape, k, aside, (mark, close) in sample(combos, 360, "r33main-quoted-transcript"):
        turns = [
            (host, QUESTIONS[k]),
            (guest, ANSWERS[k]),
            (host, FOLLOW_UPS[k]),
            (guest, LAST_ANSWERS[k]),
        ]
        paragraphs = [_introduction(host, guest, shape)]
        for n, (who, words) in enumerate(turns):
            if n == 2 and aside:
                paragraphs.append(f"{mark}{aside}")
            paragraphs.append(f"{mark}{who[2]}: {words}{close if n == len(turns) - 1 else ''}")
        text = "\n\n".join(paragraphs)
        expected = [Expect(words, "direct", who[0], who[1]) for who, words in turns]
        yield Case("", shape, text, expected, wrong_speakers=[(QUESTIONS[k], "Part")])


def verb_after_apposition() -> Iterator[Case]:
    """NAME, the ROLE, VERBED with NAME2, ROLE2, on DAY. "Q," SURNAME said. -> NAME titled ROLE
    alone (a past form before *with* is the sentence's verb, no department of the role)."""
    verbs = ("sat", "sat down", "chatted", "dined", "teamed up", "talked", "clashed")
    combos = itertools.product(GUESTS, HOSTS, verbs, ANSWERS)
    for guest, host, verb, answer in sample(combos, 240, "r33main-verb-after-apposition"):
        surname = guest[0].split()[-1]
        q = f'"{answer[:-1]},"'
        text = f"{guest[0]}, {guest[1]}, {verb} with {host[0]}, {host[1]}, on Thursday. {q} {surname} said."
        yield Case("", verb, text, [Expect(q, "direct", guest[0], guest[1])])


def label_quotation_closed() -> Iterator[Case]:
    """A post spread. / "BREAKING: C," NAME, ROLE, wrote. -> one quotation, NAME's."""
    words = ("BREAKING", "UPDATE", "WARNING", "URGENT")
    claims = ("The ferry plant shut. Nobody knows why", "Tolls double on Monday. Tell everyone")
    people = (("Ada Quist", "blogger in Tarnby"), ("Kofi Mensah-Arhin", "podcaster"))
    combos = itertools.product(words, claims, people, TURN_MARKS)
    for word, claim, (name, role), (mark, close) in sample(combos, 64, "r33main-label-closed"):
        q = f"{mark}{word}: {claim},{close}"
        text = f"A post spread quickly on Monday.\n\n{q} {name}, a {role}, wrote on Instagram."
        yield Case("", word.lower(), text, [Expect(q, "direct", name)])


ROUND33_MAIN: tuple[Capability, ...] = (
    named(
        "transcript.quoted_whole",
        "3",
        'Intro. "HOST: Q1 "GUEST: A1 ... "GUEST: An.": each turn its label\'s full name',
        quoted_transcript,
    ),
    named(
        "titles.verb_after_apposition",
        "6",
        "NAME, the ROLE, sat with NAME2, ROLE2, on DAY.: NAME titled ROLE alone",
        verb_after_apposition,
    ),
    named(
        "transcript.label_quotation_closed",
        "3",
        '"BREAKING: C," NAME wrote.: one quotation, NAME',
        label_quotation_closed,
    ),
)
