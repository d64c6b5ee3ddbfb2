"""Scoring the cleaner on trafilatura's evaluation pages (``evaldata_en.json`` + ``html/``).

Snippet scoring follows trafilatura's own evaluation: a "with" snippet found in the output is a
true positive (missing: false negative); a "without" snippet found is a false positive (absent:
true negative).  Title and author are compared after normalisation (case, spaces, punctuation),
dates exactly.  Each page is scored in two ways:

* ``html``: our cleaner on the HTML, against trafilatura's default ``extract`` in the same run;
* ``text``: our plain-text cleaner on the page's full visible text (:func:`visible_text`: all
  text of the page, boilerplate included), which is what a scraped archive looks like.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path
from typing import Any, Callable

from newsevents.errors import ArticleError


def _norm(s: str | list | None) -> str:
    if isinstance(s, list):
        s = " ".join(map(str, s))
    return re.sub(r"\W+", " ", (s or "").lower()).strip()


def _space(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


#: Elements that start a new block of text in a browser's rendering.
BLOCK_TAGS = {"address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt", "figcaption", "figure",
              "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p",
              "pre", "section", "table", "td", "th", "title", "tr", "ul"}


def visible_text(markup: str) -> str:
    """All text a browser would show for ``markup``, boilerplate included, one block per
    paragraph (blank-line separated), as a text-mode browser dump or a scraped archive has it.
    Parsing is lxml's; scripts, styles and templates are dropped."""
    from lxml import etree, html as lxml_html

    try:
        # the text is already decoded: tell lxml so, or it guesses Latin-1 for pages without a meta charset
        parser = lxml_html.HTMLParser(encoding="utf-8")
        tree = lxml_html.fromstring(markup.encode("utf-8", "replace"), parser=parser)
    except (etree.ParserError, ValueError):
        return ""
    for bad in tree.xpath("//script|//style|//noscript|//template|//svg|//iframe"):
        bad.drop_tree()
    for el in tree.iter():
        if isinstance(el.tag, str) and el.tag.lower() in BLOCK_TAGS:
            el.text = "\n\n" + (el.text or "")
            el.tail = "\n\n" + (el.tail or "")
    lines = (re.sub(r"[ \t\r\f\v\xa0]+", " ", line).strip() for line in tree.text_content().split("\n"))
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def score_snippets(text: str, with_: list[str], without: list[str]) -> Counter:
    """TP/FN/FP/TN counts of one page's snippets in ``text``."""
    body = _space(text)
    c = Counter()
    for s in with_:
        c["tp" if _space(s) in body else "fn"] += 1
    for s in without:
        c["fp" if _space(s) in body else "tn"] += 1
    return c


def _prf(c: Counter) -> dict[str, float]:
    p = c["tp"] / (c["tp"] + c["fp"]) if c["tp"] + c["fp"] else 0.0
    r = c["tp"] / (c["tp"] + c["fn"]) if c["tp"] + c["fn"] else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    total = sum(c.values())
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4),
            "accuracy": round((c["tp"] + c["tn"]) / total, 4) if total else 0.0}


def _author_ok(gold: str | list, got: list[str]) -> bool:
    g = _norm(gold)
    return bool(got) and (g == _norm(" ".join(got)) or all(_norm(a) in g for a in got) and any(_norm(a) for a in got))


def evaluate_cleaning(folder: str | Path, limit: int | None = None) -> dict[str, Any]:
    """Scores {"pages", "html": {...}, "trafilatura_html": {...}, "text": {...}} for a folder
    holding ``evaldata_en.json`` and ``html/``.  Raises FileNotFoundError when it is missing."""
    import trafilatura

    from newsevents.clean import clean
    from newsevents.read import RawArticle, decode_bytes

    folder = Path(folder)
    gold = json.loads((folder / "evaldata_en.json").read_text(encoding="utf-8"))
    items = list(gold.items())[:limit] if limit else list(gold.items())
    snippets = {"html": Counter(), "trafilatura_html": Counter(), "text": Counter()}
    meta = {m: Counter() for m in ("html", "text")}
    for url, g in items:
        markup = decode_bytes((folder / "html" / g["file"]).read_bytes(), g["file"])
        runs: dict[str, Callable[[], Any]] = {
            "html": lambda: clean(RawArticle(g["file"], markup, kind="html"), check_language=False),
            "text": lambda: clean(RawArticle(g["file"], visible_text(markup), kind="text"), check_language=False),
        }
        for mode, run in runs.items():
            try:
                art = run()
                text, title, published, byline = art.text, art.title, art.published, art.byline
            except ArticleError:
                text, title, published, byline = "", None, None, []
            snippets[mode] += score_snippets(text, g.get("with", []), g.get("without", []))
            if g.get("title"):
                meta[mode]["title_n"] += 1
                meta[mode]["title_ok"] += _norm(title) == _norm(g["title"])
            if g.get("date"):
                meta[mode]["date_n"] += 1
                meta[mode]["date_ok"] += published == g["date"]
            if g.get("author"):
                meta[mode]["author_n"] += 1
                meta[mode]["author_ok"] += _author_ok(g["author"], byline)
        baseline = trafilatura.extract(markup) or ""
        snippets["trafilatura_html"] += score_snippets(baseline, g.get("with", []), g.get("without", []))
    out: dict[str, Any] = {"pages": len(items)}
    for mode, c in snippets.items():
        out[mode] = {**_prf(c), **{k: c[k] for k in ("tp", "fn", "fp", "tn")}}
        if mode in meta:
            m = meta[mode]
            for f in ("title", "date", "author"):
                out[mode][f"{f}_accuracy"] = round(m[f"{f}_ok"] / m[f"{f}_n"], 4) if m[f"{f}_n"] else None
    return out


def evaluate_reuters_datelines(folder: str | Path, limit: int | None = None) -> dict[str, Any]:
    """Publication dates from Reuters-21578 datelines ("LOS ANGELES, Feb 26 -"), against each
    story's own ``date`` field ("26-FEB-1987 15:07:13.72"); and the dateline place resolved in the
    gazetteer, against the story's own ``places`` tags (correct when its country is one of them;
    scored over the stories with both a dateline place and a tag).  The article is built as scraped
    (dateline, then body).  The datelines give no year: it comes from context, here the year of
    the corpus (1987), passed as ``year_context`` the way a user passes a collection's year.
    Returns counts and accuracies over the stories with a body."""
    from dataclasses import replace

    from newsevents.clean import clean
    from newsevents.read import reuters_articles

    from newsevents.place import dateline_place, load_gazetteer

    gazetteer = load_gazetteer()
    n = ok = found = errors = 0
    place_n = place_ok = 0
    for path in sorted(Path(folder).glob("reut2-*.json")):
        stories = json.loads(path.read_text(encoding="utf-8", errors="replace"))
        for story, raw in zip(stories, reuters_articles(stories, path.stem)):  # one item per story
            if isinstance(raw, ArticleError) or (limit is not None and n >= limit):
                continue
            n += 1
            gold = raw.published
            try:
                # the date and headline are the gold / not part of the wire text: leave them out
                art = clean(replace(raw, published=None, title=None), story_id=str(n),
                            check_language=False, year_context="1987-12-31")
            except ArticleError:
                errors += 1
                continue
            found += art.dateline_place is not None
            ok += art.published == gold
            tags = {REUTERS_PLACES.get(p) or _iso3(p) for p in story.get("places") or []} - {None}
            if art.dateline_place and tags:
                # several ISO codes for one tag: the USSR, Yugoslavia, Czechoslovakia split since
                tags = {c for t in tags for c in (t if isinstance(t, tuple) else (t,))}
                place_n += 1
                got = dateline_place(art.text, art.dateline_place, gazetteer)
                place_ok += got is not None and got[1].country in tags
    return {"stories": n, "dateline_found": found, "date_correct": ok, "errors": errors,
            "dateline_found_share": round(found / n, 4) if n else 0.0,
            "date_accuracy": round(ok / n, 4) if n else 0.0,
            "place_scored": place_n, "place_correct": place_ok,
            "place_accuracy": round(place_ok / place_n, 4) if place_n else 0.0}


#: Reuters-21578 ``places`` tags that are no current country name (the rest go through pycountry):
#: the 1987 names, with the ISO 3166-1 alpha-3 codes of their successor states.
REUTERS_PLACES: dict[str, str | tuple[str, ...]] = {
    "usa": "USA", "uk": "GBR", "uae": "ARE", "west-germany": "DEU", "east-germany": "DEU",
    "ussr": ("RUS", "UKR", "BLR", "KAZ", "UZB", "GEO", "AZE", "ARM", "LTU", "LVA", "EST", "MDA", "KGZ", "TJK", "TKM"),
    "yugoslavia": ("SRB", "HRV", "SVN", "BIH", "MKD", "MNE"), "czechoslovakia": ("CZE", "SVK"),
    "burma": "MMR", "kampuchea": "KHM", "zaire": "COD", "congo": "COG", "ivory-coast": "CIV",
    "yemen-arab-republic": "YEM", "yemen-demo-republic": "YEM", "western-samoa": "WSM",
    "netherlands-antilles": ("CUW", "SXM", "BES"), "vatican": "VAT", "macao": "MAC", "hong-kong": "HKG",
    "taiwan": "TWN", "turkey": "TUR", "south-korea": "KOR", "north-korea": "PRK", "iran": "IRN",
    "syria": "SYR", "vietnam": "VNM", "laos": "LAO", "bolivia": "BOL", "venezuela": "VEN", "tanzania": "TZA",
    "swaziland": "SWZ", "cape-verde": "CPV", "trinidad-tobago": "TTO", "us-virgin-islands": "VIR",
    "british-virgin-islands": "VGB", "brunei": "BRN", "libya": "LBY", "russia": "RUS",
}


def _iso3(tag: str) -> str | None:
    """ISO 3166-1 alpha-3 code of a Reuters ``places`` tag ("south-africa" -> "ZAF"), or None."""
    import pycountry

    try:
        return pycountry.countries.lookup(tag.replace("-", " ")).alpha_3
    except LookupError:
        return None
