"""The precision28 probe (issue 8): warnings and hyperbole in which someone else (not the
writer) will do the harm to the reader ("she's gonna kill you when she finds out", "your
dad is going to murder you", "they will dox you if you post that", "their jungler is
gonna destroy you") and the hostile lines in the same words that must stay caught (the
writer's own threats, threats by the writer's side or by proxy, wishes that someone
hurt the reader, and a group said to be dangerous to the reader). Written before any
rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # the writer's own threat
    "i'm gonna kill you", "i will beat you up after school", "i'll hunt you down",
    "i am going to hurt you", "i will dox you if you post that", "ill end you",
    "we are going to come for you", "we'll ruin your life", "we will find you and hurt you",
    "me and the boys will beat you up",
    # by proxy: the writer's people
    "my boys will beat you up", "my brother is gonna kill you", "our guys will hunt you down",
    "my cousins will hurt you if you show up", "i'll get my friends to beat you up",
    "i'll make sure he kills you",
    # an ominous someone
    "someone is going to kill you", "somebody will hurt you one day",
    "someone's gonna dox you and i'll laugh",
    # a wish or a call that someone hurt the reader
    "someone should beat you up", "i hope he kills you", "i hope they hunt you down",
    "he should beat you up", "they need to hurt you", "let them kill you",
    "i wish she would punch you", "they ought to beat you up",
    # a group said to be a danger to the reader
    "muslims will kill you", "immigrants are gonna hurt you", "the jews will ruin your life",
    "black people will beat you up", "gays will come for you",
    # the writer threatens with a third person named too
    "i swear he and i will beat you up", "i'm gonna kill you and she's gonna help",
    "he's gonna kill you and i'll watch, you idiot",
)

TUNE_CLEAN: tuple[str, ...] = (
    # a third person will do it: warnings and hyperbole
    "she's gonna kill you when she finds out", "your mom is going to kill you",
    "your dad is going to murder you lol", "he's gonna kill you for eating his fries",
    "mom is gonna kill you when she sees the carpet",
    "the teacher is going to kill you if you're late again",
    "they will dox you if you post that", "they'll dox you if you show your face on stream",
    "careful, he will beat you up if he finds out", "those guys will hurt you, stay away",
    "watch out, they'll come for you next", "he'll hunt you down if you owe him money",
    "their jungler is gonna kill you, ward up", "their mid is going to destroy you",
    "that boss is gonna end you if you stand in the fire",
    "the raid leader is going to kill you for pulling early",
    "your wife is gonna murder you if you buy another keyboard",
    "the mods will hunt you down for that pun", "she'll beat you up if you spoil the finale",
    "grandma is going to kill you, you forgot her birthday",
    "he's going to punch you when he sees what you did to his car",
    "the landlord will kill you when he sees the wall",
    "coach is gonna kill you for skipping practice",
    "your sister will strangle you if you read her diary",
    "they're going to ruin your life if you sign that contract",
    "the bank will ruin your life with those fees",
    "scammers will ruin your life, never give them your password",
    "he is gonna kill you lol run", "she will end you, she is a pro",
    "the cops will beat you up there, be careful",
    "that guy will hurt you, he has a temper", "they will eat you alive in the finals",
)

TUNE_SWEARING: tuple[str, ...] = (
    "fuck me that was close", "holy shit what a game", "damn this lag is killing me",
    "shit, forgot my keys again", "fucking love this song", "well that was a shitshow lol",
)
