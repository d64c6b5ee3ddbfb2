"""Shared fixtures.  Real test data lives in ../shared (never copied here); tests that need it
skip with a message when it is absent, as in a user's fresh clone."""

from __future__ import annotations

import os
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


@pytest.fixture(autouse=True)
def _no_leaked_overlay():
    """The CLI switches an actor overlay on for its process by setting an environment variable;
    CliRunner runs it in the test process, so each test starts and ends without one."""
    from newsevents.actors.overlay import OVERLAY_ENV

    before = os.environ.pop(OVERLAY_ENV, None)
    yield
    os.environ.pop(OVERLAY_ENV, None)
    if before is not None:
        os.environ[OVERLAY_ENV] = before
