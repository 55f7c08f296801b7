"""The discord17 held-back batch (issue 8): written with the probe, before any rule,
counted only at the start and the end of the round. New wording in the same shapes.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    # exclusion
    "no one here wants you", "why are you still here", "why r u still in the vc",
    "get out of the vc nobody wants u", "nobody wants u in this server",
    "why are u still in this gc lol", "ur not welcome here", "just leave already",
    "we didnt invite u for a reason",
    # harassment rallied
    "everyone laugh at his voice", "guys go spam her dms", "ratio + ur mid",
    "everyone report her account", "lets all ignore her", "look at her pfp 💀 so ugly",
    "everyone clown on him",
    # belittling
    "who asked you", "cry about it", "stay mad loser", "stay pressed",
    "nobody cares about u", "ur opinion doesnt matter", "cope", "touch grass",
    "no one cares what u think", "ur so irrelevant lol", "sit down kid",
    # threats in a teen register
    "say that again i dare u", "catch me outside bro", "try me",
    "keep running ur mouth and see what happens", "ur gonna regret saying that",
    "i'll see u after school", "ur done kid", "meet me outside",
    # identity jabs at a person
    "ur so gay bro", "ur a fag", "go back to where u came from", "ur autistic or smth",
    # self-harm
    "go die in a hole", "no one would miss u if u died",
)

HELD_CLEAN: tuple[str, ...] = (
    # counter-speech against a hostile phrase
    "kys is not a joke please stop", "telling ppl to kill themselves isnt funny",
    "never tell someone to kys", "saying die to someone isnt ok",
    "go die is a horrible thing to say",
    "stop telling people nobody likes them", "calling someone retarded isnt funny",
    "kys jokes arent funny", "dont say kys even as a joke",
    # a threat's shape turned sweet
    "i know where u live... in my heart lol", "i know where you live and im bringing pizza",
    "watch your back... theres a spider lol", "im coming for you... with hugs",
    "catch me outside the cinema at 7",
    # a jab the writer shares
    "ur bad at this game lol same", "we're all bad at this lmao", "ur so bad lol me too",
    "we all suck at this", "ur trash lol same tbh", "ur such a dork lol same",
    "ur so dumb lol same", "we're both trash at this",
    # game, school and everyday talk
    "that's so gay lol", "why are you still up", "leave the vc and rejoin its bugged",
    "everyone look at my pfp lol", "who asked you to be this good",
    "stay safe guys", "nobody cares about the dlc lol", "ur done with homework? lucky",
    "try the boss again and see what happens", "i'll find u in the server",
    "no one wants to do the raid rn", "ur not late", "he's so nice fr",
    "cry about it later, we got a match", "the outside is too hot today",
    "meet me in the lobby", "stay mad cute lol",
    "ur done? gg",
)

HELD_SWEARING: tuple[str, ...] = (
    "holy shit we actually won", "fuck this math homework", "damn that edit is clean",
    "bro that was so fucking funny", "shit i missed the stream", "hell yeah new update",
    "this boss is so damn annoying",
)
