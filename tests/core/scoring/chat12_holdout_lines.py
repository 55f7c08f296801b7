"""The chat12 held-back lines (issue 8): other wordings of the probe's shapes, written at
the same time as chat12_probe_lines.py and before any rule; counted only at the start and
the end of the round.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    "send pics of ur body", "send me some pics of your body", "send me ur body pics",
    "u should send me a pic of ur body", "send me a photo of your body",
    "send me a video of your body pls", "send a pic of ur feet", "send me pics of ur legs",
    "send me a pic of ur ass", "send me a pic of you in ur panties",
    "send a pic of u in your underwear", "send me a pic of u naked",
    "could you send me a photo of you naked", "send me nude pics of u",
    "send me a pic of u without clothes", "show me ur body pls", "show me your body rn",
    "show me ur feet pls", "show me you naked", "i wanna see ur body",
    "i want to see you naked so bad", "let me see you naked", "lemme see u naked",
    "can i see your body", "can i see you in ur underwear", "i wanna see your body on cam",
    "i'd love to see you naked", "i just wanna see ur body babe",
    "let me see you in your bikini", "i want to see you without your clothes",
    "turn your cam on and show me your body", "get on cam and show me ur body",
    "go on cam naked for me", "take your clothes off for me",
    "take off ur shirt for me baby", "take off your bra for me",
    "facetime me and show me ur body", "send me a pic of ur body and dont tell anyone",
    "can u show me ur body on video call", "i wanna see u naked 😏",
)

HELD_CLEAN: tuple[str, ...] = (
    "send pics of the concert", "send me a photo of your receipt",
    "send me a pic of your cat", "send me ur build code", "show me your deck",
    "show me ur new keyboard", "i wanna see your garden", "let me see your new haircut",
    "can i see your notes from class", "send me a video of your gameplay",
    "post a pic of your room setup", "show me your screen on cam",
    "my body is sore from the gym", "your body needs water, drink more",
    "i hate my body sometimes", "my legs hurt after the run",
    "the physio asked me to send a pic of my knee", "send me a pic of your rash, i'm a nurse",
    "i like sleeping naked", "a naked mole rat is a weird animal",
    "the statue shows a man naked", "my underwear got lost in the wash",
    "my friend keeps asking me for pics of my body, is that normal",
    "a stranger asked to see me naked on cam and i blocked him",
    "someone dm'd me asking for pics, how do i report that",
    "never show your body to strangers online", "don't send pics of you naked to anyone",
    "i do not want to see you naked, dude", "he said send me a pic of your body and i left",
    "take your boots off at the door", "take off your coat and sit down",
    "get on cam for the meeting", "turn your cam on for the standup",
    "send me a pic of the human body diagram", "show me your progress pics from the gym",
    "your feet will thank you for these shoes", "i want to see you at the party",
    "let me see you win this game", "can i see you tomorrow", "i wanna see you play",
)

HELD_SWEARING: tuple[str, ...] = (
    "fucking hell send me the damn screenshot",
    "shit show me how you did that",
    "damn my body hurts like hell",
    "holy fuck lemme see that clip again",
    "my fucking legs are dead",
    "oh shit the pics from the trip are hilarious",
)
