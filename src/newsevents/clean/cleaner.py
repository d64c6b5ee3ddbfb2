"""Turn a raw article (plain text or HTML) into a clean :class:`~newsevents.records.Article`."""

from __future__ import annotations

import html as htmllib
import re
from datetime import date
from functools import lru_cache

from newsevents.clean.boilerplate import classify_line, normalise_for_dedup
from newsevents.clean.metadata import parse_date, parse_dateline_line, strip_wire_dateline
from newsevents.errors import ArticleError
from newsevents.read import RawArticle, safe_text
from newsevents.records import Article, Removed

#: Lines at most this long, in a block of several, are taken as hard-wrapped and rejoined.
WRAP_WIDTH = 80
#: Paragraphs shorter than this (normalised characters) are never dropped as duplicates:
#: short lines repeat legitimately (table rows, "Wheat 2.55").
DEDUP_MIN_CHARS = 30
#: Minimum language-identification probability to accept a non-English verdict.
LANGUAGE_MIN_PROB = 0.9
#: Texts shorter than this (characters) are not language-checked: too little evidence.
LANGUAGE_MIN_CHARS = 80

_WIRE_TRAILER = re.compile(r"(&#3;|\x03)\s*$")


def normalise_date(value: object) -> str | None:
    """A publication date given with the input -> "YYYY-MM-DD", or None when it is not a real
    calendar date ("2022-13-45", "garbage")."""
    if value is None or value == "":
        return None
    value = str(value).strip()
    m = re.match(r"^(\d{4}-\d{2}-\d{2})", value)
    if m:
        try:
            return date.fromisoformat(m.group(1)).isoformat()
        except ValueError:
            return None
    return parse_date(value)


@lru_cache(maxsize=1)
def _language_identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


#: Regional varieties the identifier's model tells apart, folded into the language they are reported
#: as: Wu and Cantonese are written Chinese to a reader (and the model splits one Chinese text's
#: probability between zh, wuu and yue, often naming "wuu" for Mandarin news), Egyptian and Moroccan
#: Arabic are Arabic, Southern Uzbek is Uzbek.
LANGUAGE_FAMILY = {"wuu": "zh", "yue": "zh", "arz": "ar", "ary": "ar", "uzs": "uz"}


def detect_language(text: str) -> tuple[str, float]:
    """ISO 639-1 code and probability (0-1) of ``text``'s language (py3langid), regional varieties
    folded into their language (:data:`LANGUAGE_FAMILY`, their probabilities summed)."""
    totals: dict[str, float] = {}
    for lang, prob in _language_identifier().rank(text[:5000]):
        lang = LANGUAGE_FAMILY.get(lang, lang)
        totals[lang] = totals.get(lang, 0.0) + float(prob)
    lang = max(totals, key=totals.__getitem__)
    return lang, min(totals[lang], 1.0)


#: Closing quotation marks and brackets, after which a sentence's own full stop still ends it
#: ('... the agenda of Chinese companies."').
_CLOSERS = "\"'\u201d\u2019)]"


#: A footnote mark at the end of a line ("... by the U.S.[1]").
_FOOTNOTE_MARK = re.compile(r"\[\d{1,3}\]$")
#: Most words a headline has; a longer line with no title separators (" | ", " - ") is a sentence
#: of the text even when its full stop is missing ("... in the north, witnesses said").
HEADLINE_MAX_WORDS = 25


def _looks_like_headline(line: str) -> bool:
    """Whether ``line`` may be a headline: short, of three words or more, and not ending as a
    sentence or a clause does (a full stop, ellipsis, colon, semicolon or comma, also when a
    closing quote, bracket or footnote mark follows it: a lead that ends in a quotation is a
    sentence of the text, no headline; a question or exclamation mark ends one only inside
    closing quotes or brackets, since a headline may ask "Will the talks go on?").  A line of more than :data:`HEADLINE_MAX_WORDS` words with
    no title separator is a sentence too."""
    s = line.strip()
    end = _FOOTNOTE_MARK.sub("", s).rstrip(_CLOSERS)
    words = len(s.split())
    if words > HEADLINE_MAX_WORDS and not _TITLE_PARTS.search(s):
        return False
    quoted_end = end != s and end.endswith(("?", "!"))
    return (0 < len(s) <= 250 and not end.endswith((".", "\u2026", ":", ";", ",")) and not quoted_end
            and words >= 3)


#: Fewest words of a page's text with no sentence end that still count as news (a menu's labels
#: are fewer).
LABELS_MAX_WORDS = 8


def _only_labels(text: str) -> bool:
    """Whether ``text`` (a page's extracted text) is a few words with no sentence end: the labels
    of a menu or of buttons, no news (under :data:`LABELS_MAX_WORDS` words, no ``.``, ``!`` or ``?``)."""
    return len(text.split()) < LABELS_MAX_WORDS and not re.search(r"[.!?]", text)


def _stands_alone(block: list[tuple[str, bool]], n: int) -> bool:
    """A headline is alone in its block, or followed by a dateline/byline line, or by a
    line that starts a new sentence in a block that is not hard-wrapped."""
    if n + 1 >= len(block):
        return True
    nxt = block[n + 1][0]
    if parse_dateline_line(nxt) is not None:
        return True
    wrapped = len(block) >= 3 and max(len(line) for line, _ in block) <= WRAP_WIDTH
    return not wrapped and nxt[:1].isupper()


def _blocks(text: str) -> list[list[tuple[str, bool]]]:
    """Blank-line separated blocks of ``(stripped line, starts indented)``."""
    blocks, cur = [], []
    for line in text.split("\n"):
        if line.strip():
            cur.append((line.strip(), line[:1] in (" ", "\t")))
        elif cur:
            blocks.append(cur)
            cur = []
    if cur:
        blocks.append(cur)
    return blocks


def _rejoin(lines: list[tuple[str, bool]]) -> list[str]:
    """Paragraphs of a block: hard-wrapped lines (all short, 3 or more) are rejoined, a new
    paragraph starting at each indented line (the Reuters layout); else one line each."""
    if len(lines) < 3 or max(len(line) for line, _ in lines) > WRAP_WIDTH:
        return [line for line, _ in lines]
    if all(_is_headline_line(line) for line, _ in lines):
        return [line for line, _ in lines]  # a list of headlines or links, not one wrapped paragraph
    paras: list[list[str]] = []
    for line, indented in lines:
        if indented or not paras:
            paras.append([line])
        else:
            paras[-1].append(line)
    return [" ".join(p) for p in paras]


_TERMINAL = (".", "!", "?", '"', "”", "’", "'", ")", ":")
#: Separators between a headline and a site name in page titles ("Headline | Site").
_TITLE_SEPARATORS = re.compile(r"\s+(?:\||-|–|—|::|·)\s+")
#: Where a page title may be cut to find the page's heading: the separators, and a colon after a
#: blog or journal name ("Example Blog: Headline", "Headline: Journal Name: Vol 3").
_TITLE_PARTS = re.compile(r"\s+(?:\||-|–|—|::|·)\s+|(?<=\w):\s+")


def _is_content(paragraph: str) -> bool:
    """A paragraph of running text: long, and ending as a sentence does."""
    return len(paragraph) >= 100 and paragraph.rstrip().endswith(_TERMINAL)


def _is_menu_like(line: str) -> bool:
    """A short line with no sentence ending and few digits: a menu item, label or footer link."""
    if "  " in line.strip():
        return False  # aligned columns: a table row
    words = line.split()
    digits = sum(c.isdigit() for c in line)
    return len(words) <= 8 and not line.rstrip().endswith(_TERMINAL[:3]) and digits <= len(line) * 0.2


#: In a page dump, this many menu-like lines between two running-text paragraphs end the main text
#: (lists, code, table rows and short sentences in between do not count: they belong to the article).
MAIN_TEXT_GAP = 6
#: A run of running text is kept when it has at least this share of the largest run's text: a long
#: article broken up by a table, a list of links or a sub-menu is kept whole; a sidebar teaser is not.
RUN_SHARE_MIN = 0.25


def _drop_navigation(paragraphs: list[str], art: Article) -> list[str]:
    """Keep the main text of a web page's visible text and return its paragraphs (the others are
    recorded in ``art.removed``).

    Running-text paragraphs (:func:`_is_content`) fall into runs separated by MAIN_TEXT_GAP or
    more menu-like lines (menus, related links, footers, comments headers; other short lines such
    as list items or code do not separate).  The largest run is kept, and so is any other run with
    at least RUN_SHARE_MIN of its text; each kept run takes with it the non-menu lines just above
    and below (a lede, a last short paragraph).  Only text that opens with a menu (three or more
    menu-like lines) is treated so: a wire story or a pasted article is left alone."""
    content = [i for i, p in enumerate(paragraphs) if _is_content(p)]
    if not content or sum(_is_menu_like(p) for p in paragraphs[:content[0]]) < 3:
        return paragraphs
    runs: list[list[int]] = [[content[0]]]
    for prev, cur in zip(content, content[1:]):
        if sum(_is_menu_like(paragraphs[i]) for i in range(prev + 1, cur)) >= MAIN_TEXT_GAP:
            runs.append([cur])
        else:
            runs[-1].append(cur)
    size = [sum(len(paragraphs[i]) for i in r) for r in runs]
    keep = [False] * len(paragraphs)
    for r, n in zip(runs, size):
        if n < RUN_SHARE_MIN * max(size):
            continue
        first, last = r[0], r[-1]
        while first > 0 and not _is_menu_like(paragraphs[first - 1]):
            first -= 1  # a short lede or standfirst just above the first long paragraph
        while last + 1 < len(paragraphs) and not _is_menu_like(paragraphs[last + 1]):
            last += 1
        for i in range(first, last + 1):
            keep[i] = True
    out = []
    for i, p in enumerate(paragraphs):
        if keep[i]:
            out.append(p)
        else:
            art.removed.append(Removed(p, "navigation or footer"))
    return out


#: Least number of headline lines after the story's last paragraph that make a "related stories" list.
TRAILING_HEADLINES_MIN = 3


def _is_headline_line(line: str) -> bool:
    """A line of 4 to 20 words that starts with a capital, has no sentence ending and few digits
    (not a table row such as "Qtly div 35 cts vs 35 cts prior")."""
    s = line.strip()
    digits = sum(c.isdigit() for c in s)
    return (4 <= len(s.split()) <= 20 and s[:1].isupper() and not s.endswith(_TERMINAL[:3] + (",", ";"))
            and digits <= 0.1 * len(s))


def _drop_trailing_headlines(paragraphs: list[str], art: Article) -> list[str]:
    """Remove a list of other stories' headlines after the story's last running-text paragraph
    (TRAILING_HEADLINES_MIN or more lines in a row, see :func:`_is_headline_line`, perhaps after
    short lines such as a credit or a "Read more:" label, which stay:
    "Colombia peace talks with ELN suspended following new attacks"); they are recorded in
    ``art.removed`` as "related headlines".  Returns the paragraphs kept."""
    content = [i for i, p in enumerate(paragraphs) if _is_content(p)]
    if not content:
        if len(paragraphs) >= TRAILING_HEADLINES_MIN and all(_is_headline_line(p) for p in paragraphs):
            # nothing but other stories' headlines: no news text of its own
            art.removed.extend(Removed(p, "related headlines") for p in paragraphs)
            return []
        return paragraphs
    tail = paragraphs[content[-1] + 1:]
    # the list may follow short lines after the text: a credit ("Shirley Feng contributed from
    # Beijing."), a label ("Read more:"), a quoted headline; those stay, the list goes
    for start in range(len(tail)):
        run = 0
        while start + run < len(tail) and _is_headline_line(tail[start + run]):
            run += 1
        if run >= TRAILING_HEADLINES_MIN:
            cut = content[-1] + 1 + start
            art.removed.extend(Removed(p, "related headlines") for p in paragraphs[cut:cut + run])
            return paragraphs[:cut] + paragraphs[cut + run:]
    return paragraphs


#: How many lines above the running text are searched for a page's heading.
HEADING_WINDOW = 30
#: Least word overlap (Jaccard) between the page title and a line for the line to be its heading.
TITLE_OVERLAP_MIN = 0.2


def _title_words(text: str) -> set[str]:
    return {w for w in normalise_for_dedup(text).split() if len(w) > 2}


def _take_heading(paragraphs: list[str], i: int, art: Article) -> None:
    """Paragraph ``i`` is the page's heading: it becomes the title and leaves the text."""
    art.title = paragraphs[i]
    art.removed.append(Removed(paragraphs.pop(i), "repeated headline"))


def _settle_title(paragraphs: list[str], art: Article, *, repeated_above_text: bool = False) -> None:
    """Find a page dump's headline from its page title ("Headline | Section | Site", the first line).

    In order: (1) the longest part or run of parts of the title (cut at separators, or at a colon
    after a blog or journal name) that is a whole line above the first running-text paragraph;
    (2) the line above the running text sharing most words with the title; (3) a line of three or
    more words the title starts with ("Apple Cake" in "Apple Cake Recipe - Site"); the line found
    becomes the title and leaves ``paragraphs`` (mutated).  Failing all, short trailing parts
    (site and section names) are cut off the title.  ``repeated_above_text``: the whole title line
    was found again above the first running-text paragraph (and already removed), so it is the
    page's own heading and stays as it is."""
    if repeated_above_text:
        return
    seps = list(_TITLE_PARTS.finditer(art.title))
    bounds = [0, *[m.start() for m in seps], len(art.title)]
    starts = [0, *[m.end() for m in seps]]
    candidates = [art.title[starts[i]:bounds[j + 1]].strip() for i in range(len(starts)) for j in range(i, len(starts))]
    first = next((i for i, p in enumerate(paragraphs) if _is_content(p)), None)
    lines = {normalise_for_dedup(p): i for i, p in reversed(list(enumerate(paragraphs[:first])))}
    found = [(len(c), lines[normalise_for_dedup(c)]) for n, c in enumerate(candidates)
             if (len(c.split()) >= 2 or n == 0 and seps) and normalise_for_dedup(c) in lines]
    if found:
        _take_heading(paragraphs, max(found)[1], art)
        return
    # no exact repetition: the page's heading is the line just above the running text that
    # shares most words with the page title (headlines and <title> are often worded apart)
    if first is not None:
        words = _title_words(art.title)
        best, best_score = None, TITLE_OVERLAP_MIN
        for i in range(max(0, first - HEADING_WINDOW), first):
            cand = paragraphs[i]
            if len(cand.split()) < 2 or cand.rstrip().endswith((".", ";", ",")):
                continue
            cw = _title_words(cand)
            score = len(words & cw) / len(words | cw) if words | cw else 0.0
            if score > best_score:
                best, best_score = i, score
        if best is not None:
            _take_heading(paragraphs, best, art)
            return
    title_key = normalise_for_dedup(art.title) + " "
    keys = [normalise_for_dedup(p) for p in paragraphs]
    found = [(len(k), -i) for i, k in enumerate(keys) if len(k.split()) >= 3 and title_key.startswith(k + " ")]
    if found:
        _take_heading(paragraphs, -max(found)[1], art)
        return
    headline = art.title
    while True:
        seps = list(_TITLE_SEPARATORS.finditer(headline))
        if not seps:
            break
        head, tail = headline[:seps[-1].start()].strip(), headline[seps[-1].end():].strip()
        if len(tail.split()) <= 4 and len(head.split()) >= 2:
            headline = head
        else:
            break
    art.title = headline


#: Invisible format characters (Unicode category Cf: byte-order marks, zero-width spaces and
#: joiners, bidirectional marks, soft hyphens): they split names ("Finn\u200bish") and hide words
#: from the tagger, and carry no news.  Removed before anything else reads the text.
_FORMAT_CHARS = re.compile("[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb]")


def _clean_plain(text: str, art: Article, *, find_title: bool, year_context: str | None = None) -> None:
    """Fill ``art.text``/``removed``/metadata from plain text (mutates ``art``)."""
    text = _WIRE_TRAILER.sub("", text.replace("\r\n", "\n").replace("\r", "\n").rstrip())
    text = _FORMAT_CHARS.sub("", htmllib.unescape(text))
    seen: set[str] = set()
    if art.title:
        seen.add(normalise_for_dedup(art.title))
    paragraphs: list[str] = []
    title_repeated = False  # the first line (a headline) is repeated above the running text
    blocks = _blocks(text)
    first_line = sum(len(b) for b in blocks) > 1  # a text of one line is all body, no headline
    for block in blocks:
        kept: list[tuple[str, bool]] = []
        for n, (line, indented) in enumerate(block):
            if first_line and find_title and not art.title and _looks_like_headline(line) and _stands_alone(block, n):
                art.title = line
                seen.add(normalise_for_dedup(line))
                first_line = False
                continue
            first_line = False
            content_started = any(_is_content(p) for p in paragraphs)
            dl = parse_dateline_line(line, art.published) if not content_started and len(line) < 200 else None
            if dl:
                art.published = art.published or dl.date
                art.byline.extend(b for b in dl.byline if b not in art.byline)
                art.publisher = art.publisher or dl.publisher
                art.removed.append(Removed(line, "dateline" if dl.date else "byline"))
                continue
            reason = classify_line(line)
            if reason:
                art.removed.append(Removed(line, reason))
                seen.add(normalise_for_dedup(line))
                continue
            kept.append((line, indented))
        for unit in _rejoin(kept):
            key = normalise_for_dedup(unit)
            reason = classify_line(unit)
            if reason is None and key in seen and len(key) >= DEDUP_MIN_CHARS:
                is_title = art.title and key == normalise_for_dedup(art.title)
                reason = "repeated headline" if is_title else "duplicate paragraph"
                title_repeated = title_repeated or bool(is_title) and not any(_is_content(p) for p in paragraphs)
            seen.add(key)
            if reason:
                art.removed.append(Removed(unit, reason))
                continue
            paragraphs.append(unit)
    if art.title and find_title:
        _settle_title(paragraphs, art, repeated_above_text=title_repeated)
    if find_title:  # plain text as scraped; HTML has been through trafilatura's boilerplate removal
        paragraphs = _drop_navigation(paragraphs, art)
    paragraphs = _drop_trailing_headlines(paragraphs, art)
    if paragraphs:
        wire = strip_wire_dateline(paragraphs[0], art.published or year_context)
        if wire:
            prefix, dl = wire
            paragraphs[0] = paragraphs[0][len(prefix):]
            art.removed.append(Removed(prefix.strip(), "dateline"))
            art.dateline_place = dl.place
            art.publisher = art.publisher or dl.publisher
            art.published = art.published or dl.date
    art.text = "\n\n".join(paragraphs)


#: Deepest HTML read (levels of nested elements).  libxml2 stops at 256 unless told otherwise;
#: past that, pages are parsed again without the limit, up to this depth: trafilatura's time
#: grows with the square of the depth (1,000 levels: about 2 s; 2,000: 8 s).
MAX_HTML_DEPTH = 1000


def _deep_html(markup: str):
    """``markup`` parsed without libxml2's nesting limit, and its depth: ``(tree, depth)``, or
    ``(None, 0)`` when it does not parse."""
    from lxml import etree, html

    parser = html.HTMLParser(huge_tree=True, collect_ids=False, default_doctype=False, encoding="utf-8",
                             remove_comments=True, remove_pis=True)
    try:
        tree = html.fromstring(markup.encode("utf-8", "replace"), parser=parser)
    except (etree.ParserError, ValueError):
        return None, 0
    depth = deepest = 0
    for event, _ in etree.iterwalk(tree, events=("start", "end")):
        depth += 1 if event == "start" else -1
        deepest = max(deepest, depth)
    return tree, deepest


#: A page's own <body> (or <html>) tag: markup without one is a fragment.
_HAS_BODY = re.compile(r"<(body|html)[\s>/]", re.I)


def _clean_html(markup: str, art: Article) -> None:
    import trafilatura
    from htmldate import find_date

    options = dict(include_comments=False, with_metadata=True, favor_precision=False, deduplicate=False)
    doc = trafilatura.bare_extraction(markup, **options)
    if doc is None:  # libxml2 stops reading at 256 levels of nesting (unclosed tags pile up)
        tree, depth = _deep_html(markup)
        if depth > MAX_HTML_DEPTH:
            raise ArticleError(art.story_id, f"HTML nested too deeply (over {MAX_HTML_DEPTH:,} levels)")
        if tree is not None and depth >= 255:
            doc = trafilatura.bare_extraction(tree, **options)
    if doc is None and not _HAS_BODY.search(markup):
        # a fragment with one top element ("<p>...</p>", a feed's "html" field): trafilatura
        # finds no text in it, but does in the same element inside a page's body
        doc = trafilatura.bare_extraction(f"<html><body>{markup}</body></html>", **options)
    if doc is None:
        raise ArticleError(art.story_id, "no article text found in HTML")
    meta = doc if isinstance(doc, dict) else doc.as_dict()
    art.title = art.title or meta.get("title")
    if not art.published:
        art.published = normalise_date(meta.get("date")) or normalise_date(
            find_date(markup, extensive_search=True, original_date=True))
    if meta.get("author"):
        art.byline = [a.strip() for a in re.split(r";|\band\b", meta["author"]) if a.strip()]
    art.publisher = art.publisher or meta.get("sitename")
    art.url = art.url or meta.get("url")
    _clean_plain(meta.get("text") or "", art, find_title=False)


def clean(source: RawArticle | str, *, story_id: str | None = None, published: str | None = None,
          title: str | None = None, kind: str | None = None, check_language: bool = True,
          year_context: str | None = None) -> Article:
    """Clean one article: boilerplate out (each removal recorded), metadata in.

    ``source`` is a :class:`RawArticle` or the raw string (``kind`` "text" or "html"; HTML is
    sniffed when not given).  ``published`` (any date form) overrides what the article says.
    ``year_context`` ("YYYY-MM-DD", e.g. the end of the corpus's year) dates a wire dateline that
    gives only month and day ("LOS ANGELES, Feb 26 -"); without it such a date stays unknown.
    Returns an :class:`Article` whose ``text`` holds the news paragraphs separated by blank lines.

    Raises :class:`ArticleError` when nothing is left, the input is HTML with no main text, or the
    article is not in English (reason "language xx").
    """
    if isinstance(source, str):
        source = safe_text(source)
        if kind is None:
            kind = "html" if source.lstrip()[:100].lower().startswith(("<!doctype html", "<html")) else "text"
        source = RawArticle(story_id=story_id or "story", content=source, kind=kind,
                            published=published, title=title)
    art = Article(
        story_id=story_id or source.story_id, text="", title=title or source.title,
        published=normalise_date(published or source.published), url=source.url, publisher=source.publisher,
    )
    if source.kind == "html":
        _clean_html(source.content, art)
    else:
        _clean_plain(source.content, art, find_title=True, year_context=year_context)
    if not art.text.strip():
        raise ArticleError(art.story_id, "no news text left after cleaning")
    if source.kind == "html" and _only_labels(art.text):
        # "<nav>Home World Politics</nav>" and nothing else: menu words, no sentence of news
        raise ArticleError(art.story_id, "no news text left after cleaning (only a few words, no sentence)")
    sample = f"{art.title or ''}\n{art.text}"
    letters = [c for c in sample if c.isalpha()]
    if check_language and not letters:
        raise ArticleError(art.story_id, "no words in the text")
    latin = sum(c.isascii() or "\u00c0" <= c <= "\u024f" for c in letters)
    if check_language and latin < 0.5 * len(letters):
        lang, _ = detect_language(sample)
        raise ArticleError(art.story_id, f"not English: language {lang} (non-Latin script)")
    if check_language and len(sample) >= LANGUAGE_MIN_CHARS:
        lang, prob = detect_language(sample)
        art.language = lang
        if lang != "en" and prob >= LANGUAGE_MIN_PROB:
            raise ArticleError(art.story_id, f"not English: language {lang}")
    else:
        art.language = "en"
    return art
