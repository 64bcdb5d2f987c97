"""An anonymous source's terms are no report: the sieve's veto of a content that only asks for,
gives or withholds the speaker's own name.

Input: what a cue rule found (an :class:`~quotex.attributions.model.Attribution` and the token
range of its content). Output: whether that content is the source's condition of anonymity
(:func:`withheld_name`), so the sieve drops it and moves on past it; and the subject before a cue
that such a clause and the name it gives make up (:func:`named_after_clause`), or a clause
granting anonymity with its reason (:func:`anonymous_relative`).

News reports introduce an unnamed or half-named source with a clause about the name itself
(*a beekeeper who asked that only her first name be used, Lusine, said*; *a nurse who declined to
give her full name said*; *who asked not to be named*; *who declined to be named*). The object of
*asked* or *declined* there is the reporter's arrangement with the source, not words the source
wants reported (the Associated Press Stylebook, "anonymous sources": the story says why a source
is not named). A request about anything else stays a report of a request (*She asked that the
vote be delayed*; *asked that her name be removed from the ballot*: *removed* is no verb of
publishing).
"""

from __future__ import annotations

from quotex.attributions.context import Context
from quotex.attributions.model import Found
from quotex.attributions.noun_phrases import np_left
from quotex.lexicon import Lexicon
from quotex.lexicon.grammar import PREPOSITIONS
from quotex.mentions import is_name_word
from quotex.records import QuoteKind
from quotex.tokens import Tokens

#: Nouns for a person's name or identity.
NAME_NOUNS = frozenset("name names surname surnames identity identities".split())
#: Verbs of using, printing or withholding a name, and of being named (every form written).
NAMING_VERBS = frozenset(
    "use used publish published print printed disclose disclosed reveal revealed give given "
    "withhold withheld release released share shared mention mentioned appear identify identified "
    "named provide provided divulge divulged".split()
)
#: Further words such a content may hold: its opener, negation, auxiliaries, possessives and the
#: kind of name ('that only her first name be used', 'to give his full name', 'not to be named').
_FRAME_WORDS = frozenset(
    "that to not only be being his her their my our first full last real family given publicly "
    "in print or and made public for publication".split()
)
#: Words of the content that show it is about being named ('to be named', 'to be identified').
_NAMED = frozenset(["named", "identified"])
#: Verbs of asking whose object *anonymity* is no content.
_ASKING = frozenset("asked asks requested requests request sought seeks demanded demands".split())
#: At most this many words: the condition is a short clause.
_MAX_WORDS = 10


def withheld_name(ctx: Context, found: Found) -> bool:
    """Is the content of *found* no more than a source's terms about its own name ('that only her
    first name be used', 'to give his full name', 'that his surname not be published', 'to be
    named'), or the noun *anonymity* a verb of asking takes ('who requested anonymity')? Every
    word is one of :data:`NAME_NOUNS`, :data:`NAMING_VERBS` or the frame's words, and a name
    noun or *named* / *identified* is among them (a content run on past the terms into the main
    clause's verb of saying counts too: 'who asked that her name not be used | recalled
    that C'); a quotation in marks never is."""
    att, a, b = found
    if att.cue is None or att.kind is QuoteKind.DIRECT:
        return False
    lows = ctx.lows
    cue = ctx.tokens.text[att.cue[0] : att.cue[1]].lower()
    if lows[a] == "anonymity" and cue in _ASKING:
        return True  # ('who requested anonymity said C': the object asked for, never a content)
    while b > a and not lows[b][:1].isalnum():
        b -= 1  # (a closing comma or period)
    k = a
    while (
        k <= b
        and k - a < _MAX_WORDS
        and (lows[k] in NAME_NOUNS or lows[k] in NAMING_VERBS or lows[k] in _FRAME_WORDS)
    ):
        k += 1
    if k <= b and (k == a or k - a >= _MAX_WORDS or lows[k] not in ctx.lexicon.verb_forms):
        return False  # (the terms may run on into the main clause's verb: '... not be used | recalled')
    if any(ctx.quote_of[m] >= 0 for m in range(a, k)):
        return False
    return any(w in NAME_NOUNS or w in _NAMED for w in lows[a:k])


#: Words of a relative clause by which a source gives a name, or only part of one: the terms'
#: words above and the verbs of asking, giving and agreeing ('who asked that only her first name
#: be used', 'who gave only his first name', 'who would only be identified by his first name').
NAMING_CLAUSE_WORDS = (
    NAME_NOUNS
    | NAMING_VERBS
    | _FRAME_WORDS
    | frozenset(
        "asked asks gave gives giving would wanted wants wished agreed preferred requested "
        "by as himself herself themselves go goes went called".split()
    )
)
#: How many tokens the naming clause and the name after it may each hold.
_CLAUSE_REACH = 12
_NAME_REACH = 4


def named_after_clause(tokens: Tokens, j: int, floor: int, lexicon: Lexicon) -> tuple[int, int] | None:
    """The subject ending at the comma *j* before a cue when it is a description whose relative
    clause gives a name, and that name set off by commas ('A driver who gave only his first
    name, Tomasz, said', 'A beekeeper who asked that only her first name be used, Lusine,
    said'): (the description's first token, the name's last); None otherwise. The clause holds
    only :data:`NAMING_CLAUSE_WORDS`, a name noun or *identified* among them."""
    words = tokens.words
    if words[j] != ",":
        return None
    k = j - 1
    while k > floor and j - k <= _NAME_REACH and is_name_word(words[k]):
        k -= 1
    if k == j - 1 or k <= floor or words[k] != ",":
        return None
    m = k - 1
    while m > floor and k - m <= _CLAUSE_REACH and words[m].lower() in NAMING_CLAUSE_WORDS:
        m -= 1
    clause = {w.lower() for w in words[m + 1 : k]}
    if words[m].lower() != "who" or not (clause & NAME_NOUNS or "identified" in clause):
        return None
    head = m - 1 - (words[m - 1] == ",")  # ('A driver, who gave only his first name, Tomasz,')
    first = _description_start(tokens, head, floor, lexicon)
    return (first, j - 1) if first >= 0 else None


#: Words of a relative clause that grants a source anonymity, up to its key word ('who spoke on
#: condition of anonymity', 'who asked not to be named', 'who was granted anonymity').
_ANONYMOUS_OPENING = frozenset(
    "spoke speaks talked talks asked asks requested requests declined declines agreed agrees did does "
    "would not want wanted to be was were granted given insisted on only publicly condition of".split()
)
#: The key words: after them the clause may go on only with its reason.
_ANONYMOUS_KEYS = frozenset(["anonymity", "named", "identified"])
#: Subordinators that open the reason for anonymity ('because he was not authorised to speak').
_REASON_OPENERS = frozenset(["because", "as", "since"])
#: How many tokens the clause, with its reason, may hold.
_ANONYMOUS_REACH = 30


def anonymous_relative(tokens: Tokens, j: int, floor: int, lexicon: Lexicon) -> tuple[int, int] | None:
    """The subject ending at token *j* before a cue when it is a description with a relative
    clause granting anonymity, however long its reason ('A beekeeper who spoke on condition of
    anonymity because he was not allowed to talk to the press | says'): (the description's first
    token, *j*); None otherwise. The clause runs with no comma or mark from *who* to *j*: words of
    :data:`_ANONYMOUS_OPENING` up to a key word, then nothing or a reason opened by *because*."""
    words = tokens.words
    if "who" not in tokens.lows[max(floor, j - _ANONYMOUS_REACH) : j + 1]:
        return None  # (no *who* within reach: most subjects, one test in C instead of the walk)
    m = j
    while m > floor and j - m < _ANONYMOUS_REACH and words[m].lower() != "who":
        if not words[m][:1].isalnum():
            return None
        m -= 1
    if words[m].lower() != "who" or m - 1 < floor:
        return None
    p = m + 1
    while p <= j and words[p].lower() in _ANONYMOUS_OPENING:
        p += 1
    if p > j or words[p].lower() not in _ANONYMOUS_KEYS:
        return None
    if p < j and words[p + 1].lower() not in _REASON_OPENERS:
        return None
    first = _description_start(tokens, m - 1, floor, lexicon)
    return (first, j) if first >= 0 else None


def _description_start(tokens: Tokens, end: int, floor: int, lexicon: Lexicon) -> int:
    """The first token of the description ending at token *end* that opens its clause, past one
    prepositional post-modifier ('A beekeeper | in the hills'), or -1 when none does."""
    words = tokens.words
    np = np_left(tokens, end, floor, lexicon) if end >= floor else None
    if np is not None and np[0] - 2 >= floor and words[np[0] - 1].lower() in PREPOSITIONS:
        np = np_left(tokens, np[0] - 2, floor, lexicon)  # ('A beekeeper in the hills who ...')
    if np is None or not (np[0] == floor or not words[np[0] - 1][:1].isalnum()):
        return -1
    return np[0]
