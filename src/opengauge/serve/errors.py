"""The serve layer's error type: every fault a request can meet, with its HTTP status, a code for
machines, a title and a hint for people, and (for 429/503) how long to wait. Sources faults are
mapped here once (`from_source_error`); messages are redacted of tokens before anyone sees them."""

from __future__ import annotations

import os

from opengauge.errors import OpengaugeError
from opengauge.escape import safe_text
from opengauge.sources import errors as source_errors


class ServeError(OpengaugeError):
    """A request the server answers with an error page (HTML) or an error object (JSON)."""

    status = 500
    code = "internal"
    title = "Something went wrong"

    def __init__(
        self,
        message: str,
        *,
        status: int | None = None,
        code: str | None = None,
        title: str | None = None,
        hint: str | None = None,
        retry_after: int | None = None,
    ) -> None:
        super().__init__(redact(message))
        self.message = redact(message)
        if status is not None:
            self.status = status
        if code is not None:
            self.code = code
        if title is not None:
            self.title = title
        self.hint = hint
        self.retry_after = retry_after

    def to_json(self) -> dict[str, object]:
        err: dict[str, object] = {"code": self.code, "status": self.status, "message": self.message}
        if self.hint:
            err["hint"] = self.hint
        if self.retry_after is not None:
            err["retry_after"] = self.retry_after
        return {"error": err}


class BadRequestError(ServeError):
    status = 400
    code = "bad-reference"
    title = "Not a model reference"


class NotFoundPageError(ServeError):
    status = 404
    code = "not-found"
    title = "Not found"


class RateLimitError(ServeError):
    """This client asked too often (HTTP 429 with Retry-After)."""

    status = 429
    code = "rate-limited"
    title = "Too many requests"


class BusyError(ServeError):
    """Every fetch slot is taken and the queue is full (HTTP 503 with Retry-After)."""

    status = 503
    code = "busy"
    title = "The server is busy"


#: sources fault -> (HTTP status, title, hint). An unlisted fault is a 502.
_SOURCE_FAULTS: dict[type[source_errors.SourceError], tuple[int, str, str]] = {
    source_errors.BadReferenceError: (400, "Not a model reference", "Check the spelling: org/name."),
    source_errors.NotFoundError: (
        404,
        "No such model",
        "The Hub (or GitHub) has no public repository of that name. Check the spelling and the case.",
    ),
    source_errors.PrivateRepoError: (
        404,
        "No such model (or it is private)",
        "The repository does not exist or is private; a private repository cannot be assessed here.",
    ),
    source_errors.GatedRepoError: (
        403,
        "Gated model",
        "The publisher grants access to this repository's files on request; they could not be read.",
    ),
    source_errors.RateLimitedError: (
        503,
        "The Hub is rate-limiting us",
        "The upstream server asked us to slow down. Try again in a minute.",
    ),
    source_errors.ServerError: (
        502,
        "The upstream server failed",
        "It answered with server errors; try later.",
    ),
    source_errors.TimeoutError_: (504, "The upstream server did not answer in time", "Try again later."),
    source_errors.ConnectionFailedError: (
        503,
        "Offline: the upstream server cannot be reached",
        "The Hub or GitHub could not be reached from this server.",
    ),
    source_errors.OfflineError: (
        503,
        "Offline",
        "This server runs offline and has not read that model before.",
    ),
    source_errors.BadResponseError: (502, "Bad answer from the upstream server", "Try again later."),
}


def from_source_error(exc: source_errors.SourceError) -> ServeError:
    """The answer to give for a sources fault."""
    status, title, hint = next(
        (v for t, v in _SOURCE_FAULTS.items() if isinstance(exc, t)),
        (422, "The release cannot be read", "Something in the repository could not be read safely."),
    )
    retry = 60 if status in (503, 504) else None
    return ServeError(str(exc), status=status, code=exc.code, title=title, hint=hint, retry_after=retry)


def redact(text: object) -> str:
    """One line of text with the tokens of the environment replaced by `***`."""
    out = safe_text(text, one_line=True)
    for name in ("HF_TOKEN", "HUGGING_FACE_HUB_TOKEN", "GITHUB_TOKEN"):
        token = os.environ.get(name)
        if token and len(token) >= 4:
            out = out.replace(token, "***")
    return out[:1000]


__all__ = [
    "BadRequestError",
    "BusyError",
    "NotFoundPageError",
    "RateLimitError",
    "ServeError",
    "from_source_error",
    "redact",
]
