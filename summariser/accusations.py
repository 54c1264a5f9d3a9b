"""Whom a sentence accuses by name: 'accused Hamas of backtracking', "condemned Russia's
violation of ...", 'the attack by the Viv Ansanm gang coalition', 'denounced Ethiopia for
starting ...'. `kinds` makes the named side the accused, whatever the model guessed."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from summariser.gazetteer import actor_named
from summariser.naming import speaker_in

if TYPE_CHECKING:  # types only: the book's modules need nothing from here
    from summariser.parties import PartyBook
    from summariser.schema import Party

_GROUP_WORDS = r"(?:(?:armed|militant|terrorist|rebel|gang|paramilitary|separatist)\s+)?(?:gang\s+)?" \
               r"(?:coalition|group|militia|movement|organi[sz]ation|network|forces|gangs?)\b"
# the forms that name the accused, the possessive one second (`POSSESSIVE_CHARGE`)
# 'Responsibility for the situation rests entirely with the military-political leadership of Azerbaijan'
# names whom a charge blames (gold takes such a verdict alone as a stance, so it makes no charge by itself)
_BLAMED = re.compile(r"\b(?i:responsibility)\b[^.;]{0,60}?\b(?:lies|rests|lay|rested)\s+(?:\w+ly\s+)?with\s+"
                     r"(?P<who>(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:of\s+(?:the\s+)?)?(?-i:[A-Z])[\w.'\u2019-]*"
                     r"(?:\s+(?:of\s+(?:the\s+)?)?(?-i:[A-Z])[\w.'\u2019-]*){0,4})")
# 'killings ... which have been credibly attributed to the RSF and allied militias': to whom they are laid
_LAID_TO = re.compile(r"\b(?:(?:credibly|widely|reliably|directly)\s+)?(?:attributed|attributable|ascribed)\s+to\s+"
                      r"(?P<who>(?:the\s+)?[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,4})")
# 'refused to recognize President Daniel Noboa's re-election, alleging "grotesque" fraud': whose win is charged
_WIN_DISPUTED = re.compile(r"\b(?:refus\w*|declin\w*)\s+to\s+(?:recogni[sz]e|accept)\s+(?P<who>(?:the\s+)?"
                           r"[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,4})(?='s\s|\u2019s\s)[^,;.]{0,40},\s+"
                           r"(?:alleging|claiming|citing)\b")
# a government the text does not name: 'the new government', 'the authorities'
_THE_GOVERNMENT = (r"the\s+(?:(?:new|current|present|incumbent|ruling|central|federal|national)\s+)?"
                   r"(?:government|authorities|administration)")
_ACCUSED = [
    # ('accused France, the former colonial power, of seeking ...': past the apposition)
    # ('accused the paramilitary Rapid Support Forces of killing ...')
    # ('blamed the paramilitary Rapid Support Forces for the attack'; 'accused the army of bombing the market')
    re.compile(r"\b(?:accus(?:e|es|ed|ing)|blam(?:e|es|ed|ing))\s+(?P<who>(?:the\s+)?(?:(?:paramilitary|terrorist|"
               r"rebel|armed|militant|separatist|so-called|opposition)\s+)?[A-Z][^,;.]{0,60}?|"
               # ('accused the administration of former President Macky Sall of deliberately concealing ...')
               r"the\s+(?:administration|government|regime)\s+of\s+(?:the\s+)?(?:former\s+|late\s+|ousted\s+)?"
               r"(?:President\s+|Prime\s+Minister\s+)?[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,3}|"
               r"the\s+(?:bloc|alliance|organi[sz]ation|army|military|armed\s+forces|opposition)|"
               # ('He accused the new government of damaging ...': the one state the report is about)
               rf"{_THE_GOVERNMENT})"
               r"(?:,[^,;.]{1,60},)?\s+(?:of|for)\b"),  # ('accused the bloc of imposing ...': the one organisation)
    # "condemned Russia's violation of Allied airspace": whose act is condemned
    # "expressed serious concern about China's coercive actions"; "condemned the Democratic
    # People's Republic of Korea's missile launches"
    re.compile(r"\b(?:(?:condemn|denounc|deplor|protest)\w*|(?:concern|alarm)\w*\s+(?:about|over|at|regarding))\s+"
               r"(?:in\s+the\s+strongest\s+(?:possible\s+)?terms\s+|(?:strongly|firmly|unequivocally)\s+)?"
               r"(?P<who>(?:the\s+)?[A-Z][\w.'\u2019-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w.'\u2019-]*){0,5})"
               r"(?:'s|\u2019s)\s+(?:\w+\s+){0,4}?(?:violations?|attacks?|aggression|invasion|shelling|strikes?|"
               r"bombing|incursions?|occupation|provocations?|annexation|blockade|actions?|seizure|detention|"
               r"launch(?:es)?|tests?|build-?up|crackdown|repression|interference|transfers?|deliver(?:y|ies)|"
               # "Iran's transfers of drones to Russia", "the PRC's support for Russia's defense industrial base"
               # ("Israel's continued presence inside Syrian territory")
               r"suppl(?:y|ies)|deployments?|militari[sz]ation|support\s+for|presence)\b"),
    _LAID_TO,
    _WIN_DISPUTED,
    # 'We reiterate our unequivocal condemnation of Hamas for the terrorist attacks': whom it condemns for a deed
    re.compile(r"\b(?:condemn(?:s|ed|ing)?|condemnation\s+of|denounc(?:e|es|ed|ing))\s+(?P<who>(?-i:[A-Z])[\w.'\u2019-]*"
               r"(?:\s+(?-i:[A-Z])[\w.'\u2019-]*){0,3})\s+for\b", re.I),
    # "Stating that Israel's attacks against Iran are a clear violation of international law": whose deed it judges
    re.compile(r"(?:\bthat\s+|^\W*)(?P<who>(?:the\s+)?[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,4})(?:'s|\u2019s)\s+"
               r"(?:[\w-]+\s+){0,3}?(?:attacks?|strikes?|aggression|invasion|occupation|bombing|shelling|incursions?)\s+"
               r"(?:[^,;.]{0,60}?\s+)?(?:(?:is|are|was|were)\s+(?:an?\s+)?(?:\w+\s+)?(?:violations?|breach|crimes?)\b|"
               r"constitutes?\b|amounts?\s+to\b|violates?\b)"),
    # 'the current crisis is a direct consequence of NATO's aggressive policy': whose policy caused it
    re.compile(r"\b(?:consequences?\s+of|results?\s+of|products?\s+of|outcomes?\s+of|caused\s+by|stems?\s+from|"
               r"rooted\s+in)\s+(?P<who>(?:the\s+)?[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,4})(?:'s|\u2019s)\s+"
               r"(?:[\w-]+\s+){0,3}?(?:policy|policies|actions?|aggression|expansion|interference|provocations?|"
               r"militari[sz]ation)\b"),
    # "condemn the dangerous actions of the People's Republic of China against ...", "the attack by Russia"
    re.compile(r"\b(?:(?:condemn|denounc|deplor|protest)\w*|(?:concern|alarm)\w*\s+(?:about|over|at|regarding))\s+"
               r"(?:in\s+the\s+strongest\s+(?:possible\s+)?terms\s+)?the\s+(?:[\w-]+\s+){0,3}?"
               r"(?:violations?|attacks?|aggression|invasion|shelling|strikes?|bombing|incursions?|occupation|"
               r"provocations?|annexation|blockade|actions?|seizure|detention|launch(?:es)?|crackdown|repression|"
               r"interference)\s+(?:(?:carried\s+out|committed|perpetrated|staged|conducted|undertaken)\s+)?"
               r"(?:of|by)\s+(?P<who>(?:the\s+)?(?:(?:armed\s+)?forces\s+of\s+(?:the\s+)?|"
               r"(?:so-called|terrorist|rebel|armed|paramilitary|separatist)\s+)?[A-Z][\w.'\u2019-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w.'\u2019-]*){0,5}"
               # 'the Viv Ansanm gang coalition', 'the Al-Shabaab militant group': a group's name goes on
               rf"(?:\s+{_GROUP_WORDS})?)"),
    # 'strongly condemns the use of water cannons by the China Coast Guard against ...': whose use it was
    re.compile(r"\b(?:condemn|denounc|deplor|protest)\w*\s+(?:[\w-]+\s+){0,3}?the\s+(?:\w+\s+)?use\s+of\s+"
               r"[^,.;]{1,60}?\s+by\s+(?P<who>(?:the\s+)?(?-i:[A-Z])[\w.'\u2019-]*(?:\s+(?-i:[A-Z])[\w.'\u2019-]*){0,4})"),
    # "has also criticised South Africa's genocide case against Israel", 'criticised Kenya for deploying ...':
    # whose act is criticised (not whom the act is against)
    re.compile(r"\bcritici[sz](?:e|es|ed|ing)\s+(?P<who>(?-i:[A-Z])[\w.-]*(?:\s+(?-i:[A-Z])[\w.-]*){0,3})"
               r"(?:['\u2019]s\s|\s+for\s+(?:its|their|his|her|(?-i:[a-z]+ing))\b)"),
    # 'condemned the Democratic People's Republic of Korea for its destabilizing launches'
    re.compile(r"\b(?:condemn|denounc|deplor|censur)\w*\s+(?:in\s+the\s+strongest\s+(?:possible\s+)?terms\s+)?"
               r"(?P<who>(?:the\s+)?(?-i:[A-Z])[\w.'\u2019-]*(?:\s+(?:of\s+(?:the\s+)?)?(?-i:[A-Z])[\w.'\u2019-]*){0,6})"
               r"\s+for\s+(?:its|their|his|her|(?-i:[a-z]+ing))\b"),  # '... denounced Ethiopia for starting'
    # 'condemn in the strongest terms the forced landing in Minsk ... and the subsequent detention by the
    # Belarusian authorities of the journalist': the doer of an act the sentence condemns, further on
    re.compile(r"\b(?:condemn|denounc|deplor)\w*\b[^.;]*?\b(?:detention|arrest|abduction|killing|shelling|attacks?|"
               r"strikes?|seizure|bombing|harassment|persecution|execution)\s+by\s+"
               r"(?P<who>(?:the\s+)?(?-i:[A-Z])[\w.'\u2019-]*(?:\s+(?:of\s+(?:the\s+)?)?(?-i:[A-Z])[\w.'\u2019-]*){0,4}"
               r"(?:\s+(?:authorities|government|forces|army|military|regime))?)"),
    # 'deep concern about the current hostile Russian activity on Ukraine's border': the side whose
    # word describes the act, not the place it happens
    re.compile(r"\b(?:concern\w*|condemn\w*|denounc\w*|deplor\w*|alarm\w*)\b[^.;]{0,40}?\b"
               # ('condemns the escalating Israeli air strikes in Sweida, Daraa and ... Damascus': Israel's)
               r"(?P<who>(?-i:[A-Z][a-z]+(?:an|ian|ese|ish|i|ic)))\s+(?:(?:military|air|missile|drone|naval|artillery)\s+)?"
               r"(?:activity|activities|airstrikes|"
               r"aggression|troops|forces|build-?up|provocations?|strikes?|attacks?|shelling|incursions?|"
               r"interference|meddling)\b"),
    # 'what it called interference by Canadian diplomats in India's internal matters': whose meddling
    re.compile(r"\b(?:interference|meddling)\s+by\s+(?P<who>(?:the\s+)?(?-i:[A-Z])[\w.'\u2019-]*"
               r"(?:\s+(?-i:[A-Z])[\w.'\u2019-]*){0,3}(?:\s+(?:diplomats|officials|agents|authorities|government|"
               r"intelligence\s+services))?)"),
    # 'briefed his interlocutor on the large-scale military aggression launched by Azerbaijan': the one
    # who launched it, whatever verb tells of it
    re.compile(r"\b(?:aggression|attacks?|offensive|invasion|strikes?|assault|shelling|bombardment|incursion)\s+"
               r"(?:launched|unleashed|waged|carried\s+out|perpetrated|committed)\s+by\s+"
               r"(?P<who>(?:the\s+)?(?-i:[A-Z])[\w.'\u2019-]*(?:\s+(?:of\s+(?:the\s+)?)?(?-i:[A-Z])[\w.'\u2019-]*){0,4})"),
    _BLAMED,
    # 'pursuing "credible allegations" of a potential connection between Indian government agents and
    # the murder of ...': the side a charge links to the deed
    re.compile(r"\b(?:allegations?|accusations?|evidence|information)\W*\s+(?:[\w-]+\s+){0,2}?(?:of|that)\s+"
               r"(?:an?\s+|the\s+)?(?:(?:potential|possible|direct|credible|clear)\s+)?(?:links?|connection|"
               r"involvement|role|complicity)\s+(?:between|of|by)\s+"
               r"(?P<who>(?:the\s+)?(?-i:[A-Z])[\w.'\u2019-]*(?:\s+(?:(?-i:[A-Z])[\w.'\u2019-]*|government|"
               r"agents|intelligence|officials|forces|authorities|services)){0,4})"),
    # 'Pakistan has shared evidence with the international community of Indian sponsorship of terrorist
    # groups': the state whose word names the backing
    re.compile(r"\b(?:evidence|proof|information|allegations?)\b[^.;]{0,60}?\bof\s+(?:the\s+)?"
               r"(?P<who>(?-i:[A-Z][a-z]+(?:an|ian|ese|ish|i|ic)))\s+(?:state\s+|government\s+)?(?:sponsorship|"
               r"backing|financing|funding|support|involvement|complicity)\s+(?:of|for|in)\b"),
]
# the forms that say in so many words that someone is charged (`accuses`)
_CHARGED = (_ACCUSED[0], _ACCUSED[-2], _ACCUSED[-1], _WIN_DISPUTED)


_ARMY = re.compile(r"\b(?:army|military|armed\s+forces)\b", re.I)


def army_party(who: str, parties: list, own: set[str]) -> object | None:
    """The one party, not the accuser's, that 'the army' means: the one listed under an army's
    name ('Sudanese military'), as a report names the state's forces."""
    if not re.fullmatch(r"the\s+(?:army|military|armed\s+forces)", who.strip(), re.I):
        return None
    armies = [p for p in parties if p.id not in own and any(_ARMY.search(n) for n in (p.name, *p.aliases))]
    return armies[0] if len(armies) == 1 else None


def accused_by_reference(who: str | None, sentence: str, parties: list, own: set[str], text: str = "") -> object | None:
    """The party the accused words refer to without its name ('the bloc', 'the army', 'the
    opposition'), or that 'accusing it of' means (`who` is None then)."""
    if who is None:
        return accused_by_pronoun(sentence, parties, own)
    return sole_organisation(who, parties) or army_party(who, parties, own) or _opposition(who, text, parties) \
        or _sole_government(who, parties, own)


def _sole_government(who: str, parties: list, own: set[str]) -> object | None:
    """The one listed state 'the new government' means ('He accused the new government of damaging
    Senegal's credibility', in a report on Senegal alone); none when two states are listed."""
    if not re.fullmatch(_THE_GOVERNMENT, who.strip(), re.I):
        return None
    # (states the gazetteer knows, one however written: not the model's 'Senegal's Court of Auditors' state, and
    # its 'Dakar' is Senegal)
    states = {p.id: actor.name for p in parties if p.kind == "state" and (actor := actor_named(p.name)) is not None
              and actor.kind == "state"}
    first = next((p for p in parties if p.id in states), None)
    return first if first is not None and len(set(states.values())) == 1 and first.id not in own else None


def _opposition(who: str, text: str, parties: list) -> object | None:
    """The one party 'the opposition' means: one named as the opposition, or the person the text
    calls its leader ('Opposition leader María Corina Machado')."""
    if not re.fullmatch(r"the\s+opposition", who.strip(), re.I):
        return None
    named = [p for p in parties if re.search(r"\bopposition\b", " ".join([p.name, *p.aliases]), re.I) or re.search(
        rf"\b(?i:opposition)\s+(?:leader|candidate|figure)\s+{re.escape(p.name)}\b", text)]
    return named[0] if len(named) == 1 else None


def sole_organisation(who: str, parties: list) -> object | None:
    """The one listed organisation 'the bloc' or 'the alliance' means, if the text lists one."""
    orgs = [p for p in parties if p.kind == "international_org"]
    return orgs[0] if re.fullmatch(r"the\s+(?:bloc|alliance|organi[sz]ation)", who.strip()) and len(orgs) == 1 else None


_ACCUSED_IT = re.compile(r"\baccus(?:e|es|ed|ing)\s+it\s+of\b")


def accused_by_pronoun(sentence: str, parties: list, own: set[str]) -> object | None:
    """Whom 'accusing it of' means: the party named last before it, not of the accuser's side
    ('... were leaving the West African bloc ECOWAS with immediate effect, accusing it of ...')."""
    m = _ACCUSED_IT.search(sentence)
    if m is None:
        return None
    before = sentence[: m.start()]
    last = {p.id: max((f.end() for form in (p.name, *p.aliases) if form
                       for f in re.finditer(rf"\b{re.escape(form)}\b", before)), default=-1) for p in parties}
    named = [p for p in parties if last[p.id] >= 0 and p.id not in own and p.kind != "person"]
    return max(named, key=lambda p: last[p.id]) if named else None


def named_group(who: str) -> str | None:
    """The proper name of an armed group or network an accusation names ('the Viv Ansanm gang
    coalition' -> 'Viv Ansanm gang coalition'), which the model may have left out; else None."""
    name = re.sub(r"^the\s+(?:(?-i:[a-z-]+)\s+)?", "", who.strip())  # 'the terrorist Rapid Support Forces militia'
    if re.fullmatch(r"[A-Z][A-Z\d]{2,7}", name) and actor_named(name) is None:
        return name  # 'accused the CCAT of organising "an insurrection"': a group by its acronym
    return name if name[:1].isupper() and re.search(rf"\s{_GROUP_WORDS}$", name) else None


def accuses(text: str) -> bool:
    """Does the sentence say in so many words that someone accuses another ('accused X of', 'shared
    evidence of the involvement of Indian agents in the assassination')?"""
    return any(form.search(text) is not None for form in _CHARGED) \
        or _LAID_TO.search(text) is not None


def accused_in(text: str) -> str | None:
    """Whom the sentence accuses by name: 'accused Hamas of backtracking' -> 'Hamas';
    "condemned Russia's violation of ..." -> 'Russia'."""
    # a communique's numbered paragraph opens with its verb: '7. Condemned the continuing Israeli attacks'
    text = re.sub(r"^\W*(?:Condemn|Denounc|Deplor|Protest|Accus|Blam)", lambda m: m[0].lower(), text)
    for form in _ACCUSED:
        m = form.search(text)
        if m is None:
            continue
        if not _OWNED.search(m.group("who")):
            return m.group("who")
        # "the violation of Estonia's airspace ... by Russian jets": Estonia owns what was violated
        agent = _AGENT.match(text, m.end())
        return agent.group("who") if agent else None
    return None


_OWNED = re.compile(r"['\u2019]s$")
# the doer of a violation told after it: '... on 19 September by three Russian MiG-31 fighter jets'
_AGENT = re.compile(r"[^.;]{0,60}?\bby\s+(?:the\s+)?(?:[a-z\d-]+\s+){0,2}?"
                    r"(?P<who>[A-Z][\w.-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w.-]*){0,4})")


POSSESSIVE_CHARGE = _ACCUSED[1]  # "expressed serious concern about China's coercive actions"


# 'Berri told visitors that Hezbollah had assured him a stray Israeli missile hit the pitch':
# the claim is the one who gave the assurance, relayed by the one who speaks
_RELAYED_ASSURANCE = re.compile(
    r"\b(?:said|told\s+[\w\s]{1,20}?|says)\s+(?:that\s+)?(?P<who>(?:the\s+)?(?-i:[A-Z])[\w'-]*(?:\s+(?-i:[A-Z])[\w'-]*){0,3}|"
    r"the\s+(?:group|movement|militia))\s+"  # 'said the group had told the government that ...': the group named
    r"(?:had\s+|has\s+)?(?:assured|told|informed|assures|tells|informs)\s+(?:him|her|them|the\s+\w+|[A-Z][\w'-]*)\b")


def relayed_assurer(sentence: str) -> str | None:
    """Who gave the assurance a speaker relays ('X said Hezbollah had assured him that ...')."""
    m = _RELAYED_ASSURANCE.search(sentence)
    return m["who"] if m else None


def group_meant(words: str, sentence: str, book: PartyBook) -> Party | None:
    """The listed armed or political group that 'the group' means: the one the text named last before."""
    at = book.text.find(sentence)
    if not re.fullmatch(r"the\s+(?:group|movement|militia)", words.strip(), re.I) or at < 0:
        return None
    named = [(m.start(), p) for p in book.parties if p.kind == "non_state_group" for f in (p.name, *p.aliases) if f
             for m in re.finditer(rf"\b{re.escape(f)}\b", book.text[:at])]
    return max(named, key=lambda spot: spot[0])[1] if named else None


def namesake_named_before(surname: str, sentence: str, book: PartyBook) -> Party | None:
    """Of two or more listed people who share the surname a charge names ('accuses Duterte of ...', with Rodrigo
    and Sara Duterte listed), the one alone whose full name the text writes before the sentence; else None."""
    at = book.text.find(sentence)
    bearers = [p for p in book.parties if p.kind == "person" and len(p.name.split()) >= 2
               and p.name.split()[-1] == surname.strip()]
    before = [p for p in bearers if at > 0 and p.name in book.text[:at]]
    return before[0] if len(bearers) >= 2 and len(before) == 1 else None


# 'Russia and Ukraine have blamed each other for the damage', 'Mogadishu and Kismayo traded blame': each charges one
_MUTUAL_BLAME = re.compile(r"^\W*(?:[^,;]{0,40}?,\s+)?(?P<first>[A-Z][^,;]{1,60}?)\s+and\s+"
                           r"(?P<second>[A-Z][^,;]{1,60}?)\s+(?:(?:have|had|again|also|both)\s+)*(?:(?:blamed|accused)\s+(?:each\s+other|one\s+"
                           r"another)|(?:traded|exchanged)\s+(?:blame|accusations|charges))\b")


def mutual_blame(sentence: str, book: PartyBook) -> tuple[Party, Party] | None:
    """The two listed sides a sentence says blame each other, first-named first: two charges, neither of which is
    the sentence's speaker's (`assemble` keeps nothing of it, as of a report's own narrative)."""
    found = _MUTUAL_BLAME.match(sentence)
    first = speaker_in(found["first"], book.parties) if found else None
    second = speaker_in(found["second"], book.parties) if found else None
    return (first, second) if first is not None and second is not None and first is not second else None
