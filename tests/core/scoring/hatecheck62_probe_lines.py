"""The hatecheck62 probe (issue 8): a named identity group denied rights or worth in a
rhetorical question ("why are muslims even allowed to vote?", "why should trans people
have any rights?", "what good are immigrants anyway?") or promised a comeuppance as a
veiled threat ("the jews will get what they deserve", "one day the immigrants will
pay"), and the clean lines in the same words that must stay clean (the same forms about
things, teams and firms, real questions, counter-speech and reports). Written before any
rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # a rhetorical question denying rights
    "why are muslims even allowed to vote?", "why are women even allowed to drive?",
    "why are gay people even allowed to adopt?", "why are refugees even allowed to work here?",
    "why should trans people have any rights?", "why should immigrants have any rights at all?",
    "why do jews even have rights?", "why should disabled people have any rights",
    "why are black people even allowed to own property?",
    "why should women even be allowed to vote?", "why are trans people even allowed to teach?",
    "honestly why are immigrants even allowed to vote",
    # a rhetorical question denying worth
    "what good are immigrants anyway?", "what good are women anyway",
    "what good are refugees anyway?",
    "what good are disabled people anyway?", "what good are muslims to anyone?",
    "seriously, what good are gay people anyway?",
    # comeuppance as a veiled threat
    "the jews will get what they deserve", "muslims will get what they deserve",
    "trans people are gonna get what they deserve", "the gays will get what they deserve soon",
    "one day the immigrants will pay", "one day refugees will pay", "the muslims will pay",
    "black people will pay one day", "women will pay for this", "the jews are going to pay",
    "refugees will pay dearly", "trust me, immigrants will pay",
    "the gays will regret it", "disabled people will regret it soon enough",
    "muslims will regret it one day", "one day the trans people will regret it",
    "mark my words, jews will get what they deserve",
)

TUNE_CLEAN: tuple[str, ...] = (
    # the same forms about things, teams and firms
    "why should bots have any rights?", "why are bots even allowed to vote in polls?",
    "why are pigeons even allowed in the station?", "what good are umbrellas anyway?",
    "what good are participation trophies anyway?", "why should robots have any rights",
    "the team will get what they deserve: a trophy", "one day the bank will pay",
    "the landlord will pay for the repairs", "our sponsors will get what they deserve",
    "the thieves will pay for this", "the devs will regret it when the patch drops",
    "you will regret it if you skip leg day", "the winners will get what they deserve",
    # real questions
    "why are immigrants allowed to vote in some local elections?",
    "why do women have fewer rights in some countries?",
    "what rights do refugees have when they arrive?", "are trans people allowed to serve now?",
    "will immigrants pay more tax under the new plan?",
    # immigrants, women and others paying or getting in the plain sense
    "immigrants will pay into the pension system", "women will get what they deserve: equal pay",
    "refugees will pay less for the bus now", "muslims will pay zakat during ramadan",
    # counter-speech and reports
    "saying the jews will get what they deserve is vile",
    "he asked why muslims are even allowed to vote and got banned",
    "people who ask what good are immigrants anyway are bigots",
    "nobody should say refugees will pay",
    "my uncle says immigrants will pay one day, he's a racist",
    "asking why trans people should have any rights is disgusting",
    "black people will not pay for your mistakes", "gay people won't regret it, love wins",
    "women deserve every right men have",
)

TUNE_SWEARING: tuple[str, ...] = (
    "holy shit that was close", "fuck yeah we won", "damn this coffee is good",
    "shit, i left the oven on", "fucking finally the patch is out", "well that was a shitshow lmao",
)
