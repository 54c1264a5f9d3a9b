"""Who speaks each sentence: the speaker its lead-in names ('Minister Fidan said'), 'he' or 'it' after
one, the first-named of a pair ('Both leaders'), a transcript's turn; each party's side. `assemble` weighs
these against the model's pick (a second clause's speaker and a report's narrative: `clause_speakers`)."""

from __future__ import annotations

import re

from summariser import asking_sides, headings, joint, mentions, referents
from summariser.attribution import attribution
from summariser.datelines import wire_dateline_end
from summariser.document import ONE_WORD_LABEL, SPEAKER_LABEL, Document, Sentence
from summariser.experts import EXPERTS
from summariser.gazetteer import actor_named
from summariser.governments import government_meant
from summariser.known_parties import add_speaker
from summariser.labels import label_in_full
from summariser.lead_in_shapes import (
    ADVERBS,
    ENVOY,
    HEAD_NOUN,
    HEAD_OPENS,
    HEAD_TAG,
    HONORIFIC_BEFORE_TITLE,
    INNER_SPEAKER,
    INTRODUCED,
    MEMBERS_OF,
    OTHER_ACCOUNT,
    OWN_BODY_OPENS,
    QUESTION_TURN,
    THE_SPOKESMAN,
    THEY,
    heads_of,
    surname_in_full,
    unlisted_person,
)
from summariser.lead_in_speakers import DIPLOMAT_IN, THE_ARTICLE, mission_speaker, party_named
from summariser.name_forms import other_states_body, party_of
from summariser.naming import foreign_diplomat, highness_meant, speaker_in
from summariser.office_holders import bare_title_holder, envoy_named_before
from summariser.openings import without_lead_in
from summariser.parties import PartyBook
from summariser.party_sides import sides
from summariser.people import only_titles, person_in
from summariser.quotations import CLOSES_QUOTE, OPENS_QUOTE, WHOLLY_QUOTED, give_to_tagged_speakers, leaves_quote_open
from summariser.reading import asking_labels, opens_question
from summariser.schema import Party
from summariser.sources import no_party_source
from summariser.spoken_before import body_opening, its_owner, own_state_goes_on, remarks_by
from summariser.titles import SHORT_TITLE, SHORT_TITLES, TITLE_WORDS

_OPENING_WORDS = 6
_IT = re.compile(rf"^\W*it(?:\s+(?:has|had))?{ADVERBS}\W*$", re.I)  # 'It has also repeated that'
_IT_ACTS = re.compile(r"^\W*It\s+(?:also\s+)?(?!is\b|has\b|was\b)(?-i:[a-z])+s\b")  # 'It also asks Israel to ...'
# a sentence whose subject is a titled person, set off by commas, acting: 'The Honourable Minister of Foreign Affairs,
# Ambassador Yusuf Maitama Tuggar, has instructed ...'
_PERSON_ACTS = re.compile(r"^\W*(?:The\s+)?(?:[A-Z][\w'-]*\s+|of\s+|the\s+|and\s+)+?(?:[A-Z][\w'-]*,\s+)?"
                          r"(?:[A-Z][\w.'-]*\s+){1,4}?[A-Z][\w'-]*,\s+(?:has|have|had|also|today)?\s*(?-i:[a-z])+(?:ed|s)\b")
_HE_OPENS = re.compile(r"^\W*(?:He|She)\b")
_HE_SAID = re.compile(r"[,\"\u201d]\s*(?:he|she)\s+(?:said|added|told)\b")
# a full name set off by a description of the person: 'Elena Lasconi, the centre-right reformist who came second,'
_DESCRIBED_OPENER = re.compile(r"^\W*(?P<name>(?-i:[A-Z])[\w'\u2019-]+(?:\s+(?-i:[A-Z])[\w'\u2019-]+){1,2}),"
                               r"\s+(?:the|a|an)\s+(?-i:[a-z])")
# a sentence whose subject is 'he' or 'she' acting, not saying: 'He undertook to share information ...'
_HE_ACTS = re.compile(r"^\W*(?:He|She)(?:\s+(?:also|then|further|later|again|\w+ly))*\s+(?-i:[a-z]){2,}\b")
_RECIPROCAL = re.compile(r"\b(?:each other|one another)\b", re.I)
# ('His Excellency added:' after 'His Excellency Sayyid Badr bin Hamad Albusaidi said:': an honorific alone is 'he')
_PRONOUN = re.compile(rf"(^|\W)(he|she|(?:his|her)\s+excellency){ADVERBS}\W*$", re.I)


_HEADS_POST = re.compile(r"(?:the\s+)?(?:president|prime\s+minister|premier|king|emir|chancellor)\b", re.I)


def named_speakers(doc: Document, book: PartyBook, voice: Party | None = None) -> dict[int, Party | None]:
    """For each sentence that attributes its statement to a speaker (`attribution.attribution`), by
    number, the party its lead-in names, None when it names none. 'He said' is the person
    last named as a speaker: reports name a speaker once, then say 'he'; 'it said' is the
    state or body that spoke last."""
    speakers: dict[int, Party | None] = {}
    # the state whose own head a bare title means: the voice, or the state its ministry (or its head) serves
    # ('the Head of our state' in the Uzbek foreign ministry's release; 'The Prime Minister' in Starmer's readout)
    home = voice if voice is None or voice.kind == "state" else book.by_id(voice.affiliation) \
        if voice.kind in ("government_body", "person") else None
    # (the head whose readout it is: President Asante-Mensah's own 'The President ...'; not a minister's)
    voices_head = voice if voice is not None and _HEADS_POST.match(voice.title or "") else None
    last_person: Party | None = None
    last_body: Party | None = None  # the last state or body that spoke, for 'it'
    last_pair: Party | None = None  # the first-named of the pair that spoke last, for 'They'
    last_pair_said: Party | None = None  # the side of the last sentence's two speakers ('X and its Y said')
    last_quoted: Party | None = None  # the one the sentence before quoted, if it quoted someone
    in_quote: Party | None = None  # whose quotation, opened in an earlier sentence, is still open
    quote_intro = quoted_block = False  # a lead-in ending 'said:' before it; the quotation it introduced
    text_owner: Party | None = None  # the body that adopted the resolution the text tells of
    text_in_focus = False  # the sentences since one whose subject is that resolution
    previous_end = account_end = 0  # (where the last sentence and the last account ended)
    last_spokesman: Party | None = None  # whom a lead-in naming a spokesperson last gave the words to
    last_members: Party | None = None  # the body whose members a lead-in named last ('The members of the Council')
    by_head: dict[str, Party] = {}  # the speaker a lead-in with this head noun named last ("Netanyahu's office")
    account_by: Party | None = None  # who 'gave a different account' that the next lines tell
    sourced = False  # the last attributed line was a source that is no party ('Reporting from Rafah, ... said')
    # in a joint statement 'both sides' are the signatories its heading names, whoever was named since
    signed = headings.joint_heading_end(doc.text) if headings.heading_genre(doc.text) == "joint_statement" else -1
    labels = {label["who"] for line in doc.text.splitlines() if (label := SPEAKER_LABEL.match(line))} \
        | ({"Question"} if re.search(QUESTION_TURN.pattern, doc.text, re.M | re.I) else set())  # reporters' turns
    turn: Party | None = None  # whose turn a transcript of two or more speakers is in
    askers = asking_labels(doc.text)  # the outlets whose turns are questions
    # the one whose text the heading says the document answers ('... Report on Türkiye Adopted by the European
    # Parliament'): what 'it is claimed' in 'the report' is theirs
    answered = headings.answered_in(doc.text)
    author = speaker_in(answered, book.parties) if answered else None
    for s in doc.sentences:
        if author is not None and referents.TOLD_IN_THE_TEXT.match(s.text):
            speakers[s.number] = author
            continue
        pair = joint.pair_subject(s.text)  # 'Both leaders reaffirmed': the first-named of the two
        if pair and headings.QUOTE_MARK.match(s.text.lstrip()):
            pair = None  # '"Both parties have made commitments ...," Matthew Miller told reporters': his words
        if pair or (last_pair is not None and joint.they_subject(s.text)):
            # the pair's members: among the heading's signatories first, else among those named so far
            first = last_pair if not pair else book.issuer if joint.names_group(pair, book.issuer) else \
                _pair_with_the_voice(s, doc, book, voice) or next(
                (f for until in (signed, s.start) if until > 0
                 and (f := joint.first_of_pair(pair, book.parties, sides(book.parties), doc.text, until))), None)
            if first is not None:
                speakers[s.number] = last_pair = first
                continue
        # 'Dawn: Islamabad says ...', 'AFP: The Philippine military said ...': the words of those the outlet names
        label = SPEAKER_LABEL.match(s.text) or ONE_WORD_LABEL.match(s.text)
        asked = label if askers else None
        attributed, named = attribution(s.text[asked.end():] if asked and asked["who"] in askers else s.text)
        if voice is not None and asking_sides.asked_passively(s.text):
            speakers[s.number] = voice  # 'The Commission ... are invited to ...': those invited do not speak
            continue
        named = HONORIFIC_BEFORE_TITLE.sub("", named) if attributed else named  # ('His Excellency the Prime Minister')
        short = SHORT_TITLE.fullmatch(named.strip()) if attributed else None
        if attributed and (highness := highness_meant(named, doc.text, book)) is not None:
            speakers[s.number] = last_person = highness  # 'His Highness affirmed ...': the one first named so
            continue
        named = SHORT_TITLES[short["short"]] if short else named  # 'PM noted': the Prime Minister
        text_owner = referents.adopter(s.text[wire_dateline_end(s.text):], book) or text_owner
        it_goes_on = text_in_focus and (_IT.match(named) if attributed else _IT_ACTS.match(s.text))
        # ('The resolution is based on biased information': the speaker's verdict on the text, not its words)
        said_in_text = referents.TEXT_SUBJECT.match(named) if attributed else referents.TEXT_SAYS.match(s.text)
        if text_owner is not None and (said_in_text or it_goes_on):
            # 'The resolution was drafted by Jordan ... It demands that ...': the adopting Assembly's
            # ('The Executive Order refers to what it calls ... It also asserts that ...': the President's)
            speakers[s.number] = text_owner
            text_in_focus = True
            continue
        text_in_focus = bool(referents.TEXT_SUBJECT.match(s.text)) or (text_in_focus and not attributed)
        one_word = ONE_WORD_LABEL.match(s.text) if not attributed else None
        if one_word and mentions.titled_mention(one_word["who"], doc.text, s.start):
            attributed, named = True, one_word["who"]  # 'Baghaei: ...' after 'The Spokesman ..., Esmaeil Baghaei,'
        turn = None if QUESTION_TURN.match(s.text) else turn  # a reporter's question ends the answer
        # ('Kanaani: ...' in a briefing whose other turns are 'Question:': the listed person's turn)
        # ('ABDEL-RAHMAN: ...', an interview's turn in capitals: the person by name as written in the text)
        named_label = speaker_in(label["who"].title() if label["who"].isupper() else label["who"], book.parties) \
            if label is not None else None
        if label is not None and (person := label_in_full(label["who"], book) or (
                named_label if named_label is not None and named_label.kind == "person" else None)) is not None:
            # 'Spokesperson: We have seen ...' after 'Spokesperson Mumtaz Zahra Baloch: ...': her turn
            speakers[s.number] = last_person = turn = person  # (a label with a name in full: a transcript)
            previous_end = s.end
            continue
        turn = None if label is not None else turn  # another label ('Note: ...') ends the turn
        if not attributed and turn is not None:
            # a transcript's turn goes on until the next label: 'President of the Central African
            # Republic Faustin-Archange Touadéra (retranslated): Mr President, ...' and what follows
            speakers[s.number] = turn
            previous_end = s.end
            continue
        # a report has no voice: '..., the office said', 'The ministry said ...' is the office or ministry named;
        # an organisation's 'The Government has said' is the state's (`governments`)
        if not attributed and voice is None and (tag := HEAD_TAG.search(s.text) or HEAD_OPENS.match(s.text)) \
                and tag["noun"].casefold() in by_head:
            attributed, named = True, f"the {tag['noun']}"
        elif not attributed and (government := government_meant(s.text, book, voice)) is not None:
            attributed, named = True, government.name
        quoting, last_quoted = last_quoted, None
        introduced_quote, quote_intro = quote_intro, False
        if not attributed and quoting is not None and WHOLLY_QUOTED.match(s.text):
            # '"... for political purposes," Kallas said. "We will not let this go unanswered."':
            # the quotation goes on, in the words of the one it was attributed to
            speakers[s.number] = last_quoted = quoting
            continue
        if in_quote is not None and "\n" in doc.text[previous_end : s.start] \
                and not headings.QUOTE_MARK.match(s.text.lstrip()) and not quoted_block:
            in_quote = None  # a quotation goes on into a new paragraph only with a new opening mark
        previous_end = s.end
        if not attributed and (quoting is not None and OPENS_QUOTE.match(s.text) or in_quote is not None):
            # ... over several sentences: '"There is no such activity. What there is, is ... hospitals."'
            # (a statement given whole after 'said:' goes on over paragraphs to its closing mark)
            quoted_block = quoted_block or (in_quote is None and introduced_quote)
            speakers[s.number] = last_quoted = in_quote = in_quote or quoting
            in_quote = None if CLOSES_QUOTE.match(s.text) else in_quote
            continue
        if not quoted_block or CLOSES_QUOTE.match(s.text):
            # (a block's own reports, 'The Chinese side ... claimed that ...', are still inside it)
            in_quote, quoted_block = None, False
        if attributed and DIPLOMAT_IN.match(named):
            speakers[s.number] = None  # (an unnamed source: `holders`)
            continue
        if attributed and _RECIPROCAL.search(s.text) and joint.names_several(named):
            # (not 'President Lai stated that the ROC and the PRC are not subordinate to each other')
            continue  # 'Venezuela and Guyana accused each other': two sides, neither speaks alone
        # 'Mali and Burkina Faso have warned that ...': the first-named of two who speak together
        # ('Russia and Ukraine traded blame' and 'X and Y are not subordinate' speak for nobody)
        group = joint.PAIR.fullmatch(named.strip()) if attributed else None
        group = group if group and speaker_in(named, book.parties) is None else None
        if group and (first := joint.first_of_pair(named, book.parties, sides(book.parties), doc.text, s.start)):
            speakers[s.number] = first  # '... was dismissed by all three ministers': the first-named of them
            continue
        if attributed and THE_SPOKESMAN.match(named) and last_spokesman is not None \
                and headings.QUOTE_MARK.match(s.text.lstrip()):
            # '"There is no military solution," the spokesperson said': the one named last, not
            # another who bears the title
            speakers[s.number] = last_spokesman
            last_quoted = last_spokesman if headings.QUOTE_MARK.search(s.text) else None
            continue
        if attributed and speaker_in(named, book.parties) is None \
                and (mission := mission_speaker(named, book)) is not None:
            speakers[s.number] = mission  # 'The United States embassy in Mogadishu said ...': the United States
            continue
        # (not the region a diplomat is of: 'A Gulf diplomat, speaking on condition of anonymity, said')
        first_named = joint.first_named_subject(named) if attributed and foreign_diplomat(named) is None else None
        # the first-named of a list, a well-known actor the model did not list ('The United States')
        known = actor_named(first_named) if first_named and speaker_in(first_named, book.parties) is None else None
        if known is not None:
            party_of(known, book)
        if first_named and (first := other_states_body(speaker_in(first_named, book.parties), first_named, book)) \
                is not None:
            speakers[s.number] = first
            last_person = first if first.kind == "person" else last_person  # ('A senior EU diplomat ... said')
            turn = first if len(labels) >= 2 and SPEAKER_LABEL.match(s.text) else turn  # 'Zhang Xiaogang: ...'
            # ("Azerbaijan's defence ministry accused ...": the next 'The ministry rejected' is it)
            by_head.update({noun.casefold(): first for noun in HEAD_NOUN.findall(named)})
            continue
        if not attributed and account_by is not None and "\n" not in doc.text[account_end : s.start]:
            # "Cambodia's defence ministry gave a different account. Thai soldiers had ...": its account
            speakers[s.number] = account_by
            account_end = s.end
            continue
        account = OTHER_ACCOUNT.match(s.text) if not attributed else None
        account_by = speaker_in(account["who"] or account["whose"], book.parties) if account else None
        by_head.update({n.casefold(): account_by for n in HEAD_NOUN.findall(account[0])} if account_by else {})
        account_end = s.end
        if not attributed:
            # 'The Turkish Cypriot leader was unmoved. Federal talks, he said, ...': a person a sentence opens
            # with is the one 'he' means next ('Speaking to reporters in Ottawa, Mr Trudeau ...': him, not Ottawa)
            opening = without_lead_in(s.text)
            opener = speaker_in(" ".join(opening.split()[:_OPENING_WORDS]), book.parties)
            short = SHORT_TITLE.match(opening)
            # 'PM thanked President Zelenskyy ...' (India's PIB): the Prime Minister, not the guest named
            opener = (referents.titled_person(SHORT_TITLES[short["short"]], book) or opener) if short else opener
            if (going_on := own_state_goes_on(opener, speakers.get(s.number - 1), book, voice)) is not None:
                speakers[s.number] = going_on  # 'Pakistan is grateful for ...' after Dar's words: his
            elif opener is None and last_person is not None and voice is not None and _HE_ACTS.match(opening):
                # 'Prime Minister Brown said ... He undertook to share ...' in a readout: Brown (a wire's 'He did not
                # present evidence' is the reporter's)
                speakers[s.number] = last_person
            elif voice is not None and (acts := _PERSON_ACTS.match(opening)) is not None \
                    and (actor := speaker_in(acts[0], book.parties)) is not None and actor.kind == "person" \
                    and actor.id in sides(book.parties).get(voice.id, {voice.id}):
                # 'The Honourable Minister of Foreign Affairs, Ambassador Yusuf Maitama Tuggar, has instructed ...' in
                # his ministry's statement: his act, not the ministry's
                speakers[s.number] = last_person = actor
            introduced = INTRODUCED.match(s.text[wire_dateline_end(s.text):])
            if (opener is None or opener.kind != "person") and introduced:
                # "Ukraine's envoy, Sergiy Kyslytsya, turned ...": the person the next 'he' means
                opener = add_speaker(introduced["lead"], book) or opener
            after = doc.sentence(s.number + 1)
            titled = person_in(" ".join(opening.split()[:8]) + " ") \
                if opener is None and after is not None and _HE_OPENS.match(after.text) else None
            if titled is not None and not re.search(r"\d", titled[0]) \
                    and re.match(rf"\W*(?:the\s+)?{re.escape(titled[1])}\s+{re.escape(titled[0])}\b", opening):
                # 'Government Minister Eduardo del Castillo gave a very different account. He said ...': the
                # titled person the model left out is the next 'he'
                opener = add_speaker(f"{titled[1]} {titled[0]}", book) or opener
            described = _DESCRIBED_OPENER.match(opening) if opener is None and after is not None \
                and _HE_SAID.search(after.text) else None
            if described is not None and speaker_in(described["name"], book.parties) is None:
                # 'Elena Lasconi, the centre-right reformist who came second, also criticised the decision. "...," she
                # said': the person the model left out is the next 'she'
                opener = referents.bare_named_person(described["name"], book, voice)
            # 'Calls for restraint came from the African Union, whose commission chairperson Moussa
            # Faki Mahamat urged ...': the one who urged is the next 'he'
            opener = opener if opener is not None and opener.kind == "person" else referents.acting_person(s.text, book)
            # (nor one a quotation still open names: '"Both men are ... . Morales needs to show ..." she said')
            inside = leaves_quote_open(doc.text[doc.text.rfind("\n", 0, s.start) + 1 : s.start])
            if opener is not None and opener.kind == "person" and not headings.QUOTE_MARK.match(opening) \
                    and not inside:
                last_person = opener  # (not one a quotation names: '"Ulvi Hasanli was convicted ...," he said')
            elif referents.own_head(s.text, home, opening=True, text=doc.text):
                # 'The President of the Republic then ...'
                last_person = voices_head or referents.head_of(home, book) or home  # type: ignore[arg-type]
            if voice is not None and OWN_BODY_OPENS.match(opening):
                last_body = voice  # 'The Government urges North Korea ... It also calls on ...': the voice's 'it'
            last_body = body_opening(s.text, book) or last_body  # "Erdogan's office gave ...": its 'it'
            continue
        if no_party_source(s.text, doc.text):
            speakers[s.number] = last_person = None  # a report's own correspondent: no party, nor the next 'he'
            sourced = True  # (nor the body that spoke before, for that 'he')
            continue
        sourced, was_sourced = False, sourced
        party, named = party_named(named, s, doc, book, voice, by_head, speakers)
        named_head = referents.own_head(named, home, text=doc.text)
        if named_head and (party is None or party is home):
            # 'The President of the Republic' in the Élysée's readout: France's own head, whom
            # the readout may never name; 'He' after it is him, not the last person named
            party = voices_head or referents.head_of(home, book) or home  # type: ignore[arg-type]
        party = party or (None if named_head else bare_title_holder(named, book))  # 'the President': the one state's
        remarked = remarks_by(doc, s.number, book) if party is None and _PRONOUN.search(named) else None
        if remarked is not None and (last_person is None or remarked.id not in sides(book.parties).get(
                last_person.id, {last_person.id})):
            # 'We have seen the remarks made yesterday by the spokesperson of the German Foreign Office. He
            # stated that ...': the one whose remarks the line before names
            party = remarked
        if party is None and last_person is not None and _PRONOUN.search(named):
            party = last_person
        if party is None or party.kind == "state" and only_titles(named) and not named_head or party is not last_person:
            party = (None if named_head else referents.bearer(named, book, last_person)) or party
        if party is None:
            party = referents.office_of_body(named, book)  # 'the UN High Commissioner for Human Rights', unnamed
        if party is None and THE_SPOKESMAN.match(named):
            party = last_spokesman  # 'The spokesman dismissed that claim': the spokesman named before
        party = party or envoy_named_before(named, doc.text, s.start, book)  # 'the envoy said': the one named so
        if party is None and last_person is None and last_body is not None and _PRONOUN.search(named) \
                and not was_sourced:
            # "China's Commerce Ministry condemned ... She urged ...": its unnamed spokeswoman
            party = last_body
        if party is None and (before := doc.sentence(s.number - 1)) is not None:
            party = its_owner(named, before.text, book)  # 'Its embassy in Sarajevo said' after 'Russia, ..., took ...'
        if party is None and last_body is not None and _IT.search(named):
            party = last_body  # "Azerbaijan's Defence Ministry rejected the report. It accused ..."
        if party is None and THEY.match(named):
            # 'The members of the Security Council condemned ... They urged ...'; "Iran's foreign ministry and its
            # Atomic Energy Organization said ... They said ...": the two who spoke last
            party = last_members or last_pair_said
        if party is not None and re.search(r"spokes", named, re.I) and (inner := INNER_SPEAKER.search(s.text)):
            # 'The Spokesman stated that President El-Sisi affirmed ...': the President's words, relayed
            party = speaker_in(inner["who"], book.parties) or party
        group = MEMBERS_OF.match(named) or EXPERTS.match(named)  # ('The experts expressed ...', then 'they stressed')
        last_members = party if party is not None and group else last_members
        last_pair_said = party if party is not None and re.search(r"\sand\s", named) else None
        by_head.update({noun: party for noun in heads_of(named, party)} if party is not None else {})
        speakers[s.number] = party
        if party is None and (person := unlisted_person(named) or _titled_elsewhere(named, doc.text)
                              or surname_in_full(named, doc.text)) is not None:  # ('Kamara said': Samura Kamara)
            # 'Government negotiator Otty Patino said ...': a person the model left out speaks, and is the next
            # 'he' (not one named before, nor a body's spokesperson)
            speakers[s.number] = last_person = book.find(person) or book.add(person, "person")
        if party is not None and leaves_quote_open(s.text) and not headings.QUOTE_MARK.match(s.text.lstrip()):
            # (not '"Russia told the whole world that ...': a quotation that opens the sentence is another's)
            in_quote = party  # 'His Excellency added: "Oman will remain ready ... wish.' then 'I urge both sides ...'
        if len(labels) >= 2 and SPEAKER_LABEL.match(s.text):
            turn = party
        # ('An official at the OAS'; 'An Egyptian diplomat, speaking on condition of anonymity, said')
        spokesman = party is not None and re.search(r"spokes|\bofficial\b|\bdiplomat\b", named, re.I)
        last_spokesman = party if spokesman else last_spokesman
        # '..., the Official Spokesperson, Shri Randhir Jaiswal, said:' introduces the quotation that follows
        quote_intro = s.text.rstrip().endswith(":")
        last_quoted = party if headings.QUOTE_MARK.search(s.text) or quote_intro else None
        last_pair = None if party is not None else last_pair
        if party is not None and (party.kind == "person" or named_head or ENVOY.search(named)):
            last_person = party  # 'The representative of the United Kingdom said ... She added': the UK
        elif party is not None and not THE_ARTICLE.match(named):  # (a newspaper's 'article' is no 'it' to come)
            last_body = party
            # 'Calls for restraint came from the African Union, whose commission chairperson Moussa
            # Faki Mahamat urged ...': the next 'he' is the one who urged
            last_person = referents.acting_person(s.text, book) or last_person
    give_to_tagged_speakers(doc, book, speakers)
    return speakers


def _titled_elsewhere(named: str, text: str) -> str | None:
    """A bare full name as the whole lead-in ('To Lam warmly welcomed ...') that the text writes elsewhere after a
    post ('General Secretary of the CPV Central Committee To Lam'): a person the model left out."""
    bare = re.fullmatch(r"\s*((?-i:[A-Z])[\w'\u2019-]+(?:\s+(?-i:[A-Z])[\w'\u2019-]+){1,2})(?:\s+\w+ly)*\s*", named)
    if bare is None or actor_named(bare[1]) is not None or TITLE_WORDS.intersection(bare[1].casefold().split()):
        return None
    posted = re.search(rf"((?:[A-Z][\w-]*\s+(?:of\s+the\s+|of\s+)?){{1,7}}){re.escape(bare[1])}\b", text)
    return bare[1] if posted and TITLE_WORDS.intersection(posted[1].casefold().split()) else None


def _pair_with_the_voice(s: Sentence, doc: Document, book: PartyBook, voice: Party | None) -> Party | None:
    """The voice, when 'Both sides agreed on steps ...' answers a reporter's question that, with its answer, names
    one state besides the voice's (the visit to Kabul): the voice and that state are the two sides, not the
    last two states the briefing named before. None otherwise."""
    if voice is None:
        return None
    answer = doc.text.rfind("\n\n", 0, s.start)
    question = doc.text.rfind("\n\n", 0, max(answer, 0))
    own = sides(book.parties).get(voice.id, {voice.id})
    if answer < 0 or question < 0 or not opens_question(doc.text, question + 2) \
            or not any(p.kind == "state" for p in book.parties if p.id in own):  # (a state's briefing)
        return None
    exchange = doc.text[question : s.end]
    others = [p for p in book.parties if p.kind == "state" and p.id not in own
              and joint.spans_of({p.name, *p.aliases}, exchange)]
    return voice if len(others) == 1 else None
