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

import attrs

from quotex.attributions.anonymity import NAMING_CLAUSE_WORDS
from quotex.mentions.naming_phrases import NAME_OWNERS
from quotex.speakers.salience import Resolver, holds

#: Nouns for whoever leads a body: *the head of the trust* is named by a title that holds the
#: body's noun (*chief executive of the Wessex Vale Trust*), whatever the leader is called.
_LEADER_NOUNS = frozenset(["head", "chief", "boss", "leader"])
#: Modifiers of rank or time that a title may leave out ('a senior inspector' for 'an
#: inspector', 'highest-ranking' as its words); any other modifier of the description must be in the title.
_RANK_MODIFIERS = frozenset(
    "senior junior former top chief deputy acting lead principal assistant retired most highest "
    "ranking serving".split()
)
#: How many words the description may hold ('the head of the trust that runs it').
_MAX_WORDS = 8
#: Words that end a description's head (its noun before a preposition or a relative).
_HEAD_ENDS = frozenset(["of", "for", "at", "with", "from", "in", "on", "who", "that", "which"])


def named_next(res: Resolver, head_words: Sequence[str], a: int, lo: int) -> int:
    """The person a description (tokens from *a*, *head_words*, mention index *lo* the first
    at or after *a*) stands for when it opens its paragraph's first sentence and the first
    sentence of one of the next :data:`_AHEAD` paragraphs (the nearest that does) introduces
    exactly one person, by full name and for the first time, whose title holds the
    description's role noun (*investigator*) or, for a leader noun (*the head of the trust*),
    the body's noun (*chief executive of the X Trust*), and every modifier of the description
    (*fire* in *a fire investigator*; not *a district judge* for a *Circuit Judge*); a role
    done by a verb may name it instead of a title (*The founder of Parcelwise* / *NAME, 38,
    founded Parcelwise*: :func:`_does_role`), and a definite generic *official* needs only its
    modifiers (*The state's most senior emergency official* / *Emergency Management
    Commissioner NAME*). A description of a body (*A Dutch museum*) is the one body that
    sentence names first whose name holds its noun (*The Stadhouder Museum of World
    Cultures*). -1 otherwise. A definite description is cataphoric only with a complement
    (*the head of the trust that runs it*) or an owner (*the agency's general manager*, whose
    modifiers are those after the owner): *the senator* refers back."""
    e = _apposed_opening(res, head_words, a)  # ('..., their union said' / 'The union, Havenbond, ...')
    if e >= 0:
        return e
    words = res.tokens.words
    owned = bool(head_words) and a > 1 and words[a - 1] in ("'s", "’s") and head_words[0] not in _ARTICLES
    head_words = ["the", *head_words] if owned else head_words  # ("The state's | most senior official")
    if not head_words or head_words[0] not in _ARTICLES or len(head_words) > _MAX_WORDS:
        return -1
    cut = next((k for k, w in enumerate(head_words) if k > 1 and w in _HEAD_ENDS), len(head_words))
    if cut < 2:
        return -1
    head = head_words[cut - 1]
    owner = 0 if owned else _owner_end(words, a, cut)
    if head_words[0] == "the" and cut == len(head_words) and not owner and not owned:
        return -1  # ('the senator': a definite description with no complement or owner refers back)
    if not head.isalpha():
        return -1  # (any noun: the title must hold it, 'a marine surveyor' / 'a senior surveyor')
    if head in _BODY_NOUNS and cut == len(head_words) and head_words[0] != "the":
        return _body_named_next(res, head, a, lo)
    modifiers = [w for w in head_words[owner + 1 : cut - 1] if w not in _RANK_MODIFIERS]
    tail = _complement_noun(head_words, cut)
    body = tail if head in _LEADER_NOUNS else ""
    if head in _LEADER_NOUNS and (not body or head_words[cut : cut + 2] != ["of", "the"]):
        return -1  # ('the head of the trust': a leader needs its body)
    generic = head in _GENERIC_HEADS and head_words[0] == "the" and bool(modifiers) and not body
    done = head_words[cut + 1] if head in _ROLE_VERBS and cut + 1 < len(head_words) else ""
    done = done if head_words[cut : cut + 1] == ["of"] and done.isalpha() else ""
    for far, nxt in enumerate(_next_openings(res, a)):
        found: set[int] = set()
        for k in _introduced(res, nxt, lo):
            m = res.mentions[k]
            titles = [m.title] + ([m.also] if m.also else []) if m.title is not None else []
            held = {w for t in titles for w in t.lower().split()}
            if body:
                fits = body in held
            elif generic:
                fits = True
            else:
                fits = any(holds(t, head) for t in titles) or head in held
            fits = fits and bool(titles) and all(w in held for w in modifiers)
            # (beyond the next paragraph the title must hold the complement's noun too: not
            # 'Trump spokesperson NAME' for 'a spokesperson for the Parks Department')
            fits = fits and (not far or not tail or tail in held)
            if fits or (done and not modifiers and _does_role(res, m.last, head, done)):
                found.add(res.table.of_mention[k])
        if not found and not far and (owner or cut < len(head_words)) and head_words[0] == "the":
            found = _untitled_speaker(res, nxt, lo)  # ('The chief executive of X has admitted' / 'NAME said')
        if len(found) == 1:
            e = found.pop()
            res.nominals.setdefault(f"the {head}", e)  # (a later 'the founder said' is her too)
            return e
        if found:
            return -1
    return -1


def _untitled_speaker(res: Resolver, nxt: int, lo: int) -> set[int]:
    """The one person sentence *nxt* (the first of the paragraph after a definite description's)
    introduces by full name, whom no mention of the article gives a title, and who speaks there:
    a verb of speech right after the name (*Martin Greaves said*); empty when none or two
    persons are introduced there. A definite description with a complement or an owner (*The
    chief executive of Pennine Express has admitted ...*) that the next paragraph names with no
    title is that person; one with a title of another role is somebody else."""
    words, lows = res.tokens.words, res.lows
    introduced = _introduced(res, nxt, lo)
    if len(introduced) != 1:
        return set()
    m = res.mentions[introduced[0]]
    e = res.table.of_mention[introduced[0]]
    if res.ents[e].titles or m.last + 1 >= len(words):
        return set()
    form = res.lexicon.verb_forms.get(lows[m.last + 1])
    return {e} if form is not None and form[1] == "speech" else set()


_ARTICLES = ("a", "an", "the")
#: How many paragraphs after a description's own the one that names it may stand
#: (*The founder of X says ...* / two paragraphs of her quotes / *NAME, 38, founded X in 2021*).
_AHEAD = 3
#: Heads that name no role of their own: a definite one with a modifier (*The state's most
#: senior emergency official*) is named by any title holding its modifiers.
_GENERIC_HEADS = frozenset(["official"])
#: Role nouns done by a verb: *the founder of X* is the person who *founded X*.
_ROLE_VERBS: dict[str, tuple[str, ...]] = {
    "founder": ("founded", "co-founded"),
    "co-founder": ("co-founded",),
    "cofounder": ("co-founded", "cofounded"),
    "creator": ("created",),
}
#: Nouns of a body an indefinite description may stand for (*A Dutch museum will return ...*).
_BODY_NOUNS = frozenset(
    "museum gallery company firm bank university college hospital council charity trust "
    "foundation union school library airline carmaker retailer".split()
)


#: Determiners of a body's description that the next paragraph may name in apposition.
_BODY_DETERMINERS = frozenset(["a", "an", "the", "its", "their"])


def _apposed_opening(res: Resolver, head_words: Sequence[str], a: int) -> int:
    """The body a description of a body noun (*'their union'*, *'the company'*, *head_words*, at
    token *a* in its paragraph's first sentence) stands for when the next paragraph opens with
    that noun and a name in apposition set off by commas (*'The union, Havenbond, represents
    ...'*); -1 otherwise."""
    if len(head_words) != 2 or head_words[0] not in _BODY_DETERMINERS or head_words[1] not in _BODY_NOUNS:
        return -1
    openings = _next_openings(res, a)
    if not openings:
        return -1
    sent = res.table.sentences[openings[0]]
    words, f, lows = res.tokens.words, sent.first, res.lows
    if f + 4 > sent.last or lows[f] != "the" or words[f + 1] != head_words[1] or words[f + 2] != ",":
        return -1
    j = f + 3 + (lows[f + 3] == "the")  # ('The union, the Harbour Workers Federation,')
    n = bisect.bisect_left(res.mention_starts, j)
    after = res.mentions[n].last + 1 if n < len(res.mentions) and res.mentions[n].first == j else len(words)
    if after < len(words) and words[after] == ",":  # (not at the text's end: 'The charity, Sweet Water')
        return res.table.of_mention[n]
    return -1


def _complement_noun(head_words: Sequence[str], cut: int) -> str:
    """The last noun of a description's complement (*the head of the RNC's rules committee*
    -> *committee*, *the head of the trust that runs it* -> *trust*), '' when it has none."""
    if head_words[cut : cut + 1] not in (["of"], ["for"], ["at"], ["with"]):
        return ""
    end = next((k for k in range(cut + 1, len(head_words)) if head_words[k] in _HEAD_ENDS), len(head_words))
    return next((w for w in reversed(head_words[cut + 1 : end]) if w.isalpha() and w != "the"), "")


def _next_openings(res: Resolver, a: int) -> list[int]:
    """The first sentences of the :data:`_AHEAD` paragraphs after that of token *a*, when *a*
    stands in its paragraph's first sentence (after its dateline: 'OSLO —'); else none."""
    table = res.table
    s_at, p_at = table.locate(a)
    sentences = table.sentences
    if s_at > 0 and sentences[s_at - 1].paragraph == p_at and not sentences[s_at - 1].dateline:
        return []
    got: list[int] = []
    for nxt in range(s_at + 1, len(sentences)):
        p = sentences[nxt].paragraph
        if p > p_at + _AHEAD:
            break
        if p != p_at and sentences[nxt - 1].paragraph != p:
            got.append(nxt)
    return got


def _introduced(res: Resolver, nxt: int, lo: int) -> list[int]:
    """The mentions in sentence *nxt* (from mention index *lo*) that introduce a person by full
    name for the first time."""
    table = res.table
    first, last = table.sentences[nxt].first, table.sentences[nxt].last
    got: list[int] = []
    for k in range(max(lo, bisect.bisect_left(res.mention_starts, first)), len(res.mentions)):
        if res.mentions[k].first > last:
            break
        ent = res.ents[table.of_mention[k]]
        if ent.kind == "person" and len(ent.words) >= 2 and ent.mentions[0] == k:
            got.append(k)
    return got


def _does_role(res: Resolver, end: int, head: str, done: str) -> bool:
    """Does the name ending at token *end* do the role *head* to *done* by its verb: *NAME,
    38, founded Parcelwise* (an age or a short apposition between commas stepped over)?"""
    words, lows = res.tokens.words, res.lows
    k = end + 1
    if k < len(words) and words[k] == ",":
        close = next((j for j in range(k + 1, min(k + 5, len(words))) if words[j] == ","), -1)
        k = close + 1 if close > 0 else len(words)
    return k + 1 < len(words) and lows[k] in _ROLE_VERBS[head] and lows[k + 1] == done


def _body_named_next(res: Resolver, head: str, a: int, lo: int) -> int:
    """The body an indefinite description of a body (*A Dutch museum*, head noun *head*, from
    token *a*) stands for: the one body the first sentence of the next paragraph names for the
    first time whose name holds *head* (*The Stadhouder Museum of World Cultures said*); -1 when
    none or two."""
    openings = _next_openings(res, a)[:1]
    table = res.table
    found: set[int] = set()
    for nxt in openings:
        first, last = table.sentences[nxt].first, table.sentences[nxt].last
        for k in range(max(lo, bisect.bisect_left(res.mention_starts, first)), len(res.mentions)):
            if res.mentions[k].first > last:
                break
            e = table.of_mention[k]
            ent = res.ents[e]
            if ent.mentions[0] != k or len(ent.words) < 2:
                continue  # (a name holding a body's noun names a body, whatever its kind says)
            if head in {w.lower() for w in ent.words}:
                found.add(e)
    return found.pop() if len(found) == 1 else -1


def taken_up(res: Resolver, head_words: Sequence[str], a: int) -> int:
    """What a bare definite *the NOUN* (*head_words* from token *a*) stands for when it takes up
    an indefinite description of that noun opening its own sentence (*A Dutch museum will
    return ..., the museum announced*): whoever :func:`named_next` finds for that description;
    -1 otherwise."""
    if len(head_words) != 2 or head_words[0] != "the" or not head_words[1].isalpha():
        return -1
    words, lows = res.tokens.words, res.lows
    sentence = res.table.sentences[res.table.locate(a)[0]]
    for k in range(sentence.first, min(a, sentence.first + 4)):  # (after a dateline's dash)
        if lows[k] not in ("a", "an"):
            continue
        end = next((j for j in range(k + 1, min(k + 4, a)) if lows[j] == head_words[1]), -1)
        if end > 0 and all(w.isalpha() for w in words[k + 1 : end]):
            described = [w.lower() for w in words[k : end + 1]]
            return named_next(res, described, k, bisect.bisect_left(res.mention_starts, k))
    return -1


def _owner_end(words: Sequence[str], a: int, cut: int) -> int:
    """The index, among a description's head words (from token *a*, without possessive marks),
    of its owner's last word ('the agency | 's general manager' -> 1); 0 when it has none
    before its head (*cut* words)."""
    mark = next((k for k in range(a, min(a + cut + 1, len(words))) if words[k] in ("'s", "’s")), -1)
    return mark - a - 1 if mark > a else 0


#: The words of a relative clause by which a described person gives a name: 'who gave his
#: name (only) as X', 'who identified herself (only) as X', 'who asked to be identified only by
#: her first name, X'; the anonymity clauses' words too, 'who asked that only her first name be
#: used, X' (``attributions.anonymity``). The clause must hold *name* or a word of :data:`_NAMED_BY`.
_NAMING_WORDS = NAMING_CLAUSE_WORDS | frozenset(
    "gave giving give his her their first name names only as identified identify himself herself "
    "themselves asked to be by would introduced called ,".split()
)
_NAMED_BY = frozenset("name names surname surnames identified identify himself herself themselves".split())
#: How many tokens the description's post-modifier ('in a faded No. 31 jersey') and the naming
#: clause may each hold.
_NAMING_REACH = 12


def self_named(res: Resolver, end: int) -> int:
    """The person a relative clause after token *end* (a description's head) names as the
    described one (*, who gave his name only as Derrick,*; *who identified herself as Ana*;
    *, who asked to be identified only by her first name, Ana*): the entity of the person
    mention that follows *as* or a comma at the clause's end; -1 otherwise ('who called Ana
    Roe a liar' gives no name)."""
    words, lows = res.tokens.words, res.lows
    # (most descriptions: no *who* within reach, tested in C before the walk below; the walk
    # stops at most at token end + _NAMING_REACH + 1, and a comma there may pass to a *who* after it)
    if "who" not in map(str.lower, words[end + 1 : end + _NAMING_REACH + 3]):
        return -1
    k = end + 1  # (past a post-modifier of the description: 'A man | in a faded No. 31 jersey, who ...')
    while k < len(words) and k - end <= _NAMING_REACH and lows[k] != "who" and words[k] != ",":
        k += 1
    k += k + 1 < len(words) and words[k] == "," and lows[k + 1] == "who"
    if k >= len(words) or lows[k] != "who":
        return -1
    j = k + 1
    while j < len(words) and j - k <= _NAMING_REACH and lows[j] in _NAMING_WORDS:
        j += 1
    if not _NAMED_BY & {w.lower() for w in words[k + 1 : j]} or lows[j - 1] not in ("as", ","):
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
    lows = res.lows
    for k in range(sentences[nxt].first, min(sentences[nxt].last, sentences[nxt].first + _TAKEN_UP_REACH)):
        if lows[k] == "the" and lows[k + 1] == head:
            return self_named(res, k + 1)
    return -1


#: How far into the next paragraph's first sentence *the* + noun may take a description up.
_TAKEN_UP_REACH = 80


def name_given_next(res: Resolver, a: int, pronoun: str = "") -> int:
    """The person one of the two sentences after the source at token *a* names with *his* or
    *her name is/was/as NAME* ('"C," said the ice road engineer. Her name is Amra Kvitsinia.',
    '"C," he said. His name is Arslanbek Gitinov.', 'Later she gave her name as Amra
    Kvitsinia.'), in its paragraph or the next; with a *pronoun* source, the possessive must
    agree with it. -1 otherwise."""
    table, lows = res.table, res.lows
    s_at, p_at = table.locate(a)
    for s in table.sentences[s_at + 1 : s_at + 3]:
        if s.paragraph > p_at + 1:
            break
        for k in range(s.first, min(s.last - 2, s.first + _GIVEN_NAME_REACH)):
            owner = NAME_OWNERS.get(lows[k])
            if owner is None or lows[k + 1] != "name" or lows[k + 2] not in ("is", "was", "as"):
                continue
            if pronoun and owner != pronoun:
                return -1
            m = bisect.bisect_left(res.mention_starts, k + 3)
            if m < len(res.mentions) and res.mentions[m].first == k + 3:
                e = res.table.of_mention[m]
                return e if res.ents[e].kind == "person" else -1
            return -1
    return -1


#: How far into a sentence its naming words (*her name is*, *gave his name as*) may stand.
_GIVEN_NAME_REACH = 8


def named_after(res: Resolver, a: int, e: int, path: str | None, head: str) -> tuple[int, str | None]:
    """(entity, path) of a source at token *a* whose resolution gave *e* by *path*: when it is a
    description, or an unresolved *he*/*she* (*head*), the person a sentence after it names
    (*Her name is NAME*: :func:`name_given_next`), who takes the description as a title when
    they have none; else (*e*, *path*)."""
    if path != "description" and not (e < 0 and head in NAME_OWNERS.values()):
        return e, path
    pronoun = "" if path == "description" else head
    named = name_given_next(res, a, pronoun)
    if named < 0:
        return e, path
    if e >= 0 and not res.ents[named].titles:
        res.ents[named] = attrs.evolve(res.ents[named], titles=(res.ents[e].name,))
    return named, "nominal"
