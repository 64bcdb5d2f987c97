"""Slot fillers of the eighty-eighth held-out round (``heldout88.py``), a round of SCIENCE, SPACE AND RESEARCH
FUNDING as a science desk writes them: invented space-agency heads, flight directors, project scientists and
mission engineers, founders and launch directors of launch start-ups, research-council and foundation heads,
vice-chancellors, deans and provosts, astrophysicists, biologists, geneticists, postdocs and doctoral
students, journal editors, ethics-panel chairs and research-integrity officers, a research minister, an
opposition science spokesperson, a committee chair, an audit comptroller, a laboratory safety director, a
safety inspector and an institute's spokespeople (thirty people with a gender, a culture and an age, and ten
launch spectators and citizen scientists known by a first name only); posts with their bodies, the short
second reference (`the flight director`, `the dean`) and the pool their words come from; bodies that speak (a
space agency, research councils, a foundation, universities, an institute, launch companies, journals, a
ministry, an audit bureau, a safety regulator, a union and an alliance, some of one word: *Skyforge*,
*Quillon*); the documents they publish (an audit, a mission status update, an inspection report, a careers
review, a retraction notice) with what each says, finds, recommends and calls something; papers and preprints
and what they find; the words of a launch countdown loop and their replies; conferences, outlets, towns,
scenes and dates; quotations, reported clauses, pointed fragments and split quotations for each pool;
quotations and clauses of bodies' statements; what an audience asks and what a speaker answers; narrative
sentences that report nothing; and rover names, paper and talk titles, scheme names, telescope nicknames,
placard slogans, mission mottoes and scare terms that sit in marks and nobody says.

Every name, body, place and sentence here was written for this round; all of them are invented. No direct
quotation, fragment or split part holds an apostrophe, so that a closing single mark is never confused with
one."""

from __future__ import annotations

from attrs import frozen
from heldout_kit import Mark, Person

#: Straight and curly double marks, and British curly single marks.
MARKS88 = (Mark('"', '"'), Mark("\u201c", "\u201d"))
ALLMARKS88 = (*MARKS88, Mark("\u2018", "\u2019"))

WOMEN88 = (
    Person("Sigrun Thorvaldsdottir", "Thorvaldsdottir", "f", "Icelandic", 51),
    Person("Hadiza Danjuma-Bello", "Danjuma-Bello", "f", "Hausa", 44),
    Person("Maricel Dimaculangan", "Dimaculangan", "f", "Tagalog", 39),
    Person("Itziar Goikoetxea", "Goikoetxea", "f", "Basque", 48),
    Person("Kadri Saarepuu", "Saarepuu", "f", "Estonian", 42),
    Person("Ioana Dragomirescu", "Dragomirescu", "f", "Romanian", 55),
    Person("Harleen Grewal", "Grewal", "f", "Punjabi", 37),
    Person("Anahit Sarkissian", "Sarkissian", "f", "Armenian", 46),
    Person("Aroha Ngatai", "Ngatai", "f", "Maori", 40),
    Person("Montserrat Vilaplana", "Vilaplana", "f", "Catalan", 58),
    Person("Oksana Hrytsenko", "Hrytsenko", "f", "Ukrainian", 45),
    Person("Farah Iskandar", "Iskandar", "f", "Malay", 36),
    Person("Nomvula Mkhize", "Mkhize", "f", "Zulu", 49),
    Person("Signe Bjerregaard", "Bjerregaard", "f", "Danish", 53),
    Person("Rocio Huamani", "Huamani", "f", "Peruvian", 41),
)

MEN88 = (
    Person("Einar Hallgrimsson", "Hallgrimsson", "m", "Icelandic", 57),
    Person("Aminu Garba", "Garba", "m", "Hausa", 50),
    Person("Ramon Macaraeg", "Macaraeg", "m", "Tagalog", 47),
    Person("Iker Etxeberria", "Etxeberria", "m", "Basque", 43),
    Person("Tarmo Kivisild", "Kivisild", "m", "Estonian", 52),
    Person("Radu Ciobanescu", "Ciobanescu", "m", "Romanian", 60),
    Person("Gurpreet Sandhu", "Sandhu", "m", "Punjabi", 45),
    Person("Vardan Petrosyan", "Petrosyan", "m", "Armenian", 54),
    Person("Wiremu Tawhiri", "Tawhiri", "m", "Maori", 48),
    Person("Jordi Puigventos", "Puigventos", "m", "Catalan", 62),
    Person("Bohdan Kovalchuk", "Kovalchuk", "m", "Ukrainian", 39),
    Person("Hafiz Zulkifli", "Zulkifli", "m", "Malay", 35),
    Person("Sifiso Ngcobo", "Ngcobo", "m", "Zulu", 44),
    Person("Mikkel Skovgaard", "Skovgaard", "m", "Danish", 46),
    Person("Wilfredo Ccahuana", "Ccahuana", "m", "Peruvian", 51),
)

PEOPLE88 = tuple(p for pair in zip(WOMEN88, MEN88, strict=True) for p in pair)

#: Launch spectators and citizen scientists a report names by a first name only (the whole name).
FIRSTS88 = (
    Person("Ines", "Ines", "f", "first", 24),
    Person("Yusuf", "Yusuf", "m", "first", 31),
    Person("Maren", "Maren", "f", "first", 19),
    Person("Olek", "Olek", "m", "first", 27),
    Person("Thandi", "Thandi", "f", "first", 45),
    Person("Kenji", "Kenji", "m", "first", 38),
    Person("Bettina", "Bettina", "f", "first", 63),
    Person("Rafael", "Rafael", "m", "first", 22),
    Person("Noor", "Noor", "f", "first", 34),
    Person("Anders", "Anders", "m", "first", 70),
)


@frozen
class Body88:
    """A body that speaks: its name at a sentence's start, its name inside a sentence, and the names a key
    accepts for it (bare, without *the*)."""

    start: str
    inner: str
    acc: tuple[str, ...]

    @property
    def bare(self) -> str:
        """The name without a leading *the*."""
        return self.inner[4:] if self.inner.startswith("the ") else self.inner


AGENCY88 = Body88(
    "The Meridian Space Agency",
    "the Meridian Space Agency",
    ("Meridian Space Agency", "agency", "space agency"),
)
NSC88 = Body88(
    "The National Science Council", "the National Science Council", ("National Science Council", "council")
)
BRC88 = Body88(
    "The Biomedical Research Council",
    "the Biomedical Research Council",
    ("Biomedical Research Council", "council"),
)
CORRAN88 = Body88("The Corran Foundation", "the Corran Foundation", ("Corran Foundation", "foundation"))
ASHCOMBE88 = Body88(
    "The University of Ashcombe", "the University of Ashcombe", ("University of Ashcombe", "university")
)
PELLINGFORD88 = Body88(
    "Pellingford University", "Pellingford University", ("Pellingford University", "university")
)
VARROW88 = Body88("Varrow College", "Varrow College", ("Varrow College", "college"))
KESTREL88 = Body88("The Kestrel Institute", "the Kestrel Institute", ("Kestrel Institute", "institute"))
TALLIS88 = Body88("Tallis Orbital", "Tallis Orbital", ("Tallis Orbital", "Tallis", "company"))
SKYFORGE88 = Body88("Skyforge", "Skyforge", ("Skyforge", "company"))
BRIGHTWATER88 = Body88(
    "Brightwater Rocketry", "Brightwater Rocketry", ("Brightwater Rocketry", "Brightwater", "company")
)
HELIX88 = Body88("Helix Reports", "Helix Reports", ("Helix Reports", "journal"))
STELLAR88 = Body88("Stellar Letters", "Stellar Letters", ("Stellar Letters", "journal"))
QUILLON88 = Body88("Quillon", "Quillon", ("Quillon", "publisher"))
MINISTRY88 = Body88("The Research Ministry", "the Research Ministry", ("Research Ministry", "ministry"))
AUDIT88 = Body88(
    "The National Audit Bureau", "the National Audit Bureau", ("National Audit Bureau", "bureau")
)
LSE88 = Body88(
    "The Laboratory Safety Executive",
    "the Laboratory Safety Executive",
    ("Laboratory Safety Executive", "executive", "regulator"),
)
UNION88 = Body88(
    "The Union of Research Staff", "the Union of Research Staff", ("Union of Research Staff", "union")
)
ALLIANCE88 = Body88(
    "The Early Career Researchers Alliance",
    "the Early Career Researchers Alliance",
    ("Early Career Researchers Alliance", "alliance"),
)

#: Bodies that issue statements, each with the pool its statements' clauses come from.
VOICEBODIES88: tuple[tuple[Body88, str], ...] = (
    (AGENCY88, "b-agency"),
    (NSC88, "b-council"),
    (TALLIS88, "b-launch"),
    (ASHCOMBE88, "b-uni"),
    (KESTREL88, "b-inst"),
    (SKYFORGE88, "b-launch"),
    (BRC88, "b-council"),
    (HELIX88, "b-journal"),
    (PELLINGFORD88, "b-uni"),
    (MINISTRY88, "b-ministry"),
    (QUILLON88, "b-journal"),
    (UNION88, "b-union"),
    (CORRAN88, "b-council"),
    (BRIGHTWATER88, "b-launch"),
)


@frozen
class Post88:
    """A post: the post after a name (between commas, with its article where it takes one; `{s}` stands for
    *spokeswoman* or *spokesman*), the post before a name, the parts a title must hold (the role noun and each
    body or mission), the short second reference (`the dean`; `{s}` again), the body it belongs to (never a
    speaker of a person's words; empty when the post names none) and the pool its holder's words come from
    (`agency`, `res-space`, `editor`, ...; the part before the dash is its family)."""

    after: str
    pre: str
    parts: tuple[str, ...]
    short: str
    body: str
    pool: str

    @property
    def family(self) -> str:
        """`agency`, `mission`, `launch`, `council`, `uni`, `res`, `editor`, `ethics`, `min`, `opp`,
        `committee`, `audit`, `safety`, `safetyreg` or `inst`."""
        return self.pool.split("-")[0]

    def a(self, p: Person) -> str:
        """The post after *p*'s name, with *p*'s spokes-noun."""
        return self.after.replace("{s}", p.kin("spokeswoman", "spokesman"))

    def b(self, p: Person) -> str:
        """The post before *p*'s name."""
        return self.pre.replace("{s}", p.kin("spokeswoman", "spokesman"))

    def sh(self, p: Person) -> str:
        """The short second reference to *p*."""
        return self.short.replace("{s}", p.kin("spokeswoman", "spokesman"))


AGENCYPOSTS88 = (
    Post88(
        "director general of the Meridian Space Agency",
        "Meridian Space Agency director general",
        ("director general", "Meridian Space Agency"),
        "the director general",
        "the Meridian Space Agency",
        "agency",
    ),
    Post88(
        "science director at the Meridian Space Agency",
        "Meridian Space Agency science director",
        ("science director", "Meridian Space Agency"),
        "the science director",
        "the Meridian Space Agency",
        "agency",
    ),
    Post88(
        "a {s} for the Meridian Space Agency",
        "Meridian Space Agency {s}",
        ("spokes", "Meridian Space Agency"),
        "the {s}",
        "the Meridian Space Agency",
        "agency",
    ),
)

MISSIONPOSTS88 = (
    Post88(
        "project scientist for the Halcyon orbiter",
        "Halcyon project scientist",
        ("project scientist", "Halcyon"),
        "the project scientist",
        "",
        "mission",
    ),
    Post88(
        "flight director at the Meridian Space Agency",
        "Meridian Space Agency flight director",
        ("flight director", "Meridian Space Agency"),
        "the flight director",
        "the Meridian Space Agency",
        "mission",
    ),
    Post88(
        "lead engineer on the Corvid lander",
        "Corvid lead engineer",
        ("lead engineer", "Corvid"),
        "the engineer",
        "",
        "mission",
    ),
    Post88(
        "principal investigator for the Tern telescope",
        "Tern principal investigator",
        ("principal investigator", "Tern"),
        "the principal investigator",
        "",
        "mission",
    ),
)

LAUNCHPOSTS88 = (
    Post88(
        "founder and chief executive of Tallis Orbital",
        "Tallis Orbital founder",
        ("founder", "Tallis Orbital"),
        "the founder",
        "Tallis Orbital",
        "launch",
    ),
    Post88(
        "co-founder of Skyforge",
        "Skyforge co-founder",
        ("co-founder", "Skyforge"),
        "the co-founder",
        "Skyforge",
        "launch",
    ),
    Post88(
        "launch director at Brightwater Rocketry",
        "Brightwater Rocketry launch director",
        ("launch director", "Brightwater Rocketry"),
        "the launch director",
        "Brightwater Rocketry",
        "launch",
    ),
)

COUNCILPOSTS88 = (
    Post88(
        "chief executive of the National Science Council",
        "National Science Council chief executive",
        ("chief executive", "National Science Council"),
        "the chief executive",
        "the National Science Council",
        "council",
    ),
    Post88(
        "chair of the Biomedical Research Council",
        "Biomedical Research Council chair",
        ("chair", "Biomedical Research Council"),
        "the council chair",
        "the Biomedical Research Council",
        "council",
    ),
    Post88(
        "director of funding at the Corran Foundation",
        "Corran Foundation funding director",
        ("director", "Corran Foundation"),
        "the funding director",
        "the Corran Foundation",
        "council",
    ),
)

UNIPOSTS88 = (
    Post88(
        "vice-chancellor of the University of Ashcombe",
        "University of Ashcombe vice-chancellor",
        ("vice-chancellor", "University of Ashcombe"),
        "the vice-chancellor",
        "the University of Ashcombe",
        "uni",
    ),
    Post88(
        "dean of science at Pellingford University",
        "Pellingford University science dean",
        ("dean", "Pellingford University"),
        "the dean",
        "Pellingford University",
        "uni",
    ),
    Post88(
        "provost of Varrow College",
        "Varrow College provost",
        ("provost", "Varrow College"),
        "the provost",
        "Varrow College",
        "uni",
    ),
)

RESPOSTS88 = (
    Post88(
        "an astrophysicist at the University of Ashcombe",
        "University of Ashcombe astrophysicist",
        ("astrophysicist", "University of Ashcombe"),
        "the astrophysicist",
        "the University of Ashcombe",
        "res-space",
    ),
    Post88(
        "a marine biologist at the Kestrel Institute",
        "Kestrel Institute marine biologist",
        ("marine biologist", "Kestrel Institute"),
        "the biologist",
        "the Kestrel Institute",
        "res-bio",
    ),
    Post88(
        "a postdoctoral researcher at Pellingford University",
        "Pellingford University postdoctoral researcher",
        ("postdoctoral researcher", "Pellingford University"),
        "the researcher",
        "Pellingford University",
        "res-postdoc",
    ),
    Post88(
        "a doctoral student at the University of Ashcombe",
        "University of Ashcombe doctoral student",
        ("doctoral student", "University of Ashcombe"),
        "the student",
        "the University of Ashcombe",
        "res-student",
    ),
    Post88(
        "a geneticist at the Kestrel Institute",
        "Kestrel Institute geneticist",
        ("geneticist", "Kestrel Institute"),
        "the geneticist",
        "the Kestrel Institute",
        "res-bio",
    ),
)

EDITORPOSTS88 = (
    Post88(
        "editor-in-chief of Helix Reports",
        "Helix Reports editor-in-chief",
        ("editor-in-chief", "Helix Reports"),
        "the editor",
        "Helix Reports",
        "editor",
    ),
    Post88(
        "deputy editor of Stellar Letters",
        "Stellar Letters deputy editor",
        ("deputy editor", "Stellar Letters"),
        "the deputy editor",
        "Stellar Letters",
        "editor",
    ),
)

ETHICSPOSTS88 = (
    Post88(
        "chair of the ethics panel at the Kestrel Institute",
        "Kestrel Institute ethics panel chair",
        ("chair", "ethics panel", "Kestrel Institute"),
        "the panel chair",
        "the Kestrel Institute",
        "ethics",
    ),
    Post88(
        "research integrity officer at Pellingford University",
        "Pellingford University research integrity officer",
        ("integrity officer", "Pellingford University"),
        "the integrity officer",
        "Pellingford University",
        "ethics",
    ),
)

POLPOSTS88 = (
    Post88(
        "the minister for research and innovation",
        "Research Minister",
        ("minister", "research"),
        "the minister",
        "",
        "min",
    ),
    Post88(
        "the opposition's science {s}",
        "Opposition science {s}",
        ("opposition", "science", "spokes"),
        "the {s}",
        "",
        "opp",
    ),
    Post88(
        "chair of the parliamentary science committee",
        "Science Committee chair",
        ("chair", "science committee"),
        "the committee chair",
        "",
        "committee",
    ),
)

AUDITPOST88 = Post88(
    "comptroller at the National Audit Bureau",
    "National Audit Bureau comptroller",
    ("comptroller", "National Audit Bureau"),
    "the comptroller",
    "the National Audit Bureau",
    "audit",
)

SAFETYPOSTS88 = (
    Post88(
        "safety director at the Kestrel Institute",
        "Kestrel Institute safety director",
        ("safety director", "Kestrel Institute"),
        "the safety director",
        "the Kestrel Institute",
        "safety",
    ),
    Post88(
        "an inspector with the Laboratory Safety Executive",
        "Laboratory Safety Executive inspector",
        ("inspector", "Laboratory Safety Executive"),
        "the inspector",
        "the Laboratory Safety Executive",
        "safetyreg",
    ),
    Post88(
        "a {s} for the Kestrel Institute",
        "Kestrel Institute {s}",
        ("spokes", "Kestrel Institute"),
        "the {s}",
        "the Kestrel Institute",
        "inst",
    ),
)

#: Every post, interleaved so that neighbouring posts differ in family.
POSTS88 = (
    AGENCYPOSTS88[0],
    COUNCILPOSTS88[0],
    RESPOSTS88[0],
    EDITORPOSTS88[0],
    POLPOSTS88[0],
    MISSIONPOSTS88[0],
    UNIPOSTS88[0],
    LAUNCHPOSTS88[0],
    SAFETYPOSTS88[0],
    RESPOSTS88[1],
    ETHICSPOSTS88[0],
    POLPOSTS88[1],
    AGENCYPOSTS88[1],
    MISSIONPOSTS88[1],
    COUNCILPOSTS88[1],
    UNIPOSTS88[1],
    RESPOSTS88[2],
    AUDITPOST88,
    LAUNCHPOSTS88[1],
    EDITORPOSTS88[1],
    POLPOSTS88[2],
    MISSIONPOSTS88[2],
    SAFETYPOSTS88[1],
    RESPOSTS88[3],
    COUNCILPOSTS88[2],
    AGENCYPOSTS88[2],
    UNIPOSTS88[2],
    ETHICSPOSTS88[1],
    LAUNCHPOSTS88[2],
    MISSIONPOSTS88[3],
    RESPOSTS88[4],
    SAFETYPOSTS88[2],
)

#: Quotations by pool (first person, said aloud; no apostrophes).
QUOTES88: dict[str, tuple[str, ...]] = {
    "agency": (
        "The spacecraft is healthy and the team is in good spirits",
        "We knew this mission was a risk when we approved it",
        "Every decision we took was taken with the best data we had",
        "This is a great day for science in this country",
    ),
    "mission": (
        "The orbiter is exactly where we wanted it to be",
        "We are seeing the far side of the moon as nobody has seen it before",
        "The lander has gone quiet, but we are not giving up on it",
        "These first images are better than anything we hoped for",
    ),
    "launch": (
        "We learned more from this flight than from a hundred tests on the ground",
        "The next rocket is already on the pad",
        "Nobody was hurt, and that is what matters today",
        "We will find out what went wrong and we will fix it",
    ),
    "council": (
        "We can fund only one in five of the excellent proposals we receive",
        "This cut will be felt in every laboratory in the country",
        "We have protected the grants of early-career researchers",
        "Our budget has been flat for six years",
    ),
    "uni": (
        "We cannot run world-class laboratories on a shoestring",
        "Our researchers deserve better than this uncertainty",
        "No department will close this year",
        "We will not balance the books by cutting science",
    ),
    "res-space": (
        "The signal was there night after night, and it would not go away",
        "I checked the data three times before I told anyone",
        "It is the most distant galaxy of its kind we have ever seen",
    ),
    "res-bio": (
        "The reef is recovering faster than any of us expected",
        "We found the gene in every sample we tested",
        "This is a warning we cannot afford to ignore",
    ),
    "res-postdoc": (
        "I have moved country three times for three short contracts",
        "Half of my lab mates are looking for jobs outside science",
        "Without that grant my position ends in March",
    ),
    "res-student": (
        "I spent two years building the instrument by hand",
        "I never expected my thesis to end up in the news",
        "My supervisor told me to check it again, so I did",
    ),
    "editor": (
        "The integrity of the scientific record comes first",
        "We retract papers when the data cannot be trusted",
        "Peer review is not designed to catch deliberate fraud",
        "The authors were given every opportunity to respond",
    ),
    "ethics": (
        "The consent forms did not meet the standard we require",
        "The panel was unanimous in its findings",
        "We take every allegation of misconduct seriously",
    ),
    "min": (
        "This government is putting record sums into research",
        "Every grant we award must deliver for the public",
        "I make no apology for asking universities to spend wisely",
        "The space programme will continue, but it will have to change",
    ),
    "opp": (
        "The minister is dismantling the science base piece by piece",
        "You cannot promise a golden age of science and then cut science",
        "Young researchers are leaving and the government is watching them go",
    ),
    "committee": (
        "The committee will want to see every figure behind this decision",
        "We were promised a long-term plan and we have not seen one",
        "Members are deeply concerned about the delays to the mission",
    ),
    "audit": (
        "The programme has cost twice what parliament was told",
        "Nobody was keeping track of the overall budget",
        "The warning signs were there from the first year",
    ),
    "safety": (
        "Everyone was out of the building within four minutes",
        "Our procedures worked exactly as they were designed to",
        "We will review every laboratory on the site",
    ),
    "safetyreg": (
        "We will look closely at how those chemicals were stored",
        "Laboratories must take their own safety rules seriously",
        "We have asked the institute for its training records",
    ),
    "inst": (
        "The building will remain closed while the investigation continues",
        "We are grateful to the fire service for its swift response",
        "No patient samples were lost in the fire",
    ),
    "public": (
        "I have waited my whole life to see a launch like that",
        "The whole beach went quiet when the engines lit",
        "It was the most beautiful thing I have ever seen",
    ),
    "volunteer": (
        "I never thought my hobby would end up in a journal",
        "Anyone can do this, you just need patience",
        "It feels good to be part of real science",
    ),
    "tech": (
        "The alarm went off and we all walked straight out",
        "I could smell the smoke before I saw it",
        "Nobody panicked, we knew the drill",
    ),
    "author": (
        "We made an honest mistake and we have owned up to it",
        "The main finding of the paper still stands",
        "We sent the journal every file it asked for",
    ),
}

#: Reported clauses by pool (no marks surround them).
CLAUSES88: dict[str, tuple[str, ...]] = {
    "agency": (
        "the spacecraft had reached its final orbit",
        "the launch had been moved back by a week",
        "the agency would ask for an independent review",
        "the budget for the next mission had not yet been agreed",
    ),
    "mission": (
        "the orbiter had returned its first images on Sunday",
        "the lander had lost contact shortly after touchdown",
        "the instruments were working as planned",
        "the team would try to wake the lander again overnight",
    ),
    "launch": (
        "the rocket had been destroyed by its own safety system",
        "the company would fly again before the end of the year",
        "the second stage had shut down early",
        "no one had been injured at the launch site",
    ),
    "council": (
        "eleven new research centres would be funded",
        "the success rate for grant applications had fallen to one in six",
        "the cut would fall mainly on equipment budgets",
        "the next funding round would open in September",
    ),
    "uni": (
        "hiring would be frozen in three faculties",
        "the physics department was not under threat",
        "the cuts would cost about 300 jobs",
        "research income had fallen for a third year",
    ),
    "res-space": (
        "the signal had been detected by two independent telescopes",
        "the comet would pass closest to the sun in April",
        "the planet was probably too hot to hold water",
    ),
    "res-bio": (
        "the coral had recovered at two of the three sites surveyed",
        "the variant had been found in samples from four countries",
        "the fish had moved north by about 200 kilometres",
    ),
    "res-postdoc": (
        "most of the postdocs in the lab were on contracts of under two years",
        "the contract would end before the project did",
        "several colleagues had already left for industry",
    ),
    "res-student": (
        "the instrument had been built from spare parts",
        "the result had come out of a class project",
        "the supervisor had asked for the data to be checked again",
    ),
    "editor": (
        "the paper had been retracted at the request of two of its authors",
        "the journal had found duplicated images in four figures",
        "the authors had not supplied the raw data",
        "the journal would publish an expression of concern",
    ),
    "ethics": (
        "the trial had begun before the panel had approved it",
        "the participants had not been told about the risks",
        "the researchers had not acted in bad faith",
    ),
    "min": (
        "the science budget would rise by two percent next year",
        "the government remained committed to the Halcyon mission",
        "universities would have to find savings elsewhere",
        "the cut to the space programme had been unavoidable",
    ),
    "opp": (
        "the cut would drive young scientists abroad",
        "the minister had broken a promise to protect research",
        "the government had no plan for the space programme",
    ),
    "committee": (
        "the committee would call the minister to give evidence",
        "the figures the ministry had supplied did not add up",
        "the mission had been delayed three times",
    ),
    "audit": (
        "the Halcyon programme had run three years behind schedule",
        "the agency had not kept a proper record of the costs",
        "the budget had been overspent by 40 percent",
    ),
    "safety": (
        "the fire had started in a fume cupboard on the second floor",
        "the laboratory had passed a safety inspection in January",
        "two members of staff had been treated for smoke inhalation",
    ),
    "safetyreg": (
        "the inspectorate had opened a formal investigation",
        "the chemicals had been stored beside a heat source",
        "the institute could face prosecution",
    ),
    "inst": (
        "the building would stay closed until at least Monday",
        "no animals had been harmed in the fire",
        "the damaged laboratory held cell lines from three research groups",
    ),
    "tech": (
        "the fire had spread faster than anyone expected",
        "the alarm had sounded within seconds",
        "nobody had been in the room when it started",
    ),
    "author": (
        "the errors had been honest mistakes",
        "the main conclusion of the paper still stood",
        "a student had mislabelled the images",
    ),
    "public": (
        "the launch had been visible for almost four minutes",
        "the crowd had cheered when the rocket cleared the tower",
        "thousands of people had driven to the coast to watch",
    ),
    "b-agency": (
        "the spacecraft had reached its final orbit",
        "the launch had been moved back by a week",
        "an independent review would report by the summer",
    ),
    "b-council": (
        "the success rate for grant applications had fallen to one in six",
        "the next funding round would open in September",
        "eleven new research centres would be funded",
    ),
    "b-launch": (
        "the rocket had been destroyed by its own safety system",
        "no one had been injured at the launch site",
        "the second stage had shut down early",
    ),
    "b-uni": (
        "no department would close this year",
        "research income had fallen for a third year",
        "a hiring freeze would apply in three faculties",
    ),
    "b-inst": (
        "a small fire in a basement laboratory had been put out within minutes",
        "all staff had been accounted for",
        "the building would stay closed until at least Monday",
    ),
    "b-journal": (
        "the paper had been retracted at the request of two of its authors",
        "an expression of concern had been added to the article",
        "the authors had not supplied the raw data",
    ),
    "b-ministry": (
        "the science budget would rise by two percent next year",
        "the Halcyon mission would continue",
        "the cut had been unavoidable",
    ),
    "b-union": (
        "members had not been consulted about the cuts",
        "the hiring freeze would put unbearable pressure on staff",
        "a ballot on industrial action would open next month",
    ),
}

#: Pointed fragments by family: (what a fragment is said of, singular; the fragment; no apostrophes).
FRAGS88: dict[str, tuple[tuple[str, str], ...]] = {
    "agency": (
        ("the budget settlement", "a body blow"),
        ("the launch", "flawless"),
        ("the delay", "frustrating but necessary"),
    ),
    "mission": (
        ("the first image", "breathtaking"),
        ("the landing", "a textbook descent"),
        ("the loss of contact", "worrying"),
    ),
    "launch": (
        ("the failure", "a learning experience"),
        ("the flight", "a partial success"),
        ("the test", "hugely valuable"),
    ),
    "council": (
        ("the settlement", "the toughest in a generation"),
        ("the new scheme", "a lifeline for young scientists"),
        ("the cut", "painful"),
    ),
    "uni": (
        ("the funding formula", "broken"),
        ("the government plan", "short-sighted"),
        ("the round of cuts", "a slow-motion crisis"),
    ),
    "res": (
        ("the result", "too good to be true"),
        ("the finding", "astonishing"),
        ("the dataset", "rock solid"),
    ),
    "editor": (
        ("the image duplication", "impossible to explain innocently"),
        ("the retraction", "regrettable but necessary"),
        ("the original peer review", "thorough"),
    ),
    "ethics": (
        ("the consent process", "seriously flawed"),
        ("the breach", "grave"),
        ("the experiment", "unauthorised"),
    ),
    "min": (
        ("the criticism", "scaremongering"),
        ("the new budget", "a record investment"),
        ("the space programme", "value for money"),
    ),
    "opp": (
        ("the cut", "an act of vandalism"),
        ("the budget", "a betrayal of young scientists"),
        ("the minister", "out of touch"),
    ),
    "committee": (
        ("the delay", "unacceptable"),
        ("the cost overrun", "staggering"),
        ("the evidence", "unconvincing"),
    ),
    "audit": (
        ("the cost control", "chaotic"),
        ("the oversight", "weak"),
        ("the programme", "a cautionary tale"),
    ),
    "safety": (
        ("the response", "swift and professional"),
        ("the damage", "extensive"),
        ("the evacuation", "orderly"),
    ),
    "safetyreg": (
        ("the storage", "wholly inadequate"),
        ("the record-keeping", "incomplete"),
        ("the risk", "foreseeable"),
    ),
    "inst": (
        ("the damage", "limited"),
        ("the fire", "contained"),
        ("the response", "exemplary"),
    ),
}

#: Split quotations by family: (first part, without its comma; second part, lower case, with its stop).
SPLITS88: dict[str, tuple[tuple[str, str], ...]] = {
    "agency": (
        ("We will fly again", "and we will fly soon."),
        ("The budget is tight", "but the mission is safe."),
        ("Nobody wanted this delay", "least of all the engineers."),
    ),
    "mission": (
        ("The orbiter is healthy", "and the images are stunning."),
        ("We lost the signal at touchdown", "but we have not lost hope."),
        ("The instruments are switched on", "and every one of them works."),
    ),
    "launch": (
        ("The rocket did not reach orbit", "but it flew further than ever."),
        ("We will fly again", "and sooner than people think."),
        ("Nobody was hurt", "which is what matters most."),
    ),
    "council": (
        ("We cannot fund everything", "but we will fund the best."),
        ("This is a hard settlement", "and researchers will feel it."),
    ),
    "uni": (
        ("We are not closing departments", "whatever the rumours say."),
        ("Our staff have been patient", "but patience has limits."),
    ),
    "res": (
        ("We checked the data again and again", "and the signal did not go away."),
        ("I did not believe it at first", "and nor did my supervisor."),
    ),
    "editor": (
        ("The paper cannot stand", "and we have retracted it."),
        ("Peer review is not a police force", "nor should it be."),
    ),
    "ethics": (
        ("The panel was unanimous", "and its findings are clear."),
        ("Consent is not a formality", "it is the foundation of research."),
    ),
    "min": (
        ("The science budget is rising", "whatever the opposition claims."),
        ("The space programme will go on", "but it must cost less."),
    ),
    "opp": (
        ("The minister promised to protect science", "and has broken that promise."),
        ("Every cut has a cost", "and young scientists will pay it."),
    ),
}

#: Quotations of bodies' statements (no *I*, no apostrophes).
BODYQUOTES88 = (
    "We will not comment further while the review is under way",
    "We are reviewing what happened and will share what we learn",
    "We remain committed to research of the highest quality",
    "We are working closely with everyone involved",
    "We will set out our plans in full in the coming weeks",
)


@frozen
class Doc88:
    """A document a body publishes: the words after *published its* (`audit of the Halcyon programme`), the
    short name a later sentence gives it (`audit`), the verb of its findings (`found`, `said`), the verb
    before a colon that quotes it (`concluded`, `read`), the names a key accepts for it, the body that
    publishes it, what it says in marks, what it finds (reported clauses), what it recommends (subjunctive
    clauses, none for some) and what it calls something (object, fragment)."""

    pub: str
    short: str
    finds: str
    colon: str
    acc: tuple[str, ...]
    body: Body88
    quotes: tuple[str, ...]
    clauses: tuple[str, ...]
    recs: tuple[str, ...]
    frags: tuple[tuple[str, str], ...]


DOCS88 = (
    Doc88(
        "audit of the Halcyon programme",
        "audit",
        "found",
        "concluded",
        ("audit", "audit of the Halcyon programme", "report"),
        AUDIT88,
        (
            "The programme was poorly managed from the start",
            "Costs were reported late and sometimes not at all",
            "There is no single cause of the overspend",
        ),
        (
            "the Halcyon programme had run three years behind schedule",
            "the agency had not kept a proper record of the costs",
            "the overall budget had been exceeded by 40 percent",
        ),
        (
            "the agency publish a full cost estimate every year",
            "an independent board oversee the next mission",
        ),
        (("the programme", "a cautionary tale"), ("the cost control", "chaotic")),
    ),
    Doc88(
        "latest mission status update",
        "update",
        "said",
        "read",
        ("mission status update", "status update", "update", "latest mission status update"),
        AGENCY88,
        (
            "All instruments are healthy and returning data",
            "Contact with the lander has not yet been restored",
            "The spacecraft remains in a stable orbit",
        ),
        (
            "the orbiter had completed its first full orbit",
            "engineers were still trying to contact the lander",
            "the telescope mirror had been fully unfolded",
        ),
        (),
        (("the deployment of the mirror", "nominal"), ("the orbit", "stable")),
    ),
    Doc88(
        "inspection report on the laboratory fire",
        "report",
        "found",
        "concluded",
        ("inspection report", "report", "inspection report on the laboratory fire"),
        LSE88,
        (
            "The storage of flammable solvents fell well below the required standard",
            "Staff acted quickly and correctly once the alarm sounded",
        ),
        (
            "the solvent had been stored beside a heat source",
            "the fire alarm in the basement had not been tested for a year",
            "staff had not been trained to use the fire blankets",
        ),
        (
            "the institute audit every laboratory on the site",
            "solvents be kept in fire-proof cabinets",
        ),
        (("the storage of solvents", "dangerous"), ("the training", "inadequate")),
    ),
    Doc88(
        "review of research careers",
        "review",
        "found",
        "concluded",
        ("review", "review of research careers"),
        NSC88,
        (
            "Too many careers are built on a chain of short contracts",
            "The system rewards volume over quality",
        ),
        (
            "one in three early-career researchers planned to leave science",
            "short contracts were driving talent abroad",
            "women were still under-represented in senior posts",
        ),
        (
            "the typical postdoctoral contract be extended to four years",
            "universities publish the pay of their research staff",
        ),
        (("the career ladder", "broken"), ("the reliance on short contracts", "corrosive")),
    ),
    Doc88(
        "retraction notice",
        "notice",
        "said",
        "read",
        ("retraction notice", "notice"),
        HELIX88,
        (
            "The editors no longer have confidence in the conclusions of this article",
            "Two of the five authors agree with this retraction",
        ),
        (
            "images in four figures had been duplicated",
            "the authors could not supply the raw data",
            "the conclusions could no longer be relied upon",
        ),
        (),
        (("the errors", "too serious to correct"), ("the image duplication", "extensive")),
    ),
)

#: Papers: (the topic after *The paper on*, what it finds, what it says in marks, the index in ``RESPOSTS88``
#: of the post of the researcher who leads such a study).
PAPERS88: tuple[tuple[str, str, str, int], ...] = (
    (
        "the ice shelf",
        "the ice shelf was losing mass twice as fast as previously thought",
        "The shelf has thinned by eleven metres since the first survey",
        2,
    ),
    (
        "the new drug",
        "the drug had cut relapse rates by a third in mice",
        "These results do not yet justify trials in patients",
        4,
    ),
    (
        "the exoplanet",
        "the planet had an atmosphere rich in water vapour",
        "The spectrum shows a clear signature of water",
        0,
    ),
    (
        "the coral",
        "the coral had survived a heatwave that killed reefs nearby",
        "Some reefs are far more resilient than models predict",
        1,
    ),
)

#: What a preprint suggests (a reported clause).
PREPRINTS88 = (
    "the signal came from a previously unknown type of star",
    "the enzyme could break down common plastics within days",
    "the vaccine protected monkeys for at least a year",
)

#: What anonymous peer reviewers wrote (a reported clause).
REVIEWS88 = (
    "the sample was too small to support the conclusions",
    "the statistical analysis was sound",
    "the authors had overstated the significance of the result",
)

#: Journals a paper appears in (each a body of the round).
JOURNALS88 = (HELIX88, STELLAR88)

#: What a launch countdown loop carries: (the role after *the*, the title a key checks).
VOICES88 = (
    ("launch director", "launch director"),
    ("flight controller", "flight controller"),
    ("range safety officer", "range safety officer"),
)

#: The words said on a countdown loop (no apostrophes).
LOOP88 = (
    "Main engine cutoff, stage separation confirmed",
    "We have lost telemetry from the second stage",
    "Hold, hold, hold, we have a pressure warning",
    "The vehicle is off course, I am calling the abort",
    "All stations, we are go for launch",
)

#: Replies on the loop (no apostrophes).
LOOPREPLIES88 = (
    "Copy, holding at ten seconds",
    "Understood, the range is clear",
    "Copy that, recovery teams are standing by",
)

#: Who answers a call on the loop (never a speaker of the call itself).
ANSWERER88 = "range control"

#: What a controller told range control (a reported clause).
TOLD88 = (
    "the second stage had stopped responding",
    "the vehicle had drifted off course",
    "the pressure in one tank was falling",
)

#: Conferences: (the conference as a sentence names it, the name a key never accepts for a speaker).
CONFS88 = (
    ("the Ashcombe Planetary Science Conference", "Ashcombe Planetary Science Conference"),
    ("the annual meeting of the Society for Cell Research", "Society for Cell Research"),
    ("the Northern Astronomy Congress", "Northern Astronomy Congress"),
)

#: The conferences where the holder of a post of each pool speaks (indices into ``CONFS88``).
CONFBYPOOL88 = {
    "res-space": (0, 2),
    "res-bio": (1,),
    "res-postdoc": (1, 0),
    "res-student": (2, 0),
    "mission": (0, 2),
    "agency": (0, 2),
}

#: What someone at a conference asks (the clause after *whether*) and what the speaker answers to it.
QANDA88 = (
    ("the result could be an instrumental error", "We have ruled that out as carefully as we can"),
    ("the team had tried to repeat the measurement", "Not yet, but two other groups are trying"),
    ("the mission would be extended", "That is a decision for the agency, not for me"),
    ("the data would be made public", "Every file will be online by the end of the month"),
)

OUTLETS88 = ("the Elsmoor Courier", "Radio Corbeck", "the Tillingham Post", "Orbit FM")

TOWNS88 = ("Elsmoor", "Halden", "Corbeck", "Tillingham", "Marrowby", "Fennel Bay")

DATES88 = ("Tuesday", "3 April", "Friday", "17 October", "Sunday")

#: Places where briefings are given.
SCENES88 = (
    "the mission control centre in Elsmoor",
    "the Halden launch site",
    "the Varrow Observatory",
    "the Corbeck Spaceport",
)

#: Where a launch was watched from, and where a citizen scientist did the work (after *who*).
WHERE88 = (
    "watched the launch from the beach at Halden",
    "camped overnight outside the Corbeck Spaceport",
    "counted seabirds for the Kestrel Institute every weekend",
    "classified galaxies online for the Tern team",
)

#: Jobs of people in the public eye of a science story: (the phrase after *a*, the role noun a title holds).
JOBS88 = (
    ("retired engineer", "engineer"),
    ("science teacher", "teacher"),
    ("amateur astronomer", "astronomer"),
    ("nurse", "nurse"),
    ("lab technician", "technician"),
    ("software developer", "developer"),
)

#: What a researcher did before a quotation, by pool (`{poss}` stands for *her* or *his*).
DID88: dict[str, tuple[str, ...]] = {
    "res-space": (
        "analysed the Tern images through the night",
        "spent three winters at the Varrow Observatory",
    ),
    "res-bio": (
        "dived on the reef every day for three weeks",
        "sequenced samples from four countries in {poss} first year",
    ),
    "res-postdoc": (
        "has held five short contracts in seven years",
        "moved to Pellingford for a two-year post",
    ),
    "res-student": (
        "built the instrument in {poss} spare time",
        "ran the experiment on a borrowed laptop",
    ),
}

#: Open cue verbs of a reported clause (*warned*, *cautioned* and *noted* take their clause with *that* only:
#: ``BARECUES88`` holds the others, for a clause without *that*).
CUES88 = (
    "insisted",
    "warned",
    "conceded",
    "acknowledged",
    "stressed",
    "argued",
    "admitted",
    "maintained",
    "cautioned",
    "announced",
    "claimed",
    "noted",
    "explained",
    "confirmed",
)
BARECUES88 = tuple(c for c in CUES88 if c not in ("warned", "cautioned", "noted"))

#: Cue verbs of a direct quotation credited after it (`"Q," NAME CUE.`).
QCUES88 = ("said", "insisted", "warned", "quipped", "conceded", "added", "told reporters", "recalled")

#: Narrative sentences that report nothing.
NARRATIVE88 = (
    "The rocket lifted off from the Halden launch site at 6.42 a.m. local time.",
    "The Halcyon orbiter entered orbit around the moon after a 38-minute engine burn.",
    "Fire crews spent two hours at the Kestrel Institute on Thursday night.",
    "The National Science Council receives around 9,000 grant applications a year.",
    "The paper has been cited more than 400 times since it appeared.",
    "Snow closed the road to the Varrow Observatory for most of January.",
)

#: Names and words in marks that nobody says.
ROVERS88 = ("Wayfarer", "Little Ember", "Slow Tortoise")
PAPERTITLES88 = ("A Warm Neptune in the Habitable Zone", "Reefs After the Heat", "Silent Genes of the Deep")
SCHEMES88 = ("Future Minds", "Science Forward", "Discovery Fund")
NICKS88 = ("the Big Eye", "the Bucket", "Old Grey")
SLOGANS88 = ("Fund Science Now", "No Cuts to Curiosity", "Save Our Labs")
MOTTOES88 = ("Further Together", "Eyes on the Dark", "Ever Upward")
SCARE88 = ("paper mill", "zombie paper", "salami slicing")
TALKS88 = ("Why the Moon Still Matters", "Chasing Faint Signals", "What the Reef Remembers")

#: What a union or alliance accuses a target of (the words in marks after *of*).
ACCUSE88 = (
    "treating science as a luxury",
    "balancing the books on the backs of young researchers",
    "breaking every promise it made to universities",
)

#: What a minister dismisses criticism as (the words in marks after *as*).
DISMISS88 = ("scaremongering", "wide of the mark", "political point-scoring")

#: What a funding call states (present-tense clauses).
CALLS88 = (
    "applicants must hold a permanent post at a university",
    "each award will be worth up to two million",
    "projects must involve at least two universities",
)

#: What a journal editor answers when asked whether data were fabricated (no apostrophes).
JANSWERS88 = (
    "We have seen no evidence of that",
    "That is a question for the university to answer",
    "I will not speculate while the inquiry is running",
)

#: What a retracted paper's author accuses the journal of (the words in marks after *of*).
AUTHORACCUSE88 = (
    "rushing to judgement",
    "ignoring the evidence we sent",
    "bowing to pressure from online critics",
)

#: What a researcher studies, by pool (after *who studies*).
STUDIES88 = {
    "res-space": "distant galaxies",
    "res-bio": "coral reefs",
    "res-postdoc": "the genetics of wheat",
    "res-student": "radio signals from young stars",
}

#: What a citizen scientist had done (`{pr}` stands for *she* or *he*, `{poss}` for *her* or *his*).
VOLCLAUSES88 = (
    "{pr} had spotted the comet from {poss} back garden",
    "{pr} had counted seabirds on the same cliff for twelve years",
    "{pr} had classified more than 20,000 galaxies online",
)

#: Quotations of a launch company's statements (no *I*, no apostrophes).
LAUNCHQUOTES88 = (
    "Our engineers are already working through the flight data",
    "No one was hurt and the launch site is safe",
    "Every test flight teaches us something we could not learn on the ground",
)

#: What a committee hears (no one's words; reported clauses).
HEARD88 = (
    "the mission had been delayed three times",
    "the figures the ministry had supplied did not add up",
    "the overspend had been known to officials for two years",
)
