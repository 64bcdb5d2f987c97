"""Stage 4, mentions: tokens + sentences -> tuple[Mention, ...].

Input: the token table, the sentences and a lexicon. Output: every
proper-name mention of the article in text order, each with the title
written at that mention (if any), a kind guess and a gender hint.

Rules, each on tokens only (named-entity labels are used where the ``Doc``
has them):

* ``name_chain``: a run of capitalised words (with particles like *de*,
  *bin* and suffixes like *Jr.*), minus a sentence-initial function word.
* ``title_prefix``: role words at the head of the run or just before it are
  the title, not the name: *Chinese President* | *Xi Jinping*;
  *Trump's special envoy* | *Keith Kellogg*; *Secretary of State* | *John Kerry*.
* ``title_apposition``: ``Name, (a|an|the) ... role-noun ... ,`` gives a
  title: *Yun Sun, a China politics analyst at the Stimson Center*; after
  *a*/*an* any noun does (*Pietro Zanon, a glassblower from Murano*).
* ``unlisted_role``: a capitalised word with a role-noun ending before a first
  name (or outside a PERSON entity that starts after it) is a title:
  *Hydrologist* | *Theo Vandermeer*.
* ``title_before_comma``: ``the ... ROLE, Name`` and ``ROLE for BODY, Name``
  keep the whole phrase: *the company's chief financial officer*, *Tove
  Lindahl*; *a spokeswoman for the Ministry of Trade and Industry*, *Siri
  Nakstad*.

Modules, in data-flow order: :mod:`~quotex.mentions.words` (the word tests the rules share),
:mod:`~quotex.mentions.chains` (name runs; headlines), :mod:`~quotex.mentions.prefixes` (titles
before a name), :mod:`~quotex.mentions.appositions` (titles after it) and
:mod:`~quotex.mentions.find` (:func:`find_mentions` and :class:`Mention`).
"""

from quotex.mentions.appositions import apposition_title
from quotex.mentions.body_joins import and_in_body_name, joins_body_name
from quotex.mentions.find import Mention, find_mentions
from quotex.mentions.prefixes import prefix_title, role_head_before
from quotex.mentions.styles import past_style
from quotex.mentions.words import is_body_word, is_name_word, place_compound, registered_spelling

__all__ = [
    "Mention",
    "and_in_body_name",
    "apposition_title",
    "find_mentions",
    "is_body_word",
    "is_name_word",
    "joins_body_name",
    "past_style",
    "place_compound",
    "prefix_title",
    "registered_spelling",
    "role_head_before",
]
