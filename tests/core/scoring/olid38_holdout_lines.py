"""Held-back lines for the olid38 round (issue 8): other wordings of the same shapes,
written with the probe and before any rule; not studied while the rules were written.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    "@USER these scientists are a disgrace", "@USER the refs are a joke",
    "@USER the pope is a disgrace", "@USER the doctors are useless",
    "@USER the journalists are clueless", "@USER the experts are clowns",
    "@USER his supporters are a joke", "@USER the teachers there are pathetic",
    "@USER those historians are frauds", "@USER the sheriff is a disgrace",
    "@USER the generals are cowards", "@USER these bankers are crooks",
    "@USER our councillors are useless", "@USER the editors are a joke honestly",
    "@USER that preacher is a hypocrite", "@USER the gun control activists are idiots",
    "@USER the network executives are pathetic", "@USER their candidates are a disgrace",
    "@USER the hosts were awful again", "@USER the city officials are corrupt",
    "@USER those radio hosts are a disgrace to journalism",
    "@USER the vegan bloggers are insufferable", "@USER the cardinals are a disgrace",
    "@USER these influencers are clowns", "@USER the pollsters are liars",
    "@USER liberals are a disgrace to this country",
    "@USER the school board members are idiots", "@USER the nfl owners are cowards",
    "@USER these celebrities are pathetic", "@USER the media pundits are a joke",
    "@USER boy is that reporter dumb", "@USER man are the refs pathetic",
    "@USER damn is that pastor a fraud", "@USER god are those senators useless",
    "@USER wow are these experts clueless", "@USER lord is that judge corrupt",
    "@USER jeez are the voters stupid", "@USER boy is this professor a joke",
    "@USER man is that coach clueless", "@USER damn are the critics pathetic",
)

HELD_CLEAN: tuple[str, ...] = (
    "@USER these science fairs are a joke", "@USER the ref whistles are a joke",
    "@USER the pope visit was a mess", "@USER the doctor bills are a disgrace",
    "@USER the journalists are not clueless", "@USER are the experts clowns?",
    "@USER he said his supporters are a joke", "@USER if the teachers are pathetic, fire them",
    "@USER those historians are brilliant", "@USER the sheriff is a hero",
    "@USER the generals are stupid smart", "@USER these bankers are crazy rich",
    "@USER our councillors are helpful", "@USER the editors are kind honestly",
    "@USER that preacher is inspiring", "@USER the gun control activists marched today",
    "@USER the network executives met on monday", "@USER their candidates won",
    "@USER the hosts were great again", "@USER the city officials are on it",
    "@USER those radio hosts are a delight", "@USER the vegan bloggers cook well",
    "@USER the cardinals are voting", "@USER these influencers are funny",
    "@USER the pollsters got it wrong this time", "@USER liberals disagree with me on taxes",
    "@USER why are the school board members so slow?", "@USER the nfl owners meet next week",
    "@USER do you think these celebrities are pathetic?", "@USER the media pundits are busy",
    "@USER boy is that reporter quick", "@USER man are the refs strict",
    "@USER damn is that pastor loud", "@USER god are those senators old",
    "@USER wow are these experts smart", "@USER lord is that judge strict",
    "@USER jeez are the voters fired up", "@USER boy is this professor funny",
    "@USER man is that coach good", "@USER damn are the critics harsh on this one",
)

HELD_SWEARING: tuple[str, ...] = (
    "@USER fuck yeah the experts nailed it", "this shit is crazy lol",
    "@USER holy fuck that coach is a genius", "@USER damn that was a fucking good game",
    "@USER shit yeah the voters came out", "@USER hell yes this is awesome",
)
