"""What kind of file a media type is, as people name it: a "PDF document", not "application/pdf".

The app (``desktop_app.ui.media_kind_names``) and a dossier (``Labels.media_kinds``) name a kind
in their own language from the code given here. A type with no code is shown as it is stored:
a made-up name would hide what the file really is.
"""

from __future__ import annotations

from typing import Final

# Kind codes, in the order translators meet them.
MEDIA_KINDS: Final = (
    "pdf",
    "jpeg",
    "png",
    "gif",
    "webp",
    "tiff",
    "heic",
    "image",
    "audio",
    "video",
    "text",
    "document",
    "spreadsheet",
    "presentation",
    "archive",
    "email",
    "web_page",
)

_EXACT: Final = {
    "application/pdf": "pdf",
    "image/jpeg": "jpeg",
    "image/pjpeg": "jpeg",
    "image/png": "png",
    "image/gif": "gif",
    "image/webp": "webp",
    "image/tiff": "tiff",
    "image/heic": "heic",
    "image/heif": "heic",
    "text/plain": "text",
    "text/markdown": "text",
    "application/rtf": "document",
    "text/rtf": "document",
    "application/msword": "document",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "document",
    "application/vnd.oasis.opendocument.text": "document",
    "application/vnd.ms-excel": "spreadsheet",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": "spreadsheet",
    "application/vnd.oasis.opendocument.spreadsheet": "spreadsheet",
    "text/csv": "spreadsheet",
    "application/vnd.ms-powerpoint": "presentation",
    "application/vnd.openxmlformats-officedocument.presentationml.presentation": "presentation",
    "application/vnd.oasis.opendocument.presentation": "presentation",
    "application/zip": "archive",
    "application/x-zip-compressed": "archive",
    "application/x-7z-compressed": "archive",
    "application/x-rar-compressed": "archive",
    "application/vnd.rar": "archive",
    "application/x-tar": "archive",
    "application/gzip": "archive",
    "message/rfc822": "email",
    "text/html": "web_page",
    "application/xhtml+xml": "web_page",
}
_FAMILIES: Final = {"image": "image", "audio": "audio", "video": "video"}


def media_kind(media_type: str) -> str | None:
    """The kind code of a media type ("image/jpeg" -> "jpeg"), or None for one not known."""
    essence = media_type.split(";", 1)[0].strip().lower()  # "text/plain; charset=utf-8"
    if essence in _EXACT:
        return _EXACT[essence]
    family, _, subtype = essence.partition("/")
    return _FAMILIES.get(family) if subtype else None
