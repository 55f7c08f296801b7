"""The insults22 probe (issue 8): a forum commenter called a disguised or split swear word
or name ("you are an i d i o t", "shut up you f u c k wit", "what a p*ssy", "you azz
clown", "YouAreAMoron", "you m0r0n!c"), a rarer name-call aimed at the reader ("you
dopey twit", "you nitwit", "listen here numbskull", "turd-breath") and sarcastic praise
closing in a put-down ("great spelling, genius", "you are sooo smart, einstein"), with
clean lines in the same words (not aimed, self-directed, sincere praise) and friendly
swearing. Written before any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # a disguised or split swear word or name aimed at the reader
    "you are such an i d i o t", "so you are just a stu pid troll", "shut up you f u c k wit",
    "no, you s h i t head", "stop whining you p*ssy", "what a p u s s y you are",
    "you azz clown", "you are a total azz", "you are a PieceOfCrap",
    "you're an absolute m0r0n", "you sound like a moron!c", "you are a r e t a r d",
    "listen you a-hole", "you dumb@ss", "you are a dumb***", "go away you b!tch",
    "you are such a douche-bag", "you're a stupidf*ck",
    # a rarer name-call aimed at the reader
    "you dopey twit", "you nitwit", "listen here numbskull", "try reading it again, dimwit",
    "lick my boots, turd-breath", "quit talking out of your rear, you boob",
    "you are a nincompoop", "sit down, you halfwit", "nobody asked, you dunderhead",
    "you pea-brained dolt",
    # sarcastic praise closing in a put-down
    "excellent command of the english language, genius",
    "wow great spelling there, einstein", "you are soooo inteligent, aren't you",
    "brilliant logic, sherlock", "nice grammar, genius", "such a deep thinker you are, not",
    "very clever, you dope",
)

TUNE_CLEAN: tuple[str, ...] = (
    # the same words not aimed at anyone
    "what a boob job that was", "the idiot box is on all day",
    "he bought a new douche bag for the gym",
    "the azz in the song title is a typo", "my cat is a total pussycat",
    "that is a moronic rule, honestly", "the twit in that movie made me laugh",
    "numbskull is a funny word", "a dolt in the novel ruins everything",
    # self-directed
    "i'm such a numbskull today", "i am a total nitwit sometimes", "i was a dopey twit last night",
    "i'm an i d i o t, forgot my keys", "i feel like a boob for asking",
    "i'm a halfwit before coffee", "i am such a dimwit lol",
    # sincere praise
    "excellent command of english!", "excellent command of the english language, well done",
    "wow great spelling there", "you are so intelligent, thank you for explaining",
    "brilliant logic, i agree completely", "nice grammar in your essay",
    "you're a genius, that fixed it", "such a deep thinker you are, i love your posts",
    "very clever solution", "thanks einstein, that actually helped",
    # asked, negated or reported
    "you're not a nitwit, don't worry", "is he calling me a numbskull?",
    "she called him a boob on tv", "nobody thinks you are a twit",
    "einstein was a real genius", "my brother says i'm a dope at chess",
)

TUNE_SWEARING: tuple[str, ...] = (
    "holy sh1t this is awesome", "f u c k yeah we won", "damn that was good",
    "this song is the sh!t", "fuckin a, nice goal", "wtf that was amazing",
)
