"""A file's kind as the interface names it ("PDF document"), from the code core gives its media
type; a type core does not know is shown as stored ("application/x-foo")."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desktop_app.core.media_kinds import media_kind

# By desktop_app.core.media_kinds code; a test checks that every code has its name.
MEDIA_KIND_NAMES: dict[str, str] = {
    "pdf": QT_TRANSLATE_NOOP("MediaKinds", "PDF document"),
    "jpeg": QT_TRANSLATE_NOOP("MediaKinds", "JPEG image"),
    "png": QT_TRANSLATE_NOOP("MediaKinds", "PNG image"),
    "gif": QT_TRANSLATE_NOOP("MediaKinds", "GIF image"),
    "webp": QT_TRANSLATE_NOOP("MediaKinds", "WebP image"),
    "tiff": QT_TRANSLATE_NOOP("MediaKinds", "TIFF image"),
    "heic": QT_TRANSLATE_NOOP("MediaKinds", "HEIC image"),
    "image": QT_TRANSLATE_NOOP("MediaKinds", "Image"),
    "audio": QT_TRANSLATE_NOOP("MediaKinds", "Audio recording"),
    "video": QT_TRANSLATE_NOOP("MediaKinds", "Video recording"),
    "text": QT_TRANSLATE_NOOP("MediaKinds", "Plain text"),
    "document": QT_TRANSLATE_NOOP("MediaKinds", "Text document"),
    "spreadsheet": QT_TRANSLATE_NOOP("MediaKinds", "Spreadsheet"),
    "presentation": QT_TRANSLATE_NOOP("MediaKinds", "Presentation"),
    "archive": QT_TRANSLATE_NOOP("MediaKinds", "Archive"),
    "email": QT_TRANSLATE_NOOP("MediaKinds", "Email message"),
    "web_page": QT_TRANSLATE_NOOP("MediaKinds", "Web page"),
}


def media_kind_name(media_type: str) -> str:
    """The kind of file a media type is, in the interface language; else the type itself."""
    code = media_kind(media_type)
    return QCoreApplication.translate("MediaKinds", MEDIA_KIND_NAMES[code]) if code else media_type
