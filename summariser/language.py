"""A small language guess (ISO 639-1) for the summary's `document.language`.

Script decides first (Cyrillic, Arabic, CJK, ...); among Latin-script languages the most
frequent function words decide. Good enough to label a document, not to translate it.
"""

from __future__ import annotations

import re
from collections import Counter

_SCRIPTS = [("ru", r"[\u0400-\u04ff]"), ("ar", r"[\u0600-\u06ff]"), ("zh", r"[\u4e00-\u9fff]"),
            ("ja", r"[\u3040-\u30ff]"), ("ko", r"[\uac00-\ud7af]"), ("he", r"[\u0590-\u05ff]"),
            ("el", r"[\u0370-\u03ff]"), ("hy", r"[\u0530-\u058f]"), ("ka", r"[\u10a0-\u10ff]")]
_FUNCTION_WORDS = {
    "en": "the and of to in that is for with was on by",
    "fr": "le la les et des est une dans pour que qui sur",
    "es": "el la los las y de que en por una para con",
    "de": "der die das und ist nicht mit den von zu dem ein",
    "pt": "o os as e de que em para uma com não do da",
    "it": "il la gli e di che per una con non del della",
}
_WORDS = {lang: set(words.split()) for lang, words in _FUNCTION_WORDS.items()}


def guess_language(text: str) -> str:
    sample = text[:5000]
    letters = max(1, len(re.findall(r"\w", sample)))
    for code, pattern in _SCRIPTS:
        if len(re.findall(pattern, sample)) / letters > 0.3:
            return code
    words = Counter(w.lower() for w in re.findall(r"[^\W\d_]+", sample))
    scores = {lang: sum(words[w] for w in vocab) for lang, vocab in _WORDS.items()}
    best = max(scores, key=lambda k: scores[k])
    return best if scores[best] > 0 else "en"
