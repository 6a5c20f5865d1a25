from opengauge.errors import OpengaugeError


class KnowledgeError(OpengaugeError):
    """A knowledge catalog file is broken (bad YAML, a field that does not validate, a duplicate id
    or name): a bug in the package data, reported with the file and the field."""
