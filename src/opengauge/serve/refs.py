"""What the web may ask for: a Hub model or a GitHub repository, nothing else.

`web_ref(text)` accepts a Hub id (`org/name`), a Hub URL, `hf:org/name[@rev]`, `gh:owner/repo[@ref]`
or a GitHub URL, and refuses everything else with a `BadRequestError` (HTTP 400): local paths,
`local:`/`snapshot:`/`file:` references, path traversal, control characters, anything longer than
`MAX_REF` characters. The grammar of names is the sources layer's (`sources.refs.parse_ref`), which
is only ever called here with an explicit `hf:`/`gh:` prefix, so it never looks at the file system.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import quote, urlsplit

from opengauge.serve.errors import BadRequestError
from opengauge.sources.errors import BadReferenceError
from opengauge.sources.refs import HUB_RESERVED, parse_ref

#: Longest reference accepted from the web (a Hub id is at most 96 + 1 + 96 characters).
MAX_REF = 300

_HUB_HOSTS = ("huggingface.co", "www.huggingface.co", "hf.co")
_GH_HOSTS = ("github.com", "www.github.com")
_LOCAL_PREFIXES = ("local:", "snapshot:", "file:", "/", ".", "~", "\\")
_HUB_URL_REV = re.compile(r"^(?:tree|blob|resolve|commit)/([^/?#]+)")


@dataclass(frozen=True)
class WebRef:
    """A validated reference from the web."""

    kind: str
    """`hub` or `github`."""
    id: str
    """`org/name` or `owner/repo`."""
    revision: str | None = None

    @property
    def canonical(self) -> str:
        """`hf:org/name[@rev]` or `gh:owner/repo[@ref]`: the key of caches, store and single-flight."""
        prefix = "hf:" if self.kind == "hub" else "gh:"
        return prefix + self.id + (f"@{self.revision}" if self.revision else "")

    @property
    def path(self) -> str:
        """The page of the release: `/models/org/name` (Hub) or `/github/owner/repo`."""
        org, name = self.id.split("/", 1)
        base = "/models/" if self.kind == "hub" else "/github/"
        out = base + quote(org, safe="") + "/" + quote(name, safe="")
        return out + (f"?revision={quote(self.revision, safe='')}" if self.revision else "")


def web_ref(text: str | None) -> WebRef:
    """The reference `text` names, or `BadRequestError` saying why it is refused."""
    if text is None or not text.strip():
        raise BadRequestError("Give a model: a Hub id such as org/name, a Hub or GitHub URL, hf: or gh:.")
    if len(text) > MAX_REF:
        raise BadRequestError(f"The reference is too long ({len(text)} characters; at most {MAX_REF}).")
    s = text.strip()
    if any(ord(ch) < 32 or ord(ch) == 127 or ch.isspace() for ch in s):
        raise BadRequestError("The reference holds spaces or control characters.")
    lower = s.lower()
    if lower.startswith(_LOCAL_PREFIXES) or "\\" in s or ".." in s or "%" in s:
        raise BadRequestError(
            "Only Hugging Face Hub models and GitHub repositories can be assessed here, "
            "never a path or a file."
        )
    if lower.startswith(("http://", "https://")) or lower.split("/", 1)[0] in _HUB_HOSTS + _GH_HOSTS:
        return _from_url(s if "://" in s else "https://" + s)
    for prefix, kind in (("hf:", "hub"), ("hub:", "hub"), ("gh:", "github"), ("github:", "github")):
        if lower.startswith(prefix):
            return _parsed(kind, s[len(prefix) :])
    if ":" in s:
        raise BadRequestError("Unknown kind of reference: use org/name, hf:org/name or gh:owner/repo.")
    return _parsed("hub", s)


def _from_url(url: str) -> WebRef:
    try:
        parts = urlsplit(url)
    except ValueError:
        raise BadRequestError("Not a valid URL.") from None
    host = (parts.hostname or "").lower()
    if parts.username or parts.password or parts.port:
        raise BadRequestError("A URL with credentials or a port is not a model's address.")
    segments = [p for p in parts.path.split("/") if p]
    if host in _HUB_HOSTS:
        if not segments or segments[0].lower() in HUB_RESERVED:
            raise BadRequestError(
                "Only model repositories of the Hub can be assessed (not datasets or Spaces)."
            )
        if len(segments) < 2:
            raise BadRequestError("A Hub URL must name a model: https://huggingface.co/org/name.")
        rev = _HUB_URL_REV.match("/".join(segments[2:]))
        return _parsed("hub", "/".join(segments[:2]) + (f"@{rev.group(1)}" if rev else ""))
    if host in _GH_HOSTS:
        if len(segments) < 2:
            raise BadRequestError("A GitHub URL must name a repository: https://github.com/owner/repo.")
        rev = _HUB_URL_REV.match("/".join(segments[2:]))
        return _parsed("github", "/".join(segments[:2]) + (f"@{rev.group(1)}" if rev else ""))
    raise BadRequestError("Only huggingface.co and github.com addresses can be assessed.")


def _parsed(kind: str, body: str) -> WebRef:
    name = body.split("@", 1)[0]
    if name.count("/") != 1:
        raise BadRequestError(
            "A model is named org/name (Hub) or owner/repo (GitHub)."
            if kind == "hub"
            else "A GitHub repository is named owner/repo."
        )
    try:
        ref = parse_ref(("hf:" if kind == "hub" else "gh:") + body)
    except BadReferenceError as exc:
        raise BadRequestError(f"Not a valid reference: {exc}") from None
    return WebRef(kind, ref.id, ref.revision)


__all__ = ["MAX_REF", "WebRef", "web_ref"]
