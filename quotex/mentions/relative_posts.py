"""A post stated by a relative clause right after a name: *NAME, who chairs the Tarn Valley
Trust,* -> 'chair of the Tarn Valley Trust'; *NAME, who heads sales at the Kestrel Cider
Press,* -> 'head of sales at the Kestrel Cider Press'. Read by
:func:`~quotex.mentions.find.find_mentions` for a name that has no title written at it.
Input: the token table, the name's last token and its sentence; output: the clause's tokens
and the post as text, or None.
"""

from __future__ import annotations

from collections.abc import Sequence

from quotex.lexicon.function_words import STOP_WORDS, TIME_NAMES
from quotex.lexicon.titles import POST_VERBS, VERBATIM_POST_VERBS
from quotex.mentions.affiliations import body_run_end
from quotex.mentions.stated_ages import past_relative_age
from quotex.sentences import Sentence
from quotex.tokens import Tokens

#: Adverbs that may stand between *who* and the verb of the post ('who now chairs').
_POST_ADVERBS = frozenset(["now", "currently", "also", "still", "jointly"])
#: Prepositions that attach the body to a post's lower-case object ('heads sales at X').
_OBJECT_PREPOSITIONS = frozenset(["at", "for", "of"])
#: Tokens that close the relative clause right after the body.
_CLAUSE_ENDS = frozenset([",", ".", ";", ")", "—", "–"])
#: How many tokens a body's name may have (a bound that keeps the look linear).
_BODY_TOKENS = 10


def relative_post(tokens: Tokens, last: int, sent: Sentence) -> tuple[int, int, str] | None:
    """The post a relative clause after the name ending at token *last* states: ``(first,
    last, text)`` of the clause's verb..body and the post ('chair of the Tarn Valley Trust'),
    or None. The clause is *, who* (an adverb may follow), a verb of :data:`POST_VERBS` (or of
    :data:`VERBATIM_POST_VERBS`, whose post is the clause's words from the verb), and
    a named body (*the* may open it) or a lower-case object of at most three words, *at*/
    *for*/*of* and a named body; the clause must end right after the body."""
    words, lows = tokens.words, tokens.lows
    j = last + 3
    if j + 1 > sent.last or words[last + 1] != "," or lows[last + 2] != "who":
        return None
    if lows[j] in _SUCCESSION_VERBS:
        return _successor_post(tokens, j, sent)  # ('NAME, who succeeded B as ROLE at X in May,')
    j = past_relative_age(words, j, sent.last)  # ('NAME, who is 51 and chairs the X,')
    if lows[j] in _POST_ADVERBS:
        j += 1
    co = j + 2 < sent.last and lows[j] == "co" and words[j + 1] == "-"  # ('who co-chairs X')
    j += 2 * co
    noun = POST_VERBS.get(lows[j]) if j < sent.last else None
    verbatim = noun is None and j < sent.last and not co and lows[j] in VERBATIM_POST_VERBS
    if noun is None and not verbatim:
        return None
    noun = ("co-" + noun if co else noun) if noun else ""
    k = j + 1
    # ('who chairs the public accounts committee,', 'who chairs the Leith planning committee,')
    end = max(_body_end(words, k + (lows[k] == "the"), sent.last), _lower_body_end(lows, k, sent.last))
    if end < 0:
        p = k
        while p <= min(sent.last, k + 3) and words[p].isalpha() and words[p].islower():
            if words[p] in _OBJECT_PREPOSITIONS:
                break
            p += 1
        if p == k or p > k + 3 or p > sent.last or words[p] not in _OBJECT_PREPOSITIONS:
            return None
        if any(w in STOP_WORDS and w != "the" for w in lows[k:p]):
            return None  # ('who heads there for X': no object)
        end = _body_end(words, p + 1 + (p + 1 <= sent.last and lows[p + 1] == "the"), sent.last)
    if end < 0:
        return None
    end = _unit_after(words, lows, end, sent.last)  # ('who coaches the Fenmoor Rovers | youth team,')
    # ('who founded the X in 2004,': the year is no part of the post)
    dated = end + 2 <= sent.last and words[end + 1] == "in" and _year(words[end + 2])
    end_clause = end + 2 if dated else end
    if end_clause < sent.last and words[end_clause + 1] not in _CLAUSE_ENDS:
        return None
    if verbatim:  # ('who runs the Holmgate Glassworks,' -> 'runs the Holmgate Glassworks')
        return j, end, tokens.text[tokens.starts[j] : tokens.ends[end]]
    return j, end, f"{noun} of {tokens.text[tokens.starts[k] : tokens.ends[end]]}"


def _unit_after(words: Sequence[str], lows: Sequence[str], end: int, last: int) -> int:
    """The last of one or two lower-case nouns (one may be hyphenated) after a body's name ending
    at token *end* that name a unit of it before the clause ends ('the Fenmoor Rovers | youth
    team', 'the Halden Hospital | cardiology unit', 'the Tarn Otters | under-16 side'); else
    *end*."""
    p, nouns = end + 1, 0
    while p <= last and nouns < 2:
        w = words[p]
        if p + 2 <= last and words[p + 1] == "-" and w.isalnum() and words[p + 2].isalnum():
            p += 3  # ('first-team' split by the tokenizer)
        elif w.replace("-", "").isalnum() and w[:1].isalpha() and w.islower() and lows[p] not in STOP_WORDS:
            p += 1  # ('youth', 'under-16')
        else:
            break
        nouns += 1
    return p - 1 if p > end + 1 and (p > last or words[p] in _CLAUSE_ENDS) else end


#: Verbs of taking a post over from someone ('who succeeded B as ROLE', 'who replaced B as ROLE').
_SUCCESSION_VERBS = frozenset("succeeded replaced succeeds replaces".split())
#: How many tokens the successor's post may hold after *as* ('as senior lecturer in law at X').
_POST_TOKENS = 14
#: Periods after *last* that end a clause of succession ('last year').
_PERIODS = frozenset(["year", "month", "week", "spring", "summer", "autumn", "winter"])


def _successor_post(tokens: Tokens, j: int, sent: Sentence) -> tuple[int, int, str] | None:
    """The post after *as* in a clause of succession whose verb stands at token *j* ('who
    succeeded Ivo Lund as head coach of Merrow Town in May,' -> 'head coach of Merrow Town'):
    the successor now holds it. A time phrase that ends the clause is no part of it; None when no
    *as* follows the predecessor's name or the clause does not close after the post."""
    words, lows = tokens.words, tokens.lows
    a = next((k for k in range(j + 2, min(sent.last, j + 7)) if lows[k] == "as"), -1)
    if a < 0 or not all(w[:1].isupper() for w in words[j + 1 : a]):
        return None
    end = next(
        (k for k in range(a + 1, min(sent.last, a + _POST_TOKENS) + 1) if words[k] in _CLAUSE_ENDS), -1
    )
    if end < a + 2:
        return None
    last = end - 1
    # ('... in May', '... in 2019', '... last year': a time phrase that ends the clause)
    timed = _year(words[last]) or lows[last] in TIME_NAMES or words[last] == "May" or lows[last] in _PERIODS
    if last - 1 > a + 1 and lows[last - 1] in ("in", "last") and timed:
        last -= 2
    return j, end - 1, tokens.text[tokens.starts[a + 1] : tokens.ends[last]]


#: Heads of a deliberative body that English names in lower case after *the* ('the public
#: accounts committee', 'the planning board', 'the ethics panel'; our list).
_LOWER_BODY_HEADS = frozenset(
    "committee subcommittee board council commission panel taskforce caucus".split()
)
#: How many lower-case words may stand before such a head ('the joint public accounts committee').
_LOWER_BODY_WORDS = 4


def _lower_body_end(lows: Sequence[str], k: int, last: int) -> int:
    """The last token of *the* and a body named in lower case from token *k* ('the public
    accounts committee'), one to :data:`_LOWER_BODY_WORDS` words ending in a head of
    :data:`_LOWER_BODY_HEADS`, or -1."""
    if lows[k] != "the":
        return -1
    p = k + 1
    while p <= min(last, k + _LOWER_BODY_WORDS) and lows[p].isalpha() and lows[p] not in STOP_WORDS:
        p += 1
    return p - 1 if p - 1 > k and lows[p - 1] in _LOWER_BODY_HEADS else -1


def _body_end(words: Sequence[str], k: int, last: int) -> int:
    """The last token of a body's name of at most :data:`_BODY_TOKENS` tokens from token *k*
    (``affiliations.body_run_end``), or -1."""
    return body_run_end(words, k, min(last, k + _BODY_TOKENS - 1), last)


def _year(word: str) -> bool:
    """Is *word* a year of four digits?"""
    return len(word) == 4 and word.isdigit()
