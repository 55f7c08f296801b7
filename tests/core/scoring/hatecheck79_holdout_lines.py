"""The hatecheck79 held-back lines (issue 8): other wordings of the round's shapes, written
at the same time as the probe and counted only at the start and at the very end.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    "kill the chinese", "shoot the irish", "bomb the japanese", "hang the french",
    "burn the swiss", "gas the dutch", "nuke the vietnamese", "murder the british",
    "execute the japanese", "lynch the chinese", "stab the french", "behead the irish",
    "drown the dutch", "massacre the japanese", "kill the portuguese",
    "just shoot the chinese", "kill the damn french", "hang the dutch!!",
    "we should kill the irish", "someone should shoot the japanese",
    "somebody needs to bomb the dutch", "we need to kill the french",
    "let's hang the chinese", "lets gas the japanese", "i say we burn the irish",
    "i think someone should kill the vietnamese", "we must bomb the swiss",
    "i'm going to shoot the british", "we have to kill the chinese",
    "time to nuke the french", "someone should finally execute the dutch",
    "we gotta massacre the japanese", "just kill the irish, all of them",
    "kill the french. every single one", "we should lynch the portuguese",
    "somebody should stab the japanese", "we should drown the chinese",
    "honestly someone should hang the french", "i'd love to kill the dutch",
    "we ought to shoot the vietnamese",
)

HELD_CLEAN: tuple[str, ...] = (
    "kill the chinese tank first", "shoot the irish archer", "bomb the japanese carrier",
    "nuke the french base", "kill the dutch commander to finish the mission",
    "hang the french flag on the wall", "burn the swiss cheese a little",
    "shoot the british plane down", "kill the chinese boss with ice",
    "i love the irish", "the dutch are playing tomorrow", "the japanese won the game",
    "we're gonna beat the irish on saturday", "kill the japanese knotweed before it spreads",
    "the french make great bread", "learn the chinese characters",
    "the allies bombed the japanese in 1944", "they hanged the irish rebels in 1798",
    "the soldiers shot the french prisoners in the war",
    "the germans tried to starve the dutch", "the english executed the scottish king",
    "no one should kill the chinese", "we should never shoot the irish",
    "why did they nuke the japanese?", "should we bomb the french?",
    "saying 'kill the chinese' is hateful", "she said we should kill the dutch",
    "anyone who says shoot the japanese is a bigot", "i'd never harm the french",
    "don't bomb the vietnamese, they are innocent", "help the dutch",
    "the japanese should not be killed for their history",
    "the nurse will kill the irish flu with rest", "kill the french accent, it sounds fake",
    "we killed the dutch in the quarter final lol", "the chinese killed it at the olympics",
    "the french shot their best film in paris", "the irish bombed on stage last night",
    "the japanese hang their laundry outside", "the swiss burn their old calendars",
)

HELD_SWEARING: tuple[str, ...] = (
    "fuck me the japanese food here is good", "shit the french open was crazy",
    "damn the dutch cyclists are fast as hell", "holy fuck the irish pub was packed",
    "this chinese noodle place is fucking great", "bloody hell the swiss trains are on time",
)
