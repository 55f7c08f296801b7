"""The discord43 probe (issue 8): Discord-style roasts and put-downs aimed at the reader
in current chat slang that the older rules missed: a roast word made a compound with
"behavior"/"energy"/"ahh" ("fatherless behavior", "bot ahh reply"), the reader's manner
likened to a child's or a bot's ("you type like a 5 year old", "u talk like a toddler"),
"didnt ask" with an L or a ratio, the reader called adopted, a roast word thrown after a
dismissal ("ok nerd", "whatever unfunny"), a bare "ugly ass" at the reader and "why are
you like this"; and the clean lines in the same words that must stay clean (the writer's
own self, things, friendly nerd talk, questions, reported speech, quotes, banter such as
"skill issue" and "ur mid"). Written before any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # a roast compound
    "fatherless behavior", "fatherless behaviour fr", "bot ahh reply", "incel behavior",
    "weirdo behavior tbh", "virgin energy", "unfunny ahh", "ur so fatherless behavior",
    "cringe behavior from you", "npc ahh",
    # the reader's manner likened to a child's or a bot's
    "you type like a 5 year old", "u talk like a toddler", "you sound like a bot",
    "you type like an npc", "ur typing like a child", "you write like a 3rd grader",
    "u spell like a toddler", "you talk like a 10 year old",
    # didnt ask with an L or a ratio
    "didnt ask + L", "didn't ask plus ratio", "didnt ask + ratio + L",
    # adopted
    "you're adopted lol", "ur adopted", "u were adopted fr",
    # a roast word after a dismissal
    "ok nerd", "sure nerd", "whatever nerd", "ok unfunny", "bye nerd",
    # ugly ass said to someone
    "ugly ass", "ok ugly ass", "ugly ass kid",
    # why are you like this
    "why are you like this", "bro why r u like this", "why are u like this",
)

TUNE_CLEAN: tuple[str, ...] = (
    # self-directed
    "fatherless behavior from me lol", "i type like a 5 year old rn", "i'm adopted",
    "i'm such a nerd", "why am i like this", "i sound like a bot today",
    # things, not people
    "this song is unfunny", "npc energy in this game is wild", "ugly ass shoes lol",
    "this ugly ass weather", "the bot ahh voice lines in this game",
    "i didnt ask for this", "didnt ask for ketchup but ok",
    # friendly nerd talk and kind comparisons
    "nerd stuff is the best", "my nerd friends", "you type like a pro",
    "you sound like my mom lol", "you look like your brother", "my sister is adopted",
    "we adopted a cat",
    # questions, reported speech, quotes
    "are you adopted?", "do i sound like a bot?", "he said you type like a 5 year old",
    "she told me i type like a child", "\"why are you like this\" is my fav meme",
    "why is it like this", "why is the game like this",
    # banter that stays clean
    "skill issue", "who let bro cook", "no maidens", "ok nice", "sure thing bro",
)

TUNE_SWEARING: tuple[str, ...] = (
    "holy shit that clip is fire", "damn this map is ass lol", "fuck yeah we won",
    "this patch is so fucking good", "shit i forgot my charger", "hell yeah lets go",
)
