"""Asks a sentence tells of without making them: one met or standing from before ('Their release, which
the EU had long demanded, ...'), one of others in a clause of background ('where armed groups had called for
a boycott'), another's call the sentence is about ("The report's call for the Union to ... is ..."), or one
told of by its maker's name ("... has not commented on Getachew's request"). `cues` reads past them."""

from __future__ import annotations

import re

_ASKED_BEFORE = (r"(?:had|has|have)\s+(?:long\s+|repeatedly\s+|consistently\s+|always\s+|also\s+)?"
                 r"(?:demanded|called\s+(?:for|on|upon)|urged|sought|requested|pressed\s+for|asked\s+for|appealed\s+for)")
# asks told of, which the sentence's speaker does not make: one met ('Their release, which the EU had
# long demanded, is a positive step'), and one of others named by their kind alone, in a clause of
# background ('the western regions, where armed groups had called for a boycott'; 'thanks the ...
# movements of solidarity that have demanded the removal of Cuba from the list')
ASKED_BY_OTHERS = (rf",\s+which\s+(?:[^,;]{{1,40}}?\s+)?{_ASKED_BEFORE},|"
                   # ('..., as Tonga had requested in its letter ...', '..., as Uruguay has proposed since 2021')
                   r"(?:^|,)\s*as\s+(?:[\w'\u2019-]+\s+){1,4}?(?:had|has|have)\s+(?:long\s+|always\s+|also\s+)?"
                   r"(?:requested|proposed|demanded|sought|urged|asked\s+for|called\s+for)\b[^,;.]*|"
                   rf"\bwhere\s+(?:(?-i:[a-z])[\w-]*\s+){{1,3}}?{_ASKED_BEFORE}\b|"
                   rf"\b(?-i:[a-z])[\w-]*\s+(?:that|who)\s+{_ASKED_BEFORE}\b|"
                   # (nor a proposal discussed: 'Hamas leaders who were meeting to discuss a U.S. ceasefire proposal')
                   r"\b(?:discuss|consider|study|examine|review)(?:ed|ing|es|s)?\s+(?:a|an|the|its|their)\s+"
                   r"(?:[\w.-]+\s+){0,3}?proposals?\b|"
                   # (nor what others gave, thanked for: 'for the shelter and food that the communities ... offered')
                   r"\bfor\s+(?:the\s+)?(?:[\w-]+\s+){1,4}?(?:that|which)\s+[^,;.]{1,80}?\s+offered\b|"
                   # ('thanked the Royal Government for the scholarships offered to ...')
                   r"\bthank\w*\s+[^.;]{1,80}?\bfor\s+(?:the\s+)?(?:[\w-]+\s+){1,4}?offered\b|"
                   # (nor another's call the sentence is about: "The report's call for the Union to keep the accession
                   # process frozen is an expression of ...")
                   r"^\W*(?:the\s+)?(?:[\w-]+\s+){0,3}?[\w-]+['\u2019]s\s+(?:calls?|demands?|appeals?)\s+for\b"
                   r"[^;]{0,160}?\s+(?:is|was|are|were|has|have|had|reflects|shows)\b|"
                   # (nor one the voice takes note of: 'The EU also takes note that a number of political parties
                   # ... had called for a boycott of the vote')
                   rf"\b(?:takes?|took|taking)\s+note\s+that\s+[^;]{{1,160}}?\b{_ASKED_BEFORE}\b|"
                   # (nor one told of by its maker's name: "has not commented publicly on Getachew's request"; not
                   # "raised Vorland's request to purchase ...", made now)
                   r"(?:\b(?:on|to|at|of|about|despite|after|following)\s+|^\W*)(?:the\s+)?[\w-]+['\u2019]s\s+"
                   r"requests?\b|"
                   # (nor one another side answered, with a word between: 'The court rejected a separate request to
                   # arrest ...'; the bare 'rejected the request' is read past in `cues`)
                   # (nor one another asked of a body the clause describes: 'the Supreme Tribunal, which has been
                   # asked by the President to certify the results')
                   r"\b(?:which|who)\s+(?:has|had|have)\s+been\s+(?:asked|requested|called\s+on|urged|instructed)\s+"
                   r"by\b|"
                   r"\b(?:rejected|rejects|dismissed|dismisses|denied|denies|turned\s+down|granted|grants|approved|"
                   r"approves)\s+(?:a|an|the|its|their|his|her)\s+(?:[\w'\u2019-]+\s+){1,3}?(?:requests?|appeals?|demands?)\b|"
                   # (or in the passive: 'and requests to allow them to land were refused')
                   r"\b(?:requests?|appeals?|demands?)\s+[^,;.]{1,80}?\s+(?:was|were|had\s+been|have\s+been)\s+"
                   r"(?:\w+ly\s+)?(?:refused|rejected|denied|turned\s+down|ignored|granted)\b|"
                   # (nor a source's terms, with or without commas: 'A Western diplomat who asked not to be named
                   # said ...', 'He asked that his name not be used for fear of reprisals')
                   r"\bwho\s+(?:had\s+)?asked\s+not\s+to\s+be\s+(?:named|identified|quoted)\b|"
                   r"\b(?:asked|requested)\s+(?:that\s+)?(?:his|her|their)\s+names?\s+(?:not\s+be|be\s+withheld)\b"
                   r"[^,;.]*|\b(?:asked|requested)\s+(?:for\s+)?anonymity\b")


# asking words that make no ask: what a situation calls for ('the crises in the region called for African
# solutions'); what others are likely to call for ('A Council diplomat ... said members were likely to call for
# restraint'); what the sides agreed should be ('..., and agreed that the Pacific should speak with one voice');
# a clause that is the sentence's subject ('That senior Canadian officials should choose to pass unverified
# insinuations to foreign media ... shows ...')
ASKS_NOBODY_MAKES = re.compile(
    r"\b(?:crisis|crises|situation|circumstances|challenges|problems|moment|times|conflicts?)\b"
    r"(?:\s+(?:in|of|on|facing|across)\s+[^,;.]{1,40}?)?\s+call(?:s|ed)?\s+for\b|"
    r"\b(?:likely|unlikely|expected|poised)\s+to\s+(?:call|urge|demand|ask|press|appeal|request)\w*\b|"
    r"\bagreed\s+that\s+[^.;]{1,80}?\bshould\b|"
    r"^\W*(?-i:That)\s+[^,;]{1,120}?\bshould\b|"
    # a charge of extortion told, no ask: 'drivers ... are being asked to pay unofficial fees to move forward'
    r"\b(?:being|been)\s+(?:asked|made|forced|told)\s+to\s+pay\b|"
    r"\b(?:demanded|demanding|extorted|extorting)\s+(?:cash|money|bribes?|payments?)\b|"  # ('men in uniform ...')
    # a fear of what follows, no condition put to anyone: 'feared fuel shortages if the stoppage continued'
    r"\b(?:fear|fears|feared|fearing)\s+(?:that\s+)?[^.;,]{1,80}?\bif\b[^.;]*", re.I)


# an 'if' that asks nothing: a warning of what one can do ('If today they can set aside ...'), a threat of what others
# will do if they cannot ('if they cannot do it through the courts they will do it with bullets'), what the speakers
# cannot ("If our neighbour's house is burning, we cannot sleep peacefully in ours"), what others will do of
# themselves ('If the Americans have learned anything from the past, they will choose a different path')
IF_NOT_ASKING = (r"(?!\s+(?:[\w'\u2019-]+\s+){0,2}(?:can|could|cannot|can['\u2019]t|could\s+not|couldn['\u2019]t)\b)"
                 r"(?![^,;.]{0,80},\s*(?:we|I)\s+(?:cannot|can['\u2019]t|could\s+not)\b)"
                 r"(?![^,;.]{0,80},\s*(?:they|he|she)\s+(?:will|would)\b)")


# a legal remedy, no ask: 'any owner with documents could appeal to the agency', 'had also lodged appeals'
LEGAL_REMEDY = r"(?<!\bcould )(?<!\bcan )(?<!\bmay )(?<!\bmight )(?<!\blodged )(?<!\bfiled )(?<!\bfile )(?<!\blodge )"
