"""``python -m kg``: the same command line as the ``kg`` script (for a checkout not installed)."""

from kg.cli import app

if __name__ == "__main__":
    app(prog_name="kg")
