"""Question banks: what poa knows about each reason a marketplace cites.

>>> from poa.banks import load_library
>>> library = load_library()
>>> library.get("amazon.late_shipment_rate").title
'Late Shipment Rate above target'

The names below are loaded on first use: a command that reads banks (``poa notice``) does not
import what makes example cases or shows a bank.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from poa.lazy import exports

_EXPORTS = {
    "Bank": "poa.banks.schema",
    "BankLibrary": "poa.banks.library",
    "Question": "poa.banks.schema",
    "Threshold": "poa.banks.schema",
    "Thresholds": "poa.banks.schema",
    "bank_files": "poa.banks.library",
    "builtin_dir": "poa.banks.library",
    "example_answers": "poa.banks.examples",
    "example_case": "poa.banks.examples",
    "format_bank": "poa.banks.show",
    "load_file": "poa.banks.library",
    "load_library": "poa.banks.library",
    "search_path": "poa.banks.library",
    "validate_folder": "poa.banks.library",
}

__all__ = [
    "Bank",
    "BankLibrary",
    "Question",
    "Threshold",
    "Thresholds",
    "bank_files",
    "builtin_dir",
    "example_answers",
    "example_case",
    "format_bank",
    "load_file",
    "load_library",
    "search_path",
    "validate_folder",
]

if TYPE_CHECKING:
    from poa.banks.examples import example_answers, example_case
    from poa.banks.library import (
        BankLibrary,
        bank_files,
        builtin_dir,
        load_file,
        load_library,
        search_path,
        validate_folder,
    )
    from poa.banks.schema import Bank, Question, Threshold, Thresholds
    from poa.banks.show import format_bank


__getattr__ = exports(__name__, _EXPORTS)
