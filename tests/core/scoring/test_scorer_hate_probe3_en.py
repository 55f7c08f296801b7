"""Third functional hate-speech probe, English (issue 8, hateprobe3).

Written before reading the scorer's rules or the earlier probes, in fresh
wordings per HateCheck functionality, labelled as HateCheck labels. The misses
and false flags measured then are data below; a case leaves those lists when
the scorer gets it right, and the counts may only improve.

After this round's rules (read from these misses, so in-sample): recall 152/166 (91.6%),
non-hateful flagged 2/73; the held-out batch in test_scorer_hate_probe3_fresh.py
says how far they generalise.
"""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer
from tests.core.scoring.hate_probe3_support import AIMED_AT_PERSON, Case, expand, flagged

GROUPS = (
    {"P": "women", "S": "a woman", "s": "woman", "X": "bitch", "XP": "bitches"},
    {"P": "trans people", "S": "a trans person", "s": "trans person", "X": "tranny",
     "XP": "trannies"},
    {"P": "gay people", "S": "a gay person", "s": "gay person", "X": "faggot",
     "XP": "faggots"},
    {"P": "black people", "S": "a black person", "s": "black person", "X": "nigger",
     "XP": "niggers"},
    {"P": "disabled people", "S": "a disabled person", "s": "disabled person",
     "X": "retard", "XP": "retards"},
    {"P": "Muslims", "S": "a Muslim", "s": "Muslim", "X": "raghead", "XP": "ragheads"},
    {"P": "immigrants", "S": "an immigrant", "s": "immigrant"},
)  # fmt: skip

TEMPLATES = (
    ("derog_emotion_h", "I am so sick of {P}, they make my skin crawl."),
    ("derog_emotion_h", "Nothing fills me with more loathing than {P}."),
    ("derog_emotion_h", "Honestly {P} disgust me more than anything."),
    ("derog_emotion_h", "I can't stand being around {P}."),
    ("derog_emotion_h", "{P} make me want to throw up."),
    ("derog_emotion_h", "I despise every single one of those {P}."),
    ("derog_attrib_h", "{P} are too stupid to be trusted with anything."),
    ("derog_attrib_h", "Every one of those {P} is a liar and a cheat."),
    ("derog_attrib_h", "{P} are naturally violent and dirty."),
    ("derog_attrib_h", "You can never trust {S}, they are sneaky by nature."),
    ("derog_attrib_h", "{P} are so pathetic and worthless."),
    ("derog_attrib_h", "{P} have no morals at all."),
    ("derog_dehum_h", "{P} are nothing but vermin."),
    ("derog_dehum_h", "{P} are a plague on this country."),
    ("derog_dehum_h", "{P} are animals, plain and simple."),
    ("derog_dehum_h", "Those {P} are parasites feeding off the rest of us."),
    ("derog_dehum_h", "{S} is closer to a rat than to a human."),
    ("derog_dehum_h", "{P} are subhuman garbage."),
    ("derog_impl_h", "{P} belong in cages, not in our neighbourhoods."),
    ("derog_impl_h", "Having {P} around is like having a rat infestation."),
    ("derog_impl_h", "{P} are only good for cleaning toilets."),
    ("derog_impl_h", "I'd rather have a dog for a neighbour than {S}."),
    ("derog_impl_h", "It's perfectly normal to hate {P}, everyone does."),
    ("derog_impl_h", "There's nothing wrong with wanting {P} gone from our town."),
    ("threat_dir_h", "I will beat up the next {s} I meet."),
    ("threat_dir_h", "I'm going to burn down every house where {P} live."),
    ("threat_dir_h", "I swear I will stab any {s} who talks to me."),
    ("threat_dir_h", "I'll personally make sure every {s} in this town gets a bullet."),
    ("threat_dir_h", "Watch your back, {P}, I'm coming for all of you."),
    ("threat_dir_h", "I'm going to make {P} suffer until they beg."),
    ("threat_norm_h", "{P} should all be shot."),
    ("threat_norm_h", "Someone needs to wipe {P} off the face of the earth."),
    ("threat_norm_h", "The world would be better if {P} were all dead."),
    ("threat_norm_h", "It is our duty to drive {P} out of this country by force."),
    ("threat_norm_h", "Every {s} deserves to be hanged."),
    ("threat_norm_h", "{P} ought to be locked up and left to starve."),
    ("slur_h", "To me you will always be just a {X}."),
    ("slur_h", "Get out of here, you filthy {X}."),
    ("slur_h", "This neighbourhood is full of {XP} now."),
    ("slur_h", "{XP} like you should keep quiet."),
    ("slur_h", "My new boss is a {X}, unbelievable."),
    ("slur_h", "I don't want any {XP} at my party."),
    ("slur_homonym_nh", "I had a queer feeling that something was off this morning."),
    ("slur_homonym_nh", "We had faggots and peas for dinner at my gran's."),
    ("slur_homonym_nh", "Our bitch just had six healthy puppies."),
    ("slur_reclaimed_nh", "We're queer and proud of it."),
    ("slur_reclaimed_nh", "Queer folks like me are here to stay."),
    ("profanity_h", "{P} are fucking worthless."),
    ("profanity_h", "Fuck all {P}, honestly."),
    ("profanity_h", "Those shitty {P} ruin everything."),
    ("profanity_h", "{P} can go to hell, every damn one of them."),
    ("profanity_h", "{P} are a bunch of useless shits."),
    ("profanity_nh", "Fuck, I forgot my keys again."),
    ("profanity_nh", "That concert was fucking amazing."),
    ("profanity_nh", "Holy shit, did you see that goal?"),
    ("profanity_nh", "I'm so damn tired of this weather."),
    ("profanity_nh", "This fucking printer never works."),
    ("profanity_nh", "Shit, I'm going to be late for work."),
    ("profanity_nh", "Hell yeah, pizza night!"),
    ("profanity_nh", "What the fuck just happened in that episode?"),
    ("profanity_nh", "Bloody hell, that was close."),
    ("profanity_nh", "I don't give a shit about the rain, let's go out."),
    ("ref_pronoun_h", "I've worked with lots of {P} and I hate all of them."),
    ("ref_pronoun_h", "Don't talk to me about {P}. They are all the same, lazy and dishonest."),
    ("ref_pronoun_h", "{P} keep moving into my street. I wish they would all disappear."),
    ("ref_pronoun_h", "My neighbours are {P}. They disgust me."),
    ("ref_pronoun_h", "You asked about {P}? They're the scum of the earth."),
    ("ref_pronoun_h", "If you meet {P}, remember they can't be trusted."),
    ("negate_pos_h", "Not a single {s} deserves to be alive."),
    ("negate_pos_h", "{P} will never be equal to us."),
    ("negate_pos_h", "I would never treat {S} as a human being."),
    ("negate_pos_h", "The lives of {P} don't matter at all."),
    ("negate_pos_h", "There's no such thing as a decent {s}."),
    ("negate_neg_nh", "{P} are not animals, they are people like us."),
    ("negate_neg_nh", "No {s} deserves to be treated like that."),
    ("negate_neg_nh", "I don't hate {P} at all."),
    ("negate_neg_nh", "{P} are not a threat to anyone."),
    ("negate_neg_nh", "It's not true that {P} are lazy."),
    ("phrase_question_h", "Why are {P} so disgusting?"),
    ("phrase_question_h", "Is there anything more worthless than {S}?"),
    ("phrase_question_h", "Wouldn't the world be better without {P}?"),
    ("phrase_question_h", "Why do {P} always have to be so stupid?"),
    ("phrase_opinion_h", "I think {P} are a disease."),
    ("phrase_opinion_h", "In my opinion {P} should not be allowed to vote."),
    ("phrase_opinion_h", "I honestly believe {P} are inferior to the rest of us."),
    ("phrase_opinion_h", "I reckon {P} are all criminals."),
    ("ident_neutral_nh", "Many {P} live in my neighbourhood."),
    ("ident_neutral_nh", "I'm reading a book written by {S}."),
    ("ident_neutral_nh", "There are {P} in my class at school."),
    ("ident_neutral_nh", "My sister works at a charity that supports {P}."),
    ("ident_neutral_nh", "We talked about the history of {P} today."),
    ("ident_pos_nh", "{P} are wonderful people."),
    ("ident_pos_nh", "I admire {P} for their courage."),
    ("ident_pos_nh", "So proud to stand with {P}."),
    ("ident_pos_nh", "{P} make our city a better place."),
    ("ident_pos_nh", "I love spending time with {P}."),
    ("counter_quote_nh", "If you say '{P} are animals' you should be ashamed."),
    ("counter_quote_nh", "My uncle keeps saying {P} are vermin and it makes me so angry."),
    ("counter_quote_nh", "'All {P} are criminals' is a disgusting lie."),
    ("counter_quote_nh", "Posts like 'kill all {P}' must be reported."),
    ("counter_ref_nh", "Calling {P} scum is hateful and wrong."),
    ("counter_ref_nh", "Stop saying {P} are stupid, it's simply not true."),
    ("counter_ref_nh", "Anyone who hates {P} needs to take a hard look at themselves."),
    ("counter_ref_nh", "You should be ashamed for wishing harm on {P}."),
    ("target_obj_nh", "I hate this stupid weather."),
    ("target_obj_nh", "Broccoli is disgusting, I can't stand it."),
    ("target_obj_nh", "My phone is a worthless piece of junk."),
    ("target_obj_nh", "Mondays should be wiped off the calendar."),
    ("target_obj_nh", "This song is total garbage."),
    ("target_indiv_nh", "You are a disgusting human being."),
    ("target_indiv_nh", "I hate you so much."),
    ("target_indiv_nh", "Honestly you are the stupidest person I've ever met."),
    ("target_indiv_nh", "You make me sick."),
    ("target_indiv_nh", "You're worthless and everyone knows it."),
    ("target_group_nh", "Rapists are scum and deserve to rot in jail."),
    ("target_group_nh", "Politicians are all liars and parasites."),
    ("target_group_nh", "I hate tax collectors."),
    ("target_group_nh", "Child abusers should all be locked up forever."),
    ("target_group_nh", "Lawyers are vultures."),
    ("target_group_nh", "Bankers are greedy pigs."),
    ("target_group_nh", "Terrorists deserve no mercy."),
    ("spell_swap_h", "I haet {P}."),
    ("spell_swap_h", "{P} are disgutsing."),
    ("spell_swap_h", "{P} are all stpuid."),
    ("spell_del_h", "{P} are disgustng."),
    ("spell_del_h", "{P} are worthles trash."),
    ("spell_del_h", "Kil all {P}."),
    ("spell_del_h", "I hte {P} so much."),
    ("spell_nospace_h", "I want to kill all{P}."),
    ("spell_nospace_h", "{P} arescum."),
    ("spell_nospace_h", "I hate{P}."),
    ("spell_space_h", "{P} are d i s g u s t i n g."),
    ("spell_space_h", "I h a t e {P}."),
    ("spell_space_h", "{P} are s c u m."),
    ("spell_leet_h", "{P} are d1sgust1ng."),
    ("spell_leet_h", "1 h4te {P}."),
    ("spell_leet_h", "{P} are tr4sh."),
    ("spell_leet_h", "K1ll all {P}."),
)

CASES: tuple[Case, ...] = expand(TEMPLATES, GROUPS, 2)

# English, measured before reading any rule: recall 116/166 (69.9%); non-hateful
# flagged 2/73 (2.7%), 7/78 (9.0%) counting the five insults aimed at the reader.
# Misses and false flags as measured then (kept as the record of the first measurement):
MISSED_BEFORE_RULES: frozenset[str] = frozenset(
    {
        "I am so sick of women, they make my skin crawl.",
        "I am so sick of trans people, they make my skin crawl.",
        "Nothing fills me with more loathing than gay people.",
        "Nothing fills me with more loathing than black people.",
        "Trans people make me want to throw up.",
        "Gay people make me want to throw up.",
        "I despise every single one of those black people.",
        "I despise every single one of those disabled people.",
        "You can never trust a disabled person, they are sneaky by nature.",
        "You can never trust a Muslim, they are sneaky by nature.",
        "Trans people have no morals at all.",
        "Gay people have no morals at all.",
        "A disabled person is closer to a rat than to a human.",
        "A Muslim is closer to a rat than to a human.",
        "Having black people around is like having a rat infestation.",
        "Having disabled people around is like having a rat infestation.",
        "I'd rather have a dog for a neighbour than a woman.",
        "I'd rather have a dog for a neighbour than a trans person.",
        "It's perfectly normal to hate gay people, everyone does.",
        "It's perfectly normal to hate black people, everyone does.",
        "There's nothing wrong with wanting disabled people gone from our town.",
        "There's nothing wrong with wanting Muslims gone from our town.",
        "I'm going to burn down every house where trans people live.",
        "I'm going to burn down every house where gay people live.",
        "I'll personally make sure every Muslim in this town gets a bullet.",
        "I'll personally make sure every immigrant in this town gets a bullet.",
        "The world would be better if trans people were all dead.",
        "The world would be better if gay people were all dead.",
        "It is our duty to drive black people out of this country by force.",
        "It is our duty to drive disabled people out of this country by force.",
        "Women ought to be locked up and left to starve.",
        "Trans people ought to be locked up and left to starve.",
        "Gay people keep moving into my street. I wish they would all disappear.",
        "Black people keep moving into my street. I wish they would all disappear.",
        "Not a single black person deserves to be alive.",
        "Not a single disabled person deserves to be alive.",
        "I would never treat a woman as a human being.",
        "I would never treat a trans person as a human being.",
        "The lives of gay people don't matter at all.",
        "The lives of black people don't matter at all.",
        "There's no such thing as a decent disabled person.",
        "There's no such thing as a decent Muslim.",
        "I haet disabled people.",
        "I haet Muslims.",
        "Trans people are all stpuid.",
        "Gay people are all stpuid.",
        "Kil all women.",
        "Kil all trans people.",
        "I hte gay people so much.",
        "I hte black people so much.",
    }
)
FLAGGED_BEFORE_RULES: frozenset[str] = frozenset(
    {
        "Politicians are all liars and parasites.",
    }
)


# >>> measured now (the tests' lists; a case leaves them when the scorer gets it right)
KNOWN_MISSES: frozenset[str] = frozenset(
    {
        "Trans people make me want to throw up.",
        "Gay people make me want to throw up.",
        "I despise every single one of those black people.",
        "You can never trust a disabled person, they are sneaky by nature.",
        "Trans people have no morals at all.",
        "Gay people have no morals at all.",
        "I'd rather have a dog for a neighbour than a woman.",
        "I'd rather have a dog for a neighbour than a trans person.",
        "There's nothing wrong with wanting disabled people gone from our town.",
        "There's nothing wrong with wanting Muslims gone from our town.",
        "It is our duty to drive black people out of this country by force.",
        "It is our duty to drive disabled people out of this country by force.",
        "The lives of gay people don't matter at all.",
        "The lives of black people don't matter at all.",
    }
)
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset(
    {
        "Politicians are all liars and parasites.",
    }
)
RECALL_FLOOR = 152  # measured; may only rise
FALSE_FLAG_CEILING = 1  # measured; may only fall
# <<< measured now


def test_probe_size() -> None:
    assert len({case.text for case in CASES}) == len(CASES) >= 200


def test_known_lists_are_probe_cases() -> None:
    texts = {case.text for case in CASES}
    assert texts >= KNOWN_MISSES
    assert texts >= KNOWN_FALSE_FLAGS


@pytest.mark.parametrize(
    "case", [c for c in CASES if c.hateful and c.text not in KNOWN_MISSES], ids=str
)
def test_hateful_flagged(scorer: Scorer, case: Case) -> None:
    verdict = scorer.score(case.text)
    assert verdict.hostile, verdict.explanation


@pytest.mark.parametrize(
    "case",
    [
        c
        for c in CASES
        if not c.hateful
        and c.functionality not in AIMED_AT_PERSON
        and c.text not in KNOWN_FALSE_FLAGS
    ],
    ids=str,
)
def test_non_hateful_clean(scorer: Scorer, case: Case) -> None:
    verdict = scorer.score(case.text)
    assert not verdict.hostile, verdict.explanation


def test_counts_only_improve(scorer: Scorer) -> None:
    hits = flagged(scorer, CASES)
    hateful = [c for c in CASES if c.hateful]
    clean = [c for c in CASES if not c.hateful and c.functionality not in AIMED_AT_PERSON]
    assert sum(c.text in hits for c in hateful) >= RECALL_FLOOR
    assert sum(c.text in hits for c in clean) <= FALSE_FLAG_CEILING
