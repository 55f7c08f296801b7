"""The gamechat21 held-back batch (issue 8): written with the probe, before any rule,
counted only at the start and the end of the round. New wording in the same shapes.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    # a loss blamed on a player, chat spelling
    "we lost bc of you", "gg cuz of our adc", "ty to u we lost", "u are the reason we lost",
    "lost cuz of this sova", "gg thanks to our top", "we lost cus of u noob",
    "ur the reason we lost this round", "its all ur fault",
    "we lost cause of u lol",
    # a belittling comparison
    "my sister plays better than u", "my cat has better aim than you",
    "a bot would play better", "my grandpa has better reflexes than you",
    "a bot could do better lol", "my 5 year old brother could do better",
    "even my dog could play better than this reyna",
    # a verdict on a teammate by role or hero
    "our jett is braindead", "omen is useless", "this yasuo is so bad lol",
    "our adc is so useless", "this pudge is clueless", "our tank is brain dead",
    "this phoenix is trash", "our healer is so bad omg",
    # teen insults
    "ur so bad lmao", "bozo lol", "ratio + L", "ur so mid", "noob spotted", "dogwater kid",
    "trash player", "go cry to ur mom", "massive skill issue", "sit down kid",
    "ur trash its funny", "get good noob", "ur honestly dogwater", "clown",
    # taunts after a kill
    "ez clap noob", "get rekt", "1 tap kid", "ez noobs", "too ez lol",
)

HELD_CLEAN: tuple[str, ...] = (
    # callouts and strategy
    "omen smoke a site", "top lane push", "ez drake", "ez rosh go", "1 tap with vandal",
    "sit b and wait", "mid is empty", "our adc is bot side", "we lost top tower",
    "i'll go top cuz of the matchup", "ur top right?", "omen can u smoke me",
    "ez herald, then push",
    # self-blame and the writer's own
    "sorry i'm so trash today", "we lost bc of me", "we lost because of ping",
    "thanks to the server we lost", "i'm the reason we lost sorry", "skill issue on my end",
    "my sister plays better than me", "i aim like a bot today", "i'm so bad its funny lol",
    # praise
    "ur insane", "jett is so good wow", "ty to u we won", "u are the reason we won",
    "thanks to u we got baron", "our jett is cracked", "omen is so useful here",
    "this phoenix is insane", "a bot would never land that",
    # game talk and a plan after a taunt's words
    "cry about it after the game, we queue again", "stay mad, fortnite fans",
    "i'm gonna cry this map is so pretty", "the clown enemy is annoying",
    "my cat has better sleep than me", "a bot would do better at trading than me lol",
    "sit down and grab a snack", "sea of thieves is on sale",
)

HELD_SWEARING: tuple[str, ...] = (
    "holy shit that clutch", "fuck this ping", "shit i missed", "damn that was close",
    "what the fuck that was insane lol", "this boss is fucking hard",
)
