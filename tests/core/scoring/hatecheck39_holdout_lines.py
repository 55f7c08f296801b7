"""The hatecheck39 held-back lines (issue 8): the probe's shapes in other wording, written
at the same time and before any rule, counted only at the start and at the end."""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    "muslims always complain and whine", "refugees always play the victim",
    "disabled people always ask for handouts", "immigrants are always asking for handouts",
    "black people always make up excuses", "gay people always play the victim card",
    "women are always playing the victim", "jews always cry antisemitism",
    "trans people always demand special treatment", "muslims always want special treatment",
    "immigrants always demand more", "women always want attention",
    "black people always pull the race card", "gay people always get offended",
    "women always overreact to everything", "refugees always cause problems",
    "muslims are always making excuses", "immigrants constantly play the victim",
    "disabled people always have their hand out",
    "gay people always make everything about sexuality",
    "black people always start fights", "refugees always expect free stuff",
    "trans people are always exaggerating", "muslims always cry islamophobia",
    "jews always whine about the past",
    "gay people aren't like us", "immigrants are not like us at all",
    "they'll never be one of us, these muslims", "refugees are nothing like us",
    "trans people will never be like us", "muslims aren't like normal people",
    "such a jewish thing to do", "such a gay thing to say",
    "that's such a black thing to do", "what a muslim thing to say",
    "typical immigrant behaviour again", "so typical of a muslim",
    "such a girl thing to do honestly", "what an arab thing to do",
    "classic jew move",
)

HELD_CLEAN: tuple[str, ...] = (
    "teachers always whine about pay", "my brother always plays the victim",
    "umpires are nothing like us", "banks always ask for bailouts",
    "my roommate always makes excuses", "dogs always want attention",
    "teenagers always overreact", "such a boomer thing to say",
    "such a cat thing to do", "typical friday traffic",
    "jews always light candles on hanukkah", "refugees always thank their hosts",
    "gay people always support each other", "women always remember birthdays in my family",
    "it's a harmful myth that refugees always play the victim",
    "claiming black people always make excuses is racist",
    "immigrants don't always ask for handouts",
    "not all muslims want special treatment, that's a stereotype",
    "quit saying gay people always want attention",
    "do refugees always get free housing?", "why do people claim women always overreact?",
    "my grandpa says immigrants always cry racism, ugh",
    "she said muslims always get offended, which is false",
    "we immigrants always overwork lol", "us women always overthink, it's fine",
    "as a black person i always make time for family",
    "refugees are just like us", "muslims are one of us",
    "such a sweet thing to do", "that's such a teacher thing to say",
    "my gay cousin always makes excuses to leave early",
    "immigrants are more like us than we think",
    "politicians always play the victim", "my dog always plays the victim when scolded",
    "trolls always want attention", "coaches always make excuses",
    "what a nice thing to do", "disabled people always amaze me",
    "muslims always greet you warmly", "the referee always makes excuses for them",
)

HELD_SWEARING: tuple[str, ...] = (
    "shit this pizza is good", "fucking finally the patch dropped",
    "damn son that was clean", "hell yeah lets go",
    "what the fuck is this weather lol", "holy crap i passed",
)
# fmt: on
