"""The static leaderboard website (Jinja2 templates, local CSS/JS, no CDN)."""

from opengauge.formats.site.build import SiteReport, build_site

__all__ = ["SiteReport", "build_site"]
