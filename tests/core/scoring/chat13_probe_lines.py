"""The chat13 probe (issue 8): game chat that calls a player "shit" through chat's
contractions ("ur so shit", "ur literally shit", "hes shit at this hero", "shes so
shit"), and a player, the team or the reader's team called "horrible" after a being
verb ("my team is horrible", "this duelist is horrible", "you guys are horrible"); and
the clean lines in the same words that must stay clean (the reader's things, the writer
about themselves, the game, the map, the patch, negations, questions and reports).
Written before any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # "shit" through a contraction, an intensifier or a skill after it
    "ur so shit", "ur literally shit", "ur actually shit lol", "ur just shit",
    "ur really shit at this game", "ur shit at this game", "ur so shit at league",
    "ur fucking shit", "hes shit", "hes so shit", "hes shit at this hero",
    "hes fucking shit", "shes so shit", "shes shit at valorant",
    "gg ur so shit", "lol ur actually so shit", "muted him cuz hes shit",
    "our pudge? hes shit", "jungler ur so shit", "sage ur literally shit",
    # "horrible" said of a player, a team or the reader's team
    "my team is horrible", "my teammates are horrible", "the enemy jungler is horrible",
    "you guys are horrible", "ur team is horrible", "our team is so horrible",
    "this duelist is horrible", "my duo is horrible", "this awp player is horrible",
    "these teammates are horrible", "my support is horrible lol",
    "this team is horrible gg", "our carry is so horrible", "you people are horrible",
    "this healer is horrible",
)

TUNE_CLEAN: tuple[str, ...] = (
    # the reader's things, the writer, questions, negations, reports
    "grab ur shit and go", "ur shit is everywhere", "pack ur shit we leave now",
    "is ur shit loading?", "ur shit ping again", "im so shit today",
    "i am literally shit at this hero", "i was so shit sorry", "hes not shit",
    "is he shit?", "he said ur so shit lol", "shes so shit scared of spiders",
    "hes shit out of luck", "ur shitting me right", "hes shitfaced",
    "my wifi is so shit", "this map is so shit", "the patch is literally shit",
    # "horrible" of a thing, an event, a negation or a report
    "my ping is horrible", "the new map is horrible", "this patch is horrible",
    "my team is not horrible", "is my team horrible?", "my aim is horrible today",
    "the enemy team comp is horrible", "you guys are horrible at hiding lol jk",
    "our luck is horrible", "i am horrible at this game", "my teammates said i'm horrible",
    "the servers are horrible tonight", "this skin is horrible", "the spawn is horrible",
)

TUNE_SWEARING: tuple[str, ...] = (
    "holy shit gg", "fucking nice ult", "shit that was close",
    "damn that flank was insane", "holy fuck what a clutch", "oh shit baron is up",
)
