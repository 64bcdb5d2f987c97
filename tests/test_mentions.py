"""Stage 4, quotex/mentions/: tokens + sentences -> Mention (names, titles, kind, gender)."""

from __future__ import annotations

import pytest

from quotex.lexicon import DEFAULT_LEXICON
from quotex.mentions import (
    Mention,
    apposition_title,
    find_mentions,
    is_name_word,
    prefix_title,
    role_head_before,
)
from quotex.mentions.appositions import role_at_body
from quotex.mentions.role_heads import job_modifier
from quotex.quote_spans import find_quote_spans
from quotex.sentences import split_sentences
from quotex.tokens import Tokens, tokenize


def _mentions(text: str) -> tuple[Mention, ...]:
    tokens = tokenize(text)
    sentences = split_sentences(tokens, find_quote_spans(text), cue_words=DEFAULT_LEXICON.verb_forms)
    return find_mentions(tokens, sentences, lexicon=DEFAULT_LEXICON)


def _mention(text: str, name: str) -> Mention:
    found = [m for m in _mentions(text) if m.name == name]
    assert found, f"no mention named {name!r} in {[m.name for m in _mentions(text)]}"
    return found[0]


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("Xi", True),
        ("O'Neill", True),
        ("U.S.", True),
        ("A", True),
        ("McAllister", True),
        ("Ferreira-Lopes", True),
        ("lund", False),
        ("42", False),
        ("", False),
        ("'s", False),
    ],
    ids=lambda v: repr(v) if isinstance(v, str) else str(v),
)
def test_is_name_word(word: str, expected: bool) -> None:
    assert is_name_word(word) is expected


NAMES = {
    "full_name": ("Helena Marsh opened the depot on Monday.", "Helena Marsh"),
    "drops_sentence_initial_determiner": ("The Nordbank board met.", "Nordbank"),
    "particle": ("The score was written by Marco di Santo in a week.", "Marco di Santo"),
    "suffix": ("The score was written by Robert Hale Jr. in a week.", "Robert Hale Jr."),
    "hyphenated": ("The envoy met Tomas Ferreira-Lopes in Evora.", "Tomas Ferreira-Lopes"),
    "honorific_peeled": ("The clinic was opened by Mrs. Ada Kim yesterday.", "Ada Kim"),
    "particles_open_the_name": ('"The yard is safe," de la Vega said.', "de la Vega"),
    "particles_after_a_comma": ("The mayor, van der Berg and two aides left.", "van der Berg"),
    "filipino_particle": ("The map was drawn by Maricel dela Cruz in May.", "Maricel dela Cruz"),
    "spanish_particles": ("The map was drawn by Juan de los Santos in May.", "Juan de los Santos"),
    "welsh_patronymic": ("The map was drawn by Gethin ap Rhys in May.", "Gethin ap Rhys"),
    "malay_patronymic": ("The map was drawn by Nurul Huda binti Ismail in May.", "Nurul Huda binti Ismail"),
}


def test_particles_after_a_word_stay_outside_the_name() -> None:
    tokens = tokenize("They met at the van Dijk depot.")
    mentions = find_mentions(tokens, split_sentences(tokens, find_quote_spans(tokens.text)))
    assert [m.name for m in mentions] == ["Dijk"]


@pytest.mark.parametrize(("text", "name"), NAMES.values(), ids=NAMES.keys())
def test_name_chain(text: str, name: str) -> None:
    m = _mention(text, name)
    assert text[m.start : m.end] == name
    assert m.last >= m.first


def test_lone_capitalised_role_word_is_no_name() -> None:
    assert _mentions("The President arrived late.") == ()


@pytest.mark.parametrize(
    "text",
    [
        "Chinese President Xi Jinping arrived in Lima and Helena Marsh's deputy, Ola Berg, spoke.",
        "Petra Lindqvist, a housing analyst at Nordbank, expects prices to stall.",
    ],
    ids=["prefix_and_comma", "apposition"],
)
def test_offsets_and_title_tokens_are_consistent(text: str) -> None:
    tokens = tokenize(text)
    for m in _mentions(text):
        assert text[m.start : m.end] == m.name
        assert (m.start, m.end) == (tokens.starts[m.first], tokens.ends[m.last])
        if m.title is None:
            assert (m.title_first, m.title_last) == (-1, -1)
        else:
            assert text[tokens.starts[m.title_first] : tokens.ends[m.title_last]] == m.title


class TestTitlePrefix:
    @pytest.mark.parametrize(
        ("text", "name", "title"),
        [
            ("Chinese President Xi Jinping arrived in Lima on Friday.", "Xi Jinping", "Chinese President"),
            (
                "The talks were led by Moldova's special envoy Anton Radu and his deputy.",
                "Anton Radu",
                "Moldova's special envoy",
            ),
            ("The clinic was opened by spokesman Tom Reyes yesterday.", "Tom Reyes", "spokesman"),
            ("The report was signed by Judge Ann Walsh.", "Ann Walsh", "Judge"),
        ],
        ids=[
            "capitalised_role",
            "possessive_and_modifiers",
            "lowercase_role",
            "ambiguous_role_before_full_name",
        ],
    )
    def test_title_before_the_name(self, text: str, name: str, title: str) -> None:
        assert _mention(text, name).title == title

    def test_office_chain_is_one_title(self) -> None:
        m = _mention("The delegation flew with Secretary of State Jane Ekwall to Oslo.", "Jane Ekwall")
        assert m.title == "Secretary of State"

    def test_office_chain_is_not_part_of_the_name(self) -> None:
        m = _mention("The delegation flew with Secretary of State Jane Ekwall to Oslo.", "Jane Ekwall")
        assert m.title is not None
        assert m.title.startswith("Secretary")

    def test_ambiguous_role_before_a_single_name_is_a_first_name(self) -> None:
        m = _mention("The report was written by Dean Baker and his team.", "Dean Baker")
        assert m.title is None

    def test_honorifics_are_not_titles(self) -> None:
        assert _mention("The clinic was opened by Mrs. Ada Kim yesterday.", "Ada Kim").title is None

    def test_prefix_title_function(self) -> None:
        tokens = tokenize("Moldova's special envoy Anton Radu spoke.")
        first, last = prefix_title(tokens, tokens.words.index("Anton"), DEFAULT_LEXICON)
        assert tokens.words[first : last + 1] == ("Moldova", "'s", "special", "envoy")

    @pytest.mark.parametrize(
        "text",
        ["The angry Anton Radu spoke.", "Yesterday Anton Radu spoke."],
        ids=["adjective", "adverb"],
    )
    def test_prefix_title_needs_a_role_word(self, text: str) -> None:
        tokens = tokenize(text)
        assert prefix_title(tokens, tokens.words.index("Anton"), DEFAULT_LEXICON) == (-1, -1)

    @pytest.mark.parametrize(
        ("text", "title"),
        [
            (
                "Food and Drug Administration spokesman Tomas Ekwueme spoke.",
                "Food and Drug Administration spokesman",
            ),
            (
                "Port and Rail Workers Union secretary Mele Fonua spoke.",
                "Port and Rail Workers Union secretary",
            ),
            (
                "Then Coastal Nursing and Midwifery Council SA branch secretary Ana Vos spoke.",
                "Coastal Nursing and Midwifery Council SA branch secretary",
            ),
        ],
        ids=["two-halves", "members-plural", "long-body"],
    )
    def test_prefix_title_keeps_a_body_name_with_and(self, text: str, title: str) -> None:
        tokens = tokenize(text)
        name = text.split()[-3]
        first, last = prefix_title(tokens, tokens.words.index(name), DEFAULT_LEXICON)
        assert " ".join(tokens.words[first : last + 1]) == title

    @pytest.mark.parametrize(
        "text",
        [
            "Mayor Ana Berg and Harbour Board chair Tomas Ekwueme spoke.",
            "Ana Berg and Harbour Board chair Tomas Ekwueme spoke.",
        ],
        ids=["titled-person", "person"],
    )
    def test_prefix_title_leaves_a_person_before_and(self, text: str) -> None:
        tokens = tokenize(text)
        first, last = prefix_title(tokens, tokens.words.index("Tomas"), DEFAULT_LEXICON)
        assert " ".join(tokens.words[first : last + 1]) == "Harbour Board chair"

    def test_prefix_title_respects_the_floor(self) -> None:
        tokens = tokenize("Moldova's special envoy Anton Radu spoke.")
        first, _ = prefix_title(tokens, tokens.words.index("Anton"), DEFAULT_LEXICON, floor=2)
        assert first >= 2


class TestTitleApposition:
    def test_apposition_after_the_name(self) -> None:
        m = _mention(
            "Petra Lindqvist, a housing analyst at Nordbank, expects prices to stall.", "Petra Lindqvist"
        )
        assert m.title == "housing analyst at Nordbank"

    def test_age_is_skipped(self) -> None:
        m = _mention("Tomas Ferreira, 52, a grain farmer from Evora, said little.", "Tomas Ferreira")
        assert m.title == "grain farmer from Evora"

    def test_role_then_name_between_commas(self) -> None:
        assert _mention("The union's treasurer, Ola Berg, signed the letter.", "Ola Berg").title == (
            "union's treasurer"
        )

    def test_apposition_without_a_role_word_is_no_title(self) -> None:
        assert (
            _mention(
                "Petra Lindqvist, a keen sailor from Bergen, expects prices to stall.", "Petra Lindqvist"
            ).title
            is None
        )

    @pytest.mark.parametrize(
        ("text", "title"),
        [
            ('Tom Reyes, retired welder, Swansea: "Nobody asked us."', "retired welder"),
            ('Tom Reyes, 41, ferry pilot: "Nobody asked us."', "ferry pilot"),
        ],
        ids=["role_and_place", "age_and_compound_role"],
    )
    def test_a_bare_noun_phrase_before_a_credit_colon_is_a_role(self, text: str, title: str) -> None:
        assert _mention(text, "Tom Reyes").title == title

    def test_a_bare_role_set_off_before_a_verb_is_a_title(self) -> None:
        # (round 32: news style drops the article in 'NAME, ROLE, said'; was no title)
        assert (
            _mention("Tom Reyes, retired welder, said nobody asked.", "Tom Reyes").title == "retired welder"
        )

    @pytest.mark.parametrize("aside", ["however", "meanwhile", "for his part", "Ohio"])
    def test_a_set_off_non_role_is_no_title(self, aside: str) -> None:
        assert _mention(f"Tom Reyes, {aside}, said nobody asked.", "Tom Reyes").title is None

    @pytest.mark.parametrize(
        "text",
        ['"Nobody asked," said Tom Reyes, beekeeper.', '"Nobody asked." \u2014 Tom Reyes, beekeeper'],
        ids=["sentence_end", "credit_line_end"],
    )
    def test_a_bare_role_closing_the_sentence_is_a_title(self, text: str) -> None:
        assert _mention(text, "Tom Reyes").title == "beekeeper"

    def test_and_inside_a_body_name_stays_in_the_title(self) -> None:
        text = "Ada Quist, a spokeswoman for the Ministry of Trade and Industry, said so."
        assert _mention(text, "Ada Quist").title == "spokeswoman for the Ministry of Trade and Industry"

    def test_a_capitalised_verb_form_inside_a_body_name_is_no_verb(self) -> None:
        text = "Ada Quist, port director of the Granite State Bank, said so."
        assert _mention(text, "Ada Quist").title == "port director of the Granite State Bank"

    def test_a_phrase_that_runs_into_a_verb_is_its_subject_not_an_apposition(self) -> None:
        assert _mention("The pier in Tromso, the aide said, is safe.", "Tromso").title is None

    def test_relative_clause_ends_the_apposition(self) -> None:
        m = _mention("Ola Berg, the treasurer who signed the letter, left.", "Ola Berg")
        assert m.title == "treasurer"

    def test_apposition_title_function(self) -> None:
        tokens = tokenize("Lindqvist, a housing analyst at Nordbank, spoke.")
        first, last = apposition_title(tokens, 0, len(tokens) - 1, DEFAULT_LEXICON)
        assert tokens.words[first : last + 1] == ("housing", "analyst", "at", "Nordbank")

    @pytest.mark.parametrize(
        "text",
        ["Lindqvist spoke, a housing analyst said.", "Lindqvist, a keen sailor, spoke."],
        ids=["no_comma_after_name", "no_role_word"],
    )
    def test_apposition_title_function_negative(self, text: str) -> None:
        tokens = tokenize(text)
        assert apposition_title(tokens, 0, len(tokens) - 1, DEFAULT_LEXICON) == (-1, -1)

    def test_apposition_stops_at_end(self) -> None:
        tokens = tokenize("Lindqvist, a housing analyst at Nordbank, spoke.")
        assert apposition_title(tokens, 0, 1, DEFAULT_LEXICON) == (-1, -1)


class TestKind:
    @pytest.mark.parametrize(
        ("text", "name"),
        [
            ("The statement was issued by NATO on Friday.", "NATO"),
            ("The statement was issued by the Finance Ministry on Friday.", "Finance Ministry"),
        ],
        ids=["acronym", "organisation_noun_head"],
    )
    def test_organisations(self, text: str, name: str) -> None:
        assert _mention(text, name).kind == "organization"

    @pytest.mark.parametrize(
        ("text", "name"),
        [
            ("The depot was opened by Helena Marsh on Friday.", "Helena Marsh"),
            ("The clinic was opened by spokesman Reyes yesterday.", "Reyes"),
        ],
        ids=["full_name", "titled_surname"],
    )
    def test_people(self, text: str, name: str) -> None:
        assert _mention(text, name).kind == "person"

    def test_entity_labels_win_when_present(self) -> None:
        text = "Helena Marsh joined Nordbank."
        plain = tokenize(text)
        tokens = Tokens(
            text,
            plain.starts,
            plain.ends,
            plain.words,
            ents=("PERSON", "PERSON", "", "ORG", ""),
            ent_starts=(True, False, False, True, False),
        )
        sentences = split_sentences(tokens)
        kinds = {m.name: m.kind for m in find_mentions(tokens, sentences)}
        assert kinds == {"Helena Marsh": "person", "Nordbank": "organization"}


class TestGender:
    @pytest.mark.parametrize(
        ("text", "name", "gender"),
        [
            ("The clinic was opened by Mrs. Ada Kim yesterday.", "Ada Kim", "f"),
            ("The clinic was opened by Mr. Tom Reyes yesterday.", "Tom Reyes", "m"),
            ("The clinic was opened by spokeswoman Ada Kim yesterday.", "Ada Kim", "f"),
            ("The clinic was opened by Tom Reyes, the committee chairman.", "Tom Reyes", "m"),
            ("The clinic was opened by Tom Reyes yesterday.", "Tom Reyes", None),
        ],
        ids=["honorific_f", "honorific_m", "role_word_f", "apposition_role_m", "unknown"],
    )
    def test_gender_hint(self, text: str, name: str, gender: str | None) -> None:
        assert _mention(text, name).gender == gender

    def test_sentence_initial_honorific_gives_gender(self) -> None:
        assert _mention("Mr. Oduya thanked the hosts.", "Oduya").gender == "m"


def test_repeated_names_and_titles_are_one_string() -> None:
    # memory: an article repeats its names and titles; each is kept once
    mentions = _mentions(
        "Deputy Mayor Ola Brekke closed the pier. Deputy Mayor Ola Brekke reopened it on Friday."
    )
    assert [(m.name, m.title) for m in mentions] == [("Ola Brekke", "Deputy Mayor")] * 2
    first, second = mentions
    assert first.name is second.name
    assert first.title is second.title


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("a spokesman for the ministry , X", "spokesman"),
        ("a spokesman for the Department of Ports and Harbours , X", "spokesman"),
        ("the director of the Lower Fenland Coastal Research Institute , X", "director"),
        ("Speaking to reporters at the Harbour Hotel , X", None),
        ("the boats that sailed from the quiet little harbour , X", None),
    ],
    ids=["short", "body-over-of-and", "long-body-name", "preposition-before-role", "no-role"],
)
def test_role_head_before_counts_a_capitalised_name_as_one_word(text: str, role: str | None) -> None:
    words = text.split()
    end = words.index(",") - 1
    got = role_head_before(words, end, 0, DEFAULT_LEXICON)
    assert (words[got] if got >= 0 else None) == role


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        ("The Crofters' Federation said the ferry was late.", "Crofters' Federation", None),
        ("St Columba's Hospital said the ward was full.", "St Columba's Hospital", None),
        ("Britain's Foreign Ministry said the talks had stalled.", "Foreign Ministry", None),
        (
            "The Bank of Lisbon's chief economist, Rui Faria, said rates would fall.",
            "Rui Faria",
            "Bank of Lisbon's chief economist",
        ),
    ],
    ids=["plural-possessive", "saint", "singular-possessor-stays-out", "possessor-over-of"],
)
def test_body_names_hold_their_own_possessives(text: str, name: str, title: str | None) -> None:
    assert _mention(text, name).title == title


def test_a_body_noun_opening_a_headline_is_no_name() -> None:
    text = "Council delays vote on bus lanes\n\nCouncil leaders met on Monday. Congress met too."
    names = [(m.name, m.start) for m in _mentions(text)]
    assert ("Council", 0) not in names  # the headline's first word
    assert ("Congress", text.index("Congress")) in names  # a sentence of running text


class TestRoleAtBody:
    """mentions.appositions.role_at_body: a role with its body after a name (f14t)."""

    def test_a_role_with_its_body(self) -> None:
        words = tuple("Dana Price , policy lead at the Open Grid Forum .".split())
        assert role_at_body(words, 3, len(words) - 1, DEFAULT_LEXICON) == 9

    def test_a_participle_is_no_role(self) -> None:
        words = tuple("Dana Price , speaking at the Open Grid Forum .".split())
        assert role_at_body(words, 3, len(words) - 1, DEFAULT_LEXICON) == -1

    def test_the_text_may_end_inside_the_phrase(self) -> None:
        # (a credit with no full stop: the phrase runs to the text's last token)
        for words in (("Ana", "Roe", ",", "town", "planner"), ("Ana", "Roe", ",", "planner", "in")):
            assert role_at_body(words, 3, len(words) - 1, DEFAULT_LEXICON) == -1


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        (
            "Mara Quist, then the city's chief planner, said the plan was late.",
            "Mara Quist",
            "city's chief planner",
        ),
        (
            "Ivo Brandt, then a senior analyst at Norbank, said rates would fall.",
            "Ivo Brandt",
            "senior analyst at Norbank",
        ),
        (
            "Ivo Brandt, then director of the Harbour Trust, said so.",
            "Ivo Brandt",
            "director of the Harbour Trust",
        ),
        ("The bill was signed by then-Gov. Alan Brede in 2019.", "Alan Brede", "Gov."),
    ],
    ids=["then-the", "then-a", "then-bare", "then-hyphen"],
)
def test_then_is_no_part_of_a_title(text: str, name: str, title: str) -> None:
    assert _mention(text, name).title == title


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("The bill was signed by Democratic Gov. Ada Roe on Friday.", "Gov."),
        ("The bill was backed by Republican Sen. Ada Roe on Friday.", "Sen."),
        (
            "The bill was backed by Democratic presidential candidate Sen. Ada Roe.",
            "Democratic presidential candidate Sen.",
        ),
        (
            "The bill was backed by Republican National Committee Chairman Ada Roe.",
            "Republican National Committee Chairman",
        ),
    ],
    ids=["party-gov", "party-sen", "party-of-the-candidacy", "party-in-a-body-name"],
)
def test_a_party_before_a_rank_is_no_part_of_the_post(text: str, title: str) -> None:
    assert _mention(text, "Ada Roe").title == title


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Ana Berg, vice-president, global markets at Norbank Securities, said prices fell.",
            "vice-president, global markets at Norbank Securities",
        ),
        (
            "Ana Berg, chief economist, eurozone research at the Bank of Lisbon, said prices fell.",
            "chief economist, eurozone research at the Bank of Lisbon",
        ),
        ("Ana Berg, the manager, now at Tesco, said prices fell.", "manager"),
        ("Ana Berg, a teacher, mother of Ada Roe, said prices fell.", "teacher"),
    ],
    ids=["department", "department-the-body", "adverb-no-department", "relation-no-department"],
)
def test_a_department_after_the_role_and_a_comma_is_in_the_title(text: str, title: str) -> None:
    assert _mention(text, "Ana Berg").title == title


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        ("On Monday the Liberal Unity Alliance said it would vote no.", "Liberal Unity Alliance", None),
        ("In a letter, Harbor Student Transit said it had hired drivers.", "Harbor Student Transit", None),
        ("The Ohio Voter Access Project said it would appeal.", "Ohio Voter Access Project", None),
        ("The Coastal Tenant Defense Project sued the city.", "Coastal Tenant Defense Project", None),
        ("Trade Minister Ida Berg spoke first.", "Ida Berg", "Trade Minister"),
        ("Democratic Mayoral Hopeful Tom Reyes spoke.", "Tom Reyes", "Democratic Mayoral Hopeful"),
    ],
    ids=["adjective-before-first-name", "role-word-inside", "voter", "tenant", "person-kept", "hopeful-kept"],
)
def test_a_body_name_keeps_its_role_and_adjective_words(text: str, name: str, title: str | None) -> None:
    """A chain that ends in a body noun with no listed first name after its role word is one
    body's name (f20org)."""
    assert _mention(text, name).title == title


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The Tenmile River Bridge and Tunnel Authority said tolls would rise.",
            "Tenmile River Bridge and Tunnel Authority",
        ),
        ("The Port Harbor Dock and Rail Commission met.", "Port Harbor Dock and Rail Commission"),
        ("The Fish and Wildlife Service said so.", "Fish and Wildlife Service"),
    ],
    ids=["three-words", "three-words-commission", "one-word"],
)
def test_and_joins_a_body_name_of_up_to_three_words(text: str, name: str) -> None:
    assert _mention(text, name).kind == "organization"


def test_and_joins_no_person_to_a_body() -> None:
    names = [m.name for m in _mentions("The Treasury Department and Ana Berg Foundation met.")]
    assert "Treasury Department" in names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Danish Embassy in Nairobi said so.", "Danish Embassy in Nairobi"),
        ("The British Consulate in Hong Kong said so.", "British Consulate in Hong Kong"),
        ("Riders for Reliable Transit said so.", "Riders for Reliable Transit"),
        ("On Monday, Citizens for Clean Water said so.", "Citizens for Clean Water"),
        ("Parents Against Tolls said so.", "Parents Against Tolls"),
    ],
    ids=["embassy", "consulate-two-words", "riders", "citizens", "against"],
)
def test_a_group_name_runs_on_over_its_link(text: str, name: str) -> None:
    """A mission named by its city and a plural of people named by its cause are one name (f20org)."""
    assert _mention(text, name).kind in ("organization", "person")


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Lawyers for Ines Marr said so.", "Lawyers for Ines Marr"),
        ("Parents for Ana Berg said so.", "Parents for Ana Berg"),
        ("The Danish Embassy in March said so.", "Danish Embassy in March"),
    ],
    ids=["role-plural", "first-name", "month"],
)
def test_a_group_name_does_not_run_on_over_a_person_or_a_date(text: str, absent: str) -> None:
    assert absent not in [m.name for m in _mentions(text)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The Department of Climate Change, Energy and the Polar Territories said so.",
            "Department of Climate Change, Energy and the Polar Territories",
        ),
        (
            "The Department for Environment, Food and Rural Affairs said so.",
            "Department for Environment, Food and Rural Affairs",
        ),
        (
            "The Ministry of Climate, Energy, Water and the Environment said so.",
            "Ministry of Climate, Energy, Water and the Environment",
        ),
    ],
    ids=["the-last", "for", "four-areas"],
)
def test_a_portfolio_list_stays_in_its_body_name(text: str, name: str) -> None:
    """A department's name runs on over its portfolio's comma list closed by *and* (f20org)."""
    assert _mention(text, name).kind == "organization"


@pytest.mark.parametrize(
    "text",
    [
        "The Department of Justice, Ana Berg and Tom Hughes said so.",
        "The Department of Justice, FBI and Treasury said so.",
        "The Department of Justice, the mayor and police said so.",
    ],
    ids=["persons", "acronym", "lower-case"],
)
def test_a_list_of_others_after_a_department_is_no_portfolio(text: str) -> None:
    assert "Department of Justice" in [m.name for m in _mentions(text)]


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        ("The Director-General, Mr Kofi Asante, said it.", "Kofi Asante", "Director-General"),
        ("The league's Secretary-General, Ruth Adjei, said it.", "Ruth Adjei", "league's Secretary-General"),
        ("Attorney-General Paul Ndlovu said it.", "Paul Ndlovu", "Attorney-General"),
        (
            "Water, Land and Resource Stewardship Minister Ana Okafor said it.",
            "Ana Okafor",
            "Water, Land and Resource Stewardship Minister",
        ),
        (
            "Later, Culture, Media and Sport Secretary Tom Hale said it.",
            "Tom Hale",
            "Culture, Media and Sport Secretary",
        ),
        ("Smith, Jones and Foreign Secretary David Lammy said it.", "David Lammy", "Foreign Secretary"),
        ("Earlier, the Minister of Power, Mr Ade Bello, said it.", "Ade Bello", "Minister of Power"),
    ],
)
def test_long_titles_come_out_whole(text: str, name: str, title: str) -> None:
    """A hyphenated post, a portfolio listed with commas and *and*, a post set off by a comma
    before an honorific: the whole title, and the name never opens at a hyphen."""
    assert _mention(text, name).title == title
    assert all(not m.name.startswith("-") for m in _mentions(text))


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Ana Berg, head of sales, marketing and customer service at Kestrel Ferries, said it.",
            "head of sales, marketing and customer service at Kestrel Ferries",
        ),
        ("Ana Berg, director of strategy, said it.", "director of strategy"),
        ("Ana Berg, head of sales, and Ivo Lund, head of marketing, said it.", "head of sales"),
    ],
)
def test_listed_fields_apposition(text: str, title: str) -> None:
    """A role's portfolio listed with commas and *and*, then its body: the whole title; a role
    closed by a comma with no such list keeps its own words."""
    assert _mention(text, "Ana Berg").title == title


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        ("On Monday, senior coroner for Gwent Helen Roe said so.", "Helen Roe", "senior coroner for Gwent"),
        (
            "Later, area coroner for Teesside Margaret Lloyd said so.",
            "Margaret Lloyd",
            "area coroner for Teesside",
        ),
        ("Falcons forward Grace Okonjo walked in.", "Grace Okonjo", "Falcons forward"),
        ("Veteran wing Peter Langridge walked in.", "Peter Langridge", "Veteran wing"),
        (
            "Grace Okonjo, the Falcons' rookie point guard, scored.",
            "Grace Okonjo",
            "Falcons' rookie point guard",
        ),
        ("Grace Okonjo, the club’s press officer, said so.", "Grace Okonjo", "club’s press officer"),
    ],
    ids=["lower-post-for-place", "modifier-noun", "team-position", "modifier-position", "owner", "press"],
)
def test_a_title_before_or_after_the_name_is_read_whole(text: str, name: str, title: str) -> None:
    """A lower-case post with *for* and a place, a team's position, an owner's compound role (g20lede)."""
    assert _mention(text, name).title == title


@pytest.mark.parametrize(
    "text",
    ["The squad stepped forward Grace Okonjo said.", "The way forward, Grace Okonjo said, is clear."],
    ids=["verb", "noun"],
)
def test_forward_after_no_team_is_no_title(text: str) -> None:
    assert _mention(text, "Grace Okonjo").title is None


def test_no_surname_from_a_determiner_or_after_an_acronym() -> None:
    """A headline ending in an acronym that spells a given name ('AI') before the story's first
    word ('The') gives the text no surname 'The'; a given name before a capitalised word does."""
    from quotex.mentions.chains import given_surnames

    words = ["Firm", "bets", "on", "AI", "The", "board", "met", ".", "Theresa", "May", "spoke", "."]
    lows = [w.lower() for w in words]
    assert given_surnames(words, lows) == frozenset({"May"})
    words = ["Ana", "The", "spoke", "."]
    assert given_surnames(words, [w.lower() for w in words]) == frozenset()


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        ("A tailor in Surulere, Mr Kunle Adesanmi, 47, said so.", "Kunle Adesanmi", "tailor in Surulere"),
        (
            "On Tuesday, a retired teacher who was walking her dog, Janet Hale, said so.",
            "Janet Hale",
            "retired teacher",
        ),
        ("A beekeeper who keeps hives on the hill, Ruth Okonkwo, said so.", "Ruth Okonkwo", "beekeeper"),
        (
            "Ruth Okonkwo, a volunteer with the lifeboat crew, said so.",
            "Ruth Okonkwo",
            "volunteer with the lifeboat crew",
        ),
        (
            '"It was fine," veteran crane operator Tariq Haddadi said.',
            "Tariq Haddadi",
            "veteran crane operator",
        ),
        (
            "Ruth Okonkwo, who is chief economist at Norbank, said so.",
            "Ruth Okonkwo",
            "chief economist at Norbank",
        ),
        (
            "On Monday, acting Police Commissioner Ruth Okonkwo said so.",
            "Ruth Okonkwo",
            "acting Police Commissioner",
        ),
    ],
    ids=[
        "fronted-honorific-age",
        "fronted-relative",
        "fronted-relative-link",
        "volunteer",
        "compound-job",
        "present-copular",
        "rank-before-post",
    ],
)
def test_title_shapes_f21ttl(text: str, name: str, title: str) -> None:
    """A fronted description less its relative clause, a compound job noun, a present copular
    post, a lower-case rank before a capitalised post (f21ttl)."""
    assert _mention(text, name).title == title


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("In a letter to the council, Ruth Okonkwo, 52, wrote so.", "Ruth Okonkwo"),
        ("In Shyamnagar, a district of Satkhira, Abdul Kader Sheikh, 61, said so.", "Abdul Kader Sheikh"),
        ("Cecelia Purner, 67, a retired nurse in Allentown, Pa., said so.", "Pa."),
        ("A farmer near Ennis, Co Clare, said so.", "Co Clare"),
        ("A woman, Ruth Okonkwo, said so.", "Ruth Okonkwo"),
        ("The school would merge next year, Ruth Okonkwo, said.", "Ruth Okonkwo"),
        (
            "Ruth Okonkwo, who had been clerk to the Harbour Parish Council since 2009, said so.",
            "Ruth Okonkwo",
        ),
        ('"Fine," said Ruth Okonkwo, who has been friends with Tom Reyes for years.', "Ruth Okonkwo"),
    ],
    ids=[
        "preposition-object",
        "place-apposition",
        "region-after-age",
        "county",
        "person-noun",
        "fronted-clause",
        "past-post",
        "plural-predicate",
    ],
)
def test_no_title_from_shapes_that_state_none_f21ttl(text: str, name: str) -> None:
    """A description that is no fronted one, a past post, a plural predicate: no title (f21ttl)."""
    mentions = (
        [m for m in _mentions(text) if m.name == name]
        if name in ("Pa.", "Co Clare")
        else [_mention(text, name)]
    )
    assert all(m.title is None for m in mentions)


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        (
            "Ogun State Commissioner for Works Olufemi Bakare said so.",
            "Olufemi Bakare",
            "Ogun State Commissioner for Works",
        ),
        (
            "Later, Kisumu County Executive Committee Member for Lands, Housing and Planning"
            " Grace Achieng said so.",
            "Grace Achieng",
            "Kisumu County Executive Committee Member for Lands, Housing and Planning",
        ),
        (
            "Minister for Roads, Ports and Urban Renewal Kofi Asante said so.",
            "Kofi Asante",
            "Minister for Roads, Ports and Urban Renewal",
        ),
    ],
    ids=["place-before-post", "body-before-listed-post", "given-name-in-portfolio"],
)
def test_a_placed_post_with_its_portfolio_is_the_title(text: str, name: str, title: str) -> None:
    """A place's or body's name before a post with its portfolio, listed or not, is the title's
    (f22ttl); the list's last item, a given name too ('Urban'), is no name."""
    assert _mention(text, name).title == title
    assert [m.name for m in _mentions(text)] == [name]


def test_a_person_before_a_post_stays_a_person() -> None:
    """A first name before a capitalised post keeps the names apart (no placed post)."""
    names = [m.name for m in _mentions("Former Secretary of State Ana Berg and Sen. Ivo Lund met.")]
    assert "Ana Berg" in names


@pytest.mark.parametrize(
    ("mod", "expected"),
    [("tea", True), ("bus", True), ("gas", True), ("hot", False), ("red", False), ("big", False)],
)
def test_a_three_letter_noun_modifies_a_job(mod: str, expected: bool) -> None:
    """A three-letter noun before a job noun makes a compound job ('tea planter', 'bus
    driver'); a three-letter adjective does not (f22ttl)."""
    assert job_modifier(mod, DEFAULT_LEXICON) is expected


def test_a_short_compound_job_in_apposition_is_the_title() -> None:
    text = "Ines Marr, a tea planter from Munnar, said it."
    assert _mention(text, "Ines Marr").title == "tea planter from Munnar"


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        ("Workers' Party MP Ines Marr said it.", "Ines Marr", "Workers' Party MP"),
        ("Later, Farmers’ Union Chairman Kofi Asante said it.", "Kofi Asante", "Farmers’ Union Chairman"),
    ],
)
def test_a_possessive_body_owns_the_post_before_a_name(text: str, name: str, title: str) -> None:
    """A body named with a possessive, its capitalised post, then a person's full name: the
    post is the title (f22ttl)."""
    assert _mention(text, name).title == title


def test_a_possessive_body_without_a_person_stays_a_body() -> None:
    assert _mention("The Coastal Fishermen's Association said it.", "Coastal Fishermen's Association")


def test_a_second_person_after_a_lower_case_role_keeps_the_name() -> None:
    """'NAME, a surveyor for BODY, and NAME2 HYPHENATED': no portfolio runs on into NAME2 (f22ttl)."""
    text = "Ines Marr, a surveyor for Lanyon Housing, and Nathaniel Obi-Ramsden, an accountant, spoke."
    assert "Nathaniel Obi-Ramsden" in [m.name for m in _mentions(text)]


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        (
            "Quebec's minister responsible for forests, Lucie Marchand, said so.",
            "Lucie Marchand",
            "Quebec's minister responsible for forests",
        ),
        (
            "The NUM's branch organiser in Rustenburg, Sipho Ndlovu, said so.",
            "Sipho Ndlovu",
            "NUM's branch organiser in Rustenburg",
        ),
        ("A student in his second year, Bolat, said so.", "Bolat", "student in his second year"),
    ],
    ids=["possessor-opens", "possessive-body-place", "one-name"],
)
def test_a_description_set_before_the_name_is_its_title_f23app(text: str, name: str, title: str) -> None:
    """A description opened by a possessor or holding one, before a comma and a full name or a
    single name, is the name's title (f23app)."""
    assert _mention(text, name).title == title


@pytest.mark.parametrize(
    "text",
    ["A retiree from Carthage, Illinois, said so.", "A nurse from Tamale, Ghana, said so."],
    ids=["state", "country"],
)
def test_a_region_after_a_description_is_no_name_f23app(text: str) -> None:
    """One capitalised word after a description ending in a place is that place's region (f23app)."""
    assert all(m.title is None for m in _mentions(text) if m.name in ("Illinois", "Ghana"))


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        (
            "Ports Authority Chairperson Atty. Lorna Villacorta said so.",
            "Lorna Villacorta",
            "Ports Authority Chairperson",
        ),
        ("Water Board spokesman Engr. Musa Danjuma said so.", "Musa Danjuma", "Water Board spokesman"),
        ("Chief Executive Dr Ana Berg said so.", "Ana Berg", "Chief Executive"),
    ],
    ids=["atty", "engr", "dr-after-capital-role"],
)
def test_a_form_of_address_after_a_title_is_no_part_of_it_f23app(text: str, name: str, title: str) -> None:
    """A form of address between a role and the name ('Atty.', 'Engr.', 'Dr') is left out (f23app)."""
    assert _mention(text, name).title == title


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        ("A ferry pilot waiting at the slipway, Ana Roe, said so.", "Ana Roe", "ferry pilot"),
        ("A nurse finishing her shift, Ana Roe, said so.", "Ana Roe", "nurse"),
        (
            "A teacher training college lecturer, Ana Roe, said so.",
            "Ana Roe",
            "teacher training college lecturer",
        ),
    ],
    ids=["participle-at", "participle-her", "ing-noun-kept"],
)
def test_a_participle_after_a_fronted_role_ends_its_title_f23app(text: str, name: str, title: str) -> None:
    """A present participle phrase after the role of a fronted description is no part of the
    title; a noun in -ing before another noun is (f23app)."""
    assert _mention(text, name).title == title


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        ("Kilifi ward MCA Amina Chege said the clinic had closed.", "Amina Chege", "Kilifi ward MCA"),
        ("Tuesday's vote was called by Plaid Cymru MS Elan Price.", "Elan Price", "Plaid Cymru MS"),
        ("Ms Elan Price said the vote was close.", "Elan Price", None),
        (
            "Mbeya constituency MP Jonas Mwita said the bridge was unsafe.",
            "Jonas Mwita",
            "Mbeya constituency MP",
        ),
        (
            "CRPF 62nd Battalion commandant Anil Rawat said roads were cut.",
            "Anil Rawat",
            "CRPF 62nd Battalion commandant",
        ),
        (
            "Rampur panchayat mukhiya Sunita Devi said wells had flooded.",
            "Sunita Devi",
            "Rampur panchayat mukhiya",
        ),
        (
            "Officials met state Rural Development Minister Om Prakash Verma.",
            "Om Prakash Verma",
            "state Rural Development Minister",
        ),
        (
            "Energy and Mines Minister Carla Ruiz said the permit stands.",
            "Carla Ruiz",
            "Energy and Mines Minister",
        ),
        ("It backed Smith and Texas Sen. Ana Cole on Monday.", "Ana Cole", "Texas Sen."),
        ("Sela Moyo, a retired nurse herself, said the ward was full.", "Sela Moyo", "retired nurse"),
    ],
    ids=[
        "mca",
        "ms-capitals",
        "ms-honorific",
        "mp-unit",
        "ordinal-unit",
        "mukhiya",
        "state-level",
        "and-portfolio",
        "and-rank",
        "reflexive",
    ],
)
def test_long_pre_name_titles_f24ttl(text: str, name: str, title: str | None) -> None:
    """A pre-name title keeps its place, unit noun, ordinal, level of government and and-joined
    portfolio; a legislator's initialism is the role, not part of the name; an emphatic
    reflexive is no title word (f24ttl)."""
    assert _mention(text, name).title == title


@pytest.mark.parametrize("address", ["Mama", "Mzee", "Baba", "Hon."])
def test_east_african_and_parliamentary_addresses_are_no_part_of_a_name(address: str) -> None:
    """'Mama NAME', 'Hon. NAME': the form of address is neither name nor title (f24ttl)."""
    mention = _mention(f"{address} Zawadi Njeri told the meeting the well was dry.", "Zawadi Njeri")
    assert mention.title is None


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Rescuers arrived. NDRF 9th Battalion commandant Vijay Sinha said so.",
            "NDRF 9th Battalion commandant",
        ),
        ("Army 101st Airborne Division commander Lena Holt spoke.", "Army 101st Airborne Division commander"),
        ("He met US 2nd Circuit judge Amara Diallo.", "US 2nd Circuit judge"),
    ],
)
def test_an_ordinal_inside_a_units_name_stays_in_the_title(text: str, title: str) -> None:
    """'NDRF 9th Battalion commandant NAME': the ordinal before a capitalised unit's name is
    part of the title (`words.ordinal_in_name`)."""
    assert [m.title for m in _mentions(text) if m.kind == "person" and m.title] == [title]


def test_a_lone_ordinal_is_no_part_of_a_title() -> None:
    """An ordinal before a lower-case word or at a name's start is not read as a unit's."""
    from quotex.mentions.words import ordinal_in_name

    words = ("the", "9th", "Battalion", "3rd", "time", "4th")
    assert ordinal_in_name(words, 1, 2)
    assert not ordinal_in_name(words, 3, 4)
    assert not ordinal_in_name(words, 5, 6)
    assert not ordinal_in_name(words, 0, 1)


@pytest.mark.parametrize(
    "text",
    [
        '"The ice is thin." \u2014 Ilmari M\u00e4kel\u00e4, survey lead of the Skarvbre Ice Watch',
        "Ilmari M\u00e4kel\u00e4, survey lead of the Skarvbre Ice Watch, said the ice was thin.",
    ],
)
def test_an_unlisted_role_of_the_employer_at_the_texts_end(text: str) -> None:
    """An unlisted role with no article, *of the* and its employer's name, at the very end of the
    text: the title, and no walk past the last token (an IndexError when the employer's link
    was looked for again past *of*)."""
    assert _mention(text, "Ilmari M\u00e4kel\u00e4").title == "survey lead of the Skarvbre Ice Watch"
