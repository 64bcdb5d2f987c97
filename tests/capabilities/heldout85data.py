"""Slot fillers of the eighty-fifth held-out round (``heldout85.py``), a round of HOUSING, PROPERTY AND
PLANNING as a housing and property correspondent writes them: invented housing ministers and shadow ministers,
council planning chiefs, planning committee chairs and council leaders, developers' executives and
spokespeople, estate agents, surveyors, economists at lenders and property consultancies, mortgage brokers,
landlords and their association, tenants' union organisers, campaigners and residents' leaders objecting to
schemes, architects, building-safety and social-housing regulators, housing association chiefs, planning
inspectors and housing lawyers (thirty people with a gender, a culture and an age, and ten tenants known by a
first name only); posts with their bodies, the short second reference (`the minister`, `the surveyor`) and the
pool their words come from; bodies that issue statements (councils, developers, housing associations, lenders,
regulators, tenants' and residents' groups; some of one word); house-price indices and the surveys,
assessments and reports that speak; outlets; scenes, schemes, buildings, courts, inquiry venues and dates;
tenants' jobs and homes; quotations, reported clauses, pointed fragments and split quotations for each pool;
quotations and reported clauses of bodies' statements; what indices and reports find; narrative sentences that
report nothing; and scheme names, building names and nicknames, report titles, policy names, banners, slogans
and scare terms that sit in marks and nobody says.

Every name, body, place and sentence here was written for this round; all of them are invented. No direct
quotation holds an apostrophe, so that a closing single mark is never confused with one."""

from __future__ import annotations

from attrs import frozen
from heldout_kit import Mark, Person

#: Straight and curly double marks, and British curly single marks.
MARKS85 = (Mark('"', '"'), Mark("\u201c", "\u201d"))
ALLMARKS85 = (*MARKS85, Mark("\u2018", "\u2019"))

WOMEN85 = (
    Person("Gwenllian Prys", "Prys", "f", "Welsh", 48),
    Person("Zsofia Keresztes", "Keresztes", "f", "Hungarian", 41),
    Person("Folasade Adebayo-Cole", "Adebayo-Cole", "f", "Yoruba", 44),
    Person("Jiwon Maeng", "Maeng", "f", "Korean", 36),
    Person("Eleni Karavitis", "Karavitis", "f", "Greek", 52),
    Person("Aino Lehtimaki", "Lehtimaki", "f", "Finnish", 39),
    Person("Nusrat Chowdhury", "Chowdhury", "f", "Bengali", 45),
    Person("Ornella Bassetti", "Bassetti", "f", "Italian", 57),
    Person("Elif Kocabas", "Kocabas", "f", "Turkish", 34),
    Person("Radka Vondrackova", "Vondrackova", "f", "Czech", 50),
    Person("Hodan Warsame", "Warsame", "f", "Somali", 38),
    Person("Catalina Irarrazaval", "Irarrazaval", "f", "Chilean", 46),
    Person("Ngoc Truong", "Truong", "f", "Vietnamese", 43),
    Person("Astrid Wennerholm", "Wennerholm", "f", "Swedish", 55),
    Person("Marcia Pennycooke", "Pennycooke", "f", "Jamaican", 61),
)

MEN85 = (
    Person("Rhodri Gwilym", "Gwilym", "m", "Welsh", 53),
    Person("Bence Halasz", "Halasz", "m", "Hungarian", 47),
    Person("Olumide Fashola", "Fashola", "m", "Yoruba", 50),
    Person("Taeho Yoon", "Yoon", "m", "Korean", 40),
    Person("Stavros Meletiou", "Meletiou", "m", "Greek", 58),
    Person("Juhani Rautio", "Rautio", "m", "Finnish", 62),
    Person("Tanvir Mahbub", "Mahbub", "m", "Bengali", 37),
    Person("Corrado Liberati", "Liberati", "m", "Italian", 49),
    Person("Emre Yavuzkan", "Yavuzkan", "m", "Turkish", 44),
    Person("Vojtech Sladek", "Sladek", "m", "Czech", 56),
    Person("Abdiqani Hirsi", "Hirsi", "m", "Somali", 42),
    Person("Matias Echenique", "Echenique", "m", "Chilean", 35),
    Person("Khoa Lam", "Lam", "m", "Vietnamese", 39),
    Person("Henrik Sjoblom", "Sjoblom", "m", "Swedish", 60),
    Person("Delroy Fairweather", "Fairweather", "m", "Jamaican", 64),
)

PEOPLE85 = tuple(p for pair in zip(WOMEN85, MEN85, strict=True) for p in pair)

#: Tenants a report names by a first name only (the first name is the whole name).
FIRSTS85 = (
    Person("Priya", "Priya", "f", "first", 29),
    Person("Jonah", "Jonah", "m", "first", 33),
    Person("Maja", "Maja", "f", "first", 26),
    Person("Kofi", "Kofi", "m", "first", 41),
    Person("Rosa", "Rosa", "f", "first", 52),
    Person("Tariq", "Tariq", "m", "first", 24),
    Person("Niamh", "Niamh", "f", "first", 37),
    Person("Stefan", "Stefan", "m", "first", 45),
    Person("Leah", "Leah", "f", "first", 31),
    Person("Idris", "Idris", "m", "first", 58),
)


@frozen
class Post85:
    """A post: the post after a name (between commas, with its article where it takes one; `{s}` stands for
    *spokeswoman* or *spokesman*), the post before a name, the parts a title must hold (the role noun and each
    body or place), the short second reference (`the minister`; `{s}` again), the body it belongs to (never a
    speaker of a person's words; empty when the post names none) and the pool its holder's words come from
    (`minister`, `dev`, `econ`, ...)."""

    after: str
    pre: str
    parts: tuple[str, ...]
    short: str
    body: str
    pool: str

    @property
    def family(self) -> str:
        """The pool: `minister`, `shadow`, `council`, `dev`, `agent`, `survey`, `econ`, `broker`, `landlord`,
        `tenant`, `resident`, `arch`, `safety`, `ha`, `inspector` or `law`."""
        return self.pool

    def a(self, p: Person) -> str:
        """The post after *p*'s name, with *p*'s spokes-noun."""
        return self.after.replace("{s}", p.kin("spokeswoman", "spokesman"))

    def b(self, p: Person) -> str:
        """The post before *p*'s name."""
        return self.pre.replace("{s}", p.kin("spokeswoman", "spokesman"))

    def sh(self, p: Person) -> str:
        """The short second reference to *p*."""
        return self.short.replace("{s}", p.kin("spokeswoman", "spokesman"))


MIN85 = (
    Post85(
        "the minister for housing and planning",
        "Housing Minister",
        ("minister", "housing"),
        "the minister",
        "",
        "minister",
    ),
    Post85(
        "the shadow housing minister",
        "Shadow Housing Minister",
        ("shadow housing minister",),
        "the shadow minister",
        "",
        "shadow",
    ),
)

COUNCIL85 = (
    Post85(
        "head of planning at Brackwater Council",
        "Brackwater Council head of planning",
        ("head of planning", "Brackwater Council"),
        "the head of planning",
        "Brackwater Council",
        "council",
    ),
    Post85(
        "chair of the planning committee at Hollinsford Borough Council",
        "Hollinsford planning committee chair",
        ("chair", "planning committee", "Hollinsford"),
        "the committee chair",
        "Hollinsford Borough Council",
        "council",
    ),
    Post85(
        "leader of Ashcombe City Council",
        "Ashcombe City Council leader",
        ("leader", "Ashcombe City Council"),
        "the council leader",
        "Ashcombe City Council",
        "council",
    ),
)

DEV85 = (
    Post85(
        "chief executive of Larchmont Homes",
        "Larchmont Homes chief executive",
        ("chief executive", "Larchmont Homes"),
        "the chief executive",
        "Larchmont Homes",
        "dev",
    ),
    Post85(
        "a {s} for Quayline Developments",
        "Quayline Developments {s}",
        ("spokes", "Quayline Developments"),
        "the {s}",
        "Quayline Developments",
        "dev",
    ),
    Post85(
        "managing director of Redhollow",
        "Redhollow managing director",
        ("managing director", "Redhollow"),
        "the managing director",
        "Redhollow",
        "dev",
    ),
)

AGENT85 = (
    Post85(
        "an estate agent with Hobbs Linden",
        "Hobbs Linden estate agent",
        ("estate agent", "Hobbs Linden"),
        "the estate agent",
        "Hobbs Linden",
        "agent",
    ),
    Post85(
        "head of lettings at Farrant Oakes",
        "Farrant Oakes head of lettings",
        ("head of lettings", "Farrant Oakes"),
        "the head of lettings",
        "Farrant Oakes",
        "agent",
    ),
)

SURVEY85 = (
    Post85(
        "a chartered surveyor at Wexcombe Partners",
        "Wexcombe Partners surveyor",
        ("surveyor", "Wexcombe Partners"),
        "the surveyor",
        "Wexcombe Partners",
        "survey",
    ),
)

ECON85 = (
    Post85(
        "chief economist at Northmere Building Society",
        "Northmere Building Society chief economist",
        ("chief economist", "Northmere Building Society"),
        "the economist",
        "Northmere Building Society",
        "econ",
    ),
    Post85(
        "a senior economist at Hartwell Bank",
        "Hartwell Bank economist",
        ("economist", "Hartwell Bank"),
        "the economist",
        "Hartwell Bank",
        "econ",
    ),
    Post85(
        "a property analyst at Tallis Grange",
        "Tallis Grange property analyst",
        ("analyst", "Tallis Grange"),
        "the analyst",
        "Tallis Grange",
        "econ",
    ),
)

BROKER85 = (
    Post85(
        "a mortgage broker at Penhallow Finance",
        "Penhallow Finance mortgage broker",
        ("broker", "Penhallow Finance"),
        "the broker",
        "Penhallow Finance",
        "broker",
    ),
)

LANDLORD85 = (
    Post85(
        "chair of the Private Landlords Association",
        "Private Landlords Association chair",
        ("chair", "Private Landlords Association"),
        "the association chair",
        "the Private Landlords Association",
        "landlord",
    ),
    Post85(
        "a landlord with 14 flats in Brackwater",
        "Brackwater landlord",
        ("landlord",),
        "the landlord",
        "",
        "landlord",
    ),
)

TENANT85 = (
    Post85(
        "an organiser with the Brackwater Tenants' Union",
        "Brackwater Tenants' Union organiser",
        ("organiser", "Brackwater Tenants' Union"),
        "the organiser",
        "the Brackwater Tenants' Union",
        "tenant",
    ),
    Post85(
        "secretary of the Kilnworth Renters' Alliance",
        "Kilnworth Renters' Alliance secretary",
        ("secretary", "Kilnworth Renters' Alliance"),
        "the alliance secretary",
        "the Kilnworth Renters' Alliance",
        "tenant",
    ),
)

RESIDENT85 = (
    Post85(
        "chair of the Orchard Lane Residents' Association",
        "Orchard Lane Residents' Association chair",
        ("chair", "Orchard Lane Residents' Association"),
        "the residents' chair",
        "the Orchard Lane Residents' Association",
        "resident",
    ),
    Post85(
        "a campaigner with Save Fenwick Meadows",
        "Save Fenwick Meadows campaigner",
        ("campaigner", "Save Fenwick Meadows"),
        "the campaigner",
        "Save Fenwick Meadows",
        "resident",
    ),
)

ARCH85 = (
    Post85(
        "an architect at Stellmark Studio",
        "Stellmark Studio architect",
        ("architect", "Stellmark Studio"),
        "the architect",
        "Stellmark Studio",
        "arch",
    ),
)

SAFETY85 = (
    Post85(
        "chief inspector of the Building Safety Authority",
        "Building Safety Authority chief inspector",
        ("chief inspector", "Building Safety Authority"),
        "the chief inspector",
        "the Building Safety Authority",
        "safety",
    ),
    Post85(
        "director of enforcement at the Social Housing Regulator",
        "Social Housing Regulator enforcement director",
        ("director", "Social Housing Regulator"),
        "the enforcement director",
        "the Social Housing Regulator",
        "safety",
    ),
)

HA85 = (
    Post85(
        "chief executive of Meadowbank Housing Association",
        "Meadowbank Housing Association chief executive",
        ("chief executive", "Meadowbank Housing Association"),
        "the chief executive",
        "Meadowbank Housing Association",
        "ha",
    ),
    Post85(
        "a {s} for Greystone Homes",
        "Greystone Homes {s}",
        ("spokes", "Greystone Homes"),
        "the {s}",
        "Greystone Homes",
        "ha",
    ),
)

INSPECTOR85 = (
    Post85(
        "an inspector with the Planning Appeals Service",
        "Planning Appeals Service inspector",
        ("inspector", "Planning Appeals Service"),
        "the inspector",
        "the Planning Appeals Service",
        "inspector",
    ),
)

LAW85 = (
    Post85(
        "a housing lawyer at Dunmore Pryce",
        "Dunmore Pryce housing lawyer",
        ("lawyer", "Dunmore Pryce"),
        "the lawyer",
        "Dunmore Pryce",
        "law",
    ),
)

#: Every post, interleaved so that neighbouring posts differ in family.
POSTS85 = (
    MIN85[0],
    COUNCIL85[0],
    DEV85[0],
    AGENT85[0],
    ECON85[0],
    TENANT85[0],
    RESIDENT85[0],
    SAFETY85[0],
    HA85[0],
    MIN85[1],
    COUNCIL85[1],
    DEV85[1],
    SURVEY85[0],
    BROKER85[0],
    LANDLORD85[0],
    ARCH85[0],
    INSPECTOR85[0],
    ECON85[1],
    TENANT85[1],
    COUNCIL85[2],
    DEV85[2],
    AGENT85[1],
    RESIDENT85[1],
    SAFETY85[1],
    LAW85[0],
    ECON85[2],
    HA85[1],
    LANDLORD85[1],
)

#: Quotations by pool (first person, said aloud; no apostrophes).
QUOTES85: dict[str, tuple[str, ...]] = {
    "minister": (
        "We will build the homes this country needs and we will build them well",
        "Every family deserves a safe and secure place to live",
        "These homes show what happens when councils and builders work together",
        "Planning has held this country back for far too long",
    ),
    "shadow": (
        "The government has missed every housing target it has set",
        "Renters are paying more and getting less every single year",
        "A ribbon-cutting is not a housing policy",
    ),
    "council": (
        "This scheme does not meet the standard our residents deserve",
        "We have listened carefully to every objection",
        "The town needs these homes and it needs them now",
        "We will defend this decision at appeal",
    ),
    "dev": (
        "We are proud of the homes we build and the people who live in them",
        "This scheme will bring 400 new homes to an area that badly needs them",
        "We will fix every defect at no cost to the residents",
        "We are disappointed by the decision and are considering our options",
    ),
    "agent": (
        "Buyers are back but they are haggling hard",
        "We have twelve people chasing every flat that comes on to the market",
        "Sellers who price sensibly are still finding buyers within weeks",
    ),
    "survey": (
        "Surveyors across the region are reporting fewer new instructions",
        "The market has cooled but it has not collapsed",
        "Valuations are coming in below the asking price far more often",
    ),
    "econ": (
        "Prices are holding up better than most forecasters expected",
        "Affordability remains stretched for first-time buyers",
        "We expect prices to end the year roughly where they started",
        "Higher mortgage rates are finally feeding through to the market",
    ),
    "broker": (
        "Borrowers coming off cheap fixed deals are in for a shock",
        "Lenders are competing hard for buyers with big deposits",
        "This is the first real good news for borrowers in months",
    ),
    "landlord": (
        "Most landlords have not raised rents in line with their costs",
        "Good landlords are leaving the market and tenants will pay for it",
        "We want tenants who stay for years, not months",
    ),
    "tenant": (
        "Tenants are being priced out of the neighbourhoods they grew up in",
        "Nobody should lose their home because they asked for a repair",
        "We will be at every eviction on this estate",
        "Rents have gone up faster than wages for five years running",
    ),
    "rent": (
        "I have lived here for nine years and now I cannot afford to stay",
        "Half of my wages now go on rent",
        "We asked for the damp to be fixed and got an eviction notice instead",
        "My children go to school around the corner and I do not know where we will go",
    ),
    "resident": (
        "Nobody here is against new homes, we are against this scheme",
        "The roads cannot cope with the traffic we already have",
        "This tower would block the light to every house on the street",
        "The council stopped listening to residents a long time ago",
    ),
    "arch": (
        "Good design does not have to cost more",
        "We designed every flat to get sunlight for at least part of the day",
        "The building was designed around the people who will live in it",
    ),
    "safety": (
        "No resident should go to sleep in a building that is not safe",
        "Owners who ignore our orders will be taken to court",
        "We have found serious defects in eleven buildings this year",
    ),
    "ha": (
        "Our tenants deserve warm, dry homes and we are sorry we let them down",
        "We are spending more on repairs this year than ever before",
        "Every tenant on the estate will be offered a new home nearby",
    ),
    "inspector": (
        "I will hear from everyone who wishes to speak",
        "My job is to weigh the evidence, not to take sides",
        "I expect to report to the minister by the end of the summer",
    ),
    "law": (
        "Too many of these evictions are simply unlawful",
        "My client was never given the notice the law requires",
        "The courts are seeing more of these cases every month",
    ),
}

#: Reported clauses by pool (no marks surround them; none names a gender).
CLAUSES85: dict[str, tuple[str, ...]] = {
    "minister": (
        "the government would fund 20,000 social homes over five years",
        "councils would be given new powers to buy land more cheaply",
        "the new rules would speed up planning decisions on small sites",
        "the target of 300,000 homes a year was still within reach",
    ),
    "shadow": (
        "the government had fallen far short of its own target",
        "rents had risen faster under this government than under any other",
        "the new planning rules would do nothing for renters",
    ),
    "council": (
        "the scheme would cause unacceptable harm to the conservation area",
        "the developer had not offered enough affordable homes",
        "the council would appeal against the inspector's decision",
        "more than 600 objections had been received",
    ),
    "dev": (
        "construction would begin in the spring",
        "a third of the homes would be sold below market prices",
        "the company had fixed the defects in all but two of the flats",
        "the scheme had been redesigned twice after talks with residents",
    ),
    "agent": (
        "buyers were taking longer to make up their minds",
        "the number of homes for sale had risen by a fifth",
        "asking prices in the town had fallen for a third month",
    ),
    "survey": (
        "valuations were coming in below asking prices",
        "demand from buyers had fallen for a sixth month",
        "the roof of the block needed replacing within five years",
    ),
    "econ": (
        "prices would fall by about 2 per cent this year",
        "the typical first-time buyer now needed a deposit of £38,000",
        "mortgage approvals had risen for a third month",
        "the market would recover once rates began to fall",
    ),
    "broker": (
        "several lenders had cut their fixed rates overnight",
        "borrowers should not rush to lock in a new deal",
        "the average two-year fix had fallen below 5 per cent",
    ),
    "landlord": (
        "the new licensing scheme would push up rents",
        "many landlords were selling up because of rising costs",
        "the rent rise had been the first in four years",
    ),
    "tenant": (
        "the landlord had ignored repeated complaints about mould",
        "rents on the estate had risen by 18 per cent in a year",
        "tenants' groups would support any tenant facing eviction",
        "the eviction notices had been served without warning",
    ),
    "rent": (
        "the rent had gone up by £240 a month",
        "the family had been given two months to leave",
        "the damp had made the children ill",
        "the landlord had refused to fix the boiler all winter",
    ),
    "resident": (
        "the tower would overshadow the primary school",
        "the consultation had been held while most people were on holiday",
        "the new homes would bring hundreds more cars to Orchard Lane",
        "the meadow flooded every winter",
    ),
    "arch": (
        "the design had been changed to keep the old chapel",
        "every flat would have its own balcony",
        "the height of the tower had been cut by four storeys",
    ),
    "safety": (
        "the cladding on the building would have to be replaced",
        "the owner had been given 28 days to fix the fire doors",
        "residents should not have been left in the building",
    ),
    "ha": (
        "repairs to the damp flats would be finished by the spring",
        "the association would rehouse every family on the estate",
        "a survey of all 3,000 homes had begun",
    ),
    "inspector": (
        "the inquiry would sit for twelve days",
        "the scheme would harm the setting of the church",
        "the benefits of the new homes outweighed the harm",
    ),
    "law": (
        "the eviction notice had been served unlawfully",
        "the tenant had a strong case for compensation",
        "the landlord had failed to protect the deposit",
    ),
}

#: Pointed fragments by pool: (what a fragment is said of, the fragment; no apostrophes in the fragment).
FRAGS85: dict[str, tuple[tuple[str, str], ...]] = {
    "minister": (
        ("the scheme", "a model for the whole country"),
        ("the target", "ambitious but achievable"),
        ("the new rules", "the biggest change to planning in a generation"),
    ),
    "shadow": (
        ("the housing plan", "a fantasy"),
        ("the announcement", "a reheated promise"),
        ("the record on building", "shameful"),
    ),
    "council": (
        ("the application", "wholly unacceptable"),
        ("the appeal", "a waste of public money"),
        ("the revised plans", "a real improvement"),
    ),
    "dev": (
        ("the refusal", "deeply disappointing"),
        ("the objections", "based on misinformation"),
        ("the scheme", "exactly what the town needs"),
    ),
    "agent": (
        ("the spring market", "surprisingly busy"),
        ("demand for flats", "patchy"),
        ("the buyers", "cautious but serious"),
    ),
    "survey": (
        ("the damage", "extensive"),
        ("the market", "subdued"),
        ("the state of the roof", "alarming"),
    ),
    "econ": (
        ("the fall in prices", "modest"),
        ("the recovery", "fragile"),
        ("the figures", "better than expected"),
    ),
    "broker": (
        ("the rate cut", "a welcome relief"),
        ("the price war among lenders", "good news for borrowers"),
        ("the new deals", "a step in the right direction"),
    ),
    "landlord": (
        ("the new rules", "a tax on good landlords"),
        ("the licensing fees", "excessive"),
        ("the rent controls", "a disaster for tenants"),
    ),
    "tenant": (
        ("the rent rise", "outrageous"),
        ("the eviction", "cruel and unnecessary"),
        ("the landlord's offer", "an insult"),
    ),
    "rent": (
        ("the rent rise", "impossible"),
        ("the flat", "freezing all winter"),
        ("the notice", "a complete shock"),
    ),
    "resident": (
        ("the tower", "a monstrosity"),
        ("the new estate", "a car park with houses"),
        ("the scheme", "totally out of scale"),
    ),
    "arch": (
        ("the new design", "modest and neighbourly"),
        ("the old plans", "far too tall"),
        ("the chapel", "the heart of the scheme"),
    ),
    "safety": (
        ("the state of the building", "dangerous"),
        ("the fire doors", "wholly inadequate"),
        ("the owner's response", "far too slow"),
    ),
    "ha": (
        ("the conditions on the estate", "unacceptable"),
        ("the repairs", "long overdue"),
        ("the new homes", "a fresh start"),
    ),
    "inspector": (
        ("the harm to the church", "substantial"),
        ("the need for housing", "pressing"),
        ("the design", "poor"),
    ),
    "law": (
        ("the eviction", "unlawful"),
        ("the notice", "defective"),
        ("the landlord's conduct", "appalling"),
    ),
}

#: The objects of `FRAGS85` that take a plural verb (`the objections were "F"`).
PLURALS85 = frozenset(
    {
        "the new rules",
        "the revised plans",
        "the objections",
        "the buyers",
        "the figures",
        "the new deals",
        "the licensing fees",
        "the rent controls",
        "the repairs",
        "the new homes",
        "the fire doors",
        "the old plans",
        "the conditions on the estate",
    }
)

#: Split quotations by pool: (first part, without its comma; second part, lower case, with its stop).
SPLITS85: dict[str, tuple[tuple[str, str], ...]] = {
    "minister": (
        ("We will hit the target", "and we will do it without cutting corners."),
        ("Councils asked for these powers", "and now they have them."),
    ),
    "shadow": (
        ("Ministers can cut all the ribbons they like", "but the waiting lists keep growing."),
        ("Renters have been patient", "but their patience has run out."),
    ),
    "council": (
        ("We want these homes built", "but not at any price."),
        ("The committee looked at every objection", "and it took its time."),
    ),
    "dev": (
        ("We have listened to residents", "and the new plans show it."),
        ("The defects will be fixed", "every one of them."),
    ),
    "econ": (
        ("The market is cooling", "not crashing."),
        ("First-time buyers are still out there", "but they are being squeezed."),
    ),
    "tenant": (
        ("Nobody on this estate is going quietly", "not one family."),
        ("We asked for repairs", "and we got eviction notices."),
    ),
    "resident": (
        ("We are not against housing", "we are against this tower."),
        ("The meadow floods every winter", "and everyone here knows it."),
    ),
    "safety": (
        ("The owner has been warned", "and the warning will not be repeated."),
        ("These buildings are not safe", "and the residents know it."),
    ),
    "ha": (
        ("We let these tenants down", "and we are putting it right."),
        ("The repairs will be finished", "whatever they cost."),
    ),
}


@frozen
class Body85:
    """A body that issues statements: its name at a sentence's start (`The Building Safety Authority`,
    `Larchmont Homes`), the names a key accepts for it, and its kind (`council`, `dev`, `ha`, `lender`,
    `safety`, `tenant`, `resident`, `landlord`, `inspector`)."""

    name: str
    acc: tuple[str, ...]
    kind: str

    @property
    def low(self) -> str:
        """The name inside a sentence: `the Building Safety Authority`, `Larchmont Homes`."""
        return "the " + self.name[4:] if self.name.startswith("The ") else self.name

    @property
    def bare(self) -> str:
        """The name without its article."""
        return self.name[4:] if self.name.startswith("The ") else self.name


BODIES85 = (
    Body85("Brackwater Council", ("Brackwater Council", "council"), "council"),
    Body85("Hollinsford Borough Council", ("Hollinsford Borough Council", "council"), "council"),
    Body85("Ashcombe City Council", ("Ashcombe City Council", "council"), "council"),
    Body85("Larchmont Homes", ("Larchmont Homes", "Larchmont"), "dev"),
    Body85("Quayline Developments", ("Quayline Developments", "Quayline"), "dev"),
    Body85("Redhollow", ("Redhollow",), "dev"),
    Body85("Calderstone", ("Calderstone",), "dev"),
    Body85(
        "Meadowbank Housing Association",
        ("Meadowbank Housing Association", "Meadowbank", "housing association", "association"),
        "ha",
    ),
    Body85("Greystone Homes", ("Greystone Homes", "Greystone"), "ha"),
    Body85(
        "Northmere Building Society",
        ("Northmere Building Society", "Northmere", "building society", "society"),
        "lender",
    ),
    Body85("Hartwell Bank", ("Hartwell Bank", "Hartwell", "bank"), "lender"),
    Body85("Lendrum", ("Lendrum",), "lender"),
    Body85(
        "The Building Safety Authority", ("Building Safety Authority", "authority", "regulator"), "safety"
    ),
    Body85("The Social Housing Regulator", ("Social Housing Regulator", "regulator"), "safety"),
    Body85("The Brackwater Tenants' Union", ("Brackwater Tenants' Union", "union"), "tenant"),
    Body85("The Kilnworth Renters' Alliance", ("Kilnworth Renters' Alliance", "alliance"), "tenant"),
    Body85(
        "The Orchard Lane Residents' Association",
        ("Orchard Lane Residents' Association", "residents' association", "association"),
        "resident",
    ),
    Body85("Save Fenwick Meadows", ("Save Fenwick Meadows", "campaign"), "resident"),
    Body85("The Private Landlords Association", ("Private Landlords Association", "association"), "landlord"),
    Body85("The Planning Appeals Service", ("Planning Appeals Service", "service"), "inspector"),
)

#: Quotations of bodies' statements by kind (no *I*, no apostrophes).
BODYQUOTES85: dict[str, tuple[str, ...]] = {
    "council": (
        "The council will robustly defend its decision at appeal",
        "We are determined to see more affordable homes built in the borough",
        "Every objection was considered carefully before the committee voted",
    ),
    "dev": (
        "We are committed to building the homes this community needs",
        "We will study the decision carefully before deciding our next steps",
        "We are working closely with residents to put this right",
    ),
    "ha": (
        "We are sorry for the distress our tenants have been caused",
        "Our repairs team will visit every affected home this month",
        "We will not comment further while legal proceedings are under way",
    ),
    "lender": (
        "We are pleased to pass lower costs on to our borrowers",
        "We keep our rates under constant review",
        "We want to help more first-time buyers on to the ladder",
    ),
    "safety": (
        "Safety must come before profit in every building we oversee",
        "We will not hesitate to prosecute owners who put residents at risk",
        "Residents are entitled to feel safe in their own homes",
    ),
    "tenant": (
        "Tenants across the city are being pushed out of their homes",
        "We will stand with every family facing eviction",
    ),
    "resident": (
        "This scheme is the wrong building in the wrong place",
        "We will fight this decision all the way",
    ),
    "landlord": (
        "These rules will drive good landlords out of the market",
        "Most landlords treat their tenants fairly and well",
    ),
    "inspector": ("The inquiry will resume after the summer break",),
}

#: Reported clauses of bodies' statements by kind (`it` is the body itself).
BODYCLAUSES85: dict[str, tuple[str, ...]] = {
    "council": (
        "it had refused the application on the grounds of overdevelopment",
        "it would build 1,200 council homes by the end of the decade",
        "the decision had been taken after a full consultation",
        "the scheme had drawn more than 600 objections",
    ),
    "dev": (
        "it would appeal against the refusal",
        "work on the first phase would start within weeks",
        "it had offered to pay for a new health centre",
        "the revised scheme included 140 affordable homes",
    ),
    "ha": (
        "it had offered the family alternative accommodation",
        "all of the mould had been treated by the end of January",
        "it would review the way it handles complaints",
    ),
    "lender": (
        "it would cut its two-year fixed rate to 4.19 per cent from Monday",
        "it was raising the rates on its tracker mortgages",
        "it had lent a record amount to first-time buyers",
        "the new deals would be available from Monday",
        "borrowers with a 10 per cent deposit would pay less",
    ),
    "safety": (
        "it had served an enforcement notice on the owner",
        "the building was safe to occupy while the works went ahead",
        "it would inspect every block of the same design",
        "the owner had missed two deadlines to replace the fire doors",
    ),
    "tenant": (
        "it would picket the landlord's offices on Saturday",
        "more than 300 families had signed up in a month",
    ),
    "resident": (
        "it would seek a judicial review of the decision",
        "it had raised £18,000 to fight the appeal",
    ),
    "landlord": (
        "its members would challenge the licensing scheme in court",
        "the new rules would reduce the supply of homes to rent",
    ),
    "inspector": ("the inquiry would reopen in September",),
}

#: House-price indices and surveys: (the phrase inside a sentence, the names a key accepts, the publisher).
INDEXES85 = (
    (
        "the Northmere house price index",
        ("Northmere house price index", "house price index", "index"),
        "Northmere Building Society",
    ),
    (
        "the monthly index published by Hartwell Bank",
        ("monthly index", "index", "monthly index published by Hartwell Bank"),
        "Hartwell Bank",
    ),
    (
        "a survey of estate agents by Tallis Grange",
        ("survey", "survey of estate agents", "survey of estate agents by Tallis Grange"),
        "Tallis Grange",
    ),
)

#: What an index or survey finds (a clause).
FINDINGS85 = (
    "average prices rose 0.8 per cent in May",
    "the typical home now costs £287,400",
    "prices in the north rose faster than in the south",
    "annual growth slowed to 1.9 per cent",
    "the number of new buyers fell for a fourth month",
)

#: Documents that speak for themselves: (the document at a sentence's start, its names a key accepts).
ASSESSMENTS85 = (
    ("The fire safety assessment", ("fire safety assessment", "assessment")),
    ("The structural survey", ("structural survey", "survey")),
    ("The independent review", ("independent review", "review")),
)

#: What an assessment of a building finds (a clause).
DEFECTS85 = (
    "the cladding on three sides of the block was combustible",
    "fire breaks were missing between the floors",
    "water had been getting into the walls for years",
    "the balconies were unsafe to stand on",
)

#: What an officers' report or an inspector's report recommends or concludes (a subjunctive or finite clause).
RECS85 = (
    "the application be refused",
    "permission be granted subject to 42 conditions",
    "the developer pay £1.2m towards a new school",
    "the scheme be approved with a smaller tower",
)

#: An inspector's conclusion (a clause).
CONCLUSIONS85 = (
    "the harm to the conservation area outweighed the need for housing",
    "the council had been right to refuse permission",
    "the scheme should go ahead",
)

#: Schemes: (the scheme as a noun phrase, the short noun a second mention uses).
SCHEMES85 = (
    ("the 400-home Fenwick Meadows scheme", "the scheme"),
    ("the 22-storey Quayside tower in Brackwater", "the tower"),
    ("the regeneration of the Kilnworth estate", "the regeneration"),
    ("the 180 flats planned for Orchard Lane", "the flats"),
)

#: Ribbon-cuttings: what a minister opens.
OPENINGS85 = (
    "the first homes on the rebuilt Kilnworth estate",
    "40 new council flats in Dunsmere",
    "a block of 96 homes for rent in Marrowby",
)

#: Scenes where briefings are given.
SCENES85 = (
    "Ashcombe town hall",
    "the Fenwick Meadows site",
    "Hollinsford Civic Centre",
    "the Kilnworth estate",
    "a building site in Marrowby",
)

#: Where a public inquiry sits.
VENUES85 = ("Hollinsford Civic Centre", "Brackwater Guildhall", "the Ashcombe Corn Exchange")

#: Where possession claims are heard.
COURTS85 = ("Brackwater County Court", "Hollinsford County Court", "the county court in Ashcombe")

#: Buildings with defects.
BUILDINGS85 = ("Larch House", "Beacon Point", "Caxton Heights")

#: Tenants' homes, as a relative clause (no title).
HOMES85 = (
    "who rents a flat on the Kilnworth estate",
    "who rents a two-bedroom flat in Dunsmere",
    "who rents a terraced house in Marrowby",
)

#: Where a family faces eviction from.
EVICTFROM85 = ("the flat on Tanner Street", "the house in Marrowby", "Marlow Court")

OUTLETS85 = ("the Brackwater Echo", "Radio Hollinsford", "the Property Chronicle", "Homes Weekly")

DATES85 = ("Monday", "3 April", "Thursday", "17 October", "Saturday")

TOWNS85 = ("Brackwater", "Hollinsford", "Ashcombe", "Dunsmere", "Marrowby")

#: Tenants' and residents' occupations: (the phrase after *a*, the role noun a title holds).
JOBS85 = (
    ("nurse", "nurse"),
    ("bus driver", "bus driver"),
    ("teaching assistant", "teaching assistant"),
    ("warehouse worker", "warehouse worker"),
    ("hairdresser", "hairdresser"),
    ("retired teacher", "teacher"),
)

#: Narrative sentences that report nothing.
NARRATIVE85 = (
    "Bulldozers moved on to the Fenwick Meadows site at first light on Tuesday.",
    "The last families left the Kilnworth estate in March.",
    "Scaffolding has covered the front of Beacon Point since the spring.",
    "The planning committee met for almost five hours.",
    "Forty homes on Tanner Street changed hands last year.",
    "Cranes have stood idle over the Quayside site since the winter.",
)

#: Names and words in marks that nobody says.
SCHEMENAMES85 = ("Riverside Quarter", "The Maltings", "Harbour Gate")
NICKS85 = ("the Toaster", "the Filing Cabinet", "the Wedge")
TITLES85 = ("Room to Grow", "Foundations for the Future", "The Broken Ladder")
POLICIES85 = ("First Key", "Rent Smart", "Homes Within Reach")
BANNERS85 = ("Homes Not Profits", "Save Our Meadow", "No to the Tower")
SHOWS85 = ("Bricks and Mortar", "Under the Hammer", "Flip It")

#: Scare terms in marks: (the term, the rest of the sentence after `The so-called "TERM"`).
SCARE85 = (
    ("affordable", "flats will be let at 80 per cent of market rents"),
    ("luxury", "penthouses on the top floors have been on sale since the spring"),
    ("poor door", "entrance at the back of the block is used only by social tenants"),
)

#: Open cue verbs of a reported clause (*warned*, *cautioned* and *maintained* take their clause with *that*
#: only, since their clause's subject reads as their object, *maintained repairs*: `CUES85` minus those three
#: is `BARECUES85`, for a clause without *that*).
CUES85 = (
    "insisted",
    "warned",
    "conceded",
    "acknowledged",
    "stressed",
    "confirmed",
    "admitted",
    "maintained",
    "cautioned",
    "argued",
    "claimed",
    "predicted",
)
BARECUES85 = tuple(c for c in CUES85 if c not in ("warned", "cautioned", "maintained"))

#: Cue verbs after a fronted clause (`C, NAME CUE.`).
FRONTCUES85 = ("said", "insisted", "argued", "added", "warned", "conceded")

#: What a tenant lost: (the sentence part after NAME, with `{poss}` for *her* or *his*).
LOSSES85 = (
    "was served with an eviction notice on {date}",
    "saw {poss} rent rise by £300 a month in January",
    "has been living with black mould in {poss} flat since the winter",
)

#: What a campaigner accuses a developer of, and a tenants' organiser accuses landlords of (the words in marks
#: after *of*).
ACCUSE85 = {
    "dev": ("putting profit before people", "riding roughshod over residents", "ignoring the flood risk"),
    "tenant": ("profiteering", "exploiting the shortage of homes", "treating tenants as cash machines"),
}

#: What a landlord's letter says (a clause).
LETTERS85 = (
    "the rent would rise by 22 per cent from June",
    "the tenancy would end on 30 September",
    "the flat was being sold with vacant possession",
)

#: What a district judge rules at a possession hearing (a clause).
JUDGE85 = (
    "the landlord had followed the correct procedure",
    "the family must leave the property within 14 days",
    "the possession claim would be adjourned until the repairs were done",
)

#: Leaseholders facing bills for defects: quotations (no apostrophes) and clauses.
LEASEQUOTES85 = (
    "We bought these flats in good faith",
    "I cannot sell and I cannot afford to stay",
    "Nobody will tell us who is paying for the repairs",
)
LEASECLAUSES85 = (
    "the bills would bankrupt families on every floor",
    "nobody had warned buyers about the cladding",
    "the flats had become impossible to sell",
)

#: What a developer says of a building it put up (a clause; `it` is the developer).
BUILTCLAUSES85 = (
    "it had met the building rules in force at the time",
    "it would pay for the remedial works",
    "it was not responsible for the later alterations",
)

#: What a petition states (no *I*, no apostrophes).
PETITIONS85 = (
    "We call on the council to refuse this application",
    "We oppose any building on Fenwick Meadows",
    "We ask the developer to withdraw the plans for the tower",
)

#: What an inspector asks a witness (the clause after *whether*) and what the witness answers.
INQQUESTIONS85 = (
    "the tower could be seen from the churchyard",
    "residents had been consulted on the final design",
    "the flood risk had been modelled",
)
INQANSWERS85 = (
    "Yes, from the west end of it",
    "Not on the final design, no",
    "It was, and the model is in our evidence",
)
