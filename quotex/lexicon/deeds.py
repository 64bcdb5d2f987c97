"""Nouns that describe a person by something a clause about them said they did or do: the
newcomer is the one *who moved to* the town, the resident the one *who lives* there.

The nominal *the NOUN said* names the person a relative clause or a verb right after their name
gave that deed ('Ana Berg, who moved to Tarrow last year, ... The newcomer said'), as a role
noun names the one *who chairs* the committee (:func:`quotex.speakers.words.role_verbs`). Each
noun lists the present and past forms of its verbs. General English: the nouns of state or of
a deed done once (newcomer, resident, retiree, survivor, winner), not roles, which the role
lexicons hold; hand-made, each pair a dictionary sense of the noun ('newcomer: a person who has
recently arrived in a place'). A verb phrase is written with an underscore (*giving_evidence*).
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

_DEEDS = {
    "newcomer": "moved moves relocated relocates arrived arrives settled",
    "incomer": "moved moves relocated arrived",
    "resident": "lives lived",
    "retiree": "retired",
    "pensioner": "retired",
    "survivor": "survived survives",
    "winner": "won wins",
    "graduate": "graduated graduates",
    "immigrant": "immigrated emigrated migrated",
    "migrant": "migrated emigrated",
    # ('Ana Berg testified that ...', 'Giving evidence, Ana Berg said': one who gives evidence in court)
    "witness": "testified testifies testifying giving_evidence gave_evidence",
}

#: A describing noun -> the verb forms of the deed that gives it.
DEED_VERBS: Mapping[str, frozenset[str]] = MappingProxyType(
    {noun: frozenset(verbs.split()) for noun, verbs in _DEEDS.items()}
)
