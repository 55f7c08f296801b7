"""The discord47 probe (issue 8): the room turned against one member of a Discord server,
the social exclusion a bullied kid meets most: the others rallied to shut the member out
("everyone mute her in vc", "lets all unfriend him", "can we kick <@1> from the gc"),
told not to talk to, sit with or invite the member ("dont talk to her shes weird",
"nobody sit with him tmrw"), or told that the whole room dislikes the member ("everyone
hates <@1>", "we all hate her"); and the clean lines in the same words that must stay
clean (spam bots and moderation, game talk, people asking for help, reports, negations
and questions). Written before any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # the room rallied to shut a member out
    "everyone mute him in vc", "everyone mute her she's so annoying",
    "we should all unfriend him", "lets all unfriend her lmao",
    "yall should block her fr", "everyone block <@220> rn",
    "can we kick <@5521> from vc already", "can we please kick her from the server",
    "everyone unadd him 💀", "we should all ghost her", "lets all ghost <@9981>",
    "everybody mute <@77123> lol", "we should ban her from the gc",
    "lets kick him out of the server already", "can we all just ignore her from now on",
    "everyone leave her on read 😂", "guys lets all mute him",
    "we all agreed to block her", "everyone unfriend <@4410> asap",
    # told not to talk to, sit with or invite the member
    "dont talk to her shes weird", "dont talk to him hes such a creep",
    "guys dont talk to <@3301> hes weird", "nobody sit with her tmrw lol",
    "dont invite him to the server hes annoying",
    "dont be friends with her shes a freak", "dont hang out with him hes weird af",
    "no one talk to <@8812> ever again", "stop talking to her everyone",
    # the whole room dislikes the member
    "everyone hates <@8812> btw", "everyone hates her lmao", "we all hate him fr",
    "literally everybody hates <@1200>", "nobody likes <@3330> lol",
    "everyone in the server hates her", "the whole gc hates him 💀",
)

TUNE_CLEAN: tuple[str, ...] = (
    # spam bots, scammers and moderation
    "everyone block the spam bot", "can we kick the bot from vc",
    "everyone mute the music bot pls", "lets all report the scam link",
    "we should ban the spammer", "can we kick the raid bots already",
    "everyone block that scam account", "mods pls remove the nsfw bot",
    # game talk
    "dont talk to him hes focusing on the boss", "mute him hes tilted lol",
    "dont talk to her rn shes in ranked", "everyone mute ur mics for the cutscene",
    "lets all ignore the drama and play", "can we kick the afk guy from the lobby game",
    # asking for help
    "everyone at school ignores me, what do i do",
    "everyone in my class hates me idk what to do",
    "nobody talks to me in the server anymore, any advice",
    "how do i get people to stop ignoring me",
    # reports, negations and questions
    "she said everyone should unfriend me", "he told everyone to block me and idk why",
    "they all unfriended me after the fight", "nobody should block her for that",
    "please dont ignore her shes new here", "we should all be nice to him",
    "why does everyone hate her?", "does everyone hate me or is it just me",
    "everyone loves <@8812> btw", "we all love her so much",
    "dont talk to him hes sleeping", "lets all welcome <@4410> to the server",
    "everyone hates mondays lol", "we all hate this update",
)

TUNE_SWEARING: tuple[str, ...] = (
    "holy shit this server is popping tonight", "fuck, i forgot my headset again",
    "damn that boss fight was hard as hell", "shit my wifi died mid game",
    "this update is so fucking good", "well fuck, the vc crashed again lol",
)
