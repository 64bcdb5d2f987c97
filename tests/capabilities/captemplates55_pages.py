"""Development capabilities added on main in the fifty-fifth round: a live page's stamps and labels,
a fronted survey or letter before a report of its own, a thing known by a name, a named text read
aloud, and forms of address that yield to a stated post.

* *14:05 BST: NAME said: "Q."*, *Update, 3 p.m.: NAME sends this update: "Q."*, *10:42 a.m. -- NAME
  told reporters that C*: NAME, never *BST*, *Update* or the stamp (before: the stamp's word); *Key
  quotes:* and *Reaction so far:* name nobody (before: *Key*, *Reaction*);
* *In its annual survey, the Calvex Institute found that C*, *In a pastoral letter read in parishes on
  Sunday, NAME wrote that C*: the name's report of the clause (before: the survey's report of the whole
  main clause, or a report of *read* with no speaker);
* *Parishioners know NAME as "the Night Watchman"*: no quotation (before: the parishioners' mixed
  quotation); *NAME read from the Psalms: "Q."*: no speaker (before: the reader's);
* *Sister NAME, director of the X shelter, said*, *Pandit NAME, head priest of the X temple, said*: the
  post is the title (before: *Sister*, or *Pandit* inside the name).

People, bodies and sentences of our own. ``captemplates.py`` adds :data:`ROUND55_PAGES` to its
``CAPABILITIES``.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from capkit import Capability, Case, Contains, Expect, named
from captemplates38_main import CLAUSES
from captemplates52_tributes import _marked, _quote  # (the marks and quotations of round 52)
from captemplates53_readings import PEOPLE

#: Time stamps that open a live page's entry, and the mark that ends them.
STAMPS = (
    "14:05 BST:",
    "Update, 3 p.m.:",
    "10:42 a.m. \u2014",
    "7:03 p.m. ET:",
    "09:15 \u2014",
    "Update, 11.20am:",
)
#: Lines of a live page that label what follows.
LABEL_LINES = ("Key quotes:", "Reaction so far:", "Key quotes from the briefing:")
#: (opening phrase, verb) of a fronted survey or letter before a report of its own.
FRONTED = (
    ("In its annual survey,", "found"),
    ("In a pastoral letter read in parishes on Sunday,", "wrote"),
    ("In its winter review,", "concluded"),
)
#: (form of address, post) that a stated post outranks.
FORMS = (("Sister", "director of the Eastgate shelter"), ("Pandit", "head priest of the Kalyan Mandir"))


def page_stamps() -> Iterator[Case]:
    """A stamp before an entry names nobody; the entry's credit does."""
    for p, t, c, m in itertools.product(range(4), range(6), range(3), range(3)):
        name, stamp = PEOPLE[p][0], STAMPS[t]
        quote = _quote(c, m)
        if (p + c) % 2:
            text = f"{stamp} {name} sends this update: {quote}"
            expect = Expect(quote, "direct", name)
        else:
            clause = CLAUSES[c]
            text = f"{stamp} {name} told reporters that {clause}."
            expect = Expect(f"that {clause}", "indirect", name)
        wrong = [(expect.content, w) for w in ("BST", "ET", "Update")]
        yield Case("", str(t), text, [expect], exact=False, wrong_speakers=wrong)


def page_labels() -> Iterator[Case]:
    """A label line before a list of quotations gives them no speaker of its own words."""
    for p, k, c, m in itertools.product(range(4), range(3), range(3), range(3)):
        name = PEOPLE[p][0]
        first, second = _quote(c, m), _quote((c + 1) % 3, m)
        text = f"{name} has been speaking at the depot.\n\n{LABEL_LINES[k]}\n\n- {first}\n- {second}"
        wrong = [(q, w) for q in (first, second) for w in ("Key", "Reaction")]
        yield Case("", str(k), text, [], exact=False, wrong_speakers=wrong)


def fronted_reports() -> Iterator[Case]:
    """A fronted survey or letter before a name and a verb of saying: the name's report of its clause."""
    bodies = ("the Calvex Institute", "Harriet Quenby", "the Tallowick Trust")
    for b, k, c in itertools.product(range(3), range(3), range(3)):
        opening, verb = FRONTED[k]
        speaker = bodies[b]
        clause = CLAUSES[c]
        text = f"{opening} {speaker} {verb} that {clause}."
        expect = Expect(f"that {clause}", "indirect", (speaker, speaker.removeprefix("the ")))
        yield Case("", str(k), text, [expect])


def names_and_texts() -> Iterator[Case]:
    """A thing known by a name in marks is no quotation; a named text read aloud is nobody's words."""
    names = ("the Night Watchman", "the Lamplighter", "Old Faithful")
    books = ("the Psalms", "the Book of Ruth", "the Gospel of Luke")
    for p, k, m, shape in itertools.product(range(4), range(3), range(3), range(2)):
        name = PEOPLE[p][0]
        if shape == 0:
            text = f"Parishioners know {name} as {_marked(names[k], m)}, a name earned on long shifts."
            yield Case("", "0", text, [], exact=True)
        else:
            quote = _quote(k, m)
            text = f"{name} read from {books[k]}: {quote}"
            yield Case("", "1", text, [Expect(quote, "direct", None)], wrong_speakers=[(quote, name)])


def forms_and_posts() -> Iterator[Case]:
    """A form of address before a name yields to the post stated after it."""
    for p, f, c in itertools.product(range(4), range(2), range(3)):
        name = PEOPLE[p][0]
        form, post = FORMS[f]
        clause = CLAUSES[c]
        text = f"{form} {name}, {post}, said {clause}."
        role, body = post.split(" of the ")
        yield Case("", str(f), text, [Expect(clause, "indirect", name, Contains((role, body)))])


ROUND55_PAGES: tuple[Capability, ...] = (
    named("source.page_stamps", "3", "14:05 BST: / Update, 3 p.m.: NAME sends this update: 'Q'", page_stamps),
    named(
        "control.page_labels", "8", "Key quotes: / Reaction so far: then a list of quotations", page_labels
    ),
    named(
        "source.fronted_reports",
        "3",
        "In its annual survey, / In a pastoral letter read in parishes, NAME found/wrote that C",
        fronted_reports,
    ),
    named(
        "control.names_and_texts",
        "8",
        "know NAME as 'the Night Watchman'; NAME read from the Psalms: 'Q'",
        names_and_texts,
    ),
    named("title.forms_and_posts", "6", "Sister/Pandit NAME, POST of the BODY, said C", forms_and_posts),
)
