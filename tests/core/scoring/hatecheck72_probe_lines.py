"""The hatecheck72 probe (issue 8): identity groups the group lexicon did not know, so
every derogation of them went unflagged: nationalities and peoples named by a plural that
names only people ("libyans", "somalians", "kenyans", "aboriginals"), by an adjective-like
name used bare as a plural ("the japanese", "vietnamese"), or by an everyday word that is
also a group ("natives", "travellers", "dwarfs"), and disabilities and bodies
("amputees", "paraplegics"), in the shapes known groups are caught in: dehumanising
comparisons, negative attributes, hate expressed, calls for harm or exclusion and
questions carrying the claim; and the clean lines in the same words that must stay clean
(neutral and kind mentions, the words in their ordinary senses, negations,
counter-speech and reports). Written before any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # plural names that name only people
    "libyans are animals", "somalians are vermin", "tunisians are disgusting",
    "i hate egyptians", "kenyans should all be deported", "moroccans are filthy parasites",
    "colombians are a plague on this country", "cubans are subhuman",
    "ghanaians make me sick", "aboriginals are animals", "amputees are disgusting",
    "paraplegics are a burden on society", "get rid of the hondurans",
    "are venezuelans even human?", "i can't stand chechens",
    "guatemalans don't belong here", "cambodians are worthless",
    "ugandans are savages", "somalians should go back where they came from",
    # adjective-like names used bare as a plural
    "japanese are animals", "the japanese are vermin", "vietnamese are disgusting",
    "i hate the vietnamese", "the congolese should be deported", "nepalese are subhuman",
    "kill all the lebanese", "the taiwanese are parasites",
    "the sudanese are a disease",
    # everyday words that are also groups
    "natives are animals", "the natives are savages and always will be",
    "travellers are vermin", "i hate travellers, they are filthy thieves",
    "dwarfs are disgusting", "dwarves are subhuman freaks",
    "travellers should be driven out of every town",
)

TUNE_CLEAN: tuple[str, ...] = (
    # neutral and kind mentions
    "the japanese make great cars", "libyans voted in large numbers this year",
    "my neighbours are kenyans and they are lovely", "i love visiting the vietnamese coast",
    "aboriginals have lived here for tens of thousands of years",
    "amputees can compete in the paralympics", "colombians are so friendly",
    "natives of the island fish for a living", "the congolese team played well",
    # the words in ordinary senses
    "travellers at the airport are stressed", "japanese food is amazing",
    "the dwarfs in the hobbit are greedy", "white dwarfs are dense dead stars",
    "the natives in this game are so annoying", "vietnamese coffee is disgusting lol",
    "japanese trains are never late", "travellers cheques are a pain to cash",
    "the dwarfs in my campaign are stubborn idiots",
    # negations, counter-speech, reports, questions
    "libyans are not animals", "the japanese are not vermin",
    "saying travellers are vermin is disgusting", "it is racist to call natives animals",
    "he said somalians are subhuman and got banned",
    "nobody should say kenyans are animals",
    "stop calling aboriginals savages", "i don't hate egyptians at all",
    "amputees are not a burden on anyone",
    "why do people think dwarfs are freaks? they are not",
    "my post said 'moroccans are parasites' as an example of hate speech",
    "i hate travelling with the japanese tour groups, so slow",
    "the vietnamese restaurant is filthy",
    "honestly i hate the natives level in that game",
)

TUNE_SWEARING: tuple[str, ...] = (
    "holy shit the japanese grand prix was insane",
    "damn these kenyan runners are fucking fast",
    "fuck yeah, libya won the match",
    "shit, my flight with the travellers group got cancelled",
    "this vietnamese pho is fucking amazing",
    "hell yeah the natives dlc is out",
)
