"""``poa interview``: from nothing to a complete case file, one checked answer at a time.

``engine`` decides what to ask (pure); ``prompts`` asks in a terminal (the only module that
imports questionary); ``session`` saves after every answer, resumes, reviews and renders;
``replay`` fills a case from an answers file without prompts.
"""

from poa.interview.engine import Engine
from poa.interview.session import run_interview

__all__ = ["Engine", "run_interview"]
