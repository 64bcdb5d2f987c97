"""Stage 2, quotex/quote_spans.py: text -> QuoteSpan."""

from __future__ import annotations

import itertools

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quotex.lexicon import DEFAULT_LEXICON
from quotex.quote_spans import MAX_UNCLOSED, QuoteSpan, _mark_pattern, find_quote_spans, quoted_turn


def _texts(text: str) -> list[str]:
    return [text[s.start : s.end] for s in find_quote_spans(text)]


DOUBLE_MARKS = {
    "straight": ('She said "we are ready" and left.', '"we are ready"'),
    "curly": ("She said “we are ready” and left.", "“we are ready”"),
    "guillemets": ("She said «we are ready» and left.", "«we are ready»"),
    "low_high": ("She said „we are ready“ and left.", "„we are ready“"),
    "ptb_backticks": ("She said ``we are ready'' and left.", "``we are ready''"),
    "typewriter": ("She said ''we are ready'' and left.", "''we are ready''"),
    "reversed_high": ("She said ‟we are ready” and left.", "‟we are ready”"),
}


@pytest.mark.parametrize(("text", "quoted"), DOUBLE_MARKS.values(), ids=DOUBLE_MARKS.keys())
def test_double_mark_pairs(text: str, quoted: str) -> None:
    [span] = find_quote_spans(text)
    assert text[span.start : span.end] == quoted
    assert (span.double, span.closed, span.continues, span.opened) == (True, True, False, True)


@pytest.mark.parametrize(
    "text",
    [
        "They don't know what the '90s were like.",
        "Rock 'n' roll never died in this town.",
        "The fans loved 'em and stayed 'til midnight.",
        "The players' union met the owners' lawyers.",
        "O'Neill and D'Souza were there.",
    ],
    ids=["contraction_and_decade", "rock_n_roll", "em_til", "plural_possessives", "names"],
)
def test_apostrophes_are_not_quotations(text: str) -> None:
    assert find_quote_spans(text) == ()


@pytest.mark.parametrize(
    "text",
    ["The sign read 'keep out of the water' in red.", "The sign read ‘keep out of the water’ in red."],
    ids=["straight", "curly"],
)
def test_single_mark_quotation(text: str) -> None:
    [span] = find_quote_spans(text)
    assert text[span.start : span.end].strip("'‘’") == "keep out of the water"
    assert span.double is False
    assert span.closed


def test_single_pair_inside_double_is_part_of_it() -> None:
    text = "\"He told me 'never again' and walked away,\" she said."
    [span] = find_quote_spans(text)
    assert (span.start, span.end) == (0, text.index(',"') + 2)
    assert span.double


def test_adjacent_quotations_stay_apart() -> None:
    assert _texts('"Yes." "No." "Maybe."') == ['"Yes."', '"No."', '"Maybe."']


def test_no_marks_no_spans() -> None:
    assert find_quote_spans("Nothing is quoted in this sentence.") == ()
    assert find_quote_spans("") == ()


class TestUnclosed:
    def test_closed_at_paragraph_end(self) -> None:
        text = 'He shouted "we will never leave this square\nThe crowd cheered.'
        [span] = find_quote_spans(text)
        assert text[span.start : span.end] == '"we will never leave this square'
        assert span.closed is False
        assert span.continues is False

    def test_stray_mark_does_not_shift_later_quotes(self) -> None:
        text = '"This one is stray. "We are ready to talk," the envoy said.'
        spans = find_quote_spans(text)
        assert [text[s.start : s.end] for s in spans] == ['"This one is stray.', '"We are ready to talk,"']
        assert [s.closed for s in spans] == [False, True]

    def test_never_longer_than_max_unclosed(self) -> None:
        body = "The river rose again and the town waited. " * 80
        text = 'The mayor said "' + body
        [span] = find_quote_spans(text)
        assert span.closed is False
        assert span.end - span.start <= MAX_UNCLOSED
        assert text[span.end - 1] == "."  # cut at a sentence end

    def test_unclosed_at_text_end(self) -> None:
        text = 'The mayor said "the river will rise again tonight'
        [span] = find_quote_spans(text)
        assert span.end == len(text)
        assert span.closed is False


class TestParagraphs:
    def test_multi_paragraph_quotation_continues(self) -> None:
        text = '"We will march every week until the law changes.\n\n"Nobody can stop us," she said.'
        first, second = find_quote_spans(text)
        assert text[first.start : first.end] == '"We will march every week until the law changes.'
        assert (first.closed, first.continues) == (False, True)
        assert text[second.start : second.end] == '"Nobody can stop us,"'
        assert (second.closed, second.continues) == (True, False)

    def test_no_continuation_when_next_paragraph_has_no_mark(self) -> None:
        text = '"We will march every week until the law changes.\n\nThe police said little.'
        [span] = find_quote_spans(text)
        assert (span.closed, span.continues) == (False, False)

    def test_paragraph_starting_inside_a_quotation(self) -> None:
        text = 'the bridge would reopen," she said. "It is safe."'
        first, second = find_quote_spans(text)
        assert text[first.start : first.end] == 'the bridge would reopen,"'
        assert first.opened is False
        assert first.closed is True
        assert second.opened is True

    def test_inch_mark_is_not_a_quotation(self) -> None:
        assert find_quote_spans('The 12" pipe burst near the station.') == ()


@pytest.mark.parametrize(
    "text",
    [
        '"A," he said. "B," she said. "C."',
        'x "a\n\n"b" c "d',
        '""""',
        "“ ” « » „ “",
        '"Stray. "Next one," he said. "Third.',
        "It's the '90s: 'rock' and \"roll\".",
    ],
    ids=["three", "paragraph_mess", "only_marks", "lonely_marks", "strays", "mixed"],
)
def test_spans_are_ordered_non_overlapping_and_start_at_a_mark(text: str) -> None:
    spans = find_quote_spans(text)
    for span in spans:
        assert 0 <= span.start < span.end <= len(text)
        if span.opened:
            assert text[span.start] in "\"“„«‟'‘`‚‹”»"
    for a, b in itertools.pairwise(spans):
        assert a.end <= b.start


def test_custom_quote_marks_come_from_the_lexicon() -> None:
    text = "The envoy said <<we will return>> and left."
    assert find_quote_spans(text) == ()
    lexicon = attrs.evolve(DEFAULT_LEXICON, double_quotes={"<<": (">>",)})
    [span] = find_quote_spans(text, lexicon=lexicon)
    assert text[span.start : span.end] == "<<we will return>>"


def test_dropping_a_mark_from_the_lexicon_ignores_it() -> None:
    text = "She said «we are ready» and left."
    lexicon = attrs.evolve(
        DEFAULT_LEXICON, double_quotes=[(o, c) for o, c in DEFAULT_LEXICON.double_quotes if o != "«"]
    )
    assert find_quote_spans(text, lexicon=lexicon) == ()


def test_quote_span_is_frozen() -> None:
    span = QuoteSpan(0, 5)
    assert (span.double, span.closed, span.continues, span.opened) == (True, True, False, True)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        span.start = 1  # type: ignore[misc]


def _longest_marks(text: str, marks: set[str]) -> list[tuple[int, int]]:
    """The marks of *text* read left to right by hand: at each place the longest that starts there."""
    found: list[tuple[int, int]] = []
    i = 0
    while i < len(text):
        here = [m for m in marks if text.startswith(m, i)]
        if here:
            j = i + max(map(len, here))
            found.append((i, j))
            i = j
        else:
            i += 1
    return found


_MARK_TEXTS = st.text(alphabet=list("'`\"«»‘’“”„‟‹›\nab ,"), max_size=40)


@settings(max_examples=300, deadline=None)
@given(text=_MARK_TEXTS, extra=st.sampled_from(["", "'''", "``'", "<<", "»»"]))
def test_the_mark_pattern_finds_the_longest_mark_at_each_place(text: str, extra: str) -> None:
    # (one alternative per first character, for the standard library's fast scan: it must read
    # the marks as an alternation of every mark, longest first, would)
    lexicon = DEFAULT_LEXICON
    if extra:
        lexicon = attrs.evolve(lexicon, double_quotes=(*lexicon.double_quotes, (extra, (extra,))))
    marks = {"\n"}
    for opening, closings in lexicon.double_quotes + lexicon.single_quotes:
        marks |= {opening, *closings}
    pattern = _mark_pattern(lexicon)
    assert [m.span() for m in pattern.finditer(text)] == _longest_marks(text, marks)


@pytest.mark.parametrize(
    "text",
    [
        "'It's rock 'n' roll at the back for us,' said the captain.",
        "‘It’s rock ’n’ roll at the back for us,’ said the captain.",
        "‘Fish ’n’ chips on the pier, every Friday,’ said the captain.",
    ],
    ids=["straight", "curly", "curly_fish"],
)
def test_elided_and_inside_a_single_quotation(text: str) -> None:
    """The second apostrophe of an elided 'n' between spaces closes no single quotation."""
    [span] = find_quote_spans(text)
    assert text[span.start : span.end].endswith((",'", ",’"))
    assert span.start == 0


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ("'We were singin' and dancin' till dawn,' she said.", "'We were singin' and dancin' till dawn,'"),
        ("‘The lads were goin’ mad for it,’ she said.", "‘The lads were goin’ mad for it,’"),
        # a scare-quoted word mid-sentence ending in -in stays a quotation
        ("The so-called 'origin' story and 'twin' plan were dropped, she said.", "'origin'"),
    ],
    ids=["dropped_g_straight", "dropped_g_curly", "scare_quoted_in_word"],
)
def test_a_dropped_g_closes_no_single_quotation(text: str, quoted: str) -> None:
    span = find_quote_spans(text)[0]
    assert text[span.start : span.end] == quoted


@pytest.mark.parametrize(
    "text",
    [
        "'The nurses' training ward has closed twice this winter,' said Ola Brandt.",
        "Ola Brandt said: 'Pupils' sewing classes meet on Fridays.'",
    ],
)
def test_plural_possessive_before_an_ing_modifier(text: str) -> None:
    """A plural possessive followed by an -ing word modifying a noun does not close the quotation."""
    start = text.index("'")
    assert [(s.start, s.end) for s in find_quote_spans(text)] == [(start, text.rindex("'") + 1)]


_QUOTED_TRANSCRIPT = (
    "The exchange went as follows:\n\n"
    '"HOLLAND: Will the mayor attend on Friday?\n\n'
    '"ORTEGA: She will not. She calls it “the circus.”\n\n'
    '"HOLLAND: The residents want answers.\n\n'
    '"ORTEGA: They will get them next week."'
)


def test_a_quoted_transcript_opens_no_quotation_at_its_turns() -> None:
    """Each turn of a transcript quoted whole opens with a mark and only the last closes: the
    turns' marks open no quotation (stage 5 reads the labels); a quotation inside a turn stands."""
    spans = find_quote_spans(_QUOTED_TRANSCRIPT)
    assert [_QUOTED_TRANSCRIPT[s.start : s.end] for s in spans] == ["“the circus.”"]
    assert quoted_turn(_QUOTED_TRANSCRIPT, _QUOTED_TRANSCRIPT.index('"HOLLAND'))


@pytest.mark.parametrize(
    "text",
    [
        # the paragraph closes its quotation before its end: a quotation that opens with a label
        'A post spread.\n\n"BREAKING: The plant shut. Nobody knows why," Ada Quist wrote.\n\n"NOTE: ok."',
        # a label with no other turn near it
        'A post spread.\n\n"BREAKING: The plant shut. Nobody knows why.\n\nAda Quist wrote it on Monday.',
    ],
    ids=["closed_in_paragraph", "no_other_turn"],
)
def test_a_label_in_capitals_alone_makes_no_transcript_turn(text: str) -> None:
    start = text.index('"BREAKING')
    assert not quoted_turn(text, start)
    assert find_quote_spans(text)[0].start == start
