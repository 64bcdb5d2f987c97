"""Slot fillers of the fifty-eighth held-out round (``heldout58.py``), a round of HEALTH, SCIENCE AND RESEARCH
NEWS as a science desk writes it: invented researchers, doctors and press officers of Estonian, Ghanaian,
Filipino, Lebanese, Chilean, Scottish, Vietnamese, Finnish, Kenyan, Portuguese, Turkish and Japanese origin
(with their gender and an age), patients named by a first name, universities, hospitals, health agencies and
regulators with the noun a desk calls them by, journals, outlets, research and clinical roles with the short
noun of a second reference, study findings, quotations of researchers and of patients, drugs, trials and study
titles, scare terms and narrative sentences that report nothing.

Every name, body, journal, place and sentence here was written for this round; the people, bodies and journals
are invented.
"""

from __future__ import annotations

from attrs import frozen
from heldout_kit import Mark, Person

#: Straight and curly double marks.
MARKS58 = (Mark('"', '"'), Mark("\u201c", "\u201d"))

WOMEN58 = (
    Person("Kadri Ploomipuu", "Ploomipuu", "f", "Estonian", 46),
    Person("Efua Nkansahene", "Nkansahene", "f", "Ghanaian", 41),
    Person("Marisol Dagohoy", "Dagohoy", "f", "Filipino", 38),
    Person("Rania Haddadin", "Haddadin", "f", "Lebanese", 44),
    Person("Valentina Urrejola", "Urrejola", "f", "Chilean", 52),
    Person("Morag Strachanby", "Strachanby", "f", "Scottish", 57),
    Person("Hoa Vuongtran", "Vuongtran", "f", "Vietnamese", 36),
    Person("Aino Kettusalo", "Kettusalo", "f", "Finnish", 49),
    Person("Wanjiru Kamaugi", "Kamaugi", "f", "Kenyan", 43),
    Person("Ines Valadouro", "Valadouro", "f", "Portuguese", 39),
    Person("Zeynep Aksoyluoglu", "Aksoyluoglu", "f", "Turkish", 47),
    Person("Haruka Tsubouchi", "Tsubouchi", "f", "Japanese", 50),
)

MEN58 = (
    Person("Rasmus Tammeveski", "Tammeveski", "m", "Estonian", 55),
    Person("Kwabena Asaredu", "Asaredu", "m", "Ghanaian", 48),
    Person("Paolo Macaraig", "Macaraig", "m", "Filipino", 42),
    Person("Karim Bsaibes", "Bsaibes", "m", "Lebanese", 51),
    Person("Ignacio Errazabal", "Errazabal", "m", "Chilean", 45),
    Person("Callum Drummagh", "Drummagh", "m", "Scottish", 60),
    Person("Thanh Nghiemvu", "Nghiemvu", "m", "Vietnamese", 40),
    Person("Eero Haapakoski", "Haapakoski", "m", "Finnish", 53),
    Person("Otieno Makokha", "Makokha", "m", "Kenyan", 47),
    Person("Duarte Canelhas", "Canelhas", "m", "Portuguese", 44),
    Person("Emre Karabulutlu", "Karabulutlu", "m", "Turkish", 39),
    Person("Kenji Yamashiroda", "Yamashiroda", "m", "Japanese", 58),
)

PEOPLE58 = WOMEN58 + MEN58


@frozen
class Body:
    """A university, agency or regulator: its name as written (with *the* where a desk writes it) and the noun
    of a second reference (*the agency*)."""

    name: str
    noun: str


UNIS58 = (
    Body("Brennock University", "university"),
    Body("the University of Castlemere", "university"),
    Body("Ardwyn Institute of Technology", "institute"),
    Body("Velsham College of Medicine", "college"),
    Body("the Tolland School of Public Health", "school"),
    Body("Quarrington University", "university"),
    Body("the Harwick Marine Laboratory", "laboratory"),
    Body("Elsmere University", "university"),
)

HOSPITALS58 = (
    "St. Oriel's Hospital",
    "Marlow Vale General Hospital",
    "Kestwick Children's Hospital",
    "the Danbury Heart Centre",
    "Ashcombe Royal Infirmary",
    "Pellham Memorial Hospital",
    "the Corran Valley Cancer Centre",
)

AGENCIES58 = (
    Body("the Calloway Public Health Board", "board"),
    Body("the Merrow Medicines Authority", "authority"),
    Body("the Institute for Population Health Statistics", "institute"),
    Body("the Northmarch Health Protection Agency", "agency"),
    Body("the Office for Food and Drug Safety", "office"),
    Body("the Linwood Disease Surveillance Bureau", "bureau"),
)

#: Journals (as written in a sentence).
JOURNALS58 = (
    "the Ardmore Journal of Medicine",
    "Clinical Ledger",
    "the Journal of Paediatric Sleep Research",
    "Epidemiology Quarterly Review",
    "the Halvard Review of Cardiology",
    "Marine Ecology Letters of the North",
    "the Journal of Applied Virology Reports",
)

#: Outlets a researcher talks to (never speakers).
OUTLETS58 = ("the Evening Clarion", "Radio Kelton", "the Weekly Sentinel", "Tidewater Public Radio")

TOWNS58 = ("Harrowgate Cross", "Lindmoor", "Saint Elvane", "Port Wenlock", "Ambersley", "Cragmouth")
DAYS58 = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")


@frozen
class Role:
    """A research role: as written after a name (with its article), the role noun a title must contain, and
    the noun of a second reference (*the virologist*)."""

    written: str
    noun: str
    short: str


SCI_ROLES58 = (
    Role("a professor of epidemiology", "professor", "the professor"),
    Role("an associate professor of neuroscience", "associate professor", "the professor"),
    Role("a marine biologist", "marine biologist", "the biologist"),
    Role("a virologist", "virologist", "the virologist"),
    Role("a postdoctoral researcher", "researcher", "the researcher"),
    Role("a senior lecturer in nutrition", "senior lecturer", "the lecturer"),
    Role("a geneticist", "geneticist", "the geneticist"),
    Role("a climate scientist", "climate scientist", "the scientist"),
    Role("a biostatistician", "biostatistician", "the statistician"),
    Role("a research fellow", "research fellow", "the researcher"),
    Role("an immunologist", "immunologist", "the immunologist"),
    Role("a pharmacologist", "pharmacologist", "the pharmacologist"),
)

CLIN_ROLES58 = (
    Role("a cardiologist", "cardiologist", "the cardiologist"),
    Role("an oncologist", "oncologist", "the oncologist"),
    Role("a paediatrician", "paediatrician", "the paediatrician"),
    Role("an emergency physician", "emergency physician", "the doctor"),
    Role("a neurologist", "neurologist", "the neurologist"),
    Role("a psychiatrist", "psychiatrist", "the psychiatrist"),
    Role("an infectious disease specialist", "infectious disease specialist", "the doctor"),
    Role("a respiratory physician", "respiratory physician", "the doctor"),
)

#: What a study found: reported clauses (past tense), without a final stop.
FINDINGS58 = (
    "children who slept less than eight hours were twice as likely to report headaches",
    "the drug cut hospital admissions by nearly a third",
    "coastal wetlands stored far more carbon than earlier estimates suggested",
    "people who walked for ten minutes after meals had lower blood sugar",
    "the virus had circulated in fruit bats for at least a decade",
    "a daily dose of the supplement made no difference to memory",
    "women were less likely than men to be referred for heart scans",
    "the blood test picked up four in five early bowel cancers",
    "pupils at schools beside busy roads made slower progress in reading",
    "the gene variant was far more common in northern populations",
    "antibody levels had faded within six months of infection",
    "bees exposed to the pesticide struggled to find their way back to the hive",
    "night-shift nurses had higher rates of type 2 diabetes",
    "the new vaccine produced a stronger response in older adults",
)

#: Reported clauses of experts, doctors and officials (past tense), without a final stop.
CLAUSES58 = (
    "the results should be confirmed in a larger trial",
    "the findings fitted with what doctors had seen on the wards",
    "the study was too small to settle the question",
    "patients should not change their treatment without advice",
    "the risk to the general public remained low",
    "waiting times for scans had grown over the winter",
    "the guidance would be reviewed again in the spring",
    "the effect was modest but worth taking seriously",
    "more funding was needed to follow the children into adulthood",
    "the hospital had seen a rise in admissions since October",
    "the team had ruled out several other explanations",
    "the data had been checked by an independent panel",
)

#: Direct quotations of researchers and doctors, without their closing punctuation.
QUOTES58 = (
    "This is the clearest signal we have seen so far",
    "We were genuinely surprised by how large the effect was",
    "It does not mean anyone should stop taking their medication",
    "The numbers are small, so we have to be careful",
    "We need a trial that follows people for ten years, not two",
    "Patients have been asking this question for a long time",
    "It is a solid piece of work, but it is not the final word",
    "I would not change my own diet on the strength of one paper",
    "Our data point in one direction, and it is a worrying one",
    "None of us expected the results to be this consistent",
    "We should treat this as a warning rather than a verdict",
    "It took four years and more than two thousand volunteers",
    "The biology makes sense, and that is reassuring",
    "Every clinic in the country will want to read this",
)

#: Patients named by a first name: (name, gender, age).
PATIENTS58 = (
    ("Maya", "f", 34),
    ("Teodora", "f", 61),
    ("Lise", "f", 29),
    ("Nadia", "f", 47),
    ("Ravi", "m", 52),
    ("Joaquin", "m", 38),
    ("Bram", "m", 66),
    ("Tobias", "m", 24),
)

#: Quotations of patients, without their closing punctuation.
PATIENT_QUOTES58 = (
    "I could not climb the stairs without stopping for breath",
    "The first week was the hardest thing I have ever done",
    "I just wanted someone to tell me what was wrong with me",
    "Now I can pick up my grandchildren again",
    "I felt like a different person after a month",
    "Nobody warned me how tired I would be",
)

#: Conditions a patient lives with.
CONDITIONS58 = (
    "type 2 diabetes",
    "a rare lung disease",
    "chronic migraines",
    "heart failure",
    "multiple sclerosis",
    "severe asthma",
)

#: Drugs and trials (invented names) and study titles, as marks sometimes hold them.
DRUGS58 = ("Veltrazine", "Orkanib", "Dusomab", "Pellitrex", "Cardovane")
TRIALS58 = ("BRIGHTSTEP", "NORTHWIND", "LANTERN-2", "SEAGLASS", "HOLLOWAY")
STUDY_TITLES58 = (
    "Sleep, Screens and the Growing Brain",
    "Salt Marshes as Carbon Sinks",
    "Walking After Meals",
    "A Decade of Bat Viruses",
    "Night Work and Metabolic Health",
)

#: Scientific terms a desk puts in scare quotes.
SCARE58 = ("forever chemicals", "junk DNA", "superbugs", "good cholesterol", "brain fog", "zombie cells")

#: Narrative sentences (figures with no report, settings) that report nothing.
NARRATIVE58 = (
    "About 12,000 people were admitted to hospital with flu last winter, up from 9,500 the year before.",
    "The trial enrolled 1,840 adults in 14 clinics.",
    "The laboratory sits on a headland north of the harbour.",
    "Blood samples were stored at minus 80 degrees for up to five years.",
    "Roughly one in nine adults in the region has asthma.",
)
