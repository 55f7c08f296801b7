"""The discord56 held-back lines (issue 8): other wordings of the round's shapes, written
at the same time as the probe and counted only at the start and at the very end.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    "ignore her guys", "unfriend him everyone", "mute her yall", "block him guys",
    "ghost her everyone", "ignore <@9> everyone", "mute <@2> guys", "unadd him yall",
    "avoid her everyone", "ignore him pls guys", "block her everybody lol",
    "just ignore him everyone", "ok mute her guys", "ignroe her guys",
    "ghost him yall fr", "unfriend her all", "block <@5> everyone",
    "ignore her everyone, shes so weird", "mute him guys lmao", "unadd <@8> guys",
    "leave her out", "leave him out guys", "leave her out of the gc",
    "just leave him out next time", "lets leave her out of the group chat",
    "leave him out of the vc guys", "we should leave her out lol",
    "leave her out everyone", "leave him out of the server",
    "nobody reply to her", "no one respond to him", "dont reply to her guys",
    "nobody reply to him lol", "noone respond to her", "no one reply to him everyone",
    "guys dont respond to her", "nobody respond to him guys", "dont reply to <@6>",
    "everyone dont reply to him", "no one reply to her ever again",
)

HELD_CLEAN: tuple[str, ...] = (
    "ignore her guys shes tilted", "mute him everyone hes streaming",
    "ignore her guys shes just trolling", "mute her guys her mic is loud",
    "leave her out of the ranked stack, shes new", "leave him out, hes asleep",
    "nobody reply to her shes afk", "dont reply to him guys hes driving",
    "we shouldnt invite him, hes on holiday", "ignore me everyone im fine",
    "leave me out of it", "mute me yall im eating", "nobody reply to me im working",
    "ignore the healer guys, kill the tank", "leave her, go bot",
    "ignore the spam bot everyone", "nobody reply to the scam link",
    "mute the stream everyone", "leave it out everyone", "ignore that guys",
    "why did you leave him out", "they told everyone to ignore her, what should i do",
    "he said ignore her guys", "why does everyone ignore him",
    "did no one reply to her?", "she said nobody reply to him",
    "dont leave her out guys", "leave her out of this, she did nothing",
    "dont ignore him guys", "please dont block her everyone",
    "nobody ignore him, hes new", "someone reply to her guys",
    "leave him out of it, its not his fault", "ignore them guys its just the bots",
    "ignore the noise guys", "reply to him guys he asked a question",
    "respond to her guys shes waiting", "leave the door open everyone",
    "ignore my typos guys", "leave the rest out guys",
)

HELD_SWEARING: tuple[str, ...] = (
    "holy shit guys what a clutch", "fuck this map everyone", "damn yall that was insane",
    "shit, my mic died lol", "this game is fucking hard", "well shit, the bot crashed",
)
