"""The license engine's cache (`opengauge.licenses.engine_cache`), built once per test process and
linked into the fresh `OPENGAUGE_CACHE` folders that tests give the `opengauge` subprocesses.

A test that isolates its cache (API answers, Hub files) would otherwise make every subprocess build
the engine from source again (about half a second each: the rules, the catalog, the identification
index). The engine's cached form equals the built one (`tests/licenses/test_engine_cache.py` holds
that, and the cold path), so what the subprocess does with its input is the same."""

from __future__ import annotations

import atexit
import os
import shutil
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

import opengauge

SRC = str(Path(opengauge.__file__).resolve().parents[1])
_lock = threading.Lock()
_files: list[Path] | None = None


def engine_files() -> list[Path]:
    """The engine's cache files, built once per process by the package under test in a subprocess
    (its file names name the interpreter and install, so they are the ones a subprocess looks for)."""
    global _files
    with _lock:
        if _files is None:
            folder = Path(tempfile.mkdtemp(prefix="og-engine-"))
            atexit.register(shutil.rmtree, folder, True)  # the seeded caches hold links, not this folder
            env = {k: v for k, v in os.environ.items() if not k.startswith("OPENGAUGE_")}
            env |= {"PYTHONPATH": SRC, "OPENGAUGE_CACHE": str(folder)}
            subprocess.run(
                [sys.executable, "-m", "opengauge", "license", "-"],
                input=b"MIT License\n",
                env=env,
                capture_output=True,
                check=True,
                timeout=120,
            )
            _files = sorted(folder.glob("license-*.json"))
            if not _files:
                raise RuntimeError(f"the license engine wrote no cache into {folder}")
        return _files


def seed_engine_cache(cache_dir: Path) -> Path:
    """Put the built engine cache into `cache_dir` (hard links when possible: the engine replaces a
    file, never writes into one); returns `cache_dir`."""
    cache_dir.mkdir(parents=True, exist_ok=True)
    for src in engine_files():
        dst = cache_dir / src.name
        if dst.exists():
            continue
        try:
            os.link(src, dst)
        except OSError:
            shutil.copyfile(src, dst)
    return cache_dir
