"""Synthetic news-like text for the benchmarks: seed -> articles, one long text, or a pathological one.

Input: a seed and a size in bytes (UTF-8). Output: ``str`` texts of templated
paragraphs with direct, split, mixed and indirect quotations, "according to"
attributions and plain narrative, with invented names, titles and
organisations. Every sentence comes from the templates below (no article is
copied), and the same seed always gives the same text.
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable, Iterator

__all__ = ["articles", "jsonl_lines", "long_text", "pathological_text"]


def _items(block: str, sep: str | None = None) -> list[str]:
    """The non-empty items of a word block: whitespace-separated, or *sep*-separated."""
    return [item.strip() for item in block.split(sep) if item.strip()]


FIRST = _items("""
    Ada Amir Bea Carla Dmitri Elena Femi Grace Hana Ibrahim Jonas Keiko Lars Maya Nadia Omar Priya
    Quinn Rosa Samir Tomas Uma Victor Wen Yusuf Zofia Aaron Bianca Chidi Dana Esther Farid Greta
""")
LAST = _items("""
    Abara Bergstrom Castell Dufresne Eriksen Fonseca Galloway Haddad Ishikawa Jovanovic Kowalski
    Lindqvist Mbeki Novak Okafor Petrov Quintero Rahimi Sandoval Takahashi Ulloa Varga Whitfield
    Xu Yilmaz Zamora Ashby Brennan Calloway Delacroix
""")
ROLES = _items(
    """
    mayor|city council member|state senator|union president|county treasurer|police chief|
    school superintendent|transport commissioner|port director|hospital administrator|
    housing advocate|economist|chief executive|spokeswoman|spokesman|board chair
""",
    "|",
)
ORGS = _items(
    """
    Riverside Transit Authority|Northgate Hospital|Harbor Port Commission|Lakeview School District|
    Bramble Valley Water Board|Union of Metro Workers|Eastfield Chamber of Commerce|Granite State Bank|
    Office of the County Clerk|Meadowbrook Housing Trust|Coastal Energy Cooperative|Ministry of Roads
""",
    "|",
)
SUBJECTS = _items(
    """
    the plan|this budget|the new contract|our city|the proposal|the rail line|the tax increase|
    the agreement|this decision|the bridge project|the hiring freeze|the new clinic|the court ruling
""",
    "|",
)
VERBS = _items(
    """
    will not solve|has always depended on|could change|puts at risk|is the best answer to|
    does nothing for|will pay for|was never about|can still fix|ignores|protects|makes room for
""",
    "|",
)
OBJECTS = _items(
    """
    the housing shortage|the way people commute|jobs in the region|families on fixed incomes|
    small businesses downtown|the water supply|public safety|the harbor economy|rural schools|
    the nurses who keep the wards running|anyone who rides the bus|next year's deficit
""",
    "|",
)
TAILS = _items(
    """
    for years to come|any time soon|without more funding|if we act now|by the end of the decade|
    and everyone here knows it|whatever the critics say|before the next election|
""",
    "|",
)
PHRASES = _items(
    """
    a reckless gamble|a step in the right direction|long overdue|a slap in the face|
    a promise kept|an accounting trick|the least we can do|a fair deal
""",
    "|",
)
NARRATIVE = _items(
    """
    The vote is scheduled for next Tuesday.|Officials did not give a cost estimate.|
    The council meets again in two weeks.|Attendance at the meeting was unusually high.|
    Similar measures have passed in three neighboring counties.|The agency declined to comment further.|
    Construction would begin in the spring at the earliest.|Turnout in the last local election was low.
""",
    "|",
)


class _Writer:
    """Random choices for one article; all randomness comes from ``rng``."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.people = [(rng.choice(FIRST), rng.choice(LAST), self._title()) for _ in range(4)]

    def _title(self) -> str:
        role = self.rng.choice(ROLES)
        return f"{role} of the {self.rng.choice(ORGS)}" if self.rng.random() < 0.5 else f"the {role}"

    def pick(self, words: list[str]) -> str:
        return self.rng.choice(words)

    def clause(self) -> str:
        return f"{self.pick(SUBJECTS)} {self.pick(VERBS)} {self.pick(OBJECTS)}"

    def statement(self) -> str:
        s = f"{self.clause()} {self.pick(TAILS)}".strip()
        return s[0].upper() + s[1:]

    def marks(self) -> tuple[str, str]:
        return ("\u201c", "\u201d") if self.rng.random() < 0.5 else ('"', '"')

    def person(self) -> tuple[str, str, str]:
        return self.rng.choice(self.people)


def _after(w: _Writer) -> str:
    first, last, title = w.person()
    o, c = w.marks()
    return f"{o}{w.statement()},{c} said {first} {last}, {title}."


def _before(w: _Writer) -> str:
    first, last, _ = w.person()
    o, c = w.marks()
    return f"{first} {last} said: {o}{w.statement()}.{c}"


def _split(w: _Writer) -> str:
    _, last, _ = w.person()
    o, c = w.marks()
    return f"{o}{w.statement()},{c} {last} said. {o}{w.statement()}.{c}"


def _indirect(w: _Writer) -> str:
    first, last, title = w.person()
    return f"{first} {last}, {title}, said that {w.clause()}."


def _according(w: _Writer) -> str:
    return f"According to the {w.pick(ORGS)}, {w.clause()} {w.pick(TAILS)}."


def _mixed(w: _Writer) -> str:
    _, last, _ = w.person()
    o, c = w.marks()
    return f"{last} called {w.pick(SUBJECTS)} {o}{w.pick(PHRASES)}{c} and said {w.clause()}."


def _told(w: _Writer) -> str:
    _, last, _ = w.person()
    return f"{last} told reporters on Monday that {w.clause()}."


def _question(w: _Writer) -> str:
    _, last, _ = w.person()
    o, c = w.marks()
    return f"{o}Who {w.pick(VERBS)} {w.pick(OBJECTS)}?{c} {last} asked."


def _narrative(w: _Writer) -> str:
    return w.pick(NARRATIVE)


SENTENCES: list[Callable[[_Writer], str]] = [
    _after, _before, _split, _indirect, _according, _mixed, _told, _question, _narrative, _narrative,
]  # fmt: skip


def _article(rng: random.Random) -> str:
    w = _Writer(rng)
    headline = f"{w.pick(ORGS)} weighs plan as debate over {w.pick(OBJECTS)} grows"
    paragraphs = [
        " ".join(rng.choice(SENTENCES)(w) for _ in range(rng.randint(1, 3)))
        for _ in range(rng.randint(8, 16))
    ]
    return "\n\n".join([headline, *paragraphs]) + "\n"


def articles(size: int, *, seed: int = 0) -> Iterator[str]:
    """Articles of about 2-5 KB each until *size* bytes (UTF-8) have been produced."""
    rng = random.Random(seed)
    made = 0
    while made < size:
        text = _article(rng)
        made += len(text.encode("utf-8"))
        yield text


def long_text(size: int, *, seed: int = 0) -> str:
    """One text of about *size* bytes: articles one after the other."""
    return "\n".join(articles(size, seed=seed))


def pathological_text(size: int, *, marks: int, seed: int = 0) -> str:
    """One paragraph of about *size* bytes, without a line break, holding *marks* unclosed opening marks.

    The templates' own quotation marks are removed; then *marks* opening marks
    (two thirds curly, one third straight) are glued to the front of randomly
    chosen words, so no quotation ever closes.
    """
    rng = random.Random(seed)
    plain = " ".join(t.replace("\n\n", " ").strip() for t in articles(size, seed=seed))
    words = plain.translate({ord(c): None for c in '"\u201c\u201d'}).split(" ")
    for i in sorted(rng.sample(range(1, len(words)), min(marks, len(words) - 1))):
        words[i] = rng.choice(("\u201c", "\u201c", '"')) + words[i]
    return " ".join(words)


def jsonl_lines(size: int, *, seed: int = 0) -> Iterator[str]:
    """JSONL lines ``{"id": "doc-N", "text": ...}`` (newline included) holding about *size* bytes of text."""
    for n, text in enumerate(articles(size, seed=seed)):
        yield json.dumps({"id": f"doc-{n}", "text": text}, ensure_ascii=False) + "\n"
