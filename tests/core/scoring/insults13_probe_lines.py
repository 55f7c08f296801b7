"""The insults13 probe (issue 8, fourteenth session): comment-thread lines written before
reading any rule. Hostile: insults at the other commenter in the shapes comment threads
use (a judged reading, "spoken like a true idiot", "learn to read", "your ignorance").
Clean: an insult quoted or reported, profanity as emphasis, an insult word in its other
sense, self-directed put-downs.
"""

from __future__ import annotations

# (hostile, kind, text)
PROBE: tuple[tuple[bool, str, str], ...] = (
    (True, "en-judged", "spoken like a true idiot"),
    (True, "en-judged", "you sound like a complete moron"),
    (True, "en-judged", "learn to read, genius"),
    (True, "en-judged", "your ignorance is astounding"),
    (True, "en-judged", "you clearly have the brain of a gnat"),
    (True, "en-judged", "what a pathetic little troll you are"),
    (True, "en-judged", "go crawl back under your rock"),
    (True, "en-judged", "nobody asked you, clown"),
    (True, "en-judged", "you have the iq of a potato"),
    (True, "en-judged", "get a life loser"),
    (True, "en-judged", "grow a brain before you post"),
    (True, "en-judged", "you are too stupid to argue with"),
    (True, "en-judged", "typical brainless troll"),
    (True, "en-judged", "shut your ignorant mouth"),
    (True, "en-judged", "you're an embarrassment to this site"),
    (True, "en-judged", "keep crying snowflake"),
    (False, "en-quote", "he called me an idiot and walked off"),
    (False, "en-quote", "someone wrote 'you're a moron' under my post lol"),
    (False, "en-quote", "calling people morons won't win the argument"),
    (False, "en-quote", "please don't call each other idiots here"),
    (False, "en-quote", "i got called a loser at school today"),
    (False, "en-emph", "damn this article is good"),
    (False, "en-emph", "hell yes, finally some sense"),
    (False, "en-emph", "that was a shitload of work"),
    (False, "en-emph", "this guy knows his shit"),
    (False, "en-emph", "the ending was fucking brilliant"),
    (False, "en-sense", "the pig farm down the road smells"),
    (False, "en-sense", "we used a crash test dummy"),
    (False, "en-sense", "a wrench is a handy tool"),
    (False, "en-sense", "that was a dumb move on my part"),
    (False, "en-sense", "the donkey carried the bags up the hill"),
    (False, "en-self", "i was an idiot for believing it"),
    (False, "en-self", "i feel so stupid right now"),
    (False, "en-self", "call me a fool but i liked the sequel"),
    (False, "en-agree", "you're right, that was unfair to you"),
    (False, "en-agree", "you are not an idiot, the form is confusing"),
)
