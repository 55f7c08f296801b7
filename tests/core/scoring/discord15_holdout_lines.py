"""The discord15 held-back batch (issue 8): written with the probe, before any rule,
counted only at the start and the end of the round. New wording in the same shapes.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    "don't be such a sore loser", "stop acting like such a baby", "quit being such a drama queen",
    "don't be so pathetic", "dont be a loser about it", "stop being such a loser bro",
    "don't be a baby", "ratio + didnt ask", "ratio + ur washed", "L ratio",
    "get ratio'd kid", "ratioed + cope harder", "imagine getting ratioed this hard lol",
    "fell off + ratio", "ur channel fell off lol cope",
    "ew a woman in vc", "girls in vc = instant mute", "why is there a girl on the team smh",
    "eww a female gamer", "girls shouldnt be allowed in ranked",
    "that creator is a fraud", "the streamer is a liar and a fraud", "this mod is a joke",
    "our admin is a clown", "streamer is a scam artist",
    "nobody wants u around", "nobody invited u loser", "leave this server and dont come back",
    "pls leave the vc", "log off forever", "log off loser", "go outside and touch some grass nerd",
    "uninstall and leave", "get out of our vc", "ur so annoying omg leave", "no one wants u here",
    "u werent invited", "youre not welcome here", "ur such a loser lol nobody likes u",
    "stop talking nobody invited u",
)

HELD_CLEAN: tuple[str, ...] = (
    "u should die less in the early game", "if you die less you'll rank up",
    "try not to die before the boss", "you died way too fast, hang back more",
    "dying less is the whole trick", "u need to stop dying to the sniper",
    "you smell like roses", "u smell like cinnamon lol", "you smell like pine trees",
    "you smell like fresh laundry", "u smell like a bakery omg",
    "the creeper exploded next to me", "kill the skeleton archers first",
    "the zombie horde is huge tonight", "the ghoul boss is so tanky", "that slime keeps splitting",
    "the imp summons more imps", "the brute smashed my shield", "deny the creeps under tower",
    "the enderman stole a block",
    "ill find you at the meetup, look for the green shirt",
    "i'll find u at the convention tomorrow",
    "i'll come find you irl at the event", "meet u irl at the arena",
    "ill find u irl at the lan, bring ur controller",
    "ur such a nerd haha ily", "ur a dork lol love ya", "ur so weird and i love it",
    "dont be such a stranger", "the kd ratio is mid", "my screen ratio is off",
    "a girl in vc just clutched", "the streamer is goated", "time to log off, gn all",
    "ill leave the server if it dies", "nobody invited me to the party lol",
    "touch grass day for me, offline till monday", "the loser bracket starts now",
    "the fraud detection quest is bugged", "my friend is a girl gamer and she's cracked",
)

HELD_SWEARING: tuple[str, ...] = (
    "fuck that creeper", "holy shit i died again", "damn this slime", "shit the witch got me",
    "fucking lag again", "what the hell is that mob",
)
