"""Errors raised for bad input.  Each names the story it concerns so a batch can report it and go on."""

from __future__ import annotations


class ArticleError(Exception):
    """An article that cannot be processed: empty, binary, too large, not English, unparseable.

    ``story_id`` names the article; ``reason`` is a short human-readable cause
    ("empty article", "binary content", "language de", ...).
    """

    def __init__(self, story_id: str, reason: str):
        super().__init__(f"{story_id}: {reason}")
        self.story_id = story_id
        self.reason = reason

    def __reduce__(self):  # picklable, to cross process boundaries in corpus runs
        return (type(self), (self.story_id, self.reason))
