"""The precision28 held-back lines (issue 8): other wordings of the round's shapes, written
at the same time as the probe and counted only at the start and at the very end.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    "i'm going to murder you", "i will punch you in the face", "i'll strangle you myself",
    "i am gonna hurt you bad", "i will come for you tonight", "imma beat you up",
    "we're gonna destroy you irl", "we will hunt you down", "we are gonna dox you",
    "me and my friends will kill you", "my dad will beat you up", "my crew is gonna hurt you",
    "our boys will come for you", "my brothers will murder you",
    "i'll send my cousin to beat you up", "i'll pay him to hurt you",
    "somebody is gonna murder you one day", "someone will hunt you down eventually",
    "someone's going to beat you up and you deserve it", "somebody should kill you",
    "i hope someone beats you up", "i hope she strangles you", "i pray they hurt you",
    "she should punch you", "someone needs to beat you up", "let him beat you up",
    "i want them to hurt you", "he ought to kill you",
    "refugees will rape you", "arabs are going to kill you", "the blacks will hurt you",
    "mexicans are gonna come for you", "trans people will hurt you",
    "he and i are going to beat you up", "i'll kill you and he'll bury you",
    "she's gonna kill you and i'll help, moron", "they're gonna hurt you and i'll cheer",
    "watch your back, we will find you", "i'm gonna hunt you down and hurt you",
    "my friends and i will end you",
)

HELD_CLEAN: tuple[str, ...] = (
    "your mum is going to kill you when she sees this", "she's going to murder you lol",
    "dad will kill you if you crash the car again", "he's gonna strangle you for that joke",
    "the boss is gonna kill you if you miss the deadline",
    "your gf is going to kill you for forgetting", "they'll hunt you down for that spoiler",
    "he will beat you up if you keep teasing him", "careful, she'll punch you, she boxes",
    "they'll dox you, don't show your address", "those people will hurt you, just leave",
    "the hackers will ruin your life, change your password",
    "their carry is gonna destroy you late game", "the tank is going to end you, back off",
    "their sniper will kill you if you peek", "that mage is gonna wreck you, build mr",
    "the final boss will murder you without the shield",
    "your coach will kill you when he sees this replay",
    "the neighbours are gonna kill you, turn it down",
    "the lawyer will destroy you in court, settle", "he'll come for you if you cheat him",
    "she is going to beat you up when she finds out you ate it",
    "the teacher's gonna murder you, the essay was due monday",
    "the ref will kill you if you argue again", "your cat is going to kill you for that bath",
    "grandpa will strangle you if you touch his tools", "the guards will beat you up in there",
    "he is going to kill you lol good luck", "your brother will murder you for that",
    "they will ruin your life with debt, avoid payday loans",
    "that dealer will hurt you, don't go there", "the critics will destroy you for this movie",
    "the admin is gonna kill you for spamming", "she will end you in chess, she's rated 2200",
    "your parents will kill you if they see that tattoo",
    "the taxman will hunt you down eventually lol", "they're gonna eat you alive at the meeting",
    "your dog will destroy you in tug of war", "the sun will kill you, wear sunscreen",
    "mom's gonna kill you, you broke her vase",
)

HELD_SWEARING: tuple[str, ...] = (
    "holy fuck that was insane", "shit happens, gg", "damn that was a fucking good round",
    "well fuck, i forgot the charger", "this pizza is fucking amazing", "oh shit we won",
)
