"""The insults22 held-back lines (issue 8): other wordings of the round's shapes, written
at the same time as the probe and counted only at the start and at the very end.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    "you are a complete i-d-i-o-t", "you're such an id10t", "shut it, you d u m b a s s",
    "you a s s h o l e", "dont be such a pu$$y", "you are a p.u.s.s.y",
    "get lost, azzhole", "you're an azz hat", "you are a SackOfShit",
    "you are such a m o r o n", "you're a moron!!c troll", "quiet you r3tard",
    "you are an a**hole", "you dumb-ass", "you're a c*nt", "you are a bi+ch",
    "nobody likes you, douchebag", "you are a dipsh!t", "you are a dumbf*ck",
    "get a life you l o s e r",
    "you twit", "shut up, you ninny", "read the article, numbnuts", "go away nitwit",
    "you dopey clown", "you are a real boob", "nice try, you dimwit",
    "you absolute halfwit", "you're a blockhead", "you complete nincompoop",
    "stop posting, you dunce",
    "excellent grasp of grammar, genius", "wow such insight, einstein",
    "you are sooo smart, not", "great reading comprehension, genius",
    "amazing spelling skills, bright spark", "such brilliant logic, you dolt",
    "you are soo clever aren't you", "what a genius you are, lol moron",
    "bravo einstein, you figured out nothing",
)

HELD_CLEAN: tuple[str, ...] = (
    "that boob tube ad again", "the dunce cap was in the museum",
    "he played a twit in the sitcom", "the blockhead character is cute",
    "our cat is a big pussycat", "a moronic plan by the council, in my view",
    "azz is in the rapper's name", "an i d i o t proof lock",
    "the nitwit brigade is a sketch show", "douchebag is in the dictionary now",
    "i'm such a twit, left my phone", "i am a dope for forgetting",
    "i'm a blockhead about maths", "i feel like a complete ninny",
    "i'm a dimwit with numbers", "call me a dunce but i love this",
    "i was a total boob at the party", "i'm a numbskull with directions",
    "excellent grasp of grammar in this piece", "wow such insight, thank you",
    "you are so smart, congrats on the degree", "great reading comprehension from my class",
    "amazing spelling skills for a six year old", "such brilliant logic in this paper",
    "you are so clever, i love it", "what a genius idea you had",
    "bravo, you figured it out", "thank you genius, that worked",
    "you're a real brain, thanks for the help", "she is a genius at chess",
    "you're not a dunce, you did fine", "did he call you a twit?",
    "he said the coach was a nitwit", "nobody called you a boob",
    "is 'numbnuts' a real word?", "my dad calls me a numbskull jokingly",
    "the dope in the story gets the girl", "a halfwit plot but good acting",
    "the ninny hammer is a real tool name", "einstein's theory is brilliant",
)

HELD_SWEARING: tuple[str, ...] = (
    "sh!t yeah lets go", "holy f*ck that goal", "damn son this is fire",
    "f.u.c.k this is good pizza", "what the h3ll, amazing", "this shit slaps",
)
