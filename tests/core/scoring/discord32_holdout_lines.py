"""The discord32 held-back batch (issue 8): written with the probe, before any rule, in
the same shapes with different wording; counted only at the start and the end.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    "you didnt even read the post did you", "u didn't even look did u",
    "you didn't even play the game did you", "bro u didnt even read it",
    "you didnt even open it lol", "u didnt even watch it huh",
    "you didn't even read what i said", "lol you didnt even try",
    "u didnt even listen did u", "you didnt even read the thread lmao",
    "bruh you didn't even watch the clip", "you didnt even check did you",
    "u didnt even read the title",
    "bro really thought he did smth", "bro really thought he was the main character",
    "u really thought that was a good comeback", "you really thought that was clever",
    "bro actually thought he cooked", "you really thought u ate",
    "u thought you did something", "blud thought he was him",
    "bro really thought that was funny", "you actually thought that was funny lmao",
    "u really thought u cooked with that", "bro lowkey thought he ate",
    "you really thought you were slick",
    "did ur mom dress u", "did your mom pick that outfit for you lmao",
    "who did your hair, ur worst enemy?", "who told you that fit was ok",
    "why are you so weird", "ur so weird go away", "you're weird af stop texting me",
    "why r u so weird bro", "ur such a weirdo leave",
    "can u even read", "ur so cringe go away", "who asked you", "do u even know how to type",
    "nobody invited you",
)

HELD_CLEAN: tuple[str, ...] = (
    "did your mom pick you up?", "did you read chapter 5?", "did u watch the game last night?",
    "did ur mom cook today?", "who did your hair? its gorgeous",
    "i really thought i was him lol", "i'm so weird sorry", "i didnt even watch it yet",
    "i didn't even try that level", "i really thought that was funny ngl",
    "i thought i ate with that outfit lol", "my mom dressed me for picture day lol",
    "my cousin really thought he was him when he got his license lol",
    "she didn't even read it, my teacher said", "he said u didnt even watch it",
    "my dog thought he cooked when he stole the pizza",
    "this game is weird", "that dream was so weird", "the new logo is weird af",
    "that ad was so cringe",
    "ur weird but i love u", "ur so weird haha i love that", "ur weird in the best way",
    "you didnt even have to study and you aced it, so proud",
    "you didn't even need help, ur so good at this",
    "you really thought about it, that's sweet", "u didnt even lose a round, goated",
    "you're not weird", "ur not cringe at all",
    "you didnt even see it yet? its so good", "did you really think it was over?",
    "'you didnt even read it did you' lmao my teacher",
    "you really thought i forgot? never", "bro really thought of everything, respect",
    "he really thought he did something in the story, then he lost",
    "i didn't even look at the score lol",
    "u didnt even have to say that, ty",
    "we really thought we won lol", "they didnt even read the rules lol",
    "did u even have lunch today?",
)

HELD_SWEARING: tuple[str, ...] = (
    "holy shit that was so weird", "fuck i didnt even watch the trailer",
    "damn i really thought we won", "shit that was a good movie", "fucking insane clip",
    "hell yeah he cooked",
)
