"""A model a card names in words ("fine-tuned from Flan-T5-XL"), looked up on the Hub.

`sources.derivation` resolves a named base model through what opengauge knows offline (a Hub link in
the same card, the built-in index); a name nothing resolves stays `named:<name>`. Online, the lineage
fetcher asks the Hub once more, as a reader would: the Hub's model search for the name, most
downloaded first, and the first model whose repository name is exactly that name (case, spaces and
punctuation aside: `Flan-t5-xl` is `google/flan-t5-xl`). No exact match, offline, or a failed search:
the name stays unresolved, and the base is one that cannot be examined.
"""

from __future__ import annotations

from opengauge.sources.errors import OfflineError
from opengauge.sources.hub_client import HubClient
from opengauge.sources.settings import Settings
from opengauge.textio import name_key

#: How many search results (most downloaded first) are compared with the name.
SEARCH_LIMIT = 50
#: A name shorter than this (as compared: letters and digits) is too vague to look up.
MIN_NAME_KEY = 4
#: A name longer than this (as written) is not a model's name: it is not looked up.
MAX_NAME = 96


def resolve_named(name: str, settings: Settings) -> str | None:
    """The Hub id (`org/name`) of the most downloaded model whose repository name is `name`, or
    None (no exact match, a name too vague or too long, offline and not cached); `SourceError` when
    the search failed (not remembered: it may succeed next time)."""
    key = name_key(name)
    if len(key) < MIN_NAME_KEY or len(name) > MAX_NAME:
        return None
    params = {"search": name, "sort": "downloads", "direction": "-1", "limit": str(SEARCH_LIMIT)}
    try:
        found = HubClient(settings).model_listing(params, f"the Hub's model search for {name!r}")
    except OfflineError:
        return None
    rows = found if isinstance(found, list) else []
    ids = [m["id"] for m in rows if isinstance(m, dict) and isinstance(m.get("id"), str)]
    return next((i for i in ids if name_key(i.split("/")[-1]) == key), None)


__all__ = ["MAX_NAME", "MIN_NAME_KEY", "SEARCH_LIMIT", "resolve_named"]
