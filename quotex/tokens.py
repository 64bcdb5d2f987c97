"""Stage 1, tokens: text (or a spaCy ``Doc``) -> :class:`Tokens`.

Input: a ``str`` (tokenised with spaCy's rule-based English tokenizer, no
model needed) or a processed ``Doc`` from any spaCy pipeline.
Output: one :class:`Tokens` table of parallel columns: character offsets and
word strings, plus the pipeline's tags, dependency heads and labels and
entity labels when the ``Doc`` has them (empty when it does not).

Memory: the table is compact, about 20 bytes a token (4-6 bytes of text): the
offsets and heads are machine-integer arrays (``array.array``), and the string
columns are tuples whose equal entries share one ``str``.

Speed and memory: a plain text is tokenised in pieces of about :data:`CHUNK`
characters cut at whitespace (the tokenizer never looks across whitespace, so the
tokens are the same). So a spaCy ``Doc`` for the whole text (about 150 bytes a
token) never exists, and spaCy's tokenizer keeps its cache working: it stops
caching for the rest of a call once a special case ("Mr.", "don't") has been
seen, which in a whole article is early. In pieces, and with a cache of
:data:`TOKENIZER_CACHE` chunks, tokenising news articles takes about a third
less time (docs/benchmarks.md). Before that, a text of up to :data:`RUN_TEXT`
characters whose whitespace-free runs were all seen before takes its tokens from
the run cache (:mod:`quotex.run_cache`, :data:`RUN_CACHE` runs) without a spaCy call.

The later stages read only this table, so they can be tested on tables
built by hand or from ``Doc(vocab, words=..., heads=..., deps=..., ents=...)``.
"""

from __future__ import annotations

import functools
import re
from array import array
from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING, Any

import numpy
import regex
import spacy
from attrs import field, frozen
from spacy.attrs import IDX, IS_SPACE, LENGTH, ORTH
from spacy.util import compile_infix_regex

from quotex.lexicon.titles import HONORIFIC_ABBREVIATIONS, RANK_ABBREVIATIONS
from quotex.list_items import BULLET, BULLETS, unbulleted
from quotex.run_cache import NOISE, SPACE, RunCache, Words, char_kinds, kinds_table
from quotex.word_cache import lower_words

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

__all__ = [
    "CHUNK",
    "MAX_RUN",
    "QUOTE_INFIXES",
    "TOKENIZER_CACHE",
    "Tokens",
    "analysis_text",
    "blank_tokenizer_nlp",
    "from_doc",
    "tokenize",
    "tokenize_with_analysis",
]


def _tuple(value: Iterable[Any]) -> tuple[Any, ...]:
    return tuple(value)


def _ints(value: Iterable[int]) -> array[int]:
    """A compact int column: ``array('i')`` (4 bytes an entry), ``array('q')`` past 2**31."""
    if isinstance(value, array) and value.typecode in "iq":
        return value
    try:
        return array("i", value)
    except OverflowError:
        return array("q", value)


def _shared(value: Iterable[str]) -> tuple[str, ...]:
    """The strings as a tuple in which equal strings are one object (a text repeats its words);
    a tuple is kept as it is."""
    if isinstance(value, tuple):
        return value
    seen: dict[str, str] = {}
    return tuple(seen.setdefault(w, w) for w in value)


@frozen
class Tokens:
    """The token table of one text.

    ``starts[i]``/``ends[i]`` are the offsets of token *i* in ``text``;
    ``words[i] == text[starts[i]:ends[i]]`` (in the copy the attribution stages read, a
    possessive's bare apostrophe reads *'s*: :mod:`quotex.possessive_marks`). Optional
    annotation, each either empty or one entry per token: ``tags`` (fine POS tags), ``deps``
    (dependency labels), ``heads`` (index of the head token; the root points
    to itself), ``ents`` (entity label, ``""`` outside entities) and
    ``ent_starts`` (True where an entity begins).

    The int columns (``starts``, ``ends``, ``heads``) are ``array.array`` s
    (index, slice, ``len``, ``bisect`` them like tuples; compare with
    ``list(...)``); the others are tuples. Any iterable is accepted and converted.
    """

    text: str
    starts: array[int] = field(converter=_ints)
    ends: array[int] = field(converter=_ints)
    words: tuple[str, ...] = field(converter=_shared)
    tags: tuple[str, ...] = field(default=(), converter=_shared)
    deps: tuple[str, ...] = field(default=(), converter=_shared)
    heads: array[int] = field(default=(), converter=_ints)
    ents: tuple[str, ...] = field(default=(), converter=_shared)
    ent_starts: tuple[bool, ...] = field(default=(), converter=_tuple)

    def __len__(self) -> int:
        return len(self.words)

    @functools.cached_property
    def lows(self) -> tuple[str, ...]:
        """``words`` in lower case, made on first use and kept with the table (the rules read
        words in lower case about 250,000 times a pass of the PolNeAR dev texts)."""
        return lower_words(self.words)

    @property
    def has_parse(self) -> bool:
        """True when dependency heads and labels are present."""
        return bool(self.deps)

    @property
    def has_ents(self) -> bool:
        """True when named-entity labels are present."""
        return bool(self.ents)

    @property
    def has_tags(self) -> bool:
        """True when part-of-speech tags are present."""
        return bool(self.tags)


#: How many whitespace-free chunks ('said,', '"We') the default tokenizer keeps tokenised.
#: spaCy keeps 10,000 by default, which a stream of news articles soon fills (69 PolNeAR
#: articles hold 10,000 distinct chunks): every chunk past it is split with the affix
#: regexes again each time.
#: A full cache of 100,000 holds about 25 MB.
TOKENIZER_CACHE = 100_000
#: How many distinct strings the default tokenizer's prefix, suffix, infix and URL patterns
#: keep their answer for (then they start again). spaCy does not cache a chunk that comes
#: after a special case ("Mr.", "don't") in the same call: such a chunk is split with the
#: patterns each time it is seen (about one chunk in ten of news text). Full, the four
#: tables hold about 20 MB.
AFFIX_CACHE = 30_000


class _Answers(dict[str, Any]):
    """The answers of a compiled pattern's method *ask* (``search``, ``match``, or all of
    ``finditer``'s matches as a tuple) by string, for up to *size* strings: emptied when full.
    The tokenizer calls its ``__getitem__``, so a string seen before costs one dict lookup.
    ``pattern`` is the pattern's text, which spaCy serialises; pickled, it starts empty."""

    def __init__(self, ask: Callable[[str], Any], compiled: Any, size: int = AFFIX_CACHE) -> None:
        super().__init__()
        self.ask = ask
        self.compiled = compiled
        self.size = size

    @property
    def pattern(self) -> str:
        """The text of the pattern (what spaCy's ``Tokenizer.to_bytes`` writes)."""
        return str(self.compiled.pattern)

    def __missing__(self, piece: str) -> Any:
        if len(self) >= self.size:
            self.clear()
        answer = self[piece] = self.ask(piece)
        return answer

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self.ask, self.compiled, self.size))


def _all_matches(finditer: Callable[[str], Iterable[Any]], piece: str) -> tuple[Any, ...]:
    """Every match of *finditer* in *piece*, as a tuple (spaCy makes a list of them)."""
    return tuple(finditer(piece))


#: Honorifics and titles that transcripts write in capitals before a name ('MR. DALE:', 'SEN.
#: QUIST:'), and the suffixes after one ('TRELOAR JR.,'), kept whole as spaCy keeps 'Mr.', 'Sen.'
#: and 'Jr.' (its English tokenizer exceptions), so
#: their full stop ends no sentence. Not 'MS.' nor 'DR.', which also end sentences as the
#: initialisms of an illness and a country ('diagnosed with MS.').
CAPITAL_TITLE_ABBREVIATIONS = ("MR.", "MRS.", "SEN.", "REP.", "GOV.", "PROF.", "REV.", "JR.", "SR.")
#: Name suffixes spaCy's English exceptions split from their full stop ('Sr' '.', where 'Jr.' is one
#: token), kept whole like 'Jr.' so the full stop is the suffix's: 'Walter Brannigan Sr., the mayor,'.
NAME_SUFFIX_ABBREVIATIONS = ("Sr.", "Snr.", "Jnr.")
#: Infixes added to spaCy's English ones: a quotation mark and the comma, colon or semicolon
#: before or after it with no space between them and the words (typed as 'said,"Look at it,"she
#: said'), or a closing mark after the quotation's own stop or comma ('win."She', 'Why?'he'):
#: each is a token of its own, so the cue and the mark are seen (offsets unchanged).
QUOTE_INFIXES = (
    *(r'(?<=[^\W\d])[,:;](?=["“”])', r'(?<=[,:;])["“”](?=[^\W\d])'),
    *(r'(?<=[^\W\d])[.?!](?=["“”][^\W\d])', r'(?<=[^\W\d][.?!])["“”](?=[^\W\d])'),
    *(r"(?<=[^\W\d])[,?!](?=['’](?!s\b)[^\W\d])", r"(?<=[^\W\d][,?!])['’](?!s\b)(?=[^\W\d])"),
)


@functools.lru_cache(maxsize=1)
def blank_tokenizer_nlp() -> Language:
    """spaCy's blank English pipeline (tokenizer only, with a cache of
    :data:`TOKENIZER_CACHE` chunks and its affix patterns' answers remembered, see
    :data:`AFFIX_CACHE`), loaded once per process. Its lexemes carry no lexical attribute
    but ``is_space``: it is for offsets, not for reading ``Token.like_num``."""
    nlp = spacy.blank("en")
    if hasattr(nlp.tokenizer, "max_cache_size"):  # (a setting of spaCy 3.8; older releases keep theirs)
        nlp.tokenizer.max_cache_size = TOKENIZER_CACHE
    # quotex reads only the tokens' offsets and IS_SPACE: a word the vocabulary has not seen
    # gets no other lexical attribute (shape, norm, like_num...; computing them took about a
    # third of tokenising a text of new words)
    vocab: Any = nlp.vocab  # (spaCy's type stubs leave out lex_attr_getters)
    vocab.lex_attr_getters = {IS_SPACE: vocab.lex_attr_getters[IS_SPACE]}
    tokenizer: Any = nlp.tokenizer
    for abbreviation in (
        *CAPITAL_TITLE_ABBREVIATIONS,
        *NAME_SUFFIX_ABBREVIATIONS,
        *RANK_ABBREVIATIONS,
        *HONORIFIC_ABBREVIATIONS,
    ):
        tokenizer.add_special_case(abbreviation, [{ORTH: abbreviation}])
    infixes: list[Any] = [*(nlp.Defaults.infixes or ()), *QUOTE_INFIXES]
    tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    for name in ("prefix_search", "suffix_search", "url_match"):
        method = getattr(tokenizer, name)
        if method is not None:
            setattr(tokenizer, name, _Answers(method, method.__self__).__getitem__)
    finditer = tokenizer.infix_finditer
    if finditer is not None:
        answers = _Answers(functools.partial(_all_matches, finditer), finditer.__self__)
        tokenizer.infix_finditer = answers.__getitem__
    return nlp


def load_pipeline(name: str) -> Language:
    """``spacy.load(name)`` (a package name or a path); ValueError naming it when it cannot be loaded."""
    try:
        return spacy.load(name)
    except (OSError, ValueError) as exc:
        raise ValueError(f"cannot load the spaCy pipeline {name!r}: {exc}") from exc


#: Characters that only get in the way: lone surrogates (spaCy cannot encode
#: them), control characters, the byte-order mark and zero-width marks. (The
#: standard library's ``re`` scans this one character class five times faster
#: than ``regex``, and it runs over every text.)
_NOISE = re.compile("[\ud800-\udfff\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufeff\u200b-\u200d\u2060]")
#: Unbroken runs longer than this are cut for the tokenizer, whose affix
#: splitting is quadratic in the length of one whitespace-free run.
MAX_RUN = 200
_LONG_RUN = regex.compile(r"\S{" + str(MAX_RUN + 1) + ",}")


def analysis_text(text: str) -> str:
    """*text* with the same length and offsets, made safe to tokenise.

    Noise characters and the marks of a list's items opening a line (:func:`~quotex.list_items.unbulleted`)
    become spaces, and every :data:`MAX_RUN`-th character of a longer whitespace-free run
    becomes a space, so tokenising stays linear.
    Offsets into the result are offsets into *text*.
    """
    return _analysed(text)[0]


#: :func:`_analysed`'s answer: the analysis text, its runs, their words in the run cache and
#: the kinds of its characters.
_Analysed = tuple[str, list[str] | None, list[Words | None] | None, Any]


def _analysed(text: str, cache: RunCache | None = None) -> _Analysed:
    """:func:`analysis_text` of *text*, its whitespace-free runs (its ``str.split()``) when they
    were made on the way (a text of up to :data:`_STEP` characters), else None; with a run
    *cache*, the runs' words in it (``None`` for a run it lacks) and the kinds of the text's
    characters (:func:`~quotex.run_cache.char_kinds`, which also find the noise), else None.

    A run the cache holds is no longer than :data:`MAX_RUN` (it keeps no longer one): only
    the runs it lacks are measured."""
    if text[:1] in BULLETS or BULLET.search(text) is not None:
        text = unbulleted(text)
    if cache is not None and len(text) <= _STEP:
        kinds = char_kinds(text, _KINDS)
        if (kinds == NOISE).any():
            text = _NOISE.sub(" ", text)
            kinds[kinds == NOISE] = SPACE
        runs = text.split()
        got = list(map(cache.runs.get, runs))
        if all(got) or max(len(r) for r, e in zip(runs, got, strict=True) if e is None) <= MAX_RUN:
            return text, runs, got, kinds  # the common case
    else:
        if _noisy(text):
            text = _NOISE.sub(" ", text)
        if len(text) <= _STEP:
            runs = text.split()
            if max(map(len, runs), default=0) <= MAX_RUN:
                return text, runs, None, None  # the common case
        elif _longest_run(text) <= MAX_RUN:
            return text, None, None, None
    pieces: list[str] = []
    done = 0
    for m in _LONG_RUN.finditer(text):
        for k in range(m.start() + MAX_RUN, m.end(), MAX_RUN):
            pieces += (text[done:k], " ")
            done = k + 1
    pieces.append(text[done:])
    return "".join(pieces), None, None, None


#: Each character's kind (whitespace, :data:`_NOISE` or other), by code.
_KINDS = kinds_table(_NOISE)
#: The ASCII characters that are not noise (:data:`_NOISE`).
_ASCII_CLEAN = bytes(c for c in range(128) if _NOISE.match(chr(c)) is None)


def _noisy(text: str) -> bool:
    """Does *text* hold a :data:`_NOISE` character? (An ASCII text is read as bytes: deleting
    the clean characters is several times faster than the regex search.)"""
    if text.isascii():
        return bool(text.encode("ascii").translate(None, _ASCII_CLEAN))
    return _NOISE.search(text) is not None


#: Whitespace as ``str.split`` sees it (the standard library's ``\s`` is ``str.isspace``).
_SPACE = re.compile(r"\s")


#: :func:`_longest_run` splits a text in pieces of about this many characters.
_STEP = 1 << 16


def _longest_run(text: str, *, step: int = _STEP) -> int:
    """The length of the longest whitespace-free run of *text*.

    ``str.split`` is several times faster than a regex search, but makes a
    string of every word: the text goes through it in pieces cut at whitespace.
    """
    longest = 0
    n = len(text)
    i = 0
    while i < n:
        m = _SPACE.search(text, min(n, i + step))
        j = n if m is None else m.start()
        longest = max(longest, max(map(len, text[i:j].split()), default=0))
        i = j
    return longest


#: A plain text is tokenised in pieces of about this many characters, cut at whitespace
#: (a paragraph or two; see the module docstring).
CHUNK = 1_000


def _chunks(text: str, size: int) -> Iterable[tuple[int, str]]:
    """``(offset, piece)`` for consecutive pieces of *text* of about *size* characters, each
    cut after a whitespace character (a line break when there is one in the last half)."""
    n = len(text)
    i = 0
    while n - i > size:
        j = text.rfind("\n", i + size // 2, i + size) + 1
        if j == 0:
            m = _SPACE.search(text, i + size)
            if m is None:
                break
            j = m.end()
        yield i, text[i:j]
        i = j
    yield i, text[i:]


def tokenize(text: str, *, nlp: Language | None = None) -> Tokens:
    """Tokenise *text* with *nlp* (default: spaCy's blank English tokenizer only).

    The tokenizer sees :func:`analysis_text` (same offsets); the words equal
    slices of *text* itself (a text of up to :data:`RUN_TEXT` characters shares
    them with earlier texts: the run cache, or :func:`_tokenize_cached`).
    """
    return tokenize_with_analysis(text, nlp=nlp)[0]


def tokenize_with_analysis(text: str, *, nlp: Language | None = None) -> tuple[Tokens, str]:
    """:func:`tokenize` and :func:`analysis_text` of *text*, each made once (the quote-span
    finder reads the analysis text too; the run cache reuses the runs made with it)."""
    analysed = _analysed(text, _default_cache(text, nlp))
    return _tokenize(text, analysed, nlp), analysed[0]


def _default_cache(text: str, nlp: Language | None) -> RunCache | None:
    """The run cache that will tokenise *text* (:func:`_tokenize_in_chunks`), if any."""
    return _run_cache(blank_tokenizer_nlp()) if nlp is None and len(text) <= RUN_TEXT else None


def _tokenize(text: str, analysed: _Analysed, nlp: Language | None) -> Tokens:
    """:func:`tokenize` with :func:`_analysed`'s answer for *text*: the analysis text
    and, when it has them, its runs, their words in the run cache and its characters' kinds."""
    clean = analysed[0]
    if nlp is None:
        return _tokenize_in_chunks(text, *analysed)
    if len(text) >= nlp.max_length:
        # A pipeline refuses texts over max_length; the tokenizer alone does not.
        return from_doc(nlp.tokenizer(clean), annotated=False, text=text)
    return from_doc(nlp(clean), text=text)


def _tokenize_in_chunks(
    text: str,
    clean: str,
    runs: list[str] | None = None,
    got: list[Words | None] | None = None,
    kinds: Any = None,
) -> Tokens:
    """:func:`tokenize` without a pipeline: from the run cache (:data:`RUN_CACHE`) when it can
    answer, else a piece of *clean* at a time (see the module docstring). *runs*, *got* and
    *kinds*: see :func:`_tokenize`."""
    nlp = blank_tokenizer_nlp()
    if len(text) <= RUN_TEXT and (seen := _run_cache(nlp).tokens(clean, runs, got, kinds)) is not None:
        return Tokens(text, *seen)
    if len(text) <= WORD_CACHE:
        return _tokenize_cached(nlp, text, clean)
    tokenizer = nlp.tokenizer
    code = "i" if len(text) < 2**31 else "q"
    starts, ends = array(code), array(code)
    tables: list[Any] = []  # (each piece's token table: a NumPy array of IDX, LENGTH, IS_SPACE rows)
    offsets: list[int] = []
    for offset, piece in _chunks(clean, CHUNK):  # (one piece when the text is short)
        tables.append(tokenizer(piece).to_array([IDX, LENGTH, IS_SPACE]))
        offsets.append(offset)
        if len(tables) == PIECES_PER_PASS:
            _add_offsets(tables, offsets, code, starts, ends)
            tables, offsets = [], []
    if tables:
        _add_offsets(tables, offsets, code, starts, ends)
    return Tokens(text, starts, ends, _words(text, starts, ends))


#: The token tables of up to this many pieces are read in one NumPy pass (about 64,000
#: characters: 24 bytes a token while they are read).
PIECES_PER_PASS = 64
#: A text of up to this many characters (so at most this many tokens; news articles) takes
#: its words from the default tokenizer's word cache (:func:`_tokenize_cached`), which keeps
#: up to this many words across texts; a longer one slices its own.
WORD_CACHE = 50_000


class _WordCache(dict[int, str]):
    """A token's string by its ORTH id (a hash in the vocabulary's string store): each
    distinct word is made once, and later texts share it (their set look-ups find its hash
    computed). Emptied before a text that could fill it."""

    def __init__(self, strings: Any) -> None:
        super().__init__()
        self.strings = strings

    def __missing__(self, orth: int) -> str:
        word: str = self.strings[orth]
        self[orth] = word
        return word


#: How many whitespace-free runs the default tokenizer keeps the tokens of across texts
#: (:class:`~quotex.run_cache.RunCache`; about 15 MB when full). It reads the tokenizer's
#: special cases once, when it is made.
RUN_CACHE = 50_000
#: A text of up to this many characters asks the run cache first (a longer one is tokenised in
#: pieces: the cache reads all of a text's runs at once, a list of about 10 MB a million characters).
RUN_TEXT = 200_000


@functools.lru_cache(maxsize=1)
def _run_cache(nlp: Language) -> RunCache:
    """The run cache of the default tokenizer (one per process)."""
    return RunCache(nlp.tokenizer, RUN_CACHE, MAX_RUN)


@functools.lru_cache(maxsize=1)
def _word_cache(nlp: Language) -> _WordCache:
    """The word cache of the default tokenizer's vocabulary (one per process)."""
    return _WordCache(nlp.vocab.strings)


def _tokenize_cached(nlp: Language, text: str, clean: str) -> Tokens:
    """:func:`_tokenize_in_chunks` for a text of at most :data:`WORD_CACHE` characters (all its
    pieces in one NumPy pass), with the words from the word cache by their ``ORTH`` ids. A
    token's ORTH is its text (spaCy's invariant), which is ``text[start:end]`` (the tokenizer
    saw :func:`analysis_text`, equal to *text* inside every token); equal words are one
    object, as :func:`_words` makes them."""
    tokenizer = nlp.tokenizer
    pieces = list(_chunks(clean, CHUNK))  # (one piece when the text is short)
    tables = [tokenizer(piece).to_array([IDX, LENGTH, IS_SPACE, ORTH]) for _, piece in pieces]
    table = tables[0] if len(tables) == 1 else numpy.concatenate(tables)
    if len(table) == 0:
        return Tokens(text, (), (), ())
    cache = _word_cache(nlp)
    if len(cache) + len(table) > WORD_CACHE:
        cache.clear()  # (never during a text: its equal words stay one object)
    piece_starts, lengths, spaces, orth = table.T
    if len(tables) > 1:
        shift = numpy.array([offset for offset, _ in pieces], dtype=table.dtype)
        piece_starts = piece_starts + numpy.repeat(shift, [len(t) for t in tables])
    if spaces.any():
        keep = spaces == 0
        piece_starts, lengths, orth = piece_starts[keep], lengths[keep], orth[keep]
    starts = array("i", piece_starts.astype("intc").tobytes())
    ends = array("i", (piece_starts + lengths).astype("intc").tobytes())
    return Tokens(text, starts, ends, tuple(map(cache.__getitem__, orth.tolist())))


def _add_offsets(
    tables: list[Any], offsets: list[int], code: str, starts: array[int], ends: array[int]
) -> None:
    """Append to *starts* and *ends* the offsets of the tokens that are not whitespace in the
    token *tables* of consecutive pieces (``Doc.to_array([IDX, LENGTH, IS_SPACE])``), the
    piece at *offsets[k]* in the text: :func:`_offsets` for several pieces in one NumPy pass
    (a dozen small NumPy calls a piece cost about as much as reading the tables)."""
    table = tables[0] if len(tables) == 1 else numpy.concatenate(tables)
    if len(table) == 0:
        return
    piece_starts, lengths, spaces = table.T
    shift = numpy.repeat(numpy.array(offsets, dtype=table.dtype), [len(t) for t in tables])
    if spaces.any():
        keep = spaces == 0
        piece_starts, lengths, shift = piece_starts[keep], lengths[keep], shift[keep]
    piece_starts = piece_starts + shift
    dtype = "intc" if code == "i" else "longlong"
    starts += array(code, piece_starts.astype(dtype).tobytes())
    ends += array(code, (piece_starts + lengths).astype(dtype).tobytes())


def _offsets(doc: Doc, offset: int = 0, code: str = "i") -> tuple[array[int], array[int]]:
    """The start and end offsets (plus *offset*) of the tokens of *doc* that are not
    whitespace, as arrays of typecode *code* (``"q"`` when an offset may pass 2**31)."""
    if len(doc) == 0:
        return array(code), array(code)
    starts, lengths, spaces = doc.to_array([IDX, LENGTH, IS_SPACE]).T
    if spaces.any():
        keep = spaces == 0
        starts, lengths = starts[keep], lengths[keep]
    starts = starts + offset
    # (straight from the buffers: several times faster than ``array('i', a.tolist())``)
    dtype = "intc" if code == "i" else "longlong"
    ends = starts + lengths
    return array(code, starts.astype(dtype).tobytes()), array(code, ends.astype(dtype).tobytes())


def _words(text: str, starts: Sequence[int], ends: Sequence[int]) -> tuple[str, ...]:
    """The token strings, equal ones shared."""
    words = [text[s:e] for s, e in zip(starts, ends, strict=True)]
    seen: dict[str, str] = {}
    return tuple(map(seen.setdefault, words, words))  # (each word's first equal one)


def from_doc(doc: Doc, *, annotated: bool = True, text: str | None = None) -> Tokens:
    """The token table of a spaCy ``Doc``, keeping the annotation it has.

    ``annotated=False`` skips looking for annotation (a tokenizer-only ``Doc``
    has none, and the look costs a pass over every token). *text* is the
    ``Doc``'s text when the caller has it (``doc.text`` rebuilds it).
    """
    if text is None:
        text = doc.text
    n = len(doc)
    if n == 0:
        return Tokens(text, (), (), ())
    # whitespace tokens ("\n\n", double spaces) are dropped: the gaps between
    # the kept tokens still show paragraph breaks to the sentence splitter
    starts, ends = _offsets(doc, code="i" if len(text) < 2**31 else "q")
    words = _words(text, starts, ends)
    if not annotated:
        return Tokens(text, starts, ends, words)
    keep = [t.i for t in doc if not t.is_space]
    tags: list[str] = []
    deps: list[str] = []
    heads: list[int] = []
    ents: list[str] = []
    ent_starts: list[bool] = []
    if doc.has_annotation("TAG"):
        tags = [doc[i].tag_ for i in keep]
    if doc.has_annotation("DEP"):
        new_index = {old: new for new, old in enumerate(keep)}
        deps = [doc[i].dep_ for i in keep]
        heads = [new_index.get(doc[i].head.i, new) for new, i in enumerate(keep)]
    if doc.has_annotation("ENT_IOB"):
        ents = [doc[i].ent_type_ for i in keep]
        ent_starts = [doc[i].ent_iob_ == "B" for i in keep]
    return Tokens(text, starts, ends, words, tags, deps, heads, ents, ent_starts)
