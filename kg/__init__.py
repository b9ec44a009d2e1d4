"""chouma (籌碼): knowledge graphs of US-China bargaining from news text."""

__version__ = "0.1.0"
