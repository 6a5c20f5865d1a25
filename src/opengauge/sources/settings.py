"""Settings read from the environment *at call time* (so tests and users can change them per run)."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from opengauge.cache_dir import default_cache_dir

_TRUE = {"1", "true", "yes", "on"}


def env_float(name: str, default: float) -> float:
    """A number from the environment variable `name`; `default` when unset, empty or not a number."""
    try:
        return float(os.environ.get(name, "") or default)
    except ValueError:
        return default


def env_int(name: str, default: int) -> int:
    """A whole number from the environment variable `name`; `default` when unset, empty or not one."""
    try:
        return int(os.environ.get(name, "") or default)
    except ValueError:
        return default


@dataclass(frozen=True)
class Settings:
    hf_endpoint: str
    hf_token: str | None
    github_api: str
    github_token: str | None
    offline: bool
    cache_dir: Path
    refresh: bool = False
    timeout: float = 20.0
    """Seconds before one request is abandoned (`OPENGAUGE_TIMEOUT`)."""
    retries: int = 3
    """Retries after the first attempt on 429/5xx/network errors (`OPENGAUGE_RETRIES`)."""
    retry_base: float = 1.0
    """First backoff delay in seconds, doubled each retry (`OPENGAUGE_RETRY_BASE`)."""
    retry_max_wait: float = 60.0
    """Longest wait honoured for one Retry-After (`OPENGAUGE_RETRY_MAX_WAIT`)."""
    cache_ttl: float = 86400.0
    """Seconds a cached API response stays fresh online (`OPENGAUGE_CACHE_TTL`); offline ignores it."""
    max_code_repos: int = 3
    max_datasets: int = 10

    @property
    def hub_cache(self) -> Path:
        return self.cache_dir / "hub"

    @property
    def api_cache(self) -> Path:
        return self.cache_dir / "api"


def load_settings(*, refresh: bool = False) -> Settings:
    env = os.environ
    return Settings(
        hf_endpoint=(env.get("HF_ENDPOINT") or "https://huggingface.co").rstrip("/"),
        hf_token=env.get("HF_TOKEN") or env.get("HUGGING_FACE_HUB_TOKEN") or None,
        github_api=(env.get("GITHUB_API_URL") or "https://api.github.com").rstrip("/"),
        github_token=env.get("GITHUB_TOKEN") or None,
        offline=(
            env.get("HF_HUB_OFFLINE", "").lower() in _TRUE
            or env.get("OPENGAUGE_OFFLINE", "").lower() in _TRUE
        ),
        cache_dir=default_cache_dir(),
        refresh=refresh,
        timeout=env_float("OPENGAUGE_TIMEOUT", 20.0),
        retries=max(0, env_int("OPENGAUGE_RETRIES", 3)),
        retry_base=max(0.0, env_float("OPENGAUGE_RETRY_BASE", 1.0)),
        retry_max_wait=max(0.0, env_float("OPENGAUGE_RETRY_MAX_WAIT", 60.0)),
        cache_ttl=env_float("OPENGAUGE_CACHE_TTL", 86400.0),
        max_code_repos=max(0, env_int("OPENGAUGE_MAX_CODE_REPOS", 3)),
        max_datasets=max(0, env_int("OPENGAUGE_MAX_DATASETS", 10)),
    )
