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
from opengauge.sources.errors import SourceError
from opengauge.sources.http import with_retries
from opengauge.sources.hub_errors import classify
from opengauge.sources.settings import Settings
from opengauge.textio import name_key

#: How many search results (most downloaded first) are compared with the name.
SEARCH_LIMIT = 50
#: A name shorter than this (as compared: letters and digits) is too vague to look up.
MIN_NAME_KEY = 4


def resolve_named(name: str, settings: Settings) -> str | None:
    """The Hub id (`org/name`) of the most downloaded model whose repository name is `name`, or
    None (no exact match, a name too vague, offline, or the search failed)."""
    key = name_key(name)
    if len(key) < MIN_NAME_KEY:
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

    def call() -> list[Any]:
        from huggingface_hub import HfApi

        api = HfApi(endpoint=s.hf_endpoint, token=s.hf_token)
        return list(api.list_models(search=name, sort="downloads", limit=SEARCH_LIMIT))

    try:
        found = with_retries(call, classify=lambda e: classify(e, what, s), settings=s)
    except SourceError:
        return None  # not remembered: a failed search may succeed next time
    ids = [m.id for m in found if isinstance(getattr(m, "id", None), str)]
    model_id = next((i for i in ids if name_key(i.split("/")[-1]) == key), None)
    cache.put(s, ckey, model_id or "")
    return model_id


__all__ = ["MIN_NAME_KEY", "SEARCH_LIMIT", "resolve_named"]
