"""Development capabilities added on branch ``h23doc`` in the twenty-third round: a document
speaks for the body that issued it.

* *A/The DOCUMENT from|by BODY CUE that ...* (*A circular from the Harbour Pilots Guild
  warned that ...*): the body, never the document phrase, whatever document noun news copy
  uses for an organisation's written word (circular, directive, memorandum, newsletter ...).
* A body's initialism after an official who signed its statement (*The Harbour Pilots Guild
  (HPG) ... In a statement signed by its general secretary, NAME, the HPG said ...*): the body;
  the initials of an official's affiliation are not the initials of the post.

People, bodies and sentences of our own. ``captemplates.py`` adds :data:`ROUND22_H23DOC` to its
``CAPABILITIES``.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from capkit import Capability, Case, Expect, named, sample

#: Bodies that issue documents: (as written after the preposition, expected name).
BODIES = (
    ("the Harbour Pilots Guild", "the Harbour Pilots Guild"),
    ("Westfold Water Board", "Westfold Water Board"),
    ("the Moravec Dairy Cooperative", "the Moravec Dairy Cooperative"),
    ("Kinloch Regional Council", "Kinloch Regional Council"),
    ("the Ashgrove Nurses Union", "the Ashgrove Nurses Union"),
    ("Tellurian Bus Company", "Tellurian Bus Company"),
)
#: Written documents an organisation issues (English document nouns).
DOCUMENTS = ("circular", "directive", "memorandum", "newsletter", "report", "memo", "notice", "bulletin")
#: Prepositions naming a document's issuer.
PREPOSITIONS = ("from", "by")
#: Reporting verbs in the past.
CUES = ("warned", "said", "stated", "noted", "stressed")
#: Reported clauses.
CLAUSES = (
    "the new timetable would start in June",
    "no members would lose pay during the dispute",
    "inspections of the site would continue through the winter",
)


def document_issuer() -> Iterator[Case]:
    """'A circular from BODY warned that CLAUSE.' -> BODY (no title), never the document."""
    combos = itertools.product(BODIES, DOCUMENTS, PREPOSITIONS, CUES, CLAUSES, ("A", "The"))
    for (body, name), doc, prep, cue, clause, det in sample(combos, 300, "h23doc-issuer"):
        text = f"{det} {doc} {prep} {body} {cue} that {clause}."
        content = f"that {clause}"
        yield Case(
            "",
            "document",
            text,
            [Expect(content, "indirect", name, title=None)],
            exact=False,
            wrong_speakers=[(content, f"{doc} {prep} {body}")],
        )


#: Bodies with the initialism copy defines in brackets: (name, initialism).
INITIALLED = (
    ("Harbour Pilots Guild", "HPG"),
    ("Westfold Water Board", "WWB"),
    ("Moravec Dairy Cooperative", "MDC"),
    ("Kinloch Regional Council", "KRC"),
    ("Ashgrove Nurses Union", "ANU"),
)
#: Officials who sign a body's statements: (person, post).
SIGNERS = (
    ("Ines Marrero", "general secretary"),
    ("Okonkwo Adebayo-Peters", "chief executive"),
    ("Lisbeth Vandermolen", "chairwoman"),
    ("Farhan Siddiqui", "company secretary"),
)
#: How the statement is introduced before the body's initialism.
SIGNED = (
    "In a statement signed by its {post}, {who}, the {ini} said that {clause}.",
    "In a letter signed by its {post}, {who}, the {ini} said that {clause}.",
    "In a statement issued by its {post}, {who}, the {ini} warned that {clause}.",
)


def initialism_after_signer() -> Iterator[Case]:
    """'BODY (INI) ... In a statement signed by its POST, NAME, the INI said that CLAUSE.' ->
    BODY, never the signer."""
    combos = itertools.product(INITIALLED, SIGNERS, SIGNED, CLAUSES)
    for (body, ini), (who, post), shape, clause in sample(combos, 180, "h23doc-signer"):
        lead = f"The {body} ({ini}) suspended two of its members on Monday."
        text = f"{lead}\n\n" + shape.format(post=post, who=who, ini=ini, clause=clause)
        content = f"that {clause}"
        yield Case(
            "",
            "signer",
            text,
            [Expect(content, "indirect", f"the {body}", title=None)],
            exact=False,
            wrong_speakers=[(content, who)],
        )


ROUND22_H23DOC: tuple[Capability, ...] = (
    named(
        "documents.issuer_after_preposition",
        "5",
        "A circular from BODY warned that ...: BODY (the issuer of the document speaks)",
        document_issuer,
    ),
    named(
        "documents.initialism_after_signer",
        "5",
        "BODY (INI) ... In a statement signed by its POST, NAME, the INI said that ...: BODY",
        initialism_after_signer,
    ),
)
