"""The discord10 probe (issue 8): Discord servers and the chat of games other than
Dota 2, in the shapes chat9 left: exclusion from a community with no swear word,
intimidation and doxxing hints, harm to belongings by other verbs, a loss blamed on the
reader, a teammate's ability run down with no insult word, organised pile-ons; and clean
lines of the same words (welcome messages, rule reminders, flashbangs, callouts, friends'
school talk, bug reports, property talk). Written before any rule was read.
"""

from __future__ import annotations

# fmt: off

BRIEF_HOSTILE: tuple[str, ...] = (
    "you arent welcome in this server", "nobody invited you",
    "we don't want your kind here", "this server is better without you",
    "i know what school you go to", "i know your real name", "watch your back",
    "i'll kick your door in", "i will burn all your stuff", "someone should key your car",
    "you lost us the whole game", "thanks to you we lost",
    "our keeper is blind", "are you even looking at your screen", "my grandma plays better",
    "lets all report his account till its banned", "everyone spam her dms",
)

TUNE_HOSTILE: tuple[str, ...] = (
    # exclusion without a swear
    "you are not welcome here", "ur not welcome in this discord anymore",
    "no one invited u", "who even invited you", "nobody asked you to join",
    "we dont want you here", "we don't want people like you in this server",
    "this clan was better before you joined", "the server is better off without you",
    "everyone would be happier if you left", "you don't belong in this guild",
    "nobody here wants you around", "just leave the server already",
    # intimidation and doxxing hints
    "i know where you go to school", "i know your full name", "i know ur real name jake",
    "better watch your back", "you better watch yourself", "i know what your house looks like",
    "i know where your mom works", "i have your address", "i found your facebook",
    "sleep with one eye open", "i'm coming for you", "see you after school",
    # harm to belongings
    "i'll kick your door down", "im gonna burn your house down", "ill key your car",
    "i will trash your room", "someone should slash his tires",
    "i'll throw your pc out the window", "gonna smash up your car",
    "i'm going to destroy all your stuff", "someone should egg her house",
    # loss blamed on the reader
    "you lost us the game", "u lost us that round", "thanks to you we lost again",
    "we lost because of you", "because of you we lost the match",
    "you cost us the game", "you made us lose", "its your fault we lost",
    # teammate ability with no insult word
    "our goalie is blind", "are you even looking at the screen",
    "is your monitor even on", "my grandma could play better",
    "my little sister aims better than you",
    "do you even know how to play", "did you forget how to aim", "you play like a bot",
    "are you playing with your feet", "uninstall you cant even aim",
    # pile-ons
    "everyone report his account", "lets all report her", "everybody spam his dms",
    "lets all dm him and tell him he sucks", "everyone go spam her inbox",
    "mass report this guy", "lets get his account banned", "report her till she gets banned",
    "everyone block him", "lets all unfriend her",
    # Italian
    "non sei il benvenuto in questo server", "nessuno ti ha invitato",
    "so dove vai a scuola", "ti conviene guardarti le spalle", "ci hai fatto perdere",
)

TUNE_CLEAN: tuple[str, ...] = (
    # welcome messages and rule reminders
    "welcome to the server everyone", "you are welcome here anytime",
    "new members are always welcome", "you're not welcome to post links here",
    "links are not welcome in general chat", "self promo is not welcome in this channel",
    "you're welcome!", "everyone is welcome in this server", "welcome back man",
    "nobody invited you? i'll send you one", "who invited the new guy? welcome",
    "we don't want spam here", "please read the rules before posting",
    "this server is better without the bots", "the server is better now that raids stopped",
    # flashbangs, blind and screen
    "im blind from that flash", "their flash blinded me", "our keeper got blinded by the sun",
    "i am blind lol didnt see him", "flash blinded our whole team",
    "are you even looking at the map? its cool",
    "my screen froze", "is your screen black too?",
    # callouts
    "watch your back theres one behind you", "watch your back b site",
    "watch your six", "behind you!", "watch your back, sniper on the roof",
    # school and address among friends
    "i know what school you go to, same as my cousin", "what school do you go to?",
    "i know your real name is jake lol we met at the meetup", "my address changed, ill dm you",
    "see you at school tomorrow", "i know where you live, ill pick you up at 7",
    # property talk
    "i'll kick the door in the breach map", "kick the door open on the left",
    "i burned all my stuff in the lava lol", "someone keyed my car last night",
    "i'll burn the enemy base", "my stuff got burned in the fire",
    # loss talk
    "we lost the whole game", "thanks to you we won", "you carried us the whole game",
    "i lost us the game sorry", "we lost because of lag", "thanks to you we got the win",
    # ability talk
    "my grandma plays wow", "my grandma plays better than me at cards lol",
    "i play like a bot today", "i cant even aim today",
    # pile-ons that are fine
    "report the bug to the devs", "everyone report bugs in #bugs",
    "lets all report the bug", "everyone spam the emote", "lets all dm the mod for the event",
    "report cheaters with /report", "everyone block the lane", "lets all join the vc",
    # Italian
    "benvenuto nel server", "non si possono postare link qui", "ho perso la partita",
)

TUNE_SWEARING: tuple[str, ...] = (
    "fucking hell that flash", "holy shit that door kick", "damn we lost the whole game",
    "shit i forgot my keys", "fuck this map lol", "what the fuck was that play lmao",
    "goddamn lag", "bloody hell nice shot", "fuckin blind from that flash",
    "shit i'm bad today", "oh shit report the bug", "hell yeah we won",
)
