"""Issue 16, the twenty-fifth set's classes: a policy or metric named beside the cited one
is not cited when the notice says so (in its own language, a passive "no problem of this
kind was found", "not a complaint about X but about Y", a figure said to meet its target
with an adverb between; metrics said to be "both fine"), what a policy covers or a law is
for, and a line of history labelled "Resolved:"."""

from __future__ import annotations

from poa.notice import languages
from tests.notice_eval import reasons


def glossed(text: str, language: str, marketplace: str) -> list[str]:
    return reasons(languages.gloss(text, language), marketplace)


def test_an_italian_passive_finding_of_no_problem_denies_the_neighbouring_rights() -> None:
    text = (
        "Abbiamo rimosso le offerte perché un titolare dei diritti segnala che violano un "
        "brevetto. Non è stato rilevato alcun problema di copyright relativo a queste offerte."
    )
    assert glossed(text, "it", "amazon") == ["amazon.ip_patent"]


def test_the_italian_passive_denial_is_in_the_gloss_but_a_finding_is_not() -> None:
    denial = languages.gloss("Non è stata riscontrata alcuna violazione.", "it")
    assert "we did not find any" in denial.lower()
    finding = languages.gloss("È stata riscontrata una violazione.", "it")
    assert "we did not find any" not in finding.lower()


def test_a_japanese_not_about_x_but_about_y_denies_x() -> None:
    text = (
        "お客様のアカウントは、新品として販売された商品が実際には中古品であったという"
        "コンディションに関する苦情により停止されています。"
        "なお、本件は商品の authenticity に関する complaint ではなく、"
        "コンディションに関する苦情によるものです。"
    )
    assert "amazon.inauthentic" not in glossed(text, "ja", "amazon")


def test_a_french_figure_that_currently_meets_its_target_is_fine() -> None:
    said = languages.gloss("Votre taux respecte actuellement l'objectif de 95 %.", "fr")
    assert "meets the target" in said
    missed = languages.gloss("Votre taux ne respecte toujours pas l'objectif.", "fr")
    assert "meets the target" not in missed


def test_an_italian_figure_that_is_in_line_with_its_target_is_fine() -> None:
    said = languages.gloss(
        "Il tasso di difettosità degli ordini è invece conforme all'obiettivo.", "it"
    )
    assert "meet the target" in said
    missed = languages.gloss("Il tasso non è conforme all'obiettivo.", "it")
    assert "meet the target" not in missed


def test_a_french_digest_with_one_metric_short_and_one_meeting_its_target() -> None:
    text = (
        "Votre taux de retard d'expédition dépasse l'objectif de 4 %. "
        "Votre taux de suivi valide respecte actuellement l'objectif de 95 %."
    )
    assert glossed(text, "fr", "amazon") == ["amazon.late_shipment_rate"]


def test_what_a_policy_covers_is_not_what_was_broken() -> None:
    text = (
        "We removed your listings because a rights owner reported a trademark infringement. "
        "Please note that our intellectual property policies cover copyright and patents as "
        "well as trademarks."
    )
    assert reasons(text, "amazon") == ["amazon.ip_trademark"]


def test_a_policys_reach_with_a_breach_in_its_sentence_still_counts() -> None:
    text = "Your listing was removed because it infringes a patent our policy covers."
    assert reasons(text, "amazon") == ["amazon.ip_patent"]


def test_a_german_policys_reach_with_its_verb_last() -> None:
    text = (
        "Wir haben Ihre Angebote entfernt, da ein Rechteinhaber eine trademark infringement "
        "gemeldet hat. Bitte beachten Sie, dass unsere Richtlinien neben Marken auch "
        "copyright und patent umfassen."
    )
    assert glossed(text, "de", "amazon") == ["amazon.ip_trademark"]


def test_a_history_line_labelled_resolved_is_not_cited() -> None:
    text = (
        "We reviewed your shop because of recent low reviews.\n\n"
        "Your shop's history:\n"
        "  - March 2026: on-time shipping with tracking below standard. Resolved: back "
        "within the standard in May.\n"
        "  - August 2026: 12 reviews of 1 or 2 stars out of 80.\n"
    )
    assert "etsy.on_time_shipping" not in reasons(text, "etsy")


def test_a_resolved_label_drops_its_own_line_and_no_other() -> None:
    text = (
        "Your listing violates our product detail page rules.\n"
        "Resolved: an older late shipment warning (closed in May).\n"
    )
    assert reasons(text, "amazon") == ["amazon.listing_policy"]


def test_what_a_law_is_designed_to_deter_is_not_what_the_seller_did() -> None:
    text = (
        "Your account information is not yet verified under the INFORM Consumers Act. "
        "The law is designed to deter the sale of stolen and counterfeit goods."
    )
    assert "amazon.inauthentic" not in reasons(text, "amazon")


def test_a_purpose_in_a_sentence_that_breaks_something_still_counts() -> None:
    text = (
        "We suspended your account for selling counterfeit goods, a rule designed to "
        "protect buyers from fakes."
    )
    assert "amazon.inauthentic" in reasons(text, "amazon")


def test_two_metrics_said_to_be_both_fine_are_not_cited() -> None:
    text = (
        "Your account has a selling restriction because 3 of your cases were closed without "
        "seller resolution. Your transaction defect rate and late shipment rate are both fine."
    )
    assert reasons(text, "ebay") == ["ebay.cases_closed_without_resolution"]
