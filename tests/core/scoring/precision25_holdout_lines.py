"""The precision25 held-back lines (issue 8): the same shape as precision25_probe_lines.py
with different wording, written at the same time, before any rule; counted only at the
start and at the end of the round.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    "you're such a retard omg", "u are a fucking retard", "you look like a dyke in that",
    "you sound like a faggot when you laugh", "he's such a faggot", "she is a retard",
    "that guy is a total retard", "my roommate is such a retard", "your dad is a faggot",
    "being a retard, you lost again", "being a dyke she can't understand",
    "shut up faggot", "quit acting like a retard", "you behave like a dyke",
    "you really are a retard", "you're the retard here", "i'm not the faggot, you are",
    "i'm not a retard like you", "unlike you i'm no faggot", "i feel like he's a retard",
    "i am certain you are a retard", "i bet your brother is a faggot",
    "i was dumb to trust a retard like you", "i look at him and see a faggot",
    "i am sick of that retard", "i'm chatting with a retard apparently",
    "i pity the retard who taught you", "i think you're a faggot",
    "gays are all faggots", "dykes should not adopt", "being a retard is a curse on the family",
    "being a faggot is disgusting", "i'd rather be dead than a dyke",
    "i hate every faggot in this city", "i'm so done with retards", "i am sick of dykes",
    "retards like you shouldn't vote", "every faggot in this lobby should quit",
    "this server is full of retards", "all dykes are ugly",
)

HELD_CLEAN: tuple[str, ...] = (
    "i'm such a retard", "im such a retard sometimes", "i am such a faggot for that song",
    "i feel like a retard lol", "i felt like such a retard in that meeting",
    "i looked like a retard on stage", "i look like a faggot in this sweater",
    "i sound like a faggot on the recording", "i really am such a retard",
    "im a complete retard, i forgot her birthday", "being a retard i deleted my save",
    "being the faggot i am i cried at the wedding", "i was such a faggot in middle school",
    "i'm a real retard with directions", "i feel like a dyke in this flannel and i love it",
    "i'm such a dyke for redheads", "i literally look like a retard in my passport photo",
    "i was acting like a faggot at the party lol", "i am the dumbest retard ever",
    "i feel like such a retard for asking", "i m such a faggot for crying lol",
    "honestly i am a retard with technology", "i sounded like a retard on the phone",
    "i am kinda a retard when i'm tired", "i looked like such a dyke in that suit",
    "i'm such a fucking retard, wrong bus again", "i felt like a retard all day",
    "i am a big retard, sorry", "i was a total retard about it",
    "i feel like a faggot in these shorts",
    "i'm such a retard i thought it was friday", "i look like a retard with this haircut",
    "i sound like a retard when i'm nervous", "i really was a retard back then",
    "i am such a dyke lol", "i am literally a retard", "i'm a fucking faggot for this show",
    "being a dyke i have a lot of flannel", "i felt like a faggot wearing pink",
    "im such a huge retard today",
)

HELD_SWEARING: tuple[str, ...] = (
    "fuck this is so good", "holy shit what a play", "damn son nice shot",
    "shit that was fun", "this is fucking great lol", "hell yeah new update",
)
