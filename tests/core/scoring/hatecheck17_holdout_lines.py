"""The hatecheck17 held-back batch (issue 8): fresh wording of the probe's functions and
clean contrasts, written before any rule code was read and counted only at the start and
at the end of the round.
kind = the function.
"""

from __future__ import annotations

# (hostile, kind, text)
HOLDOUT: tuple[tuple[bool, str, str], ...] = (
    # a named group is awful / terrible / horrible / the worst
    (True, "group_awful", "lesbians are awful"),
    (True, "group_awful", "arabs are terrible people"),
    (True, "group_awful", "refugees are the worst"),
    (True, "group_awful", "jews are horrible"),
    (True, "group_awful", "transgender people are the worst kind of people"),
    (True, "group_awful", "I think black women are awful"),
    (True, "group_awful", "foreigners are just terrible"),
    (True, "group_awful", "women really are the worst"),
    (True, "group_awful", "gay men are horrible people"),
    (True, "group_awful", "the disabled are awful to be around"),
    (True, "group_awful", "muslim women are terrible"),
    (True, "group_awful", "migrants are horrible human beings"),
    (True, "group_awful", "all trans people are awful"),
    (True, "group_awful", "females are the worst"),
    # nothing but / just a <group member>
    (True, "nothing_but", "you are nothing but a dirty immigrant"),
    (True, "nothing_but", "you're nothing but a lesbian"),
    (True, "nothing_but", "you are just a woman anyway"),
    (True, "nothing_but", "you're just a retard anyway"),
    (True, "nothing_but", "ur nothing but a muslim"),
    (True, "nothing_but", "you'll never be anything but a tranny"),
    (True, "nothing_but", "you are nothing but a gay man"),
    (True, "nothing_but", "youre just a foreigner anyway"),
    (True, "nothing_but", "you're just a n1gger anyway"),
    (True, "nothing_but", "you are nothing but a refugee"),
    # running the country / in charge
    (True, "running_country", "a woman running the government? what a joke"),
    (True, "running_country", "a muslim as president? no thanks"),
    (True, "running_country", "a gay man running the country? ridiculous"),
    (True, "running_country", "a black president? no thanks"),
    (True, "running_country", "a trans woman as prime minister? that's a joke"),
    (True, "running_country", "a woman as ceo? no thanks"),
    (True, "running_country", "an immigrant running our country? never"),
    (True, "running_country", "a disabled person as president? laughable"),
    # never let in
    (True, "never_let", "i would never let a jew in my house"),
    (True, "never_let", "never let a gay man into your home"),
    (True, "never_let", "I'd never let an immigrant in my house"),
    (True, "never_let", "i'd never let a black guy into my house"),
    (True, "never_let", "we will never let a muslim into our home"),
    (True, "never_let", "never let a tranny in your house"),
    (True, "never_let", "i'd never let a refugee stay in my house"),
    (True, "never_let", "i would never let a lesbian in my home"),
    # clean: non-protected subjects
    (False, "nonprot_awful", "the graphics are awful"),
    (False, "nonprot_awful", "these randoms are terrible"),
    (False, "nonprot_awful", "the devs are the worst"),
    (False, "nonprot_awful", "healers are horrible in this patch"),
    (False, "nonprot_awful", "the snipers on that team are awful"),
    (False, "nonprot_awful", "those lag spikes are the worst"),
    (False, "nonprot_awful", "my opponents are terrible at this"),
    (False, "nonprot_awful", "the worst players get the best loot"),
    # clean: neutral and positive mentions
    (False, "ident_pos", "lesbians are amazing"),
    (False, "ident_pos", "refugees are the best cooks i know"),
    (False, "ident_neutral", "jews were treated horribly in the war"),
    (False, "ident_neutral", "migrants face terrible conditions at sea"),
    (False, "ident_neutral", "a woman as ceo? great news"),
    (False, "ident_neutral", "a muslim as president? why not"),
    (False, "ident_neutral", "a gay man running the country is normal now"),
    (False, "ident_neutral", "you are a lesbian and proud of it"),
    (False, "ident_neutral", "i'm just a girl playing games"),
    (False, "ident_neutral", "we let a refugee family stay in our house"),
    (False, "ident_neutral", "my mum would never let a stranger in her house"),
    (False, "ident_neutral", "the worst thing about being trans is the waiting lists"),
    # clean: counter-speech
    (False, "counter_ref", "claiming jews are horrible is antisemitic"),
    (False, "counter_ref", "stop saying women are the worst"),
    (False, "counter_ref", "it's bigoted to say refugees are terrible"),
    (False, "counter_quote", "someone typed 'you're nothing but a lesbian' and got muted"),
    # clean: abuse of non-protected targets and not-people
    (False, "nonprot", "you are nothing but a tryhard"),
    (False, "nonprot", "you're just a bot anyway"),
    (False, "nonprot", "a toddler running the country? that's a joke"),
    (False, "nonprot", "i'd never let a rat in my house"),
    (False, "nonprot", "my cat as president? no thanks"),
    (False, "nonprot", "you're nothing but a support main"),
    # clean: friendly profanity
    (False, "profanity_nh", "fucking terrible ping today lol"),
    (False, "profanity_nh", "shit, that was the worst pull ever"),
    (False, "profanity_nh", "holy fuck that combo"),
    (False, "profanity_nh", "damn that was awful but we still won"),
    (False, "profanity_nh", "hell yeah gg"),
    # clean: more neutral
    (False, "ident_neutral", "a woman runs our country and she's doing fine"),
    (
        False,
        "ident_neutral",
        "black people are the best at nothing in particular, they're just people",
    ),
    (False, "ident_neutral", "muslims are the worst affected by the ban"),
    (False, "ident_neutral", "immigrants are the worst paid workers here"),
    (False, "ident_neutral", "my gay friends are the worst at mario kart lol"),
)
