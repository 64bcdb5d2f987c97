"""Head words of the names of facilities and sites ('the Kestrel Point Ferry Terminal',
'Millbrook Bus Depot', 'the Harrow Cider Press', 'Ashcombe Lighthouse').

Input: none (data). Output: :data:`FACILITY_WORDS`, lower-case words. A name of two or more
capitalised words ending in one names a body a person works for, like a company's name ending
in a trade word (:data:`quotex.lexicon.titles.COMPANY_WORDS`): a title's affiliation (*NAME of the
Millbrook Bus Depot*, *NAME (Harrow Cider Press)*, *Depot Manager NAME*). Unlike a trade word it
does not make the name an organisation's entity by itself (:mod:`quotex.mentions.kinds`): a
facility's name is often the place of an event (*a fire at Thornbury Station*) or a paper's
(*the Asbury Park Press*), which a later *it* or *they* should not pick.

Written for quotex from the heads of WordNet 3.0's nouns under *facility, installation*
(airport, depot, dock, plant, station, terminal, works, yard), *workplace, work* (brewery,
dairy, distillery, hatchery, mill, quarry, refinery, shipyard, smelter; *foundry* is a trade
word already) and the
buildings and structures that name a working site (abbey, lighthouse, observatory, reservoir,
kiln, ropeway, press); checked by hand. Left out: heads that are mostly a town's or a district's
name (*harbour*, *port*, *bay*, *point*, *pier*) and first names (*marina*); a surname among them
(*Mill*, *Plant*, *Press*, *Abbey*) is a person's after a first name, as for the trade words.
Round 30 (main): more workshops of a trade (*bindery*, *cannery*, *tannery*, *pottery*,
*workshop*, *forge*) and the recurring events a body runs, whose names credit their staff as a
body's do (*festival*, *regatta*, *trials*: *NAME (Kellsand Kite Festival):*, *director of the
Lammerside Sheepdog Trials*). Round 31 (main): WordNet's closed compounds of *works* (*glassworks*,
*gasworks*, ...; *ironworks* and *steelworks* are trade words already), *apiary*, a fire *lookout*
and the sheds of vehicles (*garage*, *hangar*, *boathouse*: WordNet's *facility* and *outbuilding*).
"""

from __future__ import annotations

FACILITY_WORDS = frozenset(
    """
    abbey airfield airport aquarium bakery bindery boatyard brewery cannery colliery creamery
    dairy depot distillery dock docks dockyard farm festival forge granary hatchery kiln
    lighthouse mill observatory plant pottery press priory quarry refinery regatta reservoir
    ropeway sawmill shipyard smelter station tannery terminal trials vineyard warehouse wharf
    winery workshop works yard zoo
    brickworks gasworks glassworks waterworks apiary lookout garage hangar boathouse
    """.split()
)
