"""Round 20 (f20nom): descriptions, documents and possessed nouns resolved to the entity the
text introduced. Sentences of our own."""

from __future__ import annotations

import pytest

from quotex import Quote, extract_quotes
from quotex.speakers.introduced import without_count
from quotex.speakers.nominals import _unnumbered
from quotex.speakers.work_asides import past_title as _past_title


def _speaker_of(text: str, content: str) -> str | None:
    """The speaker's name of the quote holding *content*."""
    found: list[Quote] = [q for q in extract_quotes(text) if content in q.text]
    assert found, f"no quote holds {content!r}"
    return found[0].speaker.name if found[0].speaker else None


class TestHelpers:
    def test_past_title_skips_a_marked_title_after_the_noun(self) -> None:
        words = ["report", ",", '"', "Paying", "for", "It", ",", '"', "by", "the"]
        assert _past_title(words, 1) == 8
        assert _past_title(["report", "by", "the"], 1) == 1
        assert _past_title(["report", ",", '"', "open"], 1) == 1  # (no closing mark: nothing skipped)

    @pytest.mark.parametrize(
        ("words", "out"),
        [
            (["the", "mother", "of", "five"], ["the", "mother"]),
            (["the", "grandfather", "of", "12"], ["the", "grandfather"]),
            (["the", "mayor", "of", "leith"], ["the", "mayor", "of", "leith"]),
            (["the", "veteran"], ["the", "veteran"]),
        ],
    )
    def test_without_count(self, words: list[str], out: list[str]) -> None:
        assert list(without_count(words)) == out

    def test_unnumbered(self) -> None:
        assert list(_unnumbered(("Weld", "Valley", "School", "District", "8"))) == [
            "Weld",
            "Valley",
            "School",
            "District",
        ]
        assert list(_unnumbered(("Route", "66"))) == ["Route", "66"]  # (two words: the number is the name)


class TestDocumentIssuers:
    def test_trailing_said_in_issues_the_filing(self) -> None:
        text = (
            "Corvel Mining Company reported its results on Tuesday. Profit fell by a third, "
            "Corvel Mining Company said in a regulatory filing.\n\n"
            "According to the filing, the board approved a special dividend."
        )
        assert _speaker_of(text, "the board approved") == "Corvel Mining Company"

    def test_nominal_subject_said_in_the_report(self) -> None:
        text = (
            "The Harrowgate Marine Safety Board opened an inquiry in May.\n\n"
            "The radar had frozen, the board wrote in the report.\n\n"
            "\u2018The crew was steering blind,\u2019 the report states."
        )
        assert _speaker_of(text, "steering blind") == "Harrowgate Marine Safety Board"

    def test_titled_report_by_a_described_firm(self) -> None:
        text = (
            'The vote drew on a 40-page report, "The Cost of Waiting," by the Cardiff accounting '
            "firm Pemberton Lyle, which the board commissioned. The report found that fares would rise."
        )
        assert _speaker_of(text, "fares would rise") == "Pemberton Lyle"

    def test_a_coordinated_name_after_by_is_no_author(self) -> None:
        text = (
            "A study by Harvard researchers and Yale found that sleep matters. "
            "The study said that short naps improve memory."
        )
        assert _speaker_of(text, "short naps improve") != "Yale"

    def test_opening_statement_links_its_speaker(self) -> None:
        text = (
            "In a statement released late on Monday by its press office, the Kelmscott Housing Trust "
            "said rents would be frozen.\n\n\u201cWe will not pass the cost on,\u201d the statement said."
        )
        assert _speaker_of(text, "pass the cost on") == "Kelmscott Housing Trust"

    def test_a_body_that_spoke_issued_the_statement(self) -> None:
        text = (
            "The Tamberlane Water Authority said on Wednesday that it had opened an inquiry.\n\n"
            "Bills would not rise, the authority said. "
            "\u201cWe owe customers answers,\u201d the statement said."
        )
        assert _speaker_of(text, "owe customers") == "Tamberlane Water Authority"

    def test_a_possessed_platform_is_no_author(self) -> None:
        text = "The book is out on Tuesday. Its Amazon summary says the author spent a year at sea."
        assert _speaker_of(text, "spent a year at sea") != "Amazon"

    def test_a_filing_the_company_submitted(self) -> None:
        text = (
            "Westmark Pipelines Ltd. told the panel it would reroute the line.\n\n"
            "According to a filing the company submitted to the Energy Regulator last month, talks "
            "were advanced. The filing says two deals were signed."
        )
        assert _speaker_of(text, "talks were advanced") == "Westmark Pipelines Ltd."
        assert _speaker_of(text, "two deals were signed") == "Westmark Pipelines Ltd."


class TestDescriptions:
    def test_apposed_description_names_the_body_far_on(self) -> None:
        text = (
            "The developer, Edinburgh-based Hollowmere Renewables, says the turbines will "
            "power 60,000 homes.\n\n"
            "Ana Lund said two neighbours had signed agreements.\n\n"
            "The Scottish Government said appeals are decided by reporters.\n\n"
            "Construction will start in 2028, the developer said."
        )
        assert _speaker_of(text, "Construction will start") == "Hollowmere Renewables"

    def test_the_authors_apposition_is_not_the_books(self) -> None:
        text = "The author of the book, Mitchell Zuckoff, spoke in May.\n\nThe book says the guards waited."
        assert _speaker_of(text, "the guards waited") != "Mitchell Zuckoff"

    def test_numbered_district(self) -> None:
        text = (
            "Weld Valley School District 8 took over the buses in August. "
            "Most runs were late, the district said."
        )
        assert _speaker_of(text, "Most runs were late") == "Weld Valley School District 8"

    def test_grandmother_of_five_with_a_name_in_the_quotation(self) -> None:
        text = (
            "Marnie Jelbart, 58, said she had driven buses for 19 years.\n\n"
            "\u2018My husband said to me, \u201cMarn, keep your head down,\u201d and I did,\u2019 "
            "the grandmother of five said."
        )
        assert _speaker_of(text, "My husband") == "Marnie Jelbart"

    def test_a_quoted_name_of_the_speaker_before_blocks_the_reference(self) -> None:
        text = "Ana Roe scored twice. \u201cAna Roe was brilliant,\u201d the veteran said."
        assert _speaker_of(text, "was brilliant") != "Ana Roe"

    def test_long_company_description(self) -> None:
        text = (
            "Halvard Foods Corp on Thursday reported a fall in profit.\n\n"
            "Net income fell to $212 million, the Chicago-based packaged-food maker said."
        )
        assert _speaker_of(text, "Net income fell") == "Halvard Foods Corp"


class TestNominalOwner:
    def test_the_ministers_office(self) -> None:
        text = (
            "Minister Fiona Cartledge announced the grants.\n\n"
            "Applications open in May, the minister\u2019s office said."
        )
        assert _speaker_of(text, "Applications open") == "Fiona Cartledge's office"

    def test_a_named_spokesman_wins(self) -> None:
        text = (
            "Congressman Trey Gowdy spoke on Monday, and Gowdy spokesman Jamal Ware defended him.\n\n"
            "The panel had done nothing wrong, the congressman's spokesman said."
        )
        assert _speaker_of(text, "done nothing wrong") == "Jamal Ware"

    def test_a_bodys_noun_is_no_persons(self) -> None:
        text = (
            "The Clinton Foundation grew fast. It helped 31,000 schools, according to the foundation's tally."
        )
        assert _speaker_of(text, "31,000 schools") != "Clinton Foundation's tally"


class TestWireLedes:
    def test_their_union_named_in_the_next_paragraph(self) -> None:
        text = (
            "ROTTERDAM, Oct 14 (Reuters) - Dockworkers will strike next month, their union said on "
            "Tuesday.\n\nThe union, Havenbond, represents about 6,500 people at the port."
        )
        assert _speaker_of(text, "Dockworkers will strike") == "Havenbond"

    def test_a_wire_service_told_is_not_the_company(self) -> None:
        text = (
            "Bhubaneswar, Nov 12 (PTI) Kalinga Ferro Alloys Ltd on Wednesday reported a fall in profit.\n\n"
            "Its general secretary, Debabrata Samal, told PTI that wages were late.\n\n"
            "The company said in a statement that talks were scheduled."
        )
        assert _speaker_of(text, "talks were scheduled") == "Kalinga Ferro Alloys Ltd"
