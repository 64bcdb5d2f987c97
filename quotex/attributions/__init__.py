"""Stage 5, attributions: tokens + quote spans + sentences -> tuple[Attribution, ...].

Input: the token table, the quote spans (stage 2), the sentences (stage 3)
and a lexicon. Output: one
:class:`Attribution` per quotation, in text order: its content pieces, the
source mention (a token range), the cue, the kind and the name of the rule
that fired.

An ordered sieve (the first rule that fires wins; every rule is in
``docs/rules.md`` with an example):

Rules inside one sentence, tried for each cue word left to right:

1. ``according_to``: ``According to X, C.`` / ``C, according to X.``
2. ``cue_after_content``: ``C, X said.`` / ``"C," said X, a spokesman.`` /
   ``C, she said, D.`` (two content parts).
3. ``cue_before_content``: ``X said (on Tuesday) (that) C.`` / ``X told Reuters: "C."``
   / ``X, who has told Y that C, ...`` / ``X called it "C"`` (naming verbs need a
   quotation) / ``Said X: "C."`` / ``X: "C."`` / ``Asked whether C, ...`` (no source).
4. ``stance``: a verb of stance or appeal with its object: ``X rejected the offer``,
   ``X urged Y to leave`` (kept apart: users who want speech only drop it).
5. ``participial``: ``X urged ..., saying C.`` (the source is the clause's subject).
6. ``expected``: ``X is expected to C`` / ``X is said to C``: a view held by nobody
   named (source None; the content is the subject and the infinitive).
7. ``cue_noun``: ``X's claim that C``.
8. ``dash_credit``: ``"C." ― Jane Doe`` (a quotation credited by a dash).

Rules for quotations left without a cue in their sentence:

9. ``split_quote``: ``"A," he said. "B."``: joins the previous quotation of the
   paragraph (one quote, two parts) when only its attribution stands between
   them; otherwise a quote of its own with the same speaker (also after a
   reported clause of the same paragraph).
10. ``paragraph_carryover``: a paragraph that opens with a quotation and holds
   nothing else continues the previous paragraph's quoted speaker, or the
   speaker of a paragraph ending in ``said:``. A quotation that runs on over
   several paragraphs (no closing mark, next paragraph opens with a mark) is
   one quote with one part per paragraph.
11. ``quoted_fragment``: ``X has long cast Y as "C"``: a quoted fragment of three
    words or more inside a sentence no cue claimed belongs to the sentence's subject
    (a person, pronoun or organisation); the content is the clause after its verb.
12. ``unattributed``: a sentence-like quotation with no speaker (speaker None).

With a dependency parse (``nlp=`` or a parsed ``Doc``), the cue verb's
``nsubj`` is the source and its ``ccomp``/``xcomp`` the content wherever the
rules above find none.

Short quotations that no rule claims (scare quotes, titles of works,
nicknames) are not returned.
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from quotex.attributions.clauses import (
    content,
    content_end,
    joined_kind,
    quotation_last,
    rest_of_clause,
    stance_object_end,
    start_after_colon,
)
from quotex.attributions.complements import (
    after_object,
    names_without_quotation,
    skip_cue_modifiers,
    starts_clause,
    tail_ends,
    tail_is_modifiers,
)
from quotex.attributions.context import (
    Context,
    ends_with_punctuation,
    first_tokens,
    inside_tag,
    is_closing_quote,
    opens_sentence,
    parse_of,
    parsed_clause,
    parsed_subject,
    quote_index,
    source_preposition_at,
    title_case,
    title_case_sentence,
    trigger_forms,
)
from quotex.attributions.model import (
    RULES,
    Attribution,
)
from quotex.attributions.noun_phrases import (
    np_left,
    np_right,
)
from quotex.attributions.quotation_rules import (
    alone_in_sentence,
    between_only_attribution,
    dash_credit,
    fragment_owner,
    sentence_like,
)
from quotex.attributions.subjects import (
    apposition_subject,
    clause_subject,
    credit_phrase,
    is_intro_phrase,
    sentence_subject,
    source_before,
    speaking_subject,
    subject_before_group,
    subject_head,
    verb_group_start,
)
from quotex.lexicon import DEFAULT_LEXICON, Lexicon
from quotex.lexicon.function_words import (
    DETERMINERS,
    OBJECT_PRONOUNS,
    PRONOUNS,
)
from quotex.lexicon.grammar import (
    ADJECTIVE_SUFFIXES,
    ADVERBS,
    COPULA,
    FRONTED,
    LABELS,
    LINKING_WORDS,
    NOUN_DETERMINERS,
    PREPOSITIONS,
    QUANTIFIERS,
    QUESTION_WORDS,
    RELATIVES,
)
from quotex.lexicon.verb_frames import (
    EXPECTATION_LEMMAS,
    NOUN_HOMOGRAPHS,
    PARTICIPLES,
    PARTICLES,
    TELL_VERBS,
)
from quotex.mentions import is_name_word
from quotex.quote_spans import QuoteSpan
from quotex.records import QuoteKind
from quotex.sentences import Sentence
from quotex.tokens import Tokens

__all__ = ["RULES", "Attribution", "attribute"]


# ---------------------------------------------------------------- word classes


# ---------------------------------------------------------------- noun phrases


# ---------------------------------------------------------------- the sieve


def _try_cue(
    ctx: Context, s: Sentence, i: int, content_floor: int, prev_source: tuple[int, int] | None = None
) -> tuple[Attribution, int, int] | None:
    """Rules 1-5 for the cue candidate at token *i*. Returns the attribution and
    its content token range."""
    tokens = ctx.tokens
    words = tokens.words
    starts, ends = tokens.starts, tokens.ends
    lexicon = ctx.lexicon
    low = words[i].lower()
    last = s.last
    first = s.first

    # 1. according_to (and the other source prepositions of the lexicon: 'per', 'in the words of')
    prep_len = source_preposition_at(words, i, last, lexicon)
    if prep_len:
        after = i + prep_len
        content_before = (
            (
                (i > content_floor and words[i - 1] in (",", "—", "–", "("))
                or (i > content_floor and is_closing_quote(ctx, i - 1))
            )
            and not all(  # 'But, according to the poll, ...': no content before the cue
                words[k].lower() in LINKING_WORDS or not words[k][:1].isalnum()
                for k in range(content_floor, i)
            )
        )
        src = np_right(tokens, after, last, lexicon, closed=not content_before)
        if src is None:
            return None
        cue = (starts[i], ends[after - 1])
        if content_before:
            a, b = content_floor, i - 1
            got = content(ctx, a, b)
            # 'The plan, according to Becker, would cost billions': the clause goes on
            rest = rest_of_clause(ctx, src[1] + 1, last) if got is not None else None
            if got is not None and rest is not None:
                kind = joined_kind(got[1], rest[2])
                return Attribution((got[0], rest[0]), src, cue, "according_to", kind), a, rest[1]
        else:
            k = src[1] + 1
            if k <= last and words[k] == ",":
                k += 1
            a, b = k, content_end(ctx, k, last, relative=False)
        got = content(ctx, a, b)
        if got is None:
            return None
        (cs, ce), kind = got
        return Attribution(((cs, ce),), src, cue, "according_to", kind), a, b

    # a headline credit: 'Strand: Night ferries will return in spring'
    if (
        low == ":"
        and i - 1 >= first
        and i - first <= 4
        and words[last] != ":"
        and last - i >= 4
        and ctx.quote_of[i + 1] < 0
        and all(is_name_word(words[k]) for k in range(first, i))
        and not any(words[k].lower() in LABELS for k in range(first, i))
        and (i - first > 1 or len(words[first]) > 1)  # 'Q: ...', 'A: ...': interview labels
    ):
        src = (first, i - 1)
        got = content(ctx, i + 1, last)
        if got is None:
            return None
        (cs, ce), kind = got
        return Attribution(((cs, ce),), src, (starts[i], ends[i]), "cue_before_content", kind), i + 1, last
    # a colon before a quotation: after a name ('Republican pollster Jane Roe: "C."'), or
    # ending the sentence after a clause whose subject speaks ('The board was blunt in its
    # findings: "Further discussion is unnecessary."')
    if low == ":" and i + 1 <= last and ctx.quote_of[i + 1] >= 0 and ctx.spans[ctx.quote_of[i + 1]].double:
        bi = quotation_last(ctx, i + 1, last)
        src = None
        if i - 1 >= first and not any(words[k].lower() in lexicon.verb_forms for k in range(first, i)):
            floor = max(content_floor, first)
            src = np_left(tokens, i - 1, floor, lexicon)
            if src is not None and (not is_name_word(words[src[1]]) or src[0] > floor + 8):
                src = None
        if (
            src is None
            and tokens.starts[i + 1] == ctx.spans[ctx.quote_of[i + 1]].start
            and (bi + 1 > last or (bi + 1 == last and words[last] in (".", "?", "!")))
        ):
            # (not when the sentence goes on: '...: "Stay home," the mayor said.')
            src = speaking_subject(ctx, s, i)
            if src is not None and src[0] < content_floor:
                src = None
        if src is None:
            return None
        got = content(ctx, i + 1, bi)
        if got is None:
            return None
        (cs, ce), kind = got
        return Attribution(((cs, ce),), src, (starts[i], ends[i]), "cue_before_content", kind), i + 1, bi

    form = lexicon.verb_forms.get(low)
    if (
        form is not None
        and low in lexicon.cue_nouns
        and i + 1 <= last
        and words[i + 1].lower() == "that"
        and i - 1 >= first
        and words[i - 1].lower() in ("his", "her", "their", "its", "'s", "’s", "the")
    ):
        form = None  # 'her claim that ...': the noun, not the verb
    if form is None and low in ("put", "puts") and i + 1 <= last and words[i + 1].lower() == "it":
        form = ("put it", "speech")  # 'as Professor Foner put it: "..."'
    if form is not None:
        lemma, vclass = form
        cue = (starts[i], ends[i])
        prev = i - 1
        progressive = low.endswith("ing") and prev >= first and words[prev].lower() in COPULA
        # passive "is expected to", "was told" (unless "told by"); "is telling" is progressive
        if lemma in EXPECTATION_LEMMAS and i + 2 <= last and words[i + 1].lower() == "to":
            cop = prev
            while cop > first and (words[cop].lower() in ADVERBS or words[cop].lower().endswith("ly")):
                cop -= 1  # 'is widely expected to'
            if cop >= first and words[cop].lower() in COPULA:
                return _expected(ctx, s, i, cop, content_floor)
        if (
            prev >= first
            and words[prev].lower() in COPULA
            and not progressive
            and not (i + 1 <= last and words[i + 1].lower() == "by")
        ):
            return None
        # a plural noun that looks like a verb: 'many Asian states, and ...', 'his claims'
        if (
            low.endswith("s")
            and not low.endswith("ss")
            and prev >= first
            and (
                words[prev].lower() in DETERMINERS
                or words[prev].lower() in QUANTIFIERS
                or words[prev] in ("'s", "’s")
                or (
                    is_name_word(words[prev])
                    and words[prev].lower().endswith(ADJECTIVE_SUFFIXES)
                    and i + 1 <= last
                    and not words[i + 1][:1].isalpha()
                )
            )
        ):
            return None
        # 'as shown in the film', 'has become known as': no subject, no report of a clause
        if (
            prev >= first
            and words[prev].lower() in ("as", "become", "became", "becomes", "get", "got", "gets")
            and low.endswith(("ed", "wn", "en"))
        ):
            return None
        # a noun that looks like a verb: 'In one tweet', 'the dispute', 'his post';
        # or part of a compound: 'so-called'
        if prev >= first and (
            words[prev].lower() in NOUN_DETERMINERS
            or (words[prev] == "-" and tokens.ends[prev] == starts[i])
        ):
            return None
        # inside a markup tag: '<tweet tweet-author=...>'
        if ctx.has_tags and inside_tag(words, i, first):
            return None
        # a name given in quotation marks: 'a film called "Harbour Lights"'
        if (
            vclass == "naming"
            and i + 1 <= last
            and ctx.quote_of[i + 1] >= 0
            and title_case(tokens.text, ctx.spans[ctx.quote_of[i + 1]])
        ):
            return None
        # a noun inside a compound: 'a talk show host', 'the news release date'
        if (
            prev - 1 >= first
            and words[prev - 1].lower() in DETERMINERS
            and words[prev].islower()
            and words[prev].isalpha()
            and words[prev] not in lexicon.role_words
            and i + 2 <= last
            and words[i + 1] in lexicon.role_words  # a singular role noun, no determiner
            and not words[i + 1].endswith("s")
            and words[i + 1] not in ("police", "staff", "security")
        ):
            return None
        # a capitalised cue inside a sentence is part of a name ('The Washington Post'),
        # unless the whole sentence is a title-case headline ('Ida Strand Says')
        if i != first and words[i][:1].isupper() and not title_case_sentence(words, s):
            return None
        # a gerund after a preposition or determiner is no cue: 'at the forefront of questioning'
        if (
            low.endswith("ing")
            and prev >= first
            and (words[prev].lower() in PREPOSITIONS or words[prev].lower() in DETERMINERS)
        ):
            return None
        # 'Asked if the plan would work, Smith said ...': a question put to someone, no source
        # '..., he said when asked about the fares', 'Asked at a briefing whether ...', 'Asked by
        # the host whether ...' (the asker is the source)
        if low == "asked" and (
            i == first or words[prev].lower() in ("when", "after", "before", "once", "if")
        ):
            qw = i + 1
            while qw <= last and qw - i <= 12 and words[qw] not in (",", ";", ":") and ctx.quote_of[qw] < 0:
                if words[qw].lower() in QUESTION_WORDS:
                    break
                qw += 1
            if qw <= last and qw - i <= 12 and words[qw].lower() in QUESTION_WORDS:
                asker = None
                if words[i + 1].lower() == "by":
                    asker = np_right(tokens, i + 2, qw - 1, lexicon)
                bi = content_end(ctx, qw, last, relative=True)
                got = content(ctx, qw, bi)
                if got is not None:
                    (cs, ce), kind = got
                    return Attribution(((cs, ce),), asker, cue, "cue_before_content", kind), qw, bi
        # 3'. inverted cue opening the sentence: 'Said Ellis: "C."' / 'Added the mayor, "C."'
        if i == first and words[i][:1].isupper() and vclass == "speech" and not low.endswith("ing"):
            src = np_right(tokens, i + 1, last, lexicon)
            if src is not None and src[1] + 2 <= last and words[src[1] + 1] in (":", ","):
                a = src[1] + 2
                got = content(ctx, a, last)
                if got is not None:
                    (cs, ce), kind = got
                    return Attribution(((cs, ce),), src, cue, "cue_before_content", kind), a, last
        # 2b. 'C, Smith said.' / '"C," he said.'
        src = source_before(tokens, i, max(content_floor, first), lexicon)
        if (
            prev > content_floor
            and words[prev] != ","
            and not low.endswith("ing")
            and max(ctx.quote_of[max(content_floor, i - 10) : i]) >= 0  # a quotation close by
        ):
            # '"C," Senate minority leader Ida Strand told ...': all between the quotation and
            # the cue names the speaker, though the phrase rules stop short of it
            phrase = credit_phrase(ctx, prev, content_floor, -1)
            if phrase is not None and (src is None or phrase[0] < src[0]):
                src = phrase
        group = verb_group_start(words, i, first)
        # the subject fallbacks below need a word that is surely a finite verb: a past form
        # or one after an auxiliary ('Women back him' yes, 'fled and headed back' no)
        finite = (
            not low.endswith("ing")
            and words[group - 1].lower() != "to"  # 'to find a way': an infinitive
            and (group < i or low not in (lemma, lemma + "s") or lemma not in NOUN_HOMOGRAPHS)
        )
        if (
            src is None
            and finite
            and prev >= first
            and words[prev] != ","
            and group - 1 >= first
            and subject_head(words[group - 1], lexicon)
        ):
            src = clause_subject(ctx, group, max(content_floor, first))
        if src is None:
            parsed = parsed_subject(ctx, i)  # with a parser: the verb's nsubj
            if parsed is not None and max(content_floor, first) <= parsed[0] and parsed[1] < i:
                src = parsed
        long_subject = False
        if src is None and finite and prev >= first and words[prev] != "," and content_floor <= first:
            src = subject_before_group(ctx, s, group)
            long_subject = src is not None
        if src is None and finite and prev > first and words[prev] == "," and content_floor <= first:
            src = apposition_subject(ctx, s, i)
            long_subject = src is not None
        if (
            src is None
            and prev >= first
            and words[prev].lower() in ("and", "but")
            and prev_source is not None
        ):
            src = prev_source  # 'X admitted that ..., but said ...'
        elif (
            src is None
            and finite
            and prev >= first
            and words[prev] == ","
            and prev_source is not None
            and prev_source[1] > prev_source[0]
            and words[prev_source[1]].lower() in ("who", "which")
        ):
            src = prev_source  # 'Strand, who said she opposes tolls, said ...': the main clause
        elif src is None and prev >= first and words[prev].lower() in ("and", "but"):
            subj = sentence_subject(ctx, s)
            if subj is not None and subj[1] < prev:
                src = subj
        # (a long subject found by subject_before_group is trusted only before its content: '..., Lund
        # gave a roundabout answer.' ends with a noun, not with 'C, X said.')
        if src is not None and vclass != "naming" and not long_subject:
            before = src[0] - 1
            after_quote = (
                before >= content_floor
                and is_closing_quote(ctx, before)
                and (
                    ends_with_punctuation(tokens.text, ctx.spans[ctx.quote_of[before]])
                    or opens_sentence(tokens.text, ctx.spans[ctx.quote_of[before]])
                )
            )
            if (
                before >= content_floor
                and (words[before] in (",", "—", "–") or after_quote)
                and tail_is_modifiers(ctx, i + 1, last, quote_may_follow=after_quote)
                and (
                    (after_quote and ctx.quote_of[content_floor] >= 0)
                    or tail_ends(ctx, after_object(tokens, i + 1, last, lemma, lexicon), last)
                )
                and (
                    (after_quote and ctx.quote_of[content_floor] >= 0)
                    or not is_intro_phrase(words, content_floor, before)
                    or (
                        i + 4 <= last and words[i + 1] == "," and ctx.quote_of[i + 2] < 0
                    )  # 'X, Becker said, Y'
                )
            ):
                got = content(ctx, start_after_colon(ctx, content_floor, before), before)
                if got is not None:
                    (cs, ce), kind = got
                    parts: tuple[tuple[int, int], ...] = ((cs, ce),)
                    end = before
                    # 'Over the years, she said, email has helped ...': the clause goes on
                    rest = (
                        rest_of_clause(ctx, i + 1, last)
                        if not after_quote or kind is not QuoteKind.DIRECT
                        else None
                    )
                    if rest is not None:
                        parts = ((cs, ce), rest[0])
                        end = rest[1]
                        kind = joined_kind(kind, rest[2])
                    return Attribution(parts, src, cue, "cue_after_content", kind), content_floor, end
        # 2a. cue_after_content, inverted: '"C," said Smith' / 'C, said Smith.'
        if (
            src is None
            and prev >= content_floor
            and (
                words[prev] == ","
                or (
                    is_closing_quote(ctx, prev)
                    and (
                        ends_with_punctuation(tokens.text, ctx.spans[ctx.quote_of[prev]])
                        or ctx.quote_of[content_floor] == ctx.quote_of[prev]  # '"We will stay" said X'
                    )
                )
            )
            and vclass == "speech"
            and not low.endswith("ing")
        ):
            inv = np_right(tokens, i + 1, last, lexicon)
            if is_closing_quote(ctx, prev) and (
                inv is None or not (tail_ends(ctx, inv[1] + 1, last) or words[inv[1] + 1] == ",")
            ):
                # '"C," said Tromso University economist Hal Berg.'
                inv = credit_phrase(ctx, i + 1, last, 1) or inv
            if (
                inv is not None
                and words[inv[0]].lower() not in PRONOUNS
                and tail_ends(ctx, inv[1] + 1, last)
                and tail_is_modifiers(ctx, inv[1] + 1, last, quote_may_follow=is_closing_quote(ctx, prev))
            ):
                got = content(ctx, content_floor, prev)
                if got is not None:
                    (cs, ce), kind = got
                    # 'The timetable, said Lund, is a compromise': the clause goes on, unless
                    # what follows the name is about the speaker ('said Lund, who ...', ', a ...')
                    nxt = words[inv[1] + 2] if inv[1] + 2 <= last else ""
                    rest = (
                        rest_of_clause(ctx, inv[1] + 1, last)
                        if kind is not QuoteKind.DIRECT
                        and nxt.islower()
                        and nxt not in RELATIVES
                        and nxt not in DETERMINERS
                        and nxt not in PREPOSITIONS
                        and nxt not in lexicon.role_words
                        else None
                    )
                    if rest is not None:
                        kind = joined_kind(kind, rest[2])
                        return (
                            Attribution(((cs, ce), rest[0]), inv, cue, "cue_after_content", kind),
                            content_floor,
                            rest[1],
                        )
                    return Attribution(((cs, ce),), inv, cue, "cue_after_content", kind), content_floor, prev
        # 3. cue_before_content
        if src is not None:
            relative = (
                words[src[1]].lower() in ("who", "which", "that")
                or (
                    src[1] + 1 < i
                    and words[src[1] + 1] == ","
                    and any(words[k].lower() in ("who", "which") for k in range(src[1] + 1, i))
                )
                or (words[first].lower() in FRONTED and first < src[0])  # 'While Ramos said that X, he ...'
            )

            if vclass == "stance" and i + 1 <= last and words[i + 1] in (",", ";", ":"):
                return None  # '..., both have questioned, arguing ...': a stance verb's object follows it
            particle = i + 1 <= last and words[i + 1].lower() in PARTICLES.get(lemma, ())
            if particle and words[i + 1].lower() != "out":
                # 'called for a recount', 'agreed with the ruling': the prepositional object
                # is the content, as a verb of stance's object is
                lemma, vclass = lemma + " " + words[i + 1].lower(), "stance"
                cue = (starts[i], ends[i + 1])
                a = skip_cue_modifiers(tokens, i + 2, last, lemma, lexicon)
            elif particle:
                a = skip_cue_modifiers(tokens, i + 2, last, lemma, lexicon)  # 'pointed out that ...'
            else:
                a = skip_cue_modifiers(tokens, i + 1, last, lemma, lexicon)
            if a > last:
                return None
            if (
                lemma in TELL_VERBS
                and a > i + 1
                and words[a].lower() in ("to", "not")
                and words[i + 1].lower() not in ("to", "reporters", "journalists")
            ):
                # 'urged countries not to take part': the object and its infinitive
                bi = content_end(ctx, a, last, relative=relative)
                got = content(ctx, i + 1, bi)
                if got is None:
                    return None
                (cs, ce), kind = got
                return Attribution(((cs, ce),), src, cue, "cue_before_content", kind), i + 1, bi
            if vclass == "naming":
                # needs a quotation soon after: 'called the visit "one of ..."', or a
                # predicate after a pronoun ('called him a liar') or 'as' ('described it as ...')
                k = a
                while k <= last and k - a < 8 and ctx.quote_of[k] < 0 and words[k] not in (",", ".", ";"):
                    k += 1
                if k <= last and ctx.quote_of[k] >= 0:
                    bi = quotation_last(ctx, k, last)
                elif names_without_quotation(ctx, a, last):
                    bi = content_end(ctx, a, last, relative=relative)
                else:
                    return None
            else:
                if not starts_clause(ctx, a, last, vclass, lemma, after_colon=words[a - 1] == ":"):
                    clause = parsed_clause(ctx, i)  # with a parser: the verb's ccomp/xcomp
                    if clause is None or clause[1] > last:
                        return None
                    a = clause[0]
                bi = content_end(ctx, a, last, relative=relative)
                if bi - a <= 4 and any(
                    lexicon.verb_forms.get(words[m].lower(), ("", ""))[1] == "speech"
                    and words[m - 1].lower() not in NOUN_DETERMINERS
                    and words[m - 1].lower() != "to"  # 'declined to comment': an infinitive
                    for m in range(max(a + 1, bi - 1), bi + 1)
                ):
                    return None  # '..., Marchbank said:': what follows the cue is an attribution of its own
            # a stance verb's object may be one name or pronoun: 'endorsed Abara', 'backed her'
            one_word = vclass == "stance" and (is_name_word(words[a]) or words[a].lower() in OBJECT_PRONOUNS)
            got = content(ctx, a, bi, one_word=one_word)
            if got is None:
                return None
            (cs, ce), kind = got
            if vclass == "stance":
                bi = stance_object_end(ctx, a, bi)
                got = content(ctx, a, bi, one_word=one_word)
                if got is None:
                    return None
                (cs, ce), kind = got
            rule = "stance" if vclass == "stance" else "cue_before_content"
            return Attribution(((cs, ce),), src, cue, rule, kind), a, bi
        # 4. participial: 'X urged ..., saying C'
        participle = low in PARTICIPLES or (low.endswith("ing") and vclass == "speech")
        absolute = None
        if participle and prev - 1 >= first and words[prev][:1].isalnum():
            # 'with 22 percent saying they would not': the phrase after 'with' speaks
            np = np_left(tokens, prev, first, lexicon)
            if np is not None and np[0] - 1 >= first and words[np[0] - 1].lower() == "with":
                absolute = np
        if (
            participle
            and prev >= first
            and (
                absolute is not None
                or words[prev].lower() in (",", "before", "after", "while", "by", "and", "when")
                or (is_closing_quote(ctx, prev) and words[prev - 1] == ",")  # 'on "Morning Joe," adding'
            )
        ):
            subj = absolute or sentence_subject(ctx, s)
            if absolute is None and (
                subj is None
                or subj[0] >= i
                or (prev_source is not None and subj[1] < prev_source[0] and i - prev_source[1] <= 6)
            ):
                subj = prev_source  # '"A," he said, adding that B': the same source
            if subj is None:
                return None
            if i + 2 <= last and words[i + 1].lower() in PARTICLES.get(lemma, ()):
                a = i + 2  # 'referring to the mayor': the particle's object is the content
                cue = (starts[i], ends[i + 1])
            else:
                a = skip_cue_modifiers(tokens, i + 1, last, lemma, lexicon)
            if a > last or words[a].lower() in PREPOSITIONS:
                return None
            bi = content_end(ctx, a, last, relative=False)
            if bi + 2 <= last and words[bi + 1] == "," and words[bi + 2].lower() in lexicon.verb_forms:
                return None  # 'X, citing data from Y, said ...': a parenthetical, not the report
            got = content(ctx, a, bi)
            if got is None:
                return None
            (cs, ce), kind = got
            return Attribution(((cs, ce),), subj, cue, "participial", kind), a, bi
        return None

    # 5. cue_noun: "his claim that C"
    if low in lexicon.cue_nouns and i + 1 <= last and words[i + 1].lower() == "that" and i - 1 >= first:
        j = i - 1
        while (
            j >= first
            and words[j].lower() not in PRONOUNS
            and words[j] not in ("'s", "’s")
            and words[j].lower() not in ("his", "her", "their", "its")
            and i - j < 4
        ):
            j -= 1
        if j < first:
            return None
        if words[j].lower() in ("his", "her", "their", "its"):
            src = (j, j)
        elif words[j] in ("'s", "’s"):
            src = np_left(tokens, j - 1, first, lexicon)
            if src is None:
                return None
        else:
            return None
        a = i + 1
        bi = content_end(ctx, a, last, relative=False)
        got = content(ctx, a, bi)
        if got is None:
            return None
        (cs, ce), kind = got
        return Attribution(((cs, ce),), src, (starts[i], ends[i]), "cue_noun", kind), a, bi
    return None


def _expected(
    ctx: Context, s: Sentence, i: int, cop: int, content_floor: int
) -> tuple[Attribution, int, int] | None:
    """Rule ``expected``: 'The House is expected to pass the bill' -> content 'The House' +
    'to pass the bill', cue 'is expected', no source (nobody is named as expecting it)."""
    tokens = ctx.tokens
    words = tokens.words
    floor = max(content_floor, s.first)
    subj = source_before(tokens, cop, floor, ctx.lexicon)
    if subj is None and content_floor <= s.first:
        subj = subject_before_group(ctx, s, cop)
    a = i + 1
    b = content_end(ctx, a, s.last, relative=False)
    got = content(ctx, a, b)
    if got is None or b - a < 2:
        return None
    vp, kind = got
    parts: tuple[tuple[int, int], ...] = (vp,)
    first = a
    if subj is not None and words[subj[0]].lower() not in ("it", "there"):  # 'it is expected to rain'
        parts = ((tokens.starts[subj[0]], tokens.ends[subj[1]]), vp)
        first = subj[0]
    cue = (tokens.starts[cop], tokens.ends[i])
    return Attribution(parts, None, cue, "expected", kind), first, b


def attribute(
    tokens: Tokens,
    spans: Sequence[QuoteSpan],
    sentences: Sequence[Sentence],
    *,
    lexicon: Lexicon = DEFAULT_LEXICON,
) -> tuple[Attribution, ...]:
    """Attribute every quotation and reported clause (see the module docstring)."""
    spans = tuple(spans)
    ctx = Context(
        tokens, spans, quote_index(tokens, spans), lexicon, parse_of(tokens), has_tags="<" in tokens.text
    )
    words = tokens.words
    out: list[Attribution] = []
    more_parts: dict[int, list[tuple[int, int]]] = {}  # later parts of split and continued quotes
    used_spans: set[int] = set()
    last_quote_attr = -1  # index in out of the last attribution that carries a quotation
    last_quote_par = -1
    last_report = -1  # index in out of the last reported clause (no quotation) with a source
    last_report_par = -1
    colon: tuple[tuple[int, int], tuple[int, int], int] | None = None  # 'X said:' source, cue, paragraph
    seen_par = -1
    cue_words = lexicon.verb_forms
    prep_heads = {p.split()[0] for p in lexicon.source_prepositions}
    triggers = trigger_forms(lexicon)
    quote_of = ctx.quote_of
    # the candidate cue tokens, in order (one pass; the sentence loop only visits these);
    # the set holds each trigger in lower, title and upper case, so no word is lower-cased
    cands = [k for k, w in enumerate(words) if w in triggers and quote_of[k] < 0]
    # each quotation span with the first token it covers, in order
    span_first = first_tokens(quote_of)
    span_first_token = {q: k for k, q in span_first}
    si = 0
    ci = 0
    n_cands = len(cands)
    for s in sentences:
        floor = s.first
        sent_attrs: list[int] = []
        while ci < n_cands and cands[ci] < s.first:
            ci += 1
        while ci < n_cands and cands[ci] <= s.last:
            i = cands[ci]
            ci += 1
            if i < floor:
                continue
            low = words[i].lower()
            if (
                low in prep_heads
                and low not in cue_words
                and not source_preposition_at(words, i, s.last, lexicon)
            ):
                continue
            prev_source = out[sent_attrs[-1]].source if sent_attrs else None
            got = _try_cue(ctx, s, i, floor, prev_source)
            if got is not None and (
                (got[0].rule in ("stance", "cue_before_content") and got[1] > i) or got[0].rule == "expected"
            ):
                # 'X could embrace the plan, Strand told the Gazette': the trailing attribution
                # of the whole sentence outranks a verb of stance or thought inside it
                for later in cands[ci : ci + 8]:
                    if later > s.last or later - i > 60:
                        break
                    if (
                        (
                            cue_words.get(words[later].lower(), ("", ""))[1] != "speech"
                            and words[later].lower() != "according"
                        )
                        or (got[2] < later - 12 and words[later].lower() != "according")  # too far
                        or "," not in words[max(i, later - 8) : later]  # no ', X said'
                    ):
                        continue
                    outer = _try_cue(ctx, s, later, floor, prev_source)
                    if (
                        outer is not None
                        and outer[0].rule in ("cue_after_content", "according_to")
                        and outer[1] <= i
                    ):
                        got = outer
                        ci = cands.index(later, ci) + 1
                        break
            if got is not None:
                att, a, b = got
                out.append(att)
                sent_attrs.append(len(out) - 1)
                for k in range(a, b + 1):
                    if ctx.quote_of[k] >= 0:
                        used_spans.add(ctx.quote_of[k])
                cue_last = max(i, att.source[1] if att.source else i)
                floor = max(b, cue_last) + 1
                if att.kind is not QuoteKind.INDIRECT:
                    last_quote_attr, last_quote_par = len(out) - 1, s.paragraph
                elif att.source is not None:
                    last_report, last_report_par = len(out) - 1, s.paragraph
                if a <= i:
                    floor = max(floor, i + 1)  # content before the cue: go on after the cue
        # sentence ending 'X said:' introduces the next paragraph's quotation, and so does
        # one whose subject speaks: 'The foundation describes itself this way:'
        if words[s.last] == ":" and not sent_attrs:
            for k in range(s.last - 1, max(s.first - 1, s.last - 10), -1):
                if words[k].lower() in cue_words:
                    src = source_before(tokens, k, s.first, lexicon)
                    if src is not None:
                        colon = (src, (tokens.starts[k], tokens.ends[k]), s.paragraph)
                    break
            else:
                src = speaking_subject(ctx, s, s.last)
                if src is not None:
                    colon = (src, (tokens.starts[s.last], tokens.ends[s.last]), s.paragraph)
        # quotations of this sentence that no cue claimed
        first_in_par = s.paragraph != seen_par
        seen_par = s.paragraph
        while si < len(span_first) and span_first[si][0] < s.first:
            si += 1
        qs = []
        while si < len(span_first) and span_first[si][0] <= s.last:
            qs.append(span_first[si][1])
            si += 1
        fragment_tried = False
        for q in qs:
            if q in used_spans:
                continue
            used_spans.add(q)
            span = spans[q]
            if not span.double:
                continue  # single marks make a quotation only next to a cue (British style)
            prev = out[last_quote_attr] if last_quote_attr >= 0 else None
            prev_end = -1
            if prev is not None:
                extra = more_parts.get(last_quote_attr)
                prev_end = extra[-1][1] if extra else prev.parts[-1][1]
            continued = q > 0 and spans[q - 1].continues and prev is not None and prev_end == spans[q - 1].end
            # multi-paragraph continuation, or a split quote in the same paragraph
            if (
                prev is not None
                and span.start >= prev_end
                and sum(c.isalpha() for c in tokens.text[span.start : span.start + 40]) >= 2
                and (
                    continued
                    or (
                        last_quote_par == s.paragraph
                        and between_only_attribution(ctx, prev, prev_end, span.start)
                    )
                )
            ):
                # parts are collected and joined once at the end (no copying per quote)
                more_parts.setdefault(last_quote_attr, []).append((span.start, span.end))
                last_quote_par = s.paragraph
                continue
            starts_par = first_in_par and tokens.starts[s.first] == span.start
            if (
                not sent_attrs
                and not fragment_tried
                and not opens_sentence(tokens.text, span)
                and not title_case(tokens.text, span)
            ):
                fragment_tried = True  # once per sentence: the cost stays linear in its length
                got_fragment = fragment_owner(ctx, s, span_first_token[q])
                if got_fragment is not None:
                    att, a, b = got_fragment
                    out.append(att)
                    sent_attrs.append(len(out) - 1)
                    for k in range(a, b + 1):
                        if quote_of[k] >= 0:
                            used_spans.add(quote_of[k])
                    last_quote_attr, last_quote_par = len(out) - 1, s.paragraph
                    continue
            if not sentence_like(tokens.text, span):
                continue  # a scare quote, a title or a nickname: not somebody's words
            credit = dash_credit(ctx, span, s)
            if credit is not None:
                out.append(
                    Attribution(
                        ((span.start, span.end),), credit[0], credit[1], "dash_credit", QuoteKind.DIRECT
                    )
                )
            elif prev is not None and last_quote_par == s.paragraph and alone_in_sentence(ctx, span, s):
                out.append(
                    Attribution(
                        ((span.start, span.end),),
                        prev.source,
                        None,
                        "split_quote",
                        QuoteKind.DIRECT,
                        last_quote_attr,
                    )
                )
            elif starts_par and colon is not None and colon[2] == s.paragraph - 1:
                out.append(
                    Attribution(
                        ((span.start, span.end),), colon[0], colon[1], "paragraph_carryover", QuoteKind.DIRECT
                    )
                )
            elif (
                starts_par
                and prev is not None
                and last_quote_par == s.paragraph - 1
                and alone_in_sentence(ctx, span, s)
            ):
                out.append(
                    Attribution(
                        ((span.start, span.end),),
                        prev.source,
                        None,
                        "paragraph_carryover",
                        QuoteKind.DIRECT,
                        last_quote_attr,
                    )
                )
            elif (
                last_report >= 0
                and last_report_par == s.paragraph
                and last_report > last_quote_attr
                and alone_in_sentence(ctx, span, s)
            ):
                # 'Kerry negotiates with Russia, Schiff said. "The other factor is ..."': a
                # quotation after a reported clause in the same paragraph goes on with its source
                out.append(
                    Attribution(
                        ((span.start, span.end),),
                        out[last_report].source,
                        None,
                        "split_quote",
                        QuoteKind.DIRECT,
                        last_report,
                    )
                )
            elif opens_sentence(tokens.text, span) or alone_in_sentence(ctx, span, s):
                out.append(
                    Attribution(((span.start, span.end),), None, None, "unattributed", QuoteKind.DIRECT)
                )
            else:
                continue  # a fragment of somebody's words inside a sentence no rule attributed
            last_quote_attr, last_quote_par = len(out) - 1, s.paragraph
    for idx, extra in more_parts.items():
        att = out[idx]
        out[idx] = attrs.evolve(
            att,
            parts=att.parts + tuple(extra),
            kind=QuoteKind.DIRECT if att.kind is QuoteKind.DIRECT else QuoteKind.MIXED,
        )
    out.sort(key=lambda a: a.parts[0][0])
    return _join_continued(out, spans)


def _join_continued(out: list[Attribution], spans: Sequence[QuoteSpan]) -> tuple[Attribution, ...]:
    """A quotation that runs over several paragraphs becomes one attribution.

    The spans of one chain (each but the last has ``continues``) are joined into
    the attribution that has a cue or a source, one part per paragraph; the
    chain's other attributions (unattributed or carried over) are dropped.
    """
    chain_of: dict[tuple[int, int], int] = {}
    chain = 0
    for k, span in enumerate(spans):
        chain_of[(span.start, span.end)] = chain
        if not span.continues:
            chain += 1
        elif k + 1 < len(spans):
            continue
    members: dict[int, list[int]] = {}
    for idx, att in enumerate(out):
        for part in att.parts:
            c = chain_of.get(part)
            if c is not None:
                members.setdefault(c, []).append(idx)
    drop: set[int] = set()
    joined: dict[int, Attribution] = {}
    for idxs in members.values():
        unique = sorted(set(idxs))
        if len(unique) < 2:
            continue
        keep = next((i for i in unique if out[i].cue is not None or out[i].source is not None), unique[0])
        parts = sorted({p for i in unique for p in out[i].parts})
        joined[keep] = attrs.evolve(out[keep], parts=tuple(parts))
        drop.update(i for i in unique if i != keep)
    if not joined:
        return tuple(out)
    return tuple(joined.get(i, a) for i, a in enumerate(out) if i not in drop)


