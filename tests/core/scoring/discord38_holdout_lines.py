"""The discord38 held-back lines (issue 8): other wordings of the discord38 probe's
shapes, written at the same time and before any rule; counted only at the start and the
end of the round.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    "i hate that hoe", "i'm muting that asshole", "i'm done with this idiot",
    "i'm gonna smack that dumbass", "i really can't stand that bitch",
    "i'm blocking this loser", "i swear i hate that prick", "i'm kicking that moron",
    "i'm so over that clown", "i will report that retard", "im done with that slut",
    "i'm tired of this asshole", "i wanna slap that idiot", "i'm about to mute that bitch",
    "i loathe that cunt", "i honestly hate this dumbass", "i'm sick of that stupid hoe",
    "i'm gonna ignore that loser", "i'm banning this clown", "i hate that fat bitch",
    "i hate him", "i hate her", "i hate them so much", "i fucking hate her",
    "i despise her", "i seriously hate him so much", "i cant stand him",
    "i hate his guts", "i really hate them", "i loathe him",
    "can't stand that bitch", "ugh this idiot again", "look at this clown",
    "ugh that moron again", "cant stand this dumbass", "sick of this loser",
    "tired of that asshole", "that moron again, smh", "muting that clown",
    "done with that bitch",
)

HELD_CLEAN: tuple[str, ...] = (
    "i'm that moron who locked himself out", "call me a loser but i love chess",
    "i'm such an idiot for forgetting", "i was that clown at the party",
    "i felt like an asshole after saying that", "i'm the dumbass who deleted the save",
    "i hate that show", "that moron-proof lock is handy", "i'm done with that book",
    "i hate this level", "i can't stand that smell", "i'm blocking that number",
    "i hate it here", "i despise that song", "i'm sick of this rain",
    "i'm muting that channel", "i'm reporting that bug",
    "she called me a bitch, should i tell someone?", "he said i was an idiot",
    "they called me a clown in class today", "the idiot in that book was funny",
    "that loser in the film won in the end",
    "i don't hate her", "i never hated him", "do you hate them?", "why would i block that guy",
    "i'm not mad at him", "i hate that he's moving away", "i hate that she's sick",
    "i hate him being gone", "i'm gonna beat that boss", "i'm gonna smash that record",
    "look at this clown costume", "i hate that this happened", "that bitch of a puzzle",
    "i hate that we lost", "i hate that i'm so tired", "i can't stand the heat",
    "i'm done with this homework", "i'm so over this week",
)

HELD_SWEARING: tuple[str, ...] = (
    "holy fuck that was sick", "damn this is good", "shit yeah we did it",
    "hell of a game", "fuck i'm tired lol", "this shit slaps",
)
