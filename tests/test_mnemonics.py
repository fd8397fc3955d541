"""Alt+letters for long forms (issue 40): every label gets a key when there are keys enough."""

from __future__ import annotations

import string

from desktop.widgets.mnemonics import mnemonic, with_mnemonics, without_mnemonic


def test_a_matching_serves_a_label_a_greedy_choice_would_leave_without():
    # first come, first served: "Ab" takes a, "Bc" takes b, the second "Ab" finds none left
    # though "Bc" could have taken c
    texts = with_mnemonics(["Ab", "Bc", "Ab"], set())
    keys = [mnemonic(text) for text in texts]
    assert None not in keys and len(set(keys)) == 3, texts


def test_the_french_call_window_s_labels_all_get_a_key_when_few_are_left():
    labels = ["Tiers", "Contact", "Opportunité", "Activité", "Durée (minutes)", "Rappel avant",
              "Unité", "Organisateur", "Objet", "Date", "Statut", "Priorité"]
    used = set(string.ascii_lowercase) - set("tcopaduronbsiy")  # the menu bar's and buttons'
    before = set(used)
    texts = with_mnemonics(labels, used)
    keys = [mnemonic(text) for text in texts]
    assert None not in keys, texts
    assert len(set(keys)) == len(keys) and not set(keys) & before
    assert [text.replace("&", "", 1) for text in texts] == labels


def test_a_word_s_first_letter_is_kept_where_it_is_free():
    assert with_mnemonics(["Tiers", "Date"], set()) == ["&Tiers", "&Date"]


def test_a_text_with_no_free_letter_gets_a_free_key_appended():
    # "Unité" holds u, n, i, t, e and "Durée" d, u, r, e: all taken, so each gets the first
    # free key, in parentheses
    used = set("uniter" + "abcdfgh")
    assert with_mnemonics(["Unité", "Durée :"], used) == ["Unité (&J)", "Durée (&K) :"]
    assert {"j", "k"} <= used


def test_the_appended_keys_run_to_the_digits_and_then_stop():
    used = set(string.ascii_lowercase) | set("012345678")
    assert with_mnemonics(["Ab", "Cd"], used) == ["Ab (&9)", "Cd"]  # never a key twice


def test_the_spoken_text_has_no_appended_key_nor_ampersand():
    assert without_mnemonic("Unité (&K)") == "Unité"
    assert without_mnemonic("Durée (minutes) (&7)") == "Durée (minutes)"
    assert without_mnemonic("R&&D &Tiers") == "R&D Tiers"
