"""The texts of the held-out license rounds, one module per round (its docstring says what the round
found at first); `tests/licenses/test_heldout_rounds.py` reads them all."""
