"""Table tests for the hatecheck16 round (issue 8): HateCheck's spelling variations and
exclusion shapes, fixed at the depth of the rules and tables that read them ("never date"
a group, a two-word group name read whole before an order or a place, a group kept away
from children or schools, "not allowed in here", four-letter group names with two letters
swapped, more core hate words read misspelled, an everyday word spaced out read whole,
pests as animal subjects, "is a rat", "sub human", "a better place without", "scourge",
"deathto"/"killall" run together, "better if all women were dead", "killing all", "are
ugly", "have no brains").
The lines are fresh: written after each change, never seen by it. English only: the
shapes and tables changed are English."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer

HOSTILE = [
    # a two-word group's name read from its first word (HateCheck11Rules._hc11_group_ending)
    "keep trans women away from kids",
    "keep trans women out of our schools",
    "all trans women should be ashamed of themselves",
    "keep black women out of our neighbourhood",
    "gay men should be ashamed of themselves",
    # "never date" a group (HateCheck15Rules' NEVER_WITH)
    "never date a jew",
    "never date an immigrant",
    "you should never date a trans girl",
    "never date a muslim man",
    "I would never date a disabled person",
    # a group kept away from children or schools (HateCheck15Rules' KEEP_OUT)
    "keep muslims away from schools",
    "keep immigrants away from our schools",
    "keep jews away from children",
    "keep the gays away from my kids",
    "keep trans people away from kids",
    # "not allowed in here" (HateProbe6Rules._shut_out)
    "jews are not allowed in here",
    "muslims not allowed in here",
    "trans people are not allowed around here",
    "black people are not allowed over here",
    "gay people are not allowed in here",
    # a four-letter group name with two letters swapped (lexicon_typos)
    "jwes control everything",
    "gyas are freaks",
    "lbgt people are sick",
    "I hate gyas",
    "jwes are rats",
    # core hate words misspelled (the typo_core cues)
    "I dspise gays",
    "detah to muslims",
    "jews are a plgue",
    "i depise immigrants",
    "deaht to all trans people",
    # an everyday word spaced out is read whole (matching._segment)
    "d e a t h to jews",
    "gays are a p l a g u e",
    "immigrants should be d e p o r t e d",
    "women are d i s g u s t i n g",
    "muslims are t e r r o r i s t s",
    # "is a rat" said outright of a person
    "this guy is such a rat",
    "the ref is a rat",
    "he is a rat and a liar",
    "that man is a rat",
    "she is such a rat",
    # lexicon lines: "sub human", "trannys", text-speak, "lesser humans"
    "immigrants are sub human",
    "gays are sub-human",
    "jews are sub humans",
    "trannys should die",
    "trannys are freaks",
    "go back to ur country immigrant",
    "muslims are lesser humans",
    "black people are lesser humans",
    # "a better place without" a group, as "better without"
    "the country would be a better place without muslims",
    "this town would be a better place without immigrants",
    "earth would be a better place without gay people",
    "the world would be a far better place without jews",
    "society would be a better place without trans people",
    # a group called a scourge
    "muslims are the scourge of europe",
    "gays are a scourge",
    "immigrants are a scourge on this country",
    "jews are the scourge of humanity",
    "trans people are a scourge",
    # a two-word threat on a hate word run together (spelling7.joined_words)
    "deathto jews",
    "killall the gays",
    "killevery immigrant",
    "murderall muslims",
    "deathto trans people",
    # "better if" a group "were dead" (HateProbe6Rules, beside "the only good ... is a dead")
    "wouldn't it be nicer if all jews were dead",
    "it'd be better if trans people were dead",
    "everything would be better if the immigrants were all dead",
    "the country would be safer if every black person was dead",
    "would it not be better if all gays were dead",
    # killing a group wished or backed
    "killing all muslims is the answer",
    "start killing gays",
    "i support killing immigrants",
    "killing every trans person",
    "we need to start killing jews",
    # a group called ugly, or brainless
    "jews are ugly",
    "gay men are so ugly",
    "immigrants are all ugly",
    "disabled people are ugly",
    "trans women are ugly",
    "women have no brains",
    "muslims have no brain",
    "black people have no brains",
    "gays have no brains",
    "trans people have no brain",
    # "they" after people or a group stays aimed at them
    "look at those gays, they are disgusting",
    "I met some muslims, they are scum",
    "my dogs and my neighbours, they are idiots",
    "pigeons and immigrants, they are vermin",
]

CLEAN = [
    "never let your guard down",
    "never let the tank die",
    "never let a good chance slip away",
    "never let women walk home alone at night",
    "never let them see you cry",
    "never date a coworker",
    "I'd never date someone who is rude",
    "never date a girl who hates games",
    "my sister would never date a muslim",
    "never date your ex's best friend",
    "keep the cat away from children",
    "keep medicine away from kids",
    "keep knives away from children",
    "keep phones away from kids at night",
    "keep the ball away from their goal",
    "pets are not allowed in here",
    "food is not allowed in here",
    "shoes are not allowed in here",
    "smoking is not allowed in here",
    "spoilers are not allowed in here",
    "lbgt rights now",
    "jwes celebrate hanukkah",
    "gyas deserve love",
    "proud to be lbgt",
    "the gyas bar is open late",
    "I dspise mondays",
    "the plage is lovely in june",
    "deth metal rules",
    "the lag is a plgue tonight",
    "I depise homework",
    "you are a m a z i n g",
    "w o n d e r f u l game",
    "h e l p f u l team",
    "so b e a u t i f u l",
    "gg that was p o w e r f u l",
    "women are w o n d e r f u l",
    "pigeons are filthy vermin",
    "wasps are little bastards",
    "cockroaches are disgusting creatures",
    "fleas are parasites",
    "mosquitos are evil",
    "there is a rat in the attic",
    "this is a rat trap",
    "what is a rat king",
    "my pet is a rat",
    "he is a gym rat",
    "the sub was late",
    "the world would be a better place without war",
    "the world is a better place without plastic",
    "this server would be a better place without spam",
    "the world would be a better place without racists",
    "the park would be a better place without litter",
    "lag is the scourge of this game",
    "the scourge attack at dawn",
    "malaria is the scourge of the tropics",
    "spam bots are the scourge of discord",
    "inflation is the scourge of savers",
    "killall discord then restart",
    "sudo killall chrome",
    "killall bots",
    "use killall on the process",
    "killall the zombies first",
    "it would be better if all the zombies were dead",
    "it'd be better if the boss was dead already",
    "it would be easier if my phone was dead",
    "wouldn't it be better if the plants were dead",
    "it would be better if the ogre was dead first",
    "killing all the mobs first",
    "start killing the creeps",
    "killing every boss in one go",
    "we start killing at level 5",
    "killing all the weeds in the garden",
    "Statements like 'muslims are scum' are deeply h u r t f u l .",
    "so t h a n k f u l for this team",
    "that was a s t o n i s h i n g",
    "the new skins are ugly",
    "these shoes are ugly",
    "my cats are ugly but cute",
    "the old logos are so ugly",
    "those curtains are all ugly",
    "zombies have no brains",
    "the bots have no brains lol",
    "I have no brain today",
    "jellyfish have no brains",
    "we have no brain cells left after finals",
    # "they" right after the animals it stands for (Insults6Rules)
    "I hate flies, they are disgusting",
    "pigeons? they are vermin",
    "don't feed the seagulls, they are pests",
]


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile


@pytest.mark.parametrize("text", CLEAN)
def test_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile
