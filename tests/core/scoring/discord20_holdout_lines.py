"""The discord20 held-back batch (issue 8): written with the probe, before any rule,
counted only at the start and the end of the round. New wording in the same shapes.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    # an archetype's trait sent as a label
    "karen energy fr", "giving karen energy", "pick me energy lmao", "so much pick me behavior",
    "the main character syndrome is insane", "main character syndrome ahh",
    "npc energy", "ur giving npc behavior", "boomer energy fr", "pick me behaviour tbh",
    "ur such a pick me", "the karen energy in this reply",
    # a generation's brain pinned on the reader
    "gen z brain lmao", "boomer brain moment", "ur gen z brain is showing",
    "zoomer brain fr", "millennial brain", "peak gen z brain",
    # a member's place in the room questioned
    "who invited him", "who invited her lmao", "who let him in here",
    "who let her in lol", "why is he even here lmao", "why is she even here",
    "who invited you", "who let you in lol", "who invited this clown",
    "who invited that guy lol", "why is she even in the vc",
    # the reader blamed for a dead room
    "ur the reason the server is dead", "ur the reason no one talks in here",
    "you are the reason this chat is dead", "youre the reason the vc is so boring",
    "ur the reason everyone leaves", "ur the reason this gc died",
    # the label after a send-off, still aimed
    "go outside, ur annoying", "touch grass already", "go outside lol",
    # Italian
    "chi l'ha invitato lol", "ma chi l'ha invitata",
)

HELD_CLEAN: tuple[str, ...] = (
    # advice with a kind reason
    "go outside, its really nice out", "touch grass, the sun is out today",
    "go outside for a walk, it helps", "go outside and get some fresh air",
    "touch grass, it's good for you", "go outside, the weather is amazing rn",
    # talk about a roast, not a roast
    "no wonder ur bald is the funniest roast ive seen",
    "ur so slow was a weak insult tbh", "you're a clown is the oldest comeback ever",
    # a thing said to make anyone dumber
    "watching reels all day makes you dumber", "drinking makes you stupider",
    "social media makes you dumber tbh", "staying up late makes you dumber",
    # the same words about oneself
    "i have such main character syndrome", "my gen z brain forgot how to call people",
    "i rly need to touch grass", "lowkey im a pick me lol", "my boomer brain needs help",
    "i got karen energy when the pizza was late", "i go outside every morning",
    # reports and help-seeking
    "my friend told me to touch grass, should i be mad",
    "someone said i have main character syndrome, is it true",
    "they called me a pick me and i cried",
    # a member's place asked kindly, a reason, a question going on
    "who invited him? hes hilarious", "who invited her? she's so sweet",
    "who let him in? i wanna say thanks", "why is she even here this early, its 6am",
    "who invited u? i want the link for my friend",
    # a room kept alive, kind reasons
    "ur the reason this server is alive", "ur the reason i joined",
    "ur the reason this gc is so fun", "ur the reason im still here",
    # topic talk
    "main character syndrome is so common on tiktok", "pick me behavior comes from insecurity",
    "pick me pick me", "pls pick me for ur team", "what does gen z brain even mean",
    "the karen energy video had me dying",
    "the boomer brain meme is old", "who let him in the raid? we needed a healer",
)

HELD_SWEARING: tuple[str, ...] = (
    "holy shit the new channel is great", "fuck yeah event tonight", "damn this song slaps",
    "that boss was fucking hard", "shit my wifi died", "hell yeah gg",
)
