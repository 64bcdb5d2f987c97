"""People credited together under one surname: 'Ivo and Maren Lindqvist said' names Ivo
Lindqvist and Maren Lindqvist (coordination with the shared surname left out of the first
conjuncts: Quirk et al. 1985 §13.63, ellipsis in noun phrases).

Input: the name words of the coordinated mentions, in text order. Output: each person's full
name, or None when the list is no such group; and the tests on a coordinated name's entity
(:func:`full_name`, :func:`may_be_person`, :func:`surname_words`). Used by
:mod:`quotex.speakers` (a coordinated source, whose names it joins with a semicolon as answer
keys write joint speakers).
"""

from __future__ import annotations

from collections.abc import Sequence

from quotex.entities import Entity
from quotex.lexicon.function_words import NAME_PARTICLES
from quotex.mentions.shared_surnames import gendered_first_name, is_given_name

__all__ = ["full_name", "is_given_name", "may_be_person", "shared_surname", "surname_words"]


def shared_surname(names: Sequence[Sequence[str]]) -> list[str] | None:
    """The full names of a list whose last name is a first name and a surname and whose other
    names are each one first name with a clear gender in the census lists ('Ivo', 'Maren
    Lindqvist' -> 'Ivo Lindqvist', 'Maren Lindqvist'; 'Ana', 'Ivo', 'Sara Lind' -> three Linds);
    None for any other list ('Berg', 'Ina Varga': a surname; 'Ana Berg', 'Ina Varga': two full
    names; 'Sanders', 'Hillary Clinton': a surname only registrations list as a first name).
    The caller passes each entity's words, so a first name that is the surname of someone named
    before in full ('Carter' after 'Ana Carter') is already two words and no first name here."""
    if len(names) < 2:
        return None
    *firsts, last = names
    if len(last) < 2 or not is_given_name(last[0]):
        return None
    if not all(len(n) == 1 and gendered_first_name(n[0]) for n in firsts):
        return None
    surname = " ".join(last[1:])
    return [f"{n[0]} {surname}" for n in firsts] + [" ".join(last)]


def surname_words(words: Sequence[str]) -> bool:
    """Are *words* one surname: a word, or lower-case particles before one ('de Vries')?"""
    return all(w.lower() in NAME_PARTICLES for w in words[:-1])


def full_name(ent: Entity) -> bool:
    """A name of two or more words with no sign of a body or of a word that is no name: in a
    list with a person's name, a person's too ('Lena Okafor and Sipho Dlamini')."""
    return (
        ent.kind == "person"
        and len(ent.words) >= 2
        and not ent.body_evidence
        and not ent.unlikely_person
        and not ent.initial_only
    )


def may_be_person(ent: Entity) -> bool:
    """A name that may be a person's: a person's kind with a sign of a person or a gender from
    a first name, and no sign of a body."""
    return (
        ent.kind == "person"
        and not ent.body_evidence
        and not ent.unlikely_person
        and (ent.person_evidence or ent.gender is not None)
    )
