"""The discord38 probe (issue 8): a name-call or hate aimed at a third person in the
chat, said with the writer as the sentence's subject ("i hate that bitch", "i'm blocking
that asshole", "i'm done with that idiot", "i hate him so much"), which older rounds read
as the writer talking about themself or about a thing; and the clean lines in the same
words that must stay clean (the writer naming themself, things, reported speech,
fiction, negation, questions, friendly swearing). Written before any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # the writer's verb, then "that" or "this" and a name-call
    "i hate that bitch", "i'm blocking that asshole", "i'm done with that idiot",
    "i'm gonna beat that dumbass", "i really hate that slut", "i'm muting this moron",
    "i swear i'll slap that hoe", "im so sick of that loser", "i'm reporting that clown",
    "i can't deal with this retard anymore", "i despise that cunt",
    "i'm tired of that whore talking", "i just kicked that idiot from the server",
    "i want to punch that dumbass", "im about to block this bitch",
    "i'm ignoring that moron from now on", "i'm so done with this clown",
    "i literally hate that stupid bitch", "i'm gonna ban that jerk",
    # hate of a person said as "him", "her", "them"
    "i hate him so much", "i hate her so much", "i fucking hate him",
    "i hate her guts", "i despise him", "honestly i hate them both",
    "i really really hate her", "i can't stand her",
    # no subject, or an aside
    "can't stand that loser", "ugh this clown again", "look at this moron",
    "ugh that bitch again", "cant stand this idiot", "sick of that asshole",
    "that bitch again, seriously", "blocking that dumbass",
)

TUNE_CLEAN: tuple[str, ...] = (
    # the writer naming themself
    "i'm that idiot who forgot the keys", "call me an idiot but i liked it",
    "i'm such a clown for believing that", "i was that loser who cried at the end",
    "i felt like a moron after that", "yeah i'm that bitch, deal with it lol",
    # things
    "i hate that song", "that idiot-proof design is great", "i'm done with that game",
    "i hate this map so much", "i can't stand that noise", "i'm blocking that website",
    "i hate it so much", "i despise that movie", "i'm so sick of this weather",
    # reported speech and fiction
    "he called me an idiot, what do i do?", "she said i was a loser and i cried",
    "that idiot in the movie was hilarious", "the clown in that show is creepy",
    # negation and questions
    "i don't hate him at all", "i never said i hate her", "do you hate him?",
    "why would i block that guy?", "i'm not done with him yet",
    # friendly swearing and other senses
    "that bitch of a boss fight took me an hour", "i hate that i love this",
    "i hate that he left so early", "i hate him leaving, i miss him", "i'm gonna beat that level",
    "i'm gonna beat that record tonight", "look at this clown fish i caught",
    "i hate that it's monday",
)

TUNE_SWEARING: tuple[str, ...] = (
    "holy shit this is awesome", "fuck yeah we won", "damn that was close",
    "this bitch of a level is insane lol", "shit i forgot my charger", "hell yeah lets go",
)
