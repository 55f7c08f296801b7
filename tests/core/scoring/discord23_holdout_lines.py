"""The discord23 held-back batch (issue 8): written with the probe, before any rule,
counted only at the start and the end of the round. New wording in the same shapes.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    # a member's words dismissed
    "nobody asked you bro", "no one asked lmao", "who tf asked", "who asked u 💀",
    "idc + didnt ask", "no one asked for ur opinion", "nobody wants to hear it",
    "nobody cares about u", "ok? who asked", "cool story nobody asked",
    # mock pity
    "cry harder loser", "cry about it", "stay mad kid", "go cry about it",
    "keep crying lmao", "cope + seethe", "cry me a river", "stay pressed",
    "cope and seethe 💀", "go cry in the corner",
    # the reader's life mocked
    "touch some grass", "go touch grass", "get a job loser", "go get a life",
    "go outside nerd", "u seriously need a life", "imagine having no life",
    "ur such a no lifer", "bro has no life 💀", "ur friendless lol",
    # the reader's family made a jab
    "ur mom is a joke", "ur mom so fat lmao", "ur mom looks like a potato",
    "ur dad never came back lol", "ur family is so broke",
    # a pile of ratio and L
    "ratio + ur mid + L", "L bozo", "ratio + fell off + ur ugly", "massive L for u",
    "take this L bozo",
)

HELD_CLEAN: tuple[str, ...] = (
    # the same words about oneself
    "i really need to touch grass", "big L for me", "i have no life lmao send help",
    "i need to go outside more", "i cried so hard at that", "i need a new job fr",
    "took an L today at work", "nobody asked me but ill say it anyway",
    "i have no friends in this class yet", "i was so mad lol but its fine",
    # support with a kind turn
    "nobody asked but ur doing amazing", "cry if u need to, we're here",
    "go outside and get some sun, it really helps", "no one cares if u lose, just play",
    "its fine to be mad, take a break", "who asked u to apologize? ur good",
    "get some rest, u earned it", "dont worry about it, nobody cares about that lol",
    "u got this bro", "ur mom would be proud of u",
    # games, shows and updates
    "who asked for nerfs on this character", "nobody asked for this skin lol",
    "this anime made me cry", "the team took an L last night",
    "that ratio on the devs post lmao", "the villain has no friends, thats his arc",
    "the grass texture in this game is so good", "get a life potion before the boss",
    "L key to open the map", "the outside area of the map is huge",
    # friendly banter and everyday talk
    "ur mom makes the best tacos", "say hi to ur mom for me", "ur dad's car is so cool",
    "ur mom picked us up, so nice", "got the job!!!", "stay mad at the lag not me lmao",
    "cry harder than me at the finale, impossible", "ur family is so sweet",
    "ur mom is hilarious", "my mom says hi",
)

HELD_SWEARING: tuple[str, ...] = (
    "holy fuck that clutch", "damn this song slaps", "shit thats hilarious",
    "fucking love this server", "what the hell lmao", "hell yes gg",
)
