"""Text a template addresses to the person filling it, recognised by its shape: an order about
the document, a choice nobody made, a note to a role, marks around a field's name, a missing
value, a hidden comment, a banner about the draft, a legend of the template's marks, a post's
call to its followers, a field's name in parentheses where its value goes, a choice left with
its order to choose, a note in comment marks to a colleague, a line crediting or licensing the
template, a named tip, a reviewer's bracketed comment, a word processor's field error, a
chatbot talking to the seller it wrote for. And a plan's own sentences never are."""

from __future__ import annotations

import pytest

from poa.review.residue import residue

LEFT_OVER = {
    "an order about the document": ">> Keep this part under 300 words, the team skims.",
    "an order to the reader": "Attach your invoices here if you still have them!",
    "an order in parentheses": "Tracking uploaded: (Paste from the shipping report)",
    "several orders in parentheses": "(At least two lines. Name the person in charge.)",
    "an example to copy": "e.g. “We missed the cut-off because the label printer jammed.”",
    "a choice nobody made": "Complaint type: Trademark / Copyright / Patent",
    "a yes or no": "Buyer contacted: Yes / No",
    "a choice in parentheses": "(choose one: refund / replacement / repair)",
    "percent marks": "We refunded %%N%% buyers.",
    "hash marks": "Affected orders: ##ORDER LIST##",
    "double angles": "Receipt <<Receipt no.>> was refunded.",
    "double parentheses": "((OPTIONAL)) Add a line about the supplier.",
    "a spreadsheet error": "Late shipment rate: #N/A",
    "a lone question mark run": "Carrier used: ??",
    "a hidden comment": "<!-- agency note: remove before sending -->",
    "a banner": "Northway Appeals | draft 3 | client: Lark Home | status: waiting for invoices",
    "how to use the template": "How to use this form: grey fields are yours to fill in.",
    "a legend of marks": "Answers go in [square brackets]; tips marked HINT, extras marked EXTRA.",
    "a call for followers": "⭐ subscribe for more appeal walkthroughs every Tuesday",
    "a promise to a follower": "drop a 🔥 below and I will DM you the Etsy version",
    "a field's name after a preposition": "The buyer can reach our team at (phone number).",
    "a field's name as a value": "Date the listing came down: (date)",
    "a title with a remark": "Walmart Suspension Appeal Template (free, updated weekly)",
    "a choice with its order": "Refund method: store credit / card refund / gift card (pick one)",
    "a choice with its order in a sentence": "We rebooked them with Evri / DPD (select one).",
    "a one-word order to choose": "Carrier: Royal Mail / Parcelforce (choose)",
    "a comment to a colleague": "// Priya - ask the warehouse for the pallet count first",
    "a comment to a role": "/* OPS: confirm the refund total with finance */",
    "a comment to a handle": "// @dana the invoice dates still look wrong to me",
    "a template's credit": "Letter kit by Fernbrook Seller Studio",
    "a template's maker": "Template from Oakum Appeals - download more templates at oakum.example",
    "an advert for more": "Want another one? Grab more free templates at kitwell.example/poa",
    "a copyright line": "© 2025 Dunmore Seller Academy. For enrolled members; do not forward.",
    "a copyright word": "Copyright 2026 Ledger & Lane Training, all rights reserved",
    "a named tip": "Priya's tip: lead with the numbers, reviewers skim.",
    "a named hint": "Tomasz’s hint: keep each fix to one line with its date.",
    "a reviewer's comment": "[QUERY – Finance, TK] Is the refund total net of fees?",
    "a reviewer's comment quoted": "> [EDIT - Brand lead, AvH] Soften the second sentence.",
    "a word processor's merge error": "Owner: Error! MergeField was not found in header record.",
    "a word processor's reference error": "as shown in Error! Reference source not found.",
    "a chatbot handing the plan over": "Sure! Here's a draft appeal you can send to Amazon.",
    "a chatbot's plan for the seller": "Below is a letter for your Walmart account suspension.",
    "a chatbot's offer": "Would you like me to make it shorter or more formal?",
    "a chatbot's offer to tailor": "Shall I tailor this version to a counterfeit complaint?",
    "a chatbot's permission": "Feel free to adjust the tone and the bracketed dates.",
    "a chatbot's reminder": "Be sure to customise the placeholders with your own details.",
    "a chatbot's closing offer": "Let me know if you'd like a shorter version for the form.",
}
KEPT = {
    "a timeline below": "Below is the timeline of our fixes, with the date of each.",
    "a solo seller's plan below": "Here is my plan of action for your review.",
    "a plan for the reviewer": "Below is the plan of action you requested on 3 May.",
    "a seller's offer to the marketplace": "Would you like us to send the invoices?",
    "a solo seller's offer": "Would you like me to send the supplier invoices as well?",
    "a seller asking for more": "Please let me know if you need any further documents.",
    "a seller free to be reached": "Feel free to contact me about any of the orders.",
    "a preventive step written as an order": "Check the late-dispatch report at 10:00 every day.",
    "a heading with a colon": "Change control for feeds and templates: every change is tested.",
    "a noun that looks like a verb": "List of the 62 cancelled orders, with their causes.",
    "a sentence that wraps": "and the review will\nbe repeated in June.",
    "a form's question": "Do you use a third-party warehouse?",
    "an example that is a value": "Example: 577096613820459938.",
    "a Markdown heading": "## Root cause ##",
    "a seller's sentence with you": "We thank you for reviewing our plan.",
    "a real either-or": "Our carriers: Royal Mail / DPD handle all parcels since May.",
    "a table row": "| Late shipment rate | 6.1% | 2.3% | internal draft target 1% |",
    "a question in a sentence": "Why did it happen?? Our label printer failed.",
    "see": "(see Exhibit 2)",
    "an e-mail address in parentheses": "Contact us by email (support@lakeside-goods.com).",
    "an exhibit in parentheses": "The signed supplier letter is attached (see Exhibit 3).",
    "a checklist with a name": "We follow a checklist marked 'Shipping' before every pickup.",
    "parcels marked in capitals": "Parcels marked FRAGILE, boxes marked EXPRESS go first.",
    "how to use the product": "How to use: the new leaflet shows the wand held 5 cm away.",
    "an order to follow up": "Follow up with every buyer whose parcel is late by a day.",
    "a plan speaking to the reviewer": "Share with me any order you still see as late.",
    "a field's name after a noun": "Each parcel label now shows the order (number) in bold.",
    "a unit in parentheses": "Orders were checked by weight (grams) before packing.",
    "our shipping template": "We corrected the shipping template (handling time 2 days).",
    "carriers chosen by weight": "We ship with UPS / FedEx depending on weight.",
    "an order in parentheses that picks nothing": "Late/on time counts (keep both in the log).",
    "a link before an order": "Form: https://example.com/appeal/new (select the one that applies)",
    "a comment mark alone": "// end",
    "a divider of comment marks": "// Root cause //",
    "a numbered step after comment marks": "// Step 2 - refunds",
    "a date with slashes": "Refunded on 04/05/2026 (see the payout report).",
    "a copyright sign inside a sentence": "We attach the photos, see Appendix A (c) 2026 photos.",
    "our own template": "Template by our packing lead, now pinned at every bench.",
    "a tip in the seller's voice": "Dana's tip: we wrap every glass lid before the jar.",
    "a tip line in a process": "Tip: our packers weigh each box twice, and we log it.",
    "a bracketed exhibit": "[Exhibit B] The carrier's scan report for 12 May.",
    "a bracket with a count": "[Step 2 - refunds, 14] all sent on 3 May.",
    "an error in prose": "Error! That was the message our label printer showed.",
    "templates in a sentence": "We downloaded the new shipping templates at 9 am.",
}


@pytest.mark.parametrize("text", list(LEFT_OVER.values()), ids=list(LEFT_OVER))
def test_text_for_the_person_filling_a_template_is_found(text: str) -> None:
    assert list(residue(text)), text


@pytest.mark.parametrize("text", list(KEPT.values()), ids=list(KEPT))
def test_a_plans_own_text_is_not_taken_for_template_text(text: str) -> None:
    assert [text[a:b] for a, b in residue(text)] == []


def test_a_span_is_the_part_left_over_not_the_whole_line() -> None:
    text = "Complaint type: Trademark / Copyright\nWe refunded %%N%% buyers."
    assert [text[a:b] for a, b in residue(text)] == ["%%N%%", "Trademark / Copyright"]
