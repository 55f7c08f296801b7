"""The hatecheck42 probe (issue 8): a list of judging words before a person or an identity
group ("these stupid, ignorant people", "those lazy, dirty immigrants", "filthy,
disgusting gays", "that ugly, fat loser"), and an identity group taken up by a pronoun
after a comma, a dash or a question mark ("those trans people, they are all sick",
"muslims, they're all terrorists", "women - they are so useless", "immigrants? they are
animals"); and the clean lines in the same words that must stay clean (a list before a
thing or a time, a group taken up for news or praise, negation, counter-speech, quotes
and reported speech). Written before any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # a list of judging words before people or a group
    "these stupid, ignorant people", "those lazy, dirty immigrants", "filthy, disgusting gays",
    "that ugly, fat loser", "look at these dumb, useless women", "all these greedy, sneaky jews",
    "those smelly, lazy refugees again", "these dirty, violent muslims everywhere",
    "those pathetic, worthless trans people", "ugly, stupid feminists ruin everything",
    "such lazy, useless mexicans", "filthy and disgusting arabs", "that dumb, ugly bitch",
    "these ignorant, backwards immigrants", "those disgusting, perverted gays",
    "these lazy, ignorant black people", "this fat, lazy slob", "those nasty, dirty lesbians",
    # a group taken up by a pronoun after a comma, a dash or a question mark
    "those trans people, they are all sick", "muslims, they're all terrorists",
    "women - they are so useless", "immigrants? they are animals", "jews, they are all greedy",
    "gays, they are disgusting", "refugees - they're parasites", "black people, they are so lazy",
    "feminists, they are all ugly", "mexicans? they're criminals", "arabs, they are savages",
    "women, they are too stupid to vote", "the muslims, they are vermin",
    "trans women, they're freaks", "immigrants - they're filthy", "lesbians, they are all gross",
    "disabled people, they're useless",
)

TUNE_CLEAN: tuple[str, ...] = (
    # a list of judging words before a thing, a time or an animal
    "these stupid, annoying bugs", "those lazy, sunny afternoons",
    "his stupid, racist, moronic comments", "this dumb, boring movie",
    "those filthy, disgusting dishes in the sink", "that ugly, old couch has to go",
    "these dirty, smelly socks", "those stupid, pointless meetings",
    "this filthy, disgusting weather", "that lazy, slow wifi again",
    # a group taken up by a pronoun for news, praise or a plain fact
    "muslims, they celebrate eid this week", "women - they are so underrated in esports",
    "immigrants? they are welcome here", "jews, they have a holiday today",
    "gays, they are just people like us", "refugees - they need our help",
    "black people, they deserve respect", "trans people, they are valid",
    "feminists, they have a point sometimes", "arabs, they are so hospitable",
    "mexicans? they make the best tacos",
    # negation, counter-speech, quotes and reported speech
    "the muslims, they are not terrorists", "women, they are not stupid, stop saying that",
    "calling gays filthy, disgusting people is wrong",
    "stop calling immigrants lazy, dirty people",
    "he called them \"lazy, dirty immigrants\" and got banned",
    "she said those lazy, dirty immigrants were ruining it, which is racist",
    "people say muslims, they're all terrorists, but that is a lie",
    "he keeps saying \"women, they are useless\" and it's gross",
    "it is wrong to say jews, they are all greedy",
    "nobody should call trans people sick, disgusting freaks",
    "my grandpa still says immigrants - they're animals, and i hate it",
)

TUNE_SWEARING: tuple[str, ...] = (
    "holy shit that was a sick play", "fuck yeah we won", "damn this coffee is strong as hell",
    "shit, my battery died again", "fucking finally, patch day", "well that went to shit lol",
)
