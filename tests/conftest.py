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



def start_ingest(tmp_path: Path, stories: int, db_name: str, *options: str, drop_env: tuple[str, ...] = ()):
    """Write a JSON Lines corpus of ``stories`` short stories and start ``newsevents ingest`` on it
    as a subprocess (``--db tmp_path/db_name --status-file tmp_path/status.json`` and ``options``;
    stdout dropped, stderr piped as text; ``drop_env`` left out of its environment).  Returns
    (process, database path, status file path): for the tests that signal a running ingest."""
    import json
    import subprocess
    import sys

    corpus = tmp_path / "c.jsonl"
    corpus.write_text("".join(json.dumps({"id": f"s{i}", "text": f"Story {i}. Russia attacked Ukraine on Tuesday, "
                                          f"officials said. Chile met Peru in Lima on Monday, day {i}."}) + "\n"
                              for i in range(stories)))
    db, status = tmp_path / db_name, tmp_path / "status.json"
    env = {k: v for k, v in os.environ.items() if k not in drop_env}
    proc = subprocess.Popen([sys.executable, "-c", "from newsevents.cli import main; main()", "ingest", str(corpus),
                             "--db", str(db), *options, "--status-file", str(status)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                            env={**env, "PYTHONPATH": str(ROOT / "src")})
    return proc, db, status


@pytest.fixture(scope="session")
def pipeline():
    """One loaded pipeline for the whole session (spaCy loads once)."""
    from newsevents.pipeline import get_pipeline

    return get_pipeline()


@pytest.fixture(scope="session")
def nlp(pipeline):
    return pipeline.nlp


@pytest.fixture
def code(nlp):
    """``code(text, published="2022-12-16")``: the parsed sentence with its actors annotated."""
    from newsevents.actors import annotate_actors

    def run(text, published="2022-12-16"):
        doc = nlp(text)
        annotate_actors(doc, nlp, published)
        return doc
    return run


@pytest.fixture
def extract(pipeline):
    """``extract(text, published="2022-12-16")``: the records of one invented article."""
    from newsevents.records import Article

    def run(text, published="2022-12-16"):
        return pipeline.extract(Article(story_id="t", text=text, published=published))
    return run


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
