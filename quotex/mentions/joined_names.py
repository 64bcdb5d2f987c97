"""Where an *and* or a possessive mark stays inside a body's name as the mention chains read
it: two halves before an organisation noun ('the Securities and Exchange Commission'), a
partnership's two surnames ('Pike and Orrell Associates'), a public service's pair of words
('Fire and Rescue'), a lone trade before a union's name ('the Foundry and Kiln Workers'
Union'). Read by :func:`quotex.mentions.chains.name_chains`.

Input: the words, the chain's token range, its sentence and the name words, organisation nouns
and role words; output: whether the *and* joins the name.
"""

from __future__ import annotations

from collections.abc import Sequence

from quotex.lexicon.first_names import FIRST_NAMES
from quotex.lexicon.titles import AND_PAIRS
from quotex.sentences import Sentence


def joined_body(
    words: Sequence[str],
    i: int,
    j: int,
    s: Sentence,
    *,
    name_words: set[str],
    bodies: frozenset[str],
    roles: frozenset[str],
) -> bool:
    """Does *and* after chain *i..j* join two halves of one body's name: a chain of one to three
    words after *the*, none an organisation noun, a first name or a role word, then capitalised
    words up to a body noun ('the Securities and Exchange Commission', 'the Fish and Wildlife
    Service', 'the Tenmile River Bridge and Tunnel Authority'; not 'the Treasury Department and
    Ana Berg'; without *the*, 'Brannock Steel and Veldhoven Dairy' are two firms, but a partnership
    joins two surnames before its form word: 'Pike and Orrell Associates', and a public service's
    pair of words its own: 'Fire and Rescue', lexicon.titles.AND_PAIRS)?"""
    if _partnership(words, i, j, s.last, name_words=name_words, roles=roles):
        return True
    if j + 2 <= s.last and (words[j].lower(), words[j + 2].lower()) in AND_PAIRS:
        return True  # ('Ashlow Vale Fire and Rescue', 'Coastal Search and Rescue': a service's name)
    # ('the Foundry and Kiln Workers' Union': a lone body noun before *and* names a trade the
    # name joins when the name goes on past a word of its own before its body noun)
    trade = i == j and j + 2 <= s.last and _name_goes_on(words, j + 2, s.last, name_words, bodies)
    return (
        j - i < 3
        and i > s.first
        and words[i - 1].lower() == "the"
        and j + 2 <= s.last
        and not any(
            ((low := words[k].lower()) in bodies and not trade)
            or low in FIRST_NAMES
            or low in roles
            or words[k].isupper()
            for k in range(i, j + 1)
        )  # (an acronym is a body's whole name: 'the FBI and Justice Department' are two)
        and body_name_follows(words, j + 2, s.last, name_words, bodies)
    )


#: The form words of a partnership's name after its partners' surnames ('Pike and Orrell
#: Associates', 'Hale and Dorr Partners', 'Marsh and Sons'): COMPANY_WORDS' partnership forms.
_PARTNERSHIP_FORMS = frozenset("associates partners sons brothers daughters llp".split())


def _partnership(
    words: Sequence[str], i: int, j: int, last: int, *, name_words: set[str], roles: frozenset[str]
) -> bool:
    """Is the chain *i..j* one surname that *and*, a second surname and a partnership's form word
    follow, the form word ending the capitalised run ('Pike and Orrell Associates')? Neither
    surname may be a first name, a role or an acronym."""
    if i != j or j + 3 > last or words[j + 3].lower() not in _PARTNERSHIP_FORMS:
        return False
    if j + 4 <= last and words[j + 4] in name_words:
        return False
    names = (words[j], words[j + 2])
    return all(
        w in name_words and not w.isupper() and w.lower() not in FIRST_NAMES and w.lower() not in roles
        for w in names
    )


def _name_goes_on(
    words: Sequence[str], k: int, last: int, name_words: set[str], bodies: frozenset[str]
) -> bool:
    """Is the capitalised word at token *k* no body noun, or one that another word of the name
    follows before its own body noun ('Kiln | Workers' Union', 'Creamery | Workers' Union'; not
    'Police Department')?"""
    if words[k].lower() not in bodies:
        return True
    return k + 1 <= last and words[k + 1] in name_words and words[k + 1].lower() not in bodies


def body_name_follows(
    words: Sequence[str], k: int, last: int, name_words: set[str], organization_nouns: frozenset[str]
) -> bool:
    """Do the capitalised words from token *k* (at most four, up to *last*) include a body
    noun ("Women's Rowing Association", "St Mary's Hospital", "Counter Workers’ Union": a
    plural's possessive mark between them is stepped over)?"""
    marks = 0
    for i in range(k, min(k + 5, last + 1)):
        if words[i] in ("'", "’") and i > k and words[i - 1].endswith("s") and not marks:
            marks = 1
            continue
        if i - k - marks >= 4 or words[i] not in name_words:
            return False
        if words[i].lower() in organization_nouns:
            return True
    return False
