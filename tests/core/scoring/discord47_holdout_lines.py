"""The discord47 held-back lines (issue 8): other wordings of the round's shapes, written
at the same time as the probe and counted only at the start and at the very end.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    "everyone mute her in the vc", "everybody block him lmao", "we should all unadd her",
    "lets all unfriend <@6620>", "yall block <@1182> fr", "can we kick him from the vc",
    "can we ban <@30091> already hes so cringe", "everyone ghost her 💀",
    "we should all ignore him from now on", "lets all leave him on read",
    "everyone unfollow <@5540>", "guys lets all block her", "we all agreed to mute him lol",
    "we need to kick her out of the gc", "everyone mute <@2231> she never shuts up",
    "lets just ban her from the server", "we should all stop talking to him",
    "everyone report <@901> lmao", "yall should unfriend him asap",
    "lets kick <@4471> from the server",
    "dont talk to him hes a weirdo", "dont talk to <@6061> shes so cringe",
    "nobody sit with him at lunch", "dont invite her to the gc shes annoying",
    "dont be friends with him hes creepy", "no one play with her shes weird",
    "nobody talk to <@7170> ok", "stop talking to him guys", "dont hang out with her anymore",
    "dont add him back to the gc hes weird",
    "everyone hates <@5590> lol", "everybody hates her fr", "we all hate <@1023>",
    "literally everyone hates him 😂", "nobody likes <@8080> tbh",
    "everyone in this gc hates him", "the whole server hates her lmao",
    "no one likes <@4202> btw", "we all hate her lol", "everyone hates <@333> ngl",
)

HELD_CLEAN: tuple[str, ...] = (
    "everyone block the scam bot", "can we kick the music bot from vc",
    "lets all report the spam account", "we should ban the raid bots",
    "everyone mute the announcements channel", "can we kick the bot it keeps spamming",
    "mods remove the spam pls", "everyone ignore the phishing link",
    "dont talk to him hes in a match", "mute him hes tilted again lmao",
    "dont talk to her shes studying", "everyone mute for the cutscene",
    "lets all ignore the lag and keep going", "can we kick the afk bot from the lobby",
    "everyone ignores me at school what should i do", "everybody hates me in my class, help",
    "nobody in the server talks to me anymore", "how do i stop people ignoring me",
    "she told everyone to unfriend me", "he said we should all block me lol what",
    "they unadded me after the argument", "nobody should ignore him for that",
    "pls dont block her shes new", "we should all be kind to her",
    "why does everyone hate him?", "does everybody hate me",
    "everyone loves <@5590> tbh", "we all love him fr",
    "dont talk to her shes asleep", "lets all welcome <@6620> to the gc",
    "everyone hates tuesdays", "we all hate the new patch",
    "everyone block the fake giveaway bot", "can we ban the bot that keeps pinging",
    "dont talk to him rn hes driving", "everyone mute your mics pls",
    "nobody likes the new map lol", "we all hate lag",
    "is it true everyone hates her?", "nobody hates her, she's nice",
)

HELD_SWEARING: tuple[str, ...] = (
    "holy shit the server boost finally came", "fuck, my mic broke again",
    "damn this game is hard as fuck", "shit i missed the event",
    "that clutch was fucking insane", "well shit, discord is down again",
)
