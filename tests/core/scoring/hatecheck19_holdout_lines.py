"""The hatecheck19 held-back batch (issue 8): fresh wording of the shapes hatecheck18
left, with clean contrasts, written before any rule code was read and counted only at
the start and at the end of the round. kind = the shape.
"""

from __future__ import annotations

# (hostile, kind, text)
HOLDOUT: tuple[tuple[bool, str, str], ...] = (
    # a group's place
    (True, "place", "girls belong in the kitchen"),
    (True, "place", "a woman belongs at home"),
    (True, "place", "women need to get back in the kitchen"),
    (True, "place", "a female's place is behind the stove"),
    (True, "place", "women belong barefoot and pregnant"),
    (True, "place", "muslims belong in cages"),
    (True, "place", "immigrants belong in camps"),
    (False, "place", "the plates belong in the cupboard"),
    (False, "place", "my place is at home with my kids"),
    (False, "place", "women belong in science too"),
    (False, "place", "he belongs in the hall of fame"),
    (False, "place", "the idea that women belong in the kitchen is outdated"),
    # lower / lesser form
    (True, "lower", "jews are a lesser form of life"),
    (True, "lower", "disabled people are a lower kind of human"),
    (True, "lower", "gays are a lower species"),
    (True, "lower", "refugees are a lesser breed"),
    (True, "lower", "black people are lesser humans"),
    (False, "lower", "worms are a lower form of life"),
    (False, "lower", "a lower form of the disease"),
    (False, "lower", "no group is a lesser form of human"),
    # the next group member I see
    (True, "next", "I'm gonna beat up the next gay I see"),
    (True, "next", "I will stab the next muslim I meet"),
    (True, "next", "I'll shoot the next immigrant that walks past"),
    (True, "next", "the next trans person I see gets a beating"),
    (True, "next", "going to run over the next jew I see"),
    (False, "next", "I'm gonna grab the next train I see"),
    (False, "next", "I will kill the next zombie I see"),
    (False, "next", "I'll help the next immigrant I meet"),
    (False, "next", "I'm going to buy the next game I see"),
    # fuck all / every group
    (True, "fuck_all", "fuck every refugee"),
    (True, "fuck_all", "fuck all muslims"),
    (True, "fuck_all", "fuck every last one of the jews"),
    (True, "fuck_all", "fuck all disabled people"),
    (True, "fuck_all", "fuck every black person"),
    (False, "fuck_all", "fuck every single lag spike"),
    (False, "fuck_all", "fuck all of these loading screens"),
    (False, "fuck_all", "we got fuck all done today"),
    (False, "fuck_all", "fuck every boss in this dungeon"),
    # nobody likes
    (True, "nobody", "nobody likes jews"),
    (True, "nobody", "no one wants immigrants here"),
    (True, "nobody", "no one likes gay people"),
    (True, "nobody", "nobody wants disabled people around"),
    (False, "nobody", "nobody likes the new patch"),
    (False, "nobody", "no one likes traffic"),
    (False, "nobody", "nobody likes losing"),
    # smell
    (True, "smell", "muslims smell"),
    (True, "smell", "black people stink"),
    (True, "smell", "refugees smell like garbage"),
    (True, "smell", "gypsies reek"),
    (False, "smell", "the onions smell"),
    (False, "smell", "dogs smell really well"),
    (False, "smell", "this kitchen stinks"),
    # death 2 / numbers and symbols
    (True, "death", "death 2 jews"),
    (True, "death", "death to immigrants"),
    (True, "death", "d3ath to muslims"),
    (True, "death", "k1ll all gays"),
    (True, "death", "death 2 all trans people"),
    (False, "death", "death 2 the patch notes"),
    (False, "death", "death to spam"),
    (False, "death", "k1ll the boss first"),
    # never hire
    (True, "hire", "never hire a muslim"),
    (True, "hire", "don't hire women"),
    (True, "hire", "never ever hire black people"),
    (True, "hire", "I would never hire a gay man"),
    (True, "hire", "don't ever rent to immigrants"),
    (False, "hire", "never hire a contractor without references"),
    (False, "hire", "don't hire that agency"),
    (False, "hire", "I'd never hire my cousin again"),
    (False, "hire", "people who never hire women are sexist"),
    # counter-speech quoting the shapes
    (False, "counter", "'fuck every muslim' is a disgusting thing to say"),
    (False, "counter", "people who say nobody likes jews are bigots"),
    (False, "counter", "stop saying immigrants smell"),
    (False, "counter", "he said women belong in the kitchen and got banned"),
    # friendly swearing
    (False, "profanity_nh", "fuck all of this, gg"),
    (False, "profanity_nh", "holy shit the next round is hype"),
    (False, "profanity_nh", "fucking every round is lagging"),
    (False, "profanity_nh", "fuck every single one of those shots was insane"),
    # neutral mentions
    (False, "neutral", "the next muslim holiday is in march"),
    (False, "neutral", "nobody hires faster than that startup"),
    (False, "neutral", "women in the home office are working late"),
    (False, "neutral", "refugees smell the sea from the camp"),
)
