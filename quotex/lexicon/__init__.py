"""Lexicons as data: a frozen :class:`Lexicon` and the :data:`DEFAULT_LEXICON`.

Input: the word lists of :mod:`quotex.lexicon.reporting_verbs`,
:mod:`quotex.lexicon.titles` and :mod:`quotex.lexicon.quote_marks`.
Output: one immutable value that every stage takes as ``lexicon=``.

Customise by passing a changed copy, never by editing module globals::

    >>> from quotex.lexicon import DEFAULT_LEXICON
    >>> lex = DEFAULT_LEXICON.with_cues(add={"opine"}).with_titles(add={"Quartermaster"})
    >>> "opined" in lex.verb_forms and "quartermaster" in lex.role_nouns
    True
    >>> "opined" in DEFAULT_LEXICON.verb_forms
    False
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

import attrs
from attrs import field, frozen

from quotex.lexicon import facilities, person_roles, quote_marks, reporting_verbs, titles

__all__ = ["DEFAULT_LEXICON", "Lexicon"]


def _words(value: Iterable[str]) -> frozenset[str]:
    if isinstance(value, str):
        raise TypeError(f"expected a collection of words, got the single string {value!r}")
    return frozenset(w.strip().lower() for w in value if w.strip())


def _pairs(
    value: Mapping[str, Iterable[str]] | Iterable[tuple[str, Iterable[str]]],
) -> tuple[tuple[str, tuple[str, ...]], ...]:
    items = value.items() if isinstance(value, Mapping) else value
    return tuple((str(o), tuple(str(c) for c in cs)) for o, cs in items)


def _str_tuple(value: Iterable[str]) -> tuple[str, ...]:
    return tuple(str(v) for v in value)


def _plurals(nouns: frozenset[str]) -> frozenset[str]:
    """*nouns* and their plurals."""
    return nouns | frozenset(titles.plural(n) for n in nouns)


def _spellings(nouns: frozenset[str]) -> frozenset[str]:
    """*nouns* with the British spelling of each American *-izer*/*-yzer* agent noun
    ('organizer' -> 'organiser'): a role removed or added in one spelling is in both."""
    return nouns | frozenset(n[:-3] + "ser" for n in nouns if n.endswith(("izer", "yzer")))


@frozen
class Lexicon:
    """Every word list the rules use. All fields are frozensets of lower-case words.

    ``speech_verbs``, ``cognition_verbs`` and ``naming_verbs`` hold lemmas;
    :attr:`verb_forms` maps each inflected form to ``(lemma, verb class)``.
    """

    speech_verbs: frozenset[str] = field(converter=_words)
    cognition_verbs: frozenset[str] = field(converter=_words)
    stance_verbs: frozenset[str] = field(converter=_words)
    naming_verbs: frozenset[str] = field(converter=_words)
    cue_nouns: frozenset[str] = field(converter=_words)
    source_prepositions: tuple[str, ...] = field(converter=_str_tuple)
    role_nouns: frozenset[str] = field(converter=_words)
    ambiguous_role_nouns: frozenset[str] = field(converter=_words)
    honorifics: frozenset[str] = field(converter=_words)
    title_abbreviations: frozenset[str] = field(converter=_words)
    organization_nouns: frozenset[str] = field(converter=_words)
    group_source_nouns: frozenset[str] = field(converter=_words)
    double_quotes: tuple[tuple[str, tuple[str, ...]], ...] = field(
        default=tuple(quote_marks.DOUBLE_QUOTE_PAIRS.items()), converter=_pairs
    )
    single_quotes: tuple[tuple[str, tuple[str, ...]], ...] = field(
        default=tuple(quote_marks.SINGLE_QUOTE_PAIRS.items()), converter=_pairs
    )
    #: adjectives that report a stance after a linking verb ('is confident that', 'wary of')
    stance_adjectives: frozenset[str] = field(
        default=frozenset(reporting_verbs.STANCE_ADJECTIVES), converter=_words
    )
    #: verbs of appearance that report an impression with no holder ('seemed to waver');
    #: empty by default (an impression is nobody's quotation), opt in with
    #: ``with_cues(add=reporting_verbs.APPEARANCE_VERBS, kind="appearance")``
    appearance_verbs: frozenset[str] = field(default=frozenset(), converter=_words)
    #: last words of a company's name ('Norland Robotics', 'Meridia Air'): a name of two or
    #: more words ending in one, with no first name or title, is an organisation's; also the
    #: head words of facilities and sites ('Millbrook Bus Depot', 'the Harrow Cider Press':
    #: :data:`quotex.lexicon.facilities.FACILITY_WORDS`), bodies a person works for
    company_words: frozenset[str] = field(
        default=titles.COMPANY_WORDS | facilities.FACILITY_WORDS, converter=_words
    )
    #: the head words of facilities and sites alone, which name a body in a title or a name's
    #: affiliation but do not make a name an organisation's entity on their own ('Thornbury
    #: Station' is most often a place, 'Asbury Park Press' a paper the pronouns should not pick)
    facility_words: frozenset[str] = field(default=facilities.FACILITY_WORDS, converter=_words)
    #: first words of a body's name ('Baltic Bridges', 'National Grid'): likewise
    body_first_words: frozenset[str] = field(default=titles.BODY_FIRST_WORDS, converter=_words)
    #: roles whose holder speaks for the body they serve ('a spokeswoman for Kestrel Ferries'
    #: names Kestrel Ferries; 'the chief executive of Kestrel Ferries' a person)
    voice_nouns: frozenset[str] = field(default=titles.SPOKESPERSON_NOUNS, converter=_words)
    #: nouns of WordNet's noun.person that name a role a person holds ('sacristan', 'farrier'):
    #: a role only where a frame already says "role" (an apposition, a role before a name,
    #: 'the NOUN said'; :mod:`quotex.mentions.open_roles`), never a role word elsewhere
    open_role_nouns: frozenset[str] = field(default=person_roles.PERSON_ROLE_NOUNS, converter=_words)
    verb_forms: Mapping[str, tuple[str, str]] = field(init=False, eq=False, repr=False)
    #: every inflected form of ``appearance_verbs``
    appearance_forms: frozenset[str] = field(init=False, eq=False, repr=False)
    role_words: frozenset[str] = field(init=False, eq=False, repr=False)
    #: every opening and closing mark of ``double_quotes`` and ``single_quotes``, as the
    #: tokens the rules compare words with (``''`` and ``````` included)
    quote_tokens: frozenset[str] = field(init=False, eq=False, repr=False)

    def __attrs_post_init__(self) -> None:
        table: dict[str, tuple[str, str]] = {}
        for kind, lemmas in (
            ("stance", self.stance_verbs),
            ("naming", self.naming_verbs),
            ("cognition", self.cognition_verbs),
            ("speech", self.speech_verbs),
        ):
            for form, lemma in reporting_verbs.forms(lemmas).items():
                table[form] = (lemma, kind)
        object.__setattr__(self, "verb_forms", table)
        object.__setattr__(self, "appearance_forms", frozenset(reporting_verbs.forms(self.appearance_verbs)))
        object.__setattr__(self, "role_words", _plurals(_spellings(self.role_nouns)))
        marks = {m for pairs in (self.double_quotes, self.single_quotes) for o, cs in pairs for m in (o, *cs)}
        object.__setattr__(self, "quote_tokens", frozenset(marks))

    def with_cues(
        self, *, add: Iterable[str] = (), remove: Iterable[str] = (), kind: str = "speech"
    ) -> Lexicon:
        """A copy with verb lemmas added to (or removed from) the ``kind`` class
        (``"speech"``, ``"cognition"``, ``"stance"`` or ``"naming"``), or with adjectives of
        stance (``kind="adjective"``: ``is confident that``) or verbs of appearance
        (``kind="appearance"``: ``seemed to waver``) added or removed."""
        name = {
            "speech": "speech_verbs",
            "cognition": "cognition_verbs",
            "naming": "naming_verbs",
            "stance": "stance_verbs",
            "adjective": "stance_adjectives",
            "appearance": "appearance_verbs",
        }.get(kind)
        if name is None:
            raise ValueError(
                "kind must be 'speech', 'cognition', 'stance', 'naming', 'adjective' or 'appearance', "
                f"got {kind!r}"
            )
        current: frozenset[str] = getattr(self, name)
        changed: dict[str, frozenset[str]] = {name: (current | _words(add)) - _words(remove)}
        return attrs.evolve(self, **changed)  # type: ignore[arg-type]

    def with_titles(self, *, add: Iterable[str] = (), remove: Iterable[str] = ()) -> Lexicon:
        """A copy with role nouns added or removed (case-insensitive). A removed word and its
        plural also leave ``group_source_nouns`` and ``open_role_nouns``, so no rule takes it as a
        source's head or a role."""
        gone = _words(remove)
        return attrs.evolve(
            self,
            role_nouns=(self.role_nouns | _words(add)) - gone,
            group_source_nouns=self.group_source_nouns - gone - _plurals(gone),
            open_role_nouns=self.open_role_nouns - gone,
        )


DEFAULT_LEXICON = Lexicon(
    speech_verbs=reporting_verbs.SPEECH_VERBS + reporting_verbs.EVIDENCE_VERBS,
    cognition_verbs=reporting_verbs.COGNITION_VERBS,
    stance_verbs=reporting_verbs.STANCE_VERBS,
    naming_verbs=reporting_verbs.NAMING_VERBS,
    cue_nouns=reporting_verbs.CUE_NOUN_FORMS,
    source_prepositions=reporting_verbs.SOURCE_PREPOSITIONS,
    role_nouns=titles.ROLE_NOUNS,
    ambiguous_role_nouns=titles.AMBIGUOUS_ROLE_NOUNS,
    honorifics=titles.HONORIFICS,
    title_abbreviations=titles.TITLE_ABBREVIATIONS,
    organization_nouns=titles.ORGANIZATION_NOUNS,
    group_source_nouns=titles.GROUP_SOURCE_NOUNS,
)


def check_lexicon(lexicon: object) -> None:
    """Raise TypeError unless *lexicon* is a :class:`Lexicon` (the message says what to pass)."""
    if not isinstance(lexicon, Lexicon):
        raise TypeError(
            f"lexicon must be a quotex.Lexicon (e.g. DEFAULT_LEXICON.with_cues(...)), "
            f"got {type(lexicon).__name__}"
        )
