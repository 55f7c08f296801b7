"""The olid43 probe (issue 8): a person's mind or brain belittled by an adjective, the
tweet-style put-down that names no insult word ("such a feeble mind you have", "your tiny
brain can't handle facts", "his pea brain", "what a small mind", "she is so small
minded"); and the clean lines in the same words that must stay clean (the writer's own,
animals, medicine, advice and sayings, negations, questions, reports). Written before
any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # the reader's
    "@USER such a feeble mind you have", "@USER your tiny brain can't handle facts",
    "@USER your pea brain can't process this", "@USER you have a weak mind",
    "@USER what a small mind you have", "@USER ur tiny brain is showing again",
    "@USER you are so small minded", "@USER you small minded fool",
    "@USER keep using that little brain of yours", "@USER your puny brain won't get it",
    "@USER with your feeble mind you'd never understand",
    "@USER only your simple mind would believe that",
    "@USER go rest your tiny little brain",
    # a third person's
    "@USER his pea brain cannot comprehend it", "@USER her tiny brain is overloaded",
    "@USER he has a feeble mind", "@USER she has such a small mind",
    "@USER trump's tiny brain can't handle a hurricane",
    "@USER the senator has the weak mind of a follower",
    "@USER what a feeble mind he has", "@USER he is so small minded it hurts",
    "@USER that small minded woman should resign",
    "@USER his puny little brain is fried", "@USER her weak mind fell for it again",
    "@USER this guy's small brain is on display",
    # a group's
    "@USER their tiny brains can't cope with the truth",
    "@USER liberals and their feeble minds", "@USER conservatives have such small minds",
    "@USER those small minded people again", "@USER their pea brains never learn",
    "@USER democrats with their tiny brains", "@USER small minded liberals everywhere",
    "@USER the left and its feeble mind", "@USER maga folks and their puny brains",
    "@USER antifa has a tiny brain",
)

TUNE_CLEAN: tuple[str, ...] = (
    # the writer's own
    "my tiny brain can't handle this math today", "@USER my pea brain forgot the password",
    "sorry my feeble mind missed that", "i have such a small brain lol",
    "@USER my little brain is fried after work", "i'm so small minded sometimes honestly",
    "our tiny brains need coffee",
    # animals and medicine
    "flies have tiny brains but fast reflexes", "the dinosaur had a small brain for its size",
    "a bird's tiny brain is surprisingly clever", "the cerebellum is called the little brain",
    "my cat has a pea brain and i love her", "a small brain tumor was removed",
    "the octopus has a tiny brain in each arm",
    # advice, sayings, stories
    "a weak mind is easy to manipulate, so read widely",
    "meditation helps a weak mind grow strong", "great minds think alike, small minds gossip",
    "small minds discuss people, great minds discuss ideas",
    "in the story the giant had a feeble mind and a kind heart",
    "don't let a small mind discourage you",
    # negations, questions, reports, counter-speech
    "@USER you do not have a small mind at all", "@USER he is not small minded, he is careful",
    "@USER do i have a tiny brain or is this confusing?", "@USER am i being small minded here?",
    "@USER she said he has a feeble mind but i disagree",
    "@USER calling people pea brains is rude", "@USER your brain is not tiny, you just need sleep",
    "@USER nobody here has a weak mind",
    # kind words on minds and brains
    "@USER you have a brilliant mind", "@USER his big brain solved it",
    "@USER what a beautiful mind you have", "@USER she has a sharp mind",
)

TUNE_SWEARING: tuple[str, ...] = (
    "holy shit my brain is melting from this heat", "fuck this exam, my mind is gone",
    "damn this song is stuck in my head", "shit my tiny brain forgot the keys again",
    "this fucking puzzle broke my brain lol", "hell yeah mind blown",
)
