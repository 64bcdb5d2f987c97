"""Development capabilities added on main in the forty-fourth round.

* a plain-text article wrapped at 50 to 79 columns (*said Marisol\\nQuintanilla, a senior
  researcher at the Ostberg\\nInstitute ...*): its line breaks are spaces, its blank lines
  paragraphs (before: the speaker *Marisol*, a quotation cut at the wrap, a title cut short);
* *"C1.\\nC2," NAME said.*: a quotation across one line break is one quotation, while a
  quotation that goes on in the next paragraph opens it with a mark (before: two quotations,
  the first with no speaker);
* *NAME (pictured), the ROLE of BODY, said*, *NAME (second from left)*, *NAME (D-Ore.)*, *NAME
  (44)*: a bracketed aside between a name and its apposition (before: no title);
* *ROLE to [the] BODY NAME said C*, *"C," said ROLE to [the] BODY NAME*: a posting's *to* and its
  country or body belong to the title (before: the speaker *United Nations NAME* or *Special
  Envoy*);
* *NAME, who chairs the PLACE planning committee, said*: a post over a body whose name mixes a
  capitalised place and lower-case words (before: no title);
* *A spoke first. B spoke next. "C," she said.*, with given names only the world's name counts
  hold (*Sidsel*, *Juhani*): the pronoun takes the person of its gender (before: the newest
  person, whatever the gender).

People, places and events of our own. ``captemplates.py`` adds :data:`ROUND44_MAIN` to its
``CAPABILITIES``.
"""

from __future__ import annotations

import itertools
import re
import textwrap
from collections.abc import Iterator

from capkit import Capability, Case, Contains, Expect, named, sample
from captemplates38_main import CLAUSES, MARKS, QUOTES

#: People whose given names the census and registration lists hold.
LISTED = ("Marisol Quintanilla", "Teodor Vranjes", "Odalys Ferreira", "Gunnar Halvorsen")
#: (role, body) of an apposition, and a second title.
ROLES = (
    ("senior researcher", "the Ostberg Institute for Coastal Studies"),
    ("harbour master", "the Corvell Port Authority"),
    ("chief executive", "Brantholm Ferries"),
    ("head teacher", "Saint Aldric's School"),
)
#: Second sentences of a quotation (the first is one of ``QUOTES``).
SECONDS = (
    "We can fix it, but not by next spring",
    "Every family on the list will get a call this week",
    "The staff have carried this place all year",
)


def _as_wrapped(text: str, content: str) -> str:
    """*content* as the wrapped *text* writes it (a newline for some of its spaces)."""
    found = re.search(r"[ \n]".join(map(re.escape, content.split(" "))), text)
    assert found is not None
    return found.group()


def wrapped_lines() -> Iterator[Case]:
    """Three paragraphs wrapped at WIDTH: the quotations, their speakers and titles."""
    combos = itertools.product(range(4), range(4), (50, 58, 64, 72, 79), range(3))
    for a, r, width, q in sample(combos, 240, "r44main-wrap"):
        name, other = LISTED[a], LISTED[(a + 1) % 4]
        role, body = ROLES[r]
        left, right = MARKS[(a + q) % 2]
        first = f"{left}{QUOTES[q]},{right}"
        second = f"{left}{SECONDS[q]},{right}"
        paragraphs = [
            f"{first} said {name}, the {role} at {body}, on Tuesday. {second} {name.split()[1]} added.",
            "The harbour board meets again in March, when the cost of the new sea wall is due.",
            f"{left}{QUOTES[(q + 1) % 3]},{right} said {other}, a retired teacher.",
        ]
        text = "\n\n".join(textwrap.fill(p, width=width) for p in paragraphs)
        title = Contains((role, body.removeprefix("the ")))
        third = f"{left}{QUOTES[(q + 1) % 3]},{right}"
        expects = [
            Expect(_as_wrapped(text, first), "direct", name, title=title),
            Expect(_as_wrapped(text, second), "direct", name, title=title),
            Expect(_as_wrapped(text, third), "direct", other, title=Contains("teacher")),
        ]
        yield Case("", f"{width}", text, expects)


def line_in_quotation() -> Iterator[Case]:
    """ "C1.\\nC2," NAME said. -> one quotation; "C1.\\n"C2," NAME said. -> the second alone."""
    combos = itertools.product(range(4), range(3), range(2), range(2))
    for a, q, m, shape in sample(combos, 48, "r44main-line"):
        name = LISTED[a]
        left, right = MARKS[m]
        if shape == 0:
            content = f"{left}{QUOTES[q]}.\n{SECONDS[q]},{right}"
            text = f"{content} {name} said.\n\nThe vote is on Monday."
            yield Case("", "one", text, [Expect(content, "direct", name)])
        else:  # (a quotation that goes on in the next paragraph opens it with a mark: the convention)
            content = f"{left}{QUOTES[q]}.\n{left}{SECONDS[q]},{right}"
            yield Case("", "paragraphs", f"{content} {name} said.", [Expect(content, "direct", name)])


#: Asides in brackets after a name.
ASIDES = ("(pictured)", "(left)", "(second from left)", "(44)", "(D-Ore.)", "(R)")


def bracket_asides() -> Iterator[Case]:
    """NAME (ASIDE), the ROLE of BODY, said: "C." / "C," said NAME (ASIDE), the ROLE of BODY."""
    combos = itertools.product(range(4), range(len(ASIDES)), range(4), range(2))
    for a, s, r, shape in sample(combos, 160, "r44main-aside"):
        name, (role, body) = LISTED[a], ROLES[r]
        left, right = MARKS[(a + s) % 2]
        title = Contains((role, body.removeprefix("the ")))
        if shape == 0:
            content = f"{left}{QUOTES[r % 3]}.{right}"
            text = f"{name} {ASIDES[s]}, the {role} at {body}, said: {content}"
        else:
            content = f"{left}{QUOTES[r % 3]},{right}"
            text = f"{content} said {name} {ASIDES[s]}, the {role} at {body}."
        yield Case("", ASIDES[s], text, [Expect(content, "direct", name, title=title)])


#: Postings and the country or body after *to*.
POSTINGS = ("Ambassador", "Special Envoy", "High Commissioner", "Permanent Representative", "Delegate")
POSTED_TO = ("the United Nations", "France", "the African Union", "Canada", "the European Union")


def posting_cases(
    names: tuple[str, ...], posts: tuple[str, ...], places: tuple[str, ...], n: int, seed: str
) -> Iterator[Case]:
    """Ruritanian POST to PLACE NAME said C. / "C," said Ruritanian POST to PLACE NAME. -> NAME,
    title *POST to PLACE*; *n* cases over *names*, *posts* and *places*."""
    combos = itertools.product(range(len(names)), range(len(posts)), range(len(places)), range(2))
    for a, p, t, shape in sample(combos, n, seed):
        name, post, place = names[a], posts[p], places[t]
        title = Contains(f"{post} to {place}")
        if shape == 0:
            clause = CLAUSES[(a + t) % 3]
            text = f"Ruritanian {post} to {place} {name} said {clause}."
            yield Case("", post, text, [Expect(clause, "indirect", name, title=title)])
        else:
            left, right = MARKS[(p + t) % 2]
            content = f"{left}{QUOTES[(a + p) % 3]},{right}"
            text = f"{content} said Ruritanian {post} to {place} {name}."
            yield Case("", post, text, [Expect(content, "direct", name, title=title)])


def posting_roles() -> Iterator[Case]:
    """ROLE to BODY NAME said C. / "C," said ROLE to BODY NAME. -> NAME, title ROLE to BODY."""
    return posting_cases(LISTED, POSTINGS, POSTED_TO, 160, "r44main-post")


#: Places that name a committee.
COMMITTEE_PLACES = ("Hollins Cross", "Brenmoor", "Ketterby", "Saint Aldric")


def placed_committees() -> Iterator[Case]:
    """NAME, who chairs the PLACE planning committee, said: "C." -> chair of the ... committee."""
    combos = itertools.product(range(4), range(len(COMMITTEE_PLACES)), ("planning", "licensing", "audit"))
    for a, p, kind in sample(combos, 48, "r44main-committee"):
        name, place = LISTED[a], COMMITTEE_PLACES[p]
        left, right = MARKS[(a + p) % 2]
        content = f"{left}{QUOTES[p % 3]}.{right}"
        text = f"{name}, who chairs the {place} {kind} committee, said: {content}"
        title = Contains(("chair", f"{place} {kind} committee"))
        yield Case("", kind, text, [Expect(content, "direct", name, title=title)])


#: People whose given names only the world's name counts hold (world_names.py).
WORLD_WOMEN = ("Sidsel Aarvik", "Siriporn Wongsa", "Aino Lehtola", "Radka Petrova")
WORLD_MEN = ("Juhani Karppinen", "Plamen Georgiev", "Håkon Brekke", "Prakash Menon")


def spoke_first_next(women: tuple[str, ...], men: tuple[str, ...], n: int, seed: str) -> Iterator[Case]:
    """A, the harbour master, spoke first. B, the mayor, spoke next. "C," PRONOUN said. -> the one
    of the pronoun's gender, *n* cases of one woman of *women* and one man of *men*."""
    combos = itertools.product(range(len(women)), range(len(men)), range(2), range(2))
    for w, m, first, pronoun in sample(combos, n, seed):
        woman, man = women[w], men[m]
        a, b = (woman, man) if first == 0 else (man, woman)
        left, right = MARKS[(w + m) % 2]
        content = f"{left}{QUOTES[(w + m) % 3]},{right}"
        speaker, other = (woman, man) if pronoun == 0 else (man, woman)
        text = (
            f"{a}, the harbour master, spoke first. {b}, the mayor, spoke next.\n\n"
            f"{content} {'she' if pronoun == 0 else 'he'} said."
        )
        yield Case(
            "",
            f"{first}|{pronoun}",
            text,
            [Expect(content, "direct", speaker)],
            wrong_speakers=[(content, other)],
        )


def world_name_pronouns() -> Iterator[Case]:
    """A, ROLE, spoke first. B, ROLE, spoke next. "C," PRONOUN said. -> the one of its gender."""
    return spoke_first_next(WORLD_WOMEN, WORLD_MEN, 64, "r44main-world")


ROUND44_MAIN: tuple[Capability, ...] = (
    named("typography.wrapped_lines", "7", "text wrapped at 50-79 columns: one paragraph", wrapped_lines),
    named("typography.line_in_quotation", "7", '"C1.\\nC2," NAME said: one quotation', line_in_quotation),
    named("title.bracket_asides", "6", "NAME (pictured), the ROLE of BODY, said", bracket_asides),
    named("title.posting_roles", "6", "Ambassador to the United Nations NAME said C", posting_roles),
    named(
        "title.placed_committees", "6", "NAME, who chairs the PLACE planning committee,", placed_committees
    ),
    named("pronoun.world_names", "4", "Sidsel ... Juhani ... she said: Sidsel", world_name_pronouns),
)
