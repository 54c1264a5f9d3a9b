"""Lists of asks: a lead-in that asks what its list says ('The NUG therefore calls on:') and
the items that follow ('(a) all Member States to halt ...'), each one request of the lead-in's
asker (`assemble.build_items`)."""

from __future__ import annotations

import re

from summariser.document import LIST_MARK
from summariser.procedural import procedural

# a lead-in that asks what the list after it says: 'The NUG therefore calls on:', 'Urges:'
# ('demands that the government:', 'urges the parties to:': the lead-in names whom its items ask)
_ASKS_OF_LIST = re.compile(r"\b(?P<ask>(?:call(?:s|ed)?\s+(?:on|upon)|urg(?:es|ed|e)|request(?:s|ed)?|invit(?:es|ed|e)|"
                           r"appeal(?:s|ed)?\s+to|encourag(?:es|ed|e)|ask(?:s|ed)?|demand(?:s|ed)?)"
                           r"(?P<whom>\s+(?:that\s+)?[^:;.]{1,60}?)?)\s*:\s*$", re.I)


# a lead-in that proposes what its list says: 'The President of Uzbekistan put forward a number of
# initiatives aimed at deepening cooperation:' then '- to raise relations ...' (each item a proposal
# of the one who put them forward)
_PROPOSES_LIST = re.compile(r"^\W*(?P<who>[A-Z][^:;.\n]{2,80}?)\s+(?:(?:has\s+|also\s+)?(?:put\s+forward|advanced|"
                            r"set\s+out|outlined|made|tabled|presented|proposed)\s+(?:a\s+(?:number|series|set|package)\s+of\s+|"
                            r"several\s+|(?:two|three|four|five|six|seven|eight|nine|ten)\s+|the\s+following\s+)?"
                            r"(?:\w+\s+){0,2}?(?:initiatives|proposals|ideas|suggestions)\b[^:;.]{0,80}|"
                            r"(?:has\s+|also\s+)?propos(?:ed|es)(?:\s+the\s+following)?)\s*:\s*$")


# a lead-in that counts the asks the next sentences make, one by one: 'The Democratic Republic of the Congo
# insists on three things.' then 'First, the complete and verified withdrawal of all foreign forces ...'
_ASKS_COUNTED = re.compile(r"\b(?P<ask>insists?\s+on|demands?|calls?\s+for|asks?\s+for|wants?|expects?)\s+"
                           r"(?:the\s+following\s+)?(?:two|three|four|five|six)\s+(?:things|points|steps|measures|"
                           r"conditions|demands|actions)\s*[.:]\s*$", re.I)
# ... and the ordinal each of them opens with
_ORDINAL = re.compile(r"\s*(?:First(?:ly)?|Second(?:ly)?|Third(?:ly)?|Fourth(?:ly)?|Fifth(?:ly)?|Sixth(?:ly)?|Finally|"
                      r"Lastly),\s+(?=\S)")


def list_item(text: str) -> bool:
    """Is the sentence an item of a list ('(b) the UN Security Council to refer ...'; 'Second, the return
    of the State's authority ...')?"""
    return bool(LIST_MARK.match(text) or _ORDINAL.match(text))


def asks_of_list(text: str) -> bool:
    """Does the sentence only lead in to a list of asks ('The NUG therefore calls on:'; '... insists on
    three things.')?"""
    return bool(_ASKS_OF_LIST.search(text) or _ASKS_COUNTED.search(text))


def proposes_list(text: str) -> bool:
    """Does the sentence only lead in to a list of proposals ('X put forward a number of initiatives:')?"""
    return bool(_PROPOSES_LIST.match(text))


def list_lead_in(before: list[str]) -> str:
    """The sentence that leads in to a list whose item comes after `before`: the last that is
    no item itself."""
    earlier = [text for text in before if not list_item(text)]  # past the list's other items
    return earlier[-1] if earlier else ""


def asked_by_lead_in(before: list[str], item: str) -> str | None:
    """A list item asked by the lead-in of its list ('calls on:' then '(a) all Member States to
    halt ...', '(b) ...'), as one request's words: 'calls on all Member States to halt ...'.
    `before` is the sentences before the item; None when the item is not asked so."""
    lead_in = list_lead_in(before)
    counted, ordinal = _ASKS_COUNTED.search(lead_in), _ORDINAL.match(item)
    if counted and ordinal:  # 'insists on three things.' then 'First, the complete ... withdrawal ...'
        what = item[ordinal.end():]
        return f"{counted['ask']} {what[:1].lower() + what[1:] if what[1:2].islower() else what}"
    ask, mark = _ASKS_OF_LIST.search(lead_in), LIST_MARK.match(item)
    proposer = _PROPOSES_LIST.match(lead_in)
    if proposer and mark:  # 'The President of Uzbekistan proposed to raise relations ...'
        return f"{proposer['who']} proposed {item[mark.end():]}"
    if not ask or not mark:
        return None
    what = item[mark.end():]
    if ask["whom"] and what[:1].isupper() and what[1:2].islower():
        what = what[:1].lower() + what[1:]  # 'demands that the government immediately revoke ...'
    return f"{ask['ask']} {what}"


# a list's lead-in that settles something: its items are what was agreed, not topics
_SETTLES = re.compile(r"\b(?:agree|commit|decid|resolv|reaffirm|welcom|condemn|call|urg|stress|underlin)\w*", re.I)


# talk about topics: 'reviewed', 'discussed', 'exchanged views on' (not 'The main outcomes of the meeting include:'
# nor 'In particular, he:', whose items say what was done)
_TALKED = re.compile(r"\b(?:reviewed|discussed|exchanged\s+views|touched\s+(?:up)?on|focused\s+on|talked\s+about)\b")


def topics_listed(lead_in: str) -> bool:
    """Does the lead-in only say what was talked about, a list of topics following ('The two presidents
    also reviewed bilateral cooperation, including:')? Its items hold no stance."""
    return lead_in.rstrip().endswith(":") and procedural(lead_in) and _TALKED.search(lead_in) is not None \
        and not _SETTLES.search(lead_in)
