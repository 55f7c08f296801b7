"""Words of the discord41 round (issue 8, targeting_discord41.py): kind lines about the
reader that the older exclusion lines read as social exclusion in Discord and teen chat:
the reader wanted to stay ("nobody wants you to leave"), hated by no one ("no one hates
you, you're fine"), asked whether they were left out ("you're not invited? i'll fix
that"), and sent to cry at a sad scene ("go cry at the end of that movie")."""

from __future__ import annotations

from typing import Final

# fmt: off
# The reader after "wants"/"want" in an exclusion line: "nobody wants [you]".
READER: Final[frozenset[str]] = frozenset({"you", "u", "ya", "yu"})
WANT: Final[frozenset[str]] = frozenset({"wants", "want", "wanted"})
TO: Final[frozenset[str]] = frozenset({"to", "2"})
# What no one wants the reader to do is to leave, stop or be hurt: a kind wish, not a
# shunning ("nobody wants you to leave", "no one wants you to feel bad"); "nobody wants
# you to stay" and "nobody wants you to play" still shun.
LEAVING: Final[frozenset[str]] = frozenset({
    "leave", "go", "quit", "stop", "worry", "feel", "cry", "apologize", "apologise",
    "change", "suffer", "struggle", "hurt", "die", "disappear", "uninstall", "stress",
})
# "nobody wants you to go [with them]" shuns the reader again.
ALONG: Final[frozenset[str]] = frozenset({"with", "along", "w"})
# "nobody wants you to be [sad]": a kind wish too.
BE: Final[frozenset[str]] = frozenset({"be", "feel", "get"})
SORROW: Final[frozenset[str]] = frozenset({
    "sad", "upset", "hurt", "alone", "lonely", "unhappy", "miserable", "banned", "left",
    "bad", "guilty", "unwelcome", "excluded",
})
# A hate verb in an insult or exclusion line aimed at the reader: "[hates] you".
HATE: Final[frozenset[str]] = frozenset({"hates", "hate", "hated", "dislikes", "dislike"})
# Words read back over from the hate verb to its subject: "no one [here actually] hates
# you".
HATE_FILLERS: Final[frozenset[str]] = frozenset({
    "here", "really", "actually", "even", "ever", "truly", "seriously", "genuinely",
    "honestly", "lol", "fr",
})
HATE_FILLER_REACH: Final[int] = 3
# A subject that hates no one: "nobody", "noone", "no one", "none of us".
NOBODY: Final[frozenset[str]] = frozenset({"nobody", "noone"})
NONE_OF: Final[frozenset[str]] = frozenset({"us", "them", "we"})
# "no one hates you more than i do" still hates.
MORE_THAN: Final[frozenset[str]] = frozenset({"more", "as"})
# Lines that are the reader's being left out asked, not said, before a "?": "you re not
# [invited]?", "everyone [ignores] you?".
ASKABLE: Final[frozenset[str]] = frozenset({"invited", "ignores", "avoids"})
# The line's first word when it asks about the reader's state ("[you] re not invited?",
# "[everyone] ignores you?"); "no one invited you?" and "who invited you?" scorn.
ASKED_OPENERS: Final[frozenset[str]] = frozenset({
    "you", "ur", "u", "youre", "everyone", "everybody",
})
# "go cry" at a sad scene, not sent away to cry: "go cry [at the] end of that movie",
# "go cry [during the] finale"; "go cry to your mom", "go cry over it" still send away.
CRY: Final[frozenset[str]] = frozenset({"cry"})
AT_SCENE: Final[frozenset[str]] = frozenset({"at", "during", "through", "watching"})
SCENE_DETERMINERS: Final[frozenset[str]] = frozenset({
    "the", "that", "this", "every", "each", "those", "these",
})
