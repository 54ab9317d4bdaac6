"""Media types are named by kind for people; a type not known keeps no made-up name."""

from __future__ import annotations

import pytest

from desktop_app.core.media_kinds import media_kind


@pytest.mark.parametrize(
    ("media_type", "kind"),
    [
        ("application/pdf", "pdf"),
        ("IMAGE/JPEG", "jpeg"),
        ("text/plain; charset=utf-8", "text"),
        ("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "document"),
        ("image/x-canon-cr2", "image"),  # a photo of a kind with no name of its own
        ("audio/ogg", "audio"),
        ("application/octet-stream", None),
        ("image", None),
        ("", None),
    ],
)
def test_a_media_type_is_named_by_its_kind_or_not_at_all(media_type: str, kind: str | None) -> None:
    assert media_kind(media_type) == kind
