"""The discord25 held-back batch (issue 8): written with discord25_probe_lines.py and in
the same shapes, in other words, and not read while the rules were built. Counted only
at the start and the end of the round.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    # a member called an L
    "ur an L lol", "ur such an L bro", "you're such an L 💀", "ur lowkey an L",
    "u are such an L", "ur a whole L", "bro is such an L lmao", "he is an L fr",
    "youre an L ngl", "ur an L bozo", "ur a massive L", "ur genuinely an L",
    "u r such an L lol", "ur straight up an L", "she's an L", "bro ur an L",
    "ur really an L huh", "ur the biggest L in this server", "you're just an L",
    "ur so much of an L",
    # a bare "cope" told in reply
    "cope lmaooo", "cope fr", "cope harder lol", "just cope bro", "cope 😂", "cope lil bro",
    "cope buddy", "cope + L", "cope bozo", "@max cope lol", "cope 💀💀", "cope tbh",
    "ok cope harder", "cope and move on lol", "lmao cope",
    # Italian
    "sei una L", "sei proprio una L", "cope lol coglione", "rosica e cope",
    "ahah cope",
)

HELD_CLEAN: tuple[str, ...] = (
    # the same words at no one or at oneself
    "L for us tonight", "im such an L lmao", "i'm an L at math", "another L for me 💀",
    "took a fat L on that exam", "that match was an L", "massive L for my team", "L day ngl",
    "this patch is an L", "my wifi is such an L today", "W or an L?", "is it an L or a 1",
    "ur an L short of the word", "i'm the biggest L in my family lol",
    # "cope" as a word or a way of dealing
    "cope means deal with it", "how do people cope with finals", "i cope with memes",
    "we'll cope somehow", "coping with the loss rn", "u cope well with stress",
    "cope with the lag and push", "i can cope with that", "hard to cope today ngl",
    # a term explained or "keep crying" said of oneself
    "kys = keep yourself safe in our discord", "kys stands for keep yourself safe here",
    "i keep crying lol", "i just keep crying at this movie", "i keep crying over this fic",
    "why do i keep crying at this song",
    # kind turns and talk of games and shows
    "ur such a W", "ur the best bro", "that season finale was an L", "ur cracked fr",
    "take the L and queue again, happens to everyone", "ok cool, ty", "gg wp all",
    "love u guys", "the boss fight is such an L lol", "ur helping a lot, thanks",
    "ur an LA fan?",
)

HELD_SWEARING: tuple[str, ...] = (
    "holy fuck this song slaps", "damn that was close", "shit my game crashed again",
    "hell yeah we won", "wtf is this lag", "fucking finally i got the skin",
)
