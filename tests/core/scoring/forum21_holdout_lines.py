"""The forum21 held-back batch (issue 8): written with forum21_probe_lines.py, in the
same shapes but other wording, and not read while the rules were built.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    # a camp or a group by a derogatory label or blend
    "feminazis will never be happy", "soyboys love this kind of stuff",
    "the republicunts voted it down", "sheeple never question anything",
    "these snowflakes get offended by everything", "the feminazis strike again",
    "soyboys and their opinions", "those sheeple believed it",
    "look at the feminazis crying", "typical soyboy take",
    "the snowflakes are melting down again", "republicunts gonna republicunt",
    # mock praise of a commenter who fails at something
    "another genius who can't do basic math",
    "wow another einstein who didn't read past the title",
    "great, another genius who doesn't understand sarcasm",
    "oh look another genius that never read a book",
    "yet another einstein who can't tell a joke", "another mastermind who can't read",
    "oh great, another genius who didn't watch the video", "nice, another genius who can't count",
    "another genius who has never heard of google", "ah another genius that can't spell",
    # a thread's members derided
    "the comment section here is a clown show", "this subreddit is a circus",
    "the replies are a clown fiesta", "this thread is a clown car",
    "the mods are a circus", "this whole sub is a clown show",
    "reading these comments is like watching a clown show", "the replies in here are a circus",
    # "these people" by a behaviour
    "these people will fall for anything", "those people never learn",
    "these people have zero shame", "these people can't even read",
    "these people will believe whatever they're told", "honestly these people never learn",
    # the mods power tripping
    "the mods never stop power tripping", "mods on a power trip again",
    "the mods here love power tripping", "another mod power tripping",
)

HELD_CLEAN: tuple[str, ...] = (
    # criticism of ideas, of an event
    "the debate last night was a circus", "the trial turned into a clown show",
    "the rollout was a clown fiesta", "the whole process is a circus",
    "this plan is a joke", "the feminist movement has changed a lot",
    # the same words quoted or reported
    "he keeps calling everyone soyboys", "she called the mods a clown show",
    "the article says people call them sheeple", "using words like feminazi is lazy",
    "my uncle calls liberals snowflakes, it's embarrassing",
    # self-deprecation
    "i'm the genius who can't read instructions", "i'm a clown show before coffee",
    "me, a genius, forgetting my own password",
    # a real compliment
    "another genius who solved it in five minutes", "she is a genius who never gives up",
    "another einstein who loves physics", "wow, another genius paper from that lab",
    "what a genius who wrote this guide",
    # the words at things
    "the snowflakes are beautiful tonight", "snowflakes falling on the window",
    "we took the kids to the circus", "the circus came to town",
    "the clown show at the fair was fun", "a clown car at the parade",
    # these people kindly or plainly
    "these people will help you move", "these people never stop working",
    "these people can't afford rent", "these people have no water",
    "these people will believe you", "those people never got paid",
    # the mods plainly
    "the mods pinned a new thread", "the mods are volunteers",
    "the power went out during the stream", "a trip to the mods' discord",
    "tripping over my own feet again", "the mods are on a trip this week",
)

HELD_SWEARING: tuple[str, ...] = (
    "holy shit, this sub delivers", "fuck me, that's a lot of upvotes",
    "damn this thread is funny", "shit, i forgot my password again",
    "fucking love this community", "hell yeah, the mods did it",
    "what the fuck, this is amazing",
)
