"""The gab1 probe (issue 8, a precision round): swearing at a thing or a situation that
the reader is only told about, flagged as if it were aimed at them, and the same words
aimed at a person or group. The roles are the usual round's turned round: the clean lines
are the shapes this round clears, the hostile lines must stay caught.

- A thing cursed with "sucks", "is shit", "is a bitch", the reader only addressed after
  it ("the new update sucks, you guys", "this heat is a bitch, you know") or the generic
  "you" of a situation ("life sucks when you're broke", "traffic sucks when you're
  already late").
- "fuck" as an exclamation before "you're" ("fuck you're lucky", "oh fuck you're
  right"): the words that follow say what the reader is.

Hostile: the same words aimed at the reader, a person or a group ("you suck, you guys",
"kyle sucks, you guys", "fuck you're an idiot", "fuck you, you're pathetic", "the chat
sucks when you're online"). Written before any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # the reader, a person or a group cursed, "you" after it
    "you suck, you guys", "you guys suck so much", "you all suck, you know",
    "you suck when you play like that", "you really suck, you know that",
    "kyle sucks, you guys", "he sucks, you know", "she sucks when she's drunk",
    "your brother sucks, you know", "that guy is shit, you guys",
    "you're a bitch, you know that", "he's such a bitch, you guys",
    "your mom sucks, you guys", "this kid sucks, you know",
    "the chat sucks when you're online", "the party sucked when you showed up",
    "the server sucks when you're in it", "the game sucks when you talk",
    "it sucks when you open your mouth", "everything sucks when you're around",
    "you are shit, you guys", "you're shit when you're drunk",
    # "fuck" before "you're", then a name-call or an insult
    "fuck you're an idiot", "fuck you're such a loser", "fuck you're so annoying",
    "fuck you're pathetic", "fuck you're a bitch", "fuck you're stupid",
    "fuck you, you're an idiot", "fuck you you're a loser", "fuck you, you're pathetic",
    "oh fuck you're such a moron", "fuck you're a piece of shit", "fuck you're disgusting",
    "fuck you and your stupid friends",
)

TUNE_CLEAN: tuple[str, ...] = (
    # a thing cursed, the reader only addressed after it
    "the new update sucks, you guys", "this heat sucks, you guys",
    "my job sucks, you guys", "the ending sucks, you guys, i'm so sad",
    "getting old sucks, you know", "the finale sucked, you guys",
    "the new patch is shit, you guys", "the traffic is a bitch, you guys",
    "this weather sucks, you know", "the coffee here sucks, you guys",
    "being sick sucks, you know", "my car sucks, you guys",
    # a situation cursed, the reader's "you" generic
    "life sucks when you're broke", "work sucks when you're the only one on shift",
    "traffic sucks when you're already late", "school sucks when you're tired",
    "it sucks when you're sick on your birthday", "winter sucks when you're poor",
    "the bus sucks when you're in a hurry", "life is a bitch when you're broke",
    "monday sucks when you have no coffee", "rent sucks when you're a student",
    # "fuck" as an exclamation before "you're"
    "fuck you're lucky", "fuck you're fast", "oh fuck you're right",
    "fuck you're so right", "fuck you're back!", "fuck you're good at this",
    "fuck you're kidding, the tickets sold out?", "holy fuck you're tall",
    "fuck you're early, come in", "fuck you're strong",
)

TUNE_SWEARING: tuple[str, ...] = (
    "holy shit that ending", "damn this soup is good", "fuck yeah, payday",
    "shit, i forgot my umbrella", "that gig was fucking brilliant", "well shit, the bus is late",
)
# fmt: on
