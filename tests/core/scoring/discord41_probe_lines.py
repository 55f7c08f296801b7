"""The discord41 probe (issue 8): social exclusion and harassment of the reader in
Discord and teen chat ("nobody wants you here", "just leave the server already", "we all
hate you", "you're not invited lol", "get out of our vc", "go cry to your mom", "nobody
asked you", "no friends"), the clean lines in the same words that must stay clean (a
dislike of food, days, patches and updates, server settings, invitations given, errands),
and friendly swearing. Written before any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # nobody wants or likes the reader
    "nobody wants you here", "no one likes you, just accept it", "literally nobody likes u",
    "no one wants u in this server", "nobody even wants you around", "no one here likes you lol",
    "nobody cares about you or your opinion", "nobody asked you",
    "nobody asked u go back to lurking",
    # sent out of the server, the vc or the group
    "just leave the server already", "leave the server nobody wants you",
    "get out of our vc", "get out of our gc weirdo", "pls leave the group chat",
    "go away nobody likes you", "get out of here loser", "just leave already nobody will miss you",
    # the whole group hates the reader
    "we all hate you", "everyone here hates you", "everyone in this server thinks you're a joke",
    "the whole server hates u", "everybody thinks ur annoying",
    # not invited, no friends
    "you're not invited lol", "ur not invited to the sleepover",
    "you have no friends", "ratio + you fell off + no friends",
    "no wonder you have no friends", "imagine having zero friends lmao",
    # told to cry, to be quiet, warned
    "go cry to your mom", "go cry about it", "cry more loser",
    "watch your back", "you better watch your back at school", "shut up nobody asked",
    "you're such a loner everyone ignores you",
)

TUNE_CLEAN: tuple[str, ...] = (
    "nobody wants pineapple pizza", "no one likes mondays", "nobody likes this new map",
    "no one wants to play ranked rn", "nobody cares about the halftime show",
    "nobody asked for this update lol", "no one asked for a battle pass",
    "leave the server settings as they are", "don't leave the server, the event starts soon",
    "i'm gonna leave the server for a bit to study", "he left the group chat by accident",
    "get out of the water it's cold", "get out of the rain",
    "we should get out of the vc and sleep",
    "go away for the weekend, you deserve it", "get out of here, that's amazing",
    "we all hate this patch", "everyone hates the new ui", "the whole server hates the update",
    "everyone thinks the ending was a joke",
    "you're invited to the party!", "ur invited to my bday", "you're not invited? i'll fix that",
    "i have no friends who play this", "no friends online rn, wanna duo?",
    "go cry at the end of that movie, it's so sad", "i'd cry about it too honestly",
    "watch your back in this zone, snipers everywhere", "watch your step on the ice",
    "nobody wants you to leave", "no one hates you, you're fine",
    "everyone here likes you",
)

TUNE_SWEARING: tuple[str, ...] = (
    "holy shit that clutch", "fuck yeah we did it", "damn this update is shit lol",
    "shit i forgot to feed the cat", "fucking hell it's hot today", "oh fuck the server crashed",
)
