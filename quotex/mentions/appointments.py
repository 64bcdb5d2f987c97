"""Posts that a verb of appointment gives a person: *The pier company hired NAME as its
piermaster*, *named NAME its piermaster*, *promoted NAME to coxswain*, *NAME was appointed head
falconer*, *NAME became piermaster*, *NAME took over as treasurer*, *NAME was sworn in as mayor*,
*NAME joined the Harbour Trust as its warden*.

The verbs of appointment are complex-transitive: *appoint*, *elect*, *name* and *make* take the
post as their object's complement, bare or after *as*; *hire*, *promote* and *install* take it
after *as* or *to* (Quirk et al. 16.45, 16.48); their passive, *become*, *take over as*, *be
sworn in as* and *join BODY as* give it to the subject. The person holds the post from then on,
so it is their title, as an apposition's would be: a later *the piermaster said* names them
(:func:`quotex.speakers.nominals.resolve_nominal` reads the entity's titles).

The post is printed as a fact-checker would: without its article (*as the piermaster*:
'piermaster'), with its own body (*as warden of the Harbour Trust*), and a possessive *its*
or *their* replaced by the body it stands for when the clause names it (*The pier company hired
NAME as its piermaster*: 'piermaster of the pier company'; *NAME joined Kestrel Ferries as
coxswain*: 'coxswain at Kestrel Ferries').

Input: the token table, a name chain's first and last tokens, its sentence and the lexicon;
output: ``(first, last, title)`` of the post's tokens and its text, or None. Called by
:func:`quotex.mentions.find.find_mentions` (through :func:`stated_post`) for a name with no
title written at it.
"""

from __future__ import annotations

from quotex.lexicon import Lexicon
from quotex.lexicon.function_words import OBJECT_PRONOUNS, STOP_WORDS, TIME_WORDS, TITLE_MODIFIERS
from quotex.lexicon.grammar import ADVERBS
from quotex.mentions.affiliations import body_run_end
from quotex.mentions.owned_roles import modified_role
from quotex.mentions.relative_posts import relative_post
from quotex.mentions.words import is_role
from quotex.sentences import Sentence
from quotex.tokens import Tokens

#: Verbs of appointment whose object is the appointee (Quirk et al. 16.45, 16.48; our list):
#: their post follows after *as*, *to* (:data:`_TO_VERBS`) or bare (:data:`BARE_VERBS`).
OBJECT_VERBS = frozenset(
    "hire hires hired name names named appoint appoints appointed elect elects elected promote "
    "promotes promoted make makes made install installs installed choose chooses chose tap taps "
    "tapped pick picks picked select selects selected reappoint reappoints reappointed "
    "re-elect re-elects re-elected".split()
)
#: Passive participles of those verbs after *is*, *was*, *has been* (*was named*, *was sworn in*).
_PARTICIPLES = frozenset(
    "hired named appointed elected promoted made installed chosen tapped picked selected "
    "reappointed re-elected".split()
)
#: The verbs whose post may follow *to* (*promoted to sergeant*, *appointed to the post*).
_TO_VERBS = frozenset(
    "promote promotes promoted appoint appoints appointed name names named elect elects elected "
    "reappoint reappoints reappointed".split()
)
#: The verbs whose post may follow the object bare (*named NAME its piermaster*, *made NAME captain*).
BARE_VERBS = frozenset(
    "name names named appoint appoints appointed elect elects elected make makes made "
    "reappoint reappoints reappointed re-elect re-elects re-elected".split()
)
#: The past of *become* (*became piermaster*, *became the piermaster*; not *if X becomes president*,
#: a condition).
_BECOME = frozenset(["became"])
#: Forms of *take* before *over as*, *join* before *BODY as*.
_TAKE = frozenset(["take", "takes", "took", "taken"])
_JOIN = frozenset(["join", "joins", "joined"])
#: Adverbs that may stand between the name and its verb (*NAME later became ...*).
_ADVERBS = frozenset("later then eventually also recently subsequently soon since".split())
#: Determiners that may open the post; *its* and *their* stand for the body.
_DETERMINERS = frozenset("the its their his her a an".split())
_POSSESSIVES = frozenset(["its", "their"])
#: Links from a post to its body (*warden of the Harbour Trust*).
_LINKS = frozenset(["of", "at", "for", "with"])
#: Nouns after *as* that hold no post (*hired him as a favour*, *named her as a suspect*,
#: *chose him as her successor*, *joined the march as a mother*): a purpose, a part in a story,
#: a prize or a relation, not an office (our list).
_NOT_POSTS = frozenset(
    "favour favor gift reward precaution punishment penalty surprise replacement successor "
    "suspect victim witness winner finalist recipient honoree example result part way well "
    "usual such mother father parent grandmother grandfather child citizen resident neighbour "
    "neighbor".split()
)
#: Auxiliaries of two words before a passive participle (*has been named*; not *will be named*,
#: no fact yet).
_PERFECT = frozenset([("has", "been"), ("have", "been"), ("had", "been")])
#: Words that open no body before *as* (*joined in as*, *joined them and ... as*).
_NO_BODY = frozenset(["as", "and", ","])
#: Words of a condition, an intention or the future before an appointment (our list).
_CONDITIONS = frozenset("if unless whether should would could might may will shall can to once".split())
#: How many tokens before a name :func:`_hypothetical` reads.
_CLAUSE_REACH = 6
#: How many words a post's modifiers and head may have (*assistant head falconer*).
_MAX_POST_WORDS = 4
#: How many tokens a body before *as* may have (*joined the Harbour Trust as*).
_MAX_BODY_TOKENS = 6


def stated_post(
    tokens: Tokens, first: int, last: int, sent: Sentence, lexicon: Lexicon, *, t_first: int
) -> tuple[int, int, str] | None:
    """The post stated after the name *first..last* when no title was found at it (*t_first*
    is -1): a relative clause's (*NAME, who chairs X,*:
    :func:`~quotex.mentions.relative_posts.relative_post`), else an appointment's
    (:func:`appointed_post`); None otherwise."""
    if t_first >= 0:
        return None
    post = relative_post(tokens, last, sent) if tokens.words[last + 1 : last + 2] == (",",) else None
    return post or appointed_post(tokens, first, last, sent, lexicon)


def appointed_post(
    tokens: Tokens, first: int, last: int, sent: Sentence, lexicon: Lexicon
) -> tuple[int, int, str] | None:
    """``(first, last, title)`` of the post a verb of appointment gives the person named at
    *first..last*, its object (:func:`_object_post`) or its subject (:func:`_subject_post`);
    None when the name is in no such frame, or in a clause of condition (:func:`_hypothetical`,
    asked only once a frame is found: most names stand in none, and the frames' tests are cheaper)."""
    if last + 1 > sent.last:
        return None
    got = _object_post(tokens, first, last, sent, lexicon)
    if got is None:
        got = _subject_post(tokens, last, sent, lexicon)
    return None if got is None or _hypothetical(tokens.lows, first, sent.first) else got


def _hypothetical(lows: tuple[str, ...], first: int, floor: int) -> bool:
    """Is the name at token *first* in a clause of condition, intention or the future, its verb
    not yet a fact: one of :data:`_CONDITIONS` among the :data:`_CLAUSE_REACH` tokens before it,
    back to a comma (*if Trump becomes president*, *is likely to make NAME the winner*, *the
    board will name NAME chair*)?"""
    lo = max(floor, first - _CLAUSE_REACH)
    if _CONDITIONS.isdisjoint(lows[lo:first]):
        return False  # (no such word in reach: most names, one set test in C instead of the walk)
    for m in range(first - 1, lo - 1, -1):
        if lows[m] in (",", ";", ":"):
            return False
        if lows[m] in _CONDITIONS and not (m == first - 1 and lows[m] == "to"):
            return True  # (not 'a letter to NAME, who became ...': a preposition)
    return False


def _object_post(
    tokens: Tokens, first: int, last: int, sent: Sentence, lexicon: Lexicon
) -> tuple[int, int, str] | None:
    """The post after the name when it is a verb of appointment's object: *hired NAME as ROLE*,
    *promoted NAME to ROLE*, *named NAME (its) ROLE*; *its*/*their* stand for the clause's
    subject when it opens the sentence (*The pier company hired ...*)."""
    lows = tokens.lows
    k = first - 1
    if k < sent.first or lows[k] not in OBJECT_VERBS:
        return None
    if lows[k] == "named" and k - 2 >= sent.first and lows[k - 2] in ("a", "an", "one"):
        return None  # ('a man named NAME as ...': a description that names him, no appointment)
    j = last + 1
    if lows[j] == "as":
        got = _post(tokens, j + 1, sent, lexicon, loose=True)
    elif lows[j] == "to" and lows[k] in _TO_VERBS:
        got = _post(tokens, j + 1, sent, lexicon, loose=True, indefinite=False, after_to=True)
    elif lows[k] in BARE_VERBS:
        got = _post(tokens, j, sent, lexicon, loose=False)
    else:
        return None
    if got is None:
        return None
    body = _subject_body(tokens, sent.first, k - 1)
    return _titled(tokens, got, body, " of ")


def _subject_post(tokens: Tokens, last: int, sent: Sentence, lexicon: Lexicon) -> tuple[int, int, str] | None:
    """The post after the name when it is the subject of an appointment: *NAME was named
    (as|to) ROLE*, *NAME has been sworn in as ROLE*, *NAME became ROLE*, *NAME took over as
    ROLE*, *NAME joined BODY as ROLE*; a relative *, who* or an age between commas may come
    first, and an adverb (*later*)."""
    words, lows = tokens.words, tokens.lows
    end = sent.last
    j = last + 1
    aged = j + 2 <= end and words[j] == "," and words[j + 1].isdigit() and words[j + 2] == ","
    if aged or (j + 2 <= end and words[j] == "," and lows[j + 1] == "who"):
        j += 3 if aged else 2  # ('NAME, 54, was named ...', 'NAME, who became ...')
    j += int(j <= end and lows[j] in _ADVERBS)
    if j + 1 > end:
        return None
    if lows[j] in _BECOME:
        return _titled(tokens, _post(tokens, j + 1, sent, lexicon, loose=False, indefinite=False), "", "")
    if lows[j] in _TAKE and j + 2 <= end and lows[j + 1] == "over" and lows[j + 2] == "as":
        return _titled(tokens, _post(tokens, j + 3, sent, lexicon, loose=True), "", "")
    if lows[j] in _JOIN:
        as_at = next((m for m in range(j + 2, min(end, j + 1 + _MAX_BODY_TOKENS) + 1) if lows[m] == "as"), -1)
        body = _body_text(tokens, j + 1, as_at - 1) if as_at > 0 else ""
        got = _post(tokens, as_at + 1, sent, lexicon, loose=True) if body else None
        link = " of " if got is not None and lows[got[0] - 1] in _POSSESSIVES else " at "
        return _titled(tokens, got, body, link)
    return _passive_post(tokens, j, sent, lexicon)


def _passive_post(tokens: Tokens, j: int, sent: Sentence, lexicon: Lexicon) -> tuple[int, int, str] | None:
    """The post of a passive appointment from token *j*: *is*, *was* or *has been*, a
    participle of :data:`_PARTICIPLES` or *sworn in*, then *as*, *to* or the bare post."""
    lows = tokens.lows
    end = sent.last
    if j + 1 <= end and (lows[j], lows[j + 1]) in _PERFECT:
        j += 2
    elif lows[j] in ("is", "was"):
        j += 1
    else:
        return None
    if j + 2 <= end and lows[j] == "sworn" and lows[j + 1] == "in" and lows[j + 2] == "as":
        return _titled(tokens, _post(tokens, j + 3, sent, lexicon, loose=True), "", "")
    if j + 1 > end or lows[j] not in _PARTICIPLES:
        return None
    verb = lows[j]
    if lows[j + 1] == "as":
        got = _post(tokens, j + 2, sent, lexicon, loose=True)
    elif lows[j + 1] == "to" and verb in _TO_VERBS:
        got = _post(tokens, j + 2, sent, lexicon, loose=True, indefinite=False, after_to=True)
    elif verb in BARE_VERBS:
        got = _post(tokens, j + 1, sent, lexicon, loose=False, indefinite=False)
    else:
        return None
    return _titled(tokens, got, "", "")


def _post(
    tokens: Tokens,
    p: int,
    sent: Sentence,
    lexicon: Lexicon,
    *,
    loose: bool,
    indefinite: bool = True,
    after_to: bool = False,
) -> tuple[int, int] | None:
    """(first, last) of the post from token *p*: a determiner (*a*/*an* only when *indefinite*),
    up to :data:`_MAX_POST_WORDS` lower-case words (or capitalised role words and title
    modifiers: *Chief Executive*) and a body after *of*/*at*/*for*/*with* (*warden of the Harbour
    Trust*). Its head must be a role noun after role or job modifiers
    (:func:`~quotex.mentions.owned_roles.modified_role`); after *as* (*loose*), any noun that is
    no function, time or adverb word, no participle and no :data:`_NOT_POSTS` (*as piermaster*,
    *as head falconer*; not *as a favour*, *as expected*, *as well*). None otherwise."""
    words, lows = tokens.words, tokens.lows
    end = sent.last
    if p > end:
        return None
    det = lows[p] if lows[p] in _DETERMINERS else ""
    if det in ("a", "an") and not indefinite:
        return None
    start = p + bool(det)
    k = start
    while k <= end and k - start < _MAX_POST_WORDS and _post_word(words[k], lows[k], lexicon):
        k += 1
    longer = k <= end and k - start == _MAX_POST_WORDS and words[k].isalpha() and words[k].islower()
    if k == start or longer:
        return None  # (no word, or more words than a post has)
    head = k - 1
    body = lows[head] in lexicon.organization_nouns or _in_name(words, head, k, end, lexicon)
    if lows[head] in _NOT_POSTS or body or not _closed(lows, k, end, after_to=after_to):
        return None  # (not 'became the victim of', 'named to the board', 'to review the plan')
    listed = modified_role(lows, start, head, lexicon)
    if not (listed or (loose and (not after_to or det or head > start) and _open_post(lows, start, head))):
        return None
    if k + 1 <= end and lows[k] in _LINKS:
        b = k + 1 + int(lows[k + 1] == "the")
        b_end = body_run_end(words, b, min(end, b + 9), end)
        b_end = b_end if b_end >= 0 else _common_body_end(lows, b, end, lexicon)
        head = b_end if b_end >= 0 else head
        tail = min(end, b_end + 2)  # ('head of Hispanic | communications')
        while b_end >= 0 and head < tail and _post_word(words[head + 1], lows[head + 1], lexicon):
            head += 1
    ranked = any(w in _RANKS or w.endswith("est") for w in lows[start : k - 1])
    return None if ranked and _infinitive_after(lows, head, end) else (start, head)  # ('first ... to')


def _infinitive_after(lows: tuple[str, ...], head: int, end: int) -> bool:
    """Does *to* follow token *head* within :data:`_CLAUSE_REACH` tokens, before a mark?"""
    for m in range(head + 1, min(end, head + _CLAUSE_REACH) + 1):
        if lows[m] == "to":
            return True
        if not lows[m].isalnum():
            return False
    return False


def _common_body_end(lows: tuple[str, ...], b: int, end: int, lexicon: Lexicon) -> int:
    """The last token of a body named by a common noun after *the* from token *b*: up to three
    lower-case words ending on a body noun (*chair of the | water board*); or a role noun after
    the link alone (*candidate for | mayor*); else -1."""
    if lows[b - 1] != "the":
        return b if is_role(lows[b], lexicon) and lows[b].isalpha() else -1
    m = b
    while m <= min(end, b + 2) and lows[m].isalpha() and not any(lows[m] in w for w in _NO_POST_WORDS):
        if lows[m] in lexicon.organization_nouns:
            return m
        m += 1
    return -1


def _in_name(words: tuple[str, ...], head: int, k: int, end: int, lexicon: Lexicon) -> bool:
    """Is the capitalised head *head* of a post (next token *k*) no role word, or followed by
    another capitalised word: part of a body's name (*elected to the Federal Council*)?"""
    if not words[head][:1].isupper():
        return False
    return not is_role(words[head], lexicon) or (k <= end and words[k][:1].isupper())


def _closed(lows: tuple[str, ...], k: int, end: int, *, after_to: bool) -> bool:
    """Does the post end before token *k* with no object after it when it follows *to*
    (*appointed NAME to review | the plan*)?"""
    if k > end:
        return True
    return not (after_to and (lows[k] in _DETERMINERS or lows[k] in OBJECT_PRONOUNS))


#: Ordinals and ranks before a noun and an infinitive, a description, no post (*became the first
#: member of Congress to endorse him*; with any superlative in *-est*).
_RANKS = frozenset("first second third last only next".split())
#: Numbers written as words, which count and name no post (*the seven member Federal Council*).
_NUMBERS = frozenset("two three four five six seven eight nine ten eleven twelve dozen hundred".split())
#: Word lists no word of a post is in: function, adverb, time, link and determiner words.
_NO_POST_WORDS = (STOP_WORDS, ADVERBS, TIME_WORDS, _LINKS, _DETERMINERS, _NUMBERS)


def _post_word(word: str, low: str, lexicon: Lexicon) -> bool:
    """Can *word* be part of a post: a lower-case word that is no function, time or adverb
    word, or a capitalised role word or title modifier (*Chief*, *Executive*)?"""
    if not word.replace("-", "").isalpha():
        return False
    if word.islower():
        return not any(low in words for words in _NO_POST_WORDS)
    return word[:1].isupper() and (is_role(word, lexicon) or low in TITLE_MODIFIERS)


def _open_post(lows: tuple[str, ...], start: int, head: int) -> bool:
    """May the words *start..head* after *as* be a post the lexicon does not know: lower-case
    words none of which ends in *-ly*, a head that is no participle (*-ed*, *-ing*) and no
    :data:`_NOT_POSTS` noun?"""
    if any(w.endswith("ly") for w in lows[start : head + 1]):
        return False
    w = lows[head]
    return w not in _NOT_POSTS and not w.endswith(("ed", "ing"))


def _subject_body(tokens: Tokens, first: int, last: int) -> str:
    """The clause's subject *first..last* as a body's text for a post's *its* (*The pier
    company*: 'the pier company'), when it is a short phrase with no comma or verb; else ''."""
    if last < first or last - first >= _MAX_BODY_TOKENS:
        return ""
    words = tokens.words[first : last + 1]
    if not words[0][:1].isupper() or any(not w.replace("'", "").replace("’", "").isalnum() for w in words):
        return ""
    return _body_text(tokens, first, last)


def _body_text(tokens: Tokens, first: int, last: int) -> str:
    """The words *first..last* as a body's text, a sentence's opening *The* in lower case;
    '' when they are no body (a function word, or no word at all)."""
    if last < first or any(low in _LINKS or low in _NO_BODY for low in tokens.lows[first : last + 1]):
        return ""
    text = tokens.text[tokens.starts[first] : tokens.ends[last]]
    return "the" + text[3:] if text.startswith("The ") else text


def _titled(tokens: Tokens, got: tuple[int, int] | None, body: str, link: str) -> tuple[int, int, str] | None:
    """(first, last, title) of the post *got*: its words, with *link* and *body* in place of
    a possessive *its*/*their* before it (or after it, for a post with no body of its own when
    *link* is ' at ')."""
    if got is None:
        return None
    first, last = got
    lows = tokens.lows
    text = tokens.text[tokens.starts[first] : tokens.ends[last]]
    possessed = lows[first - 1] in _POSSESSIVES
    own_body = any(lows[m] in _LINKS for m in range(first, last + 1))
    if body and not own_body and (possessed or link == " at "):
        text += link + body
    return first, last, text
