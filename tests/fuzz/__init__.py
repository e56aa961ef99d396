"""Fuzzing every loader: mutated real inputs in, a PoaError with a message or success out."""
