"""Slot fillers of the sixty-fifth held-out round (``heldout65.py``), a round of ANALYSIS AND EXPLAINERS,
heavy on indirect speech: invented people of many origins (with their gender and an age), roles with their
affiliations (policy institutes, banks, ministries, port authorities, universities, unions, an invented
country, Vellmar, and its towns), bodies, groups of unnamed sources with the names a key accepts for them,
policies under discussion, reported clauses, quotations, pointed fragments, scare terms, book titles,
outlets and explainer headings.

Every name, body, place and sentence here was written for this round; the people, places and bodies are
invented.
"""

from __future__ import annotations

from attrs import frozen
from heldout_kit import Mark, Person

#: Straight and curly double marks.
MARKS65 = (Mark('"', '"'), Mark("\u201c", "\u201d"))

WOMEN65 = (
    Person("Helena Marwick", "Marwick", "f", "English", 52),
    Person("Priya Venkataraman", "Venkataraman", "f", "Tamil", 44),
    Person("Sofia Bellandi", "Bellandi", "f", "Italian", 39),
    Person("Nadia Karimova", "Karimova", "f", "Uzbek", 47),
    Person("Yaa Boateng", "Boateng", "f", "Akan", 41),
    Person("Ingrid Solheim", "Solheim", "f", "Norwegian", 58),
    Person("Rachel Okonkwo", "Okonkwo", "f", "Igbo", 36),
    Person("Camille Dufresne", "Dufresne", "f", "French", 49),
    Person("Lucia Ferreira", "Ferreira", "f", "Portuguese", 55),
    Person("Aisha Bakare", "Bakare", "f", "Yoruba", 43),
    Person("Marta Kowalczyk", "Kowalczyk", "f", "Polish", 38),
    Person("Fiona Dunleavy", "Dunleavy", "f", "Irish", 61),
    Person("Hana Novakova", "Novakova", "f", "Czech", 46),
    Person("Leila Haddad", "Haddad", "f", "Lebanese", 50),
    Person("Joanna Whitcombe", "Whitcombe", "f", "English", 57),
    Person("Elif Demirtas", "Demirtas", "f", "Turkish", 42),
)
MEN65 = (
    Person("Tobias Lindqvist", "Lindqvist", "m", "Swedish", 48),
    Person("Rahul Deshmukh", "Deshmukh", "m", "Marathi", 45),
    Person("Marco Santangelo", "Santangelo", "m", "Italian", 53),
    Person("Daniel Achterberg", "Achterberg", "m", "Dutch", 40),
    Person("Kwame Asante-Darko", "Asante-Darko", "m", "Akan", 59),
    Person("Piotr Zielinski", "Zielinski", "m", "Polish", 37),
    Person("Samuel Okereke", "Okereke", "m", "Igbo", 44),
    Person("Julien Morvan", "Morvan", "m", "French", 51),
    Person("Andrew Pemberton", "Pemberton", "m", "English", 63),
    Person("Hiroshi Tanabe", "Tanabe", "m", "Japanese", 56),
    Person("Ravi Subramaniam", "Subramaniam", "m", "Tamil", 42),
    Person("Diego Carvalho", "Carvalho", "m", "Portuguese", 39),
    Person("Conor Mulcahy", "Mulcahy", "m", "Irish", 47),
    Person("Stefan Brodsky", "Brodsky", "m", "Czech", 54),
    Person("Omar Khalidi", "Khalidi", "m", "Lebanese", 46),
    Person("Mehmet Arslanoglu", "Arslanoglu", "m", "Turkish", 50),
)
#: Women and men interleaved, so that consecutive indices alternate gender.
PEOPLE65 = tuple(p for pair in zip(WOMEN65, MEN65, strict=True) for p in pair)


@frozen
class Role65:
    """A post with its body: the noun, the preposition and the body as written after a name (with the
    body's own article), the article the post takes there, the short reference a story uses later and the
    parts a title must contain."""

    noun: str
    prep: str
    body: str
    art: str
    short: str

    @property
    def after(self) -> str:
        """`chief economist at the X`: the role between commas after a name."""
        return f"{self.art}{self.noun} {self.prep} {self.body}"

    @property
    def bare_body(self) -> str:
        """The body without its leading article."""
        return self.body[4:] if self.body.startswith("the ") else self.body

    @property
    def pre(self) -> str:
        """`X chief economist`: the role written before a name, its body first."""
        return f"{self.bare_body} {self.noun}"

    @property
    def parts(self) -> tuple[str, str]:
        return (self.noun, self.bare_body)


ROLES65 = (
    Role65("chief economist", "at", "the Corvane Policy Institute", "", "the economist"),
    Role65("senior fellow", "at", "the Tressel Foundation", "a ", "the senior fellow"),
    Role65("director", "of", "the Harrowgate Centre for Fiscal Studies", "", "the director"),
    Role65("professor of public policy", "at", "Ostrand University", "a ", "the professor"),
    Role65("head of research", "at", "Brannock Bank", "", "the researcher"),
    Role65("chair", "of", "the Kelby Port Authority", "", "the chair"),
    Role65("deputy governor", "of", "the Central Bank of Vellmar", "", "the deputy governor"),
    Role65("lecturer in economics", "at", "the University of Saltmoor", "a ", "the lecturer"),
    Role65("president", "of", "the Dunmere Chamber of Commerce", "", "the president"),
    Role65("general secretary", "of", "the Harbour Workers' Union", "", "the union leader"),
    Role65("mayor", "of", "Lowther Bay", "", "the mayor"),
    Role65("research director", "at", "the Pellham Trust", "", "the research director"),
    Role65("transport spokesperson", "for", "the Civic Alliance", "", "the spokesperson"),
    Role65("senior analyst", "at", "Northgate Capital", "a ", "the analyst"),
    Role65("finance minister", "of", "Vellmar", "", "the minister"),
    Role65("policy director", "at", "the Ashby Water Forum", "", "the policy director"),
)

#: Bodies that speak or are mentioned, with the names a key accepts for them.
BODIES65 = (
    ("the Audit Office of Vellmar", ("Audit Office of Vellmar", "the Audit Office of Vellmar")),
    ("the Regional Planning Board", ("Regional Planning Board", "the Regional Planning Board")),
    ("Brannock Bank", ("Brannock Bank",)),
    ("the Kelby Port Authority", ("Kelby Port Authority", "the Kelby Port Authority")),
    ("the Corvane Policy Institute", ("Corvane Policy Institute", "the Corvane Policy Institute")),
    ("the Ministry of Coastal Affairs", ("Ministry of Coastal Affairs", "the Ministry of Coastal Affairs")),
    ("Northgate Capital", ("Northgate Capital",)),
    ("the Tressel Foundation", ("Tressel Foundation", "the Tressel Foundation")),
)

#: Groups of unnamed sources (plural verbs), with the names a key accepts: the head noun and the phrase.
GROUPS65 = (
    ("critics of the reform", ("critics", "critics of the reform")),
    ("supporters of the plan", ("supporters", "supporters of the plan")),
    ("economists at Brannock Bank", ("economists", "economists at Brannock Bank")),
    ("people familiar with the talks", ("people familiar with the talks", "people")),
    (
        "officials at the Ministry of Coastal Affairs",
        ("officials", "officials at the Ministry of Coastal Affairs"),
    ),
    ("some analysts", ("some analysts", "analysts")),
    ("opposition lawmakers", ("opposition lawmakers", "lawmakers")),
    ("residents of Lowther Bay", ("residents", "residents of Lowther Bay")),
    (
        "two people briefed on the negotiations",
        ("two people briefed on the negotiations", "two people", "people"),
    ),
    ("port operators", ("port operators", "operators")),
)

#: Policies under discussion (with their article).
TOPICS65 = (
    "the port levy",
    "the water tariff reform",
    "the northern rail extension",
    "the fishing quota deal",
    "the pension overhaul",
    "the housing grant scheme",
    "the new fuel duty",
    "the border trade pact",
    "the coastal flood plan",
    "the transit fare freeze",
)

#: Reported clauses: no comma, no name, no reporting verb.
CLAUSES65 = (
    "the levy would drive cargo to rival ports",
    "the reform had been rushed through without proper costing",
    "households on fixed incomes would bear most of the cost",
    "the budget gap was far wider than the government admitted",
    "the scheme could pay for itself within a decade",
    "smaller towns had been left out of the planning",
    "the forecasts relied on growth that might never arrive",
    "ministers had underestimated the cost of borrowing",
    "the deal gave the fishing fleet too little time to adjust",
    "the central bank would hold rates steady until the spring",
    "rents in coastal towns had risen faster than wages",
    "the rail extension would cut journey times by a third",
    "the pension changes would hit part-time workers hardest",
    "the treaty left the hardest questions for later",
    "tax receipts had fallen short for a third year",
    "the grants were reaching wealthier districts first",
    "the harbour could lose its busiest shipping line",
    "inflation would ease more slowly than markets expected",
    "the council had no money set aside for repairs",
    "the new duty would raise far less than forecast",
    "the reform was a sensible first step",
    "the plan would need broad support to survive",
    "the negotiators were closer to a deal than either side admitted",
    "the water network was decades behind on maintenance",
    "the tariff would fall hardest on farmers in the south",
    "the agency lacked the staff to enforce the new rules",
    "the cuts would leave rural clinics short of nurses",
    "the quota system rewarded the largest fleets",
    "the housing shortage would worsen before it improved",
    "the government would struggle to pass the bill this year",
    "exports had held up better than anyone predicted",
    "the new rules would take years to show results",
    "the flood defences had been built for a milder century",
    "commuters would switch to cars if fares kept rising",
)

#: Direct quotations: one sentence each, without its closing punctuation.
QUOTES65 = (
    "We are asking coastal towns to carry a cost the capital would never accept",
    "Nobody has shown me a credible plan for paying the interest",
    "The numbers only work if every optimistic assumption comes true",
    "This is the first budget in years that treats the harbour as an asset",
    "We warned about this two winters ago and nobody listened",
    "If the fleet shrinks any further the villages will empty out",
    "I would rather be slow and right than fast and wrong",
    "There is no version of this deal that keeps everyone happy",
    "Families cannot plan their lives around a tariff that changes every spring",
    "The reform buys time but it does not buy a solution",
    "Our members have already absorbed three years of rising costs",
    "We built the network for a town of ten thousand and it now serves forty",
)

#: Pointed fragments a speaker calls something (no sentence).
FRAGS65 = (
    "a gamble",
    "a reset",
    "a fig leaf",
    "long overdue",
    "a tax on distance",
    "a slow-motion crisis",
    "a sticking plaster",
    "the wrong fix at the wrong time",
    "a blank cheque",
    "a genuine turning point",
    "reckless",
    "a quiet retreat",
)

#: Scare terms and nicknames nobody says.
SCARE65 = (
    "harbour tax",
    "blue corridor",
    "grey pension",
    "ghost quota",
    "fare cliff",
    "flood dividend",
)

#: Book and report titles.
BOOKS65 = (
    "The Price of Harbours",
    "Counting the Tide",
    "After the Boom Years",
    "A Ledger for Small Towns",
    "The Quiet Treasury",
    "Where the Rails End",
)

#: Outlets a source speaks to.
OUTLETS65 = ("the Kelby Courier", "the Vellmar Ledger", "Radio Saltmoor", "the Dunmere Evening Post")

#: Towns of Vellmar.
TOWNS65 = ("Lowther Bay", "Kestrin", "Ambleford", "Port Hallam", "Dunmere", "Saltmoor")

#: When a report was made.
WHENS65 = ("on Tuesday", "last week", "in March", "on Monday", "earlier this year", "on Thursday")

#: Narrative sentences of the writer (no source).
NARRATIVE65 = (
    "The measure goes to a vote next month.",
    "The government has set aside two years for the change.",
    "Parliament is due to debate the bill in the autumn.",
    "The first payments are expected in January.",
    "The proposal has been redrafted twice since it was unveiled.",
    "Shipping volumes fell by a fifth last year.",
)
