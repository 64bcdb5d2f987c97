"""Slot fillers of the fifty-third held-out round (``heldout53.py``), a round of STATEMENTS, RELEASES AND
DOCUMENTS AS NEWS REPORTS THEM: invented people (with a gender and an age), companies, unions, councils,
ministries, charities, regulators and clubs with the posts their people hold, courts, newspapers, radio
stations and news agencies, statements' and documents' words (first-person sentences a body or a person puts
in writing), reported clauses, findings of reports, claims of lawsuits, pointed fragments, titles of
statements and documents nobody quotes, topics and days.

Every name, body, place and sentence here was written for this round; the people, places and bodies are
invented.
"""

from __future__ import annotations

from attrs import frozen
from heldout_kit import Mark, Person

#: Straight and curly double marks, and British curly single marks.
MARKS53 = (Mark('"', '"'), Mark("\u201c", "\u201d"), Mark("\u2018", "\u2019"))

WOMEN53 = (
    Person("Liisa Tammsaar", "Tammsaar", "f", "Estonian", 46),
    Person("Renata Albuquerque", "Albuquerque", "f", "Brazilian", 51),
    Person("Zsófia Keleti", "Keleti", "f", "Hungarian", 39),
    Person("Efua Agbenyega", "Agbenyega", "f", "Ewe", 44),
    Person("Aigerim Nurlanova", "Nurlanova", "f", "Kazakh", 37),
    Person("Catalina Irarrázabal", "Irarrázabal", "f", "Chilean", 55),
    Person("Griet Vanhoutte", "Vanhoutte", "f", "Flemish", 48),
    Person("Rosalia Mancuso", "Mancuso", "f", "Sicilian", 58),
    Person("Nadia Boukhalfa", "Boukhalfa", "f", "Algerian", 42),
    Person("Ingrid Solvang", "Solvang", "f", "Norwegian", 50),
    Person("Hannelore Brückmann", "Brückmann", "f", "German", 61),
    Person("Yuki Takabatake", "Takabatake", "f", "Japanese", 40),
    Person("Oksana Demchuk", "Demchuk", "f", "Ukrainian", 36),
    Person("Maren Ellery", "Ellery", "f", "English", 47),
    Person("Deirdre Callaghan-Fox", "Callaghan-Fox", "f", "Irish", 53),
    Person("Anneke van der Welle", "van der Welle", "f", "Dutch", 45),
)

MEN53 = (
    Person("Toomas Laanemets", "Laanemets", "m", "Estonian", 52),
    Person("Joaquim Figueiredo", "Figueiredo", "m", "Brazilian", 49),
    Person("Bence Szalontai", "Szalontai", "m", "Hungarian", 41),
    Person("Kodzo Amedzro", "Amedzro", "m", "Ewe", 57),
    Person("Daniyar Seitkali", "Seitkali", "m", "Kazakh", 38),
    Person("Matías Cienfuegos", "Cienfuegos", "m", "Chilean", 60),
    Person("Wouter De Smedt", "De Smedt", "m", "Flemish", 44),
    Person("Salvatore Bivona", "Bivona", "m", "Sicilian", 63),
    Person("Karim Belkacem", "Belkacem", "m", "Algerian", 47),
    Person("Håkon Myrvold", "Myrvold", "m", "Norwegian", 54),
    Person("Dieter Kronauer", "Kronauer", "m", "German", 59),
    Person("Kenji Morozumi", "Morozumi", "m", "Japanese", 43),
    Person("Taras Hnatiuk", "Hnatiuk", "m", "Ukrainian", 35),
    Person("Felix Ashworth", "Ashworth", "m", "English", 50),
    Person("Brendan O'Farrell", "O'Farrell", "m", "Irish", 56),
    Person("Pieter-Jan Voskuilen", "Voskuilen", "m", "Dutch", 46),
)

PEOPLE53 = tuple(p for pair in zip(WOMEN53, MEN53, strict=True) for p in pair)


@frozen
class Body:
    """An invented body: its name (no article), the article the press writes before it, the noun a story uses
    for it later (*the company*), the plural for two of them, and posts its people hold."""

    name: str
    art: str
    noun: str
    plural: str
    roles: tuple[str, ...]

    @property
    def the(self) -> str:
        """The name as a story writes it mid-sentence (*the Ostmere Port Authority*)."""
        return f"{self.art}{self.name}"

    @property
    def The(self) -> str:  # noqa: N802 - the capitalised form, as written at a sentence's start
        """The name at a sentence's start."""
        return self.the[:1].upper() + self.the[1:]


COMPANIES53 = (
    Body(
        "Brackenford Water Company", "the ", "company", "companies", ("chief executive", "finance director")
    ),
    Body("Tarnby Mining Group", "", "company", "companies", ("managing director", "chief operating officer")),
    Body("Lindqvist Ferries", "", "company", "companies", ("chief executive", "head of safety")),
    Body("Harlow Vale Rail", "", "operator", "operators", ("managing director", "head of customer services")),
    Body("Quillon Foods", "", "company", "companies", ("chief executive", "general counsel")),
    Body("Orrin Valley Energy", "", "company", "companies", ("chief executive", "director of operations")),
)

UNIONS53 = (
    Body("National Union of Ferry Workers", "the ", "union", "unions", ("general secretary", "president")),
    Body(
        "Kessel Bay Teachers' Federation", "the ", "federation", "unions", ("president", "general secretary")
    ),
    Body("Allied Port Clerks' Association", "the ", "association", "unions", ("general secretary", "chair")),
    Body("Union of Hospital Porters", "the ", "union", "unions", ("general secretary", "regional organiser")),
)

COUNCILS53 = (
    Body("Dunmere County Council", "", "council", "councils", ("leader", "chief executive")),
    Body("Greyfield Borough Council", "", "council", "councils", ("leader", "director of housing")),
    Body("Ostmere City Council", "", "council", "councils", ("deputy leader", "chief executive")),
)

MINISTRIES53 = (
    Body(
        "Ministry of Coastal Affairs",
        "the ",
        "ministry",
        "ministries",
        ("permanent secretary", "director general"),
    ),
    Body(
        "Ministry of Rural Transport",
        "the ",
        "ministry",
        "ministries",
        ("director general", "chief engineer"),
    ),
    Body("Department of Water Resources", "the ", "department", "departments", ("secretary", "director")),
    Body(
        "Ministry of Public Health",
        "the ",
        "ministry",
        "ministries",
        ("chief medical officer", "permanent secretary"),
    ),
)

OTHERS53 = (
    Body("Ostmere Port Authority", "the ", "authority", "authorities", ("chief executive", "harbour master")),
    Body("Saltmarsh Children's Trust", "the ", "charity", "charities", ("director", "chair of trustees")),
    Body("Office for Energy Standards", "the ", "regulator", "regulators", ("chief executive", "director")),
    Body("Wrenbury Hospitals Trust", "", "trust", "trusts", ("medical director", "chief executive")),
    Body("University of Carrowmore", "the ", "university", "universities", ("vice-chancellor", "registrar")),
    Body("Pellham Athletic", "", "club", "clubs", ("chair", "chief executive")),
    Body("Alder Street Tenants' Association", "the ", "association", "associations", ("chair", "secretary")),
    Body("Norvale Police Service", "the ", "force", "forces", ("chief constable", "deputy chief constable")),
)

BODIES53 = COMPANIES53 + UNIONS53 + COUNCILS53 + MINISTRIES53 + OTHERS53

#: Courts (no article in the name; the press writes *the* before each).
COURTS53 = (
    "Ostmere District Court",
    "Carrowmore High Court",
    "Dunmere County Court",
    "Tarnby Court of Appeal",
    "Kessel Bay Magistrates' Court",
)

#: Newspapers and radio stations (name as written after *the* or not, the name a key compares).
OUTLETS53 = (
    ("the Ostmere Courier", "Ostmere Courier"),
    ("the Carrowmore Ledger", "Carrowmore Ledger"),
    ("Radio Dunmere", "Radio Dunmere"),
    ("the Pellham Evening Post", "Pellham Evening Post"),
    ("the Greyfield Sentinel", "Greyfield Sentinel"),
)

#: News agencies (as written, the name a key compares).
AGENCIES53 = (
    ("the Northline News Agency", "Northline News Agency"),
    ("the Meridian Wire", "Meridian Wire"),
    ("Baltica Press", "Baltica Press"),
)

TOWNS53 = ("Ostmere", "Carrowmore", "Dunmere", "Greyfield", "Tarnby", "Pellham", "Kessel Bay")

DAYS53 = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

#: The words of statements, releases, letters and rulings, without their final punctuation (no apostrophes,
#: so that single marks stay unambiguous).
QUOTES53 = (
    "We have paused all deliveries while the checks are carried out",
    "Our first concern is for the families affected by this decision",
    "We regret the disruption this has caused to our customers",
    "No decision has been taken on the future of the site",
    "We will cooperate fully with any inquiry that follows",
    "The safety of passengers has never been compromised",
    "These allegations are without foundation and will be contested",
    "We are reviewing the findings carefully and will respond in due course",
    "Every member of staff affected will be offered another post",
    "The figures published this week do not reflect the full picture",
    "We remain committed to reaching a fair settlement with our members",
    "Further talks are planned for the coming days",
    "We have written to every household on the estate",
    "Our engineers are on site and will remain there overnight",
    "The repairs will be completed before the winter timetable begins",
    "Residents will be kept informed at every stage of the works",
    "We expect the line to reopen within a fortnight",
    "The plans were shared with every member before the vote",
    "Nothing in this report suggests that the rules were broken",
    "Lessons have been learned and changes are already under way",
    "We have asked the regulator to review the decision",
    "The board accepts every one of the recommendations in full",
    "Our members have shown remarkable patience throughout this dispute",
    "The closure is temporary and the service will return in the spring",
)

#: Reported clauses (third person, no final punctuation).
CLAUSES53 = (
    "the depot would stay closed until the inspection was complete",
    "no jobs would be lost at the plant",
    "the figures had been checked by an outside auditor",
    "the new timetable would start in March",
    "the tender process had been fair and open",
    "the repairs would cost more than first estimated",
    "talks with the drivers would resume next week",
    "the bridge was safe for cars but not for lorries",
    "the scheme would be extended to two more districts",
    "an independent review of the contract had been ordered",
    "the fee increase would be phased in over three years",
    "all affected customers would receive a refund",
    "the ward had been closed as a precaution",
    "the pension fund was in good health",
    "the relocation of the archive would go ahead as planned",
    "the school buses would run on a reduced timetable",
    "the dredging work had been delayed by storms",
    "the building had passed its last fire inspection",
)

#: Findings of reports and reviews (third person, no final punctuation).
FINDINGS53 = (
    "staffing levels on night shifts were too low",
    "the flood defences had not been inspected for six years",
    "complaints had been logged but never investigated",
    "the contract had been awarded without a proper tender",
    "waiting times had doubled since the clinic moved",
    "the warning signs on the quay were too small to read",
    "the budget for the project had been underestimated by a third",
    "record keeping at the depot was inconsistent",
    "the training given to new drivers was inadequate",
    "the pier had been allowed to fall into disrepair",
)

#: What a lawsuit or complaint claims a defendant did (a verb phrase after its subject).
ALLEGED53 = (
    "ignored repeated warnings about the crane",
    "failed to consult residents before closing the library",
    "withheld wages owed to seasonal workers",
    "dumped waste water into the estuary over several months",
    "broke the terms of its lease on the harbour site",
    "misled investors about the cost of the new mine",
    "dismissed two staff members for raising safety concerns",
    "overcharged tenants for repairs that were never carried out",
)

#: (object, fragment) pairs for mixed reports: `said OBJ was "FRAG"`.
FRAGS53 = (
    ("the delay", "deeply regrettable"),
    ("the proposal", "a step backwards"),
    ("the ruling", "a victory for common sense"),
    ("the report", "deeply flawed"),
    ("the strike", "entirely avoidable"),
    ("the settlement", "the best deal available"),
    ("the closure", "a last resort"),
    ("the audit", "long overdue"),
    ("the lawsuit", "without merit"),
    ("the new rulebook", "unworkable in practice"),
)

#: Titles of statements, reports and campaigns nobody quotes (in marks in the text).
DOC_TITLES53 = (
    "Our Commitment",
    "A Fresh Start for Ostmere",
    "Moving Forward Together",
    "Building Trust",
    "Safe Harbour",
    "The Road Ahead",
    "Open Doors",
    "Clear Water 2030",
)

#: Documents a story names without quoting a word of them.
DOC_NAMES53 = (
    "its annual accounts",
    "a 60-page consultation paper",
    "a revised safety plan",
    "the minutes of its last board meeting",
    "a summary of the audit",
    "its response to the regulator",
)

#: Topics a body or person was asked about.
TOPICS53 = (
    "the closure",
    "the lawsuit",
    "the leaked memo",
    "the pay offer",
    "the audit",
    "the inquiry",
    "the job cuts",
    "the fare rise",
)

#: The words of judges' rulings, without their final punctuation.
RULINGS53 = (
    "The court has no power to reopen a matter already settled",
    "The evidence before me does not support the claim",
    "The council acted within the powers given to it by law",
    "There was no proper consultation and the decision must be set aside",
    "The contract was valid and both parties are bound by it",
    "I am not persuaded that the company knew of the defect",
    "The delay in bringing this case has not been explained",
    "The claimants have shown that they were treated unfairly",
)

#: The words of a person's own statement read out by someone else.
PERSONAL53 = (
    "I am deeply sorry for the distress this has caused",
    "I acted at all times in good faith and within the rules",
    "I intend to clear my name and I will appeal",
    "I thank my family for standing by me",
    "I never meant to cause harm to anyone",
    "I accept the verdict of the court",
)
