"""The hatecheck87 probe (issue 8): a named identity group denied a presence with plain
place words ("women shouldnt be here", "immigrants should stay out", "muslims shouldnt be
in our schools"), and distrust of the group stated as a rule ("i wouldnt trust a
muslim"). The clean lines use the same words about people who are no group, a time, one
person with a plain reason, counter-speech, reports, questions and a welcome. Written
before any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # a group denied "here"
    "women shouldnt be here", "immigrants shouldnt be here", "muslims should not be here",
    "gay people shouldnt be here", "refugees shouldnt even be here",
    "honestly jews shouldnt be here at all", "trans people should not be here period",
    "black people shouldnt be here tbh", "foreigners shouldnt be here anymore",
    "these immigrants shouldnt be here",
    # a group denied a place of ours
    "muslims shouldnt be in our schools", "immigrants shouldnt be in our country",
    "women should not be in our clubhouse", "gays shouldnt be in our churches",
    "refugees shouldnt be in our neighborhood", "trans people shouldnt be in our schools",
    "jews should not be in our government", "mexicans shouldnt be in this town",
    "disabled people shouldnt be in our classrooms", "muslims shouldnt be in this country",
    # a group told to stay out
    "immigrants should stay out", "refugees need to stay out", "muslims should just stay out",
    "women should stay out", "gay people need to stay out", "jews should stay out tbh",
    "trans people should stay out of our town", "foreigners should stay out of our country",
    # distrust as a rule
    "i wouldnt trust a muslim", "i would not trust an immigrant", "wouldnt trust a jew",
    "i wouldnt trust a refugee ever", "i would never trust a mexican",
    "i wouldnt trust gay people", "i wouldnt trust a woman with anything",
)

TUNE_CLEAN: tuple[str, ...] = (
    # no group, or a time
    "people shouldnt be here after 10pm", "kids should stay out of the kitchen",
    "the dog shouldnt be here", "players shouldnt be here yet, the event starts at 8",
    "you guys should stay out of the rain", "guests shouldnt be in our kitchen",
    "students shouldnt be in the hallway after class", "the cat should stay out",
    # one person, a plain reason
    "he shouldnt be here, hes sick", "my sister shouldnt be here, she has an exam",
    "i wouldnt trust him with my car lol", "i wouldnt trust that bridge",
    # counter-speech and reports
    "saying women shouldnt be here is gross", "my uncle says immigrants should stay out, ugh",
    "anyone who thinks muslims shouldnt be in our schools is a bigot",
    "people keep saying refugees shouldnt be here and its so wrong",
    "he said gay people should stay out and got banned",
    "stop saying trans people shouldnt be here",
    "its not true that immigrants shouldnt be in our country",
    "my grandma says she wouldnt trust a muslim and i told her thats racist",
    # questions that reject the claim
    "who says women shouldnt be here?", "why would immigrants stay out? they live here",
    "since when do gay people not belong here?",
    # welcome and positive presence
    "women should be here more often, great event", "immigrants are welcome here",
    "muslims belong in our schools like everyone else", "refugees should be here with us",
    "gay people should be in our churches too", "i would trust a muslim doctor any day",
    "i trust my immigrant neighbors more than anyone",
    "trans people should be in our schools, they are students too",
    "jews have always been here and always will be",
)

TUNE_SWEARING: tuple[str, ...] = (
    "holy shit you should be here, this party is insane",
    "damn i wish you were here bro", "fuck yeah the squad is here",
    "shit i shouldnt be up this late lmao", "stay out of trouble you little shit lol",
    "i wouldnt trust this damn wifi lmao",
)
# fmt: on
