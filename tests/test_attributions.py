"""Stage 5, quotex/attributions/: the ordered rule sieve -> Attribution.

One test class per rule in ``attributions.RULES``: positive cases, and cases
where the rule must not fire. The dependency-parse fallback is tested in
test_parse_path.py.
"""

from __future__ import annotations

import sys
from typing import NamedTuple

import pytest

from quotex import extract_quotes
from quotex.attributions import RULES, Attribution, attribute
from quotex.lexicon import DEFAULT_LEXICON, Lexicon
from quotex.quote_spans import find_quote_spans
from quotex.records import QuoteKind
from quotex.sentences import split_sentences
from quotex.tokens import Tokens, tokenize


def _run(text: str, lexicon: Lexicon = DEFAULT_LEXICON) -> tuple[Tokens, tuple[Attribution, ...]]:
    tokens = tokenize(text)
    spans = find_quote_spans(text, lexicon=lexicon)
    sentences = split_sentences(tokens, spans, cue_words=lexicon.verb_forms)
    return tokens, attribute(tokens, spans, sentences, lexicon=lexicon)


class Seen(NamedTuple):
    """An attribution as text: what a reader checks."""

    rule: str
    parts: tuple[str, ...]
    source: str | None
    cue: str | None
    kind: QuoteKind
    antecedent: int


def _seen(text: str) -> list[Seen]:
    tokens, atts = _run(text)
    out = []
    for a in atts:
        source = None if a.source is None else text[tokens.starts[a.source[0]] : tokens.ends[a.source[1]]]
        cue = None if a.cue is None else text[a.cue[0] : a.cue[1]]
        out.append(Seen(a.rule, tuple(text[s:e] for s, e in a.parts), source, cue, a.kind, a.antecedent))
    return out


def _one(text: str) -> Seen:
    seen = _seen(text)
    assert len(seen) == 1, seen
    return seen[0]


def _rules(text: str) -> list[str]:
    return [s.rule for s in _seen(text)]


def _class_name(rule: str) -> str:
    return "Test" + "".join(part.title() for part in rule.split("_"))


def test_every_rule_has_a_test_class() -> None:
    module = sys.modules[__name__]
    missing = [rule for rule in RULES if not isinstance(getattr(module, _class_name(rule), None), type)]
    assert missing == []


def test_rules_are_unique_names() -> None:
    assert len(set(RULES)) == len(RULES)
    assert RULES[-1] == "unattributed"


INVARIANT_TEXTS = {
    "mixed_article": (
        'Helena Marsh said on Tuesday that the depot would close. "It is a sad day," she said. '
        '"We had no choice."\n\n"The workers will be paid," according to the union. '
        "Costs doubled, officials said, and nobody knew why."
    ),
    "multi_paragraph": '"One.\n\n"Two three four five six," she said.\n\nShe left.',
    "no_quotes": "The ferry left at dawn and reached the island by noon.",
}


@pytest.mark.parametrize("text", INVARIANT_TEXTS.values(), ids=INVARIANT_TEXTS.keys())
def test_attribution_invariants(text: str) -> None:
    tokens, atts = _run(text)
    assert [a.parts[0][0] for a in atts] == sorted(a.parts[0][0] for a in atts)
    for n, a in enumerate(atts):
        assert a.rule in RULES
        assert a.parts
        for s, e in a.parts:
            assert 0 <= s < e <= len(text)
        if a.source is not None:
            assert 0 <= a.source[0] <= a.source[1] < len(tokens)
        if a.cue is not None:
            assert 0 <= a.cue[0] < a.cue[1] <= len(text)
        assert a.antecedent < n
        if a.rule == "unattributed":
            assert (a.source, a.cue) == (None, None)


class TestAccordingTo:
    @pytest.mark.parametrize(
        ("text", "content", "source", "cue", "kind"),
        [
            (
                "According to the port authority, cargo volumes fell by a third last year.",
                "cargo volumes fell by a third last year",
                "the port authority",
                "According to",
                QuoteKind.INDIRECT,
            ),
            (
                "Cargo volumes fell by a third last year, according to the port authority.",
                "Cargo volumes fell by a third last year",
                "the port authority",
                "according to",
                QuoteKind.INDIRECT,
            ),
            (
                '"Cargo volumes fell by a third," according to the harbour master.',
                '"Cargo volumes fell by a third,"',
                "the harbour master",
                "according to",
                QuoteKind.DIRECT,
            ),
        ],
        ids=["source_first", "source_last", "quotation"],
    )
    def test_fires(self, text: str, content: str, source: str, cue: str, kind: QuoteKind) -> None:
        assert _one(text)[:5] == ("according_to", (content,), source, cue, kind)

    @pytest.mark.parametrize(
        "text",
        ["Everything went according to plan.", "The ferry ran according to the timetable."],
        ids=["according_to_plan", "no_content_clause"],
    )
    def test_does_not_fire_without_a_reported_clause(self, text: str) -> None:
        assert _seen(text) == []

    def test_source_noun_that_is_also_a_verb_form(self) -> None:
        seen = _one('"Cargo volumes fell by a third," according to a port authority report.')
        assert seen.source == "a port authority report"

    def test_parenthetical_keeps_both_halves(self) -> None:
        seen = _one("The plan, according to Becker, would cost billions.")
        assert seen.parts == ("The plan", "would cost billions")

    @pytest.mark.parametrize(
        ("text", "content", "source"),
        [
            (
                "Ines Marrow, an economist at Tayside University, said ferry traffic made up a third"
                " of the crossings, according to the authority's own counts.",
                "ferry traffic made up a third of the crossings",
                "Ines Marrow",
            ),
            (
                "She told staff the depot had lost $2 million, according to figures compiled by her office.",
                "the depot had lost $2 million",
                "She",
            ),
        ],
        ids=["named_report", "figures_with_participle"],
    )
    def test_named_report_keeps_its_content(self, text: str, content: str, source: str) -> None:
        # a named person's report with a verb of speech keeps C; 'according to' counted evidence
        # after it names where the figures come from, and its participle is no content of its own
        seen = _one(text)
        assert (seen.rule, seen.parts, seen.source) == ("cue_before_content", (content,), source)

    def test_trailing_source_still_outranks_a_stance_or_nominal_report(self) -> None:
        seen = _one("The harbour board could embrace the plan, according to two officials.")
        assert (seen.rule, seen.source) == ("according_to", "two officials")
        seen = _one("The officials said the depot would close, according to the minutes.")
        assert (seen.rule, seen.source) == ("according_to", "the minutes")
        seen = _one("Ines Marrow said the depot would close, according to two people who attended.")
        assert (seen.rule, seen.source) == ("according_to", "two people")  # a record of the saying


class TestCueAfterContent:
    @pytest.mark.parametrize(
        ("text", "parts", "source", "cue", "kind"),
        [
            (
                "The tunnel will be finished by 2030, Becker said.",
                ("The tunnel will be finished by 2030",),
                "Becker",
                "said",
                QuoteKind.INDIRECT,
            ),
            (
                '"The tunnel will be finished by 2030," said Karl Becker, the project director.',
                ('"The tunnel will be finished by 2030,"',),
                "Karl Becker, the project director",
                "said",
                QuoteKind.DIRECT,
            ),
            (
                '"The tunnel will be finished by 2030," Becker told reporters on Saturday.',
                ('"The tunnel will be finished by 2030,"',),
                "Becker",
                "told",
                QuoteKind.DIRECT,
            ),
            (
                "The new tunnel under the river, Becker said, would cost billions.",
                ("The new tunnel under the river", "would cost billions"),
                "Becker",
                "said",
                QuoteKind.INDIRECT,
            ),
            (
                '"The tunnel will be finished by 2030," Becker said on Tuesday, "and nobody will remember."',
                ('"The tunnel will be finished by 2030,"', '"and nobody will remember."'),
                "Becker",
                "said",
                QuoteKind.DIRECT,
            ),
            (
                '"The tunnel will be finished by 2030," Becker said, pointing at the map.',
                ('"The tunnel will be finished by 2030,"',),
                "Becker",
                "said",
                QuoteKind.DIRECT,
            ),
        ],
        ids=[
            "indirect",
            "inverted_with_apposition",
            "tell_with_object",
            "parenthetical",
            "split",
            "participle_tail",
        ],
    )
    def test_fires(self, text: str, parts: tuple[str, ...], source: str, cue: str, kind: QuoteKind) -> None:
        assert _one(text)[:5] == ("cue_after_content", parts, source, cue, kind)

    def test_intro_phrase_is_not_content(self) -> None:
        seen = _one("On Saturday, Becker said the tunnel would be finished by 2030.")
        assert seen.rule == "cue_before_content"
        assert seen.parts == ("the tunnel would be finished by 2030",)

    def test_a_reported_clause_after_the_cue_wins(self) -> None:
        seen = _one("The tunnel will be finished by 2030, Becker told reporters that the costs had doubled.")
        assert seen.rule == "cue_before_content"
        assert seen.parts == ("that the costs had doubled",)

    def test_inverted_cue_role_then_name(self) -> None:
        seen = _one('"It took a year," said Lena Roth\'s deputy, Ola Berg.')
        assert seen.source == "Lena Roth's deputy, Ola Berg"

    def test_short_subject_before_parenthetical_cue(self) -> None:
        seen = _one("The plan, Becker said, would cost billions.")
        assert (seen.rule, seen.source) == ("cue_after_content", "Becker")

    def test_time_phrase_with_that_after_the_cue(self) -> None:
        seen = _one(
            '"The tunnel will be finished by 2030," Becker said that night, "and nobody will remember."'
        )
        assert seen.rule == "cue_after_content"
        assert seen.parts == ('"The tunnel will be finished by 2030,"', '"and nobody will remember."')


class TestCueBeforeContent:
    @pytest.mark.parametrize(
        ("text", "content", "source", "cue", "kind"),
        [
            (
                "Becker said on Saturday that the tunnel would be finished by 2030.",
                "that the tunnel would be finished by 2030",
                "Becker",
                "said",
                QuoteKind.INDIRECT,
            ),
            (
                'Becker told reporters: "The tunnel will be finished by 2030."',
                '"The tunnel will be finished by 2030."',
                "Becker",
                "told",
                QuoteKind.DIRECT,
            ),
            (
                'Said Becker: "The tunnel will be finished by 2030."',
                '"The tunnel will be finished by 2030."',
                "Becker",
                "Said",
                QuoteKind.DIRECT,
            ),
            (
                'Becker called the tunnel "a triumph of stubbornness."',
                'the tunnel "a triumph of stubbornness."',
                "Becker",
                "called",
                QuoteKind.MIXED,
            ),
            (
                "Becker believes the tunnel will be finished by 2030.",
                "the tunnel will be finished by 2030",
                "Becker",
                "believes",
                QuoteKind.INDIRECT,
            ),
            (
                'Veteran pollster Ines Alvarez: "Turnout will break records this year."',
                '"Turnout will break records this year."',
                "Veteran pollster Ines Alvarez",
                ":",
                QuoteKind.DIRECT,
            ),
        ],
        ids=[
            "that_clause",
            "tell_colon_quote",
            "inverted_said",
            "naming_verb_quote",
            "cognition",
            "colon_credit",
        ],
    )
    def test_fires(self, text: str, content: str, source: str, cue: str, kind: QuoteKind) -> None:
        assert _one(text)[:5] == ("cue_before_content", (content,), source, cue, kind)

    def test_relative_clause_content_ends_at_the_comma(self) -> None:
        seen = _one("Lena Roth, who told voters that the tunnel will be finished by 2030, is running again.")
        assert seen.rule == "cue_before_content"
        assert seen.parts == ("that the tunnel will be finished by 2030",)
        assert seen.source is not None
        assert seen.source.startswith("Lena Roth")

    def test_question_put_to_someone_has_no_source(self) -> None:
        seen = _one("Asked whether the tunnel would be finished by 2030, Becker shrugged.")
        assert (seen.rule, seen.source, seen.cue) == ("cue_before_content", None, "Asked")

    @pytest.mark.parametrize(
        ("text", "content", "source", "cue"),
        [
            (
                "Becker mentioned the flooding of the northern tunnel twice.",
                "the flooding of the northern tunnel twice",
                "Becker",
                "mentioned",
            ),
            (
                "Becker vowed to reopen the tunnel, which flooded in May.",
                "to reopen the tunnel",
                "Becker",
                "vowed",
            ),
            (
                "Becker pointed out that the tunnel had flooded twice.",
                "that the tunnel had flooded twice",
                "Becker",
                "pointed",
            ),
            (
                "Becker hoped engineers would find the leak before winter.",
                "engineers would find the leak before winter",
                "Becker",
                "hoped",
            ),
        ],
        ids=["object_of_mention", "infinitive_before_relative_clause", "point_out", "cognition_bare_clause"],
    )
    def test_plain_objects_and_particles(self, text: str, content: str, source: str, cue: str) -> None:
        assert _one(text)[:4] == ("cue_before_content", (content,), source, cue)

    @pytest.mark.parametrize(
        ("text", "source"),
        [
            (
                "A 2019 study that appeared in a transport journal found that tunnels age faster.",
                "A 2019 study that appeared in a transport journal",
            ),
            (
                "Other unions, including the dockers and the drivers, have also warned that pay is too low.",
                "Other unions",
            ),
            ("And a third, Daniel Orta, said that the pumps had failed.", "Daniel Orta"),
            ("Some say the pumps had failed long before the storm.", "Some"),
            ("By a wide margin, those surveyed say the tunnel should close.", "those surveyed"),
            ("Two summers ago three-fourths said the tunnel should close.", "three-fourths"),
        ],
        ids=[
            "relative_clause_in_subject",
            "including_parenthetical",
            "appositive_name",
            "some",
            "surveyed",
            "fraction",
        ],
    )
    def test_long_and_quantified_subjects(self, text: str, source: str) -> None:
        assert _one(text).source == source

    @pytest.mark.parametrize(
        ("text", "content", "source"),
        [
            ('"We will reopen," Becker said when asked about the tunnel.', "about the tunnel", None),
            (
                "Asked at a briefing on Monday why the pumps failed, Becker shrugged.",
                "why the pumps failed",
                None,
            ),
            (
                "Asked by Ada Lind whether the pumps failed, Becker nodded.",
                "whether the pumps failed",
                "Ada Lind",
            ),
        ],
        ids=["when_asked", "modifiers_before_question", "asker_named"],
    )
    def test_questions_put_to_someone(self, text: str, content: str, source: str | None) -> None:
        seen = [s for s in _seen(text) if s.cue is not None and s.cue.lower() == "asked"]
        assert [(s.parts, s.source) for s in seen] == [((content,), source)]

    def test_trailing_attribution_outranks_a_stance_verb_inside(self) -> None:
        seen = _one("The council could embrace the tunnel plan next year, Becker told the Gazette.")
        assert (seen.rule, seen.source, seen.cue) == ("cue_after_content", "Becker", "told")

    @pytest.mark.parametrize(
        ("text", "content"),
        [
            (
                "Becker said the pumps had failed -- a claim the city disputes.",
                "the pumps had failed",
            ),
            (
                "Becker said the pumps had failed, but the city has not replied.",
                "the pumps had failed",
            ),
            (
                "Becker said the pumps had failed so Mayor Lind could not drain the tunnel.",
                "the pumps had failed",
            ),
        ],
        ids=["dash", "but", "so"],
    )
    def test_the_reported_clause_ends(self, text: str, content: str) -> None:
        assert _one(text).parts == (content,)

    @pytest.mark.parametrize(
        ("text", "content"),
        [
            (
                "Becker said the pumps had failed, with one exception in the north.",
                "the pumps had failed, with one exception in the north",
            ),
            (
                "Becker said the pumps had failed, because the power was cut.",
                "the pumps had failed, because the power was cut",
            ),
            (
                "Becker said the pumps had failed, including the new ones.",
                "the pumps had failed, including the new ones",
            ),
        ],
        ids=["with", "because", "including"],
    )
    def test_a_final_phrase_or_clause_is_reported_too(self, text: str, content: str) -> None:
        # late closure: a final adjunct attaches to the nearest clause, the reported one
        assert _one(text).parts == (content,)

    @pytest.mark.parametrize(
        "text",
        [
            "Becker called the meeting to order.",
            "Becker read the report aloud to the committee.",
            "The tunnel was announced in 2019 and approved a year later.",
            "Becker read about the flooding in The Washington Post on Friday.",
            "The engineers fled the tunnel and headed back to the depot.",
            "Congress has three ways to seek a new budget for the tunnel.",
        ],
        ids=[
            "naming_verb_without_quotation",
            "read_with_plain_object",
            "passive",
            "capitalised_cue_in_a_name",
            "particle_back",
            "infinitive_after_noun",
        ],
    )
    def test_does_not_fire(self, text: str) -> None:
        assert _seen(text) == []

    @pytest.mark.parametrize(
        ("text", "not_a_source"),
        [
            ("In one tweet Friday, Becker said the tunnel would reopen.", "In one"),
            (
                "Along with the dispute over the pumps, the council rejected a request for a tunnel.",
                "Along with the",
            ),
        ],
        ids=["noun_after_number", "object_of_preposition"],
    )
    def test_no_subject_from_a_noun_or_a_prepositional_object(self, text: str, not_a_source: str) -> None:
        sources = [s.source for s in _seen(text)]
        assert sources
        assert not_a_source not in sources

    @pytest.mark.parametrize(
        ("text", "source"),
        [
            ("A man in the back row asked whether the ferry would sail.", "A man in the back row"),
            ("A nurse at the echo chamber said the ward was full.", "A nurse at the echo chamber"),
            ("A driver near the back door told reporters the road was shut.", "A driver near the back door"),
        ],
        ids=["back_row", "echo_chamber", "back_door"],
    )
    def test_verb_form_after_an_article_modifies_a_noun(self, text: str, source: str) -> None:
        # 'back', 'echo' are verb forms, but after an article and before a noun they modify it
        assert _one(text).source == source


class TestStance:
    @pytest.mark.parametrize(
        ("text", "content", "cue"),
        [
            (
                "Becker rejected the proposal from the city council.",
                "the proposal from the city council",
                "rejected",
            ),
            ("Becker declined to comment on the tunnel.", "to comment on the tunnel", "declined"),
        ],
        ids=["object", "infinitive"],
    )
    def test_fires(self, text: str, content: str, cue: str) -> None:
        assert _one(text)[:5] == ("stance", (content,), "Becker", cue, QuoteKind.INDIRECT)

    def test_speech_verb_is_not_stance(self) -> None:
        assert _rules("Becker said the tunnel would be finished by 2030.") == ["cue_before_content"]

    @pytest.mark.parametrize(
        "text",
        [
            "The proposal was rejected by the council.",
            "Becker was at the forefront of questioning the budget.",
        ],
        ids=["passive", "gerund_after_preposition"],
    )
    def test_does_not_fire(self, text: str) -> None:
        assert _seen(text) == []


class TestParticipial:
    def test_saying_after_the_main_clause(self) -> None:
        text = "Becker urged lawmakers to approve the budget, saying the tunnel would be finished by 2030."
        assert _rules(text)[-1] == "participial"
        seen = _seen(text)[-1]
        assert seen[1:4] == (("the tunnel would be finished by 2030",), "Becker", "saying")

    def test_adding_after_a_quotation_takes_its_source(self) -> None:
        seen = _seen('"The harvest was the worst in decades," Ferreira said, adding that help had not come.')
        assert [s.rule for s in seen] == ["cue_after_content", "participial"]
        assert seen[1][1:4] == (("that help had not come",), "Ferreira", "adding")

    def test_does_not_fire(self) -> None:
        assert "participial" not in _rules("Becker was at the forefront of questioning the budget.")

    @pytest.mark.parametrize("subject", ["Becker", "The ministry"])
    def test_parenthetical_participle_ends_at_its_comma_and_leaves_the_main_cue(self, subject: str) -> None:
        seen = _seen(f"{subject}, citing data from the ministry, said the tunnel would be finished by 2030.")
        assert [s[:4] for s in seen] == [
            ("participial", ("data from the ministry",), subject, "citing"),
            ("cue_before_content", ("the tunnel would be finished by 2030",), subject, "said"),
        ]


class TestCueNoun:
    @pytest.mark.parametrize(
        ("text", "source", "cue"),
        [
            (
                "Voters remembered Becker's pledge that the tunnel would be finished by 2030.",
                "Becker",
                "pledge",
            ),
            ("Voters remembered her pledge that the tunnel would be finished by 2030.", "her", "pledge"),
            ("Voters remembered his claim that the tunnel would be finished by 2030.", "his", "claim"),
        ],
        ids=["possessive_name", "possessive_pronoun", "noun_that_is_also_a_verb"],
    )
    def test_fires(self, text: str, source: str, cue: str) -> None:
        seen = _seen(text)[-1]
        assert seen[:5] == (
            "cue_noun",
            ("that the tunnel would be finished by 2030",),
            source,
            cue,
            QuoteKind.INDIRECT,
        )

    @pytest.mark.parametrize(
        "text",
        ["The claim was rejected by the council.", "A statement that nobody read was published on Friday."],
        ids=["no_that_clause", "no_possessor"],
    )
    def test_does_not_fire(self, text: str) -> None:
        assert "cue_noun" not in _rules(text)

    def test_content_stops_before_the_main_verb(self) -> None:
        # a cue noun in subject position: its clause ends before the main verb (noun_subject)
        seen = _one("The senator's assertion that the deficit had shrunk drew laughter.")
        assert seen.parts == ("that the deficit had shrunk",)


class TestDashCredit:
    @pytest.mark.parametrize(
        ("text", "dash"),
        [
            ('"Every map is a lie told kindly." ― Ines Alvarez', "―"),
            ('"Every map is a lie told kindly." — Ines Alvarez', "—"),
            ('"Every map is a lie told kindly." — Ines Alvarez, in her memoir.', "—"),
        ],
        ids=["horizontal_bar", "em_dash", "trailing_phrase_after_comma"],
    )
    def test_fires(self, text: str, dash: str) -> None:
        assert _one(text)[:5] == (
            "dash_credit",
            ('"Every map is a lie told kindly."',),
            "Ines Alvarez",
            dash,
            QuoteKind.DIRECT,
        )

    def test_dash_glued_to_the_closing_mark(self) -> None:
        seen = _one("“Every map is a lie told kindly.”― Ines Alvarez")
        assert (seen.rule, seen.source) == ("dash_credit", "Ines Alvarez")
        assert seen.parts == ("“Every map is a lie told kindly.”",)

    def test_glued_dash_cue_is_the_dash_alone(self) -> None:
        assert _one("“Every map is a lie told kindly.”― Ines Alvarez").cue == "―"

    @pytest.mark.parametrize(
        "text",
        [
            '"Every map is a lie told kindly." — and then nobody spoke.',
            '"Every map is a lie told kindly." Ines Alvarez',
        ],
        ids=["no_name_after_dash", "no_dash"],
    )
    def test_does_not_fire(self, text: str) -> None:
        assert "dash_credit" not in _rules(text)

    @pytest.mark.parametrize(
        ("credit", "source", "cue"),
        [
            ("Those were the words of Ines Alvarez, a cartographer, on Monday.", "Ines Alvarez", "words of"),
            ("So says Ines Alvarez.", "Ines Alvarez", "says"),
            ("The remark came from Ines Alvarez, a cartographer.", "Ines Alvarez", "came from"),
            ("That is how Ines Alvarez sees it.", "Ines Alvarez", "sees it"),
            ("Ines Alvarez made the point at a lecture.", "Ines Alvarez", "made the point"),
        ],
        ids=["words_of", "so_says", "came_from", "how_sees_it", "made_the_point"],
    )
    def test_credit_in_the_next_sentence(self, credit: str, source: str, cue: str) -> None:
        seen = _seen(f'"Every map is a lie told kindly." {credit}')[0]
        assert (seen.rule, seen.cue) == ("dash_credit", cue)
        assert seen.source is not None and seen.source.startswith(source)  # (maybe with its apposition)

    @pytest.mark.parametrize(
        "after",
        ["Ines Alvarez made the trip on Monday.", "The remark drew laughter from Ines Alvarez."],
        ids=["no_credit_noun", "no_credit_frame"],
    )
    def test_next_sentence_without_a_credit(self, after: str) -> None:
        seen = _seen(f'The bell rang.\n\n"Every map is a lie told kindly." {after}')[0]
        assert (seen.rule, seen.source) == ("unattributed", None)

    def test_quotation_with_narrative_before_it_is_not_credited(self) -> None:
        seen = _seen('Then she said "every map is a lie told kindly." So says Ines Alvarez.')
        assert all(s.source != "Ines Alvarez" or s.rule != "dash_credit" for s in seen)


class TestVerblessCredit:
    @pytest.mark.parametrize(
        ("text", "cue"),
        [
            ('"Every map is a lie told kindly," Ines Alvarez, smiling.', None),
            (
                '"Every map is a lie told kindly," Ines Alvarez, a cartographer at Nordkart, with a grin.',
                None,
            ),
            ('"Every map is a lie told kindly," from Ines Alvarez, a cartographer at Nordkart.', "from"),
        ],
        ids=["participle", "apposition_then_with", "from_and_name"],
    )
    def test_fires(self, text: str, cue: str | None) -> None:
        seen = _one(text)
        assert (seen.rule, seen.parts, seen.source, seen.cue, seen.kind) == (
            "verbless_credit",
            ('"Every map is a lie told kindly,"',),
            "Ines Alvarez",
            cue,
            QuoteKind.DIRECT,
        )

    @pytest.mark.parametrize(
        "text",
        [
            '"Every map is a lie told kindly," Ines Alvarez.',
            '"Every map is a lie told kindly," Ines Alvarez, and the room went quiet.',
            '"Every map is a lie told kindly." Ines Alvarez, smiling.',
        ],
        ids=["name_alone_needs_from", "clause_after_the_name", "full_stop_ends_the_quotation"],
    )
    def test_does_not_fire(self, text: str) -> None:
        assert "verbless_credit" not in _rules(text)


class TestNarrativeBeat:
    def test_beat_before_gives_its_subject(self) -> None:
        seen = _one('Ilse Varga set down the rope and looked at the harbour. "We sail on Monday."')
        assert (seen.rule, seen.source, seen.cue) == ("narrative_beat", "Ilse Varga", "set")

    def test_beat_of_another_person_ends_the_split_quotation(self) -> None:
        text = (
            '"The ferry is finished," Ilse Varga said. Her deckhand, Tomasz Wrona, shook his head. '
            '"We sail on Monday."'
        )
        first, second = _seen(text)
        assert first.parts == ('"The ferry is finished,"',) and first.source == "Ilse Varga"
        assert (second.rule, second.parts, second.source) == (
            "narrative_beat",
            ('"We sail on Monday."',),
            "Tomasz Wrona",
        )

    def test_beat_between_two_quotations_credits_both(self) -> None:
        text = '"We lost the catch." Ilse Varga was not convinced. "We sail on Monday."'
        assert [(s.rule, s.source) for s in _seen(text)] == [("narrative_beat", "Ilse Varga")] * 2

    @pytest.mark.parametrize(
        "before",
        [
            "The storm hit Ilse Varga's boat.",
            "Ilse Varga and Tomasz Wrona packed the nets.",
            "The crew shook their heads.",
            "Ilse Varga listened as Tomasz Wrona explained the plan.",
        ],
        ids=["thing", "pair", "group", "report"],
    )
    def test_no_beat(self, before: str) -> None:
        assert "narrative_beat" not in _rules(f'{before} "We sail on Monday."')

    def test_an_order_does_not_run_into_the_quotation(self) -> None:
        quotes = extract_quotes('Ilse Varga told the crew to wait. "We sail on Monday."')
        assert [(q.text, q.speaker.name if q.speaker else None) for q in quotes][-1] == (
            '"We sail on Monday."',
            "Ilse Varga",
        )


class TestSplitQuote:
    def test_quote_after_narrative_continues_the_speaker(self) -> None:
        text = (
            '"The harvest was the worst in decades," said Tomas Ferreira. The valley has had no rain '
            'since March, and the wells are dry: farmers are selling cattle. "We lost nearly everything."'
        )
        first, second = _seen(text)
        assert first.rule == "cue_after_content"
        assert second[:6] == (
            "split_quote",
            ('"We lost nearly everything."',),
            "Tomas Ferreira",
            None,
            QuoteKind.DIRECT,
            0,
        )

    def test_quote_after_a_reported_clause_of_the_paragraph(self) -> None:
        text = 'The pumps failed twice in May, Becker said. "Nobody listened to the engineers."'
        [q] = extract_quotes(text)
        assert q.rule == "cue_after_content" and q.kind is QuoteKind.MIXED
        parts = ["The pumps failed twice in May", '"Nobody listened to the engineers."']
        assert [p.text for p in q.parts] == parts

    def test_quote_after_an_adding_clause(self) -> None:
        text = (
            '"The harvest was the worst in decades," Ferreira said, adding that help had not come. '
            '"We lost nearly everything."'
        )
        assert _rules(text) == ["cue_after_content", "participial"]
        adding = extract_quotes(text)[1]
        assert [p.text for p in adding.parts] == ["that help had not come", '"We lost nearly everything."']

    def test_quote_after_a_report_and_narrative_is_its_own(self) -> None:
        text = 'The pumps failed twice in May, Becker said. The hall fell silent. "Nobody listened to us."'
        assert _rules(text) == ["cue_after_content", "split_quote"]

    @pytest.mark.parametrize(
        "text",
        [
            '"The tunnel will be finished by 2030," said Karl Becker. "We will not stop."',
            'The mayor paused. "We will rebuild," she said. "Every house, every school."',
        ],
        ids=["inverted", "pronoun"],
    )
    def test_only_the_attribution_between_joins_the_parts(self, text: str) -> None:
        [seen] = _seen(text)
        assert seen.rule == "cue_after_content"
        assert len(seen.parts) == 2

    def test_not_across_a_paragraph_break(self) -> None:
        text = '"The harvest was the worst in decades," said Tomas Ferreira.\n\n"We lost nearly everything."'
        assert _rules(text) == ["cue_after_content", "paragraph_carryover"]

    def test_not_when_the_quote_has_its_own_cue(self) -> None:
        text = (
            '"The harvest was the worst in decades," said Ferreira. Rain fell. '
            '"Seed costs doubled," a neighbour added.'
        )
        seen = _seen(text)
        assert [s.rule for s in seen] == ["cue_after_content", "cue_after_content"]
        assert seen[1].source == "a neighbour"


class TestParagraphCarryover:
    def test_previous_paragraphs_speaker(self) -> None:
        text = (
            '"The harvest was the worst in decades," said Tomas Ferreira.\n\n'
            '"Prices for seed have doubled since spring, and nobody is helping us."'
        )
        first, second = _seen(text)
        assert first.rule == "cue_after_content"
        assert second[:6] == (
            "paragraph_carryover",
            ('"Prices for seed have doubled since spring, and nobody is helping us."',),
            "Tomas Ferreira",
            None,
            QuoteKind.DIRECT,
            0,
        )

    def test_paragraph_ending_in_said_colon(self) -> None:
        seen = _one('Ferreira told the crowd:\n\n"We lost nearly everything in the valley this year."')
        assert seen[:6] == (
            "paragraph_carryover",
            ('"We lost nearly everything in the valley this year."',),
            "Ferreira",
            "told",
            QuoteKind.DIRECT,
            -1,
        )

    def test_quotation_over_several_paragraphs_is_one_attribution(self) -> None:
        text = (
            '"We will march every week until the law changes," said Ferreira.\n\n'
            '"We will march in the rain and in the snow.\n\n"Nobody can stop us."'
        )
        first, second = _seen(text)
        assert first.parts == ('"We will march every week until the law changes,"',)
        assert second.rule == "paragraph_carryover"
        assert second.parts == ('"We will march in the rain and in the snow.', '"Nobody can stop us."')
        assert second.source == "Ferreira"

    def test_not_after_a_paragraph_without_quotations(self) -> None:
        text = (
            '"The harvest was the worst in decades," said Tomas Ferreira.\n\n'
            "The ministry did not respond.\n\n"
            '"Prices for seed have doubled since spring, and nobody is helping us."'
        )
        assert _rules(text) == ["cue_after_content", "unattributed"]

    def test_not_when_the_paragraph_has_its_own_attribution(self) -> None:
        text = (
            '"The harvest was the worst in decades," said Tomas Ferreira.\n\n'
            '"Prices for seed have doubled since spring," a neighbour added.'
        )
        assert _rules(text) == ["cue_after_content", "cue_after_content"]


class TestExpected:
    @pytest.mark.parametrize(
        ("text", "parts", "cue"),
        [
            (
                "The harbour board is expected to approve the new fares on Monday.",
                ("The harbour board", "to approve the new fares on Monday"),
                "is expected",
            ),
            (
                "Both ferries are widely expected to stay in port.",
                ("Both ferries", "to stay in port"),
                "are widely expected",
            ),
            (
                "The skipper is said to have ignored two warnings.",
                ("The skipper", "to have ignored two warnings"),
                "is said",
            ),
            ("It is expected to rain all week.", ("to rain all week",), "is expected"),
        ],
    )
    def test_no_source_subject_and_infinitive(self, text: str, parts: tuple[str, ...], cue: str) -> None:
        seen = _one(text)
        assert seen.rule == "expected"
        assert seen[1:4] == (parts, None, cue)

    @pytest.mark.parametrize(
        "text",
        [
            "The skipper was told to turn back.",  # a passive order, not a view
            "The new fares are expected by the end of May.",  # no infinitive
            "The board is expected.",
        ],
    )
    def test_other_passives_are_not_reports(self, text: str) -> None:
        assert "expected" not in _rules(text)

    def test_active_expect_has_a_source(self) -> None:
        seen = _one("Analysts expect the board to approve the new fares.")
        assert seen.rule == "cue_before_content"
        assert seen.source == "Analysts"


class TestQuotedFragment:
    @pytest.mark.parametrize(
        ("text", "content", "source", "cue"),
        [
            (
                'Becker openly admires the harbour master as "a stubborn and honest man."',
                'the harbour master as "a stubborn and honest man."',
                "Becker",
                "admires",
            ),
            (
                'Senator Ada Lind has gone after the council as "a club of gravediggers and their friends."',
                'the council as "a club of gravediggers and their friends."',
                "Senator Ada Lind",
                "gone after",
            ),
        ],
        ids=["verb_outside_the_lexicon", "verb_with_particle"],
    )
    def test_fires(self, text: str, content: str, source: str, cue: str) -> None:
        seen = [s for s in _seen(text) if s.rule == "quoted_fragment"]
        assert [s[1:5] for s in seen] == [((content,), source, cue, QuoteKind.MIXED)]

    def test_a_cue_in_the_sentence_comes_first(self) -> None:
        seen = _one('Becker admires the harbour master as "a stubborn and honest man," colleagues say.')
        assert (seen.rule, seen.source, seen.cue) == ("cue_after_content", "colleagues", "say")

    @pytest.mark.parametrize(
        "text",
        [
            'Investors piled into "safe" assets such as gold.',
            'The two ports sealed their "no limits" partnership in 2019.',
            'The so-called "harbour dividend" never arrived in the town.',
            'The plan was a "deeply flawed and rushed process" at best.',
            'The mines would be placed in a separate "liquidating trust for the old pits."',
        ],
        ids=["one_word_scare_quote", "label_before_a_noun", "so_called", "subject_is_no_person", "passive"],
    )
    def test_does_not_fire(self, text: str) -> None:
        assert "quoted_fragment" not in _rules(text)


class TestColonIntroduction:
    QUOTE = '"We will not pay for a bridge that nobody in this town asked for."'

    @pytest.mark.parametrize(
        ("intro", "source"),
        [
            (
                "When the mayor suggested a toll, Councillor Ida Strand fired back forcefully:",
                "Councillor Ida Strand",
            ),
            ("Asked whether the board should resign, Ida Strand shot back:", "Ida Strand"),
            ("Stated Ida Strand:", "Ida Strand"),
            ("In other words, explained harbour master Ida Strand:", "harbour master Ida Strand"),
            ("Ida Strand said at a news conference, and then predicted:", "Ida Strand"),
            ("The Harbour Gazette confirmed that account, reporting:", "The Harbour Gazette"),
            ("She told the crowd, to loud applause:", "She"),
            ("More from Ida Strand:", "Ida Strand"),
            ("As the Gazette reported, even on Friday the board was silent about it:", "the Gazette"),
        ],
        ids=[
            "fronted_clause",
            "asked_whether",
            "inverted",
            "inverted_after_adverbial",
            "and_then",
            "participle",
            "told_with_modifier",
            "more_from",
            "as_credit",
        ],
    )
    def test_the_paragraph_a_colon_closes(self, intro: str, source: str) -> None:
        seen = _seen(f"The council met on Monday. {intro}\n\n{self.QUOTE}")[-1]
        assert seen[:5] == ("colon_introduction", (self.QUOTE,), source, ":", QuoteKind.DIRECT)

    @pytest.mark.parametrize(
        ("intro", "rule", "source"),
        [
            # (the inline colon after a clause whose subject follows a fronted phrase is the
            # earlier colon step's, now that the fronted phrase is skipped)
            ("But back in the town hall, she returned to her familiar lines:", "cue_before_content", "she"),
            ("From the audit:", "colon_introduction", "the audit"),
        ],
        ids=["fronted_phrase", "from_document"],
    )
    def test_inline(self, intro: str, rule: str, source: str) -> None:
        seen = _seen(f"The council met on Monday. {intro} {self.QUOTE}")[-1]
        assert seen.rule == rule
        assert seen.parts == (self.QUOTE,)
        assert seen[2] == source

    @pytest.mark.parametrize(
        "text",
        [
            'NOW OPEN—"A gallery comes to the harbour," by Gazette\'s Ida Strand: ' + QUOTE,
            "The tide tables were printed on Monday:\n\n" + QUOTE,
            "The council met on Monday:\n\nThe vote was close.\n\n" + QUOTE,
        ],
        ids=["headline_with_a_quotation", "no_speaker", "not_the_paragraph_before"],
    )
    def test_no_speaker(self, text: str) -> None:
        assert [s.source for s in _seen(text) if s.parts[-1] == self.QUOTE] == [None]


class TestCommaIntroduction:
    QUOTE = '"We will not pay for a bridge that nobody in this town asked for."'

    @pytest.mark.parametrize(
        ("intro", "source", "cue"),
        [
            ("As the harbour columnist Ida Strand had written a few years earlier,", "Ida Strand", "written"),
            ("Ida Strand joked about the pier, but went on to say,", "Ida Strand", "say"),
            # (the participle clause is inside the subject: a reduced relative clause)
            (
                "Another council source speaking to the Gazette said,",
                "Another council source speaking to the Gazette",
                "said",
            ),
            ("Ida Strand issued a statement,", "Ida Strand", "issued"),
            ("Ida Strand was quick to add,", "Ida Strand", "add"),
            # (a passive that governs the infinitive: its subject says it; 'was asked' below is no
            # such passive: somebody else asks)
            ("The mayor was so calm that Ida Strand was prompted to say,", "Ida Strand", "say"),
        ],
        ids=[
            "as_clause",
            "went_on_to_say",
            "participle_in_subject",
            "issued_statement",
            "quick_to_add",
            "prompted_to_say",
        ],
    )
    def test_the_verb_of_the_clause_before_the_comma(self, intro: str, source: str, cue: str) -> None:
        seen = _seen(f"The council met on Monday. {intro} {self.QUOTE}")[-1]
        assert seen.parts == (self.QUOTE,)
        assert (seen.rule, seen.cue, seen.kind) == ("cue_before_content", cue, QuoteKind.DIRECT)
        assert seen.source is not None
        assert seen.source.endswith(source)

    @pytest.mark.parametrize(
        "intro",
        [
            "Ida Strand was asked,",
            "After the vote on the ferry,",
        ],
        ids=["passive", "no_speech_verb"],
    )
    def test_no_source(self, intro: str) -> None:
        seen = _seen(f"The council met on Monday. {intro} {self.QUOTE}")[-1]
        assert seen.parts == (self.QUOTE,)
        assert seen.source is None

    @pytest.mark.parametrize(
        "tail",
        [
            "and walked out.",
            pytest.param(
                "and left.",
                marks=pytest.mark.xfail(
                    strict=True,
                    reason="'left' is also an adjective, so ', and left' does not end the clause",
                ),
            ),
        ],
    )
    def test_the_quotation_alone_when_the_sentence_goes_on(self, tail: str) -> None:
        # 'was quick to add' is the cue (a speaking adjective); the quotation, not the rest of
        # the sentence, is what was added
        text = f'The council met on Monday. Ida Strand was quick to add, {self.QUOTE[:-2]}," {tail}'
        seen = _seen(text)[-1]
        assert (seen.parts, seen.source, seen.cue) == ((self.QUOTE[:-2] + ',"',), "Ida Strand", "add")


class TestUnattributed:
    def test_sentence_like_quotation_without_a_cue(self) -> None:
        seen = _one('"Nobody from the ministry has visited this valley in two years."')
        assert seen == Seen(
            "unattributed",
            ('"Nobody from the ministry has visited this valley in two years."',),
            None,
            None,
            QuoteKind.DIRECT,
            -1,
        )

    @pytest.mark.parametrize(
        "text",
        [
            'The film "Gone Fishing" opened on Friday.',
            'The so-called "reform" was shelved.',
            'The plan was a "deeply flawed and rushed process" at best.',
            "The 'temporary' footbridge has stood since 1986 and nobody crosses it.",
        ],
        ids=["title_of_work", "scare_quote", "fragment_inside_sentence", "single_marks_without_cue"],
    )
    def test_not_returned(self, text: str) -> None:
        assert _seen(text) == []


def test_custom_lexicon_reaches_the_sieve() -> None:
    text = '"The tariff is a disgrace," Becker harrumphed.'
    assert _run(text)[1][0].rule == "reporting_frame"  # the frame alone makes it a cue
    _, atts = _run(text, DEFAULT_LEXICON.with_cues(add={"harrumph"}))
    assert [a.rule for a in atts] == ["cue_after_content"]


class TestTranscript:
    def test_fires_on_a_label_in_capitals_and_takes_the_turn(self) -> None:
        seen = _seen(
            "Mayor Ivo Sand met Petra Holm.\n\nSAND: The budget is balanced. We did it.\n\nHOLM: No."
        )
        assert [(s.rule, s.parts, s.source, s.kind) for s in seen] == [
            ("transcript", ("The budget is balanced. We did it.",), "SAND", QuoteKind.DIRECT),
            ("transcript", ("No.",), "HOLM", QuoteKind.DIRECT),
        ]

    @pytest.mark.parametrize(
        "text",
        [
            "BOOM: Council Votes To Close The Night Ferry",  # a headline in title case
            "STAT OF THE WEEK: 43 ferries ran late in May.",  # a heading
            "BYLINE: Ana Ruiz.",  # a label
            "The plan had one flaw. SAND: the budget.",  # not at a paragraph's start
        ],
        ids=["headline", "heading", "label", "mid_paragraph"],
    )
    def test_does_not_fire(self, text: str) -> None:
        assert "transcript" not in _rules(text)


class TestReportingFrame:
    @pytest.mark.parametrize(
        ("text", "source", "cue"),
        [
            ('"Give us the keys," Ines Marchetti implored.', "Ines Marchetti", "implored"),
            ('"Give us the keys," the skipper texted.', "the skipper", "texted"),
            ('"Give us the keys," shot back Tomas Grieg.', "Tomas Grieg", "shot back"),
            ('Ines Marchetti emails, "Give us the keys."', "Ines Marchetti", "emails"),
            ('Ines Marchetti messaged: "Give us the keys."', "Ines Marchetti", "messaged"),
        ],
        ids=["name_verb", "nominal_verb", "inverted_phrasal", "before_comma", "before_colon"],
    )
    def test_fires(self, text: str, source: str, cue: str) -> None:
        seen = _one(text)
        assert (seen.rule, seen.source, seen.cue, seen.kind) == (
            "reporting_frame",
            source,
            cue,
            QuoteKind.DIRECT,
        )

    @pytest.mark.parametrize(
        "text",
        [
            '"Tales of the Lake," the new series, starts in May.',  # a title of a work
            '"Give us the keys," Ines Marchetti said.',  # a lexicon cue: cue_after_content
            '"Give us the keys," the old sign by the harbour read in faded paint.',  # no frame end
        ],
        ids=["title_of_work", "lexicon_cue", "clause_goes_on"],
    )
    def test_does_not_fire(self, text: str) -> None:
        assert "reporting_frame" not in _rules(text)


def test_cue_that_ends_the_text() -> None:
    """A cue that is the text's last token has no word after it (found by hypothesis: the
    party-apposition test read past the end)."""
    quotes = extract_quotes('""""\n\n, a spokesman for the ministry,Ana Berg said ')
    assert [(q.text, q.source and q.source.text) for q in quotes] == [
        ("a spokesman for the ministry", "Ana Berg")
    ]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "A spokesperson for the Canal & River Trust said the gate was shut.",
            "spokesperson for the Canal & River Trust",
        ),
        ("A Pennine Express spokesman said the gate was shut.", "Pennine Express spokesman"),
        ("A Valley Post spokeswoman said the gate was shut.", "Valley Post spokeswoman"),
    ],
)
def test_body_spokesperson_phrase(text: str, speaker: str) -> None:
    """A spokesperson for a body named with '&' or ending in a capitalised verb form: the
    spokesperson's phrase is the source, not the body or the bare role noun."""
    (quote,) = extract_quotes(text)
    assert quote.speaker is not None
    assert quote.speaker.name == speaker


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        (
            "Reacting, the Minister of Power, Mr Ivo Lund, said the review was fair.",
            "Ivo Lund",
            "Minister of Power",
        ),
        (
            "Speaking at the Grand Hotel in Leeds, the party leader, Ana Berg, said the plan was dead.",
            "Ana Berg",
            "party leader",
        ),
        (
            "The last speaker was Ana Berg, 16, a junior at Oak Hill High School, who told the board that"
            " the plan was dead.",
            "Ana Berg",
            "junior at Oak Hill High School",
        ),
    ],
    ids=["bare_participle", "participle_with_place", "relative_after_apposition"],
)
def test_fronted_phrase_and_apposed_body_are_no_speaker(text: str, name: str, title: str) -> None:
    """A fronted participle or the place inside it, and a body in an apposition's postmodifier
    before a *who* clause, are not the speaker: the person in apposition is."""
    quotes = extract_quotes(text)
    assert [(q.speaker and q.speaker.name, q.speaker and q.speaker.title) for q in quotes] == [(name, title)]


def test_byline_author_is_no_body() -> None:
    """'By NAME' on its own line names a person: 'The company says' never resolves to it."""
    text = (
        "By Tamsin Oyelaran-Vance\n\nThe recall covers 40,000 bikes. The company says the cells can overheat."
    )
    quotes = extract_quotes(text)
    assert quotes and all(q.speaker is None or q.speaker.name != "Tamsin Oyelaran-Vance" for q in quotes)


def test_bare_object_after_inverted_cue_is_no_speaker() -> None:
    """'HEADLINE, orders fresh hearing': a bare object with no source noun is no inverted subject;
    'C, say residents' keeps its speaker."""
    assert extract_quotes("Court halts the sale of the port, orders fresh hearing\n\nThe court sat.") == []
    quotes = extract_quotes("The ferry will stop in May, say residents.")
    assert [(q.text, q.speaker and q.speaker.name) for q in quotes] == [
        ("The ferry will stop in May", "residents")
    ]


class TestSpeechActObjects:
    """Round 21 (f21spk): *say* with a speech act as its object reports no words."""

    @pytest.mark.parametrize(
        "text",
        [
            "Nadia Quist said goodbye to the crew on Friday.",
            "Owen Farrell said a prayer for the missing fishermen.",
            "Nadia Quist says thanks to the volunteers every year.",
            "Owen Farrell said grace before the meal.",
        ],
    )
    def test_no_quotation(self, text: str) -> None:
        assert extract_quotes(text) == []

    @pytest.mark.parametrize(
        ("text", "content"),
        [
            ("Nadia Quist said thanks were due to the volunteers.", "thanks were due to the volunteers"),
            ("Owen Farrell said a prayer was read at the service.", "a prayer was read at the service"),
        ],
    )
    def test_a_clause_that_opens_with_the_noun_stays(self, text: str, content: str) -> None:
        assert [q.text for q in extract_quotes(text)] == [content]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('Ida Marr was known to everyone on the quay as "Mother Lo." She ran the café.', None),
        ("The choir sang the song \u2018Harbour Lights\u2019 at the end of the service.", None),
        ('Fans sang "Iron Gate" long after the match had ended.', None),
        ('A new scheme dubbed "Clean Streets" will open next year.', None),
        ('The word "mitumba" does not appear in the bylaw.', None),
        ('Tom Reyes, nicknamed "The Hammer" by teammates, ran the bar for years.', None),
    ],
)
def test_marked_name_is_no_quotation(text: str, name: str | None) -> None:
    """A name or a cited word in marks after a naming frame is nobody's words: no quote."""
    assert [(q.text, q.speaker) for q in extract_quotes(text)] == []


def test_marked_name_beside_a_real_quotation() -> None:
    """The real quotation keeps its speaker; the campaign's name in marks is no quote, and a
    clause that holds the name stays mixed (PolNeAR marks it so)."""
    text = (
        'The council launched the "Clean Streets" campaign in May. "It is working," said Ana Berg. '
        'Ana Berg said the "Clean Streets" campaign had cut litter by half.'
    )
    quotes = extract_quotes(text)
    assert [(q.text, q.kind.value, q.speaker and q.speaker.name) for q in quotes] == [
        ('"It is working,"', "direct", "Ana Berg"),
        ('the "Clean Streets" campaign had cut litter by half', "mixed", "Ana Berg"),
    ]


def test_speaker_epithet_stays_a_quotation() -> None:
    """A named speaker's epithet after a naming verb is the speaker's words."""
    quotes = extract_quotes('Ida Marr called the plan "Project Fear" on Monday.')
    assert [q.speaker and q.speaker.name for q in quotes] == ["Ida Marr"]


def test_naming_frame_ends_with_its_line() -> None:
    """A heading that ends in a noun of a named thing names nothing on the next line."""
    quotes = extract_quotes('In their own words\n\n"We want the timetable published."\n— Ana Berg, cooper')
    assert [q.text for q in quotes] == ['"We want the timetable published."']


class TestColonOpeners:
    """A colon after a short capitalised opener: a dateline is never a speaker; a colon credit
    whose role ends in a proper name holding a verb form still credits its name."""

    @pytest.mark.parametrize(
        "text",
        [
            "DURBAN: Sipho Ndlovu said on Tuesday that the harbour would stay shut.",
            "By Mei Lin | Metro Desk\n\nWINNIPEG: The city said in a statement: \u201cThe rink shut.\u201d",
            "SANTA CRUZ, June 9: Police arrested four men after the riot, a spokesman said.",
        ],
    )
    def test_a_colon_dateline_is_never_a_speaker(self, text: str) -> None:
        place = text.rsplit("\n", maxsplit=1)[-1].split(":", maxsplit=1)[0].split(",", maxsplit=1)[0]
        quotes = extract_quotes(text)
        assert quotes
        for q in quotes:
            assert q.speaker is None or place not in q.speaker.name
            assert place not in text[q.start : q.end]

    def test_a_label_with_speech_stays_a_transcript_turn(self) -> None:
        text = "MOREAU: We never saw the report.\n\nHOST: Never?\n\nMOREAU: Not once."
        speakers = {q.speaker.name if q.speaker else None for q in extract_quotes(text)}
        assert "MOREAU" in " ".join(s or "" for s in speakers)

    @pytest.mark.parametrize(
        "role",
        [
            "health commissioner in Kaduna State",
            "head of water quality at Severn Trent Water",
            "editor of the Oban Times",
        ],
    )
    def test_a_credit_role_ending_in_a_proper_name(self, role: str) -> None:
        text = f'Reaction:\n\nFarida Haidari, {role}: "The figures are wrong."'
        q = next(q for q in extract_quotes(text) if "figures" in text[q.start : q.end])
        assert q.speaker is not None and q.speaker.name == "Farida Haidari"

    def test_a_headline_with_a_verb_after_a_proper_name_credits_nobody(self) -> None:
        text = 'Residents in Ogun State Protest: "We want water."'
        assert all(q.speaker is None or q.speaker.name != "Ogun State" for q in extract_quotes(text))


@pytest.mark.parametrize(
    "text",
    [
        "The head teacher, Ana Roe, and the chair of governors said the school would stay open.",
        "Our coach, Tomas Lind, and the club captain told members that the pitch was flooded.",
    ],
    ids=["and-the", "our-and-the"],
)
def test_a_conjunct_after_a_described_name_is_no_lone_speaker_f23app(text: str) -> None:
    """'The ROLE, NAME, and the OTHER said C': a list, no apposition; never the OTHER (or NAME)
    alone (f23app)."""
    for q in extract_quotes(text):
        assert q.speaker is None or q.speaker.name not in (
            "Ana Roe",
            "Tomas Lind",
            "chair of governors",
            "club captain",
        )


def test_a_clause_after_comma_and_keeps_its_subject_f23app() -> None:
    """'X said C, and the sheriff said D': a second clause, its own subject (f23app)."""
    quotes = extract_quotes(
        "The mayor, Ana Roe, said the road was shut, and the sheriff said it would reopen."
    )
    assert [q.speaker.name if q.speaker else None for q in quotes] == ["Ana Roe", "sheriff"]


def test_a_participle_after_an_unnamed_source_is_no_part_of_its_name_f23app() -> None:
    """'"C," said a cab driver parked at the rank.': the description's name ends before the
    participle (f23app)."""
    quotes = extract_quotes('"Nobody stops here now," said a cab driver idling outside the station.')
    assert [q.speaker.name if q.speaker else None for q in quotes] == ["cab driver"]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            '"The lights went out," said a steward at the ferry terminal, Kalani Akana.',
            "steward at the ferry terminal",
        ),
        (
            '"The lights went out," said the head of the parents\' council, Kalani Akana.',
            "head of the parents' council",
        ),
    ],
    ids=["name-ends-sentence", "plural-possessive"],
)
def test_an_inverted_description_before_a_name_f23app(text: str, title: str) -> None:
    """'"C," said DESCRIPTION, NAME.': the name speaks, the description is its title (f23app)."""
    quotes = extract_quotes(text)
    assert [(q.speaker.name, q.speaker.title) if q.speaker else None for q in quotes] == [
        ("Kalani Akana", title)
    ]


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ('A herder from the hills above Tamale, Ghana, said "The rains came late."', ("Tamale", "Ghana")),
        (
            'A herder from the valley below Salta, Argentina, said "The rains came late."',
            ("Salta", "Argentina"),
        ),
    ],
    ids=["above", "below"],
)
def test_a_place_and_its_region_after_a_description_never_speak_f23app(
    text: str, wrong: tuple[str, ...]
) -> None:
    """A place above or below another and its region after a fronted description: neither is
    the speaker (f23app; 'Tamale' spoke before)."""
    quotes = extract_quotes(text)
    assert quotes and all(q.speaker is None or q.speaker.name not in wrong for q in quotes)


def test_a_description_ending_in_a_body_keeps_the_person_f23app() -> None:
    """'A nurse at the district hospital, NAME, said': NAME is a person titled with the
    description, not the hospital's name (f23app)."""
    quotes = extract_quotes('A porter at the city hospital, Ikaika Kahale, said "We were short again."')
    assert [(q.speaker.name, q.speaker.title, q.speaker.kind) for q in quotes if q.speaker] == [
        ("Ikaika Kahale", "porter at the city hospital", "person")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The abbess, Wanjiru Kamau-Otieno, showed Emmanuel Reyes around the abbey garden.",
        "The ward manager showed us round the new unit on Monday.",
        "The coach told them off for arriving late.",
        "The harbourmaster, Aoife Walsh, showed Kwame Mensah-Bonsu around on Monday.",
        "The curator showed Ana de los Santos round the archive.",
    ],
)
def test_a_person_guided_somewhere_is_no_report(text: str) -> None:
    assert extract_quotes(text) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The audit showed a deficit of 3 million.", "a deficit of 3 million"),
        ("The poll showed Ruiz out in front.", "Ruiz out in front"),
        ("The poll showed Ruiz around 30 points ahead.", "Ruiz around 30 points ahead"),
    ],
)
def test_evidence_with_a_person_object_stays_a_report(text: str, content: str) -> None:
    assert [q.text for q in extract_quotes(text)] == [content]


@pytest.mark.parametrize(
    "text",
    [
        'State Rural Development Minister Asha Verma said: "The roads will be rebuilt."',
        '"The roads will be rebuilt," said state Rural Development Minister Asha Verma.',
        '"The roads will be rebuilt," federal Natural Resources Minister Asha Verma said.',
    ],
)
def test_a_level_of_government_before_a_capitalised_post_is_no_cue_f24ttl(text: str) -> None:
    """*state*/*State* before a capitalised post and a name modifies the post; it is no speech
    verb, so the speaker is the name after the post (f24ttl)."""
    (quote,) = extract_quotes(text)
    assert quote.text in {'"The roads will be rebuilt."', '"The roads will be rebuilt,"'}
    assert quote.speaker is not None and quote.speaker.name == "Asha Verma"
    assert quote.speaker.title is not None and quote.speaker.title.endswith("Minister")


@pytest.mark.parametrize(
    "text",
    [
        "A sign taped to the bakery's front door read \u201cBack on Monday\u201d.",
        "By noon, a placard propped against the clinic railings said 'No Nurses, No Care'.",
        'A banner hung from the town hall balcony reads "Save the Lido".',
        "A hand-painted sign nailed to a fence post beside the ferry ramp reads \u2018NO WAKE\u2019.",
    ],
)
def test_a_modified_inscription_noun_speaks_no_words(text: str) -> None:
    assert extract_quotes(text) == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('The sign company\'s owner, Dana Ruiz, said "We print what we are paid to print."', "Dana Ruiz"),
        ('Under the banner Ruiz said "We will win this."', "Ruiz"),
        ("A notice on the website said the pool would close in May.", "notice on the website"),
    ],
)
def test_a_sign_noun_that_heads_no_subject_leaves_the_speaker(text: str, speaker: str) -> None:
    quotes = extract_quotes(text)
    assert [q.speaker.name if q.speaker else None for q in quotes] == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        "Stallholders call the covered lane \u201cthe tunnel\u201d because it floods every winter.",
        "Ferry crews have long called the bend below the dam 'the Kettle'.",
        'Villagers still call that wind the "harmattan road", for the dust it carries.',
    ],
)
def test_a_crowds_habitual_name_is_no_quotation(text: str) -> None:
    assert extract_quotes(text) == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('Critics call the levy "a stealth tax".', "Critics"),
        ('Ida Marr calls the bridge "the Long Drop".', "Ida Marr"),
        ('Jacobs called the plan "the dead mile" on Monday.', "Jacobs"),
    ],
)
def test_an_evaluation_or_a_named_namer_stays_a_quotation(text: str, speaker: str) -> None:
    assert [q.speaker.name if q.speaker else None for q in extract_quotes(text)] == [speaker]
