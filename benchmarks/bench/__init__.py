"""The benchmark behind benchmarks/run.py: which pages (datasets), how each tool reads them (runners, dumps),
how the records are scored (scoring, with the shared reference scorers), and how figures are shown and gated
(table, floors)."""
