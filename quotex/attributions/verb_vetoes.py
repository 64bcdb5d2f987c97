"""Vetoes of a reporting verb that is no verb here: small tests over a
:class:`~quotex.attributions.sites.VerbCue`, read by the verb table
(:data:`~quotex.attributions.verb_rules.VERB_STEPS`).

Input: a verb cue (its word, its sentence, the document's context). Output: ``True`` when the word
is not used as a reporting verb there (a passive, a name, a title, markup), so the table tries no
rule for it. The vetoes that need a noun phrase's shape live in ``frames.py`` and ``head_nouns.py``.
Also here: the condition for a verb to credit the content before it (:func:`has_short_subject`).
"""

from __future__ import annotations

from quotex.attributions.captions import CAPTION_NOUNS
from quotex.attributions.context import inside_tag, title_case, title_case_sentence
from quotex.attributions.control import object_reports
from quotex.attributions.credits import noun_compound_credit
from quotex.attributions.naming import crowd_names_a_thing
from quotex.attributions.np_words import hyphen_joined, role_modifier
from quotex.attributions.sites import VerbCue
from quotex.lexicon.function_words import DOCUMENT_NOUNS, MEDIA_NOUNS
from quotex.lexicon.grammar import ADVERBS, AUXILIARIES, COPULA, PREPOSITIONS
from quotex.lexicon.verb_frames import (
    ASSERTING_LEMMAS,
    AUTHORING_VERBS,
    CAPTION_LEMMAS,
    ENDING_PREPOSITIONS,
    PARTICLE_ONLY,
    PARTICLES,
    PERFORMING_VERBS,
    POSTING_LEMMAS,
    RESTATING_LEMMAS,
    SAID_THING_NOUNS,
    SELF_NAMING_LEMMAS,
    TELL_VERBS,
    refusal_at,
)
from quotex.mentions.naming_phrases import NAMING_VERB_FORMS, naming_participle
from quotex.mentions.words import open_class_word, past_form

__all__ = ["crowd_names_a_thing"]  # (a veto of naming.py, listed with the others for the verb table)


def copula_passive(v: VerbCue) -> bool:
    """'was told' (unless 'told by'), 'is widely expected to' (an adverb before the participle of
    a passive with an infinitive), 'was first proposed eleven years ago' (an adverb of
    :data:`~quotex.lexicon.grammar.ADVERBS` or *first*, when no clause follows); 'is telling' is
    progressive and stays."""
    lows, i = v.ctx.lows, v.i
    cop = v.prev
    nxt = lows[i + 1] if i + 1 <= v.last else ""
    # (before a clause's opener an adverb stays: 'was once asked how ...' keeps its question)
    plain = not v.low.endswith("ing") and nxt not in _CLAUSE_OPENERS and v.vclass != "cognition"
    while cop > v.first and (
        (plain and (lows[cop] in ADVERBS or lows[cop] == "first"))
        or (nxt == "to" and lows[cop].endswith("ly") and lows[cop].isalpha())
    ):
        cop -= 1  # 'is widely expected to confirm ...', 'was first proposed'
    if cop != v.prev and nxt != "to" and lows[cop] in ("'s", "’s"):
        return False  # ("he's also said much": *has*, no passive)
    return (
        cop >= v.first
        and lows[cop] in COPULA
        and not v.progressive
        and not (i + 1 <= v.last and lows[i + 1] == "by")
    )


#: Words that open a clause, an infinitive or a topic after a cue ('was once asked how', 'is still
#: persuaded of'): an adverb before the cue keeps it.
_CLAUSE_OPENERS = frozenset("that how whether if what which why when where who to of about".split())


def comparative_ellipsis(v: VerbCue) -> bool:
    """A participle after *than* or a clause-opening *as* stands for an elided clause, never a
    report: 'faster than expected', 'worse than feared', 'As predicted, ...' (Quirk et al. 1985,
    §15.71)."""
    if v.prev < v.first or v.low == v.lemma or v.low.endswith(("s", "ing")):
        return False
    before = v.ctx.lows[v.prev]
    return before == "than" or (
        before == "as" and (v.prev == v.first or not v.words[v.prev - 1][:1].isalnum())
    )


#: Words that negate a verb group ('did not say', "didn't tell", 'has never claimed').
_NEGATIONS = frozenset(["not", "n't", "never"])


def negated_assertion(v: VerbCue) -> bool:
    """A verb of asserting negated in its own group, before *that* or a quotation ('X did not
    say that C, as an earlier version of this article reported', 'X never claimed "C"', 'X has
    not told anyone that C'): the text denies that X said C, so nobody is quoted (a fact-checker
    who printed 'X said C' would print the very error). An embedded question or an object stays
    a report (*did not say whether C*, *declined to say when*: a refusal PolNeAR keys)."""
    if v.lemma not in ASSERTING_LEMMAS or v.low.endswith("ing"):
        return False
    lows, i = v.ctx.lows, v.i
    start = min(v.group, i) if v.group >= 0 else i
    if not any(lows[k] in _NEGATIONS for k in range(max(v.first, start - 1), i)):
        return False
    k = i + 1
    if k <= v.last and v.lemma == "tell" and lows[k] not in ("that",):
        k += 1  # ('did not tell reporters that C': past the addressee's one word)
    return k <= v.last and (lows[k] == "that" or v.ctx.quote_of[k] >= 0)


def without_particle(v: VerbCue) -> bool:
    """A verb that reports only with its particle has none: 'spoke at the rally' (but
    'spoke about the tolls')."""
    if v.lemma not in PARTICLE_ONLY:
        return False
    return not (v.i + 1 <= v.last and v.words[v.i + 1].lower() in PARTICLES.get(v.lemma, ()))


def ending_sense(v: VerbCue) -> bool:
    """A verb that means "end" before its preposition (``verb_frames.ENDING_PREPOSITIONS``): 'The
    advert concludes with footage of X', 'The hearing concluded with a vote'; no report."""
    return v.i + 1 <= v.last and v.ctx.lows[v.i + 1] in ENDING_PREPOSITIONS.get(v.lemma, ())


def hyphen_compound(v: VerbCue) -> bool:
    """A word joined by a hyphen to the word before or after it is part of a compound, never a
    verb: 'a Bangkok think-tank, said', 'a well-known critic', 'the tell-all memoir'
    (:func:`~quotex.attributions.np_words.hyphen_joined`); not *e-mailed*, a verb whose first
    part is the prefix *e-* (a medium verb, ``attributions.medium``)."""
    e_verb = v.lemma == "email" and v.i >= 2 and v.words[v.i - 2].lower() == "e"
    return hyphen_joined(v.ctx.tokens, v.i) and not e_verb


def as_shown(v: VerbCue) -> bool:
    """'as shown in the film', 'has become known as', 'known locally as': no subject, no report
    of a clause; nor the participle of a naming phrase after a description of a person ('a
    pensioner called NAME,', 'a farmer, known as NAME,':
    :func:`~quotex.mentions.naming_phrases.naming_participle`)."""
    lows = v.ctx.lows
    if not v.low.endswith(("ed", "wn", "en")):
        return False
    if v.prev >= v.first and lows[v.prev] in ("as", "become", "became", "becomes", "get", "got", "gets"):
        return True
    k = v.i + 1 + (v.i + 2 <= v.last and lows[v.i + 1].endswith("ly"))  # ('known locally as')
    if v.low == "known" and k <= v.last and lows[k] == "as":
        return True  # ('a listed building known locally as the Tin Hall, has been closed': a name)
    return v.low in NAMING_VERB_FORMS and naming_participle(
        v.words, lows, v.i, v.first, v.last, lexicon=v.ctx.lexicon
    )


def inside_markup(v: VerbCue) -> bool:
    """Inside a markup tag: '<tweet tweet-author=...>'."""
    return v.ctx.has_tags and inside_tag(v.words, v.i, v.first)


def names_a_title(v: VerbCue) -> bool:
    """A name given in quotation marks: 'a film called "Harbour Lights"'; a work's title after
    a verb of performing, a preposition after it ('read "The Owl and the Pussycat" to the
    class'; not a sign's words: 'a placard reading "Save Our Baths" was ...'), or after a verb
    of making a text, in two capitalised words or more ('who wrote "Salt and Stone"')."""
    ctx, i = v.ctx, v.i
    if i + 1 > v.last or ctx.quote_of[i + 1] < 0:
        return False
    span = ctx.spans[ctx.quote_of[i + 1]]
    if v.lemma in AUTHORING_VERBS and title_case(ctx.tokens.text, span, one_word=False):
        return True
    return (
        v.vclass == "naming" or (v.lemma in PERFORMING_VERBS and _preposition_after_quote(v))
    ) and title_case(ctx.tokens.text, span)


#: Determiners before the noun a work's quoted title stands in apposition to.
_WORK_DETERMINERS = frozenset("the a an his her its their our".split())


def names_a_work(v: VerbCue) -> bool:
    """The verb's object is a noun with a quoted title in apposition: 'wrote the pamphlet
    "Who Owns the Shore?" in 1998', 'sings with the choir "Voices of the Firth"': the quotation
    names the work or the group, nobody is reported. After the verb: maybe a preposition, a
    determiner, one or two lower-case words, then a quotation in title case."""
    ctx, words, i = v.ctx, v.words, v.i
    if v.lemma in TELL_VERBS or v.vclass == "naming":
        return False  # ('told the board "This Is Madness"': an addressee, then the words; 'called
        # his opponent "Senator Cruz"': a naming attribution, by the project's convention)
    k = i + 1
    if k <= v.last and ctx.lows[k] in PREPOSITIONS:
        k += 1
    if k > v.last or ctx.lows[k] not in _WORK_DETERMINERS:
        return False
    j = k + 1
    while j <= v.last and j - k <= 2 and _noun_word(words[j], v):
        j += 1
    if not (
        j > k + 1
        and j <= v.last
        and ctx.quote_of[j] >= 0
        and title_case(ctx.tokens.text, ctx.spans[ctx.quote_of[j]], one_word=False)
    ):
        return False
    q = j
    while q + 1 <= v.last and ctx.quote_of[q + 1] == ctx.quote_of[j]:
        q += 1
    return not (q + 1 <= v.last and ctx.lows[q + 1] == "that")  # ('said in a statement titled "T" that C')


def _noun_word(w: str, v: VerbCue) -> bool:
    """Can lower-case *w* be a noun or a modifier in the verb's object ('pamphlet', 'choir'):
    no function word, preposition, auxiliary or verb of the lexicon ('his comments were',
    'a goal of')?"""
    low = w.lower()
    return open_class_word(w) and low not in AUXILIARIES and low not in v.ctx.lexicon.verb_forms


def _preposition_after_quote(v: VerbCue) -> bool:
    """Does a preposition follow the quotation that opens right after the cue ('sang "Abide
    With Me" at the service')?"""
    quote_of, k = v.ctx.quote_of, v.i + 1
    if k > v.last or quote_of[k] < 0:
        return False
    q = quote_of[k]
    while k <= v.last and quote_of[k] == q:
        k += 1
    return k <= v.last and v.words[k] in PREPOSITIONS


def part_of_name(v: VerbCue) -> bool:
    """A capitalised cue inside a sentence is part of a name ('The Washington Post'),
    unless the whole sentence is a title-case headline ('Ida Strand Says')."""
    i = v.i
    return i != v.first and v.words[i][:1].isupper() and not title_case_sentence(v.words, v.s)


def reports_through_object(v: VerbCue) -> bool:
    """'recalled Lund as saying C', 'persuaded Lund to announce that C': the object's own cue
    carries the report (:func:`~quotex.attributions.control.reports_through_object`)."""
    return object_reports(v.ctx.tokens, v.i, v.last, v.ctx.lexicon)


#: Adverbs of time that stand between a noun and the participle of a reduced passive relative
#: ('a soldier now charged with desertion', 'an aide later accused of leaking').
_PARTICIPLE_ADVERBS = frozenset("now later since recently previously once".split())


#: Dashes that set off an aside, and the most tokens from its participle to its closing dash.
_ASIDE_DASHES = frozenset(["--", "\u2014", "\u2013"])
_ASIDE_TOKENS = 14


#: Words after a document's *read* that make it a passive participle, the document read out
#: somewhere or by someone ('a letter read in parishes', 'a statement read aloud at the vigil').
_READ_PLACES = frozenset("in at on to aloud out by during before from".split())


def reduced_passive(v: VerbCue) -> bool:
    """A past participle after a lower-case noun and a time adverb, before *with*, *of* or *by*
    ('Bowe Bergdahl, an American prisoner of war now charged with desertion'), or after a
    document's noun and before *by* ('a letter seen by Wirepress'): a reduced passive relative
    modifying the noun, no report; a past participle opening an aside set off by
    dashes ('A -- asked about the fire -- laughed'): the question put to A, not A's report."""
    words, lows, i, p = v.words, v.ctx.lows, v.i, v.prev
    participle = v.low.endswith(("ed", "wn", "en"))  # ('seen', 'shown', 'obtained')
    plural = lows[p].endswith("s") and lows[p][:-1] in DOCUMENT_NOUNS  # ('documents seen by')
    text = lows[p] in DOCUMENT_NOUNS or plural
    if participle and p >= v.first and text and i + 1 <= v.last and lows[i + 1] == "by":
        return True  # ('a letter seen by Wirepress, NAME told staff:': the document's modifier)
    if v.low == "read" and p >= v.first and text and i + 1 <= v.last and lows[i + 1] in _READ_PLACES:
        return True  # ('a pastoral letter read in parishes on Sunday': read out, not 'The letter read: "C"')
    if p > v.first and words[p] in _ASIDE_DASHES and v.low.endswith("ed"):
        # ('Ana Ruiz -- asked about the fire -- laughed': a participle opening a dash aside)
        return words[p] in words[i + 1 : min(v.last, i + _ASIDE_TOKENS)]
    return (
        p - 1 >= v.first
        and lows[p] in _PARTICIPLE_ADVERBS
        and words[p - 1].isalpha()
        and words[p - 1].islower()
        and v.low.endswith("ed")
        and i + 1 <= v.last
        and lows[i + 1] in ("with", "of", "by")
    )


def object_noun(v: VerbCue) -> bool:
    """A cue word's plain or *-s* form as the head of a verb's object, after its determiner and an
    adjective: 'The treaty left | the hardest | questions for later', 'raised the tough questions'
    (a noun phrase after a verb is its object, never a subject with the cue as its verb; not 'said
    the report shows', whose *report* is a noun)."""
    words, lows, k = v.words, v.ctx.lows, v.prev
    if v.low not in (v.lemma, v.lemma + "s") or k - 2 < v.first or not _object_adjective(lows[k]):
        return False
    if lows[k - 1] in _OBJECT_ADJECTIVES and k - 3 >= v.first:
        k -= 1  # ('left the hard, thorny' without the comma: 'the big open questions')
    verb = words[k - 2]
    return lows[k - 1] in _OBJECT_DETERMINERS and (
        past_form(verb)
        or verb in _PAST_BEFORE_OBJECT
        or (verb.islower() and verb in v.ctx.lexicon.verb_forms)
    )


#: Determiners and numbers of a posted thing, and the most words between one and its noun.
_MEDIA_DETERMINERS = frozenset(
    "a an the its his her their our this these those another two three several one".split()
)
_MEDIA_MODIFIERS = 3


def captioned_media(v: VerbCue) -> bool:
    """A verb of posting whose object is a picture, a recording or a link
    (:data:`~quotex.lexicon.function_words.MEDIA_NOUNS`) with a caption after it ('posted a photo
    of X with the caption "C."', 'with a caption that read:'): the caption holds the poster's words
    (``captions.caption_credit``), and the picture is no report of its own. A picture without a
    caption stays what the post reports, as PolNeAR reads it ('tweeted a photograph of her bruised
    forearm')."""
    words, lows = v.words, v.ctx.lows
    k = v.i + 1
    if v.lemma not in POSTING_LEMMAS or k > v.last or lows[k] not in _MEDIA_DETERMINERS:
        return False
    for j in range(k + 1, min(v.last, k + 1 + _MEDIA_MODIFIERS) + 1):
        low = lows[j]
        if low in MEDIA_NOUNS or (low[-1:] == "s" and low[:-1] in MEDIA_NOUNS):
            return any(lows[c] in CAPTION_NOUNS for c in range(j + 1, min(v.last, j + _CAPTION_REACH) + 1))
        if not (words[j].isalpha() or "-" in words[j]) or words[j][:1].isupper():
            return False
    return False


#: How far after its picture a caption may stand ('a photograph of himself walking off at Sabina
#: Park with a caption').
_CAPTION_REACH = 20


#: Determiners of an object that points back ('the point', 'that warning', 'the same message'; not a
#: possessive: 'echo her concerns' names whose words).
_BACK_DETERMINERS = frozenset("the that this those these same".split())


def restated_object(v: VerbCue) -> bool:
    """A verb of saying again whose object points back to words already said: a pronoun
    ('repeated it') or a determiner and a noun of something said ('before repeating the point in
    English', 'reiterated the same message', :data:`~quotex.lexicon.verb_frames.SAID_THING_NOUNS`)
    not followed by its own clause or quotation ('the claim that C'): no new report."""
    lows, k, last = v.ctx.lows, v.i + 1, v.last
    if v.lemma not in RESTATING_LEMMAS or k > last:
        return False
    if lows[k] in ("it", "them"):
        end = k
    else:
        j = k
        while j <= last and j - k < 3 and lows[j] in _BACK_DETERMINERS:
            j += 1
        if j == k or j > last or lows[j] not in SAID_THING_NOUNS:
            return False
        end = j
    after = lows[end + 1] if end + 1 <= last else "."
    return after not in _COMPLEMENT_OPENERS and v.ctx.quote_of[min(end + 1, last)] < 0


#: Words that open a said thing's own complement ('the claim that C', 'his promise to repeal X',
#: 'her call for a ban', 'the warning: "C"').
_COMPLEMENT_OPENERS = frozenset(["that", ":", "—", "--", "about", "to", "for", "of"])


#: Reflexive pronouns: a naming verb's object that names its own subject.
_REFLEXIVES = frozenset("themselves themself himself herself itself myself ourselves yourself".split())


def self_naming(v: VerbCue) -> bool:
    """*call* or *dub* with a reflexive object and then a name, capitalised or a title-case
    quotation ('a poster calling themselves Quietferry', 'who calls himself "the Spine Truth
    Guy"'): the name a speaker goes by, part of the phrase that describes them, no report (a
    description stays one: 'calls himself a democratic socialist', 'describes herself as "X"')."""
    ctx, k = v.ctx, v.i + 2
    if v.lemma not in SELF_NAMING_LEMMAS or k > v.last or ctx.lows[k - 1] not in _REFLEXIVES:
        return False
    if ctx.quote_of[k] >= 0:
        return title_case(ctx.tokens.text, ctx.spans[ctx.quote_of[k]], min_caps=1)
    return v.words[k][:1].isupper()


def caption_text(v: VerbCue) -> bool:
    """*read* or *said* in a relative clause of a caption ('posted a photo with a caption that
    read: "C."'): the caption carries the poster's words, and its antecedent phrase, which the
    verb would take for a source, is none ('Sabina Park with a caption')."""
    lows, p = v.ctx.lows, v.prev
    if v.lemma not in CAPTION_LEMMAS:
        return False
    if p >= v.first and lows[p] in ("that", "which"):
        p -= 1
    return p >= v.first and lows[p] in CAPTION_NOUNS


def _object_adjective(low: str) -> bool:
    """Is *low* an adjective before an object's noun: a superlative, a listed one, or one with an
    adjective's ending?"""
    return low in _OBJECT_ADJECTIVES or (low.isalpha() and low.endswith(_ADJECTIVE_ENDINGS) and len(low) > 4)


#: Irregular pasts that are nouns or adjectives elsewhere (so not in ``IRREGULAR_PAST``) but a
#: verb before an object's determiner ('left the hardest questions', 'put the tough questions').
_PAST_BEFORE_OBJECT = frozenset("left set cut hit put".split())
#: Determiners of a verb's object ('left the ...', 'raised its ...').
_OBJECT_DETERMINERS = frozenset("the a an its his her their our this these those some".split())
#: Common adjectives of a question or a claim ('the hard questions', 'the big claims').
_OBJECT_ADJECTIVES = frozenset(
    "hard tough difficult big key main real simple basic open awkward thorny same other many few new".split()
)
#: Adjective endings: superlatives and the suffixes no noun of a thing has ('the hardest', 'the central').
_ADJECTIVE_ENDINGS = ("est", "al", "ic", "ive", "ous", "ful", "less")


def whether_subject(v: VerbCue) -> bool:
    """A cue inside a *whether* clause that is its sentence's subject ('Whether the rules would
    take years to show results is unclear', 'Whether the treaty left X remains to be seen'): the
    clause asks, nobody reports; no comma closes it before the cue (not 'Whether or not it
    passes, NAME said')."""
    first = v.first
    while first < v.i and not v.words[first][:1].isalnum():
        first += 1  # (an opening mark or a bullet)
    return v.ctx.lows[first] == "whether" and "," not in v.words[first : v.i]


def title_modifier(v: VerbCue) -> bool:
    """A title's modifier before its role: 'State senator Ida Berg said' (:func:`role_modifier`)."""
    return role_modifier(v.words, v.i, v.first, v.last, v.ctx.lexicon)


def has_short_subject(v: VerbCue) -> bool:
    """May the verb cue *v* credit the content before it ('C, X said.')? A subject of its own that
    is short (a long one found by subject_before_group is trusted only before its content: '...,
    Lund gave a roundabout answer.' ends with a noun), no naming verb, no noun compound's verb,
    and no refusal to speak, nor the verb it refuses ('"Q?" NAME, the organiser, refused to answer.'),
    nor a negated one ('would not comment')."""
    src, long = v.subject()
    lows = v.ctx.lows
    return (
        src is not None
        and v.vclass != "naming"
        and not long
        and not noun_compound_credit(v.words, src, v.i, v.lemma, v.ctx.lexicon)
        and not refusal_at(lows, v.i, v.last)
        and not (v.i - 2 >= v.first and refusal_at(lows, v.i - 2, v.last))
        # ('Asked whether C, NAME would not comment.': a denied act credits nothing before it)
        and not (v.i - 1 >= v.first and lows[v.i - 1] in _NEGATIONS)
    )
