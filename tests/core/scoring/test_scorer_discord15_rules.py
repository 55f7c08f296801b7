"""Shapes of the discord15 round (targeting_discord15, discord15_words, its lexicon lines
and its fixes at depth in olid6_words and cues.txt's [thing]), at default settings: a
name-call ordered away ("don't be such a loser"), "ratio" in a chain of dunks, a member
shunned ("nobody wants to play with you", "you're not wanted"), disgust
at a girl in vc, a streamer called a fraud or a scammer; with the look-alikes that stay
clean: game advice on dying less, a pleasant smell, a friend found at a meetup, a mild
name-call said with love, a game mob cursed at or judged ("the enderman is so annoying",
leftovers8's -man nouns at depth), "noob tube" (benign), and "ratio" naming a number.
Women and girls denied a game's skill ("girls cant aim") widen gamechat4's lines. Past the
round's own probe lines, each rule's lines were written after it and checked once
against it. English only: the shapes are English chat slang."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer

HOSTILE = (
    # a name-call ordered away
    "dont be such a snowflake",
    "bro don't be such a coward",
    "do not be such a hypocrite",
    "pls dont be such a clown about it",
    "don't be a moron",
    "dont be such a loser lol",
    # "ratio" in a chain of dunks
    "ratio + you're mid",
    "ratio + L + bozo",
    "didnt ask + ratio",
    "seethe + ratio",
    "ratio + fell off + cope",
    "get ratioed nerd",
    "u got ratioed",
    # disgust at a girl or a woman in the chat
    "ew a girl on my squad",
    "eww girls in ranked",
    "ugh another girl in ranked",
    "ew women in esports",
    "ew a female streamer",
    # women and girls denied a game's skill (gamechat4's "cant play" lines widened)
    "women cant aim lol",
    "girls cant game",
    "girls can't shoot for shit",
    "women can't clutch",
    "ofc she missed, girls cant aim",
    # a streamer, a creator or an admin called a fraud or a scammer (olid6 at depth)
    "the streamer is a total fraud",
    "that influencer is a fraud",
    "this admin is such a fraud",
    "the youtuber is a scammer",
    "our moderator is a fraud",
    # the member shunned or shown the door
    "nobody wants to team with you bro",
    "no one wants to sit near u",
    "nobody wants to stream with you anymore",
    "no one wants to vc with you",
    "nobody wants to party up with u",
    "you're not wanted",
    "dont let the door hit u",
    # the threats and insults the clean shapes must leave alone
    "you should die",
    "u should die in a fire",
    "you need to die",
    "you should die slowly",
    "you smell like garbage",
    "u smell like wet dog",
    "you smell like a dumpster",
    "you smell like my ass",
    "i'll find you after school",
    "ill find u irl and beat u",
    "i will find you and kill you",
    "i'll find you at your house",
    "ill find u irl",
    "i'll be waiting for you at your house",
    "go die",
    "just die already nobody likes you",
    "go die in a fire",
    "you should die and never come back",
    "die you loser",
    "ur such a loser ❤️",
    "ur a dork and nobody likes u",
    "fuck tusk",
    "fucking pudge",
)

CLEAN = (
    # no order to the reader
    "i dont want to be such a loser",
    "he said dont be a hero",
    "don't be such a stranger lol",
    "dont be a stranger",
    "stop being a noob jungler items",
    # "ratio" naming a number, or alone as banter
    "the ratio of wins is good",
    "golden ratio looks nice",
    "what's ur kd ratio",
    "16:9 ratio pls",
    "the ratio is insane on that tweet",
    "ratio",
    "got ratioed by my own mom lol",
    # game advice on dying less
    "you should die less and farm more",
    "u gotta die less bro",
    "you need to die less in teamfights",
    "we should die less as a team",
    "you should die later in the fight",
    # nobody shunned
    "nobody wants to play ranked at 3am",
    "nobody wants to deal with lag",
    "no one wants to chat rn",
    "nobody wants to date me lol",
    "nobody wants to hang with me",
    # a game's death named after the order (respawn, reset, checkpoint, loot)
    "just die so we can respawn together",
    "u should die to the mob to reset aggro",
    "die once and the checkpoint saves",
    "just die and revive at the totem",
    "you need to die to get to the spawnpoint",
    # a pleasant smell
    "you smell like fresh bread",
    "you smell like coconut lol",
    "u smell like sunshine",
    "you smell like sweet honey",
    "you smell like the ocean",
    "u smell like my favorite perfume",
    "you smell like fresh cut grass",
    "you smell like a million bucks",
    "you smell like victory lol",
    # a friend found at a place of meeting
    "i'll find you at the airport",
    "ill find u at the stadium",
    "i will find you at the concert",
    "i'll find u irl at the expo",
    "ill find you in the lobby",
    "i'll find you guys at the food court",
    "i'll be waiting for you at the con",
    # a mild name-call said with love
    "ur such a goof ❤️",
    "ur a dork ily",
    "ur such a dork love u",
    "ur such a nerd ❤️",
    "ur a weirdo 🥰",
    # game mobs cursed at (cues' [thing])
    "fuck that ghast",
    "stupid ghasts",
    "fucking enderman",
    "damn piglins",
    # game mobs and weapons named like people or insults (leftovers8's -man nouns, benign)
    "the enderman is so annoying",
    "the pigman is so dumb",
    "noob tube is back in the game",
    "noob tubes everywhere smh",
    "the batman skin is trash",
    # a game's skill, no group denied it
    "i cant aim today",
    "my sister cant aim lol",
    "the girls can't make it tonight",
    "girls can aim just fine",
    "its a myth that women cant game",
    # a girl in the chat, no disgust; a streamer not called anything
    "a girl on my squad carried",
    "my team has two girls",
    "ew a spider",
    "ugh a girl in my class copied my homework",
    "the streamer is a fraud investigator",
    "is the streamer a fraud?",
    "the streamer exposed a scammer",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_discord15_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


@pytest.mark.parametrize("text", CLEAN)
def test_discord15_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
