"""Record content: one validated shape for forms, imports, revisions and hashes."""

from __future__ import annotations

import copy
import hashlib
import uuid
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.core import vocab
from desktop_app.core.content import (
    MODEL_OF_KIND,
    canonical_json,
    content_hash,
    kind_of,
    to_content,
)
from desktop_app.core.errors import InvalidInput
from desktop_app.core.record_validation import apply_content, read_id

ACT_TYPES = set(vocab.ACT_TYPES)
ID = str(uuid.UUID(int=1))
OTHER = str(uuid.UUID(int=2))

FULL: dict[str, dict[str, Any]] = {
    "case": {
        "id": ID,
        "reference": "KG-2010-0007",
        "title": "Detention in Osh",
        "summary": "S",
        "status": "closed",
        "country": "KG",
        "region": "Osh oblast",
        "place": "Osh",
        "start_date": "2010-06",
        "end_date": "2011",
        "violation_types": ["torture"],
        "tags": ["june-2010"],
        "sensitivity": "restricted",
    },
    "person": {
        "id": ID,
        "name": "Азимжан Аскаров",
        "other_names": ["Azimzhan Askarov"],
        "sex": "male",
        "birth_date": "1951",
        "ethnicity": "Uzbek",
        "nationality": "KG",
        "occupation": "journalist",
        "contact": "",
        "notes": "",
        "protected": True,
        "pseudonym": "Witness A",
    },
    "case_party": {"id": ID, "case": OTHER, "person": OTHER, "role": "lawyer"},
    "testimony": {
        "id": ID,
        "case": OTHER,
        "witness": None,
        "interviewer": "N. R.",
        "date": "2010-07-01",
        "time": "09:05",
        "place": "Bishkek",
        "language": "ru",
        "interpreter": "",
        "consent": {"given": True, "scope": ["reports", "partners"], "anonymise": False},
        "narrative": "Text\nwith lines",
        "summary": "",
        "translations": {"en": "Text"},
        "status": "verified",
        "sensitivity": "confidential",
    },
    "event": {
        "id": ID,
        "case": OTHER,
        "date": "2010-06-11",
        "place": "Osh",
        "act_type": "killing",
        "description": "D",
        "victims": [OTHER],
        "perpetrators": [],
        "institutions": ["Police"],
        "sources": [OTHER],
    },
    "attachment": {
        "id": ID,
        "owner_kind": "testimony",
        "owner": OTHER,
        "file_name": "photo.jpg",
        "media_type": "image/jpeg",
        "size": 12,
        "sha256": "a" * 64,
        "captured_at": "",
        "received_at": "2024-01-01T00:00:00Z",
        "note": "",
    },
}


def _record(kind: str, data: dict[str, Any]) -> Any:
    record: Any = MODEL_OF_KIND[kind]()
    apply_content(record, data, ACT_TYPES)
    record.id = uuid.UUID(data["id"])
    return record


@pytest.mark.parametrize("kind", list(FULL))
def test_content_round_trips_every_field(kind: str) -> None:
    record = _record(kind, FULL[kind])
    assert kind_of(record) == kind
    assert to_content(record) == FULL[kind]


@pytest.mark.parametrize("kind", ["case", "person", "case_party", "testimony", "event"])
def test_missing_optional_fields_take_defaults(kind: str) -> None:
    required = {
        "case": {"reference": "R", "title": "T"},
        "person": {"name": "N"},
        "case_party": {"case": OTHER, "person": OTHER},
        "testimony": {"case": OTHER},
        "event": {"case": OTHER, "act_type": "other"},
    }[kind]
    content = to_content(_record(kind, {"id": ID, **required}))
    assert set(content) == set(FULL[kind])
    defaults = {"case": ("status", "open"), "testimony": ("status", "draft")}
    if kind in defaults:
        field, value = defaults[kind]
        assert content[field] == value


def test_hash_is_stable_and_sees_every_change() -> None:
    content = to_content(_record("testimony", FULL["testimony"]))
    assert content_hash(content) == content_hash(copy.deepcopy(content))
    assert content_hash(content) == content_hash(dict(reversed(list(content.items()))))
    changed = content | {"narrative": content["narrative"] + " "}
    assert content_hash(changed) != content_hash(content)
    assert canonical_json({"b": "ў", "a": 1}) == '{"a":1,"b":"ў"}'.encode()


@given(st.integers(0, 6000), st.sampled_from(["a", "ж", "ў", "𝄞"]), st.text(max_size=20))
def test_hash_is_the_sha256_of_the_whole_canonical_json(length: int, char: str, tail: str) -> None:
    # content_hash hashes in pieces under 2 KiB (to keep the interpreter lock); the stored
    # hashes must stay exactly those of the whole canonical JSON, across piece boundaries.
    content = {"id": ID, "narrative": char * length + tail}
    whole = hashlib.sha256(canonical_json(content)).hexdigest()
    assert content_hash(content) == whole


def test_text_fields_keep_exact_unicode() -> None:
    name = "Oʻgʻiloy Ҷӯрабекова\u00a0— “quoted”"
    notes = f"{name}\ttab"  # a one-line field refuses a tab, a multi-line one keeps it
    record = _record("person", {"id": ID, "name": name, "notes": notes})
    assert (record.name, record.notes) == (name, notes)


@pytest.mark.parametrize(
    ("kind", "change", "message"),
    [
        ("case", {"title": None}, "title: is required"),
        ("case", {"reference": "   "}, "reference: must not be empty"),
        ("case", {"summary": ["a"]}, "summary: must be text"),
        ("case", {"status": "OPEN"}, "status: 'OPEN' is not one of"),
        ("case", {"country": "KGZ"}, "is not an ISO 3166 two-letter code"),
        ("case", {"country": "К1"}, "is not an ISO 3166 two-letter code"),
        ("case", {"violation_types": ["torture", 1]}, "violation_types: must be a list of text"),
        ("case", {"violation_types": ["flogging"]}, "unknown act type 'flogging'"),
        ("case", {"start_date": "2011", "end_date": "2010-12"}, "end_date: is before"),
        ("person", {"sex": "M"}, "sex: 'M' is not one of"),
        ("person", {"protected": 1}, "protected: must be true or false"),
        ("person", {"birth_date": "1951-02-29"}, "birth_date: '1951-02-29': no such day"),
        ("case", {"start_date": 2010}, "start_date: must be text"),
        ("case", {"reference": "X-1\nFAKE-LINE"}, "reference: must not contain control"),
        ("case", {"reference": "X-1\u200b"}, "reference: must not contain control"),
        ("case", {"reference": "X-\u202e1"}, "reference: must not contain control"),
        ("case", {"reference": "K" * 65}, "reference: must be at most 64 characters"),
        ("case_party", {"role": "judge"}, "role: 'judge' is not one of"),
        ("case_party", {"case": "KG-2010-0007"}, "case: must be a UUID"),
        ("case_party", {"person": None}, "person: must be a UUID"),
        ("testimony", {"time": "9:05"}, "time: use HH:MM"),
        ("testimony", {"time": "25:00"}, "time: use HH:MM"),
        ("testimony", {"time": "12:61"}, "time: use HH:MM"),
        ("testimony", {"time": "１２:３０"}, "time: use HH:MM"),
        ("testimony", {"consent": {"given": "yes"}}, "given: must be true or false"),
        (
            "testimony",
            {"consent": {"scope": ["everything"]}},
            "unknown scope 'everything', not one of reports, partners, publish, anonymised_only",
        ),
        ("testimony", {"translations": {"en": 1}}, "translations: must map language codes"),
        ("testimony", {"translations": ["en"]}, "translations: must map language codes"),
        ("testimony", {"witness": 7}, "witness: must be a UUID"),
        ("event", {"act_type": ""}, "act_type: must not be empty"),
        ("event", {"act_type": "Torture"}, "unknown act type 'Torture'"),
        ("event", {"victims": ["Askarov"]}, "victims: must be a list of UUIDs"),
        ("event", {"sources": OTHER}, "sources: must be a list of text"),
        ("testimony", {"narrative": "a\ud800b"}, "narrative: is not valid Unicode text"),
        ("person", {"other_names": ["\udfff"]}, "other_names: is not valid Unicode text"),
        ("testimony", {"translations": {"ru": "\ud83d"}}, "translations: is not valid Unicode"),
        (
            "testimony",
            {"translations": {"ru\u202e\u0007": "x"}},
            r"translations: 'ru\u202e\x07' is not a language code",
        ),
        ("testimony", {"translations": {"русский": "x"}}, "is not a language code"),
        ("testimony", {"translations": {"": "x"}}, "is not a language code"),
        ("testimony", {"translations": {"ru ": "x"}}, "is not a language code"),
        ("testimony", {"translations": {"en-" + "a" * 40: "x"}}, "is not a language code"),
        (
            "testimony",
            {"translations": {f"q{chr(97 + n)}": "x" for n in range(21)}},
            "translations: must hold at most 20 languages",
        ),
        ("attachment", {"sha256": "xyz"}, "sha256: must be 64 hex digits"),
        ("attachment", {"size": -1}, "size: must be a non-negative integer"),
        ("attachment", {"size": True}, "size: must be a non-negative integer"),
        ("attachment", {"owner_kind": "attachment"}, "owner_kind:"),
    ],
)
def test_invalid_content_names_record_and_field(
    kind: str, change: dict[str, Any], message: str
) -> None:
    with pytest.raises(InvalidInput) as caught:
        _record(kind, FULL[kind] | change)
    assert str(caught.value).startswith(f"{kind} {ID}: ")
    assert str(caught.value).count(f"{kind} {ID}") == 1  # named once, not once per layer
    assert message in str(caught.value)


def test_failed_validation_leaves_the_record_untouched() -> None:
    record = _record("case", FULL["case"])
    before = to_content(record)
    with pytest.raises(InvalidInput):
        apply_content(record, FULL["case"] | {"title": "New", "status": "bogus"}, ACT_TYPES)
    assert to_content(record) == before


def test_text_too_long_is_refused() -> None:
    with pytest.raises(InvalidInput, match="narrative: is too long"):
        _record("testimony", FULL["testimony"] | {"narrative": "x" * 10_000_001})


def test_a_translation_is_limited_like_the_narrative() -> None:
    translations = {"en": "x" * 10_000_000, "ru": "ж" * 10_000_001}
    with pytest.raises(InvalidInput, match="translations: the ru text is too long"):
        _record("testimony", FULL["testimony"] | {"translations": translations})


def test_twenty_translations_with_language_codes_are_kept() -> None:
    codes = ["uz", "uz-Cyrl", "kaa", "en_GB", "zh-Hant-TW", "ru", "tg", "ky", "kk", "tk"]
    codes += [f"q{chr(97 + n)}" for n in range(20 - len(codes))]
    translations = {code: f"Text in {code}" for code in codes}
    record = _record("testimony", FULL["testimony"] | {"translations": translations})
    assert record.translations == translations


def test_case_reference_and_country_are_tidied() -> None:
    record = _record("case", FULL["case"] | {"reference": " KG-1 ", "country": " kg "})
    assert (record.reference, record.country) == ("KG-1", "KG")


def test_uuids_are_stored_in_canonical_form() -> None:
    upper = str(uuid.UUID(int=2)).upper()
    record = _record("event", FULL["event"] | {"victims": [upper], "case": upper})
    assert record.victims == [OTHER]
    assert str(record.case_id) == OTHER


def test_read_id_explains_a_bad_id() -> None:
    assert str(read_id("case", {"id": ID})) == ID
    with pytest.raises(InvalidInput, match="case 12: id: must be a UUID"):
        read_id("case", {"id": "12"})
    with pytest.raises(InvalidInput, match="case: expected an object, got list"):
        read_id("case", [])


def test_every_model_has_a_kind() -> None:
    names = {model.__name__ for model in MODEL_OF_KIND.values()}
    assert names == {"Case", "Person", "CaseParty", "Testimony", "Event", "Attachment"}
    assert tuple(MODEL_OF_KIND) == vocab.RECORD_KINDS
