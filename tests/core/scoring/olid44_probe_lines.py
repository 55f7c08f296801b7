"""The olid44 probe (issue 8): a person or group named together with a vice of their own,
the tweet-style put-down that joins them with "and" ("liberals and their hypocrisy", "@USER
trump and his arrogance", "she and her delusions", "antifa and their bigotry"); and the
clean lines in the same words that must stay clean (the writer's own vice, things and
plans rather than vices, negations, questions, reports, quotes and counter-speech).
Written before any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    "@USER liberals and their hypocrisy", "@USER democrats and their hypocrisy again",
    "@USER the left and their insanity", "@USER conservatives and their bigotry",
    "@USER antifa and their hatred", "@USER she and her delusions",
    "@USER he and his arrogance", "@USER republicans and their corruption",
    "@USER leftists and their lunacy", "@USER the media and their dishonesty",
    "@USER he and his cowardice", "@USER feminists and their hypocrisy",
    "@USER socialists and their idiocy", "@USER snowflakes and their insanity never stop",
    "@USER you and your hypocrisy", "@USER you and your arrogance, unbelievable",
    "@USER democrats and their racism", "@USER this guy and his incompetence",
    "@USER that woman and her lunacy", "@USER liberals and their delusions lol",
    "@USER the dems and their corruption, nothing new",
    "@USER progressives and their arrogance", "@USER the gop and their cowardice",
    "@USER trumpers and their bigotry", "@USER liberals and their hatred of america",
    "@USER those people and their idiocy", "@USER this man and his dishonesty",
    "sick of liberals and their hypocrisy", "so tired of the left and their insanity",
    "@USER antifa and their lunacy again #MAGA", "@USER she and her incompetence",
    "@USER politicians and their corruption", "@USER the democrats and their delusions",
    "@USER he and his racism", "@USER these clowns and their arrogance",
)

TUNE_CLEAN: tuple[str, ...] = (
    "@USER me and my stupidity lol", "@USER liberals and their taxes",
    "@USER democrats and their tax plan", "@USER she and her husband",
    "@USER he and his family", "@USER the left and their policies",
    "@USER conservatives and their voters", "@USER you and your dog are adorable",
    "@USER i and my arrogance, sorry guys", "@USER we and our hypocrisy as a nation",
    "@USER he is not known for hypocrisy", "@USER hypocrisy is a human thing",
    "@USER racism and its history in this country", "@USER corruption and its costs",
    "@USER the book covers greed and its consequences",
    "@USER is it liberals and their hypocrisy or just bad luck?",
    "@USER he said liberals and their hypocrisy were the problem",
    "@USER calling democrats and their hypocrisy out is not fair",
    "@USER \"liberals and their hypocrisy\" is a lazy line",
    "@USER i disagree with her tax plan", "@USER liberals want higher taxes",
    "@USER she and her team won the award", "@USER he and his arrogance? no, he is humble",
    "@USER the film explores a man and his delusions",
    "@USER the novel is about a king and his cowardice",
    "@USER my dad and his corny jokes", "@USER antifa and their march downtown today",
    "@USER republicans and their convention", "@USER great speech by her and her team",
    "@USER the senate and their vote tonight", "@USER the mayor and his wife visited",
    "@USER stop blaming liberals and their hypocrisy for everything",
)

TUNE_SWEARING: tuple[str, ...] = (
    "this weather is fucking awful", "shit i forgot my keys",
    "@USER holy shit that game was insane", "@USER damn this traffic is a nightmare",
    "@USER fuck yes we won", "@USER this shit is so good lol",
)
# fmt: on
