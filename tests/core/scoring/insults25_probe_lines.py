"""The insults25 probe (issue 8): a precision round on the insults file's non-insults. A
line that opens with a bare list of name-calls (no "you", no article) and then reports them
as names someone heard, was called or hands out ("moron, idiot, freak, i have heard them
all", "loser, freak, weirdo, that is what they called me in school", "troll, shill, bot,
call me whatever you want"): older rounds read the opening list as names hurled at the
reader. The hostile lines in the same words must stay caught (the list given to the reader
or to a person: "that is what you are", "i call you all three", "you have been called
worse"). Written before any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    "moron, idiot, freak, that is what you are",
    "liar, hypocrite, bigot, you are all of them",
    "loser, freak, weirdo, that's you in three words",
    "troll, shill, bot, you are all three",
    "idiot, moron, clown, you have been called worse and you earned it",
    "racist, bigot, nazi, that is exactly what you are",
    "nerd, geek, loser, everyone calls you that for a reason",
    "fatso, pig, whale, i call you all of that",
    "snowflake, libtard, commie, you are every one of them",
    "hypocrite, liar, fraud, that describes you perfectly",
    "moron, idiot, jerk, shut up already",
    "freak, loser, creep, get away from me",
    "idiot, moron, dumbass, you lost and you know it",
    "liar, cheat, fraud, thats what you are",
    "clown, joker, fool, go back to your circus",
    "bully, troll, stalker, you are all of it",
    "pig, slob, loser, look in the mirror",
    "loser, failure, nobody, that is you",
    "weirdo, freak, creep, everyone at school says you are one",
    "fool, clown, idiot, i called you that and i meant it",
    "bitch, slut, whore, that's what you are",
    "pervert, creep, stalker, you are all three and you know it",
    "idiot, moron, dork, you are the dumbest kid here",
    "racist, bigot, hater, you should be ashamed",
    "liar, traitor, coward, you are a disgrace",
    "troll, shill, liar, nobody wants you here",
    "moron, idiot, loser, i have called you worse",
    "you moron, you idiot, you freak",
    "you liar, you hypocrite, you bigot",
    "you are a loser, a freak and a weirdo",
    "he is a liar, a cheat and a fraud",
    "she is a pig, a slob and a loser",
)

TUNE_CLEAN: tuple[str, ...] = (
    "moron, idiot, freak, i have heard them all",
    "liar, hypocrite, bigot... i have been called it all on here",
    "idiot, moron, clown, heard it all before",
    "racist, bigot, nazi, the usual names when you run out of arguments",
    "loser, freak, weirdo, that is what they called me in school",
    "nerd, geek, loser, i got called all of that growing up",
    "fatso, pig, whale, i heard those every day in gym class",
    "snowflake, libtard, commie, pick a label, i have been called them all",
    "racist, sexist, bigot, the labels get thrown at anyone who disagrees",
    "freak, loser, creep, that's what the kids called him before he moved",
    "idiot, moron, dumbass, call me anything you like, i still won",
    "liar, cheat, fraud, my ex called me everything in the book",
    "clown, joker, fool, the names they gave the new coach",
    "bully, troll, stalker, i was accused of all of it in one thread",
    "idiot, fool, moron, people love those words on forums",
    "pig, slob, loser, my sister got called that for years",
    "loser, failure, nobody, i used to call myself that",
    "loser, geek, dork, they said it to my face every day",
    "weirdo, freak, creep, i heard it from every kid on the bus",
    "liar, traitor, coward, names the papers used for him",
    "snowflake, crybaby, loser, it's all they ever call us",
    "racist, bigot, hater, i get called that daily for my opinions",
    "freak, weirdo, loser, my old nicknames",
    "moron, idiot, loser, my brother calls me all three",
    "fool, clown, idiot, i have been called worse",
    "pervert, creep, stalker, i got accused of being all three",
    "troll, shill, bot, call me whatever you want",
    "hypocrite, liar, sellout, the comments called her all of it",
    "dork, nerd, loser, the nicknames my dad had in high school",
    "idiot, moron, clown, the fans yelled it at the ref all game",
    "traitor, coward, liar, they shouted at the senator outside",
    "bigot, racist, troll, that's what i get called for asking questions",
    "loser, freak, idiot, the bullies said it to him every day",
    "crybaby, wimp, loser, i was called those as a kid and survived",
    "creep, weirdo, freak, i heard those a lot in middle school",
)

TUNE_SWEARING: tuple[str, ...] = (
    "holy shit that game was insane", "fuck yeah we won the finals",
    "damn this pizza is so good", "shit i forgot my keys again lol",
    "hell yeah weekend finally", "this fucking song slaps",
)
