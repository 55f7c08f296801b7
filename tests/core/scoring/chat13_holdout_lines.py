"""The chat13 held-back lines: other wordings of the same shapes, written at the same
time as chat13_probe_lines.py and before any rule. Counted only at the start and the end.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    "ur so fucking shit", "ur honestly shit", "ur genuinely shit lmao", "ur simply shit",
    "ur really really shit", "ur shit at aiming", "ur shit at csgo", "ur totally shit",
    "hes literally shit", "hes actually shit lol", "hes so fucking shit",
    "hes shit at minecraft", "shes literally shit", "shes fucking shit",
    "shes shit at this champ", "wow ur so shit", "omg hes so shit", "ez ur so shit",
    "tracer ur so shit", "mid ur actually shit", "report him hes shit",
    "ur so shit its funny",
    "my team is so horrible", "my teammates are so horrible", "ur teammates are horrible",
    "the enemy team is horrible", "you all are horrible", "our jungler is horrible lol",
    "this mercy is horrible", "my squad is horrible", "these randoms are horrible",
    "this tank is horrible", "our whole team is horrible", "you guys are so horrible",
    "my duo is so horrible", "our healers are horrible", "this jungle is horrible gg",
    "my entry fragger is horrible", "your team is horrible", "this squad is horrible",
)

HELD_CLEAN: tuple[str, ...] = (
    "get ur shit together guys", "ur shit got stolen", "where is ur shit", "ur shit works?",
    "ur shit loot lol", "i was literally shit", "im actually shit at csgo", "hes not that shit",
    "is she shit?", "she said ur shit", "hes shit scared", "ur shit talking is funny",
    "im shit at aiming", "ur shitposting again", "hes shit faced lol",
    "my connection is so shit", "the ranked system is literally shit",
    "this queue is so shit", "the servers are shit", "my mouse is shit",
    "my fps is horrible", "the new patch is so horrible", "this update is horrible",
    "my team is not horrible at all", "are my teammates horrible?", "my aim is so horrible",
    "the enemy comp is horrible for us", "our draft is horrible", "the lag is horrible",
    "i am so horrible at tanking", "he said my team is horrible", "the matchmaking is horrible",
    "this weather is horrible", "the movie was horrible", "my luck is horrible tonight",
    "the graphics are horrible", "the audio is horrible", "the sound design is horrible",
    "our comms are horrible", "our timing was horrible",
)

HELD_SWEARING: tuple[str, ...] = (
    "holy shit that ace", "fucking great game guys", "shit i forgot to buy armor",
    "damn what a headshot", "fuck yeah we won", "oh shit dragon spawned",
)
