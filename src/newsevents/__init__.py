"""newsevents: news articles in, explainable PLOVER political event records out.

The small public surface::

    import newsevents
    article = newsevents.clean(text)                       # -> Article
    events = newsevents.extract(text, published="2022-12-16", story_id="x")   # -> list[Event]

Stages live in sub-packages: read, clean, nlp, actors, events, time, place.
"""

from __future__ import annotations

__version__ = "0.1.0"

# The stage package newsevents.clean is imported before the function clean() below is defined,
# so that the function, not the sub-package, is what ``newsevents.clean`` names.
import newsevents.clean as _clean_stage  # noqa: E402
from newsevents.records import Article, Entity, Event, Location  # noqa: E402


def clean(text: str, *, story_id: str = "story", published: str | None = None, title: str | None = None,
          kind: str | None = None) -> Article:
    """Clean one raw article (plain text or HTML) -> :class:`Article`.

    Raises :class:`newsevents.errors.ArticleError` for empty, binary (NUL bytes), non-English or
    text-less input, as the command line reports them; ``TypeError`` when ``text`` is no string.
    """
    from newsevents.errors import ArticleError

    if not isinstance(text, str):
        raise TypeError(f"text must be a str, not {type(text).__name__}")
    if not text.strip():
        raise ArticleError(story_id, "empty article")
    if "\x00" in text:
        raise ArticleError(story_id, "binary content (NUL bytes)")
    return _clean_stage.clean(text, story_id=story_id, published=published, title=title, kind=kind)


def extract(text: str, published: str | None = None, story_id: str | None = None, *,
            model: str | None = None) -> list[Event]:
    """Clean and code one raw article -> its :class:`Event` records (spec order, de-duplicated).

    ``published`` ("YYYY-MM-DD", or any date form) overrides the article's own dateline;
    ``model`` names an installed spaCy pipeline.  Raises ``ArticleError`` like :func:`clean`.
    """
    from newsevents.pipeline import get_pipeline

    article = clean(text, story_id=story_id or "story", published=published)
    return get_pipeline(model).extract(article)


__all__ = ["Article", "Entity", "Event", "Location", "__version__", "clean", "extract"]
