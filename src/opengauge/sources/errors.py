"""The sources layer's error type and its subclasses, one per fault, each with its own exit code.

The CLI turns any of these into a one-line message on stderr and the exit code below; the table
is repeated in the README (section "exit codes").
"""

from __future__ import annotations

from opengauge.errors import OpengaugeError


class SourceError(OpengaugeError):
    """A release could not be read from its source."""

    exit_code = 10
    code = "source-error"


class BadReferenceError(SourceError):
    """The reference cannot be parsed (not `hf:`, `gh:`, a folder or a snapshot file)."""

    exit_code = 2
    code = "bad-reference"


class NotFoundError(SourceError):
    """The repo (or revision) does not exist."""

    exit_code = 10
    code = "not-found"


class PrivateRepoError(SourceError):
    """The repo is private (or hidden) and the token, if any, gives no access."""

    exit_code = 11
    code = "private"


class GatedRepoError(SourceError):
    """The repo is gated and its files cannot be read without an authorised token.

    Not raised by `resolve`: a gated release is still built from its public metadata and
    carries a problem starting with `GATED_PROBLEM`; the CLI exits with this code after printing it.
    """

    exit_code = 12
    code = "gated"


class RateLimitedError(SourceError):
    """The server kept answering 429 (or GitHub's 403 rate-limit) after the retries."""

    exit_code = 13
    code = "rate-limited"


class ServerError(SourceError):
    """The server kept answering 5xx after the retries."""

    exit_code = 14
    code = "server-error"


class TimeoutError_(SourceError):
    """The server did not answer in time (after the retries)."""

    exit_code = 15
    code = "timeout"


class ConnectionFailedError(SourceError):
    """The server could not be reached (refused, DNS, reset)."""

    exit_code = 16
    code = "connection"


class BadResponseError(SourceError):
    """A response was truncated (body shorter than announced) or not the JSON expected."""

    exit_code = 17
    code = "bad-response"


class OfflineError(SourceError):
    """Offline mode is on and the release is not in the cache."""

    exit_code = 18
    code = "offline"


class FrontMatterError(SourceError):
    """The model card's YAML front matter is malformed (syntax, not a mapping, alias bomb)."""

    exit_code = 19
    code = "front-matter"


class DocumentTooLargeError(SourceError):
    """The model card is larger than the 5 MB cap."""

    exit_code = 20
    code = "too-large"


class NotTextError(SourceError):
    """The model card is binary or not valid UTF-8."""

    exit_code = 21
    code = "not-text"


class SnapshotError(SourceError):
    """A snapshot file is not valid JSON, has a wrong/missing schema id, or does not validate."""

    exit_code = 22
    code = "bad-snapshot"


#: Every fault class, for the docs and tests.
ALL_ERRORS: tuple[type[SourceError], ...] = (
    BadReferenceError,
    NotFoundError,
    PrivateRepoError,
    GatedRepoError,
    RateLimitedError,
    ServerError,
    TimeoutError_,
    ConnectionFailedError,
    BadResponseError,
    OfflineError,
    FrontMatterError,
    DocumentTooLargeError,
    NotTextError,
    SnapshotError,
)

#: Prefix of the problem entry a gated release without file access carries.
GATED_PROBLEM = "gated:"
