"""The hatecheck23 probe (issue 8): an English functional hate suite's categories the
earlier rounds left (spelling variations of a hateful line, a group attacked through a
pronoun in the next sentence, openers and multi-word groups, threats in the first person
and future or conditional forms against a group) and clean lines that look alike:
counter-speech quoting them, a group named with a typo in a friendly line, the same
templates against pests and things, and group talk with no hostility. Written before
any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # spelling variations
    "i hate gya people", "womne are disgusting", "imigrants are vermin", "muslimsarescum",
    "ihatejews", "r e f u g e e s are parasites", "tr4ns p3ople are fr3aks",
    "blacc people are trash", "disabled ppl are worthlesss", "i h8 immigrants",
    # pronoun reference
    "So many immigrants around here. I want them all gone.",
    "There are refugees in my street. I'd never trust them.",
    "Muslims? I can't stand them.", "I've met plenty of women. They're all stupid.",
    "Trans people keep showing up on tv. They disgust me.",
    "Jews run the banks. They are vermin.", "Gay people everywhere these days. I despise them.",
    # openers and multi-word groups
    "honestly, immigrants should go back", "let's be real, muslims should leave",
    "tbh, refugees should go back", "asylum seekers should go back",
    "not a single refugee is honest", "no immigrant is trustworthy",
    "not one woman is worth anything", "asylum seekers are a plague",
    # threats in first person, future and conditional
    "I will hurt any refugee I see", "the next muslim I meet is getting stabbed",
    "we should burn their mosques", "the next jew that walks in here is dead",
    "if I meet a trans person tonight they're dead",
    "any immigrant who comes near me will get hurt",
    "I can't wait to hurt some gay people", "we will make sure no refugee survives",
    "I'm going to shoot the next immigrant I see", "we should torch their synagogues",
    "if a black person moves next door I will burn their house",
)

TUNE_CLEAN: tuple[str, ...] = (
    # counter-speech quoting and denouncing
    "saying 'the next muslim I meet is getting stabbed' is a threat and you should be banned",
    "people who say refugees should go back are ignorant",
    "\"immigrants are vermin\" is such a vile thing to write",
    "if you think not a single refugee is honest you need to meet some",
    "reported the guy who said he'd hurt any immigrant he sees",
    # a group with a typo in a friendly line
    "muslmis celebrate eid this week", "wmoen deserve equal pay", "imigrants built this city",
    "refguees are welcome here", "my jewsih friends invited me to seder",
    # the same templates against pests and things
    "I hate spiders", "mosquitoes are vermin", "the next wasp I see is getting squashed",
    "I will hurt any cockroach I see", "we should burn these old letters",
    "rats? I can't stand them.", "Pigeons everywhere. I want them all gone.",
    "not a single politician is honest", "honestly, the kids should go back to school",
    "kids should not be allowed near the stove",
    # group talk with no hostility
    "So many immigrants around here. I love the food they bring.",
    "There are refugees in my street. They are lovely neighbours.",
    "I've met plenty of women. They're all brilliant.",
    "the next refugee family I meet is getting a warm welcome",
    "if I meet a trans person tonight I'll say hi",
    "not a single immigrant I know is dishonest", "asylum seekers should be treated fairly",
    "honestly, refugees should be welcomed", "no woman should be afraid to walk home",
    "I'd never hurt anyone, least of all a refugee",
)

TUNE_SWEARING: tuple[str, ...] = (
    "holy shit that was a fucking great match", "damn this curry is fucking good",
    "fuck yeah we won", "shit, i forgot my keys again", "that goal was bloody brilliant",
    "this song slaps so fucking hard",
)
