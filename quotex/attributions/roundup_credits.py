"""Roundup credits before a colon: ``NAME, AFFILIATION: "C."`` and ``NAME — ROLE, BODY: "C."``.

A roundup of voices names each speaker before a colon, then their role or place after a comma
or a spaced dash (``Rafael Ortiz, The Harbour Gazette:``, ``Kim Abara (44), Kirkwall:``, ``Ines
Marr — harbour pilot, Kestrel Ferries:``): the name is the speaker, the rest describes them.
Read by :func:`~quotex.attributions.cue_rules.colon_quotation`. Input: the token table, the
clause's first token and the colon's (or the dash's); output: the name's token range, a token
index or a yes/no.
"""

from __future__ import annotations

from collections.abc import Sequence

from quotex.attributions.noun_phrases import np_left
from quotex.attributions.turns import opens_paragraph
from quotex.lexicon import Lexicon
from quotex.lexicon.function_words import NAME_PARTICLES
from quotex.lexicon.grammar import DASHES, PREPOSITIONS
from quotex.mentions import is_name_word
from quotex.mentions.open_roles import agent_noun, open_role
from quotex.mentions.words import ANY_FIRST_NAMES, is_role, name_syllable, registered_spelling
from quotex.tokens import Tokens

#: A roundup credit's name and the role words before it, in tokens before the first comma (a
#: hyphen and the halves it joins are three: 'First-time voter Femke van den Heuvel,').
CREDIT_NAME_WINDOW = 11


#: How many tokens a roundup credit's role may take between the name's comma and the colon
#: ('chair of the Isle of Wight Chamber of Commerce': its colon ten tokens past the comma); past
#: nine, only without a verb of the lexicon.
CREDIT_ROLE_WINDOW = 13


def credit_name(tokens: Tokens, floor: int, colon: int, lexicon: Lexicon) -> tuple[int, int] | None:
    """A roundup credit ``NAME, AFFILIATION: "C."`` (``Rafael Ortiz, The Harbour Gazette:``,
    ``Kim Abara, economist:``, ``Kim Abara (44), Kirkwall:``): the name that opens the clause
    at *floor*, before the first comma (and a bracketed age); what follows the comma up to the
    colon is the speaker's role, not the speaker."""
    words = tokens.words
    comma = next((k for k in range(floor + 1, min(colon, floor + CREDIT_NAME_WINDOW)) if words[k] == ","), -1)
    if comma < 0 or colon - comma > CREDIT_ROLE_WINDOW:
        return None
    if colon - comma > 9 and any(w.islower() and w in lexicon.verb_forms for w in words[comma + 1 : colon]):
        return None  # (a long stretch with a verb is a clause, not a role: 'Ida Marr, who ...:')
    end = comma - 1
    if end - 3 >= floor and words[end] == ")" and words[end - 1].isdigit() and words[end - 2] == "(":
        end -= 3  # an age in brackets after the name: 'Ines Marr (44), Kirkwall:'
    name = np_left(tokens, end, floor, lexicon)
    if name is None or not name_end(tokens, name[1], floor):
        return None
    return name if name[0] == floor or role_words_before(words, floor, name[0], lexicon) else None


def role_label(tokens: Tokens, floor: int, colon: int, lexicon: Lexicon) -> tuple[int, int] | None:
    """A label that is a bare role before the colon at *colon*, opening its paragraph at *floor*
    (``Mayor: "C."``, ``Chief auctioneer: "C."``, ``Layout builder: "C."``): a capitalised word
    and lower-case words ending in a role noun (listed, an open one: :func:`open_role`, or after a
    modifier an agent noun in *-er*, *-or*: :func:`agent_noun`), no verb nor preposition, no given
    name. The role is
    the speaker, described, never a name (before: *Layout*)."""
    words = tokens.words
    if not opens_paragraph(tokens, floor):
        return None
    head = words[colon - 1].lower()
    agent = colon - floor > 1 and agent_noun(head)  # ('Layout builder')
    if (
        not role_words_before(words, floor, colon, lexicon)
        or not (agent or is_role(head, lexicon) or open_role(head, lexicon))
        or registered_spelling(words[floor].lower()) in ANY_FIRST_NAMES
    ):
        return None
    return floor, colon - 1


def role_words_before(words: Sequence[str], floor: int, first: int, lexicon: Lexicon) -> bool:
    """Are tokens *floor* .. *first* - 1, before a roundup credit's name, a bare role of up to
    five tokens that the noun phrase did not take in ('Part-time lifeguard', 'Long-distance lorry
    driver'): a capitalised word and lower-case words or hyphens, no verb, preposition, -ing or
    -ed form?"""
    role = words[floor:first]
    return (
        0 < len(role) <= 5
        and role[0][:1].isupper()
        and all(w == "-" or (w.isalpha() and w[1:].islower()) for w in role)
        and not any(
            w.lower() in lexicon.verb_forms or w.lower() in PREPOSITIONS or w.endswith(("ing", "ed"))
            for w in role
        )
    )


def name_end(tokens: Tokens, k: int, floor: int) -> bool:
    """Can token *k* end a name: a name word, or the lower-case syllable of a hyphenated given
    name ('Park Ji-woo')?"""
    return is_name_word(tokens.words[k]) or name_syllable(tokens, k, floor)


#: A credit after a dash names its speaker in a few words: 'More from Lena Okafor and Omar Diallo'.
CREDIT_DASH_WINDOW = 8


def credit_dash(tokens: Tokens, first: int, colon: int) -> int:
    """The dash set off by a space (' - ', ' -More') at most :data:`CREDIT_DASH_WINDOW` tokens
    before the colon at token *colon*, after at least two words of the sentence; else -1."""
    words, starts, ends = tokens.words, tokens.starts, tokens.ends
    for k in range(colon - 1, max(first + 1, colon - CREDIT_DASH_WINDOW) - 1, -1):
        w = words[k]
        if (w in DASHES and (starts[k] > ends[k - 1] or starts[k + 1] > ends[k])) or (
            w[:1] in "-—–" and w[1:2].isalpha() and starts[k] > ends[k - 1]  # ('-More' is one token)
        ):
            return k
    return -1


def name_before_dash(tokens: Tokens, floor: int, dash: int, lexicon: Lexicon) -> bool:
    """Does a roundup credit name its speaker before the dash at token *dash* and describe
    them after it ('Ines Marr — harbour pilot, Kestrel Ferries:'): the clause from *floor* to
    the dash is one name, and a lower-case role opens what follows?"""
    words = tokens.words
    if not (dash + 1 < len(words) and words[dash + 1][:1].islower() and 1 <= dash - floor <= 5):
        return False
    name = np_left(tokens, dash - 1, floor, lexicon)
    return (
        name is not None
        and name[0] == floor
        and all(is_name_word(w) or w in ("-", ".") or w in NAME_PARTICLES for w in words[floor:dash])
    )
