"""Question banks: what poa knows about each reason a marketplace cites.

>>> from poa.banks import load_library
>>> library = load_library()
>>> library.get("amazon.late_shipment_rate").title
'Late Shipment Rate above target'
"""

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
