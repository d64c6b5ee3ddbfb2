"""Evaluation against gold data: readers, metrics, reports.

Public surface: :func:`load_gold`, :func:`predict`, :func:`read_predictions`, :func:`evaluate`,
:func:`score_table`, :func:`accuracy_markdown`; metrics in :mod:`newsevents.eval.metrics`.
"""

from newsevents.eval.run import accuracy_markdown, evaluate, load_gold, predict, read_annotations, read_predictions, score_table

__all__ = ["accuracy_markdown", "evaluate", "load_gold", "predict", "read_annotations", "read_predictions", "score_table"]
