"""The precision35 held-back lines (issue 8): other wordings of the same shapes as
precision35_probe_lines.py, written at the same time and before any rule; counted only
at the start and the end of the round."""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    "the chinese are garbage", "chinese people are a fucking joke", "muslims are trash",
    "the muslims in my town are a joke", "mexicans are the worst",
    "the mexicans next door are shit", "trans people are garbage", "gay men are a joke",
    "the jews are corrupt", "the jews are a bunch of dicks", "indians are a fucking joke",
    "the arabs are so corrupt", "black people are trash", "immigrants are a joke",
    "refugees are garbage", "the chinese students are idiots",
    "the muslim girls at school are trash", "jewish people are the worst",
    "the gay teacher is a joke", "the trans kid is a fucking joke",
    "you mexicans are garbage", "your chinese girlfriend is trash",
    "the chinese government is a joke and so are the chinese",
    "chinese food is trash, like chinese people",
    "the muslim ban is good because muslims are garbage",
    "cnn is fine but don lemon is a joke", "schumer is corrupt", "trudeau is a fucking joke",
    "hillary is the worst", "the cnn host is a joke", "the fox news anchors are idiots",
    "the netflix ceo is a joke", "that congressman is corrupt", "the jewish lobby is corrupt",
    "muslim culture is garbage", "mexican culture is a joke", "the gay community is a joke",
    "the muslim world is garbage", "the chinese workers are a bunch of dicks",
    "you are the worst, worse than buzzfeed",
)

HELD_CLEAN: tuple[str, ...] = (
    "the muslim ban was garbage", "the chinese internet firewall is a joke",
    "chinese cars are trash", "the chinese stock market is a joke", "the mexican peso is a joke",
    "mexican beer is shit", "the israeli embassy move was a joke",
    "the japanese government is corrupt", "the german government is a joke",
    "the british government is the worst", "the french government is a fucking joke",
    "the saudi government is so corrupt", "the macron government is a joke",
    "the merkel government is the worst", "the trans sports ruling is a joke",
    "the gay wedding cake ruling is garbage", "the muslim immigration bill is a joke",
    "the immigrant visa program is a joke", "the mexican wall deal is a fucking joke",
    "the chinese trade deal is garbage", "nbc is a joke", "the nyt is a fucking joke",
    "fox news is trash", "youtube is a fucking joke", "twitter is garbage",
    "medicare is a joke", "daca is a joke", "brexit is a fucking joke",
    "obamacare was the worst", "the senate bill is trash", "politifact is a joke",
    "snopes is a fucking joke", "vox is garbage", "reuters is a joke",
    "indian food is the worst", "chinese tv shows are a joke", "the gay bar downtown is the worst",
    "the chinese government being a bunch of dicks as usual",
    "the indian government is a bunch of dicks", "the russian government is so corrupt",
)

HELD_SWEARING: tuple[str, ...] = (
    "damn this thai curry is fucking spicy", "shit, netflix just dropped the new season",
    "hell yeah, the chinese new year parade was awesome", "fuck me, the mexican food here slaps",
    "holy shit the indian buffet is open", "that german beer was damn good",
)
