"""Line rules for boilerplate in plain-text articles, loaded from ``rules.yaml``."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import yaml


@dataclass(frozen=True)
class LineRule:
    """One boilerplate rule: the ``reason`` it reports and its compiled patterns."""

    reason: str
    patterns: tuple[re.Pattern[str], ...]


@lru_cache(maxsize=1)
def load_rules() -> tuple[LineRule, ...]:
    """Read ``clean/rules.yaml``.  Raises ValueError on a rule without reason or patterns."""
    raw = yaml.safe_load(resources.files("newsevents.clean").joinpath("rules.yaml").read_text("utf-8"))
    rules = []
    for item in raw:
        if not item.get("reason") or not item.get("patterns"):
            raise ValueError(f"boilerplate rule needs reason and patterns: {item!r}")
        rules.append(LineRule(item["reason"], tuple(re.compile(p, re.IGNORECASE) for p in item["patterns"])))
    return tuple(rules)


def classify_line(line: str) -> str | None:
    """The reason ``line`` is boilerplate, or None when it is (possibly) news text."""
    s = line.strip()
    for rule in load_rules():
        if any(p.search(s) for p in rule.patterns):
            return rule.reason
    return None


def normalise_for_dedup(text: str) -> str:
    """Lower-case, collapse spaces and punctuation: two copies of a paragraph compare equal."""
    return re.sub(r"\W+", " ", text.lower()).strip()
