"""The discord37 probe (issue 8): dismissive put-downs and mockery of the reader with no
insult word, in chat's wording: taunts ("cry more", "stay mad", "cope harder"), the
reader's words waved off ("nobody asked", "sure you are buddy", "keep telling yourself
that"), silencing ("sit down and be quiet", "the adults are talking"), and a book or
grass prescribed ("go read a book", "go touch grass"); the clean lines in the same words
that must stay clean (crying at a story, reading on a train, sitting down to relax,
asking about food, a kind "bless your heart", "mad" as "very"), and friendly swearing.
Written before any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # taunts
    "cry more lol", "stay mad kid", "cope harder", "keep crying about it",
    "ratio + you fell off", "crawl back under ur rock",
    # waved off
    "nobody asked", "who asked lmao", "sure you are buddy", "yeah sure u are",
    "sure you did bud", "sure jan", "keep telling yourself that",
    "whatever helps you sleep at night", "cool story bro", "keep telling urself that lol",
    "oh sure you are sweetie", "bless your heart, you can't even spell",
    "how does it feel to be wrong all the time",
    # silenced
    "sit down and be quiet", "sit down lol", "sit down and hush", "sit down kiddo",
    "shh the adults are talking", "be quiet, the adults are talking",
    "sit down and stay quiet", "just sit down bro",
    # a book or grass prescribed
    "read a book", "go read a book", "read a book sometime", "maybe read a book for once",
    "try reading a book before you talk", "pick up a book lol", "go touch grass",
    "touch grass and read a book",
)

TUNE_CLEAN: tuple[str, ...] = (
    # crying, coping, staying
    "i'm gonna cry more if this ending is sad", "i cope with stress by gaming",
    "stay mad cute", "stay mad pretty bestie", "i cried more than i thought at that movie",
    # asked about something else
    "who asked for extra cheese?", "nobody asked me to the party :(",
    "who asked the mods about the event?",
    # sure, as a yes
    "sure you are welcome to join", "make sure you are on time tomorrow",
    "im sure you are gonna do great", "are you sure you did the quest right?",
    "sure, you can borrow my charger",
    # sitting, quiet
    "sit down and relax, the stream starts soon", "please sit down, the movie is starting",
    "i had to sit down after that run", "be quiet in the library pls",
    "the kids are asleep so i have to be quiet", "the adults are talking about taxes again",
    # books and grass
    "read a book on the train", "i read a book about sharks today",
    "going to read a book before bed", "can you recommend me a book to read?",
    "touch grass season is here", "i finally touched grass today lol",
    # kind or reported
    "bless your heart, thank you so much", "keep telling yourself that you can do it!",
    "my teacher told me to read a book", "she said sure you are invited",
    "cool story, tell me more", "that's a cool story bro, where did it happen?",
    "whatever helps you sleep at night, melatonin or tea?",
)

TUNE_SWEARING: tuple[str, ...] = (
    "holy shit this ending made me cry", "fuck yeah we finally won",
    "damn this book is good as hell", "shit i forgot to touch grass today lmao",
    "this fucking stream is so cozy", "hell yeah sit down and watch this clip",
)
