"""Stage 6, quotex/speakers/: attributions + mentions -> Quote records with canonical Speakers."""

from __future__ import annotations

import pytest

from quotex import Quote, Speaker, extract_quotes
from quotex.attributions import Attribution
from quotex.entities import headed_by_body_noun
from quotex.records import QuoteKind, Span
from quotex.speakers import build_records, quote_records, resolve_speakers
from quotex.tokens import tokenize


def _speakers(text: str) -> list[Speaker | None]:
    return [q.speaker for q in extract_quotes(text)]


def _last_speaker(text: str) -> Speaker | None:
    quotes = extract_quotes(text)
    assert quotes, "no quotes"
    return quotes[-1].speaker


def _name(text: str) -> str | None:
    speaker = _last_speaker(text)
    return None if speaker is None else speaker.name


class TestNames:
    def test_surname_takes_the_full_name(self) -> None:
        text = (
            "Helena Marsh, the city's transport commissioner, opened the bridge on Monday. "
            '"It is safer than ever," Marsh said.'
        )
        [quote] = extract_quotes(text)
        assert quote.source is not None
        assert quote.source.text == "Marsh"
        assert quote.speaker == Speaker("Helena Marsh", "city's transport commissioner", "person")

    def test_first_name_token_takes_the_full_name(self) -> None:
        text = (
            "Vice Premier Zhao Lin arrived in Lima on Friday. "
            '"Our door will stay open to the world," Zhao said.'
        )
        assert _last_speaker(text) == Speaker("Zhao Lin", "Vice Premier", "person")

    def test_later_full_name_upgrades_an_earlier_surname(self) -> None:
        text = (
            '"The dam will hold," Marsh said. Engineers disagreed. '
            '"We have checked every bolt," Helena Marsh, the city\'s chief engineer, said later.'
        )
        first, second = extract_quotes(text)
        assert first.speaker is second.speaker
        assert first.speaker == Speaker("Helena Marsh", "city's chief engineer", "person")

    def test_two_people_stay_apart(self) -> None:
        text = (
            'Lena Roth and Karl Becker spoke. "The deal is done," Roth said. '
            '"It took a year," Becker said. "We are tired," Roth added.'
        )
        roth, becker, roth_again = _speakers(text)
        assert roth is not None
        assert becker is not None
        assert (roth.name, becker.name) == ("Lena Roth", "Karl Becker")
        assert roth_again is roth

    def test_title_is_the_first_one_written(self) -> None:
        text = (
            '"We are ready," said Karl Becker, the union\'s chief negotiator. '
            '"The offer is not enough," Karl Becker, a former miner, said.'
        )
        first, second = _speakers(text)
        assert first is second
        assert first is not None
        assert first.title == "union's chief negotiator"


class TestSameSpeakerObject:
    def test_one_object_per_person_across_quotes(self) -> None:
        text = (
            '"We will appeal," said Helena Marsh. '
            '"The decision is wrong and the court knows it," Marsh said.\n\n'
            '"We have the votes," she added.'
        )
        speakers = _speakers(text)
        assert len(speakers) == 3
        assert speakers[0] is not None
        assert all(s is speakers[0] for s in speakers)

    @pytest.mark.parametrize(
        "text",
        [
            '"The harvest was the worst in decades," said Tomas Ferreira. The valley has had no rain '
            'since March, and the wells are dry: farmers are selling cattle. "We lost nearly everything."',
            '"The harvest was the worst in decades," said Tomas Ferreira.\n\n"Prices for seed have doubled '
            'since spring, and nobody is helping us."',
        ],
        ids=["split_quote", "paragraph_carryover"],
    )
    def test_carry_over_rules_share_the_speaker(self, text: str) -> None:
        first, second = extract_quotes(text)
        assert second.rule in ("split_quote", "paragraph_carryover")
        assert second.speaker is first.speaker
        assert first.speaker is not None
        assert first.speaker.name == "Tomas Ferreira"


class TestPronouns:
    @pytest.mark.parametrize(
        ("text", "name"),
        [
            (
                'Karl Becker met Lena Roth, the committee chairwoman. "The talks were useful," he said.',
                "Karl Becker",
            ),
            (
                'Karl Becker met Lena Roth, the committee chairwoman. "The talks were useful," she said.',
                "Lena Roth",
            ),
            (
                'Lena Roth met Karl Becker, the committee chairman. "The talks were useful," she said.',
                "Lena Roth",
            ),
            ('Karl Becker met Mrs. Roth in the capital. "The talks were useful," he said.', "Karl Becker"),
            ('Lena Roth met Mr. Oduya at the depot. "The talks were useful," she said.', "Lena Roth"),
        ],
        ids=[
            "he_skips_chairwoman",
            "she_finds_chairwoman",
            "she_skips_chairman",
            "he_skips_mrs",
            "she_skips_mr",
        ],
    )
    def test_gender_from_honorifics_and_role_words(self, text: str, name: str) -> None:
        assert _name(text) == name

    def test_pronoun_continues_the_latest_speaker(self) -> None:
        text = '"We lost nearly everything," Ferreira said.\n\n"Nobody is helping us at all," she added.'
        first, second = extract_quotes(text)
        assert second.source is not None
        assert second.source.text == "she"
        assert second.speaker is first.speaker

    def test_possessive_pronoun_resolves(self) -> None:
        text = "Helena Marsh spoke at the depot. Voters remembered her pledge that the bridge would reopen."
        assert _name(text) == "Helena Marsh"

    def test_plural_pronoun_continues_an_organisation(self) -> None:
        text = (
            '"We will appeal the ruling," Nordbank Group said. '
            '"The fine is out of all proportion," they added.'
        )
        first, second = _speakers(text)
        assert second is first
        assert first is not None
        assert first.kind == "organization"

    def test_no_antecedent_no_speaker(self) -> None:
        [quote] = extract_quotes('"The talks were useful," she said.')
        assert quote.speaker is None
        assert quote.source is not None
        assert quote.source.text == "she"

    def test_known_gender_match_beats_unknown_gender(self) -> None:
        text = (
            "The spokeswoman, Lena Roth, thanked Karl Becker for the invitation. "
            '"The talks were frank and useful," she said.'
        )
        assert _name(text) == "Lena Roth"

    def test_place_name_is_not_a_pronoun_antecedent(self) -> None:
        text = 'Mr. Oduya met Ms. Brandt in Nairobi. "The talks were frank and useful," she said.'
        assert _name(text) == "Brandt"


class TestNominals:
    @pytest.mark.parametrize(
        ("text", "name", "title"),
        [
            (
                "Petra Lindqvist, a housing analyst at Nordbank, expects prices to stall. "
                '"Buyers have simply run out of money," the analyst said.',
                "Petra Lindqvist",
                "housing analyst at Nordbank",
            ),
            (
                '"We are ready to resume talks," said Karl Becker, the union\'s chief negotiator. '
                '"The offer on the table is not enough," the negotiator said.',
                "Karl Becker",
                "union's chief negotiator",
            ),
        ],
        ids=["analyst", "negotiator"],
    )
    def test_role_noun_finds_the_entity_with_that_title(self, text: str, name: str, title: str) -> None:
        first_and_last = _speakers(text)
        assert first_and_last[-1] == Speaker(name, title, "person")

    def test_document_source_is_the_speaker_who_issued_it(self) -> None:
        text = (
            "Petra Lindqvist, a housing analyst at Nordbank, spoke on Monday. "
            '"Buyers have run out of money," Lindqvist said in a statement. '
            '"Sellers will have to cut prices this spring," the statement said.'
        )
        first, second = extract_quotes(text)
        assert second.source is not None
        assert second.source.text == "the statement"
        assert second.speaker is first.speaker

    def test_document_needs_a_link_to_a_speaker(self) -> None:
        # she spoke, but nothing says she issued a statement: it is not hers
        text = (
            "Petra Lindqvist, a housing analyst at Nordbank, spoke on Monday. "
            '"Buyers have run out of money," Lindqvist said. '
            '"Sellers will have to cut prices this spring," the statement said.'
        )
        first, second = extract_quotes(text)
        assert first.speaker is not None and first.speaker.name == "Petra Lindqvist"
        assert second.source is not None and second.source.text == "the statement"
        assert second.speaker is not None and second.speaker.name == "statement"

    def test_report_is_not_a_document_of_the_latest_speaker(self) -> None:
        text = 'Petra Lindqvist said prices would stall. "Buyers have run out of money," the report said.'
        first, second = _speakers(text)
        assert second is not first
        assert second == Speaker("report", None, "other")

    def test_document_without_an_earlier_speaker_names_itself(self) -> None:
        assert _last_speaker('"Prices will fall," the statement said.') == Speaker("statement", None, "other")

    def test_group_phrase_is_its_own_speaker(self) -> None:
        text = '"The merger is off," said two people familiar with the matter.'
        assert _last_speaker(text) == Speaker("two people familiar with the matter", None, "other")


class TestOrganisations:
    @pytest.mark.parametrize(
        ("text", "name"),
        [
            (
                '"Exports will recover by autumn," Norway\'s foreign ministry said in a statement.',
                "Norway's foreign ministry",
            ),
            (
                '"Prices will keep rising through the summer," the central bank said in a statement.',
                "central bank",
            ),
            ('"We will appeal the ruling," NATO said.', "NATO"),
            ('"We will appeal the ruling," the Finance Ministry said in a statement.', "Finance Ministry"),
            ('"We will appeal the ruling," Nordbank Group said.', "Nordbank Group"),
        ],
        ids=["possessor_and_ministry", "nominal_bank", "acronym", "named_ministry", "named_group"],
    )
    def test_organisation_speaker(self, text: str, name: str) -> None:
        assert _last_speaker(text) == Speaker(name, None, "organization")

    def test_same_organisation_object_across_quotes(self) -> None:
        text = '"We will appeal the ruling," NATO said. "The fine is out of all proportion," NATO added.'
        first, second = _speakers(text)
        assert first is second

    def test_ministry_of_x_is_an_organisation(self) -> None:
        speaker = _last_speaker('"We will appeal the ruling," the Ministry of Finance said in a statement.')
        assert speaker is not None
        assert speaker.kind == "organization"


class TestBuildRecords:
    text = '"We lost nearly everything," Ferreira said. "Nobody is helping us," she added.'
    first_quote = (0, text.index(',"') + 2)
    second_quote = (text.index('"Nobody'), text.rindex(',"') + 2)
    said = (text.index("said"), text.index("said") + 4)

    def test_no_attributions_no_records(self) -> None:
        assert build_records(tokenize(self.text), ()) == []

    def test_antecedent_reuses_the_speaker(self) -> None:
        tokens = tokenize(self.text)
        ferreira = tokens.words.index("Ferreira")
        first = Attribution(
            (self.first_quote,), (ferreira, ferreira), self.said, "cue_after_content", QuoteKind.DIRECT
        )
        second = Attribution((self.second_quote,), None, None, "split_quote", QuoteKind.DIRECT, antecedent=0)
        a, b = build_records(tokens, (first, second))
        assert a.text == '"We lost nearly everything,"'
        assert b.text == '"Nobody is helping us,"'
        assert a.speaker == Speaker("Ferreira", None, "other")  # no mentions given: the phrase itself
        assert a.cue is not None
        assert a.cue.text == "said"
        assert b.speaker is a.speaker
        assert b.cue is None

    def test_overlapping_records_keep_the_first(self) -> None:
        tokens = tokenize(self.text)
        wide = Attribution(((0, self.second_quote[1]),), None, None, "unattributed", QuoteKind.DIRECT)
        inner = Attribution((self.second_quote,), None, None, "unattributed", QuoteKind.DIRECT)
        records = build_records(tokens, (wide, inner))
        assert [(q.start, q.end) for q in records] == [(0, self.second_quote[1])]

    def test_parts_are_merged_and_offsets_slice_back(self) -> None:
        tokens = tokenize(self.text)
        inside = (self.first_quote[0] + 4, self.first_quote[1])
        att = Attribution(
            (self.first_quote, inside, self.second_quote), None, None, "unattributed", QuoteKind.DIRECT
        )
        [quote] = build_records(tokens, (att,))
        assert [(p.start, p.end) for p in quote.parts] == [self.first_quote, self.second_quote]
        assert self.text[quote.start : quote.end] == quote.text
        assert all(self.text[p.start : p.end] == p.text for p in quote.parts)

    def test_records_are_in_text_order(self) -> None:
        tokens = tokenize(self.text)
        later = Attribution((self.second_quote,), None, None, "unattributed", QuoteKind.DIRECT)
        earlier = Attribution((self.first_quote,), None, None, "unattributed", QuoteKind.DIRECT)
        records: list[Quote] = build_records(tokens, (later, earlier))
        assert [q.start for q in records] == [0, self.second_quote[0]]

    def test_two_halves_give_the_records_without_the_token_table(self) -> None:
        tokens = tokenize(self.text)
        ferreira = tokens.words.index("Ferreira")
        first = Attribution(
            (self.first_quote,), (ferreira, ferreira), self.said, "cue_after_content", QuoteKind.DIRECT
        )
        second = Attribution((self.second_quote,), None, None, "split_quote", QuoteKind.DIRECT, antecedent=0)
        rows = resolve_speakers(tokens, (first, second))
        source = Span(tokens.starts[ferreira], tokens.ends[ferreira], "Ferreira")
        assert [row.source for row in rows] == [source, None]
        assert quote_records(self.text, rows) == build_records(tokens, (first, second))


def test_equal_record_texts_are_one_object() -> None:
    # memory: a one-part quote's part shares the quote's text; repeated cues and sources share one str
    quotes = extract_quotes(
        '"The pier is unsafe," Lindqvist said. "Nobody listens," Lindqvist said.\n'
        '"We will rebuild it," Lindqvist said, "and soon."'
    )
    assert len(quotes) == 3
    assert all(q.parts[0].text is q.text for q in quotes if len(q.parts) == 1)
    cues = [q.cue for q in quotes]
    sources = [q.source for q in quotes]
    assert all(c is not None and c.text == "said" for c in cues)
    assert all(s is not None and s.text == "Lindqvist" for s in sources)
    assert len({id(c.text) for c in cues if c is not None}) == 1
    assert len({id(s.text) for s in sources if s is not None}) == 1


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            '"Senator Vale has read it twice," Ada Roe said.\n\nSen. Oren Vale, R-Utah, asked '
            'about the lease. "It was never filed," Vale said.',
            "Sen.",
        ),
        (
            '"Governor Lind knows the numbers," Ada Roe said.\n\nGov. Mira Lind told reporters '
            'the budget was sound. "We will pass it," Lind said.',
            "Gov.",
        ),
    ],
    ids=["senator", "governor"],
)
def test_a_post_written_in_a_quotation_yields_to_the_storys_spelling(text: str, title: str) -> None:
    speaker = _last_speaker(text)
    assert speaker is not None and speaker.title == title


def test_a_quotation_title_stays_when_the_story_gives_no_post() -> None:
    text = '"Senator Vale has read it," Ada Roe said.\n\n"It was never filed," Oren Vale said.'
    speaker = _last_speaker(text)
    assert speaker is not None and speaker.name == "Oren Vale" and speaker.title == "Senator"


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            'Their group, Quay Residents United, has put up posters reading "Don\'t Sink Our Harbour," '
            'and its chair, Ada Roe, said the vote was close. "We will win," Roe said.',
            "chair of Quay Residents United",
        ),
        (
            "The Welsh Guild of Ferry Pilots, which has 900 members, had urged the board to wait. "
            'Its president, Ada Roe, spoke first. "We will win," Roe said.',
            "president of the Welsh Guild of Ferry Pilots",
        ),
        (
            "An appeal to the Norland High Court could take a year.\n\nAmong the critics was Tessaly, "
            'which sells shoes online. Its chief executive, Ada Roe, spoke. "We will win," Roe said.',
            "chief executive",
        ),
        (
            "The operator, Quayline Ferries, cut the route. Isla Munro was upset. "
            'Its chief executive, Ada Roe, spoke. "We will win," Roe said.',
            "chief executive of Quayline Ferries",
        ),
    ],
    ids=["flyer-words-own-no-post", "subject-over-object", "unknown-name-nearer", "a-person-owns-no-its"],
)
def test_its_post_goes_to_the_right_body_or_none(text: str, title: str) -> None:
    speaker = _last_speaker(text)
    assert speaker is not None and speaker.name == "Ada Roe" and speaker.title == title


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            'Cllr Ada Roe, cabinet member for transport and parking policy, spoke. "We will win," Roe said.',
            "cabinet member for transport and parking policy",
        ),
        (
            'Cllr Ada Roe (FG), the council\'s cathaoirleach, spoke. "We will win," Roe said.',
            "council's cathaoirleach",
        ),
        (
            'Det. Ada Roe, the lead investigator on the case, spoke. "We will win," Roe said.',
            "lead investigator on the case",
        ),
        (
            "Ada Roe, a professor of law and director of the Land Rights and Water Policy Centre at Halden "
            'University, spoke. "We will win," Roe said.',
            "professor of law and director of the Land Rights and Water Policy Centre at Halden University",
        ),
    ],
    ids=["portfolio-gerund-and", "party-bracket", "linked-on", "the-after-of-in-body"],
)
def test_a_stated_post_is_read_whole(text: str, title: str) -> None:
    speaker = _last_speaker(text)
    assert speaker is not None and speaker.name == "Ada Roe" and speaker.title == title


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Yields will fall, according to a study released on Monday by the Council on Coastal Soils.",
            "Council on Coastal Soils",
        ),
        (
            "Fares will rise, according to a report published on Friday by the Board for Rural Transit.",
            "Board for Rural Transit",
        ),
    ],
    ids=["on", "for"],
)
def test_a_source_never_cuts_a_name_in_half(text: str, speaker: str) -> None:
    """A source walker that stops inside a name ('the Council | on Coastal Soils') is widened to
    the whole name (f20org)."""
    quotes = extract_quotes(text)
    assert quotes and quotes[0].speaker is not None
    assert quotes[0].speaker.name == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Farmers from Kent and East Sussex said the rules were unworkable.",
            "Farmers from Kent and East Sussex",
        ),
        (
            "Mia Lund spoke first. Parents in Dover and Round Hill told the board that buses were late.",
            "Parents in Dover and Round Hill",
        ),
    ],
    ids=["from", "in"],
)
def test_places_coordinated_after_a_group_stay_in_its_phrase(text: str, speaker: str) -> None:
    """'NOUN from PLACE and PLACE said': the group speaks, never the last place (f20org)."""
    quotes = [q for q in extract_quotes(text) if q.speaker is not None]
    assert quotes and quotes[-1].speaker is not None
    assert quotes[-1].speaker.name == speaker


def test_an_acronym_defined_at_a_later_mention_names_the_body() -> None:
    text = (
        "The Northern Rowing Federation is reviewing the race.\n\n"
        "Later, the Northern Rowing Federation (NRF) opened an inquiry. "
        "The NRF said it would publish its findings."
    )
    quotes = [q for q in extract_quotes(text) if q.speaker is not None]
    assert quotes and quotes[-1].speaker is not None
    assert quotes[-1].speaker.name == "Northern Rowing Federation"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            'The Fiji Rugby Union dropped two players.\n\n"The rules bind everyone," the Rugby Union said.',
            "Fiji Rugby Union",
        ),
        (
            'The Welsh Hockey Federation (WHF) cut its budget.\n\n"We had no choice," the HF said.',
            "Welsh Hockey Federation",
        ),
        (
            'The Nepal Bankers Association met on Friday.\n\n"Rates will rise," the Association said.',
            "Nepal Bankers Association",
        ),
    ],
)
def test_a_bodys_name_less_its_place_names_the_body(text: str, speaker: str) -> None:
    """A body's name less its opening place or people word, its initials or its head noun
    ('the Rugby Union', 'the HF', 'the Association') names the body."""
    quote = extract_quotes(text)[-1]
    assert quote.speaker is not None and quote.speaker.name == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The port ordered a closure, a move harbour officials said was needed to protect divers.",
            "harbour officials",
        ),
        (
            "The firm froze hiring, a step company executives said would save money.",
            "company executives",
        ),
    ],
    ids=["officials", "executives"],
)
def test_a_contact_relative_keeps_the_noun_of_its_subject(text: str, speaker: str) -> None:
    """'a move administration officials said was ...': the subject is the noun compound, the
    relative's head the noun before it (f20org)."""
    quotes = [q for q in extract_quotes(text) if q.speaker is not None]
    assert any(q.speaker is not None and q.speaker.name == speaker for q in quotes)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Wells are drying up, according to local officials and aid groups.",
            "local officials and aid groups",
        ),
        ('"The wells are dry," said nurses and aid workers.', "nurses and aid workers"),
    ],
    ids=["according-to", "inverted"],
)
def test_coordinated_plural_sources_stay_whole(text: str, speaker: str) -> None:
    """'according to local officials and aid groups': both plurals are the source (f20org)."""
    quotes = [q for q in extract_quotes(text) if q.speaker is not None]
    assert quotes and quotes[0].speaker is not None
    assert quotes[0].speaker.name == speaker


def test_a_plural_source_before_a_new_clause_stays_alone() -> None:
    quotes = extract_quotes("Wells are drying up, according to officials and residents say it is worse.")
    assert all(q.speaker is None or q.speaker.name != "officials and residents" for q in quotes)


class TestWrongPersons:
    """Round 20 (f20who): constructions where a pronoun or a bare surname went to another person."""

    def test_name_in_apposition_to_possessive_subject(self) -> None:
        text = (
            "Bassist Tom Reyes says the tour was hard.\n\n"
            "Reyes went back to work. The band's drummer, Ian Cole, went quiet, though he later "
            "told a radio station that he had no regrets."
        )
        assert _name(text) == "Ian Cole"

    def test_framed_subject_words(self) -> None:
        from quotex.mentions import find_mentions
        from quotex.quote_spans import find_quote_spans
        from quotex.sentences import split_sentences
        from quotex.speakers.agreement import framed_subject

        for text, expected in (
            ("The band's drummer, Ian Cole, went quiet.", True),
            ("Roe's agent, Ivo Berg, said so.", True),
            ("The captain, Jess Haworth, was first.", True),
            ("In the morning, Ian Cole, a driver, left.", False),
            ("The band's, Ian Cole, went quiet.", False),
        ):
            tokens = tokenize(text)
            sentences = split_sentences(tokens, find_quote_spans(tokens.text))
            found = find_mentions(tokens, sentences)
            mentions = [m for m in found if tokens.words[m.first] in ("Ian", "Ivo", "Jess")]
            assert framed_subject(tokens.words, mentions[0], 0) is expected, text

    def test_comment_clause_speaker_keeps_no_centre(self) -> None:
        text = (
            '"We were tired," said forward Tom Reyes.\n\n'
            'Ian Cole grew up near the ground and is known as "Dad" because, Reyes explained, he '
            "looks after everyone. He says he is not leaving the club."
        )
        assert _name(text) == "Ian Cole"

    def test_possessor_noun_of_other_gender(self) -> None:
        text = (
            "Ana Lee, 52, a teacher, said she would keep going. Tom Reyes said the firm was fine.\n\n"
            'Her husband, who also eats there, was less forgiving. He said he felt "let down".'
        )
        assert (_name(text) or "").lower() == "her husband"

    def test_possessor_noun_of_same_gender_is_no_antecedent(self) -> None:
        text = "Amy Hart loves the school. Her daughter likes to sing. She said the state had cut funds."
        assert _name(text) == "Amy Hart"

    def test_shared_surname_by_reported_pronoun(self) -> None:
        text = (
            "Marisol Quintanar, a nurse, and her son went out in a kayak. Emilio Quintanar, now 13, "
            "says he remembers little of the water.\n\n"
            "The county has put up a sign. Quintanar says she has read it many times."
        )
        assert _name(text) == "Marisol Quintanar"

    def test_shared_surname_not_across_a_second_verb(self) -> None:
        text = (
            "Dana Roe spoke first, with her husband, Ben Roe, beside her.\n\n"
            "Roe says she respects the board but argues that he was wrong to sell the land."
        )
        assert all(q.speaker is None or q.speaker.name == "Dana Roe" for q in extract_quotes(text))

    def test_reported_newcomer(self) -> None:
        text = (
            '"This was our failure," the company\'s chief executive, Ana Solberg, said.\n\n'
            "Priya Dalgliesh, a security researcher, found the database on Aug. 2, she wrote in a blog post."
        )
        assert _name(text) == "Priya Dalgliesh"

    def test_transcript_turn_owners(self) -> None:
        text = (
            "The prosecutor, Ana Castell, opened the case on Monday.\n\n"
            "The jury heard the interview, which was conducted by Det. Paul Ridge. Castell read "
            "Tom Valen's answers from the transcript. One exchange went:\n\n"
            "Q: Where were you at midnight?\n\nA: At home."
        )
        assert [s.name if s else None for s in _speakers(text)][-2:] == ["Paul Ridge", "Tom Valen"]

    def test_next_to_cue(self) -> None:
        from quotex.speakers.family_names import _next_to_cue

        words = ["Roe", ",", "at", "a", "town", "hall", ",", "said"]
        assert _next_to_cue(words, 0, 7)
        assert _next_to_cue(["Roe", "said"], 0, 1)
        assert not _next_to_cue(["Roe", "says", "she", "likes", "it", "but", "argues"], 0, 6)


def test_inverted_cue_named_apposition() -> None:
    text = '"He sat in the corner," said one of his teammates, forward Kofi Lowther-Asante.'
    speaker = _last_speaker(text)
    assert speaker is not None and (speaker.name, speaker.title) == ("Kofi Lowther-Asante", "forward")


def test_no_apposition_after_a_preposition_cue() -> None:
    text = "According to the same poll, Clinton's lead fell in August from 9 points to 3."
    assert all(q.speaker is None or q.speaker.name != "Clinton" for q in extract_quotes(text))


def test_sentence_initial_people_word() -> None:
    # (round 31: a people's word no mention stated is the one person named before it in its
    # paragraph, never a person called 'Norwegian'; with two persons there, nobody)
    text = (
        "Kelham head coach Ingrid Vaagland said the team had been slow.\n\n"
        "Vaagland admitted that keeping him would be hard. The Norwegian said the owners would pay."
    )
    speaker = _last_speaker(text)
    assert speaker is not None and speaker.name == "Ingrid Vaagland"
    text = "Ingrid Vaagland and Tove Berg left together. The Norwegian said the owners would pay."
    assert _last_speaker(text) is None
    text = "Ana Berg, a Norwegian sailor, joined in May. The Norwegian said the race was easy."
    assert _name(text) == "Ana Berg"


def test_a_lede_description_is_the_untitled_person_named_next() -> None:
    """'The chief executive of X has admitted C' / 'NAME said C2' (g20lede): both NAME, titled."""
    text = (
        "The chief executive of Harbour Rail has admitted that the timetable failed.\n\n"
        "Appearing before MPs, Martin Greenhalgh said the crews were short.\n\n"
        '"We got it wrong," he said.'
    )
    got = {(q.speaker.name, q.speaker.title) for q in extract_quotes(text) if q.speaker}
    assert got == {("Martin Greenhalgh", "chief executive of Harbour Rail")}


def test_a_lede_description_is_not_a_person_named_next_with_another_role() -> None:
    text = (
        "The chief executive of Harbour Rail has admitted that the timetable failed.\n\n"
        "Martin Greenhalgh, an analyst at Brightwater, said the crews were short."
    )
    first = extract_quotes(text)[0]
    assert first.speaker is None or first.speaker.name != "Martin Greenhalgh"


class TestDiscourse:
    """f21disc: who *he*, *she* and *the ROLE* are across sentences, or nobody."""

    @pytest.mark.parametrize(
        "pair",
        [
            "Marta Quiroga and Lidia Fenwick opened the shop in May.",
            "The shop was opened by Marta Quiroga and Lidia Fenwick.",
            "Either Marta Quiroga or Lidia Fenwick will run the shop.",
        ],
    )
    def test_a_coordinated_pair_of_one_gender_leaves_the_pronoun_undecided(self, pair: str) -> None:
        assert _last_speaker(f"{pair}\n\nShe said the rent had doubled.") is None

    def test_a_coordinated_pair_of_two_genders_is_told_apart(self) -> None:
        assert (
            _name("Marta Quiroga and Pablo Fenwick opened the shop.\n\nHe said rent doubled.")
            == "Pablo Fenwick"
        )

    def test_a_pair_member_named_again_is_no_longer_undecided(self) -> None:
        text = (
            "Marta Quiroga and Lidia Fenwick opened the shop in May. Quiroga bakes the bread.\n\n"
            "She said the rent had doubled."
        )
        assert _name(text) == "Marta Quiroga"

    def test_a_person_the_other_pronoun_named_is_skipped(self) -> None:
        text = (
            "Ms. Quarrie, the treasurer, spent Monday at the depot. Sascha Ebbesen, the analyst, asked for"
            " an audit. Last year he lost a vote on the plan.\n\nShe said the audit was overdue."
        )
        assert _name(text) == "Quarrie"

    def test_two_holders_of_one_title_leave_the_nominal_unnamed(self) -> None:
        text = (
            "Marta Quiroga, the senator, backed the plan. Pablo Fenwick, the senator, voted against it.\n\n"
            "The senator said the vote was close."
        )
        speaker = _last_speaker(text)
        assert speaker is None or speaker.name not in ("Marta Quiroga", "Pablo Fenwick")
        text = (
            "Marta Quiroga, the senator, backed the plan. Pablo Fenwick, the mayor, did not.\n\n"
            "The senator said it was close."
        )
        assert _name(text) == "Marta Quiroga"


class TestSourcePhrase:
    """Round 21 (f21spk): which phrase of the sentence names the speaker."""

    def test_sender_not_recipient_of_a_work(self) -> None:
        for text in (
            "A letter from Nadia Quist to Owen Farrell said the hall would close in May.",
            "A memo sent by Nadia Quist to Owen Farrell said the hall would close in May.",
            "A complaint filed by Nadia Quist against Owen Farrell says that the hall was unsafe.",
        ):
            assert _name(text) == "Nadia Quist", text

    def test_target_of_a_work_never_speaks(self) -> None:
        for text in (
            "A complaint against Owen Farrell says that the hall was unsafe.",
            "A new biography about Owen Farrell claims that he was born in Cork.",
            "A lawyer representing Nadia Quist against Owen Farrell said the hall was unsafe.",
        ):
            assert _name(text) not in ("Owen Farrell", "Nadia Quist"), text

    def test_titled_name_after_to_keeps_its_name(self) -> None:
        text = "Senior Adviser to the President Owen Farrell said the hall would close in May."
        assert _name(text) == "Owen Farrell"

    def test_sender_before(self) -> None:
        from quotex.mentions import find_mentions
        from quotex.quote_spans import find_quote_spans
        from quotex.sentences import split_sentences
        from quotex.speakers.names import sender_before

        for text, expected in (
            ("A letter from Nadia Quist to Owen Farrell said so.", 0),
            ("A note by Nadia Quist against Owen Farrell said so.", 0),
            ("Nadia Quist and Owen Farrell said so.", 1),
        ):
            tokens = tokenize(text)
            sentences = split_sentences(tokens, find_quote_spans(tokens.text))
            mentions = find_mentions(tokens, sentences)
            assert sender_before(tokens.words, mentions, 1, 0) == expected, text

    def test_fragment_opening_names_nobody(self) -> None:
        for text in (
            "The parade was cancelled after reports of a possible attack on the square emerged.",
            "The mood was dampened by reports of a possible attempt to attack the parade last week.",
        ):
            assert all(s is None for s in _speakers(text)), text

    def test_fragment_opening(self) -> None:
        from quotex.speakers.source_cuts import fragment_opening

        for phrase, expected in (
            ("of a possible", True),
            ("aboard a cross", True),
            ("In eight years", True),
            ("About 4 in 10", False),
            ("about a third of voters", False),
            ("Over 60 percent", False),
            ("Outside experts", False),
            ("near the mouth of a cove", True),
            ("Around 40 percent", False),
            ("posted", True),
            ("need", False),
            ("Half of the staff", False),
        ):
            words = phrase.split()
            assert fragment_opening(words, 0, len(words) - 1) is expected, phrase

    def test_quantity_before_of_joins_the_speaker(self) -> None:
        assert _name("A poll shows 68% of union members say the deal is fair.") == "68% of union members"
        assert _name("About four out of 10 members said the deal was fair.") == "About four out of 10 members"

    def test_coordinated_subjects_with_appositions(self) -> None:
        for text in (
            "Nadia Quist, a nurse, and Owen Farrell, a porter, said the ward would close.",
            "Nadia Quist, 54, and Owen Farrell said the ward would close.",
        ):
            assert _name(text) == "Nadia Quist; Owen Farrell", text
        text = "Ivo Berg met Nadia Quist, a nurse, and Owen Farrell said the ward would close."
        assert _name(text) == "Owen Farrell"  # (Quist is Berg's object)

    def test_relative_clause_defines_those(self) -> None:
        assert _name("Many of those who came said the ward would close.") == "Many of those who came"
        assert _name("Those who were there said the ward would close.") == "Those who were there"


@pytest.mark.parametrize(
    "text",
    [
        "A tailor in Surulere, Ruth Okonkwo, said that her bill had doubled.",
        '"My bill has doubled," a tailor in Surulere, Ruth Okonkwo, said.',
        "At the meeting, a glassblower from Murano, Ruth Okonkwo, argued that her bill had doubled.",
    ],
    ids=["indirect", "after-quote", "after-fronted"],
)
def test_fronted_description_names_its_speaker(text: str) -> None:
    """'A tailor in Surulere, NAME, said': the name speaks, the description is its title, and the
    content is the quotation alone (f21ttl)."""
    (quote,) = extract_quotes(text)
    assert quote.speaker is not None
    assert quote.speaker.name == "Ruth Okonkwo"
    assert quote.speaker.title in ("tailor in Surulere", "glassblower from Murano")
    assert "tailor" not in quote.text and "glassblower" not in quote.text


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        (
            "Chief Medical Officer of Norland Jane Okoro said the clinics would reopen.",
            "Jane Okoro",
            "Chief Medical Officer of Norland",
        ),
        (
            "Deputy Chief Electoral Officer of Karnataka Shri Arun Kumar said the squads were ready.",
            "Arun Kumar",
            "Deputy Chief Electoral Officer of Karnataka",
        ),
        ("Smt. Lakshmi Venugopal said the squads were ready.", "Lakshmi Venugopal", None),
    ],
)
def test_capitalised_post_and_indian_address(text: str, name: str, title: str | None) -> None:
    """A capitalised post whose role noun has capitalised modifiers keeps them, and an Indian
    form of address is no part of the name (the speaker was 'Medical Officer', 'Smt')."""
    (quote,) = extract_quotes(text)
    assert quote.speaker is not None
    assert (quote.speaker.name, quote.speaker.title) == (name, title)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Norland's chief financial officer, Owen Kessler, said margins would improve.\n\n"
            '"We expect a strong quarter," the CFO said.',
            "Owen Kessler",
        ),
        (
            "Chief Electoral Officer of Karnataka Ana Rao said the squads were ready.\n\n"
            '"Forty complaints came in," the CEO said.',
            "Ana Rao",
        ),
        (
            "Deputy Chief Executive Officer Ana Rao said the plant would close.\n\n"
            '"It is over," the CEO said.',
            None,
        ),
    ],
    ids=["cfo", "ceo_of_a_place", "deputy_is_another_post"],
)
def test_a_titles_initialism_names_its_holder(text: str, name: str | None) -> None:
    """'the CFO' is the person whose stated post has those initials; a deputy's is another post."""
    quote = extract_quotes(text)[-1]
    got = quote.speaker.name if quote.speaker is not None else None
    if name is None:
        assert got != "Ana Rao"
    else:
        assert got == name


def test_presenter_label_is_never_the_guest_who_chairs_a_body() -> None:
    """A programme's PRESENTER: asks the questions; the guest is the chair of another body, so
    the role 'chair' must not make her the presenter (she answers under her own name)."""
    text = (
        "Ana Berg, chair of the Ennis Residents' Association, spoke to Morning Edition.\n\n"
        "PRESENTER: Can you deliver what you promised?\n\n"
        "BERG: We can, if people give us the time."
    )
    question, answer = extract_quotes(text)
    assert question.speaker is None or question.speaker.name != "Ana Berg"
    assert answer.speaker is not None and answer.speaker.name == "Ana Berg"


@pytest.mark.parametrize(
    "text",
    [
        '"The pumps are back on," said Ogun State Minister of Water, Sanitation and Environment'
        " Esther Koech.",
        '"The pumps are back on," said Minister for Water and Sanitation Esther Koech.',
    ],
    ids=["comma", "and"],
)
def test_a_source_cut_inside_a_listed_post_names_its_holder(text: str) -> None:
    """An inverted cue's source cut at the portfolio's comma or *and* names the person the post's
    title belongs to, never the post's first part (f22ttl)."""
    [q] = extract_quotes(text)
    assert q.speaker is not None and q.speaker.name == "Esther Koech"


def test_a_body_listed_with_and_before_its_spokesman_speaks_whole() -> None:
    """'A Ministry of Ports and Inland Waterways spokesman said': the whole phrase, not the
    part after *of* (f22ttl)."""
    [q] = extract_quotes("A Ministry of Ports and Inland Waterways spokesman said the berth would reopen.")
    assert q.speaker is not None
    assert q.speaker.name == "Ministry of Ports and Inland Waterways spokesman"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            'Hallie Brennan listened as Joanne Petrakis addressed the board. "We are out of time," she said.',
            "Joanne Petrakis",
        ),
        (
            'While Kofi Mensah looked on, Femi Adebayo briefed the panel.\n\n"It is not finished," he said.',
            "Femi Adebayo",
        ),
        (
            'Joanne Petrakis spoke to the crowd as Hallie Brennan watched. "We are out of time," she said.',
            "Joanne Petrakis",
        ),
        # (the other person does not speak either: nothing tells the two apart)
        (
            'Hallie Brennan listened as Joanne Petrakis arrived at the hall. "We are out of time," she said.',
            None,
        ),
    ],
)
def test_a_pronoun_after_a_listener_goes_to_the_one_who_spoke(text: str, speaker: str | None) -> None:
    assert _name(text) == speaker


@pytest.mark.parametrize(
    "later",
    ['"The ferry runs late," Nurul Huda said.', '"The ferry runs late," Ms Nurul Huda said.'],
)
def test_a_malay_name_is_shortened_to_its_given_name(later: str) -> None:
    text = "Nurul Huda binti Ismail runs the ferry service. " + later
    (quote,) = extract_quotes(text)
    assert quote.speaker is not None and quote.speaker.name == "Nurul Huda binti Ismail"


def test_a_father_s_name_after_bin_names_nobody_else() -> None:
    text = 'Nurul Huda binti Ismail runs the ferry. "The ferry runs late," Ismail Rahman said.'
    (quote,) = extract_quotes(text)
    assert quote.speaker is not None and quote.speaker.name == "Ismail Rahman"


def test_a_pronoun_after_a_fronted_clause_goes_to_the_main_subject() -> None:
    """'After A had spoken, B rose. "Q," she said.': B, the main clause's subject, not A in the
    fronted clause (h23sal)."""
    text = (
        "After Leilani Kahale had finished speaking, Ottilie Brannigan took the microphone."
        ' "The money was promised two budgets ago," she said.'
    )
    assert _name(text) == "Ottilie Brannigan"


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        ("Datuk Seri Halim Ramli said the dam would be finished by June.", "Halim Ramli", None),
        (
            "Tan Sri Lim Cheng Hock, the bank's chairman, said rates would hold.",
            "Lim Cheng Hock",
            "bank's chairman",
        ),
        ("Dato' Sri Noraini Ismail said the clinic would open in May.", "Noraini Ismail", None),
        ("Puan Sri Aishah Karim said the fund had been fully spent.", "Aishah Karim", None),
        ("Tan Boon Hwee said the stall would close early.", "Tan Boon Hwee", None),
    ],
)
def test_malaysian_address(text: str, name: str, title: str | None) -> None:
    """Malaysian forms of address (Tun, Tan Sri, Datuk Seri, Dato' Sri, Puan Sri) are no part of
    the name, and the surname Tan stays (the name was printed with them)."""
    (quote,) = extract_quotes(text)
    assert quote.speaker is not None
    assert (quote.speaker.name, quote.speaker.title) == (name, title)


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        (
            "Minister for Culture and the Environment Ruth Abara said the park would stay open.",
            "Ruth Abara",
            "Minister for Culture and the Environment",
        ),
        (
            "Secretary for Justice and the Courts Owen Kessler said the backlog had eased.",
            "Owen Kessler",
            "Secretary for Justice and the Courts",
        ),
    ],
)
def test_portfolio_item_with_article(text: str, name: str, title: str) -> None:
    """A portfolio's last item after *and the* stays in the post before the name (the title was
    its last item alone, 'Environment')."""
    (quote,) = extract_quotes(text)
    assert quote.speaker is not None
    assert (quote.speaker.name, quote.speaker.title) == (name, title)


@pytest.mark.parametrize(
    ("words", "body"),
    [
        (("Kenya", "Union", "of", "Clinical", "Officers"), True),
        (("Georgia", "Medical", "Association"), True),
        (("Mary", "Ann", "Church"), False),
        (("Victoria", "Bank"), False),
        (("Kenya", "Moore", "of", "Atlanta"), False),
    ],
)
def test_a_name_headed_by_a_body_noun(words: tuple[str, ...], body: bool) -> None:
    """A name of three words or more headed by an organisation noun is a body's, whatever its
    first word; a person's name of a first name and a surname is not."""
    assert headed_by_body_noun(words) is body


def test_a_body_named_after_a_first_name_is_its_generic_noun_far_on() -> None:
    """'the union' four paragraphs after 'the Georgia Union of Bus Drivers' is that body (its
    first word is no woman's first name), and 'the club' the club whose name holds it."""
    middle = "Hemi Parata said the talks had stalled.\n\nTraffic slowed.\n\nShops stayed shut.\n\n"
    for name, noun in (("Georgia Union of Bus Drivers", "union"), ("Adelaide Rowing Club", "club")):
        text = f"The {name} rejected the offer.\n\n{middle}According to the {noun}, members were owed pay."
        quote = extract_quotes(text)[-1]
        assert quote.speaker is not None and quote.speaker.name == name


@pytest.mark.parametrize(
    "name", ["Rashtriya Lok Dal", "Partido Verde Unido", "Parti Vert Alsacien", "Neue Freie Partei"]
)
def test_the_party_is_a_party_named_in_its_own_language(name: str) -> None:
    """'the party' after a party whose name holds its language's word for *party*."""
    text = f"The {name} held a rally on Sunday. In a statement, the party said taxes would rise."
    quote = extract_quotes(text)[-1]
    assert quote.speaker is not None and quote.speaker.name == name


def test_a_persons_surname_is_no_foreign_party_noun() -> None:
    """A person whose surname spells a word for *party* ('Dal') is not 'the party'."""
    text = "Maria Dal held a rally on Sunday. In a statement, the party said taxes would rise."
    quote = extract_quotes(text)[-1]
    assert quote.speaker is None or quote.speaker.name != "Maria Dal"


@pytest.mark.parametrize(
    "text",
    [
        "Ruth Okello, 61, is the county's health chief.\n\nSpeaking to host Mara Lindgren on Radio"
        ' Nyota, she said the wards were "full to the doors".',
        "Ruth Okello, 61, is the county's health chief.\n\nIn an interview with Mara Lindgren of the"
        ' Courier, the 61-year-old said the wards were "full to the doors".',
        "Ruth Okello, the county's health chief, met nurses on Monday.\n\nWhile talking to presenter"
        ' Mara Lindgren, the health chief said the wards were "full to the doors".',
    ],
)
def test_the_one_spoken_to_in_a_fronted_frame_is_not_the_speaker(text: str) -> None:
    """'Speaking to host H, she said ...': the subject's referent, never the interviewer H."""
    assert _name(text) == "Ruth Okello"


def test_transcript_turns_after_a_fronted_frame() -> None:
    """Q:/A: turns after 'Speaking to host H, N said ...': the questions H's, the answers N's."""
    text = (
        "Coach Tariq Haddad, 52, was suspended on Monday.\n\n"
        'Speaking to host Ines Moreau on Radio Sud, the 52-year-old said he was "not sorry".\n\n'
        "The exchange is printed below.\n\n"
        "Q: Do you regret the interview?\n\nA: No. I said what the players think."
    )
    assert [s.name if s else None for s in _speakers(text)] == ["Tariq Haddad", "Ines Moreau", "Tariq Haddad"]


def test_frame_addressees_reads_only_the_frame() -> None:
    """The addressee stands after the frame's to/with/by, before its comma, with no other
    preposition between; a sentence that opens with no frame has none."""
    from quotex.mentions import find_mentions
    from quotex.sentences import split_sentences
    from quotex.speakers.addressees import frame_addressees

    for text, want in [
        ("Speaking to host Ines Moreau on Radio Sud, Tariq Haddad said so.", ["Ines Moreau"]),
        ("Speaking to reporters in Lyon, Tariq Haddad said so.", []),
        ("After Ines Moreau spoke to Tariq Haddad, he said so.", []),
    ]:
        tokens = tokenize(text)
        sentences = split_sentences(tokens)
        mentions = find_mentions(tokens, sentences)
        got = frame_addressees(tokens.words, tokens.lows, mentions, sentences)
        assert [" ".join(tokens.words[mentions[k].first : mentions[k].last + 1]) for k in sorted(got)] == want


def test_relative_clause_that_takes_the_turn_holds_the_pronoun() -> None:
    """'A introduced B, who then addressed the hall. "C," she said.': B acts last and speaks;
    a relative clause with no turn to speak gives no such centre. (Both given names are ones no
    name table lists, as *Hemi* now is (world_names.py): the rule is about two
    people of no known gender.)"""
    lead = "Wiremu Tane introduced Rewi Parata, who {}. "
    quote = '"The bridge has been shut for a year," he said.'
    assert _name(lead.format("then addressed the hall") + quote) == "Rewi Parata"
    assert _name(lead.format("rose to reply") + quote) == "Rewi Parata"
    assert _name(lead.format("runs the ferry company") + quote) != "Rewi Parata"


def test_person_who_refused_to_comment_does_not_go_on() -> None:
    """'A said that C. B declined to comment. "D," she added.': *added* goes on with A, who
    spoke, never B; with no one else to go on from, no speaker."""
    text = (
        "Greta Lindahl said on Monday that the depot would close. Sofia Brandt declined to comment.\n\n"
        '"We will fight this," she added.'
    )
    assert _name(text) == "Greta Lindahl"
    assert _last_speaker('Sofia Brandt declined to comment.\n\n"We will fight this," she added.') is None


def test_person_introduced_with_no_cue_takes_the_next_pronoun() -> None:
    """A sentence with no cue that introduces one new person of the pronoun's gender (a
    relative clause or an apposition after the name) makes that person the newest: the next
    *she said* is hers; a name with no introduction, or *she added*, stays with the speaker."""
    first = '"The depot stays open," said Maria Lindqvist, the project manager.\n\n'
    quote = '"We were never asked," she {}.'
    intro = "That was not enough for Helen Okafor, whose shop faces the depot.\n\n"
    assert _name(first + intro + quote.format("said")) == "Helen Okafor"
    assert _name(first + intro + quote.format("added")) == "Maria Lindqvist"
    plain = "The petition was handed to Helen Okafor on Friday.\n\n"
    assert _name(first + plain + quote.format("said")) == "Maria Lindqvist"


def test_he_said_goes_on_with_the_reporting_role_past_the_reported_person() -> None:
    """'A spokesman said the Taoiseach would ... He said ...': the *He said* that opens the next
    sentence continues the reporting role, not the person inside its report; a person named
    right after the verb (*asked B how ...*) is its object and still stands between."""
    text = (
        "Taoiseach Declan Moriarty said the library would not close.\n\n"
        "A Government spokesman said the Taoiseach would meet the charities on Monday. "
        "He said the meeting had been arranged weeks ago."
    )
    assert _name(text) == "Government spokesman"
    asked = 'A reporter asked Declan Moriarty how the talks went. He replied: "They went well."'
    assert _name(asked) != "reporter"
