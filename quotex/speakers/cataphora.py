"""A description named in the next paragraph: *A fire investigator told jurors ...* / *Ana
Berg, a senior investigator with the fire department, was the first witness ...*.

News copy often opens on a description of the source (the lede) and names that person at the
start of the next paragraph, with a title that repeats the description's role noun. The
description is that person (cataphora: the reference points forward). Input: a
:class:`~quotex.speakers.salience.Resolver`, the source's head words (lower case, from
:func:`~quotex.speakers.words.source_head_words`) and where it stands; output: an entity or -1
(the description then stays the speaker). Also a description that a relative clause names
(*A man in a faded jersey, who gave his name only as Derrick,*: :func:`self_named`).
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from quotex.speakers.salience import Resolver, holds

#: Nouns for whoever leads a body: *the head of the trust* is named by a title that holds the
#: body's noun (*chief executive of the Wessex Vale Trust*), whatever the leader is called.
_LEADER_NOUNS = frozenset(["head", "chief", "boss", "leader"])
#: Modifiers of rank or time that a title may leave out ('a senior inspector' for 'an
#: inspector'); any other modifier of the description must be in the title.
_RANK_MODIFIERS = frozenset(
    "senior junior former top chief deputy acting lead principal assistant retired".split()
)
#: How many words the description may hold ('the head of the trust that runs it').
_MAX_WORDS = 8
#: Words that end a description's head (its noun before a preposition or a relative).
_HEAD_ENDS = frozenset(["of", "for", "at", "with", "from", "in", "on", "who", "that", "which"])


def named_next(res: Resolver, head_words: Sequence[str], a: int, lo: int) -> int:
    """The person a description (tokens from *a*, *head_words*, mention index *lo* the first
    at or after *a*) stands for when it opens its paragraph's first sentence and the first
    sentence of the next paragraph introduces exactly one person, by full name and for the
    first time, whose title holds the description's role noun (*investigator*) or, for a
    leader noun (*the head of the trust*), the body's noun (*chief executive of the X
    Trust*), and every modifier of the description (*fire* in *a fire investigator*; not *a
    district judge* for a *Circuit Judge*); -1 otherwise. A definite description is
    cataphoric only with a complement (*the head of the trust that runs it*) or an owner (*the
    agency's general manager*, whose modifiers are those after the owner): *the senator*
    refers back."""
    if not head_words or head_words[0] not in ("a", "an", "the") or len(head_words) > _MAX_WORDS:
        return -1
    cut = next((k for k, w in enumerate(head_words) if k > 1 and w in _HEAD_ENDS), len(head_words))
    if cut < 2:
        return -1
    head = head_words[cut - 1]
    owner = _owner_end(res.tokens.words, a, cut)
    if head_words[0] == "the" and cut == len(head_words) and not owner:
        return -1  # ('the senator': a definite description with no complement or owner refers back)
    modifiers = [w for w in head_words[owner + 1 : cut - 1] if w not in _RANK_MODIFIERS]
    if not head.isalpha():
        return -1  # (any noun: the title must hold it, 'a marine surveyor' / 'a senior surveyor')
    body = head_words[cut + 2] if head in _LEADER_NOUNS and cut + 2 < len(head_words) else ""
    if head in _LEADER_NOUNS and (not body or head_words[cut] != "of" or head_words[cut + 1] != "the"):
        return -1  # ('the head of the trust': a leader needs its body)
    table = res.table
    s_at, p_at = table.locate(a)
    sentences = table.sentences
    if s_at > 0 and sentences[s_at - 1].paragraph == p_at and not sentences[s_at - 1].dateline:
        return -1  # (a paragraph's first sentence only, after its dateline: 'OSLO —')
    nxt = s_at + 1
    while nxt < len(sentences) and sentences[nxt].paragraph == p_at:
        nxt += 1
    if nxt >= len(sentences) or sentences[nxt].paragraph != p_at + 1:
        return -1
    found: set[int] = set()
    first, last = sentences[nxt].first, sentences[nxt].last
    for k in range(max(lo, bisect.bisect_left(res.mention_starts, first)), len(res.mentions)):
        if res.mentions[k].first > last:
            break
        e = table.of_mention[k]
        ent = res.ents[e]
        m = res.mentions[k]
        if ent.kind != "person" or len(ent.words) < 2 or ent.mentions[0] != k or m.title is None:
            continue
        titles = [m.title] + ([m.also] if m.also else [])
        words = {w for t in titles for w in t.lower().split()}
        fits = body in words if body else any(holds(t, head) for t in titles) or head in words
        if fits and all(w in words for w in modifiers):  # ('a district judge': not 'Circuit Judge')
            found.add(e)
    return found.pop() if len(found) == 1 else -1


def _owner_end(words: Sequence[str], a: int, cut: int) -> int:
    """The index, among a description's head words (from token *a*, without possessive marks),
    of its owner's last word ('the agency | 's general manager' -> 1); 0 when it has none
    before its head (*cut* words)."""
    mark = next((k for k in range(a, min(a + cut + 1, len(words))) if words[k] in ("'s", "’s")), -1)
    return mark - a - 1 if mark > a else 0


#: The words of a relative clause by which a described person gives a name: 'who gave his
#: name (only) as X', 'who identified herself (only) as X', 'who asked to be identified only by
#: her first name, X'. The clause must hold *name* or a naming word of :data:`_NAMED_BY`.
_NAMING_WORDS = frozenset(
    "gave giving give his her their first name names only as identified identify himself herself "
    "themselves asked to be by would introduced called ,".split()
)
_NAMED_BY = frozenset(["name", "names", "identified", "identify", "himself", "herself", "themselves"])
#: How many tokens the description's post-modifier ('in a faded No. 31 jersey') and the naming
#: clause may each hold.
_NAMING_REACH = 12


def self_named(res: Resolver, end: int) -> int:
    """The person a relative clause after token *end* (a description's head) names as the
    described one (*, who gave his name only as Derrick,*; *who identified herself as Ana*;
    *, who asked to be identified only by her first name, Ana*): the entity of the person
    mention that follows *as* or a comma at the clause's end; -1 otherwise ('who called Ana
    Roe a liar' gives no name)."""
    words = res.tokens.words
    k = end + 1  # (past a post-modifier of the description: 'A man | in a faded No. 31 jersey, who ...')
    while k < len(words) and k - end <= _NAMING_REACH and words[k].lower() != "who" and words[k] != ",":
        k += 1
    k += k + 1 < len(words) and words[k] == "," and words[k + 1].lower() == "who"
    if k >= len(words) or words[k].lower() != "who":
        return -1
    j = k + 1
    while j < len(words) and j - k <= _NAMING_REACH and words[j].lower() in _NAMING_WORDS:
        j += 1
    if not _NAMED_BY & {w.lower() for w in words[k + 1 : j]} or words[j - 1].lower() not in ("as", ","):
        return -1
    m = bisect.bisect_left(res.mention_starts, j)
    if m >= len(res.mentions) or res.mentions[m].first != j:
        return -1
    e = res.table.of_mention[m]
    return e if res.ents[e].kind == "person" else -1


def self_named_next(res: Resolver, head_words: Sequence[str], a: int) -> int:
    """The person an indefinite description (*A woman who lives above the shop*, head words
    *head_words* from token *a*) turns out to be when the next paragraph's first sentence
    takes it up as *the* + its noun with a naming clause (*said the woman, who gave only her
    first name, Irina*: :func:`self_named`); -1 otherwise."""
    if len(head_words) < 2 or head_words[0] not in ("a", "an") or len(head_words) > _MAX_WORDS:
        return -1
    cut = next((k for k, w in enumerate(head_words) if k > 1 and w in _HEAD_ENDS), len(head_words))
    head = head_words[cut - 1]
    if not head.isalpha():
        return -1
    table = res.table
    s_at, p_at = table.locate(a)
    sentences = table.sentences
    nxt = s_at + 1
    while nxt < len(sentences) and sentences[nxt].paragraph == p_at:
        nxt += 1
    if nxt >= len(sentences) or sentences[nxt].paragraph != p_at + 1:
        return -1
    words = res.tokens.words
    for k in range(sentences[nxt].first, min(sentences[nxt].last, sentences[nxt].first + _TAKEN_UP_REACH)):
        if words[k].lower() == "the" and words[k + 1].lower() == head:
            return self_named(res, k + 1)
    return -1


#: How far into the next paragraph's first sentence *the* + noun may take a description up.
_TAKEN_UP_REACH = 80
