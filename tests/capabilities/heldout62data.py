"""Slot fillers of the sixty-second held-out round (``heldout62.py``), a round of EDUCATION, LABOUR AND SOCIAL
AFFAIRS: invented people of English, Scottish, Welsh, Irish, Polish, Nigerian, Pakistani, Jamaican,
Portuguese, Romanian, Ghanaian and Somali origin (with their gender and an age), straight and curly double
marks and British single marks, invented unions, employers, schools, colleges, universities, think tanks,
charities, councils and towns, with the roles a labour reporter and an education correspondent write for
their people and the short reference a story uses later; quotations (some holding wages, percentages and
times), reported clauses, placard slogans, names of schemes and programmes, and narrative sentences.

Every name, body, place and sentence here was written for this round; the people, places and bodies are
invented.
"""

from __future__ import annotations

from attrs import frozen
from heldout_kit import Mark, Person

#: Straight and curly double marks, and British single marks.
MARKS62 = (Mark('"', '"'), Mark("\u201c", "\u201d"))
SINGLE62 = Mark("\u2018", "\u2019")
ALLMARKS62 = (*MARKS62, SINGLE62)

WOMEN62 = (
    Person("Bryony Ashworth", "Ashworth", "f", "English", 47),
    Person("Morag Lennie", "Lennie", "f", "Scottish", 53),
    Person("Carys Prydderch", "Prydderch", "f", "Welsh", 39),
    Person("Siobhan Kearsley", "Kearsley", "f", "Irish", 44),
    Person("Agnieszka Wolnicka", "Wolnicka", "f", "Polish", 36),
    Person("Ngozi Achebemba", "Achebemba", "f", "Nigerian", 51),
    Person("Rubina Qazilbash", "Qazilbash", "f", "Pakistani", 42),
    Person("Marcia Pennycooke", "Pennycooke", "f", "Jamaican", 58),
    Person("Ines Valadares", "Valadares", "f", "Portuguese", 34),
    Person("Ioana Strugariu", "Strugariu", "f", "Romanian", 45),
    Person("Akosua Mensah-Dardy", "Mensah-Dardy", "f", "Ghanaian", 49),
    Person("Hodan Warsame", "Warsame", "f", "Somali", 38),
    Person("Tamsin Holroyd", "Holroyd", "f", "English", 55),
    Person("Eilidh Strachan", "Strachan", "f", "Scottish", 41),
)

MEN62 = (
    Person("Gareth Winstanley", "Winstanley", "m", "English", 52),
    Person("Callum Dunleavy", "Dunleavy", "m", "Scottish", 46),
    Person("Rhodri Bevington", "Bevington", "m", "Welsh", 59),
    Person("Declan Mulcahey", "Mulcahey", "m", "Irish", 43),
    Person("Tomasz Grabowiecki", "Grabowiecki", "m", "Polish", 37),
    Person("Chukwudi Anyaoku", "Anyaoku", "m", "Nigerian", 50),
    Person("Imran Shahzadi", "Shahzadi", "m", "Pakistani", 48),
    Person("Delroy Fairclough", "Fairclough", "m", "Jamaican", 61),
    Person("Rui Carvalhosa", "Carvalhosa", "m", "Portuguese", 40),
    Person("Mihai Pascaru", "Pascaru", "m", "Romanian", 54),
    Person("Kwabena Ofori-Atta", "Ofori-Atta", "m", "Ghanaian", 45),
    Person("Abdirahman Jama", "Jama", "m", "Somali", 39),
    Person("Neville Brackenbury", "Brackenbury", "m", "English", 57),
    Person("Fraser Maclachlan", "Maclachlan", "m", "Scottish", 35),
)

PEOPLE62 = tuple(p for pair in zip(WOMEN62, MEN62, strict=True) for p in pair)

#: Students and young people: name, age, what they study and where (the role noun and the school or college).
STUDENTS62 = (
    (
        "a second-year nursing student at Lanmouth Metropolitan University",
        ("student", "Lanmouth Metropolitan University"),
    ),
    ("a final-year history student at the University of Ebbersley", ("student", "University of Ebbersley")),
    ("a sixth-former at Hollinbrook High School", ("sixth-former", "Hollinbrook High School")),
    ("an apprentice electrician with Norrow Logistics", ("apprentice electrician", "Norrow Logistics")),
    (
        "a first-year engineering student at Corrabeg Institute of Technology",
        ("student", "Corrabeg Institute of Technology"),
    ),
    (
        "a trainee teacher at Marrowfield Community College",
        ("trainee teacher", "Marrowfield Community College"),
    ),
)


@frozen
class Role62:
    """A role: written after the name (without an article: `general secretary of the X`), the parts a title
    must hold, the short reference a story uses later (`the union leader`), and the body."""

    after: str
    parts: tuple[str, ...]
    short: str
    body: str


def _role(noun: str, body: str, short: str, link: str = "of") -> Role62:
    bare = body.removeprefix("the ")
    return Role62(f"{noun} {link} {body}", (noun, bare), short, body)


UNIONS62 = (
    "the Fenmoor Transport Workers Union",
    "the National Union of Classroom Staff",
    "the Allied Depot and Warehouse Union",
    "the Union of Care and Support Workers",
    "the Federation of College Lecturers",
    "the Lanmouth Bus Crews Union",
)

UNION_ROLES62 = tuple(
    _role(noun, u, short)
    for u in UNIONS62
    for noun, short in (
        ("general secretary", "the union leader"),
        ("regional organiser", "the organiser"),
        ("branch secretary", "the branch secretary"),
    )
)

COMPANIES62 = (
    "Norrow Logistics",
    "Brightway Buses",
    "Tessway Foods",
    "Pellam Care Homes",
    "Orrin Parcels",
    "Kestwick Water",
)

EMPLOYER_ROLES62 = tuple(
    _role(noun, c, short, link)
    for c in COMPANIES62
    for noun, short, link in (
        ("chief executive", "the chief executive", "of"),
        ("operations director", "the operations director", "at"),
        ("head of human resources", "the HR chief", "at"),
    )
)

SCHOOLS62 = (
    "Ashcombe Primary School",
    "Hollinbrook High School",
    "Pennock Bridge Infant School",
    "Glenvarrick Grammar School",
    "Saltreach Academy",
    "Widdenham Park School",
    "Marrowfield Community College",
)

SCHOOL_ROLES62 = tuple(
    _role(noun, s, short)
    for s in SCHOOLS62
    for noun, short in (
        ("headteacher", "the headteacher"),
        ("principal", "the principal"),
        ("deputy head", "the deputy head"),
    )
)

THINKTANKS62 = (
    "the Fairhaven Policy Institute",
    "the Centre for Work and Learning",
    "the Orrell Institute for Labour Studies",
    "the Learning Futures Trust",
)

RESEARCH_ROLES62 = tuple(
    _role(noun, t, short, "at")
    for t in THINKTANKS62
    for noun, short in (
        ("senior fellow", "the fellow"),
        ("director of research", "the researcher"),
        ("chief economist", "the economist"),
    )
)

CHARITIES62 = (
    "Hearthline",
    "Children First Lanmouth",
    "the Bread and Roof Trust",
    "Carers Together",
    "Second Step",
)

CHARITY_ROLES62 = tuple(
    Role62(
        f"{noun} {link} {c if c.startswith('the ') else 'the charity ' + c}",
        (noun, c.removeprefix("the ")),
        short,
        c,
    )
    for c in CHARITIES62
    for noun, short, link in (
        ("chief executive", "the charity chief", "of"),
        ("head of policy", "the campaigner", "at"),
    )
)

TOWNS62 = (
    "Ebbersley",
    "Lanmouth",
    "Corrabeg",
    "Marrowfield",
    "Pennock Bridge",
    "Hollinbrook",
    "Saltreach",
    "Widdenham",
    "Farrowcombe",
    "Glenvarrick",
)

#: Jobs written with the employer and often the years: (apposition, title parts).
JOBS62 = (
    ("a bus driver for Brightway Buses for 20 years", ("bus driver", "Brightway Buses")),
    ("a forklift driver at Norrow Logistics", ("forklift driver", "Norrow Logistics")),
    ("a care worker at Pellam Care Homes", ("care worker", "Pellam Care Homes")),
    ("a packer at the Tessway Foods plant in Corrabeg", ("packer", "Tessway Foods")),
    ("a parcel sorter for Orrin Parcels", ("parcel sorter", "Orrin Parcels")),
    ("a meter reader for Kestwick Water for 11 years", ("meter reader", "Kestwick Water")),
    ("a teaching assistant at Ashcombe Primary School", ("teaching assistant", "Ashcombe Primary School")),
    ("a school cook at Saltreach Academy", ("school cook", "Saltreach Academy")),
    ("a night cleaner at Widdenham General Hospital", ("night cleaner", "Widdenham General Hospital")),
    (
        "a lecturer in plumbing at Marrowfield Community College",
        ("lecturer", "Marrowfield Community College"),
    ),
)

#: What people say: no apostrophes, no marks, no final stop (the template adds `,` or `.`).
QUOTES62 = (
    "Nobody goes on strike lightly, and nobody in this depot wanted to",
    "Our members have been patient for three years and patience has run out",
    "Children cannot learn in classrooms where the ceiling leaks every winter",
    "We will keep the school open for every pupil who needs us",
    "The offer on the table does not even cover the rise in bus fares",
    "This is about safety as much as it is about pay",
    "Parents deserve a straight answer about the merger, and they have not had one",
    "We have never had so many families asking for help with school uniforms",
    "The door is open and we are ready to talk tonight if they are",
    "Teachers are leaving faster than we can train them",
    "Nobody should have to choose between heating and eating",
    "The timetable change came without a word of warning to staff",
    "We are proud of what these students have achieved in a very hard year",
    "A fair deal is within reach if both sides stay at the table",
    "The figures show the gap is widening, not closing",
    "I love the job, but I cannot afford to stay in it",
    "We cannot run a service on goodwill alone",
    "There will be no compulsory redundancies while talks go on",
    "Every child deserves a hot meal at lunchtime, without exception",
    "We were told the new rota was final, and that is simply not acceptable",
    "The college has been underfunded for a decade and it shows",
    "We want the same thing the union wants, which is a stable workforce",
    "Our inspectors found real progress in reading and writing",
    "Carers are the backbone of this town and they are treated like an afterthought",
)

#: Quotations holding wages, percentages, times and sums (no final stop).
FIGURES62 = (
    "They offered 2.5 per cent when inflation is running at 4.8 per cent",
    "A driver on this route earns £11.90 an hour, which is 40p above the minimum",
    "We are asking for 7% over two years, nothing more",
    "Class sizes have gone from 27 to 34 in five years",
    "Starting pay for a care worker is £21,400, and the rent here is £900 a month",
    "Shifts start at 5.45am and some of our members finish after 10pm",
    "The budget was cut by £1.2m, or roughly 9% of what we spend",
    "Only 61 per cent of pupils reached the expected standard, down from 68",
    "We are losing one in four new teachers within three years",
    "The school spends £3.10 a day on each free meal, and costs have gone up",
    "We balloted 4,210 members and 87% voted yes on a 71% turnout",
    "Overtime at 1.5 times the hourly rate was taken away overnight",
)

#: Reported clauses (no marks, no final stop).
CLAUSES62 = (
    "members had voted by a large majority to walk out",
    "the strike would go ahead on Monday unless a new offer was made",
    "the school would reopen after half-term",
    "the pay offer was the best the firm could afford",
    "the trust had no plans to close the sixth form",
    "the number of children on free school meals had doubled",
    "staff had not been consulted about the new shift pattern",
    "the council would review its support for young carers",
    "more than half of the lecturers had taken second jobs",
    "the new curriculum would be phased in over three years",
    "talks would resume at the conciliation service on Thursday",
    "the depot would close for good at the end of the year",
    "the inspection had found serious weaknesses in leadership",
    "the waiting list for family support had grown all winter",
    "the changes would save money without harming pupils",
    "the drivers had been offered a one-off payment",
    "the charity would open two more food banks by spring",
    "the ministry would publish its workforce plan in the autumn",
    "pupils with special needs were waiting too long for help",
    "agency staff were being paid more than permanent staff",
)

#: Placard and banner slogans (nobody is quoted).
SLOGANS62 = (
    "Fair Pay Now",
    "Save Our School",
    "Drivers Not Robots",
    "Carers Count",
    "No Cuts to Classrooms",
    "Respect the Night Shift",
)

#: Names of schemes and programmes (nobody is quoted).
SCHEMES62 = (
    "Ready to Learn",
    "Second Chance Skills",
    "Open Kitchens",
    "Steps into Work",
    "Bright Starts",
    "Homework Club Plus",
)

#: Narrative sentences that report nothing.
NARRATIVE62 = (
    "The depot gates were locked shortly before six in the morning.",
    "About forty pupils were sent home early because the heating failed.",
    "The talks lasted more than nine hours and ended without agreement.",
    "Buses on four routes did not run for most of the day.",
    "The school was rated good at its last inspection in the spring.",
    "Hundreds of parents queued outside the town hall for the meeting.",
    "The food bank opened an extra day a week in January.",
    "Lecturers at the college walked out for the second time this term.",
)

DAYS62 = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")

#: Anonymous and unnamed sources: (phrase as written, the names a key accepts).
ANON62 = (
    (
        "One parent, who asked not to be named,",
        ("one parent", "parent", "one parent, who asked not to be named"),
    ),
    (
        "A teacher at the school, who did not want to be identified,",
        (
            "teacher",
            "a teacher at the school",
            "teacher at the school",
            "a teacher at the school, who did not want to be identified",
        ),
    ),
    ("A picket outside the depot", ("picket", "a picket outside the depot", "picket outside the depot")),
    (
        "One driver, who asked not to be named,",
        ("one driver", "driver", "one driver, who asked not to be named"),
    ),
    ("A member of staff", ("member of staff", "a member of staff", "staff member")),
    (
        "One mother waiting at the school gate",
        (
            "one mother",
            "mother",
            "one mother waiting at the school gate",
            "mother waiting at the school gate",
        ),
    ),
)
