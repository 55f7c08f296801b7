"""The discord37 held-back lines (issue 8): other wordings of the probe's shapes
(discord37_probe_lines.py), written at the same time and before any rule. Counted only at
the round's start and end."""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    "cry harder", "stay mad lol", "cope and seethe", "keep coping buddy",
    "you fell off so hard", "crawl back into whatever hole u came from",
    "nobody asked tho", "who even asked", "sure u are bud", "yeah sure you did",
    "sure you do buddy", "uh huh sure you are", "keep telling yourself that buddy",
    "whatever helps u sleep at night", "cool story", "cool story bro, nobody asked",
    "sure jan lmao", "bless ur heart, u really thought", "how does it feel to be this wrong",
    "sit down", "sit down and be quiet kid", "sit down bro", "just sit down and hush",
    "be quiet kid, the adults are talking", "the adults are talking, sit down",
    "sit down and shut up", "hush, the adults are talking",
    "just read a book", "go read a book lol", "read a book or two", "read a book ffs",
    "maybe try reading a book", "open a book sometime", "pick up a book for once",
    "go read a book before you comment", "touch grass", "go outside and touch grass",
    "log off and read a book", "read a book bro", "sure thing you are buddy",
)

HELD_CLEAN: tuple[str, ...] = (
    "i always cry more at the second movie", "stay mad cool bestie",
    "stay mad humble king", "how do you cope with exams?",
    "who asked for a refund?", "nobody asked me if i wanted pizza lol",
    "the one who asked about the raid, it starts at 8",
    "sure you are allowed to stream here", "i'm sure you did your best",
    "not sure you are right about that tbh", "sure you do, just type !join",
    "sure thing buddy, see you at 9", "sit down and enjoy the show",
    "sit down and have some tea", "we sat down and talked it out",
    "can everyone be quiet for the minute of silence?", "i need to be quiet, baby is sleeping",
    "my parents said the adults are talking so i left",
    "read a book to your little brother tonight", "i want to read a book this weekend",
    "did anyone read a book this summer?", "she read a book a day last year",
    "pick up a book from the library for me?", "touch grass tour 2025 starts now",
    "grass touching is my hobby", "keep telling yourself that you matter, because you do",
    "bless your heart for helping me today", "bless your heart, you made my day",
    "cool story bro, you should write a book", "whatever helps you sleep at night is fine",
    "i cope by drawing", "stay mad hydrated", "he told me to sit down and be quiet",
    "my mom says sit down and be quiet at dinner", "the teacher said read a book",
    "ok buddy see you tomorrow", "yeah sure, you are invited", "sure you are! come over",
    "cry more? i already cried twice", "is it read a book week?",
)

HELD_SWEARING: tuple[str, ...] = (
    "fuck i cried so much at that book", "shit this grass is wet as hell",
    "damn sit down and look at this shit", "hell yeah cool story time",
    "holy fuck the adults are asleep finally", "bloody hell i love this book",
)
