"""The chat11 probe (issue 8): the reader told they are a nuisance to the writer, as people
write it to a chatbot or to another chatter: the reader annoying, boring or irritating the
writer ("you're annoying me", "you are boring me to death", "you get on my nerves", "stop
bugging me"), wasting the writer's time ("you're wasting my time", "talking to you is a
waste of time"), or the writer fed up with the reader ("i'm sick of you", "i'm so done
with you"); and the clean lines in the same words that must stay clean (a thing or a
third person annoying the writer, the writer asking if they annoy the reader, negations,
reports, questions and ordinary chores). Written before any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # the reader annoying, boring or irritating the writer
    "you're annoying me", "you are really annoying me now", "ur annoying me bot",
    "stop annoying me", "quit annoying me already", "you are boring me",
    "you're boring me to death", "you bore me", "you bore me to tears",
    "you're irritating me", "you are irritating me so much", "you're getting on my nerves",
    "you get on my nerves", "you really get on my nerves", "stop bugging me",
    "you're bugging me", "quit pestering me", "you are pestering me again",
    "you're driving me crazy with your stupid answers", "because you are annoying me",
    "omg you are annoying me so bad",
    # the reader wasting the writer's time
    "you're wasting my time", "you are wasting my time", "stop wasting my time",
    "talking to you is a waste of time", "chatting with you is a waste of my time",
    "you are a waste of time", "talking to you is pointless",
    # the writer fed up with the reader
    "i'm sick of you", "i am so sick of you", "i'm tired of you", "im sick and tired of you",
    "i'm so done with you", "i am done with you bot", "i hate talking to you",
)

TUNE_CLEAN: tuple[str, ...] = (
    # a thing or another person annoying the writer
    "this lag is annoying me", "the noise outside is annoying me", "my brother is annoying me",
    "the heat is boring me to death", "this movie bores me", "the ads get on my nerves",
    "my sister gets on my nerves", "this meeting is wasting my time",
    "that game was a waste of time", "school is a waste of time",
    "i'm sick of this weather", "i'm tired of waiting", "i'm done with my homework",
    # the writer asking if they annoy the reader, or sorry they do
    "am i annoying you?", "sorry if i'm boring you", "am i wasting your time?",
    "i hope i'm not getting on your nerves", "tell me if i'm bugging you",
    # negations and kind words
    "you're not annoying me at all", "you never bore me", "you don't get on my nerves",
    "talking to you is never a waste of time", "talking to you is fun",
    "i'm never tired of you", "i love talking to you",
    # reports, questions and chores
    "she said i was getting on her nerves", "he told me i was wasting his time",
    "is the music annoying you?", "does the noise bother you?",
    "i'll be done with you in a minute, said the dentist",
    "you're wasting your time on that level, skip it", "you can stop worrying about me",
)

TUNE_SWEARING: tuple[str, ...] = (
    "holy shit this bot is fun", "fuck yeah that answer was great", "damn that's so cool",
    "shit i forgot my password again", "hell yes lets go", "this song is fucking awesome",
)
