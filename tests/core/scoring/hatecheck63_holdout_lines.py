"""The hatecheck63 held-back lines (issue 8): other wordings of the round's shapes, written
at the same time as the probe and counted only at the start and at the very end.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    "refugees won't know what hit them", "the muslims won't ever know what hit them",
    "black people will not know what hit them", "these women won't know what hit em",
    "gays wont know what hit them when it starts", "the days of the muslims are numbered",
    "trans people's days are numbered", "immigrants, your days here are numbered",
    "the days of the jews in europe are numbered", "the gays are on borrowed time",
    "refugees are living on borrowed time here", "black people will never see it coming",
    "the muslims won't see it coming", "jews will regret this", "immigrants will regret it all",
    "women are going to regret ever speaking up", "gay people will regret being so loud",
    "disabled people should be afraid", "trans people better be very afraid",
    "the refugees should be very very afraid",
    "who even needs muslims?", "who needs gay people anyway", "who the hell needs refugees",
    "what are women even good for", "what are disabled people good for?",
    "what is an immigrant even good for", "what use are jews to us",
    "what use are trans people anyway", "what's the point of gays",
    "what is even the point of disabled people", "whats the point of muslims anyway",
    "do we really need black people?", "why do we even need refugees here",
    "what do immigrants even contribute", "what have women ever contributed",
    "what have trans people ever contributed to society",
    "seriously who needs jews", "what use is a woman", "what are refugees good for",
    "what is the point of immigrants anyway",
)

HELD_CLEAN: tuple[str, ...] = (
    "the rats won't know what hit them", "their defence won't know what hit them",
    "my little brother won't know what hit him", "the days of paper tickets are numbered",
    "this old phone's days are numbered", "the days of that diner are numbered sadly",
    "my car is on borrowed time", "the goalie will never see it coming",
    "you won't see it coming, it's a great twist", "we will regret this pizza tomorrow",
    "i regret ever buying that couch", "the mice should be afraid of our cat",
    "who needs a charger?", "who even needs a printer these days",
    "what are these cables good for", "what is this setting even good for?",
    "what use is an umbrella in this wind", "what's the point of the new update",
    "do we even need a second fridge?", "whats the point of the tutorial",
    "the muslims in my street won't regret moving here, they love it",
    "what is the point of the jewish new year apples and honey?",
    "women who need support can message the mods",
    "refugees are good for the local economy, studies say",
    "a jewish friend of mine says the days of the old synagogue hall are numbered",
    "who needs a lift to the mosque on friday?", "what do trans people need from allies?",
    "disabled people need ramps, who even disagrees with that?",
    "what are immigrants good at? the same things as anyone",
    "black people won't regret voting, it matters",
    "saying who needs gay people is disgusting", "asking what use disabled people are is vile",
    "she said refugees won't know what hit them and was banned",
    "claiming the days of trans people are numbered is hate speech",
    "people who ask what women are good for need to log off",
    "my gay uncle says the days of dial-up are numbered",
    "the point of this muslim charity is to feed people",
    "immigrants never saw the housing crash coming",
    "who needs the jewish holiday calendar? i'll send it",
    "what's the point of arguing, the refugees need help now",
)

HELD_SWEARING: tuple[str, ...] = (
    "fuck me that was a good burger", "shit yeah, the weekend is here", "damn, nice shot",
    "oh fuck, i overslept", "this is some good shit", "holy fucking hell that view",
)
