"""The club that persons' titles name: *the club* when no team is named on its own.

A sports story may name a club only inside its people's titles (*Kingsbridge City head coach
Ruairi Dempsey*, *City captain Ana Roe*); *the club* then stands for the one club those titles
hold before a club role. Input: a :class:`~quotex.speakers.salience.Resolver` and a mention
index; output: an entity made for the club, or -1.
"""

from __future__ import annotations

from collections.abc import Sequence

from quotex.lexicon.function_words import TITLE_MODIFIERS
from quotex.speakers.salience import Resolver

__all__ = ["team_in_titles"]


#: Roles held at a sports club: the capitalised words before one in a title name the club
#: ('Kingsbridge City head coach', 'City captain').
_CLUB_ROLES = frozenset("coach manager captain striker midfielder goalkeeper winger chairman".split())


def team_in_titles(res: Resolver, lo: int) -> int:
    """'the club' when no team is named on its own: the one club that the titles of the persons
    named before mention index *lo* hold before a club role ('Kingsbridge City head coach',
    'former City striker', 'City captain': one club, *City* being the last word of the longer
    name), as an entity made for it; -1 when none or several."""
    runs: set[str] = set()
    for ent in res.table.entities:
        if ent.kind != "person" or not ent.mentions or ent.mentions[0] >= lo:
            continue
        for title in ent.titles:
            run = _club_before_role(title.split())
            if run:
                runs.add(run)
    names = {r for r in runs if not any(o != r and o.endswith(" " + r) for o in runs)}
    if len(names) != 1:
        return -1
    return res.phrase_entity(names.pop(), "organization")


def _club_before_role(words: Sequence[str]) -> str:
    """The run of capitalised words before the first club role of a title's *words*, with only
    lower-case words between them and the role ('Kingsbridge City head coach' -> 'Kingsbridge
    City'); a possessor is no club ('Mensah's agent'); '' when there is none."""
    role = next((i for i, w in enumerate(words) if w.lower() in _CLUB_ROLES), -1)
    if role <= 0:
        return ""
    end = role
    while end > 0 and words[end - 1].islower():
        end -= 1
    start = end
    while start > 0 and words[start - 1][:1].isupper() and words[start - 1].replace("-", "").isalpha():
        start -= 1
    while start < end and words[start].lower() in TITLE_MODIFIERS:
        start += 1  # ('Former City striker')
    return " ".join(words[start:end])
