"""Shared fixtures.  Real test data lives in ../shared (never copied here); tests that need it
skip with a message when it is absent, as in a user's fresh clone."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEED = SHARED / "seed" / "putin-belarus-visit.txt"
DATA = SHARED / "data"
EXAMPLES = ROOT / "examples"


def need(path: Path) -> Path:
    """Skip the calling test when ``path`` (under ../shared) is absent."""
    if not path.exists():
        pytest.skip(f"test data not found: {path} (../shared is not beside this checkout)")
    return path


@pytest.fixture(scope="session")
def pipeline():
    """One loaded pipeline for the whole session (spaCy loads once)."""
    from newsevents.pipeline import get_pipeline

    return get_pipeline()


@pytest.fixture(scope="session")
def nlp(pipeline):
    return pipeline.nlp
