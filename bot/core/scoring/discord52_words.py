"""Words of the discord52 round (issue 8, targeting_discord52.py): a member of a Discord
server shut out by a call to the room, named by a pronoun or a user mention: the invite
withheld for good ("dont invite her next time", "stop inviting him", "dont let her join")
or the member removed from the room ("can we kick <@1> from vc", "get him out of the gc",
"uninvite him")."""

from __future__ import annotations

from typing import Final

# fmt: off
# The member: a pronoun, or a user mention (targeting_discord47.user_mention_at); never
# the writer ("dont invite me", "kick me from vc") nor a thing ("kick the spam bot").
MEMBERS: Final[frozenset[str]] = frozenset({"him", "her", "them", "em"})
# --- The invite withheld: this round's own lines, a ban and the inviting verb ("stop
# inviting", "dont invite", "no one invite", "lets not invite"), the member right after.
BANNED_INVITES: Final[frozenset[str]] = frozenset({
    "stop inviting", "quit inviting", "stop invitin", "stop adding", "quit adding",
    "never invite", "dont invite", "don t invite", "dont even invite", "no one invite",
    "noone invite", "nobody invite", "lets not invite", "let s not invite",
})
# Discord18's own "dont invite her" and "dont add him" lines, which it leaves clean with
# no room or reason after them ("dont invite her next time", "dont add her back"): read
# again here.
OLDER_INVITES: Final[frozenset[str]] = frozenset({
    "dont invite her", "dont invite him", "don t invite her", "don t invite him",
    "dont add her", "dont add him", "don t add her", "don t add him",
})
# "let her join", "let him back": this round's own lines, the pronoun inside, the ban
# right before them ("dont", "never", "no one", over "ever", "pls").
LET_IN: Final[frozenset[str]] = frozenset(
    f"let {member} {entry}" for member in MEMBERS for entry in ("join", "back", "rejoin")
)
BANS: Final[frozenset[str]] = frozenset({"dont", "never", "nobody", "noone"})
BAN_PAIRS: Final[frozenset[tuple[str, str]]] = frozenset({
    ("don", "t"), ("do", "not"), ("no", "one"),
})
BAN_GAP: Final[frozenset[str]] = frozenset({
    "ever", "even", "u", "you", "yall", "guys", "pls", "please", "plz", "just",
})
BAN_GAP_REACH: Final = 3
# After the member, what makes the withheld invite standing: the next time, ever again,
# back, everything, or the room ("dont invite her next time", "stop adding her to the
# gc", "yall stop inviting him to everything"); else the line said whole, chat's tails
# only after it ("stop inviting him lol").
STANDING: Final[frozenset[str]] = frozenset({
    "again", "anymore", "ever", "next", "back", "everything", "anything", "server", "gc",
    "vc", "chat", "groupchat", "group", "call", "discord", "squad", "clan", "guild", "lobby",
})
TAILS: Final[frozenset[str]] = frozenset({
    "lol", "lmao", "lmfao", "xd", "fr", "ngl", "tbh", "honestly", "tho", "though", "bro",
    "bruh", "dude", "smh", "istg", "frfr", "deadass", "ong", "rn", "guys", "yall", "y",
    "all", "everyone", "everybody", "ok", "okay", "pls", "plz", "please", "seriously",
    "omg", "srsly", "already", "in",
})
TAIL_REACH: Final = 3
# --- The removal: this round's own lines, "from", "of", "outta" or "off" and the room
# ("from vc", "of the gc", "off this server"), "out" before "of"; the member right before
# them and a removing verb before the member ("kick <@1> from vc", "get him out of the
# gc"). At most three words: a longer line would claim an older one it overlaps ("get
# out of" in "get out of our discord"), and "group chat" is read by its "group".
ROOMS: Final[tuple[str, ...]] = (
    "server", "gc", "vc", "chat", "groupchat", "group chat", "discord", "group", "call",
    "squad", "clan", "guild", "lobby",
)
ROOM_DETERMINERS: Final[tuple[str, ...]] = ("the ", "this ", "our ", "")
ROOM_LEADS: Final[tuple[str, ...]] = ("from", "of", "outta", "off")
FROM_ROOM_WORDS: Final = 3
FROM_ROOMS: Final[frozenset[str]] = frozenset(
    term
    for lead in ROOM_LEADS
    for det in ROOM_DETERMINERS
    for room in ROOMS
    if len((term := f"{lead} {det}{room}").split()) <= FROM_ROOM_WORDS
)
OF: Final[str] = "of"
OUT: Final[str] = "out"
REMOVERS: Final[frozenset[str]] = frozenset({
    "kick", "kik", "remove", "get", "take", "throw", "boot", "yeet", "leave", "ban",
    "toss", "chuck", "drag", "uninvite",
})
# Older lines hold these verbs with their pronoun ("kick him", "remove her", exclusion.txt),
# a server's allowed terms switching them off: left to them ("kick him from the server").
OLDER_REMOVALS: Final[frozenset[tuple[str, str]]] = frozenset(
    (verb, member)
    for verb in ("kick", "remove", "boot", "yeet", "ban")
    for member in ("him", "her", "them")
)
# The older "kick him", "remove her" lines as terms: a reason after them makes the call
# moderation or the member's own wish ("kick him from vc his mic is looping", "remove her
# from the gc she asked to leave"), as for this round's own removals.
OLDER_REMOVAL_TERMS: Final[frozenset[str]] = frozenset(
    f"{verb} {member}" for verb, member in OLDER_REMOVALS
)
# "uninvite him", "someone uninvite <@2>": this round's own line, the member right after.
UNINVITE: Final[frozenset[str]] = frozenset({"uninvite", "univite"})
# --- Before the call, only chat's openers and the room called on ("pls", "guys", "can
# we", "someone", "can a mod", "lets", "everyone"): a subject, a report, a negation or a
# question word leaves it no call ("they kicked me ...", "why did they remove her ...",
# "please dont kick <@3> ...", "i never invite him ...").
OPENERS: Final[frozenset[str]] = frozenset({
    "pls", "please", "plz", "guys", "yall", "y", "all", "everyone", "everybody", "every1",
    "ok", "okay", "so", "and", "also", "just", "lol", "lmao", "bro", "bruh", "fr", "yo",
    "seriously", "srsly", "honestly", "ngl", "tbh", "istg", "like", "now", "rn",
})
# A removal may be asked of someone ("can we", "someone", "can a mod", "lets"); a
# withheld invite may not ("we never invite him ..." tells a habit).
CALLERS: Final[frozenset[str]] = OPENERS | {
    "can", "could", "we", "someone", "somebody", "some1", "a", "mod", "mods", "admin",
    "admins", "lets", "let", "s",
}
OPENER_REACH: Final = 4
# After the member, in the next few words: a reason that makes it moderation, logistics
# or the member's own wish, or a joke's mark ("... he keeps spamming", "... his mic is
# looping", "... she's away that week", "... the lobby is bugged", "... she asked to
# leave", "... its a surprise party for him").
EXCUSES: Final[frozenset[str]] = frozenset({
    "spam", "spamming", "spams", "spammer", "bot", "bots", "scam", "scammer", "hacked",
    "compromised", "raid", "raiding", "gore", "nsfw", "posted", "posting", "ads", "alt",
    "rules", "mic", "looping", "echo", "loud", "screaming", "afk", "lagging", "lag",
    "asked", "wants", "wanted", "leave", "leaving", "left", "busy", "away", "vacation",
    "holiday", "trip", "traveling", "full", "surprise", "birthday", "until", "yet", "sick",
    "asleep", "sleeping", "sleep", "bed", "exams", "exam", "studying", "bugged", "down",
    "broken", "crashed", "phone", "account", "hates", "lives", "far", "grounded",
    "working", "moved", "moving", "cant", "doesnt", "jk", "joking", "kidding", "base",
    "spawn", "zone", "team", "ranked", "match",
})
# The excuses that clear an older "kick him" line: not the game's rooms and sides, which
# name where he is kicked from ("kick him from the team he's dead weight").
OLDER_REMOVAL_EXCUSES: Final[frozenset[str]] = EXCUSES - {
    "team", "ranked", "match", "base", "spawn", "zone", "hates",
}
AFTER_REACH: Final = 8
# fmt: on
OWN_TERMS: Final[frozenset[str]] = BANNED_INVITES | LET_IN | FROM_ROOMS | UNINVITE
