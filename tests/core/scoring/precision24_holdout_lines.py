"""The precision24 held-back lines (issue 8): the same shapes as precision24_probe_lines.py
in other words, written at the same time, counted only at the start and the end.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    # an insult noun for someone present: here, in this thread, the reader
    "some idiot in here keeps posting memes", "some of y'all are morons",
    "some of you people are idiots", "there are morons in this chat and you lead them",
    "there's a moron on our team", "some moron on our team keeps dying",
    "some idiot in this server keeps tagging everyone", "there are real morons in this thread",
    "some morons like you will never get it", "the internet is full of idiots like you",
    "there are morons and then there's you", "some loser in this chat keeps whining",
    "some dumbass in this channel leaked the pics", "you're some sort of moron",
    "some idiots in this sub should learn to read",
    "there's always some moron in the replies and it's you again",
    "some idiot in this group chat keeps sending spam", "some of you here are idiots",
    "some dumbass on my squad keeps running in alone", "you are some kind of dumbass",
    # a quality noun owned by the reader or said to the reader
    "your stupidity is showing", "you're full of stupidity", "such idiocy from you",
    "what idiocy, you absolute clown", "idiocy is your only skill",
    "you and your idiocy", "i can't stand your idiocy", "your idiocy has no limits",
    "stupidity from you again", "spare me your stupidity", "enough of your idiocy",
    "the stupidity of your reply is amazing", "idiocy. you are the definition of it",
    "your stupidity is embarrassing", "your idiocy never ends",
    # older shapes kept
    "you are a moron", "ur an idiot", "shut up moron", "what an idiot you are",
    "you're such a dumbass",
)

HELD_CLEAN: tuple[str, ...] = (
    # an insult noun for an unknown someone not in the thread
    "some idiot scratched my car in the parking lot", "some loser stole my bike seat",
    "some dumbass pulled the emergency brake on the train",
    "there are still morons who think the moon landing was fake",
    "some idiots think the earth is six thousand years old",
    "there's always some moron who blocks the bus doors", "the road is full of idiots",
    "there are a lot of idiots out there", "some morons at the concert threw beer on the crowd",
    "some idiot at the gym left the weights on the floor",
    "there are morons everywhere, nothing new", "some loser took my parcel off the porch",
    "some dumbasses at the mall set off fireworks", "there are so many idiots on the road at night",
    "some moron on the motorway cut across three lanes",
    "the comments on that news site are full of morons",
    "some idiot called in a bomb threat at the airport",
    "there will always be idiots who drink and drive",
    # a quality noun exclaimed about a claim, a plan or a thing
    "stupidity. they just cut the school budget again", "what stupidity", "stupidity!",
    "idiocy. that is all this law is", "such idiocy!", "pure idiocy, this new parking rule",
    "sheer stupidity, the whole scheme", "total idiocy, whoever planned this junction",
    "utter stupidity. the numbers don't add up", "what idiocy, a tax on rain water",
    "idiocy, plain and simple. the bridge was closed for nothing",
    "absolute stupidity, this new law",
    # the same words at oneself, denied, asked, kind
    "i was a moron to believe that ad", "some idiot left the oven on, that idiot being me",
    "you're not a moron for asking", "is it idiocy or just carelessness?",
    "there are no morons here, just beginners", "what a dumb plan that bill is",
    "idiocy is not illegal", "what a stupid rule that is",
    "some idiot in accounting emailed the whole company by mistake",
    "such stupidity, a wall nobody asked for",
)

HELD_SWEARING: tuple[str, ...] = (
    "holy shit the view is amazing", "fuck yes the weekend", "damn that cake is good",
    "this band is fucking great", "shit i missed the bus lol", "hell yeah coffee time",
)
