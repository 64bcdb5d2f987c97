"""Reported states without a verb of saying, as tables: :data:`ADJECTIVE_STEPS` and
:data:`APPEARANCE_STEPS` (their triggers are in :data:`~quotex.attributions.cue_rules.TRIGGERS`).

* an adjective of stance after a linking verb (rule ``stance``): ``X is confident that C``,
  ``X remained wary of C``, ``X is eager to C``, ``X made it clear that C``;
* a verb of appearance with its complement (rule ``expected``): ``X seemed to C``,
  ``X appears unmoved``, ``It seems that C``: an impression the sentence reports without
  naming who holds it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from quotex.attributions.clauses import (
    DETERMINERS_OR_OBJECTS,
    content,
    content_end,
    stance_object_end,
)
from quotex.attributions.context import Context, is_source_noun
from quotex.attributions.model import Attribution, Found, Rule, Step
from quotex.attributions.new_reports import in_fronted_clause
from quotex.attributions.sites import CueSite
from quotex.attributions.subjects import source_before, subject_before_group
from quotex.attributions.verb_groups import verb_group_start
from quotex.lexicon.function_words import DETERMINERS, STOP_WORDS, TIME_WORDS
from quotex.lexicon.grammar import (
    ADJECTIVE_PREPOSITIONS,
    ADVERBS,
    APPEARANCE_NOT_PREDICATES,
    CLAUSE_STARTERS,
    DEGREE_WORDS,
    LIKELIHOOD_ADJECTIVES,
    LINKING_VERBS,
    MAKE_FORMS,
    PREPOSITIONS,
    SUBJECT_PRONOUNS,
)
from quotex.mentions import is_name_word

# ---------------------------------------------------------------- an adjective of stance


def linking_verb_before(words: Sequence[str], i: int, first: int) -> int:
    """The linking verb of an adjective of stance at token *i* ('is', 'remained', 'made
    it' before 'clear'), over degree words and adverbs ('were not yet', 'seemed
    increasingly'); -1 when there is none."""
    k = i - 1
    while k >= first and i - k <= 4:
        low = words[k].lower()
        if low in DEGREE_WORDS or (low.endswith("ly") and words[k].isalpha() and len(low) > 4):
            k -= 1
            continue
        break
    if k < first:
        return -1
    low = words[k].lower()
    if words[i].lower() == "clear":  # 'made (it) clear that ...'
        if low == "it" and k - 1 >= first:
            k -= 1
            low = words[k].lower()
        return k if low in MAKE_FORMS else -1
    return k if low in LINKING_VERBS else -1


def adjective_at(site: CueSite) -> CueSite | None:
    """The token is an adjective of stance after a linking verb: 'is confident', 'were
    wary', 'made it clear'."""
    if site.low != "clear" and site.low not in site.ctx.lexicon.stance_adjectives:
        return None
    if site.i + 1 > site.last or linking_verb_before(site.words, site.i, site.first) < 0:
        return None
    return site


def _adjective_complement(words: Sequence[str], i: int, last: int) -> int:
    """Where the complement of the adjective at token *i* starts: 'that', a question word
    or a subject pronoun (a clause), 'to' before a verb (an infinitive), the object of a
    preposition ('wary of the deal'); -1 when none follows."""
    nxt = words[i + 1].lower()
    if nxt in CLAUSE_STARTERS or words[i + 1] in SUBJECT_PRONOUNS or nxt in SUBJECT_PRONOUNS:
        return i + 1
    if i + 2 > last:
        return -1
    after = words[i + 2]
    if nxt == "to" and after.isalpha() and after.islower() and after not in DETERMINERS_OR_OBJECTS:
        # 'eager to attack him' (not 'certain to pass': the writer's likelihood, no stance)
        return i + 1 if words[i].lower() not in LIKELIHOOD_ADJECTIVES else -1
    if after.lower() in TIME_WORDS or after.lower() in ("first", "times", "least", "once"):
        return -1  # 'skeptical at first', 'wary in March'
    if nxt in ADJECTIVE_PREPOSITIONS:
        return i + 2  # 'wary of the deal', 'opposed to the merger'
    return -1


#: Subordinators that open an adverbial clause after a stance adjective ('surprised when').
_ADVERBIAL_OPENERS = frozenset("when after before once while because since until".split())
#: How many tokens of that clause are read for a verb of speech.
_ADVERBIAL_REACH = 8


def _reports_in_adverbial(ctx: Context, a: int, last: int) -> bool:
    """Does an adverbial clause open at token *a* whose own verb of speech follows within
    :data:`_ADVERBIAL_REACH` tokens ('Few were surprised | when NAME said C')? That clause
    tells when the state arose, and its report is the speaker's, no content of the stance
    (not 'unsure when the port would reopen': an embedded question)."""
    if ctx.lows[a] not in _ADVERBIAL_OPENERS:
        return False
    forms = ctx.lexicon.verb_forms
    for k in range(a + 1, min(last, a + _ADVERBIAL_REACH) + 1):
        form = forms.get(ctx.lows[k])
        if form is not None and form[1] == "speech":
            return True
        if ctx.tokens.words[k] in (",", ";", ":"):
            return False
    return False


def stance_adjective(site: CueSite) -> Found | None:
    """``X is confident that C``, ``X were wary of C``, ``X is eager to C``, ``X made it
    clear that C``: a stance its subject holds (rule ``stance``); 'It is clear that C' has no
    source."""
    ctx, words, i, last, lows = site.ctx, site.words, site.i, site.last, site.ctx.lows
    tokens, lexicon = ctx.tokens, ctx.lexicon
    a = _adjective_complement(words, i, last)
    if a < 0 or _reports_in_adverbial(ctx, a, last):
        return None
    link = linking_verb_before(words, i, site.first)
    group = verb_group_start(words, link, site.first)
    floor = max(site.floor, site.first)
    src = source_before(tokens, group, floor, lexicon, lows=ctx.lows) if group > floor else None
    if src is None:
        if not (group - 1 >= floor and lows[group - 1] == "it" and a == i + 1):
            return None  # ('It is clear that C': nobody named holds it)
    else:
        head = words[src[1]]
        if not (
            head in SUBJECT_PRONOUNS
            or head.lower() in SUBJECT_PRONOUNS
            or is_name_word(head)
            or is_source_noun(head.lower(), lexicon)
            or (head.isalpha() and head.islower() and head.endswith("s") and not head.endswith("ss"))
            or head.lower() in ("who", "many", "most", "some", "all", "both", "others")
        ):
            return None
    # 'Though X was willing to C, the mayor ...': the stance ends with its fronted clause
    fronted = src is not None and in_fronted_clause(site.ctx.lows, site.first, src[0])
    b = content_end(ctx, a, last, relative=fronted)
    if a > i + 1:  # an object of the preposition: it ends as a stance verb's object does
        b = stance_object_end(ctx, a, b)
        while b > a and lows[b] in PREPOSITIONS:
            b -= 1  # ('critical of the port | for years')
    got = content(ctx, a, b, one_word=a > i + 1)
    if got is None:
        return None
    (cs, ce), kind = got
    cue = (tokens.starts[group], tokens.ends[a - 1 if a > i + 1 else i])
    return Attribution(((cs, ce),), src, cue, "stance", kind), a, b


# ---------------------------------------------------------------- a verb of appearance


def _appearance_complement(
    words: Sequence[str], i: int, last: int, verb_forms: Mapping[str, tuple[str, str]]
) -> int:
    """Where the complement of the verb of appearance at token *i* starts, after adverbs:
    'to' before a verb ('seemed to waver'), 'like', 'as if', 'that', or a predicate
    adjective or participle ('appears unmoved', 'seemed rattled by'); -1 for none
    ('appeared on television', 'appeared again')."""
    k = i + 1
    while (
        k < last
        and k - i <= 2
        and (
            words[k].lower() in DEGREE_WORDS
            or (words[k].endswith("ly") and words[k].isalpha() and len(words[k]) > 4)
        )
    ):
        k += 1
    if k > last:
        return -1
    w = words[k]
    low = w.lower()
    if low == "to":
        nxt = words[k + 1] if k + 1 <= last else ""
        ok = nxt.isalpha() and nxt.islower() and nxt not in DETERMINERS_OR_OBJECTS
        # ('seemed to me', 'appeared to the panel'; 'seemed to mock the plan': the
        # reporting verb is the cue, its subject the source)
        return k if ok and nxt not in verb_forms else -1
    if low in ("like", "that") or (
        low == "as" and k + 1 <= last and words[k + 1].lower() in ("if", "though")
    ):
        return k
    if (
        w.isalpha()
        and w.islower()
        and low not in PREPOSITIONS
        and low not in DETERMINERS
        and low not in TIME_WORDS
        and low not in STOP_WORDS
        and low not in ADVERBS
        and low not in APPEARANCE_NOT_PREDICATES
    ):
        return k
    return -1


def appearance_at(site: CueSite) -> CueSite | None:
    """The token is a lower-case verb of appearance of the lexicon with a complement:
    'seemed to waver', 'appears unmoved'."""
    if site.low not in site.ctx.lexicon.appearance_forms or not site.words[site.i].islower():
        return None
    return (
        site
        if site.i < site.last
        and _appearance_complement(site.words, site.i, site.last, site.ctx.lexicon.verb_forms) >= 0
        else None
    )


def appearance(site: CueSite) -> Found | None:
    """Rule ``expected`` for a verb of appearance: 'The ferry operator seemed to waver' ->
    content 'The ferry operator' + 'to waver', cue 'seemed', no source (nobody is named as
    holding the impression); 'It seems that C' keeps only 'that C'."""
    ctx, s, i, words = site.ctx, site.s, site.i, site.words
    tokens = ctx.tokens
    group = verb_group_start(words, i, s.first)
    floor = max(site.floor, s.first)
    subj = source_before(tokens, group, floor, ctx.lexicon, lows=ctx.lows) if group > floor else None
    if subj is None and site.floor <= s.first and group > s.first:
        subj = subject_before_group(ctx, s, group)
    if subj is None:
        return None
    a = i + 1
    b = content_end(ctx, a, s.last, relative=False)
    got = content(ctx, a, b, one_word=True)
    if got is None:
        return None
    vp, kind = got
    parts: tuple[tuple[int, int], ...] = (vp,)
    first = a
    if words[subj[0]].lower() not in ("it", "there"):  # 'it seems that C'
        parts = ((tokens.starts[subj[0]], tokens.ends[subj[1]]), vp)
        first = subj[0]
    cue = (tokens.starts[group], tokens.ends[i])
    return Attribution(parts, None, cue, "expected", kind), first, b


def _applies(site: CueSite) -> bool:
    return True


#: The adjective trigger's table.
ADJECTIVE_STEPS: tuple[Step[CueSite], ...] = (
    Rule("stance_adjective", ("stance",), _applies, stance_adjective, final=True),
)

#: The verb-of-appearance trigger's table.
APPEARANCE_STEPS: tuple[Step[CueSite], ...] = (
    Rule("appearance", ("expected",), _applies, appearance, final=True),
)
