"""The gamechat38 probe (issue 8): game chat that trashes the reader's play ("your aim is
shit", "u were shit", "your rotations are shit") and calls the reader a bare vulgar noun
("u fuck", "u lucky fuck", "you lucky bastard", "you shits"), the near-miss lines in the
same words that must stay clean (the writer's own play, the game or the gear, praise,
"you shit on them", "did you fuck up"), and friendly swearing. Written before any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # the reader's play called shit
    "your aim is shit", "ur build was shit", "your rotations are shit",
    "your plays were shit all game", "u were shit", "you were so shit this round",
    "your positioning is fucking shit", "your ult timing was shit", "ur game sense is trash",
    "your map awareness is garbage", "your decisions are ass", "your laning was crap",
    "tbh your macro is shit", "ur crosshair placement is shit lol", "your calls were shit",
    "you was shit mid", "your farm is shit", "your pick was shit",
    # the reader called a bare vulgar noun
    "u fuck", "you fuck", "u lucky fuck", "you lucky bastard", "you shits", "u shit",
    "omg u fuck", "ks again you greedy fuck", "you dirty fuck", "thanks for nothing u fuck",
    "you cheeky fuck", "stop stealing my kills you fuck", "you absolute shit",
    "u lucky shit", "camping again you little fuck", "you shitter",
    "why did you do that you fuck",
)

TUNE_CLEAN: tuple[str, ...] = (
    # the writer's own play, the game, the gear, praise, asked or denied
    "my aim is shit today", "the aim in this game is shit", "your mic is shit",
    "your internet is shit", "your aim is insane", "your plays were sick",
    "ur build is sick", "is my build shit?", "this patch is shit", "the servers were shit",
    "not saying your aim is shit", "he said my aim was shit lol", "your ult was sick",
    "you were shit out of luck there", "my positioning was shit, my bad",
    "was your ping shit too?", "your aim is the shit",
    # "you" before a vulgar verb, not a name-call
    "did you fuck up the build", "you shit on them", "you fucked up", "you lucky",
    "you fucking legend", "are you shitting me", "what the fuck did you do",
    "you shit on him so hard", "did you fuck up your keybinds", "you fucking carried",
    "you lucky duck", "you fuck up once and its over", "if you fuck it up we just reset",
    "you guys are the shit", "who gives a fuck, you played fine",
)

TUNE_SWEARING: tuple[str, ...] = (
    "fucking nice shot", "holy shit gg", "fuck this lag", "shit i missed the hook",
    "that was fucking close", "damn this map is hard",
)
