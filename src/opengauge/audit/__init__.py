"""Bulk assessment: `opengauge audit` and its store, reports and diffs."""
