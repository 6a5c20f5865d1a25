"""Hub faults: an exception from the Hub library (httpx2 underneath) -> a retry decision and the
`SourceError` to raise when the retries are spent (see `http.with_retries`)."""

from __future__ import annotations

import httpx2
from huggingface_hub import errors as hf_errors

from opengauge.sources.errors import (
    BadResponseError,
    GatedRepoError,
    NotFoundError,
    OfflineError,
    PrivateRepoError,
    SourceError,
)
from opengauge.sources.http import Failure, parse_retry_after, status_failure, transport_failure
from opengauge.sources.settings import Settings


def offline_error(what: str) -> OfflineError:
    return OfflineError(f"{what}: offline mode is on (HF_HUB_OFFLINE) and it is not in the cache")


def _status(exc: BaseException) -> int | None:
    resp = getattr(exc, "response", None)
    return getattr(resp, "status_code", None)


def classify(exc: BaseException, what: str, settings: Settings) -> Failure | None:
    """Map an exception from the Hub library (httpx2 underneath) to a retry decision + SourceError."""
    if isinstance(exc, hf_errors.OfflineModeIsEnabled):
        return Failure(offline_error(what))
    if isinstance(exc, hf_errors.LocalEntryNotFoundError):
        cause = exc.__cause__ or exc.__context__
        if cause is not None and cause is not exc:
            return classify(cause, what, settings)
        return Failure(offline_error(what))
    if isinstance(exc, hf_errors.GatedRepoError):
        return Failure(
            GatedRepoError(
                f"{what}: gated repo, access not granted to this token (set HF_TOKEN to a token with access)"
            )
        )
    if isinstance(exc, hf_errors.RevisionNotFoundError):
        return Failure(NotFoundError(f"{what}: revision not found"))
    if isinstance(exc, hf_errors.DisabledRepoError):
        return Failure(NotFoundError(f"{what}: repository is disabled on the Hub"))
    if isinstance(exc, hf_errors.RepositoryNotFoundError):
        status = _status(exc)
        if status in (401, 403):
            hint = "HF_TOKEN has no access" if settings.hf_token else "set HF_TOKEN to a token with access"
            return Failure(
                PrivateRepoError(f"{what}: repository is private or does not exist (HTTP {status}); {hint}")
            )
        return Failure(NotFoundError(f"{what}: repository not found on the Hub"))
    if isinstance(exc, hf_errors.HfHubHTTPError):
        code = _status(exc) or 0
        after = parse_retry_after(exc.response.headers.get("Retry-After")) if code == 429 else None
        return status_failure(
            code, what=what, service="the Hub", name="Hub", settings=settings, retry_after=after
        )
    transport = transport_failure(
        exc, lib=httpx2, what=what, service="the Hub", endpoint=settings.hf_endpoint, timeout=settings.timeout
    )
    if transport is not None:
        return transport
    if isinstance(exc, hf_errors.FileMetadataError):
        endpoint = settings.hf_endpoint
        return Failure(BadResponseError(f"{what}: {endpoint} does not answer like a Hub endpoint"))
    if isinstance(exc, ValueError) and "JSON" in type(exc).__name__ + str(exc):
        return Failure(BadResponseError(f"{what}: the Hub answered with invalid JSON"), True)
    if isinstance(exc, (hf_errors.HFValidationError, ValueError)):
        # e.g. a file listed as `LICENSE\..\x.txt`, which the Hub library refuses to download
        return Failure(BadResponseError(f"{what}: the Hub library refused the request ({_first_line(exc)})"))
    if isinstance(exc, (hf_errors.HfHubHTTPError, hf_errors.HTTPError)) or type(exc).__module__.startswith(
        "huggingface_hub"
    ):
        return Failure(BadResponseError(f"{what}: unexpected answer from the Hub ({type(exc).__name__})"))
    if isinstance(exc, (OSError, EOFError)):
        # the Hub library writes into its cache: a full disk or a broken cache folder
        return Failure(BadResponseError(f"{what}: cannot store the Hub's answer ({_first_line(exc)})"))
    return None


def _first_line(exc: BaseException) -> str:
    lines = str(exc).strip().splitlines()
    return (lines[0][:160] if lines else "") or type(exc).__name__


def replay_error(message: str, what: str) -> SourceError:
    """The error a cached Hub answer recorded (a missing repo is remembered, see `HubClient.api_json`)."""
    return NotFoundError(message if isinstance(message, str) else f"{what}: repository not found on the Hub")
