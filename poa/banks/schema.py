"""What a question bank holds: one marketplace reason, everything poa knows about it.

A bank is data (YAML in question_banks/<marketplace>/<reason>.yaml) checked by these models;
adding a reason needs no code. The fields follow what Copier, docassemble and XLSForm put in
a question: type, help, example, placeholder, default, choices, a validator with its message,
a ``when`` condition, and repeat groups with min/max.
"""

from typing import Annotated, Literal

from pydantic import Field, StringConstraints, model_validator

from poa import linear
from poa.banks.conditions import check_condition, names_in
from poa.model.base import Part, Text
from poa.model.ids import Marketplace
from poa.model.values import Cadence, EvidenceKind

BANK_SCHEMA_VERSION = 1

SourceKey = Annotated[str, StringConstraints(pattern=r"^([AWEKYG]\d+|T\d+|T-[a-z0-9-]+)$")]
Identifier = Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9_]*$")]
ReasonId = Annotated[str, StringConstraints(pattern=r"^[a-z]+\.[a-z0-9_]+$")]

QuestionType = Literal[
    "text", "multiline", "select", "multiselect", "confirm", "number", "date", "path", "group"
]
Scalar = str | int | float | bool
Answer = Scalar | list[str] | list[dict[str, Scalar]]
"""An answer: a value, a list of choices, or the entries of a repeat group."""
Term = Annotated[str, StringConstraints(pattern=r"^[a-z0-9%][a-z0-9%' -]{0,79}$")]
"""Words as a notice says them, in lower case: "signs of wear". Each word of three letters or
more stands for its own inflections too (sign, signs, signed, signing), never for other words."""
Concept = Identifier | list[Term]
"""A name in concepts.yaml, or the words themselves (a list of synonyms)."""
ConceptList = Annotated[list[Concept], Field(min_length=1, max_length=4)]
Category = Literal["performance", "authenticity", "intellectual_property", "product", "listing",
                   "conduct", "account"]  # fmt: skip


class Choice(Part):
    value: Identifier
    label: Text
    help: Text | None = None


class Validation(Part):
    """Rules an answer must meet, and the message that says what is expected."""

    min: float | None = Field(None, description="Smallest number allowed.")
    max: float | None = Field(None, description="Largest number allowed.")
    min_length: int | None = Field(None, ge=0, description="Fewest characters (or items).")
    max_length: int | None = Field(None, ge=1, description="Most characters (or items).")
    pattern: str | None = Field(
        None,
        description="A regular expression the whole answer matches, in RE2's syntax (no "
        "look-around or back-reference: an answer is checked in time linear in its length).",
    )
    not_future: bool = Field(False, description="For dates: the day may not be after today.")
    message: Text = Field(description="Shown when the answer breaks a rule: what is expected.")

    @model_validator(mode="after")
    def _pattern_compiles(self) -> "Validation":
        if self.pattern is not None:
            try:
                linear.check(self.pattern)
            except linear.PatternError as err:
                raise ValueError(
                    f"pattern is not a regular expression RE2 can run (no look-around or "
                    f"back-reference): {err}"
                ) from err
        return self


class Relation(Part):
    """How this answer must stand to earlier ones, e.g. ``units_failed <= units_inspected``
    or ``stopped_on >= started_on``: checked at the prompt once every answer it names is
    given, with the bank's own message."""

    rule: Text = Field(description="A condition over this and earlier answers that must hold.")
    message: Text = Field(description="Shown when it does not: what is expected, and why.")


class CueRule(Part):
    """A cue with exceptions: its concepts, and others that, said in the same sentence, make
    it mean something else ("a request closed without your help" counted as a defect)."""

    all: ConceptList = Field(description="Concepts that must stand close together.")
    unless: list[Concept] = Field(min_length=1, description="Concepts that cancel the cue.")


Cue = ConceptList | CueRule
"""Concepts that together say a reason (all in one sentence, a few words apart)."""


class Question(Part):
    """One thing to ask the seller about this reason (or a repeated group of things)."""

    id: Identifier = Field(description="Where the answer is stored: issues[].facts.<id>.")
    type: QuestionType
    prompt: Text = Field(description="The question, as the seller reads it.")
    help: Text = Field(description="Why it is asked and how to answer well; shown on demand.")
    example: Answer = Field(description="A realistic answer, shown on demand; tests replay it.")
    placeholder: Text | None = None
    default: Scalar | list[str] | None = None
    unit: Text | None = Field(None, description="The unit of a number: %, days, orders, ...")
    metric: Identifier | None = Field(
        None,
        description="For a number question: the metric (an id of the bank's metrics) whose "
        "current value it asks; the Performance Improvement Plan uses the answer.",
    )
    choices: list[Choice] = Field(default=[])
    validate_: Validation | None = Field(None, alias="validate")
    when: Text | None = Field(
        None, description='A condition on earlier answers, e.g. "uses_fba == false".'
    )
    required: bool = True
    relations: list[Relation] = Field(default=[])
    questions: list["Question"] = Field(default=[], description="For a group: what repeats.")
    add_prompt: Text | None = Field(None, description="For a group: 'Add another ...?'.")
    min: int = Field(0, ge=0, description="For a group: fewest entries.")
    max: int | None = Field(None, ge=1, description="For a group: most entries.")

    @model_validator(mode="after")
    def _consistent(self) -> "Question":
        if self.type in {"select", "multiselect"} and len(self.choices) < 2:
            raise ValueError(f"a {self.type} question needs at least two choices")
        if self.type not in {"select", "multiselect"} and self.choices:
            raise ValueError("only select and multiselect questions have choices")
        if self.type == "group":
            if not self.questions or not self.add_prompt:
                raise ValueError("a group needs questions and an add_prompt")
            if self.max is not None and self.max < self.min:
                raise ValueError("max is smaller than min")
        elif self.questions:
            raise ValueError("only a group has questions of its own")
        return self


class Suggestion(Part):
    """A starting point the seller must make specific (left unchanged, the review flags it)."""

    text: Text
    when: Text | None = None


class MeasureSuggestion(Suggestion):
    owner: Text = Field(description="A typical owner role.")
    cadence: Cadence
    verification: Text = Field(description="How the measure is checked: report, audit, KPI.")


class Suggestions(Part):
    root_causes: list[Suggestion] = Field(min_length=2)
    corrective_actions: list[Suggestion] = Field(min_length=2)
    preventive_measures: list[MeasureSuggestion] = Field(min_length=2)


class WorkedAction(Part):
    action: Text
    days_after_notice: int = Field(
        ge=0,
        le=9,
        description="When it was done, counted from the notice (the case's dates "
        "move with the day the example is made).",
    )


class WorkedMeasure(Part):
    measure: Text
    owner: Text
    cadence: Cadence
    verification: Text


class WorkedExample(Part):
    """The reason answered as an expert would, for the questions' example answers: what
    ``poa banks example`` writes, and a case the review passes with nothing above info.
    Counts, ids and rates in the text, no calendar dates (the case's dates are relative)."""

    summary: Text = Field(description="Two or three sentences; the first owns the failure.")
    root_causes: list[Text] = Field(min_length=1)
    corrective_actions: list[WorkedAction] = Field(min_length=1)
    preventive_measures: list[WorkedMeasure] = Field(min_length=1)


class EvidenceNeed(Part):
    """A document the reviewer expects for this reason, and when it is accepted."""

    kind: EvidenceKind
    title: Text
    why: Text = Field(description="What the document proves to the reviewer.")
    required: bool = False
    accept: list[Text] = Field(default=[], description="Conditions for acceptance.")
    refuse: list[Text] = Field(default=[], description="Documents that are turned down.")
    max_age_days: int | None = Field(
        None, ge=1, description="Issued at most this many days before the notice."
    )
    sources: list[SourceKey] = Field(min_length=1)


class Channel(Part):
    """Where and how the appeal for this reason is sent."""

    route: Text | None = Field(
        None,
        description="Where this appeal is submitted, when it differs from the marketplace's "
        "usual route in marketplaces.yaml.",
    )
    deadline_days: int | None = Field(None, ge=1, description="Days allowed to respond, if known.")
    deadline_note: Text | None = None
    attempts: int | None = Field(
        None, ge=1, description="How many appeals are allowed, if limited."
    )
    max_chars: int | None = Field(None, ge=1, description="Length limit of the appeal form.")
    appeal_needed: bool = Field(True, description="False where the marketplace asks for no appeal.")
    sources: list[SourceKey] = Field(min_length=1)


class Bank(Part):
    """Everything poa knows about one reason a marketplace cites."""

    schema_version: int = Field(BANK_SCHEMA_VERSION, ge=1)
    id: ReasonId
    marketplace: Marketplace
    title: Text = Field(description="The reason's name, e.g. 'Late Shipment Rate above target'.")
    category: Category
    meaning: Text = Field(description="What the notice means, in plain words.")
    notice_phrases: list[Text] = Field(
        min_length=1, description="Words the marketplace's notices use for this reason."
    )
    notice_concepts: list[Cue] = Field(
        default=[],
        description="How a notice says this reason in other words: each entry a cue, the "
        "concepts (a name in concepts.yaml, or a list of words meaning one thing) that must all "
        "stand in one sentence a few words apart, e.g. [sold_as_new, signs_of_use].",
    )
    metrics: list[Identifier] = Field(
        default=[], description="Metric ids of thresholds.yaml this reason is about."
    )
    questions: list[Question] = Field(min_length=1)
    suggestions: Suggestions
    worked_example: WorkedExample | None = None
    evidence: list[EvidenceNeed] = Field(min_length=1)
    channel: Channel
    sources: list[SourceKey] = Field(min_length=1)

    @model_validator(mode="after")
    def _ids(self) -> "Bank":
        prefix = self.id.split(".", 1)[0]
        if prefix != self.marketplace:
            raise ValueError(f"id {self.id!r} must start with '{self.marketplace}.'")
        seen: set[str] = set()
        for question in self.all_questions():
            if question.id in seen:
                raise ValueError(f"two questions have the id {question.id!r}")
            if question.when:
                _check_when(question.when, seen, f"question {question.id!r}")
            for relation in question.relations:
                _check_when(relation.rule, seen | {question.id}, f"question {question.id!r}")
            if question.metric is not None and question.metric not in self.metrics:
                raise ValueError(
                    f"question {question.id!r} asks for metric {question.metric!r}, which is "
                    f"not in the bank's metrics ({', '.join(self.metrics) or 'none'})"
                )
            seen.add(question.id)
        suggestions: list[Suggestion] = [
            *self.suggestions.root_causes,
            *self.suggestions.corrective_actions,
            *self.suggestions.preventive_measures,
        ]
        for suggestion in suggestions:
            if suggestion.when:
                _check_when(suggestion.when, seen, "a suggestion")
        return self

    def all_questions(self) -> list[Question]:
        """Every question, the ones inside groups included, in order."""
        found: list[Question] = []
        for question in self.questions:
            found.append(question)
            found += question.questions
        return found


def _check_when(expression: str, known: set[str], where: str) -> None:
    """A condition must parse and may only read answers asked before it."""
    if problem := check_condition(expression):
        raise ValueError(f"{where}: {problem}")
    unknown = names_in(expression) - known
    if unknown:
        raise ValueError(
            f"{where}: the condition {expression!r} reads {', '.join(sorted(unknown))}, "
            "which no earlier question asks"
        )


class Concepts(Part):
    """Groups of words that mean one thing in a notice, named for the banks' notice_concepts
    (question_banks/concepts.yaml). A user folder's file adds names or replaces them."""

    schema_version: int = Field(BANK_SCHEMA_VERSION, ge=1)
    concepts: dict[Identifier, Annotated[list[Term], Field(min_length=1)]]


class Threshold(Part):
    """One account-health metric of one marketplace, as a source states it."""

    metric: Identifier
    name: Text
    target: float
    comparison: Literal["<", "<=", ">", ">="] = Field(
        description="How the value must compare with the target to meet the standard."
    )
    unit: Literal["percent", "count", "points", "hours", "stars"] = "percent"
    window_days: list[int] = Field(default=[], description="Measurement windows.")
    consequence: Text | None = None
    standard: Text | None = Field(None, description="Which version of the standard, and its date.")
    default: bool = Field(True, description="False for a version kept only for reference.")
    notes: Text | None = None
    sources: list[SourceKey] = Field(min_length=1)

    def met_by(self, value: float) -> bool:
        """Whether ``value`` meets this threshold."""
        return {
            "<": value < self.target,
            "<=": value <= self.target,
            ">": value > self.target,
            ">=": value >= self.target,
        }[self.comparison]


class Thresholds(Part):
    schema_version: int = Field(BANK_SCHEMA_VERSION, ge=1)
    amazon: list[Threshold] = Field(default=[])
    walmart: list[Threshold] = Field(default=[])
    ebay: list[Threshold] = Field(default=[])
    tiktok: list[Threshold] = Field(default=[])
    etsy: list[Threshold] = Field(default=[])


class Window(Part):
    what: Text
    days: int = Field(ge=1)
    sources: list[SourceKey] = Field(min_length=1)


class LengthLimit(Part):
    channel: Text
    characters: int = Field(ge=1)
    sources: list[SourceKey] = Field(min_length=1)


class MarketplaceInfo(Part):
    """How appeals reach one marketplace (question_banks/marketplaces.yaml)."""

    name: Text
    appeal_route: Text
    structure: Text
    windows: list[Window] = Field(default=[])
    length_limits: list[LengthLimit] = Field(default=[])
    sources: list[SourceKey] = Field(min_length=1)


class Marketplaces(Part):
    amazon: MarketplaceInfo
    walmart: MarketplaceInfo
    ebay: MarketplaceInfo
    tiktok: MarketplaceInfo
    etsy: MarketplaceInfo
