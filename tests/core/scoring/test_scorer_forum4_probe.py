"""The fourth forum probe (issue 8, forum4): Reddit derogation with no slur and no classic
insult word, and the clean shapes that share its words.

The lines live in forum4_probe_lines.py (tuning) and forum4_holdout_lines.py (held back),
all written before any rule code was read. Before the forum4 rules the default scorer
flagged 24/65 hostile probe lines and 2/66 clean ones (0/15 profanity-only); after them
59/65 and 3/66 (0/15). HOLDOUT (89 lines): 10/44 hostile and 1/45 clean flagged before
the rules, 32/44 and 2/45 at the final count; three fixes the older rounds' tests asked
for after it (no trades in the group list, no "these guys", no "power tripping" line)
left 30/44 and 1/45, the floors here (a third count, said so in the round's report).
The known misses and false flags are data, so a line that moves either way fails here.
"""

from __future__ import annotations

from tests.core.scoring.forum4_holdout_lines import HOLDOUT
from tests.core.scoring.forum4_probe_lines import PROBE
from tests.core.scoring.probe_checks import TaggedProbe, TaggedProbeChecks

KNOWN_MISSES = frozenset(
    {
        "the average redditor can't read past the title",
        "gen z can't do anything without a tiktok tutorial",
        "boomers ruined everything and now they whine",
    }
)
KNOWN_FALSE_FLAGS = frozenset(
    {
        "who hurt you? asking for a friend, this is my favourite meme",
        "touch grass? I literally mow lawns for a living",
    }
)
HOLDOUT_CAUGHT_FLOOR = 30
HOLDOUT_FLAGGED_CAP = 1


class TestForum4Probe(TaggedProbeChecks):
    ROUND = TaggedProbe(
        probe=PROBE,
        holdout=HOLDOUT,
        known_misses=KNOWN_MISSES,
        known_false_flags=KNOWN_FALSE_FLAGS,
        holdout_caught_floor=HOLDOUT_CAUGHT_FLOOR,
        holdout_flagged_cap=HOLDOUT_FLAGGED_CAP,
    )
