"""Retries with backoff for network calls (httpx for GitHub, the Hub library's httpx2 client).

`with_retries(call, classify=...)` runs `call()`; when it raises, `classify(exc)` says whether the
failure is retryable (429, 5xx, timeout, connection, truncated body), how long the server asked us to
wait (Retry-After), and which `SourceError` to raise when the retries are spent. The classifiers of
the Hub (`hub_errors.py`) and GitHub (`github.py`) share `status_failure` and `transport_failure`.
"""

from __future__ import annotations

import email.utils
import functools
import os
import ssl
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TypeVar

from opengauge.sources.errors import (
    BadResponseError,
    ConnectionFailedError,
    NotFoundError,
    PrivateRepoError,
    RateLimitedError,
    ServerError,
    SourceError,
    TimeoutError_,
)
from opengauge.sources.settings import Settings

T = TypeVar("T")

#: Hook for tests and benches: every wait goes through here (seconds).
sleep: Callable[[float], None] = time.sleep


def tls_context() -> ssl.SSLContext:
    """The TLS settings of every httpx client opengauge makes: what `httpx.Client()` would build by
    default (certifi's CA bundle, or `SSL_CERT_FILE` / `SSL_CERT_DIR` when set), built once per
    setting instead of once per client (loading the bundle costs ~25 ms each time)."""
    return _tls_context(os.environ.get("SSL_CERT_FILE"), os.environ.get("SSL_CERT_DIR"))


@functools.cache
def _tls_context(cert_file: str | None, cert_dir: str | None) -> ssl.SSLContext:
    import httpx

    return httpx.create_ssl_context()


@dataclass
class Failure:
    error: SourceError
    retryable: bool = False
    retry_after: float | None = None


def transport_failure(
    exc: BaseException, *, lib, what: str, service: str, endpoint: str, timeout: float
) -> Failure | None:
    """The failure for a transport-level error of an httpx-like library (`httpx` or the Hub's
    `httpx2`, which share the same exception classes), or None when `exc` is not one."""
    lines = str(exc).strip().splitlines()
    short = (lines[0][:160] if lines else "") or type(exc).__name__
    if isinstance(exc, lib.TimeoutException):
        return Failure(TimeoutError_(f"{what}: {service} did not answer within {timeout:g}s"), True)
    if isinstance(exc, lib.ConnectError):
        return Failure(ConnectionFailedError(f"{what}: cannot connect to {endpoint} ({short})"), True)
    if isinstance(exc, (lib.RemoteProtocolError, lib.ReadError)):
        return Failure(BadResponseError(f"{what}: truncated response from {service} ({short})"), True)
    if isinstance(exc, lib.TransportError):
        return Failure(ConnectionFailedError(f"{what}: network error ({short})"), True)
    if isinstance(exc, lib.DecodingError):
        return Failure(BadResponseError(f"{what}: {service} sent a body that cannot be decoded ({short})"))
    if isinstance(exc, lib.TooManyRedirects):
        return Failure(BadResponseError(f"{what}: {service} redirected too many times"))
    if isinstance(exc, (lib.HTTPError, lib.InvalidURL, lib.CookieConflict, lib.StreamError)):
        # any other error of the HTTP library on what a server sent: a malformed answer
        return Failure(BadResponseError(f"{what}: unexpected answer from {service} ({type(exc).__name__})"))
    return None


def status_failure(
    code: int,
    *,
    what: str,
    service: str,
    name: str,
    settings: Settings,
    rate_limited: bool = False,
    retry_after: float | None = None,
    rate_hint: str = "",
) -> Failure:
    """The failure for an HTTP error status from `service` ("the Hub", "GitHub"; `name` is how it is
    called before a noun: "Hub", "GitHub"). 429 (or a rate limit the caller recognised, `rate_limited`)
    and 5xx are retryable; 401/403 deny access, 404 is not found, any other status is unexpected."""
    if code == 429 or rate_limited:
        return Failure(
            RateLimitedError(
                f"{what}: rate limited by {service} (HTTP {code}), gave up after {settings.retries} retries"
                + rate_hint
            ),
            True,
            retry_after,
        )
    if code >= 500:
        return Failure(
            ServerError(
                f"{what}: {name} server error (HTTP {code}), gave up after {settings.retries} retries"
            ),
            True,
        )
    if code in (401, 403):
        return Failure(PrivateRepoError(f"{what}: access denied by {service} (HTTP {code})"))
    if code == 404:
        return Failure(NotFoundError(f"{what}: not found on {service} (HTTP 404)"))
    return Failure(BadResponseError(f"{what}: unexpected {name} answer (HTTP {code})"))


def parse_retry_after(value: str | None) -> float | None:
    """Seconds from a Retry-After header (delta-seconds or HTTP date); None when absent/invalid."""
    if not value:
        return None
    value = value.strip()
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - datetime.now(UTC)).total_seconds())


def backoff_delay(attempt: int, retry_after: float | None, settings: Settings) -> float:
    """The wait before retry number `attempt` (0-based): Retry-After when given, else exponential."""
    delay = retry_after if retry_after is not None else settings.retry_base * (2**attempt)
    return min(delay, settings.retry_max_wait)


def with_retries(
    call: Callable[[], T], *, classify: Callable[[BaseException], Failure | None], settings: Settings
) -> T:
    attempt = 0
    while True:
        try:
            return call()
        except SourceError:
            raise
        except Exception as exc:  # classify decides
            failure = classify(exc)
            if failure is None:
                raise
            if not failure.retryable or attempt >= settings.retries:
                raise failure.error from None
            sleep(backoff_delay(attempt, failure.retry_after, settings))
            attempt += 1
