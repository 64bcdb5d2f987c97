"""The person a definite description names by a deed that a clause gave them: *the chair*
after 'Lena Okafor, who chairs the committee', *the newcomer* after 'Ana Berg, who moved to
Tarrow last year'.

Input: a :class:`~quotex.speakers.salience.Resolver`, the description's head noun (or the verb
forms of its deed) and the mention index it follows; output: the entity named, or -1. Read by
:func:`quotex.speakers.nominals.resolve_nominal`.
"""

from __future__ import annotations

from collections.abc import Sequence

from quotex.lexicon.deeds import DEED_VERBS
from quotex.speakers.salience import Resolver
from quotex.speakers.words import role_verbs

#: Endings that make a role noun's gendered or neutral forms ('chair': 'chairman',
#: 'chairwoman', 'chairperson'; AP Stylebook, "chairman, chairwoman": *chair* as the neutral
#: form): the holder of any one is *the chair*.
ROLE_FORM_ENDINGS = ("man", "woman", "person")
#: How many mentions before a nominal :func:`deed_doer` reads.
_RELATIVE_REACH = 40
#: Auxiliaries between *who* and the deed's verb ('who has lived in Tarrow').
_PERFECT = frozenset(["has", "had", "have"])


def relative_holder(res: Resolver, head: str, lo: int) -> int:
    """The entity that a *who* clause or a verb right after its name gives the role *head* with
    the role noun's own verb ('Lena Okafor, who chairs the committee' or 'Lena Okafor chairs the
    committee' for *the chair* or *the chairwoman*, 'who heads the agency' for *the head*; in the
    past too, 'Ana Roe refereed the final' for *the referee*: :func:`role_verbs`) or with the
    deed of a describing noun that is also a role (*the newcomer*: :data:`DEED_VERBS`); -1."""
    stem = next((head[: -len(e)] for e in ROLE_FORM_ENDINGS[::-1] if head.endswith(e)), head)
    verbs = role_verbs(stem if stem in res.lexicon.role_words else head)
    return deed_doer(res, verbs | DEED_VERBS.get(head, frozenset()), lo)


def deed_doer(res: Resolver, verbs: frozenset[str], lo: int) -> int:
    """The entity of the nearest of the :data:`_RELATIVE_REACH` mentions before mention index
    *lo* followed by one of *verbs*, in a *who* clause or right after it, maybe after *has* or
    *had* ('Ana Berg, who has lived in Tarrow' for *the resident*, 'Ana Berg, who moved to
    Tarrow' for *the newcomer*); -1."""
    words, mentions = res.tokens.words, res.mentions
    for k in range(lo - 1, max(-1, lo - 1 - _RELATIVE_REACH), -1):
        first = mentions[k].first
        if first >= 2 and words[first - 1] == "," and _fronted_deed(words, first - 2, verbs):
            return res.table.of_mention[k]  # ('Giving evidence, Ana Berg said')
        m = mentions[k]
        j = m.last + 1
        apposed = m.title_first in (j + 1, j + 2) and m.title_last + 1 < len(words)
        apposed = apposed and words[m.title_last + 1] == ","
        if apposed:
            j = m.title_last + 1  # ('Ana Berg, a senior engineer at X, gave evidence': past the apposition)
        if j < len(words) and words[j] == ",":
            j += 1
        if j < len(words) and words[j] == "who":
            j += 1
        elif words[j - 1] == "," and not apposed:
            continue  # ('Ada Quist, chairs ...': no clause)
        if j + 1 < len(words) and words[j] in _PERFECT:
            j += 1
        if j < len(words) and (words[j] in verbs or "_".join(words[j : j + 2]) in verbs):
            return res.table.of_mention[k]
    return -1


def _fronted_deed(words: Sequence[str], k: int, verbs: frozenset[str]) -> bool:
    """Does a participle of one of *verbs* open the sentence and end at token *k*, before the
    comma of a name ('Testifying, NAME said', 'Giving evidence, NAME said')?"""
    if words[k].lower() in verbs and (k == 0 or not words[k - 1][:1].isalnum()):
        return True
    opens = k == 1 or (k > 1 and not words[k - 2][:1].isalnum())
    return opens and "_".join(words[k - 1 : k + 1]).lower() in verbs
