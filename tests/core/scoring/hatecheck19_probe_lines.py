"""The hatecheck19 probe (issue 8): the shapes hatecheck18 left (a group's "place",
a lower form of life, the next group member I see, fuck every group, nobody likes,
group smell, death 2 group, never hire) with clean contrasts. Tuning lines, written
before any rule code was read. kind = the shape.
"""

from __future__ import annotations

# (hostile, kind, text)
PROBE: tuple[tuple[bool, str, str], ...] = (
    # a group's place
    (True, "place", "women belong in the kitchen"),
    (True, "place", "a wife's place is in the kitchen"),
    (True, "place", "women should stay at home where they belong"),
    (True, "place", "girls belong at home not in parliament"),
    (True, "place", "the place for women is the kitchen"),
    (False, "place", "my place is in the home tonight"),
    (False, "place", "the pans belong in the kitchen"),
    (False, "place", "women belong in every boardroom"),
    (False, "place", "she is at home in the kitchen"),
    (False, "place", "saying women belong in the kitchen is sexist"),
    # lower form of life
    (True, "lower", "muslims are a lower form of life"),
    (True, "lower", "black people are a lesser form of human"),
    (True, "lower", "trans people are a lower life form"),
    (True, "lower", "immigrants are subhuman lowlifes"),
    (False, "lower", "bacteria are a lower form of life"),
    (False, "lower", "nobody is a lower form of life"),
    (False, "lower", "calling gays a lower form of life is vile"),
    # the next group member I see
    (True, "next", "I'm going to punch the next muslim I see"),
    (True, "next", "I will shoot the next gay guy I meet"),
    (True, "next", "the next immigrant I see is getting stabbed"),
    (True, "next", "gonna kill the next jew I see"),
    (False, "next", "I'm going to catch the next bus I see"),
    (False, "next", "I'll hug the next refugee I meet"),
    (False, "next", "I'm going to kill the next boss I see"),
    # fuck every group
    (True, "fuck_all", "fuck every muslim"),
    (True, "fuck_all", "fuck all gay people"),
    (True, "fuck_all", "fuck all the jews"),
    (True, "fuck_all", "fuck every single trans person"),
    (False, "fuck_all", "fuck every single bug in this game"),
    (False, "fuck_all", "fuck all of this lag"),
    (False, "fuck_all", "I did fuck all today"),
    # nobody likes / smell
    (True, "nobody", "nobody likes muslims"),
    (True, "nobody", "no one likes trans people"),
    (True, "smell", "indians smell"),
    (True, "smell", "immigrants stink"),
    (False, "nobody", "nobody likes mondays"),
    (False, "smell", "my socks smell"),
    # death 2 / never hire
    (True, "death", "death 2 muslims"),
    (True, "death", "death to all gays"),
    (True, "hire", "never hire a woman"),
    (True, "hire", "don't ever hire muslims"),
    (False, "hire", "I'd never hire a plumber again"),
    (False, "death", "death to the final boss"),
)
