"""The gamechat38 held-back lines (issue 8): the reader's play called shit and the reader
called a bare vulgar noun, and the near-miss lines in the same words, in other wording,
written at the same time as the studied part and before any rule. Counted only at the
start and at the end of the round.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    "your aim was shit all match", "ur positioning was shit", "your rotations were garbage",
    "your build is absolute shit", "your micro is ass", "your timing was shit",
    "ur decisions were shit all game", "your shots were shit", "you were shit today",
    "u was shit", "you were fucking shit", "ur gameplay is shit", "your teamwork is shit",
    "your movement is dogshit", "your callouts were shit", "honestly your aim is shit",
    "your combos are shit", "ur farm was shit", "your itemization is shit",
    "ur picks are shit",
    "u greedy fuck", "you lucky fuck", "ya lucky bastard", "u little shits",
    "you stupid shit", "omg you fuck", "nice ks you fuck", "you sneaky fuck",
    "stop camping u fuck", "you shit!", "you fat fuck", "you lazy fuck",
    "gg you lucky shit", "you bloody shit", "get out of my lane you fuck",
    "why would you ult that you fuck", "u cheeky bastard", "you fucker", "again u fuck",
    "you selfish fuck",
)

HELD_CLEAN: tuple[str, ...] = (
    "my aim was shit all match", "the aim assist is shit", "your headset is shit",
    "your connection was shit", "your aim is sick", "your plays were insane",
    "your build is the shit", "the matchmaking is shit", "this map is garbage",
    "is my positioning shit?", "not saying your build is shit",
    "he told me my rotations were shit", "my farm was shit, sorry", "was your fps shit too?",
    "the servers are shit tonight", "you were shit out of luck", "our comms were shit, on me",
    "my ult was shit timing mb", "you shit on their whole team", "you fucked him up wp",
    "did you fuck up your binds", "are u shitting me rn", "you fucking genius, what a flank",
    "you fucking carried us", "u lucky dog", "you fuck up once and it's over in this game",
    "what the fuck did you just do lol", "holy fuck you're cracked", "you just shit on him, nice",
    "damn you're good, fuck", "who gives a fuck about kda, you did fine",
    "if you fuck up the timing just reset", "you lot are the shit", "my mouse is shit",
    "this game's netcode is shit", "the lag was shit all game", "was my build shit?",
    "the sound in this game is shit", "my keyboard is shit", "the new skins are shit",
)

HELD_SWEARING: tuple[str, ...] = (
    "fuck yes we won", "holy shit what a comeback", "shit shit shit i missed",
    "damn that was close as fuck", "this lag is fucking unreal", "gg that was fucking intense",
)
