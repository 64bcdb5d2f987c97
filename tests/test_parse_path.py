"""The ``nlp=`` / ``Doc`` path: annotation from a spaCy pipeline, on hand-built Docs (no model).

Covers quotex.tokens.from_doc (tags, heads, deps, entities, whitespace tokens)
and the dependency-parse fallback of quotex.attributions (the cue verb's
nsubj as the source, its ccomp/xcomp as the content).
"""

from __future__ import annotations

import attrs
import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span

from quotex import Speaker, extract_quotes
from quotex.attributions import attribute
from quotex.lexicon import DEFAULT_LEXICON
from quotex.quote_spans import find_quote_spans
from quotex.sentences import split_sentences
from quotex.tokens import Tokens, from_doc, tokenize

VOCAB = spacy.blank("en").vocab

# "The engineer in charge of them said the dam would hold."
# No rule finds the subject: the word before 'said' is the object pronoun 'them', the
# object of a preposition, and no relative pronoun or comma marks where the subject starts.
SUBJECT_WORDS = ["The", "engineer", "in", "charge", "of", "them", "said", "the", "dam", "would", "hold", "."]
SUBJECT_HEADS = [1, 6, 1, 2, 3, 4, 6, 8, 10, 10, 6, 6]
SUBJECT_DEPS = "det nsubj prep pobj prep pobj ROOT det nsubj aux ccomp punct".split()

# "Marsh added the bridge reopens in May."
# No rule takes the clause: 'add' reports only a 'that' clause or a quotation.
# (no auxiliary in the clause: 'added the bridge would reopen' is found without a parser)
CLAUSE_WORDS = ["Marsh", "added", "the", "bridge", "reopens", "in", "May", "."]
CLAUSE_HEADS = [1, 1, 3, 4, 1, 4, 5, 1]
CLAUSE_DEPS = ["nsubj", "ROOT", "det", "nsubj", "ccomp", "prep", "pobj", "punct"]


def _spaces(words: list[str]) -> list[bool]:
    """A space after each word unless the next one is punctuation (and none at the end)."""
    return [i + 1 < len(words) and words[i + 1] not in ".,:;?!" for i in range(len(words))]


def _doc(words: list[str], heads: list[int], deps: list[str]) -> Doc:
    return Doc(VOCAB, words=words, spaces=_spaces(words), heads=heads, deps=deps)


def _relabel(deps: list[str], old: str, new: str) -> list[str]:
    assert old in deps
    return [new if d == old else d for d in deps]


class TestParsedSubject:
    def test_text_alone_finds_no_subject(self) -> None:
        assert extract_quotes(" ".join(SUBJECT_WORDS[:-1]) + ".") == []

    def test_nsubj_is_the_source(self) -> None:
        doc = _doc(SUBJECT_WORDS, SUBJECT_HEADS, SUBJECT_DEPS)
        [quote] = extract_quotes(doc)
        assert quote.rule == "cue_before_content"
        assert quote.source is not None
        assert quote.source.text == "The engineer in charge of them"
        assert quote.cue is not None
        assert quote.cue.text == "said"
        assert quote.text == "the dam would hold"
        assert quote.speaker is not None
        assert quote.speaker.name == "engineer in charge of them"

    def test_without_nsubj_label_no_source(self) -> None:
        doc = _doc(SUBJECT_WORDS, SUBJECT_HEADS, _relabel(SUBJECT_DEPS, "nsubj", "dep"))
        assert extract_quotes(doc) == []

    def test_nsubjpass_counts(self) -> None:
        doc = _doc(SUBJECT_WORDS, SUBJECT_HEADS, _relabel(SUBJECT_DEPS, "nsubj", "nsubjpass"))
        [quote] = extract_quotes(doc)
        assert quote.source is not None
        assert quote.source.text == "The engineer in charge of them"


class TestParsedClause:
    def test_text_alone_finds_no_clause(self) -> None:
        assert extract_quotes("Marsh added the bridge reopens in May.") == []

    @pytest.mark.parametrize("label", ["ccomp", "xcomp"])
    def test_clausal_complement_is_the_content(self, label: str) -> None:
        doc = _doc(CLAUSE_WORDS, CLAUSE_HEADS, _relabel(CLAUSE_DEPS, "ccomp", label))
        [quote] = extract_quotes(doc)
        assert quote.text == "the bridge reopens in May"
        assert quote.rule == "cue_before_content"
        assert quote.speaker == Speaker("Marsh", None, "person")
        assert quote.cue is not None
        assert quote.cue.text == "added"

    def test_a_plain_object_is_no_content(self) -> None:
        doc = _doc(CLAUSE_WORDS, CLAUSE_HEADS, _relabel(CLAUSE_DEPS, "ccomp", "dobj"))
        assert extract_quotes(doc) == []

    def test_fallback_reads_the_token_table(self) -> None:
        """The stage reads Tokens, not a Doc: heads and deps added to a plain table suffice."""
        text = "Marsh added the bridge reopens in May."
        plain = tokenize(text)
        assert plain.words == tuple(CLAUSE_WORDS)
        parsed = attrs.evolve(plain, heads=CLAUSE_HEADS, deps=CLAUSE_DEPS)

        def rules(tokens: Tokens) -> list[tuple[str, str]]:
            spans = find_quote_spans(text)
            sentences = split_sentences(tokens, spans, cue_words=DEFAULT_LEXICON.verb_forms)
            return [
                (a.rule, text[a.parts[0][0] : a.parts[0][1]]) for a in attribute(tokens, spans, sentences)
            ]

        assert rules(plain) == []
        assert rules(parsed) == [("cue_before_content", "the bridge reopens in May")]


class TestEntities:
    words = ('"', "Prices", "will", "rise", "again", ",", '"', "said", "Nordvik", "Energy", ".")
    spaces = (False, True, True, True, False, False, True, True, True, False, False)

    def _doc(self, label: str) -> Doc:
        ents = ["O"] * 8 + [f"B-{label}", f"I-{label}", "O"]
        return Doc(VOCAB, words=list(self.words), spaces=list(self.spaces), ents=ents)

    def test_without_entities_the_words_decide_the_kind(self) -> None:
        [quote] = extract_quotes(self._doc("ORG").text)
        assert quote.speaker == Speaker("Nordvik Energy", None, "organization")  # a company word
        [quote] = extract_quotes('"Prices will rise again," said Nordvik Halvorsen.')
        assert quote.speaker == Speaker("Nordvik Halvorsen", None, "person")

    @pytest.mark.parametrize(
        ("label", "kind"),
        [("ORG", "organization"), ("GPE", "organization"), ("NORP", "organization"), ("PERSON", "person")],
    )
    def test_entity_label_sets_the_kind(self, label: str, kind: str) -> None:
        [quote] = extract_quotes(self._doc(label))
        assert quote.speaker == Speaker("Nordvik Energy", None, kind)

    def test_from_doc_keeps_labels_and_starts(self) -> None:
        tokens = from_doc(self._doc("ORG"))
        assert tokens.has_ents
        assert tokens.ents[8:10] == ("ORG", "ORG")
        assert tokens.ents[0] == ""
        assert tokens.ent_starts[8:10] == (True, False)
        assert not tokens.has_parse

    def test_nlp_argument_runs_the_pipeline(self) -> None:
        nlp = spacy.blank("en")
        nlp.add_pipe("quotex_test_parse_path_org")
        text = '"Prices will rise again," said Nordvik Energy.'
        [quote] = extract_quotes(text, nlp=nlp)
        assert quote.speaker == Speaker("Nordvik Energy", None, "organization")


@Language.component("quotex_test_parse_path_org")
def _org_ner(doc: Doc) -> Doc:
    """A stand-in NER: marks 'Nordvik Energy' as an ORG."""
    start = doc.text.find("Nordvik Energy")
    if start >= 0:
        span = doc.char_span(start, start + len("Nordvik Energy"), label="ORG")
        assert isinstance(span, Span)
        doc.ents = [span]
    return doc


class TestWhitespaceTokens:
    # 'Marsh told the crowd:\n\n"It is safe."' with the paragraph break as a token of its own
    words = ("Marsh", "told", "the", "crowd", ":", "\n\n", '"', "It", "is", "safe", ".", '"')
    spaces = (True, True, True, False, False, False, False, True, True, False, False, False)
    heads = (1, 1, 3, 1, 1, 1, 9, 9, 9, 1, 9, 5)
    deps = (
        "nsubj",
        "ROOT",
        "det",
        "dobj",
        "punct",
        "dep",
        "punct",
        "nsubj",
        "cop",
        "ccomp",
        "punct",
        "punct",
    )

    def _doc(self) -> Doc:
        return Doc(
            VOCAB,
            words=list(self.words),
            spaces=list(self.spaces),
            heads=list(self.heads),
            deps=list(self.deps),
        )

    def test_doc_text(self) -> None:
        assert self._doc().text == 'Marsh told the crowd:\n\n"It is safe."'

    def test_whitespace_token_is_dropped(self) -> None:
        doc = self._doc()
        tokens = from_doc(doc)
        assert tokens.text == doc.text
        assert "\n\n" not in tokens.words
        assert len(tokens) == len(doc) - 1
        for start, end, word in zip(tokens.starts, tokens.ends, tokens.words, strict=True):
            assert doc.text[start:end] == word

    def test_heads_are_remapped(self) -> None:
        tokens = from_doc(self._doc())
        words = tokens.words
        assert tokens.deps == tuple(d for d, w in zip(self.deps, self.words, strict=True) if w != "\n\n")
        assert words[tokens.heads[words.index("It")]] == "safe"
        assert words[tokens.heads[words.index("safe")]] == "told"
        assert tokens.heads[words.index("told")] == words.index("told")  # the root points to itself

    def test_a_head_on_the_dropped_token_points_to_itself(self) -> None:
        tokens = from_doc(self._doc())
        last = len(tokens) - 1
        assert tokens.words[last] == '"'
        assert tokens.heads[last] == last

    def test_extract_quotes_across_the_paragraph_break(self) -> None:
        [quote] = extract_quotes(self._doc())
        assert quote.text == '"It is safe."'
        assert quote.speaker == Speaker("Marsh", None, "person")

    def test_doc_of_only_whitespace(self) -> None:
        doc = Doc(VOCAB, words=["\n\n", "  "], spaces=[False, False])
        assert len(from_doc(doc)) == 0
        assert extract_quotes(doc) == []


def test_unannotated_doc_matches_the_text_path() -> None:
    text = (
        '"We will reopen the bridge by spring," said Helena Marsh, the city\'s transport commissioner.\n\n'
        '"Nobody will be stranded," she added.'
    )
    doc = spacy.blank("en")(text)
    assert extract_quotes(doc) == extract_quotes(text)


def test_from_doc_keeps_tags() -> None:
    doc = Doc(VOCAB, words=["Marsh", "spoke", "."], tags=["NNP", "VBD", "."])
    tokens = from_doc(doc)
    assert tokens.tags == ("NNP", "VBD", ".")
    assert tokens.has_tags
    assert not tokens.has_parse
    assert not tokens.has_ents
