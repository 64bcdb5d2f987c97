"""Titles written next to a name and set off by commas, read by :func:`~quotex.mentions.find.find_mentions`.

An apposition after the name ('Ana Berg, the Labour MP for Leith,'), a role before the name and
its comma ("the campaign's manager, Jeff Weaver,"), and both: then the role written first, with
its body ("The committee's chair, Ana Berg, the Labour MP for Leith,"), is the title and the
apposition the second one (:func:`title_after_or_before`, :func:`title_before`).
Input: the token table, a name's chain *first..last*, its sentence; output: token spans or text.
"""

from __future__ import annotations

from quotex.lexicon import Lexicon
from quotex.mentions.appositions import apposition_title, framed_role_before
from quotex.mentions.prefixes import (
    bracketed_title,
    possessed_post,
    prefix_title,
    role_head_before,
    role_of_body,
)
from quotex.mentions.words import is_name_word, participle_object, plural_role
from quotex.sentences import Sentence
from quotex.tokens import Tokens


def title_before(
    tokens: Tokens, first: int, last: int, sent: Sentence, lexicon: Lexicon, *, t_first: int
) -> str | None:
    """The role before a comma and a titled name's chain *first..last* whose own title starts
    at *t_first* ('The chair of the committee, Councillor Maureen Dacre,'): a second stated
    title, or None (also when it is that title: 'said one resident, Ana Roe')."""
    b_first, b_last = title_after_or_before(tokens, first, last, sent, lexicon)
    found = b_first >= 0 and b_last < min(first, t_first)
    return tokens.text[tokens.starts[b_first] : tokens.ends[b_last]] if found else None


#: The tokens after a name that open an apposition (:func:`apposition_title`: a comma, a
#: roundup's dash, an age in brackets) or a bracketed title (:func:`bracketed_title`): after any
#: other token neither finds a title, and neither is called.
_TITLE_AFTER_MARKS = frozenset([",", "(", "—", "–", "-"])


def title_after_or_before(
    tokens: Tokens, first: int, last: int, sent: Sentence, lexicon: Lexicon
) -> tuple[int, int]:
    """A title not written before the name: in apposition after it, or before it and a comma
    ("the campaign's manager, Jeff Weaver,"; 'A spokeswoman for the Ministry of Trade, Siri
    Nakstad,'); (-1, -1) when none."""
    words = tokens.words
    t_first, t_last = -1, -1
    if last < sent.last and words[last + 1] in _TITLE_AFTER_MARKS:  # (most names: no mark after them)
        t_first, t_last = apposition_title(tokens, last, sent.last, lexicon)
        if t_first < 0:
            t_first, t_last = bracketed_title(tokens, last, sent.last, lexicon)
    if t_first >= 0 and words[last + 1] == ",":
        # ("The committee's chair, Ana Berg, the Labour MP for Leith,": both are stated titles;
        # the role written first, with its body, is the one printed, the apposition the second)
        b_first, b_last = _title_before_comma(tokens, first, last, sent, lexicon)
        return (
            (b_first, b_last) if _leading_role(tokens, b_first, b_last, sent, lexicon) else (t_first, t_last)
        )
    return _title_before_comma(tokens, first, last, sent, lexicon) if t_first < 0 else (t_first, t_last)


def _leading_role(tokens: Tokens, t_first: int, t_last: int, sent: Sentence, lexicon: Lexicon) -> bool:
    """Is the title *t_first..t_last* before a name's comma a role with its body ("committee's
    chair", 'chair of the inquiry') or a definite one ('The presiding judge, NAME,'), that opens
    its clause: after at most a determiner, at the sentence's start, after a comma or a verb of
    saying ('said the inquiry's chair, NAME,'), never a preposition's object ('In a letter to
    the inquiry's chair, NAME, ...')?"""
    if t_first < 0:
        return False
    words = tokens.words
    title = words[t_first : t_last + 1]
    owned = any(w.endswith(("'s", "’s")) or w in ("'s", "’s") for w in title[:-1])
    linked = any(w in ("of", "for", "at", "with", "on") for w in title[1:-1])
    if not (owned or linked) and t_first > sent.first and words[t_first - 1].lower() != "the":
        return False
    j = t_first - 1
    if j >= sent.first and words[j].lower() in ("the", "a", "an", "its", "their", "his", "her"):
        j -= 1
    return j < sent.first or words[j] in (",", ";", ":") or words[j].lower() in lexicon.verb_forms


def _title_before_comma(
    tokens: Tokens, first: int, last: int, sent: Sentence, lexicon: Lexicon
) -> tuple[int, int]:
    """The title written before a name's chain *first..last* and a comma ("the campaign's
    manager, Jeff Weaver,"); (-1, -1) when none."""
    words = tokens.words
    t_first, t_last = -1, -1
    if first - 2 < sent.first or words[first - 1] != ",":
        return t_first, t_last
    if (
        first == last
        and first - 3 >= sent.first
        and words[first - 3] == "from"
        and is_name_word(words[first - 2])
    ):
        return -1, -1  # ('a Sanders supporter from Hemet, California,': a place's region, no name)
    role = role_head_before(words, first - 2, sent.first, lexicon)
    one_name = last + 1 > sent.last or words[last + 1] != "and"
    if role >= 0 and one_name and plural_role(words[role], lexicon):
        return -1, -1  # 'After a meeting with the dockers, Ines Marr said': one person is no docker
    if role == first - 2:
        t_first, t_last = prefix_title(tokens, first - 1, lexicon, floor=sent.first, loose=True)
    if t_first < 0:
        t_first, t_last = role_of_body(tokens, first - 2, lexicon, floor=sent.first)
    if t_first < 0 and role < 0 and last + 1 <= sent.last and words[last + 1] in (",", "."):
        t_first, t_last = possessed_post(words, first - 2, sent.first, lexicon)
    if t_first < 0 and 0 <= role < first - 2:  # 'the Secretary of State, Greta Holt,'
        lo, _ = prefix_title(tokens, role + 1, lexicon, floor=sent.first, loose=True)
        t_first, t_last = (lo if lo >= 0 else role), first - 2
    if t_first < 0 and role < 0:
        t_first = framed_role_before(words, first - 2, sent.first, lexicon)
        t_first, t_last = (t_first + 1, first - 2) if t_first >= 0 else (-1, -1)
    if t_first >= 0 and participle_object(words, t_first, sent.first):
        return -1, -1  # 'Shaking her head, Ines Marr said': the participle's object, no title
    return t_first, t_last
