"""A model a card names in words ("fine-tuned from Flan-T5-XL"), looked up on the Hub.

`sources.derivation` resolves a named base model through what opengauge knows offline (a Hub link in
the same card, the built-in index); a name nothing resolves stays `named:<name>`. Online, the lineage
fetcher asks the Hub once more, as a reader would: the Hub's model search for the name, most
downloaded first, and the first model whose repository name is exactly that name (case, spaces and
punctuation aside: `Flan-t5-xl` is `google/flan-t5-xl`). No exact match, offline, or a failed search:
the name stays unresolved, and the base is one that cannot be examined.
"""

from __future__ import annotations

from typing import Any

from opengauge.sources import cache
from opengauge.sources.http import with_retries
from opengauge.sources.hub_errors import classify
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
    None (no exact match, a name too vague or too long, offline); `SourceError` when the search
    failed."""
    key = name_key(name)
    if len(key) < MIN_NAME_KEY or len(name) > MAX_NAME:
        return None
    s = settings
    ckey = cache.cache_key("hub-name", s.hf_endpoint, key, token=s.hf_token)
    hit = cache.get(s, ckey)
    if not cache.is_miss(hit):
        value = hit[0]
        return value if isinstance(value, str) and value else None
    if s.offline:
        return None
    what = f"the Hub's model search for {name!r}"

    def call() -> Any:
        # one page of the listing, asked directly (with opengauge's timeout and retries only; the
        # library's paginator would retry a 5xx on its own for most of a minute)
        from huggingface_hub.utils import build_hf_headers, get_session, hf_raise_for_status

        params = {"search": name, "sort": "downloads", "direction": "-1", "limit": str(SEARCH_LIMIT)}
        r = get_session().get(
            f"{s.hf_endpoint}/api/models",
            headers=build_hf_headers(token=s.hf_token),
            params=params,
            timeout=s.timeout,
        )
        hf_raise_for_status(r)
        return r.json()

    # a failed search raises (SourceError) and is not remembered: it may succeed next time
    found = with_retries(call, classify=lambda e: classify(e, what, s), settings=s)
    rows = found if isinstance(found, list) else []
    ids = [m["id"] for m in rows if isinstance(m, dict) and isinstance(m.get("id"), str)]
    model_id = next((i for i in ids if name_key(i.split("/")[-1]) == key), None)
    cache.put(s, ckey, model_id or "")
    return model_id


__all__ = ["MAX_NAME", "MIN_NAME_KEY", "SEARCH_LIMIT", "resolve_named"]
