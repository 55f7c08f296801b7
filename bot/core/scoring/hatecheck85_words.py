"""Words of the hatecheck85 round (issue 8, targeting_hatecheck85.py): hate for a named
group held by the writer, by "we" or by a company that holds the writer, as a habit, a
duration or a lasting state ("we always hated immigrants", "i've hated muslims for
years", "been hating refugees since day one", "we have never liked gay people and never
will", "me and my friends can't stand trans people")."""

from __future__ import annotations

from typing import Final

from bot.core.scoring import hatecheck83_words as w83

# fmt: off
# --- The round's own lines (lexicons/en/identity_attack.txt, hatecheck85): a perfect or
# progressive aversion, and "never liked"; read only in the shape and cancelled outside
# it ("i've hated this song for years", "they've hated jews for centuries").
PERFECT_LINES: Final[frozenset[str]] = frozenset({
    f"{have} {verb}"
    for have in ("have", "ve", "ive", "weve")
    for verb in ("hated", "despised", "loathed", "detested")
})
ONGOING_LINES: Final[frozenset[str]] = frozenset({
    "been hating", "been despising", "been loathing", "been detesting",
})
NEVER_LIKED: Final = "never liked"
OWN_TERMS: Final[frozenset[str]] = PERFECT_LINES | ONGOING_LINES | {NEVER_LIKED}
# Own lines that may open their sentence with the subject dropped, as chat does ("been
# hating refugees since day one", "never liked jews and never will").
SUBJECTLESS: Final[frozenset[str]] = ONGOING_LINES | {NEVER_LIKED}

# --- Older present-tense aversions a company holding the writer may say ("me and my
# friends [can't stand] trans people"): the lexicon's terms, as the matcher spells them.
PRESENT_AVERSIONS: Final[frozenset[str]] = frozenset({
    "hate", "despise", "loathe", "detest", "can t stand", "cant stand", "cannot stand",
    "can not stand",
})

# --- The holders: "i" or "we" (chat's "ive", "weve" fused with "have"), maybe before
# "have" and an adverb ("we [have always] hated", "i [have never] liked").
WRITERS: Final[frozenset[str]] = frozenset({"i", "we", "ive", "weve"})
HAVE_GAP: Final[frozenset[str]] = w83.HAVE | {"always", "all", "both", "just", "literally"}
HAVE_REACH: Final = 3  # "we [have all always]"
# A company that holds the writer: "me and", a determiner and one or two words ("me and
# [my friends]", "me and [the boys]", "me and [my whole family]").
ME: Final = "me"
AND: Final = "and"
COMPANY_DETERMINERS: Final[frozenset[str]] = frozenset({"my", "the", "our"})
COMPANY_SIZES: Final[tuple[int, ...]] = (4, 5)  # "me and my friends", "me and my whole family"

# --- After the group: how long, at most DURATION_REACH words ("for years", "my whole
# life", "since i was a kid", "for a long time"), then the clause closes or goes on only
# into TAILS ("and never will", "and we always will", "lol").
DURATIONS: Final[frozenset[str]] = frozenset({
    "for", "years", "decades", "months", "weeks", "days", "ages", "generations", "centuries",
    "a", "long", "time", "forever", "since", "day", "one", "my", "our", "whole", "entire",
    "life", "lives", "all", "i", "we", "was", "were", "kid", "kids", "young", "little",
    "high", "school", "birth", "the", "start", "beginning", "ever", "now",
})
DURATION_REACH: Final = 5  # "since i was a kid"
TAILS: Final[frozenset[str]] = w83.TAILS | {"never", "we", "now", "still", "do"}
TAIL_REACH: Final = 4  # "and we never will"
# --- The hate stopped, regretted or taken back, read after the group and its duration
# ("... until i met my wife", "..., but not anymore", "i never liked gay people, but
# they're fine"); hatecheck83's words less those of childhood, which a duration names
# ("since i was a kid").
STOPPED: Final[frozenset[str]] = (
    w83.REGRETS - {"kid", "child", "teen", "teenager", "young", "younger", "before"}
) | {"not", "no", "longer", "stopped", "but", "though", "however"}
STOPPED_REACH: Final = w83.REGRET_REACH
# fmt: on
