"""The spaCy adapter: ``nlp.add_pipe("quotex")`` -> quotes on ``doc._.quotes``.

Input: a ``Doc`` from any pipeline (``spacy.blank("en")`` or a trained one;
placed after ``parser``/``ner`` it uses their annotation). Output: the same
``Doc``, with the :class:`~quotex.records.Quote` records that
:func:`quotex.extract_quotes` returns for it readable on ``doc._.<extension>``
(default ``doc._.quotes``; ``None`` until the component has run).

spaCy finds the factory through the ``spacy_factories`` entry point, so an
installed quotex needs no import. The Doc extension is registered when the
first component is made, never on import, and never over an extension of the
same name that quotex did not register. The quotes are stored in
``doc.user_data`` as plain dicts (:meth:`~quotex.records.Quote.to_dict`), so
``Doc.to_bytes()``, ``DocBin(store_user_data=True)`` and
``nlp.pipe(..., n_process=2)`` work; each read of the extension rebuilds the
records with :meth:`~quotex.records.Quote.from_dict`.
"""

# No ``from __future__ import annotations`` here: spaCy reads the factory's
# annotations at run time to validate its config.

from collections.abc import Iterable
from typing import Any

from attrs import field, frozen
from spacy.language import Language
from spacy.tokens import Doc

from quotex.extract import extract_quotes
from quotex.lexicon import DEFAULT_LEXICON, Lexicon
from quotex.records import Quote

__all__ = ["QuotexComponent", "build_lexicon", "make_quotex", "register_extension"]

DEFAULT_CONFIG: dict[str, Any] = {
    "extension": "quotes",
    "add_cues": [],
    "remove_cues": [],
    "add_titles": [],
    "remove_titles": [],
}


def _storage_key(extension: str) -> tuple[str, str, None, None]:
    """The ``doc.user_data`` key of a Doc-level extension value, as spaCy spells it."""
    return ("._.", extension, None, None)


@frozen
class StoredQuotes:
    """The getter of ``Doc._.<extension>``: the stored dicts -> ``list[Quote]`` (``None`` if unset)."""

    extension: str

    def __call__(self, doc: Doc) -> list[Quote] | None:
        user_data: dict[Any, Any] = doc.user_data
        stored = user_data.get(_storage_key(self.extension))
        if stored is None:
            return None
        return [Quote.from_dict(d) for d in stored]


def register_extension(extension: str) -> None:
    """Register ``Doc._.<extension>`` for quotex, once.

    Raises:
        ValueError: when *extension* is not an identifier, or when another
            package already registered an extension of that name.
    """
    if not extension.isidentifier():
        raise ValueError(f"the quotex 'extension' must be a Python identifier, got {extension!r}")
    if Doc.has_extension(extension):
        getter = Doc.get_extension(extension)[2]
        if getter == StoredQuotes(extension):
            return
        raise ValueError(
            f"Doc._.{extension} is already registered by another package; quotex will not overwrite it. "
            f'Choose another name, e.g. nlp.add_pipe("quotex", config={{"extension": "quotex_quotes"}})'
        )
    Doc.set_extension(extension, getter=StoredQuotes(extension))


def build_lexicon(
    *,
    add_cues: Iterable[str] = (),
    remove_cues: Iterable[str] = (),
    add_titles: Iterable[str] = (),
    remove_titles: Iterable[str] = (),
    base: Lexicon = DEFAULT_LEXICON,
) -> Lexicon:
    """*base* with reporting-verb lemmas and title words added or removed (the config lists)."""
    return base.with_cues(add=add_cues, remove=remove_cues).with_titles(add=add_titles, remove=remove_titles)


@frozen
class QuotexComponent:
    """A pipeline component: ``Doc`` -> the same ``Doc`` with its quotes stored."""

    extension: str
    lexicon: Lexicon = field(repr=False)

    def __call__(self, doc: Doc) -> Doc:
        quotes = extract_quotes(doc, lexicon=self.lexicon)
        user_data: dict[Any, Any] = doc.user_data
        user_data[_storage_key(self.extension)] = [q.to_dict() for q in quotes]
        return doc


@Language.factory("quotex", default_config=DEFAULT_CONFIG)
def make_quotex(
    nlp: Language,
    name: str,
    *,
    extension: str,
    add_cues: list[str],
    remove_cues: list[str],
    add_titles: list[str],
    remove_titles: list[str],
) -> QuotexComponent:
    """Build the ``quotex`` component (spaCy calls this for ``nlp.add_pipe("quotex", config=...)``).

    Args:
        nlp: the pipeline (unused: quotex needs no vocab or model).
        name: the component's name in the pipeline.
        extension: the Doc attribute for the results, ``doc._.<extension>``.
        add_cues, remove_cues: reporting-verb lemmas to add to or remove from
            the default lexicon (e.g. ``["opine"]``).
        add_titles, remove_titles: role words to add or remove (e.g. ``["dean"]``).

    Returns:
        The component; the extension is registered before it is returned.
    """
    register_extension(extension)
    lexicon = build_lexicon(
        add_cues=add_cues, remove_cues=remove_cues, add_titles=add_titles, remove_titles=remove_titles
    )
    return QuotexComponent(extension=extension, lexicon=lexicon)
