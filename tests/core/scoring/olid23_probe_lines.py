"""The olid23 probe (issue 8): tweets in the round's shapes (a person, the reader or a
camp said to have lost their mind or to be out of it; "shame on" a person, a camp or
the reader; someone told they should be ashamed of themselves) and clean tweets that
look alike: the same words about oneself, a mind lost over joy or a show, shame in a
proverb or "no shame in", reports and questions, praise, untargeted swearing. Written
before any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # a person, the reader or a camp said to have lost their mind
    "@USER Trump has lost his mind", "@USER she has completely lost her mind",
    "@USER you have lost your mind", "@USER you've lost your mind",
    "liberals have lost their minds", "the left has lost its mind",
    "@USER Pelosi has totally lost her mind", "@USER this guy has lost his mind",
    "@USER Democrats have officially lost their minds", "@USER he's lost his mind",
    "@USER you've clearly lost your mind", "@USER the media has lost its mind",
    # out of it
    "@USER you are out of your mind", "@USER you're out of your mind",
    "@USER he is out of his mind", "@USER she's out of her mind",
    "@USER these people are out of their minds", "@USER you're out of your damn mind",
    "@USER liberals are out of their minds",
    # shame on a person, a camp or the reader
    "@USER shame on you", "@USER Shame on you!", "@USER shame on her",
    "@USER shame on him for lying", "shame on the Democrats", "@USER shame on them",
    "@USER Shame on you and your party", "shame on Feinstein", "@USER shame on CNN",
    "@USER shame on you for spreading lies",
    # ashamed of themselves
    "@USER you should be ashamed of yourself", "@USER he should be ashamed of himself",
    "@USER they should be ashamed of themselves", "@USER you ought to be ashamed of yourself",
    "@USER she should be ashamed of herself",
    # Italian
    "@USER sei fuori di testa", "@USER vergognati", "ha perso la testa ormai, è fuori di testa",
)

TUNE_CLEAN: tuple[str, ...] = (
    # a mind lost over joy, a show or oneself
    "I have lost my mind lol", "I've completely lost my mind today",
    "I lost my mind when they scored", "the crowd lost their minds when he scored",
    "fans lost their minds over the trailer", "you will lose your mind when you see this",
    "my grandma lost her mind to dementia", "I'm going out of my mind with worry",
    "we are out of our minds with excitement", "I'm out of my mind bored",
    "have you lost your mind? that was amazing", "she lost her mind laughing",
    # shame in a proverb, a pity or no shame
    "fool me once shame on you, fool me twice shame on me", "shame on me for forgetting",
    "shame on me lol", "there is no shame in losing", "what a shame it rained",
    "it's a shame he got injured", "such a shame the show got cancelled",
    "no shame in asking for help", "shame on us for not voting",
    # ashamed of oneself or told not to be
    "I am ashamed of myself", "you should never be ashamed of yourself",
    "don't be ashamed of yourself", "you have nothing to be ashamed of",
    "she should not be ashamed of herself", "he was ashamed of himself after the game",
    # reports, questions, praise, things
    "he said they had lost their minds", "did she lose her mind?",
    "you are out of this world", "she is out of her league lol",
    "the policy is out of control", "the market has lost its mind",
    "proud of you for speaking up", "@USER you are amazing",
)

TUNE_SWEARING: tuple[str, ...] = (
    "holy shit I lost my mind at that ending", "fuck yeah we won",
    "damn this game is out of its mind", "shit I'm out of my mind tired",
    "this fucking song is so good", "hell yeah what a goal",
)
