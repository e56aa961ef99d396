"""What every part of a case and of a question bank shares: the base model and trimmed text.

Apart from the parts themselves, so that the bank models (:mod:`poa.banks.schema`) are built
without building every part of a case (``poa notice`` reads banks and no case).
"""

from typing import Annotated, Any, get_args, get_origin

from pydantic import BaseModel, ConfigDict, StringConstraints, model_validator

Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]


class Part(BaseModel):
    """Common settings: unknown keys are errors, text is trimmed, and a list left empty in
    YAML (``asins:`` with nothing after it) is an empty list."""

    # defer_build: a model's validator is built when it first validates, not on import; a
    # command that takes its banks from the cache never validates a bank (issue 18).
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True, defer_build=True)

    @model_validator(mode="before")
    @classmethod
    def _empty_lists(cls, data: Any) -> Any:
        if not isinstance(data, dict):
            return data
        empty = [
            key
            for name, field in cls.model_fields.items()
            if data.get(key := field.alias or name, 0) is None and _is_list(field.annotation)
        ]
        return {**data, **{key: [] for key in empty}} if empty else data


def _is_list(annotation: Any) -> bool:
    return get_origin(annotation) is list or any(
        get_origin(arg) is list for arg in get_args(annotation)
    )
