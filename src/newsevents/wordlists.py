"""Loader of the cue-word lists that the coding stages keep as data (YAML), not code.

Each stage has one YAML file of named lists, read once when its module is imported:
``events/lexicon/factuality.yaml`` (factuality), ``events/lexicon/roles.yaml``, ``coder.yaml``,
``matching.yaml`` (events/lexicon.py), ``threats.yaml``, ``domestic.yaml``, ``dedup.yaml``,
``mention.yaml``; ``actors/resolve.yaml``; ``time.yaml``; ``place/attach.yaml``, ``place/gazetteer.yaml``.
The module that uses a list turns it into the type it needs (``frozenset(WORDS["drill_nouns"])``).
"""

from __future__ import annotations

from collections.abc import Mapping
from importlib import resources
from typing import Any, Iterator

import yaml


class WordListError(ValueError):
    """A word-list file is missing, is not valid YAML, or is not a mapping of names to lists/mappings."""


class WordLists(Mapping):
    """The named lists of one YAML file: ``name -> list`` (of strings, or of lists of strings) or
    ``name -> mapping`` (word -> string, number or list of strings).  Looking up a name the file does
    not have raises ``KeyError`` naming the file and the name."""

    def __init__(self, source: str, lists: dict[str, Any]):
        self.source = source
        self._lists = lists

    def __getitem__(self, key: str) -> Any:
        try:
            return self._lists[key]
        except KeyError:
            raise KeyError(f"{self.source}: no word list {key!r}") from None

    def __iter__(self) -> Iterator[str]:
        return iter(self._lists)

    def __len__(self) -> int:
        return len(self._lists)


def _check_member(source: str, key: str, value: Any) -> None:
    ok = isinstance(value, (str, int, float)) and not isinstance(value, bool)
    if isinstance(value, list):
        ok = all(isinstance(v, str) for v in value)
    if not ok:
        raise WordListError(f"{source}: list {key!r} has a member that is not a word: {value!r}")


def parse_word_lists(text: str, source: str) -> WordLists:
    """Parse the YAML ``text`` of a word-list file (``source`` names it in errors).

    The file must be a mapping of names to non-empty lists (of strings, or of lists of strings) or to
    non-empty mappings (string -> string, number or list of strings).  Raises :class:`WordListError`
    (a ``ValueError``) naming the file, and the list when one is at fault, on anything else."""
    try:
        raw = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise WordListError(f"{source}: not valid YAML ({exc})") from None
    if not isinstance(raw, dict):
        raise WordListError(f"{source}: expected a mapping of list names to lists")
    for key, value in raw.items():
        if not isinstance(key, str):
            raise WordListError(f"{source}: list name {key!r} is not a string")
        if isinstance(value, list) and value:
            for member in value:
                _check_member(source, key, member)
        elif isinstance(value, dict) and value:
            for word, member in value.items():
                if not isinstance(word, str):
                    raise WordListError(f"{source}: list {key!r} has a key that is not a word: {word!r}")
                _check_member(source, key, member)
        else:
            raise WordListError(f"{source}: list {key!r} is empty or not a list/mapping")
    return WordLists(source, raw)


def load_word_lists(package: str, *path: str) -> WordLists:
    """Read the word-list file at ``path`` inside ``package`` (package data, so it ships in the wheel),
    e.g. ``load_word_lists("newsevents.events", "lexicon", "roles.yaml")``.  Raises
    :class:`WordListError` if the file is missing or malformed (see :func:`parse_word_lists`)."""
    source = "/".join((package.replace(".", "/"),) + path)
    try:
        text = resources.files(package).joinpath(*path).read_text("utf-8")
    except (FileNotFoundError, NotADirectoryError):
        raise WordListError(f"{source}: word-list file not found") from None
    return parse_word_lists(text, source)
