"""Slot fillers of the fifty-seventh held-out round (``heldout57.py``), a round of POLITICS AND ELECTIONS:
invented candidates, legislators, party leaders, spokespeople, campaign staff and pollsters (with a gender and
an age), invented parties, states, districts, seats and towns, pollsters and outlets, straight and curly
double marks, campaign quotations, reported clauses, pointed fragments, accusations, poll findings, and the
marked words nobody says (slogans, chants, bill names, poll questions, advert titles, party names).

Every name, body, place and sentence here was written for this round; the people, parties, places and bodies
are invented.
"""

from __future__ import annotations

from heldout_kit import Mark, Person

#: Straight and curly double marks.
MARKS57 = (Mark('"', '"'), Mark("\u201c", "\u201d"))

WOMEN57 = (
    Person("Margit Vellacott", "Vellacott", "f", "x", 52),
    Person("Rosalind Achterberg", "Achterberg", "f", "x", 47),
    Person("Delphine Okonjo-Hale", "Okonjo-Hale", "f", "x", 44),
    Person("Imogen Strathairn", "Strathairn", "f", "x", 39),
    Person("Beatrix Lindqvist", "Lindqvist", "f", "x", 61),
    Person("Lucinda Farrowby", "Farrowby", "f", "x", 56),
    Person("Henrietta Quarshie", "Quarshie", "f", "x", 48),
    Person("Priyanka Deshmane", "Deshmane", "f", "x", 41),
    Person("Marisol Etxeberri", "Etxeberri", "f", "x", 58),
    Person("Tamsin Pellowe", "Pellowe", "f", "x", 36),
    Person("Giselle Haverkamp", "Haverkamp", "f", "x", 63),
    Person("Oona Kilbride", "Kilbride", "f", "x", 45),
)
MEN57 = (
    Person("Cormac Delahunt", "Delahunt", "m", "x", 54),
    Person("Desmond Achebe-Ward", "Achebe-Ward", "m", "x", 49),
    Person("Fergus Ballantyne", "Ballantyne", "m", "x", 60),
    Person("Leopold Wyndham-Cole", "Wyndham-Cole", "m", "x", 43),
    Person("Ambrose Okafor-Lisle", "Okafor-Lisle", "m", "x", 57),
    Person("Thaddeus Penrose", "Penrose", "m", "x", 38),
    Person("Rupert Ellingham", "Ellingham", "m", "x", 66),
    Person("Casimir Nowacki", "Nowacki", "m", "x", 51),
    Person("Evander Mackintosh", "Mackintosh", "m", "x", 46),
    Person("Lorcan Tierney", "Tierney", "m", "x", 42),
    Person("Ignatius Obuya", "Obuya", "m", "x", 59),
    Person("Bartholomew Skeffington", "Skeffington", "m", "x", 62),
)
PEOPLE57 = tuple(p for pair in zip(WOMEN57, MEN57, strict=True) for p in pair)

#: Campaign staff, spokespeople, moderators and pollsters (never the candidates).
STAFF57 = (
    Person("Annika Thorsby", "Thorsby", "f", "x", 33),
    Person("Winifred Calloway", "Calloway", "f", "x", 41),
    Person("Noor Hadfield", "Hadfield", "f", "x", 35),
    Person("Clementine Aubry", "Aubry", "f", "x", 44),
    Person("Jasper Quennell", "Quennell", "m", "x", 37),
    Person("Horatio Bexley", "Bexley", "m", "x", 52),
    Person("Silas Ferreira-Dunn", "Ferreira-Dunn", "m", "x", 29),
    Person("Mortimer Gaskin", "Gaskin", "m", "x", 48),
)

#: Invented parties (written after *the*).
PARTIES57 = ("Green Alliance", "Civic Union", "Liberty Party", "National Reform Party", "Social Labour Party")
#: Short party tags for a Westminster-style bracket, with the party they stand for.
TAGS57 = (
    ("GA", "Green Alliance"),
    ("CU", "Civic Union"),
    ("Lib", "Liberty Party"),
    ("SLP", "Social Labour Party"),
)
#: Invented states or provinces, districts and seats.
STATES57 = ("Westmarch", "Eastvale", "Calder", "Lower Brenna", "Harrowmere")
SEATS57 = ("Saltmere North", "Kelby Cross", "Dunmarrow East", "Briarport and Tolle", "Fenwick Hollow")
#: Invented towns.
TOWNS57 = (
    "Saltmere",
    "Kelby Cross",
    "Dunmarrow",
    "Briarport",
    "Fenwick Hollow",
    "Ashcombe Vale",
    "Marrowgate",
)
#: Invented pollsters: (as written after *by*, bare name, short name before *poll*).
POLLSTERS57 = (
    ("the Linden Institute", "Linden Institute", "Linden"),
    ("Carrow Research", "Carrow Research", "Carrow"),
    ("the Halvard Centre for Public Opinion", "Halvard Centre for Public Opinion", "Halvard"),
    ("Meridian Polling", "Meridian Polling", "Meridian"),
)
#: Invented outlets (as written, bare).
OUTLETS57 = (
    ("the Briarport Ledger", "Briarport Ledger"),
    ("Radio Calder", "Radio Calder"),
    ("the Westmarch Sentinel", "Westmarch Sentinel"),
)
#: Invented unions and groups that endorse.
UNIONS57 = ("Ferry Workers' Union", "Calder Teachers' Federation", "Westmarch Nurses' Association")
DAYS57 = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday")

#: Campaign quotations (no final punctuation).
QUOTES57 = (
    "We are going to fix the ferries before we fix anything else",
    "Nobody in this county should wait two years for a hip operation",
    "I did not come into politics to manage decline",
    "The people of this district deserve a representative who shows up",
    "This budget was written for donors and not for voters",
    "We will cut the toll on the river bridge in our first hundred days",
    "I have never taken a penny from the quarry companies",
    "Every vote in this race will be counted, and counted properly",
    "Our opponents have had twelve years and nothing to show for it",
    "You cannot run a province on slogans",
    "I will not raise the sales tax, full stop",
    "The polls were wrong last time and they will be wrong again",
    "Turnout is the whole game now",
    "We knocked on forty thousand doors this month",
    "Voters here are tired of being taken for granted",
    "Tonight the voters have spoken, and I accept their verdict",
)
#: Reported clauses (no final stop; no pronouns).
CLAUSES57 = (
    "the ring road would be finished within four years",
    "the party had raised more money in March than in all of last year",
    "the rail fare freeze would be paid for by closing a tax loophole",
    "no decision on a coalition would be made before the count",
    "the county's schools had been underfunded for a decade",
    "the campaign would open twelve new field offices before polling day",
    "the debate format favoured the incumbent",
    "turnout in the northern wards had been unusually low",
    "the proposed boundary changes were unfair to rural voters",
    "the minimum wage should rise with inflation every year",
    "the water board should be brought back under public control",
    "the early returns looked encouraging",
)
#: Pointed fragments for `called X "F"` and `said X was "F"`.
FRAGS57 = (
    "a disgrace",
    "reckless",
    "a fantasy budget",
    "deeply cynical",
    "a betrayal of rural voters",
    "dishonest",
    "a cheap stunt",
    "a historic mistake",
)
#: What a politician says another did, in marks (`said OTHER had "lied"`).
DEEDS57 = ("lied", "misled voters", "broken every promise", "run away from the debates", "cooked the books")
#: Accusations (`accused OTHER of ACT`).
ACTS57 = (
    "lying about the deficit",
    "ducking the televised debates",
    "misleading voters on the toll plan",
    "hiding the cost of the stadium deal",
    "taking money from the quarry lobby",
)
#: Claims about another (`According to A, OTHER CLAIM.`).
CLAIMS57 = (
    "had privately opposed the ring road",
    "had missed half of the budget votes",
    "had promised the same hospital twice",
    "had never set foot in the northern wards",
)
#: Election-night reactions.
RESULTS57 = (
    "a disgrace",
    "a triumph for ordinary voters",
    "a wake-up call",
    "deeply disappointing",
    "a clear mandate",
    "a humbling night",
)
#: How a pollster may sum up a race (`said the race was "F"`).
RACES57 = ("too close to call", "a dead heat", "tightening fast", "a two-horse race")
#: Poll findings (a clause).
FINDINGS57 = (
    "54 percent of likely voters back the ring road",
    "the race for governor is within the margin of error",
    "fewer than a third of voters can name their state senator",
    "support for the toll cut has fallen by nine points since June",
    "two in five voters have not yet made up their minds",
)
#: Poll questions (quoted as the poll's text).
QUESTIONS57 = (
    "Should the Saltmere bypass be built?",
    "Do you approve of the way the governor is handling the budget?",
    "Is the province heading in the right direction?",
)
#: Slogans on signs and banners, chants, bill names, advert titles and party names in marks.
SLOGANS57 = (
    "Fix the Ferries",
    "Four More Years",
    "Clean Water for Calder",
    "Bring Back the Night Bus",
    "Not for Sale",
)
CHANTS57 = ("Count every vote", "No more tolls", "We want Westmarch", "Out, out, out")
BILLS57 = ("Clean Rivers Act", "Fair Rents Bill", "Open Ballot Act", "Rural Broadband Act")
ADVERTS57 = ("Morning in Marrowgate", "The Bridge", "Promises, Promises", "Who Pays?")
NEWPARTIES57 = ("New Dawn", "Forward Together", "Common Ground")
#: Narrative sentences that report nothing.
NARRATIVE57 = (
    "Polls opened at 7 a.m., and queues formed outside the library by eight.",
    "The two candidates shook hands before the debate began.",
    "Turnout in the first round was 61 percent.",
    "The count ran past midnight in the sports hall.",
    "Campaign buses lined the square outside the town hall.",
)
#: Staff roles.
STAFFROLES57 = (
    "communications director",
    "campaign manager",
    "press secretary",
    "deputy campaign manager",
    "field director",
    "policy director",
)
#: Debate topics.
TOPICS57 = ("the toll plan", "the ring road", "rail fares", "the water board", "school funding")
