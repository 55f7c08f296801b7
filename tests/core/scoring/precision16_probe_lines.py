"""The precision16 probe (issue 8): comment-section and chat lines in the shapes the
scorer over-reads on the insult, Gab and HateXplain files' clean rows, with hostile lines
of the same shapes: a judging word said of what someone did or said ("his stupid
actions", "her idiotic remarks"), never of the person ("his stupid face", "her idiotic
brother"); "i hate you" closing a joking condition about a habit ("if you put pineapple
on pizza i hate you", "whoever invented alarms i hate you"), never a condition on who
the reader is ("if you're gay i hate you"); a player praised as "ridiculous" for a play
("mahomes is ridiculous, another td"), never a person judged ridiculous outright.
Written before any rule, in the round's own words.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # a judging word said of the person, their body or their kin
    "his stupid face makes me sick", "her idiotic brother again", "look at his ugly mug",
    "their pathetic leader ran away", "he is a stupid man", "she's an idiotic woman",
    "you and your stupid remarks, idiot", "your pathetic response says it all about you",
    "immigrants and their dumb opinions", "what a moron, his dumb ass again",
    "his stupid ass needs to go", "her dumb self thinks she's right",
    # "i hate you" at the reader, or a condition on who the reader is
    "i hate you", "honestly i hate you so much", "i hate you, you ruined everything",
    "if you're gay i hate you", "if you are black i hate you", "if you're jewish i hate you",
    "if you're a woman i hate you", "if you are muslim i hate you",
    "i hate you and everyone like you", "if you read this i hate you, loser",
    "se sei gay ti odio", "ti odio, sei una persona orribile",
    # "ridiculous" of the person, no play praised
    "he is ridiculous", "you're ridiculous", "she is ridiculous and annoying",
    "that guy is ridiculous, what a clown", "the mayor is ridiculous and a liar",
    "ur ridiculous stop talking",
)

TUNE_CLEAN: tuple[str, ...] = (
    # a judging word said of what was done or said
    "his stupid actions are a black eye for the team", "her idiotic remarks made the news",
    "their pathetic response to the flood", "his dumb logic makes no sense",
    "the senator's ridiculous statement got mocked", "his moronic behaviour at the game",
    "their idiotic opinions on taxes", "her stupid comments on the show",
    "his pathetic excuses for losing", "the coach's dumb decisions cost us",
    "his stupid views on the economy", "her ridiculous claims about the vote",
    # a joking condition about a habit
    "if you put pineapple on pizza i hate you", "if you chew with your mouth open i hate you",
    "if u clap when the plane lands i hate you", "if you reply all to the work email i hate you",
    "whoever invented alarm clocks i hate you", "whoever decided school starts at 7 i hate you",
    "if you spoil the finale i hate you lol", "if you take the last slice i hate you",
    "se metti l'ananas sulla pizza ti odio", "chi ha inventato la sveglia ti odio",
    # a player praised for a play
    "mahomes is ridiculous, another td", "trout is being ridiculous again this season",
    "shroud is ridiculous with the awp", "messi is absolutely ridiculous tonight",
    "bro is ridiculous at this game", "that kid is ridiculous, three goals already",
)

TUNE_SWEARING: tuple[str, ...] = (
    "holy shit his moves were insane", "fucking hell what a play",
    "damn that play was fucking nice", "shit i forgot my charger lol", "fuck this weather",
)
