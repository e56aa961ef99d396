"""Amazon notices in German, French, Italian, Spanish and Japanese (issue 16), read through
their English gloss (poa/notice/languages.py and languages.yaml).

Measured on tests/fixtures/notices-languages: 15 notices written by others for the purpose
(``dev-*``, three per language, tuned on) and 10 written with the reader (``own-*``, two per
language). Every language: told right, marketplace and site, received date and deadline all
right, ids all found with none false. Reasons all found; the ones found wrongly are a reason
named only as background, which the English reader would take the same way in English — a
Garantie A à Z / マーケットプレイス保証 mentioned in a tracking notice (fr, ja), an order defect
rate said to be not concerned (it), a safety policy named in passing (es), a utility bill asked
for in a related-accounts case (es).
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from poa import linear
from poa.banks.library import load_library
from poa.cli import main
from poa.errors import EXIT_OK
from poa.notice import case_skeleton, languages, read_notice
from poa.notice.extract import _REQUESTS
from poa.notice.facts import NoticeFacts
from poa.notice.metric_values import _METRIC_ALIASES, RATING_NAME
from poa.notice.report import describe
from tests.notice_eval import HELD_OUT, LANGUAGES, NOTICES, by_language, cases

FIGURES = by_language()
CODES = ("de", "fr", "it", "es", "ja")
REASON_PRECISION = {"de": 1.0, "fr": 1.0, "it": 1.0, "es": 1.0, "ja": 0.87}
REASON_RECALL = {"de": 1.0, "fr": 1.0, "it": 1.0, "es": 1.0, "ja": 1.0}
"""Measured after the meaning reader joined: precision de 7/7, fr 5/6, it 4/5, es 5/7, ja 7/8,
recall 1.00 but in Italian; then, with denials read, elisions set apart in the gloss and a
few more words of each language glossed, every reason in every language, and one false in
Japanese: a notice that says missing tracking "becomes the cause" of more A-to-z claims (the
consequence is said after the claims, where the reader does not look)."""


@pytest.mark.parametrize("code", CODES)
def test_each_language_is_read_as_measured(code: str) -> None:
    fig = FIGURES[code]
    assert fig.notices == 5
    everything = fig.errors + fig.reasons.errors + fig.ids.errors
    assert fig.language == fig.marketplace == fig.notices, everything
    assert fig.received == fig.deadline == fig.notices, everything
    assert fig.ids.precision == fig.ids.recall == 1.0, everything
    assert fig.reasons.recall >= REASON_RECALL[code], everything
    assert fig.reasons.precision >= REASON_PRECISION[code], everything
    assert fig.metrics == fig.requests == fig.rejection == fig.notices, everything


def test_english_notices_are_read_as_english() -> None:
    for folder in (NOTICES, HELD_OUT):
        for notice, _ in cases(folder):
            text = notice.read_text(encoding="utf-8")
            assert languages.language_of(text) == "en", notice.name


def test_every_notice_in_another_language_says_which() -> None:
    for notice, expected in cases(LANGUAGES):
        text = notice.read_text(encoding="utf-8")
        assert languages.language_of(text) == expected["language"], notice.name


def test_the_terms_speak_the_english_the_reader_knows() -> None:
    """Coordination through data: each English a language's terms give is one the English
    reader acts on — a bank's notice phrase or words the meaning reader takes for a reason (or
    points to one with), a metric name, a document it knows is asked for."""
    from poa.notice.reasons import read_reasons

    library = load_library(())
    phrases = {
        phrase.lower()
        for reason in library.ids
        if reason.startswith("amazon.")
        for phrase in library.get(reason).notice_phrases
    }
    for code in CODES:
        for term in languages.load(code).terms:
            english = term.english.lower()
            where = f"{code} {term.section} {term.english!r}"
            if term.section == "reasons":  # a notice phrase, or words the meaning reader reads
                reading = read_reasons(f"Amazon: {term.english}.", "amazon", library)
                assert english in phrases or reading.reasons or reading.closest_found, where
            elif term.section == "metrics":
                known = english == RATING_NAME
                assert known or any(linear.fullmatch(a, english) for a in _METRIC_ALIASES), where
            elif term.section == "requests":
                assert any(linear.search(p, english) for p in _REQUESTS.values()), where


def test_every_term_stands_alone_and_in_one_pattern() -> None:
    for code in CODES:
        language = languages.load(code)
        assert len(language.terms) > 70
        for terms in (language.added, language.replaced, language.dates):
            assert len(terms.alone) == len(terms.terms)
            assert terms.anywhere.search("") is None  # no term matches nothing


@pytest.mark.parametrize(
    ("code", "text", "iso"),
    [
        ("de", "am 4. November 2026", "2026-11-04"),
        ("de", "am 04.11.2026", "2026-11-04"),
        ("de", "Mo., 22. Juni 2026 um 06:41", "2026-06-22"),
        ("fr", "le 1er décembre 2026", "2026-12-01"),
        ("fr", "le 07/09/2026", "2026-09-07"),
        ("it", "il 3 novembre 2026", "2026-11-03"),
        ("it", "il 1° marzo 2026", "2026-03-01"),
        ("es", "el 9 de noviembre de 2026", "2026-11-09"),
        ("es", "el 9 de noviembre del 2026", "2026-11-09"),
        ("es", "el 1º de abril de 2026", "2026-04-01"),
        ("ja", "2026年11月4日", "2026-11-04"),
        ("ja", "２０２６年１１月４日（水）", "2026-11-04"),
        ("ja", "令和8年11月4日", "2026-11-04"),
        ("ja", "2026/11/04", "2026-11-04"),
    ],
)
def test_dates_are_written_as_iso_dates(code: str, text: str, iso: str) -> None:
    assert iso in languages.gloss(text, code)


def test_a_date_that_is_none_stays_as_written() -> None:
    assert languages.gloss("am 31.02.2026", "de") == "am 31.02.2026"


@pytest.mark.parametrize(
    ("notice", "deadline"),
    [
        ("Datum: 04.11.2026\nBitte innerhalb von 17 Tagen einen Maßnahmenplan.", "2026-11-21"),
        ("Datum: 04.11.2026\nBitte bis zum 20. November 2026 antworten.", "2026-11-20"),
        ("Date : 04/11/2026\nVeuillez répondre dans un délai de 17 jours.", "2026-11-21"),
        ("Date : 04/11/2026\nVeuillez répondre au plus tard le 20 novembre 2026.", "2026-11-20"),
        ("Data: 04/11/2026\nTi chiediamo di rispondere entro 17 giorni.", "2026-11-21"),
        ("Data: 04/11/2026\nTi chiediamo di rispondere entro il 20/11/2026.", "2026-11-20"),
        ("Fecha: 04/11/2026\nResponde en un plazo de 17 días por favor.", "2026-11-21"),
        ("Fecha: 04/11/2026\nResponde antes del 20 de noviembre de 2026.", "2026-11-20"),
        ("日付：2026年11月4日\n17日以内に改善計画書をご提出ください。", "2026-11-21"),
        ("日付：2026年11月4日\n2026年11月20日までにご提出ください。", "2026-11-20"),
    ],
)
def test_deadlines_in_each_language(notice: str, deadline: str) -> None:
    facts = read_notice("Amazon\n" + notice)
    assert facts.received == dt.date(2026, 11, 4)
    assert facts.deadline == dt.date.fromisoformat(deadline), facts.deadline_basis


def test_a_date_range_is_neither_received_nor_deadline() -> None:
    facts = read_notice(
        "Amazon.de\nIhre Verspätete Versandrate lag vom 01.10.2026 bis 31.10.2026 bei 6,1 %. "
        "Bitte senden Sie uns Ihren Maßnahmenplan."
    )
    assert facts.received is None
    assert facts.metrics == [{"metric": "late_shipment_rate", "value": 6.1}]


def test_metric_values_with_decimal_commas_and_the_standard_apart() -> None:
    facts = read_notice(
        "Amazon.it\nIl tuo tasso di difettosità degli ordini è pari al 2,3%, superiore al nostro "
        "obiettivo dell'1%. Ti chiediamo un piano d'azione."
    )
    assert facts.language == "it"
    assert facts.metrics == [{"metric": "order_defect_rate", "value": 2.3}]
    assert facts.reasons == ["amazon.order_defect_rate"]
    assert facts.requests == ["plan_of_action"]


def test_terms_are_whole_words() -> None:
    """'Rechnung' asks for an invoice; 'Rechnungsadresse' (billing address) does not."""
    asked = read_notice("Amazon.de\nBitte prüfen Sie Ihre Rechnungsadresse und Ihr Konto.")
    assert "invoices" not in asked.requests
    assert "invoices" in read_notice("Amazon.de\nBitte senden Sie uns die Rechnung.").requests


def test_ids_and_numbers_are_never_glossed() -> None:
    text = "Bestellnummer 302-4415023-6672918, ASIN B0C7K2M4QZ, 6,8 % in 17 Tagen"
    glossed = languages.gloss(text, "de")
    for kept in ("302-4415023-6672918", "B0C7K2M4QZ", "6,8 %", "17"):
        assert kept in glossed


def test_the_subject_is_kept_as_the_notice_wrote_it() -> None:
    facts = read_notice(
        "Betreff: Ihre Verspätete Versandrate\nDatum: 04.11.2026\n\nAmazon.de: Ihre Verspätete "
        "Versandrate liegt bei 6,8 %. Bitte senden Sie uns einen Maßnahmenplan."
    )
    assert facts.subject == "Ihre Verspätete Versandrate"
    assert facts.reasons == ["amazon.late_shipment_rate"]


def test_a_rejection_in_each_language() -> None:
    for text in (
        "Amazon.de: Ihr Einspruch wurde abgelehnt. Wir haben Ihren Maßnahmenplan geprüft.",
        "Amazon.fr : votre appel a été refusé, il ne contient pas suffisamment d'informations.",
        "Amazon.it: il tuo ricorso è stato respinto e non possiamo riattivare il tuo account.",
        "Amazon.es: tu apelación ha sido rechazada y no podemos reactivar tu cuenta.",
        "Amazon.co.jp：お客様の異議申し立ては却下されました。アカウントを再開できません。",
    ):
        facts = read_notice(text)
        assert facts.is_rejection and facts.attempt == 2, text


def test_the_case_and_the_report_say_the_language() -> None:
    notice = LANGUAGES / "dev-13-ja-deactivation-multi.txt"
    text = notice.read_text(encoding="utf-8")
    facts = read_notice(text)
    skeleton = case_skeleton(facts, text)
    assert skeleton["notice"]["language"] == "ja"
    assert skeleton["region"] == "co.jp"
    assert skeleton["notice"]["subject"].startswith("Amazon.co.jpでの")  # as written
    assert "Language: Japanese" in describe(facts, load_library())
    assert "Language:" not in describe(NoticeFacts(marketplace="amazon"), load_library())


def test_json_and_a_case_file_carry_the_language(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from poa.casefile import open_case

    notice = LANGUAGES / "dev-01-de-late-shipment.txt"
    assert main(["notice", str(notice), "--format", "json"]) == EXIT_OK
    assert json.loads(capsys.readouterr().out)["language"] == "de"
    case = tmp_path / "case.yaml"
    assert main(["notice", str(notice), "-o", str(case)]) == EXIT_OK
    assert open_case(case).data["notice"]["language"] == "de"


def test_a_long_paste_in_another_language_is_read_in_one_pass() -> None:
    """Glossing is a pass of RE2 per step (measured: 2.3 s for 512 KB of German, 10 s for
    2 MB; make bench's scaling check holds it), far inside this guard for 256 KB."""
    from tests.test_linear_time import hang_guard

    for unit in (
        "Verspätete Versandrate 4,5 % innerhalb von 17 Tagen bis zum 4. November 2026 ",
        "出荷遅延率は6.2%（目標：4%未満）2026年11月4日までに17日以内に改善計画書 ",
    ):
        with hang_guard(60):
            facts = read_notice(unit * (256 * 1024 // len(unit.encode("utf-8"))))
        assert facts.metrics[0] == (
            {"metric": "late_shipment_rate", "value": 4.5}
            if "V" in unit
            else {"metric": "late_shipment_rate", "value": 6.2, "target": 4.0}  # its stated target
        )
