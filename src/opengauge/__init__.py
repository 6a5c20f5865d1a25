"""opengauge: how open is an AI model release, really? With receipts."""

__version__ = "0.1.0"
