"""Slot fillers of the eighty-second held-out round (``heldout82.py``), a round of IMMIGRATION, BORDERS,
ASYLUM AND REFUGEES as a home-affairs and world desk writes it: invented interior and immigration ministers,
their shadows, border agency and coastguard spokespeople, judges, lawyers, aid workers and charity directors,
mayors of border towns, UN agency officials, inspectors and interpreters (with a gender and an age); asylum
seekers and refugees named by a first name only or in full, each with an age and a country of origin (the
countries and their languages are invented); posts with their bodies and the short second reference (`the
minister`); courts and tribunals; bodies that issue statements (some of one word, some known by an
initialism); documents that find or conclude; outlets; places and border towns; topics; quotations of
officials, of asylum seekers, of judges and of bodies; reported clauses; pointed fragments for mixed
quotations; split quotations; narrative sentences that report nothing; and the words in marks nobody says
(placard slogans, nicknames, scare terms, titles of reports and films, names of operations).

Every name, body, place, country, language and sentence here was written for this round; all of them are
invented.
"""

from __future__ import annotations

from attrs import frozen
from heldout_kit import Mark, Person

#: Straight and curly double marks, and British curly single marks.
MARKS82 = (Mark('"', '"'), Mark("\u201c", "\u201d"))
ALLMARKS82 = (*MARKS82, Mark("\u2018", "\u2019"))

WOMEN82 = (
    Person("Aino Lehtisalo", "Lehtisalo", "f", "Finnish", 47),
    Person("Eleni Stavrakou", "Stavrakou", "f", "Greek", 52),
    Person("Marisa Camilleri", "Camilleri", "f", "Maltese", 44),
    Person("Zsófia Balogh", "Balogh", "f", "Hungarian", 39),
    Person("Lucía Montalbán", "Montalbán", "f", "Spanish", 36),
    Person("Carys Pritchard", "Pritchard", "f", "Welsh", 58),
    Person("Hodan Warsame", "Warsame", "f", "Somali", 41),
    Person("Rojin Baran", "Baran", "f", "Kurdish", 33),
    Person("Ingrid Solvang", "Solvang", "f", "Norwegian", 61),
    Person("Beatrix Hollander", "Hollander", "f", "German", 49),
    Person("Chiamaka Obiora", "Obiora", "f", "Igbo", 45),
    Person("Svetlana Dobreva", "Dobreva", "f", "Bulgarian", 50),
    Person("Fatoumata Diakhaté", "Diakhaté", "f", "Senegalese", 38),
    Person("Anneke Verhoeven", "Verhoeven", "f", "Dutch", 55),
    Person("Orla Fennessy", "Fennessy", "f", "Irish", 42),
)

MEN82 = (
    Person("Tomasz Wierzbicki", "Wierzbicki", "m", "Polish", 51),
    Person("Nikos Papadimas", "Papadimas", "m", "Greek", 46),
    Person("Joseph Azzopardi", "Azzopardi", "m", "Maltese", 57),
    Person("Gabor Halasz", "Halasz", "m", "Hungarian", 48),
    Person("Andrés Villanueva", "Villanueva", "m", "Spanish", 40),
    Person("Rhodri Llewellyn", "Llewellyn", "m", "Welsh", 63),
    Person("Abdirahman Yusuf", "Yusuf", "m", "Somali", 37),
    Person("Karwan Sherzad", "Sherzad", "m", "Kurdish", 35),
    Person("Henrik Aasland", "Aasland", "m", "Norwegian", 54),
    Person("Matthias Gruber", "Gruber", "m", "Austrian", 45),
    Person("Ikenna Okoli", "Okoli", "m", "Igbo", 39),
    Person("Dimitar Kostov", "Kostov", "m", "Bulgarian", 60),
    Person("Ousmane Thiam", "Thiam", "m", "Senegalese", 44),
    Person("Pieter Brouwer", "Brouwer", "m", "Dutch", 50),
    Person("Cathal Brennan", "Brennan", "m", "Irish", 41),
)

#: Officials, aid workers, lawyers, judges, mayors and interpreters, a woman and a man in turn.
PEOPLE82 = tuple(p for pair in zip(WOMEN82, MEN82, strict=True) for p in pair)

#: Invented countries of origin and their languages.
ORIGINS82 = (
    ("Ebrekia", "Ebrekian"),
    ("Qaresh", "Qareshi"),
    ("Marovia", "Marovian"),
    ("Sundral", "Sundrali"),
    ("Dravina", "Dravinian"),
    ("Talora", "Taloran"),
)
LANGUAGES82 = dict(ORIGINS82)

#: Asylum seekers and refugees named by a first name only (the name is the whole name); the culture is the
#: country of origin.
FIRSTNAMES82 = (
    Person("Yonas", "Yonas", "m", "Ebrekia", 27),
    Person("Samira", "Samira", "f", "Qaresh", 34),
    Person("Daoud", "Daoud", "m", "Marovia", 19),
    Person("Hawa", "Hawa", "f", "Sundral", 41),
    Person("Tesfalem", "Tesfalem", "m", "Ebrekia", 23),
    Person("Nour", "Nour", "f", "Qaresh", 29),
    Person("Bilal", "Bilal", "m", "Dravina", 31),
    Person("Mariam", "Mariam", "f", "Dravina", 22),
    Person("Farid", "Farid", "m", "Talora", 45),
    Person("Aziza", "Aziza", "f", "Marovia", 38),
    Person("Ismail", "Ismail", "m", "Sundral", 52),
    Person("Selam", "Selam", "f", "Ebrekia", 26),
)

#: Asylum seekers and refugees named in full; the culture is the country of origin.
ARRIVALS82 = (
    Person("Hamid Sarwari", "Sarwari", "m", "Talora", 31),
    Person("Parisa Nazari", "Nazari", "f", "Talora", 36),
    Person("Idris Mahamat", "Mahamat", "m", "Sundral", 28),
    Person("Khadija Abakar", "Abakar", "f", "Sundral", 44),
    Person("Amanuel Kidane", "Kidane", "m", "Ebrekia", 24),
    Person("Rahel Berhane", "Berhane", "f", "Ebrekia", 30),
    Person("Youssef Haddou", "Haddou", "m", "Qaresh", 39),
    Person("Leila Mansouri", "Mansouri", "f", "Qaresh", 27),
    Person("Karim Belhadj", "Belhadj", "m", "Marovia", 48),
    Person("Dunya Rashidova", "Rashidova", "f", "Dravina", 33),
)

#: Everyone who has come to claim asylum, first names and full names in turn.
SEEKERS82 = (
    tuple(p for pair in zip(FIRSTNAMES82[: len(ARRIVALS82)], ARRIVALS82, strict=True) for p in pair)
    + FIRSTNAMES82[len(ARRIVALS82) :]
)

#: Former jobs of an asylum seeker, for a fronted description.
JOBS82 = ("nurse", "teacher", "engineer", "pharmacist", "accountant", "journalist")


@frozen
class Post82:
    """A post: the post after a name (between commas, with its article where it takes one; `{s}` stands for
    *spokeswoman* or *spokesman*), the post before a name, the parts a title must hold (the role noun and
    the body or place), the short second reference (`the minister`; `{s}` again) and the body it belongs to
    (never a speaker of a person's words; empty when the post names none)."""

    after: str
    pre: str
    parts: tuple[str, ...]
    short: str
    body: str

    def a(self, p: Person) -> str:
        """The post after *p*'s name, with *p*'s spokes-noun."""
        return self.after.replace("{s}", p.kin("spokeswoman", "spokesman"))

    def b(self, p: Person) -> str:
        """The post before *p*'s name."""
        return self.pre.replace("{s}", p.kin("spokeswoman", "spokesman"))

    def sh(self, p: Person) -> str:
        """The short second reference to *p*."""
        return self.short.replace("{s}", p.kin("spokeswoman", "spokesman"))


MINISTERS82 = (
    Post82("the interior minister", "Interior Minister", ("interior minister",), "the minister", ""),
    Post82(
        "Arventa's immigration minister",
        "Arventan Immigration Minister",
        ("immigration minister", "Arvent"),
        "the minister",
        "Arventa",
    ),
    Post82(
        "the opposition's immigration {s}",
        "Opposition immigration {s}",
        ("immigration spokes", "opposition"),
        "the {s}",
        "the opposition",
    ),
    Post82(
        "the deputy interior minister",
        "Deputy Interior Minister",
        ("deputy interior minister",),
        "the deputy minister",
        "",
    ),
    Post82(
        "the minister for migration and asylum",
        "Migration and Asylum Minister",
        ("minister", "migration"),
        "the minister",
        "",
    ),
    Post82(
        "the home affairs secretary",
        "Home Affairs Secretary",
        ("home affairs secretary",),
        "the home affairs secretary",
        "",
    ),
)

AGENCY82 = (
    Post82(
        "a {s} for the Coastguard", "Coastguard {s}", ("spokes", "Coastguard"), "the {s}", "the Coastguard"
    ),
    Post82(
        "a {s} for the Border Protection Agency",
        "Border Protection Agency {s}",
        ("spokes", "Border Protection Agency"),
        "the {s}",
        "the Border Protection Agency",
    ),
    Post82(
        "director general of the Border Protection Agency",
        "Border Protection Agency Director General",
        ("director general", "Border Protection Agency"),
        "the director general",
        "the Border Protection Agency",
    ),
    Post82(
        "a {s} for the Interior Ministry",
        "Interior Ministry {s}",
        ("spokes", "Interior Ministry"),
        "the {s}",
        "the Interior Ministry",
    ),
    Post82(
        "the Coastguard's regional commander",
        "Coastguard regional commander",
        ("commander", "Coastguard"),
        "the commander",
        "the Coastguard",
    ),
    Post82(
        "a senior official at the Asylum Reception Service",
        "Asylum Reception Service official",
        ("official", "Asylum Reception Service"),
        "the official",
        "the Asylum Reception Service",
    ),
)

AID82 = (
    Post82(
        "director of Safe Harbour",
        "Safe Harbour director",
        ("director", "Safe Harbour"),
        "the director",
        "Safe Harbour",
    ),
    Post82(
        "head of mission for Open Shore",
        "Open Shore head of mission",
        ("head of mission", "Open Shore"),
        "the head of mission",
        "Open Shore",
    ),
    Post82(
        "chief executive of the Refugee Action Fund",
        "Refugee Action Fund chief executive",
        ("chief executive", "Refugee Action Fund"),
        "the chief executive",
        "the Refugee Action Fund",
    ),
    Post82(
        "a coordinator at Frontwatch",
        "Frontwatch coordinator",
        ("coordinator", "Frontwatch"),
        "the coordinator",
        "Frontwatch",
    ),
    Post82(
        "a doctor with Open Shore", "Open Shore doctor", ("doctor", "Open Shore"), "the doctor", "Open Shore"
    ),
    Post82(
        "a volunteer with the Lessin Welcome Network",
        "Lessin Welcome Network volunteer",
        ("volunteer", "Lessin Welcome Network"),
        "the volunteer",
        "the Lessin Welcome Network",
    ),
)

LEGAL82 = (
    Post82(
        "a lawyer with the Refugee Legal Centre",
        "Refugee Legal Centre lawyer",
        ("lawyer", "Refugee Legal Centre"),
        "the lawyer",
        "the Refugee Legal Centre",
    ),
    Post82(
        "a barrister at Carrow Chambers",
        "Carrow Chambers barrister",
        ("barrister", "Carrow Chambers"),
        "the barrister",
        "Carrow Chambers",
    ),
    Post82(
        "a solicitor at Whitlock Legal",
        "Whitlock Legal solicitor",
        ("solicitor", "Whitlock Legal"),
        "the solicitor",
        "Whitlock Legal",
    ),
)

MAYORS82 = (
    Post82(
        "the mayor of Port Essling",
        "Port Essling Mayor",
        ("mayor", "Port Essling"),
        "the mayor",
        "Port Essling",
    ),
    Post82("the mayor of Valmora", "Valmora Mayor", ("mayor", "Valmora"), "the mayor", "Valmora"),
    Post82("the mayor of Brennick", "Brennick Mayor", ("mayor", "Brennick"), "the mayor", "Brennick"),
    Post82(
        "the deputy mayor of Osterby",
        "Osterby Deputy Mayor",
        ("deputy mayor", "Osterby"),
        "the deputy mayor",
        "Osterby",
    ),
)

UN82 = (
    Post82(
        "the UN Displacement Agency's representative in Arventa",
        "UN Displacement Agency representative",
        ("representative", "UN Displacement Agency"),
        "the UN official",
        "the UN Displacement Agency",
    ),
    Post82(
        "a {s} for the UN Displacement Agency",
        "UN Displacement Agency {s}",
        ("spokes", "UN Displacement Agency"),
        "the {s}",
        "the UN Displacement Agency",
    ),
    Post82(
        "regional director of the International Migration Bureau",
        "International Migration Bureau regional director",
        ("regional director", "International Migration Bureau"),
        "the regional director",
        "the International Migration Bureau",
    ),
    Post82(
        "the UN special rapporteur on migrants' rights",
        "UN special rapporteur",
        ("special rapporteur", "UN "),
        "the rapporteur",
        "",
    ),
)

INSPECTORS82 = (
    Post82(
        "the chief inspector of borders and immigration",
        "Chief Inspector of Borders and Immigration",
        ("chief inspector", "borders"),
        "the chief inspector",
        "",
    ),
    Post82(
        "chair of the Detention Monitoring Board",
        "Detention Monitoring Board chair",
        ("chair", "Detention Monitoring Board"),
        "the chair",
        "the Detention Monitoring Board",
    ),
)

#: Every post of the round.
POSTS82 = (*MINISTERS82, *AGENCY82, *AID82, *LEGAL82, *MAYORS82, *UN82, *INSPECTORS82)


@frozen
class Court82:
    """A court or tribunal: its name inside a sentence, its short reference (`the tribunal`), the part of the
    name a judge's title must hold, and the names a key accepts when it speaks."""

    name: str
    short: str
    core: str
    accepted: tuple[str, ...]


COURTS82 = (
    Court82(
        "the Immigration Appeals Tribunal",
        "the tribunal",
        "Immigration Appeals Tribunal",
        ("Immigration Appeals Tribunal", "tribunal"),
    ),
    Court82(
        "the High Court in Varena", "the court", "High Court", ("High Court in Varena", "High Court", "court")
    ),
    Court82(
        "the Asylum Review Tribunal",
        "the tribunal",
        "Asylum Review Tribunal",
        ("Asylum Review Tribunal", "tribunal"),
    ),
    Court82(
        "the Varena Court of Appeal",
        "the court",
        "Court of Appeal",
        ("Varena Court of Appeal", "Court of Appeal", "court"),
    ),
)

#: Bodies that issue statements: (the name at a sentence's start, the names a key accepts for it).
BODIES82 = (
    ("The Interior Ministry", ("Interior Ministry", "ministry")),
    ("The Coastguard", ("Coastguard",)),
    ("The Border Protection Agency", ("Border Protection Agency", "agency")),
    ("Safe Harbour", ("Safe Harbour",)),
    ("Open Shore", ("Open Shore",)),
    ("Frontwatch", ("Frontwatch",)),
    ("The Refugee Action Fund", ("Refugee Action Fund", "fund", "charity")),
    ("The Asylum Reception Service", ("Asylum Reception Service", "service")),
    ("Port Essling Council", ("Port Essling Council", "council")),
)

#: Bodies known by an initialism: (the initialism, the full name inside a sentence, the names a key accepts).
ACRONYMS82 = (
    ("UNDA", "the UN Displacement Agency", ("UNDA", "UN Displacement Agency", "agency")),
    ("IMB", "the International Migration Bureau", ("IMB", "International Migration Bureau", "bureau")),
    ("BPA", "the Border Protection Agency", ("BPA", "Border Protection Agency", "agency")),
)

#: Documents that find or conclude: (the name after *The*, the names a key accepts for it).
DOCS82 = (
    (
        "chief inspector's report on the Osterby centre",
        (
            "chief inspector's report on the Osterby centre",
            "chief inspector's report",
            "report",
            "chief inspector",
            "inspector",
        ),
    ),
    ("Frontwatch audit", ("Frontwatch audit", "audit", "Frontwatch")),
    (
        "Detention Monitoring Board's annual report",
        (
            "Detention Monitoring Board's annual report",
            "annual report",
            "report",
            "Detention Monitoring Board",
            "board",
        ),
    ),
    (
        "agency's review of the summer crossings",
        ("agency's review of the summer crossings", "agency's review", "review", "agency"),
    ),
)

OUTLETS82 = ("the Essling Gazette", "Radio Arventa", "the Coastal Herald", "Arventa Today")

PLACES82 = (
    "the Valmora reception centre",
    "the harbour at Port Essling",
    "the Brennick Pass crossing",
    "the Osterby detention centre",
    "the transit camp at Lessin",
    "Krasnedal station",
)

TOWNS82 = ("Port Essling", "Valmora", "Brennick", "Osterby", "Lessin", "Krasnedal")

TOPICS82 = (
    "the backlog",
    "the crossings",
    "the new rules",
    "the border deal",
    "the camp at Lessin",
    "deportations",
)

#: Quotations of officials, aid workers and mayors (no gendered word).
QUOTES82 = (
    "We will not allow smugglers to decide who comes into this country",
    "Every claim will be heard, but it will be heard faster",
    "The crews brought everyone ashore alive, and that is what matters tonight",
    "Nobody should have to sleep on a concrete floor",
    "These rules were written for a world that no longer exists",
    "We have asked for more staff at the crossing, and we are still waiting",
    "The backlog did not build up overnight and it will not clear overnight",
    "Children should never be held behind a fence",
    "This town has always opened its doors",
    "The numbers arriving this summer are higher than anything we planned for",
    "Our volunteers are exhausted",
    "The law is clear and we will follow it",
    "There is no safe route, so people take the dangerous one",
    "We need a plan that works at sea as well as on paper",
    "The reception centre is full and has been for weeks",
    "Deterrence has never stopped a desperate family",
)

#: Quotations of asylum seekers (first person, no gendered word).
SEEKERQUOTES82 = (
    "We walked for eleven days and slept in the forest",
    "I did not choose to leave, the war chose for me",
    "The boat was meant for twenty people and there were sixty of us",
    "I want to work, I want to pay taxes, I want to be useful",
    "Every night I call my mother and tell her I am fine",
    "Here at least nobody is shooting",
    "I have told my story to five officials and nobody has answered",
    "My children ask me every day when they can go to school",
    "We lost everything except our papers",
    "I only want to be somewhere safe",
    "The sea was the worst part, worse than the desert",
    "I sold my car to pay for the crossing",
)

#: Quotations from a judgment or a judge.
JUDGEQUOTES82 = (
    "The decision to detain was taken without any lawful basis",
    "The tribunal cannot ignore the evidence of torture",
    "The rules must be applied to each person, not to a category",
    "It is not for this court to set immigration policy",
    "The appellant gave a consistent and credible account",
    "The ministry's reasoning does not survive scrutiny",
)

#: Quotations a body's statement gives (no *I*).
BODYQUOTES82 = (
    "All those rescued have been taken to the reception centre at Valmora",
    "We are reviewing the judgment and will respond in due course",
    "Our teams are on the quayside around the clock",
    "The safety of those in our care is our first priority",
    "We will not comment on individual cases",
    "The findings will be studied carefully",
    "Shelters across the region are now full",
    "The figures speak for themselves",
)

#: Reported clauses of officials, bodies and aid workers (no gendered word).
CLAUSES82 = (
    "the border crossing at Brennick Pass would reopen on Monday",
    "more than 300 people had been rescued at sea over the weekend",
    "the asylum backlog had fallen for the third month in a row",
    "the reception centre was running at twice its capacity",
    "new arrivals would be registered within 48 hours",
    "the government had no plans to build another detention centre",
    "the number of unaccompanied children had doubled since spring",
    "the deal with the neighbouring states would be signed next month",
    "two coastguard vessels had been sent to the southern coast",
    "the processing rules would be reviewed before the winter",
    "most of those rescued had set out from the coast of Marovia",
    "funding for language classes would be cut from January",
    "the camp had been without running water for three days",
    "claims from families would be heard first",
    "the new fingerprint system had failed twice this week",
    "the town could not take any more people without help",
)

#: Reported clauses of asylum seekers (no gendered word).
SEEKERCLAUSES82 = (
    "the family had paid smugglers twice",
    "the boat had started taking on water after an hour",
    "the journey from the coast had taken nine days",
    "the camp guards had taken everyone's phones",
    "nobody at the centre had explained the asylum rules",
    "the interview about the claim had lasted ten minutes",
    "the smugglers had demanded more money halfway across",
    "the children had not been to school in two years",
)

#: Reported clauses of a ruling.
RULINGS82 = (
    "the detention of the two men had been unlawful",
    "the deportation could not go ahead while the appeal was pending",
    "the ministry had failed to consider the risk to the children",
    "the family must be allowed to remain until a fresh hearing",
    "the agency had applied the wrong test to the claim",
    "the age assessment of the teenager was flawed",
)

#: (what a fragment is said of, the pointed fragment).
FRAGS82 = (
    ("the new rules", "cruel and unworkable"),
    ("the detention centre", "no place for a child"),
    ("the agreement", "a turning point"),
    ("the crossings", "a humanitarian emergency"),
    ("the backlog", "a national embarrassment"),
    ("the ruling", "a victory for common sense"),
    ("the camp", "a disaster waiting to happen"),
    ("the plan", "deterrence dressed up as policy"),
)

#: Split quotations of officials: (the first part, without its comma; the second, lower case to its stop).
SPLITS82 = (
    ("We rescued forty-one people last night", "and we expect more before dawn."),
    ("The law has not changed", "but the way we apply it has."),
    ("Nobody here wants a fence", "but nobody wants chaos either."),
    ("The centre was built for 400 people", "and tonight it holds 900."),
    ("We are not asking for charity", "only for a fair hearing."),
    ("The boats keep coming", "whatever the weather."),
)

#: Split quotations of asylum seekers.
SEEKERSPLITS82 = (
    ("We left at night", "because the checkpoints close at dawn."),
    ("The first boat sank", "so we waited for the second."),
    ("I was a teacher at home", "and here I am a number."),
    ("I have lived here for six years", "and I still have no papers."),
    ("We paid for the whole family", "and only half of us arrived."),
)

NARRATIVE82 = (
    "Two coastguard boats returned to Port Essling shortly before dawn.",
    "The queue outside the registration office stretched past the bus station.",
    "Tents were put up on the football pitch behind the reception centre.",
    "The hearing at the tribunal was adjourned until the afternoon.",
    "Buses carried about 200 people from the harbour to the transit camp at Lessin.",
    "The fence along the northern section of the border was finished in May.",
)

SLOGANS82 = ("Refugees Welcome Here", "Open the Gates", "Secure Our Borders", "Safe Passage Now")
NICKS82 = ("the Gatekeeper", "Iron Harbour", "the Lighthouse Mayor", "Doctor Midnight")
SCARE82 = ("pull factor", "queue-jumpers", "processing hubs", "the Essling route")
#: Titles of reports, films and books.
WORKS82 = ("Nowhere to Land", "The Long Road North", "Waiting Rooms", "Salt and Paper")
#: Names of operations at sea and on land.
OPERATIONS82 = ("Sea Shield", "Northern Gate", "Clear Water", "Lantern")

#: Quotations of lawyers for asylum seekers.
LAWQUOTES82 = (
    "My client has done nothing but ask for protection",
    "This family followed every rule they were given",
    "The ministry has lost this argument three times now",
    "We will take this case as far as it needs to go",
    "Detention should be the last resort, not the first",
)

#: Quotations of residents of a border town.
RESIDENTQUOTES82 = (
    "We were never asked whether we wanted a camp here",
    "The new arrivals buy bread like everyone else",
    "The town feels different since the summer",
    "Nobody from the capital has been here to see it",
)

#: Quotations of an inspector's report.
INSPECTQUOTES82 = (
    "Staff at the centre were doing their best with too few resources",
    "Some detainees had waited months without seeing a lawyer",
    "The records we saw were incomplete and in places contradictory",
    "Nobody could tell us how many children were held on the night we visited",
)

#: Reported clauses of an interpreter about the work.
INTERPCLAUSES82 = (
    "many new arrivals spoke three or four languages",
    "the hardest interviews were with the children",
    "some families had waited a week for an interpreter",
    "the same questions were asked at every interview",
)

#: Split quotations of a judge's ruling.
JUDGESPLITS82 = (
    ("The appellant's account was consistent", "and it was supported by the medical evidence."),
    ("The ministry may well be right about the policy", "but it is wrong about this family."),
    ("Nothing in the rules permits detention on these facts", "and none was shown to me."),
)

#: Mixed clauses with a fragment inside: (the words before the marks, the marked words, the words after).
MIDFRAGS82 = (
    ("the government was", "doing everything it can", "to speed up claims"),
    ("the crews had", "never seen anything like it", "in twenty years at sea"),
    ("the centre was", "bursting at the seams", "by Sunday night"),
    ("the new rules would", "close the door", "on families fleeing war"),
)

#: Days of the week for a lede.
DAYS82 = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")

#: Opening lines of a rescue story that report nothing.
RESCUES82 = (
    "Two coastguard boats returned to Port Essling shortly before dawn with 63 people on board.",
    "A fishing boat carrying about 40 people was towed into the harbour at Valmora overnight.",
    "A rubber dinghy with 28 people on board was found drifting off the southern coast on Sunday.",
)

#: Quotations of an open letter of charities.
LETTERQUOTES82 = (
    "We urge the government to open safe routes before the winter",
    "No child should spend a single night in detention",
    "The new rules will push more families into the hands of smugglers",
)
