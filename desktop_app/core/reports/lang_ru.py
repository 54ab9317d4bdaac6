"""Russian strings of a dossier.

Translators: keep the {placeholders} and the <font> markup.
"""

from __future__ import annotations

from desktop_app.core.reports.labels import Labels

_RU_MONTHS = (
    "январь", "февраль", "март", "апрель", "май", "июнь",
    "июль", "август", "сентябрь", "октябрь", "ноябрь", "декабрь",
)  # fmt: skip
_RU_DAY_MONTHS = (
    "января", "февраля", "марта", "апреля", "мая", "июня",
    "июля", "августа", "сентября", "октября", "ноября", "декабря",
)  # fmt: skip


def _ru_plural_form(n: int) -> int:
    """0 for 1, 21, 101 байт; 1 for 2-4, 22 байта; 2 for 5-20, 25 байт (CLDR's one/few/many)."""
    if n % 10 == 1 and n % 100 != 11:
        return 0
    if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
        return 1
    return 2


LABELS = Labels(
    text={
        "contents": "Содержание",
        "case_heading": "Дело {reference}: {title}",
        "case_summary": "Краткое описание дела",
        "violation_types": "Виды нарушений",
        "timeline": "Хронология событий",
        "people": "Лица",
        "testimonies": "Свидетельские показания",
        "attachments": "Приложения",
        "how_to_verify": "Как проверить приложения",
        "dossier_of_cases": "Досье по делам ({n})",
        "and_more": "и ещё {n}",
        "reference": "Номер",
        "references": "Номера",
        "title": "Название",
        "status": "Статус",
        "country": "Страна",
        "region": "Регион",
        "place": "Место",
        "period": "Период",
        "period_since": "с {date}",
        "period_until": "до {date}",
        "sensitivity": "Конфиденциальность",
        "tags": "Метки",
        "contains": "Содержит",
        "count_events": "событий: {n}",
        "count_testimonies": "показаний: {n}",
        "count_withheld": "не включено без согласия: {n}",
        "count_attachments": "приложений: {n}",
        "generated_at": "Создано",
        "generated_by": "Автор",
        "cases": "Дела",
        "redaction_on": "Защищённые лица во всём досье заменены псевдонимами; их контактные "
        "данные, даты рождения и другие сведения, позволяющие их опознать, опущены.",
        "redaction_off": "Обезличивание выключено: в досье указаны настоящие имена, кроме имён "
        "свидетелей, попросивших об анонимности.",
        "mode_full": "Включённые показания приведены полностью.",
        "mode_summary": "Приведены только краткие изложения показаний.",
        "page_x_of_y": "стр. {page} из {pages}",
        "no": "№",
        "date": "Дата",
        "act_type": "Деяние",
        "description": "Описание",
        "victims": "Пострадавшие",
        "perpetrators": "Предполагаемые виновные",
        "institutions": "Учреждения",
        "sources": "Источники",
        "date_day": "{day} {month} {year}",
        "date_month": "{month} {year}",
        "date_day_month": "{day} {month}",
        "date_year": "{year}",
        "date_time": "{date}, {time} UTC",
        "date_time_as_written": "{date}, {time}",
        "date_unknown": "дата неизвестна",
        "time_without_date": "дата неизвестна, время {time}",
        "undated_not_drawn": "События с неизвестной датой (есть в таблице, нет на схеме): {n}",
        "continued": "продолжение после таблицы (событие {n} полностью)",
        "event_in_full": "Событие {n} полностью",
        "cut_in_table": "дальше сокращено, всего знаков: {n}",
        "no_events": "По этому делу события не записаны.",
        "chart_caption": "Точки — события с известным днём; полосы охватывают месяц или год, "
        "до которого известна дата. Номера соответствуют таблице; у событий, слишком близких, "
        "чтобы подписать каждое, общая подпись с диапазоном номеров («3–7»).",
        "name": "Имя",
        "role": "Роль",
        "details": "Сведения",
        "born": "род. {date}",
        "also_known_as": "также {names}",
        "details_withheld": "сведения, позволяющие опознать, скрыты",
        "no_people": "С этим делом не связано ни одно лицо.",
        "testimony_n": "Показание {n}: {witness}",
        "unnamed_witness": "свидетель не указан",
        "witness": "Свидетель",
        "interviewer": "Интервьюер",
        "interpreter": "Переводчик",
        "language": "Язык",
        "consent": "Согласие",
        "consent_given": "дано на {scopes}",
        "consent_not_given": "не дано",
        "summary": "Краткое изложение",
        "narrative": "Текст показаний",
        "no_summary": "Краткое изложение не записано.",
        "translation": "Перевод ({language})",
        "withheld_testimonies": "Не включены показания, свидетель которых не дал согласия на "
        "«использование в отчётах» (одного согласия на «только анонимное использование» "
        "недостаточно): {n}",
        "no_testimonies": "Показания не включены.",
        "file_name": "Файл",
        "size": "Размер",
        "sha256": "SHA-256 оригинала",
        "attached_to": "Относится к",
        "no_attachments": "Приложений нет.",
        "figure": "Рисунок {n}: {name}",
        "figure_note": "Копия перекодирована для досье без метаданных (EXIF, GPS); указан "
        "SHA-256 оригинала.",
        "photos_withheld": "Фотографии не показаны ради защиты личности: {n}",
        "photo_unreadable": "{name}: фотографию не удалось показать.",
        "photo_too_large": "{name}: фотография слишком велика, чтобы её показать ({n} Мп).",
        "attachment_note": "Примечание",
        "captured_at": "Снято",
        "received_at": "Получен",
        "note_continued": "продолжение после таблицы (примечание к приложению {n} полностью)",
        "note_in_full": "Примечание к приложению {n} полностью",
        "witness_label": "Свидетель {letter}",
        "person_label": "Лицо {letter}",
        "name_withheld": "[имя скрыто]",
        "owner_case": "дело",
        "owner_event": "событие {n}",
        "owner_testimony": "показание {n}",
        "owner_person": "лицо: {name}",
        "subject": "Досье по делу",
        "subject_many": "Досье по делам",
    },
    months=_RU_MONTHS,
    day_months=_RU_DAY_MONTHS,
    roles={
        "victim": "Пострадавший",
        "witness": "Свидетель",
        "perpetrator": "Предполагаемый виновный",
        "source": "Источник",
        "lawyer": "Адвокат",
        "relative": "Родственник",
        "other": "Другое",
    },
    # As Russian human-rights reports write them; Свидетель, Источник, Адвокат serve a woman
    # too (Свидетельница, Адвокатесса read as colloquial).
    female_roles={
        "victim": "Пострадавшая",
        "perpetrator": "Предполагаемая виновная",
        "relative": "Родственница",
    },
    case_statuses={
        "open": "Открыто",
        "under_review": "На рассмотрении",
        "closed": "Закрыто",
        "archived": "В архиве",
    },
    testimony_statuses={"draft": "Черновик", "final": "Окончательное", "verified": "Проверено"},
    sensitivities={
        "normal": "Обычная",
        "confidential": "Конфиденциально",
        "restricted": "Ограниченный доступ",
    },
    markings={
        "normal": "КОНФИДЕНЦИАЛЬНОСТЬ: ОБЫЧНАЯ",
        "confidential": "КОНФИДЕНЦИАЛЬНО",
        "restricted": "ОГРАНИЧЕННЫЙ ДОСТУП",
    },
    sexes={
        "female": "женщина",
        "male": "мужчина",
        "other": "другой пол",
        "unknown": "пол неизвестен",
    },
    consent_scopes={
        "reports": "использование в отчётах",
        "partners": "передачу партнёрам",
        "publish": "публикацию",
        "anonymised_only": "только анонимное использование",
    },
    media_kinds={
        "pdf": "Документ PDF",
        "jpeg": "Изображение JPEG",
        "png": "Изображение PNG",
        "gif": "Изображение GIF",
        "webp": "Изображение WebP",
        "tiff": "Изображение TIFF",
        "heic": "Изображение HEIC",
        "image": "Изображение",
        "audio": "Аудиозапись",
        "video": "Видеозапись",
        "text": "Простой текст",
        "document": "Текстовый документ",
        "spreadsheet": "Электронная таблица",
        "presentation": "Презентация",
        "archive": "Архив",
        "email": "Электронное письмо",
        "web_page": "Веб-страница",
    },
    language_names={
        "en": "английский",
        "ru": "русский",
        "uz": "узбекский",
        "tg": "таджикский",
        "kk": "казахский",
        "ky": "киргизский",
        "tk": "туркменский",
        "kaa": "каракалпакский",
    },
    verify_appendix=(
        "Каждое приложение, указанное в досье, хранится в архиве точно в том виде, в каком "
        "было получено. При приёме был вычислен его хеш SHA-256 — отпечаток из 64 символов, "
        "который полностью меняется при изменении хотя бы одного байта файла. Этот хеш указан "
        "в таблицах приложений.",
        "Чтобы проверить полученную отдельно копию приложения, вычислите её SHA-256 и сравните "
        "со значением в таблице:",
        "Linux: <font name='{mono}'>sha256sum ФАЙЛ</font>",
        "macOS: <font name='{mono}'>shasum -a 256 ФАЙЛ</font>",
        "Windows (PowerShell): <font name='{mono}'>Get-FileHash ФАЙЛ -Algorithm SHA256</font>; "
        "или в командной строке: <font name='{mono}'>certutil -hashfile ФАЙЛ SHA256</font>",
        "Если совпадают все 64 символа (регистр букв не важен), ваш файл байт в байт совпадает "
        "с файлом, принятым в архив. Если нет — это не оригинал: файл изменён, пересохранён "
        "или повреждён по пути.",
        "Фотографии, показанные в досье как рисунки, — копии, перекодированные без метаданных "
        "(камера, время, координаты GPS), поэтому их хеш отличается от указанного. Для "
        "проверки запросите у отправителя оригинальный файл.",
    ),
    # As appendices are lettered (GOST 2.105): no З, О, Ч, read as digits, nor Ё, Й, read as
    # Е, И, nor Ъ, Ы, Ь, which begin no word.
    label_letters="АБВГДЕЖИКЛМНПРСТУФХЦШЩЭЮЯ",
    decimal_separator=",",
    digit_group_separator="\u00a0",  # no-break: see Labels
    size_units=("{n} КБ", "{n} МБ", "{n} ГБ", "{n} ТБ"),
    byte_counts=("{n} байт", "{n} байта", "{n} байт"),
    plural_form=_ru_plural_form,
)
