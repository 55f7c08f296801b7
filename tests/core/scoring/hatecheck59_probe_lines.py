"""The hatecheck59 probe (issue 8): a named identity group said to need removing,
stopping or dealing with, a passive call for its removal in verbs no older line holds
("jews must be stopped", "immigrants need to be removed from this country", "every
muslim has to be dealt with", "i met some trans people today. they should be erased"),
and the clean lines in the same words that must stay clean (things and problems, people
no one is protected as, the group as the object of a preposition, counter-speech,
reports, negations, questions, and the group cared for or dealt with fairly). Written
before any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # the group as subject, a modal and a passive removal verb
    "jews must be stopped", "immigrants need to be removed", "muslims have to be dealt with",
    "trans people should be erased", "gay people must be eliminated",
    "black people need to be driven out", "women should be silenced",
    "disabled people need to be got rid of", "mexicans must be expelled",
    "refugees should be banished", "chinese people must be rooted out",
    "the gays need to be stamped out", "indians should be cleared out of this town",
    # a quantifier or determiner before the group
    "all muslims must be removed", "every jew has to be stopped",
    "these immigrants need to be dealt with", "those trans freaks must be crushed",
    "each and every refugee should be expelled",
    # a tail of where, when or how much
    "immigrants must be removed from this country", "muslims should be removed from society",
    "jews need to be stopped at all costs", "gay people must be dealt with once and for all",
    "black people should be driven out for good", "women need to be silenced now",
    "trans people must be eliminated, all of them",
    # the group named before, a pronoun as subject
    "i met some muslims today. they should be removed",
    "polish people moved in next door, they need to be dealt with",
    "have you seen all the refugees in town? they must be stopped",
    "jews run the banks. they have to be stopped",
    # the writer's conviction around the call
    "honestly immigrants need to be removed", "i think muslims must be stopped",
    "frankly trans people need to be erased", "gays must be stopped before it's too late",
    "the jews must be dealt with",
    "fucking immigrants need to be removed",
)

TUNE_CLEAN: tuple[str, ...] = (
    # things and problems
    "this bug must be removed", "the spam needs to be dealt with", "the leak has to be stopped",
    "old posts should be removed from the channel", "the virus must be eliminated",
    "that rule should be erased from the wiki", "racism must be stopped",
    "hate speech needs to be removed from this platform",
    # people no one is protected as
    "bullies must be stopped", "cheaters need to be removed from ranked",
    "the spammers should be banished", "that troll has to be dealt with",
    # the group as the object of a preposition or a possessive
    "violence against women must be stopped", "attacks on jews have to be stopped",
    "hate against muslims needs to be removed", "the abuse of disabled people must be stopped",
    "discrimination against trans people should be eliminated",
    # counter-speech, reports and quotes
    "saying immigrants must be removed is disgusting",
    "he said muslims should be expelled and got banned",
    "the post claiming jews must be stopped was deleted",
    "people who think gays should be erased are vile",
    '"black people need to be driven out" is a nazi slogan',
    # negations and questions
    "immigrants must not be removed", "no one thinks refugees should be expelled",
    "why should trans people be erased?", "women will never be silenced",
    "gay people shouldn't be removed from history books",
    # the group cared for, dealt with fairly, or stopped for a reason of its own
    "refugees need to be dealt with fairly and humanely",
    "immigrants should be removed from the waiting list once they get their visa",
    "the women's team must be stopped, they are unbeatable",
    "muslims must be protected", "jews need to be heard",
)

TUNE_SWEARING: tuple[str, ...] = (
    "holy shit this bug needs to be removed", "fuck yeah the lag got dealt with",
    "damn that boss has to be stopped lol", "shit, the old map was removed",
    "hell yes they removed the paywall", "this patch is fucking great",
)
