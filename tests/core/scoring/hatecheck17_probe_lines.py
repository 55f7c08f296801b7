"""The hatecheck17 probe (issue 8): the English functional hate suite's shapes still missed
after hatecheck16 (a named group "are awful/terrible/horrible/the worst", "you are nothing
but a <group member>", "a <group member> running the country? that's a joke", "never let
a <group member> in my house") and clean contrasts, written before any rule code was read.
kind = the function.
"""

from __future__ import annotations

# (hostile, kind, text)
PROBE: tuple[tuple[bool, str, str], ...] = (
    # a named group is awful / terrible / horrible / the worst
    (True, "group_awful", "women are awful"),
    (True, "group_awful", "trans people are terrible"),
    (True, "group_awful", "gay people are horrible"),
    (True, "group_awful", "black people are the worst"),
    (True, "group_awful", "disabled people are awful"),
    (True, "group_awful", "muslims are terrible"),
    (True, "group_awful", "immigrants are the worst"),
    (True, "group_awful", "all women are horrible"),
    (True, "group_awful", "gays are the worst people"),
    (True, "group_awful", "honestly immigrants are so terrible"),
    (True, "group_awful", "trans women are just awful"),
    (True, "group_awful", "muslims are the absolute worst"),
    # you are nothing but a <group member>
    (True, "nothing_but", "you are nothing but a woman"),
    (True, "nothing_but", "you're nothing but a muslim"),
    (True, "nothing_but", "you are nothing but an immigrant"),
    (True, "nothing_but", "you're just a tranny anyway"),
    (True, "nothing_but", "you're just a fag anyway"),
    (True, "nothing_but", "you are nothing but a cripple"),
    (True, "nothing_but", "you're just a dumb woman anyway"),
    (True, "nothing_but", "you're nothing more than a black man to them and to me"),
    (True, "nothing_but", "ur just a gay anyway"),
    (True, "nothing_but", "you are only a woman, know your place"),
    # a <group member> running the country
    (True, "running_country", "A woman running the country? That's a joke"),
    (True, "running_country", "a woman as president? no thanks"),
    (True, "running_country", "a muslim running the country? what a joke"),
    (True, "running_country", "a trans person as president? never"),
    (True, "running_country", "a black man running this country? laughable"),
    (True, "running_country", "an immigrant as prime minister? no way"),
    (True, "running_country", "a gay president? disgusting"),
    (True, "running_country", "women should never be allowed to run a country"),
    # never let a group member in
    (True, "never_let", "I'd never let a muslim in my house"),
    (True, "never_let", "i would never let a gay person in my home"),
    (True, "never_let", "never let an immigrant into your house"),
    (True, "never_let", "I'd never let a trans person in my house"),
    (True, "never_let", "i will never let a black person into my shop"),
    # clean: game and other non-protected subjects
    (False, "nonprot_awful", "the cpu players are terrible"),
    (False, "nonprot_awful", "my teammates are the worst"),
    (False, "nonprot_awful", "these servers are awful"),
    (False, "nonprot_awful", "the new maps are horrible"),
    (False, "nonprot_awful", "the bots are the worst tonight"),
    (False, "nonprot_awful", "mondays are terrible"),
    (False, "nonprot_awful", "my jokes are awful i know"),
    (False, "nonprot_awful", "the worst people in this lobby are the campers"),
    # clean: neutral and positive mentions of groups
    (False, "ident_pos", "women are awesome"),
    (False, "ident_pos", "immigrants are the best neighbours"),
    (False, "ident_neutral", "muslims are terribly underrepresented in games"),
    (False, "ident_neutral", "trans people face awful discrimination"),
    (False, "ident_neutral", "black people are treated horribly by the police"),
    (False, "ident_neutral", "a woman running the country would be great"),
    (False, "ident_neutral", "a woman as president? yes please"),
    (False, "ident_neutral", "a muslim is running for mayor"),
    (False, "ident_neutral", "you are a woman and a great player"),
    (False, "ident_neutral", "i'd let a muslim friend stay in my house any time"),
    (True, "never_let", "I would never let a muslim near my kids."),
    (False, "ident_neutral", "i am just a woman who loves rpgs"),
    # clean: counter-speech
    (False, "counter_ref", "saying women are awful is sexist"),
    (False, "counter_ref", "no, immigrants are not the worst"),
    (False, "counter_ref", "people who say gays are terrible are bigots"),
    (False, "counter_quote", "he said 'a woman as president? no thanks' and got banned"),
    # clean: abuse of non-protected targets and not-people
    (False, "nonprot", "you're nothing but a camper"),
    (True, "nonprot_insult", "you are nothing but a noob"),
    (False, "nonprot", "a cat running the country? that's a joke"),
    (False, "nonprot", "i'd never let a dog in my house"),
    (False, "nonprot", "never let a stranger into your house"),
    # clean: friendly profanity
    (False, "profanity_nh", "fucking awful luck on that roll lol"),
    (False, "profanity_nh", "holy shit that was the worst lag ever"),
    (False, "profanity_nh", "damn this boss is terrible"),
    (False, "profanity_nh", "shit map, fun game though"),
    (False, "profanity_nh", "fuck yeah we won"),
)
