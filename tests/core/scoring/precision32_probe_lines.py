"""The precision32 probe (issue 8): clean lines the chain reads as aimed at the reader, in
two shapes found in the clean rows of the HateXplain and insult files, and the hostile
lines in the same words that must stay caught. Written before any rule.

- A curse or "i hate you" said to a thing named just before it: "this stupid printer i
  hate you", "mondays i hate you", "lag fuck you" (the older rounds read only the thing
  named after it, "fuck you traffic").
- A name-call inside a condition on what anyone does, whose consequence falls on people
  at large: "if you are just an asshole to everyone nobody will help you", "if you're
  rude to waiters people will notice": advice to a generic "you", not a name-call.
- (added after the first two rules, before the third, with its start counts) A group as
  the victim of an event a harm word describes: "black people are victims of violent
  crime", "muslims are often targets of violent hate crimes".
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # a person named before the curse
    "tom i hate you", "this guy i hate you", "you idiot i hate you",
    "my stupid brother i hate you", "stupid bitch fuck you", "mom i hate you so much",
    "this kid i swear i hate you", "my boss fuck you", "ugh jake i hate you",
    "dumb gamers fuck you", "stupid immigrants i hate you", "this loser screw you",
    "the printer guy i hate you", "dear teacher i hate you", "my ex fuck you",
    "you stupid idiot fuck you", "this weather sucks and i hate you, you moron",
    # a name-call outside any condition, or a condition with no generic consequence
    "you are just an asshole to everyone", "you're rude to waiters and everyone knows it",
    "you are mean to people and nobody wants to be around you",
    "you're a bully and karma will get you", "if you are an idiot nobody can help you",
    "if you're this stupid people will laugh at you",
    "if you are reading this you are a loser", "you are such a jerk to your teammates",
    "you're a creep at the gym, people avoid you", "you are a bitch to everyone",
    "if you think that you are an idiot", "if you are a dick to me again i will end you",
    "if you're selfish with me you can fuck off", "you are lazy at work and everyone sees it",
    "you're a dick to everyone, nobody will pass to you",
    "if you are gay nobody will love you", "if ur a bitch to me i'll slap you",
    "you are cruel to everyone you meet",
    # added with the third shape: a harm word said of a group, or wished on it
    "immigrants commit violent crimes", "muslims are violent", "black people are violent criminals",
    "muslims should be victims of violent attacks", "i hope gays face violent attacks",
    "jews deserve to suffer brutal persecution", "refugees bring violent crime everywhere",
    "violent attacks by muslims are everywhere",
)

TUNE_CLEAN: tuple[str, ...] = (
    # a thing named before the curse
    "this stupid printer i hate you", "mondays i hate you", "ugh math homework i hate you",
    "stupid wifi fuck you", "my alarm clock i swear i hate you", "autocorrect i hate you",
    "this heat i hate you", "dear algebra i hate you", "group projects i hate you",
    "exam season i hate you", "lag fuck you", "hay fever i hate you so much",
    "stupid printer screw you", "bloody rain i hate you", "ugh taxes fuck you",
    "spotify ads i hate you", "this weather i hate you so much", "traffic fuck you",
    "this patch i hate you lol", "mornings i hate you", "my phone battery i hate you",
    # a condition on anyone's conduct, with a consequence on people at large
    "if you are just an asshole to everyone nobody will help you",
    "if you're rude to waiters people will notice",
    "if you are mean to people nobody will want to be around you",
    "when you are rude to everyone people stop inviting you",
    "if you're a bully at school karma will catch up eventually",
    "if you are selfish with your friends they will drift away",
    "if you are a jerk to waiters everyone at the table notices",
    "if you're an asshole online people will screenshot it",
    "if you are stupid with money life gets hard fast",
    "if you are a dick to your teammates nobody will pass to you",
    "whenever you are rude to the staff people remember it",
    "if you're a creep at the gym people will avoid you",
    "if ur a bitch to everyone nobody will stick around",
    "if you are lazy at work nobody respects you",
    "if you are cruel to your friends they will leave",
    "if you're a jerk in ranked people will report you",
    "when you are mean online everyone can see it",
    # added with the third shape: a group as the victim of a harm word's event
    "black people are victims of violent crime more often",
    "muslims are often targets of violent hate crimes",
    "gay men were victims of violent attacks in the 80s",
    "trans women face brutal harassment every day",
    "many immigrants fled violent conflicts back home",
    "jewish families suffered violent persecution for centuries",
    "women are more often victims of violent abuse at home",
    "asian elders were targets of vicious attacks last year",
)

TUNE_SWEARING: tuple[str, ...] = (
    "holy shit that game was amazing", "fuck yeah we won", "damn this pizza is good",
    "shit i forgot my keys again", "well fuck, there goes my weekend",
    "that concert was fucking incredible",
)
