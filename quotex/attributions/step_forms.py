"""Which steps of the verb table can apply to a cue's form: the others are passed over.

Most vetoes and several rules of :data:`~quotex.attributions.verb_rules.VERB_STEPS` open with
a test of the cue's form alone, its word in lower case (*low*), its lemma and its class
('without_particle' holds only for the lemmas of ``PARTICLE_ONLY``, 'plural_noun' only for a
word in *-s*, 'gapped_naming' only for a verb of naming). :data:`VERB_STEP_FORMS` repeats that
opening test for each such step, by name: a necessary condition, ``form(low, lemma, vclass)``;
when it is false the step cannot hold. The verb trigger answers the conditions once per
distinct form and runs the table with a flag before each such step
(:func:`~quotex.attributions.model.compile_by_form`): the same steps in the same order, less
the ones that would have answered False (a veto) or not applied (a rule), so the first finding
is the same. A tuple index per such step instead of a Python call.

Each entry must stay the first test of its step (``tests/test_rule_tables.py`` checks that
every entry names a step of the table); a step without an entry runs for every form.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from quotex.attributions.answers import ANSWER_LEMMAS
from quotex.attributions.naming import _NAME_GIVING as NAME_GIVING
from quotex.lexicon.function_words import ING_MODIFIERS, TITLE_MODIFIERS
from quotex.lexicon.grammar import PAST_CUES, PHRASAL_PARTICLES
from quotex.lexicon.verb_frames import (
    ASSERTING_LEMMAS,
    AUTHORING_VERBS,
    CAPTION_LEMMAS,
    DEPICTING_FORMS,
    ENDING_PREPOSITIONS,
    EXPECTATION_LEMMAS,
    IMPLICATIVE_CONTROL_FORMS,
    NOUN_HOMOGRAPHS,
    OF_OBJECT_VERBS,
    PARTICLE_ONLY,
    PERFORMING_VERBS,
    POSTING_LEMMAS,
    QUOTING_AS_FORMS,
    RESTATING_LEMMAS,
    SELF_NAMING_LEMMAS,
    TELL_VERBS,
)

#: ``form(low, lemma, vclass)``: can the step hold for a cue of this form?
FormTest = Callable[[str, str, str], bool]

_PASSIVE_ENDINGS = ("ed", "wn", "en")


def _plain(low: str, lemma: str, vclass: str) -> bool:
    return low == lemma


def _s_form(low: str, lemma: str, vclass: str) -> bool:
    return low != lemma and low.endswith("s")


#: The necessary form condition of each step that has one (see the module docstring), by step
#: name; the comment names the function whose first test it repeats.
VERB_STEP_FORMS: Mapping[str, FormTest] = {
    # expectation.is_expectation_passive
    "expected": lambda low, lemma, vclass: lemma in EXPECTATION_LEMMAS,
    # frames.phrasal_particle
    "phrasal_particle": lambda low, lemma, vclass: low in PHRASAL_PARTICLES,
    # verb_vetoes.reduced_passive
    "reduced_passive": lambda low, lemma, vclass: low.endswith(_PASSIVE_ENDINGS) or low == "read",
    # verb_vetoes.negated_assertion
    "negated_assertion": lambda low, lemma, vclass: lemma in ASSERTING_LEMMAS and not low.endswith("ing"),
    # verb_vetoes.without_particle
    "without_particle": lambda low, lemma, vclass: lemma in PARTICLE_ONLY,
    # verb_vetoes.ending_sense
    "ending_sense": lambda low, lemma, vclass: lemma in ENDING_PREPOSITIONS,
    # frames.plural_noun
    "plural_noun": lambda low, lemma, vclass: low.endswith("s") and not low.endswith("ss"),
    # verb_vetoes.as_shown
    "as_shown": lambda low, lemma, vclass: low.endswith(_PASSIVE_ENDINGS),
    # control.object_reports
    "reports_through_object": lambda low, lemma, vclass: (
        low in QUOTING_AS_FORMS or low in IMPLICATIVE_CONTROL_FORMS or low in DEPICTING_FORMS
    ),
    # verb_vetoes.captioned_media
    "captioned_media": lambda low, lemma, vclass: lemma in POSTING_LEMMAS,
    # verb_vetoes.caption_text
    "caption_text": lambda low, lemma, vclass: lemma in CAPTION_LEMMAS,
    # verb_vetoes.self_naming
    "self_naming": lambda low, lemma, vclass: lemma in SELF_NAMING_LEMMAS,
    # verb_vetoes.restated_object
    "restated_object": lambda low, lemma, vclass: lemma in RESTATING_LEMMAS,
    # head_nouns.homograph_head
    "homograph_head": lambda low, lemma, vclass: (
        lemma in NOUN_HOMOGRAPHS and low in (lemma, lemma + "s", lemma + "es")
    ),
    # head_nouns.name_modified_noun
    "name_modified_noun": _plain,
    # head_nouns.object_of_perfect
    "object_of_perfect": _s_form,
    # verb_vetoes.names_a_title
    "names_a_title": lambda low, lemma, vclass: (
        vclass == "naming" or lemma in PERFORMING_VERBS or lemma in AUTHORING_VERBS
    ),
    # verb_vetoes.names_a_work
    "names_a_work": lambda low, lemma, vclass: not (lemma in TELL_VERBS or vclass == "naming"),
    # naming.known_as_title
    "known_as_title": lambda low, lemma, vclass: lemma == "know",
    # naming.marked_name_object
    "marked_name_object": lambda low, lemma, vclass: vclass == "naming" or lemma in ("know", "sing"),
    # naming.crowd_names_a_thing
    "crowd_names_a_thing": lambda low, lemma, vclass: lemma in NAME_GIVING,
    # naming.gapped_naming
    "gapped_naming": lambda low, lemma, vclass: vclass == "naming" or lemma == "know",
    # gaps.object_gap
    "object_gap": lambda low, lemma, vclass: vclass in ("speech", "stance"),
    # naming.passive_as
    "passive_as": lambda low, lemma, vclass: vclass == "naming" and low.endswith(_PASSIVE_ENDINGS),
    # naming.noun_before_quotation
    "noun_before_quotation": _plain,
    # verb_vetoes.title_modifier (np_words.role_modifier)
    "title_modifier": lambda low, lemma, vclass: low in TITLE_MODIFIERS or low in ING_MODIFIERS,
    # frames.noun_before_of
    "noun_before_of": lambda low, lemma, vclass: (
        not (low in PAST_CUES or low.endswith("ed") or (lemma in OF_OBJECT_VERBS and not low.endswith("ing")))
    ),
    # sites.perfect_without_clause (sites.after_having)
    "perfect_without_clause": lambda low, lemma, vclass: low != lemma and not low.endswith("ing"),
    # verb_rules._asked_opens
    "asked_whether": lambda low, lemma, vclass: low == "asked",
    # frames.is_passive_with_agent
    "passive_agent": lambda low, lemma, vclass: vclass == "speech",
    # verb_rules._opens_inverted
    "inverted_opening": lambda low, lemma, vclass: vclass == "speech" and not low.endswith("ing"),
    # answers.answers_bare
    "bare_answer": lambda low, lemma, vclass: lemma in ANSWER_LEMMAS,
}
