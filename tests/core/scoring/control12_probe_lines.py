"""The control12 probe (issue 8, control12): shapes of false flags on the hate files'
control classes (a group named neutrally or in news and political talk, the speaker's
own group, a slur-like word about no one or reclaimed, vulgar words with no target, a
person criticised for an action or opinion, sarcasm about ideas, counter-speech and
quoting), each with hostile look-alikes. Written before any rule code was read.
"""

from __future__ import annotations

# (hostile, kind, text)
PROBE: tuple[tuple[bool, str, str], ...] = (
    # a group named neutrally, in news or political talk
    (False, "en-neutral", "the muslims in my town opened a food bank last week"),
    (False, "en-neutral", "police say two jewish men were attacked outside the synagogue"),
    (False, "en-neutral", "the senate is debating how many refugees to admit this year"),
    (False, "en-neutral", "most immigrants here work in farming and construction"),
    (False, "en-neutral", "black voters turned out in record numbers in georgia"),
    (False, "en-neutral", "the gay couple next door invited us to their wedding"),
    (False, "en-neutral", "a poll of arab americans shows they care most about jobs"),
    (False, "en-neutral", "my grandmother was a jewish immigrant from poland"),
    (True, "en-neutral", "the muslims in my town are vermin and should leave"),
    (True, "en-neutral", "immigrants are parasites living off our taxes"),
    (True, "en-neutral", "jews are behind every war, wake up"),
    (True, "en-neutral", "black people are animals and always will be"),
    # the speaker's own group
    (False, "en-own", "as a gay man i never felt safe in that bar"),
    (False, "en-own", "as a black woman i get followed around shops all the time"),
    (False, "en-own", "i am a muslim and i fast during ramadan"),
    (False, "en-own", "as an immigrant myself i know how hard the paperwork is"),
    (True, "en-own", "as a white man i can tell you blacks are savages"),
    (True, "en-own", "i am a christian and muslims are a plague on this country"),
    # slur-like words about no one, or reclaimed
    (False, "en-reclaim", "we queers have been throwing this party for ten years"),
    (False, "en-reclaim", "the word retard should not be used as an insult"),
    (False, "en-reclaim", "calling someone a faggot gets you banned here"),
    (True, "en-reclaim", "shut up you stupid faggot"),
    (True, "en-reclaim", "that retard should not be allowed to vote"),
    # vulgar words with no target
    (False, "en-vulgar", "holy shit the traffic this morning was insane"),
    (False, "en-vulgar", "this fucking weather is killing my plans"),
    (False, "en-vulgar", "what the hell happened to the economy"),
    (False, "en-vulgar", "damn that was a good speech, fuck yes"),
    (False, "en-vulgar", "shit is getting real in washington tonight"),
    (True, "en-vulgar", "fuck you and your whole fucking family"),
    (True, "en-vulgar", "fuck all the muslims in this country"),
    # a person criticised for an action or opinion
    (False, "en-critic", "the governor was wrong to cut school funding"),
    (False, "en-critic", "i think his tax plan is a disaster for the middle class"),
    (False, "en-critic", "she lied about the numbers and should resign"),
    (False, "en-critic", "that senator voted against the bill again"),
    (True, "en-critic", "the governor is a worthless piece of shit"),
    (True, "en-critic", "that senator is a lying scumbag who should be hanged"),
    # sarcasm about ideas
    (False, "en-sarcasm", "oh great another plan to fix healthcare that fixes nothing"),
    (False, "en-sarcasm", "sure, tax cuts for billionaires will trickle down any day now"),
    (True, "en-sarcasm", "oh sure, muslims are so peaceful, said no one ever"),
    # counter-speech and quoting
    (False, "en-counter", "saying immigrants are rats is disgusting and racist"),
    (False, "en-counter", "nobody should call jews vermin, ever"),
    (False, "en-quote", "he posted that gays are sick and got suspended for it"),
    (False, "en-counter", "stop calling black people thugs, it is racist"),
    (True, "en-counter", "immigrants are rats and everyone knows it"),
    # abuse of objects and non-protected things
    (False, "en-object", "this stupid printer is a piece of garbage"),
    (False, "en-object", "mondays are the worst, i hate them"),
    (False, "en-object", "the new tax law is total trash"),
    (True, "en-object", "you are total trash and so is your mother"),
)
