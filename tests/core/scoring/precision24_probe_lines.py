"""The precision24 probe (issue 8): comment-thread lines in the round's shapes (an insult
noun for an unknown someone who is not in the thread: "some idiot keyed my car", "there
are still idiots who believe that", "the world is full of morons"; a quality noun
exclaimed about a claim or a plan: "idiocy.", "what stupidity", "stupidity. that is all
this bill is") and the hostile lines in the same words that must stay caught (the same
nouns for someone here, for the reader or owned by the reader). Written before any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # an insult noun for someone present: here, in this thread, the reader
    "some idiot here keeps spamming the chat", "some of you are idiots",
    "some of you guys are morons", "there are idiots in this thread and you're one of them",
    "there's an idiot on my team", "some idiot on my team keeps feeding",
    "some moron in this chat keeps pinging me", "there are some real idiots in this server",
    "some idiots like you never learn", "the world is full of idiots like you",
    "there are idiots and then there's you", "some loser in this lobby keeps crying",
    "some dumbass in here deleted the channel", "you're some kind of idiot",
    "some morons in this sub need to read the rules",
    "there's always some idiot in the comments and today it's you",
    # a quality noun owned by the reader or said to the reader
    "your idiocy is showing", "you're full of idiocy", "such stupidity from you",
    "what stupidity, you absolute moron", "stupidity is your only talent",
    "you and your stupidity", "i can't stand your stupidity",
    "your stupidity knows no limits", "idiocy from you again", "spare us your idiocy",
    "enough of your stupidity", "the idiocy of your post is amazing",
    "stupidity. you are the definition of it",
    # older shapes kept
    "you are an idiot", "ur a moron", "shut up idiot", "what a loser you are",
    "you're a dumbass", "nobody asked you, moron",
)

TUNE_CLEAN: tuple[str, ...] = (
    # an insult noun for an unknown someone not in the thread
    "some idiot keyed my car last night", "some loser hacked my account",
    "some dumbass set off the fire alarm at work",
    "there are still idiots who believe the earth is flat",
    "some morons think vaccines cause autism",
    "there's always some idiot who parks across two spots", "the world is full of idiots",
    "there are a lot of morons out there", "some idiots at the game threw bottles on the field",
    "some moron at the store sneezed on the apples", "there are idiots everywhere, that's life",
    "some loser stole my lunch from the office fridge",
    "some dumbasses at my school pulled the fire alarm",
    "there are so many morons driving in the snow", "some idiot on the highway almost hit me",
    # a quality noun exclaimed about a claim, a plan or a thing
    "idiocy. just say things then give no facts", "what idiocy", "idiocy!",
    "stupidity. that is all this bill is", "such stupidity!", "pure stupidity, this new tax",
    "sheer idiocy, the whole plan", "total stupidity, whoever designed this road",
    "utter idiocy. the budget makes no sense", "what stupidity, a toll on a free bridge",
    # the same words at oneself, denied, asked, kind
    "i was an idiot to trust that app", "some idiot forgot his keys again, namely me",
    "you're not an idiot for asking", "is it stupidity or just bad luck?",
    "there are no idiots here, just people learning", "what a stupid idea that law is",
    "stupidity is not a crime",
)

TUNE_SWEARING: tuple[str, ...] = (
    "holy shit this is awesome", "fuck yeah we won", "damn that was close",
    "this song is fucking amazing", "shit i forgot my keys lol", "hell yes pizza night",
)
