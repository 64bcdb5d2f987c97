"""Stage 6, speakers and records: attributions + mentions -> list[Quote].

Input: the token table, the attributions of stage 5, the name mentions of
stage 4 and the sentences of stage 3. Output: the public
:class:`~quotex.records.Quote` records, each with one canonical
:class:`~quotex.records.Speaker` per person or body for the whole article
(the same object, with a document-local ``id``, across quotes), and the path
that resolved it in ``Quote.resolution``.

The mentions are first clustered into the entity table of
:mod:`quotex.entities`. Resolution, for a source mention:

* ``name`` / ``apposition``: a mention that holds a name takes that name's
  entity (the source opens with the name or its title, or the name stands in
  apposition: *The city's treasurer, Ana Berg*). A source that is only a body
  inside a person's phrase names the person (*Theo Vandermeer of Westbrook
  State University*; *A spokeswoman for the Ministry, Siri Nakstad, said*).
* ``pronoun_sentence`` / ``pronoun_paragraph`` / ``pronoun_far``: *he*/*she*
  -> the most salient person whose gender does not clash (salience: subject
  position, introduction with a title, having spoken, decayed by sentence and
  paragraph distance; agreement from honorifics, gendered role words, earlier
  pronouns and first names); *it*/*they* -> the most salient body or group.
  An unnamed subject that agrees competes with them (*The airline said ...
  "C," it said.* -> *airline*). The suffix says where the antecedent was last
  named or spoke.
* ``nominal``: *the analyst*, *the senator*, *the 47-year-old*, *the woman*,
  *the company* -> the most salient entity with that title, age, gender or
  kind.
* ``document``: *the statement* -> its issuer, the most salient body or person
  (named, or an unnamed subject: *The ministry issued a note.*), else the
  latest speaker.
* ``description``: the phrase itself names a body or group
  (*Ukraine's foreign ministry*, *two people familiar with the matter*).
* ``carryover``: split quotes and paragraph carry-over take the speaker of
  the attribution they continue.
* ``relation``: a kin noun names the person the text stated that relation of
  (*her son*, *His mother*, *the father*, *the elder Sato* after *A and her
  son, B Sato*: :mod:`~quotex.speakers.kinship`).

A source with a relative clause is read without it: *officials who spoke
with the Post* names the officials, not the Post.

Modules, in data-flow order: :mod:`~quotex.speakers.words` (word classes),
:mod:`~quotex.speakers.salience` (the per-call ``Resolver`` and salience),
:mod:`~quotex.speakers.nominals`, :mod:`~quotex.speakers.pronouns`,
:mod:`~quotex.speakers.documents` (issuers and authors), :mod:`~quotex.speakers.joint_names`,
:mod:`~quotex.speakers.names` (the name that heads a source),
:mod:`~quotex.speakers.source_cuts`, :mod:`~quotex.speakers.sources` (one source to its
entity) and :mod:`~quotex.speakers.resolve` (the entry points).
"""

from quotex.speakers.printed_titles import printed_title
from quotex.speakers.resolve import RESOLUTIONS, Resolved, build_records, quote_records, resolve_speakers

__all__ = ["RESOLUTIONS", "Resolved", "build_records", "printed_title", "quote_records", "resolve_speakers"]
