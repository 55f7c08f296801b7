"""The chat9 rules (issue 8, targeting_chat9.py and the "chat9" lexicon lines) as their
specification: each shape with fresh lines (written after its rule, never seen by it)
in English and, for kicks and looks, Italian,
and the clean near-misses beside it (a game's thing broken or raided, news of harm,
a bot kicked, a skin or a boss judged, machines called names, praise after "you
absolute", the writer's own throw, a sabotage verb's object, a number's gap)."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer, ScorerConfig
from bot.core.scoring.verdict import TargetKind

# fmt: off
HOSTILE: tuple[tuple[str, TargetKind], ...] = (
    # harm to the reader's things or body, promised by the writer
    ("im gonna smash ur xbox", TargetKind.SECOND_PERSON),
    ("ill slash your tyres tonight", TargetKind.SECOND_PERSON),
    ("ima break your keyboard over your head", TargetKind.SECOND_PERSON),
    ("watch me wreck your setup", TargetKind.SECOND_PERSON),
    ("i will burn down your garage", TargetKind.SECOND_PERSON),
    ("i'll break every window in your house", TargetKind.SECOND_PERSON),
    # harm called down by someone else
    ("somebody should burn her car", TargetKind.THIRD_PERSON),
    ("someone go punch that kid", TargetKind.THIRD_PERSON),
    ("someone needs to break his legs", TargetKind.THIRD_PERSON),
    ("somebody go smash his phone", TargetKind.THIRD_PERSON),
    ("i hope your cat dies", TargetKind.SECOND_PERSON),
    ("hope ur laptop gets smashed", TargetKind.SECOND_PERSON),
    ("someone should set fire to your house", TargetKind.SECOND_PERSON),
    # raids and pile-ons on a person's place online
    ("lets raid his twitch", TargetKind.THIRD_PERSON),
    ("everyone spam her insta", TargetKind.THIRD_PERSON),
    ("lets brigade this subreddit", TargetKind.THIRD_PERSON),
    ("go flood their youtube comments", TargetKind.THIRD_PERSON),
    ("raid that server lol", TargetKind.THIRD_PERSON),
    # kicks from a place people meet
    ("ban her from the server", TargetKind.THIRD_PERSON),
    ("kick that noob out of the party", TargetKind.THIRD_PERSON),
    ("remove them from the gc", TargetKind.THIRD_PERSON),
    ("boot him from the clan", TargetKind.THIRD_PERSON),
    ("yeet him from the discord", TargetKind.THIRD_PERSON),
    ("get out of my server", TargetKind.IMPERATIVE),
    ("get out of this lobby", TargetKind.IMPERATIVE),
    ("bannatelo dal server", TargetKind.THIRD_PERSON),
    ("buttatela fuori dal gruppo", TargetKind.THIRD_PERSON),
    ("kickatelo", TargetKind.THIRD_PERSON),
    # a named person's looks
    ("amy is so ugly", TargetKind.THIRD_PERSON),
    ("ben looks like a rat", TargetKind.THIRD_PERSON),
    ("she looks like a troll lol", TargetKind.THIRD_PERSON),
    ("nina is hideous lmao", TargetKind.THIRD_PERSON),
    ("giulia è proprio brutta", TargetKind.THIRD_PERSON),
    # a game thrown whole; "you absolute <noun>"; leave and die
    ("u threw the entire game", TargetKind.SECOND_PERSON),
    ("jett threw the whole round", TargetKind.THIRD_PERSON),
    ("you absolute walnut", TargetKind.SECOND_PERSON),
    ("you absolute clown", TargetKind.SECOND_PERSON),
    ("quit and die", TargetKind.IMPERATIVE),
    ("alt f4 and die", TargetKind.IMPERATIVE),
    # sabotage laid on the reader or told; a loss blamed on a role
    ("you are literally griefing", TargetKind.SECOND_PERSON),
    ("quit throwing bro", TargetKind.IMPERATIVE),
    ("u r trolling", TargetKind.SECOND_PERSON),
    ("why r u griefing?", TargetKind.SECOND_PERSON),
    ("how are you feeding this hard?", TargetKind.SECOND_PERSON),
    ("top diff", TargetKind.THIRD_PERSON),
    ("support diff gg", TargetKind.THIRD_PERSON),
    ("tank gap lol", TargetKind.THIRD_PERSON),
    ("adc diff as always", TargetKind.THIRD_PERSON),
    # people named by a machine word are people, not machines
    ("npc people are so dumb", TargetKind.GROUP),
    ("the bot users are idiots", TargetKind.GROUP),
)

CLEAN: tuple[str, ...] = (
    # harm to a thing as news, advice or a game's object; no owner's thing after the verb
    "you'll break your phone if you throw it", "break their shields first",
    "destroy your enemies with this build", "how to smash your old hard drive safely",
    "ill break your record next game",
    # a call for something that is no harm, a hope that is kind
    "someone should fix the servers", "someone go check b", "i hope your team wins",
    "someone go break the crates", "hope your pc gets upgraded soon",
    "if someone should slap him it would be me", "lets spam his chat with emotes",
    # a game's raid, an ability spammed, water flooded
    "lets raid the temple tonight", "spam the q ability", "flood the lower area with water",
    "we should raid the dungeon",
    # a ball kicked, a hero banned, a bot removed; out of the fire
    "kick the ball out of bounds", "ban the hero in draft", "remove the bot from the lobby",
    "kick it to the wing", "get out of the fire", "get out of the zone",
    "bannatelo è uno spambot",
    # a map, a boss or a skin judged
    "this map looks like a potato", "the boss looks like a goblin", "the new skin is so ugly",
    "it looks like a rat", "la mappa è brutta", "questa skin è brutta", "il gioco è brutto",
    # machines called names, in English and Italian
    "the ai opponents are braindead", "the npc shopkeeper is useless",
    "bots are so stupid in this mode", "the computer keeper is trash",
    "the ai teammate is trash", "the computer goalie is garbage",
    "la cpu in porta è scarsa", "l'ia della squadra è stupida",
    # the writer's own throw; praise after "you absolute"; the writer's own die
    "i threw the whole match sorry", "you absolute legend", "you absolute madman",
    "i'll leave the game and die irl lol", "dont stand in fire and die",
    # a player's play reported; sabotage verbs with an object, the writer's own, asked; a
    # number's gap, the enemy's
    "reyna keeps throwing", "why is our tank feeding", "report the bastion for griefing",
    "throwing smokes on a site", "i keep throwing sorry", "feeding the horses in minecraft",
    "is he trolling or serious?", "we were throwing grenades all round",
    "you're trolling? no way", "u griefing? or lagging", "so you are throwing? cool",
    "griefing is against the server rules", "she is feeding her kids",
    "damage diff is huge", "the skill gap in this game", "enemy mid diff", "mind the gap",
)
# fmt: on


@pytest.mark.parametrize(("text", "target"), HOSTILE)
def test_hostile_shapes(scorer: Scorer, text: str, target: TargetKind) -> None:
    verdict = scorer.score(text)
    assert verdict.hostile, verdict.explanation
    assert verdict.target is target, verdict.explanation


@pytest.mark.parametrize("text", CLEAN)
def test_clean_near_misses(scorer: Scorer, text: str) -> None:
    verdict = scorer.score(text)
    assert not verdict.hostile, verdict.explanation


def test_a_server_can_allow_a_kick() -> None:
    """ "kick him" is a lexicon term like any other: a server's allowed terms switch it off."""
    allowed = Scorer(ScorerConfig(allowed_terms=frozenset({"kick him"})))
    assert not allowed.score("kick him from the server").hostile
