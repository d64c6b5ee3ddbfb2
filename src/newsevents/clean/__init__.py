"""Cleaning: boilerplate out (each removal with its reason), metadata in.

Public surface: :func:`clean`, :func:`detect_language`.  Line patterns live in ``rules.yaml``;
dateline/byline parsing in :mod:`newsevents.clean.metadata`.
"""

from newsevents.clean.cleaner import clean, detect_language

__all__ = ["clean", "detect_language"]
