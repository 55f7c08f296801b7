"""The gamechat29 held-back batch (issue 8): written with the probe, in the same shapes
and different wording (a rank doubted over "even"; hours played set against bad play),
not looked at while building; counted at the start and the end only.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    "how are you even bronze", "how r u even diamond lmao", "how is he even gold",
    "how are u even masters", "how is this guy even challenger", "how are you even plat bro",
    "how are u even silver with that aim", "how is she even emerald", "how are you even immortal",
    "how r u even platinum", "how are you even iron", "how is he even grandmaster lol",
    "how are u even champ with that gameplay", "how are you even ascendant",
    "how is this guy even plat",
    "how are you even diamond seriously", "how r u even masters", "how is he even silver",
    "how are u even gold kid", "how are you even challenger",
    "400 hours and still this bad", "3k hours and still garbage", "1000 hours and still trash",
    "2k hrs and still cant aim", "you have 900 hours and still suck",
    "he has 2k hours and still bad",
    "imagine 1500 hours and still this bad", "700 hours and still so bad lol",
    "4000 hours and still hardstuck gold", "u have 3k hours and still cant aim",
    "1200 hours and still cant hit anything", "this kid has 600 hours and still sucks",
    "5000 hours and still trash lmao", "she has 2000 hours and still garbage",
    "2k hours and still this bad xd", "300 hours and still bad", "6k hours and still so bad",
    "u got 1k hours and still suck", "900 hrs and still trash",
    "he has 3000 hours and still cant aim",
    # added with the position lines
    "our keeper is a terrible player", "the goalie is such a bad player",
    "our striker was an awful teammate", "my duo is a horrible player",
    "that defender is a garbage player",
    # added with the learn lines
    "learn to ward carry", "learn to aim reyna", "learn how to farm", "just learn to rotate",
    "learn your hero noob", "learn to last hit", "learn how to position pls",
)

HELD_CLEAN: tuple[str, ...] = (
    "how am i even plat", "how are you even up this early", "how are you even doing that",
    "how is he even alive", "how are u even here so fast", "are u plat?",
    "im diamond now", "she is gold", "how did u get plat so fast, gg",
    "how are you even diamond already? thats insane progress", "how is this even possible",
    "how are you even gold, you only started last week? nice",
    "i have 900 hours and still suck", "3k hours and still my favourite game",
    "2000 hours and still having a blast", "1k hours and still finding new tricks",
    "we waited 3 hours and still no game", "queued 2 hours and still nothing",
    "i have 4k hours and still trash lol", "5 hours and still no drops",
    "he has 2k hours and still loves it", "1500 hours and still enjoying every match",
    "im 600 hours in and still bad at aiming", "4 hours and still stuck on the last level",
    "700 hours and still havent finished the story", "my 2k hours and still bad lol",
    "we have 3k hours together and still play", "i played 10 hours and still cant win",
    "push a", "rotate b", "how are you doing man", "nice ult", "the enemy sage is cracked",
    "how are you even that good at this", "gold rank is fine", "how is the server even up",
    "how are you even getting those shots, teach me",
    "our keeper is an amazing player", "is the goalie a bad player?",
    "our duo is not a horrible player", "the striker is a terrible role for me",
    "3 hours and still waiting for support",
    "i should learn to ward more", "we need to learn how to rotate", "can u help me learn to aim?",
    "learn to farm with the new items, its faster", "how did you learn to last hit so well",
    "400 hours and still this bad? nah he improved a lot", "how are you even online",
)

HELD_SWEARING: tuple[str, ...] = (
    "holy shit 1000 hours already", "fucking hell that was close", "damn gold finally",
    "shit my internet died", "wtf how are you even this good", "fuck yeah we won",
)
# fmt: on
