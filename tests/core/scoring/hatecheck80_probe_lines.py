"""The hatecheck80 probe (issue 8): a call to expel or wipe out a named identity group with
a verb of expulsion or extermination no older line reads bare ("deport the muslims",
"expel all jews", "eradicate the immigrants", "purge the gays", "deport the french"),
ordered, called for ("we should ...", "time to ...") or given as the writer's opinion;
and the clean lines in the same words that must stay clean (history and reports, things
and people who are no group, negations, questions about policy, counter-speech and
quotes), and friendly swearing. Written before any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # the verb ordered bare at a named group
    "deport the muslims", "deport the immigrants", "expel all muslims", "expel the jews",
    "eradicate all muslims", "eradicate the gays", "purge the jews",
    "purge all the immigrants", "banish the muslims", "exile all the jews",
    "annihilate the jews", "eliminate all muslims", "eliminate the refugees",
    "just deport the fucking immigrants already", "expel every muslim you see",
    "deport the muslims from this country", "expel all jews from europe",
    "purge the trans people from our town",
    # a nation named by its bare adjective
    "deport the french", "eradicate the japanese", "expel the chinese",
    "banish the irish", "purge the dutch",
    # called for, or the writer's opinion
    "we should deport the muslims", "we need to expel all the jews",
    "someone needs to eradicate the immigrants", "time to purge the gays",
    "i think we should banish the muslims", "we must eliminate the jews",
    "lets deport all the mexicans", "honestly we should exile the refugees",
    "somebody pls eradicate the blacks", "we gotta purge the muslims and be done with it",
    "i say we deport the chinese", "we should just annihilate the gays",
)

TUNE_CLEAN: tuple[str, ...] = (
    # history and reported speech
    "the nazis deported the jews", "france expelled the jesuits in 1764",
    "spain expelled the jews in 1492", "stalin deported the chechens",
    "he said we should deport the muslims", "my uncle keeps saying expel the immigrants",
    # things and people who are no group
    "eradicate the bug", "expel the student", "purge the cache",
    "deport the spy in among us", "eliminate the enemy team", "banish the demons",
    "exile the traitor", "annihilate the boss in one shot", "purge the old logs",
    "eradicate poverty", "eliminate the japanese team in the quarter final",
    "purge the muslim ban from the books",
    # negations
    "we should never deport the muslims", "don't expel the immigrants",
    "nobody should eradicate the jews",
    # questions about policy
    "should illegal immigrants be deported?", "should we deport the refugees?",
    "why would anyone want to expel the jews?",
    # counter-speech and quotes
    "saying 'deport the muslims' is hateful", "people who want to eradicate the jews are monsters",
    "stop saying we should purge the gays", "\"expel all muslims\" is a disgusting thing to say",
    "i'm sick of idiots who say deport the immigrants",
    # support and neutral mentions
    "we should welcome the refugees", "we should protect the muslims",
    "deportation of immigrants is a hot topic",
)

TUNE_SWEARING: tuple[str, ...] = (
    "fuck yeah we won the final", "shit, that burrito was huge", "damn this song slaps",
    "holy fuck the view up here", "well shit, i overslept again", "this game is fucking great lol",
)
