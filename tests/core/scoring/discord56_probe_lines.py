"""The discord56 probe (issue 8): a member of a Discord server shut out by a call to the
room, the room named after the member ("ignore him guys", "unfriend her everyone", "mute
<@3> yall"), the member left out ("leave him out guys", "leave her out of the gc") or
answered by nobody ("nobody reply to him", "dont respond to her guys"); and the clean
lines in the same words that must stay clean (logistics with a reason, the writer, game
talk, bots and spam, questions and reports, the member defended). Written before any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # the shun, the room named after the member
    "ignore him guys", "unfriend her everyone", "mute him yall", "block her guys",
    "ghost him everyone lol", "ignore <@3> guys", "mute <@7> everyone", "unadd her yall",
    "avoid him guys", "ignore her pls everyone", "block him everybody",
    "just ignore her guys", "ok unfriend him everyone", "ignor him guys",
    "ghost her yall fr", "mute him all", "ignore <@12> everybody",
    "unfriend <@4> yall", "ignore him everyone, hes so annoying",
    "blok her guys",
    # the member left out
    "leave him out", "leave her out guys", "leave him out of the gc",
    "just leave her out next time", "lets leave him out of the group chat",
    "leave her out of the vc guys", "we should leave him out lol",
    "leave him out everyone",
    # nobody to answer the member
    "nobody reply to him", "no one respond to her", "dont reply to him guys",
    "nobody reply to her lol", "noone reply to him", "no one reply to her everyone",
    "guys dont respond to him",
)

TUNE_CLEAN: tuple[str, ...] = (
    # logistics or an excuse after the call
    "ignore him guys hes tilted", "mute her everyone shes streaming",
    "ignore him guys hes just baiting", "mute him guys his mic is echoing",
    "leave him out of the ranked stack, hes new", "leave her out, shes asleep",
    "nobody reply to him hes afk", "dont reply to her guys shes driving",
    # the writer
    "ignore me guys im tired", "leave me out of this", "mute me guys im eating",
    "nobody reply to me im busy",
    # game talk, bots, spam and things
    "ignore the tank guys, kill the healer", "leave him, go mid", "ignore the bot guys",
    "nobody reply to the spam", "mute the music everyone", "block the lane guys",
    "leave it out guys", "ignore it everyone",
    # questions and reports
    "why did they leave her out", "they told everyone to ignore me, what do i do",
    "she said ignore him guys", "why do you ignore him guys",
    "did nobody reply to him?", "he said nobody reply to her",
    # the member defended or the call negated
    "dont leave him out guys", "leave him out of this, he did nothing",
    "dont ignore her guys", "please dont block him everyone",
    "nobody ignore her, shes new", "someone reply to him guys",
)

TUNE_SWEARING: tuple[str, ...] = (
    "holy shit guys we won", "fuck this lag everyone", "damn that was close yall",
    "shit i forgot my headset lol", "this map is fucking huge", "well fuck, the server died",
)
