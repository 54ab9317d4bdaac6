"""Uzbek strings of a dossier, in Latin script: ʻ is U+02BB (oʻ, gʻ), ʼ is U+02BC.

Translators: keep the {placeholders} and the <font> markup.
"""

from __future__ import annotations

from desktop_app.core.reports.labels import Labels

_UZ_MONTHS = (
    "yanvar", "fevral", "mart", "aprel", "may", "iyun",
    "iyul", "avgust", "sentabr", "oktabr", "noyabr", "dekabr",
)  # fmt: skip

LABELS = Labels(
    text={
        "contents": "Mundarija",
        # "-sonli" ("numbered") joins any reference, digits or letters last, as in court papers
        # ("10-1703-2301/45-sonli ish"); a bare "UZ-2023-0001 ish" reads unfinished.
        "case_heading": "{reference}-sonli ish: {title}",
        "case_summary": "Ish haqida qisqacha",
        "violation_types": "Huquqbuzarlik turlari",
        "timeline": "Voqealar xronologiyasi",
        "people": "Shaxslar",
        "testimonies": "Guvohlik koʻrsatmalari",
        "attachments": "Ilovalar",
        "how_to_verify": "Ilovalarni qanday tekshirish mumkin",
        "dossier_of_cases": "Ishlar boʻyicha dosye ({n})",
        "and_more": "va yana {n} ta",
        "reference": "Raqami",
        "references": "Raqamlari",
        "title": "Nomi",
        "status": "Holati",
        "country": "Mamlakat",
        "region": "Viloyat",
        "place": "Joy",
        "period": "Davr",
        "period_since": "{date}dan",  # the ablative: "2019-yildan"
        "period_until": "{date}gacha",  # the limitative: "2023-yil aprelgacha"
        "sensitivity": "Maxfiylik darajasi",
        "tags": "Teglar",
        "contains": "Tarkibi",
        "count_events": "voqealar: {n}",
        "count_testimonies": "koʻrsatmalar: {n}",
        "count_withheld": "roziliksiz kiritilmagan: {n}",
        "count_attachments": "ilovalar: {n}",
        "generated_at": "Yaratilgan vaqti",
        "generated_by": "Yaratgan",
        "cases": "Ishlar",
        "redaction_on": "Himoyalangan shaxslar butun dosye davomida taxalluslar bilan "
        "almashtirilgan; ularning aloqa maʼlumotlari, tugʻilgan sanalari va shaxsini "
        "aniqlashga imkon beruvchi boshqa maʼlumotlar tushirib qoldirilgan.",
        "redaction_off": "Anonimlashtirish oʻchirilgan: dosyeda haqiqiy ismlar koʻrsatilgan, "
        "anonimlikni soʻragan guvohlarning ismlaridan tashqari.",
        "mode_full": "Kiritilgan koʻrsatmalar toʻliq keltirilgan.",
        "mode_summary": "Koʻrsatmalarning faqat qisqacha mazmuni keltirilgan.",
        "page_x_of_y": "{page}-sahifa (jami {pages})",
        "no": "№",
        "date": "Sana",
        "act_type": "Qilmish",
        "description": "Tavsif",
        "victims": "Jabrlanuvchilar",
        "perpetrators": "Taxminiy aybdorlar",
        "institutions": "Muassasalar",
        "sources": "Manbalar",
        "date_day": "{year}-yil {day}-{month}",
        "date_month": "{year}-yil {month}",
        "date_day_month": "{day}-{month}",
        "date_year": "{year}-yil",
        "date_time": "{date}, soat {time} UTC",  # "soat": a clock time
        "date_time_as_written": "{date}, soat {time}",
        "date_unknown": "sana nomaʼlum",
        "time_without_date": "sana nomaʼlum, soat {time}",
        "undated_not_drawn": "Sanasi nomaʼlum voqealar (jadvalda bor, chizmada yoʻq): {n}",
        "continued": "davomi jadvaldan keyin ({n}-voqea toʻliq)",
        "event_in_full": "{n}-voqea toʻliq",
        "cut_in_table": "qolgani qisqartirildi, jami belgilar: {n}",
        "no_events": "Bu ish boʻyicha voqealar qayd etilmagan.",
        "chart_caption": "Nuqtalar — kuni maʼlum voqealar; chiziqlar sanasi maʼlum boʻlgan oy "
        "yoki yilni qamraydi. Raqamlar jadvalga mos keladi; bir-biriga juda yaqin voqealar "
        "raqamlari oraligʻi bilan bitta yozuvda berilgan («3–7»).",
        "name": "Ism",
        "role": "Roli",
        "details": "Maʼlumotlar",
        "born": "tugʻilgan: {date}",
        "also_known_as": "boshqa ismlari: {names}",
        "details_withheld": "shaxsni aniqlovchi maʼlumotlar yashirilgan",
        "no_people": "Bu ishga hech qanday shaxs bogʻlanmagan.",
        "testimony_n": "{n}-koʻrsatma: {witness}",
        "unnamed_witness": "guvoh koʻrsatilmagan",
        "witness": "Guvoh",
        "interviewer": "Suhbatni olib borgan",
        "interpreter": "Tarjimon",
        "language": "Til",
        "consent": "Rozilik",
        "consent_given": "{scopes} uchun berilgan",
        "consent_not_given": "berilmagan",
        "summary": "Qisqacha mazmuni",
        "narrative": "Koʻrsatma matni",
        "no_summary": "Qisqacha mazmuni yozilmagan.",
        "translation": "Tarjima ({language})",
        "withheld_testimonies": "Guvoh «hisobotlarda foydalanish»ga rozilik bermagani uchun "
        "kiritilmagan koʻrsatmalar («faqat anonim foydalanish»ga roziligining oʻzi yetarli "
        "emas): {n}",
        "no_testimonies": "Koʻrsatmalar kiritilmagan.",
        "file_name": "Fayl",
        "size": "Hajmi",
        "sha256": "Asl faylning SHA-256",
        # "Qaysi yozuvga biriktirilgan" would not fit the column on one line.
        "attached_to": "Qaysi yozuvga tegishli",
        "no_attachments": "Ilovalar yoʻq.",
        "figure": "{n}-rasm: {name}",
        "figure_note": "Nusxa dosye uchun metamaʼlumotlarsiz (EXIF, GPS) qayta kodlangan; "
        "asl faylning SHA-256 koʻrsatilgan.",
        "photos_withheld": "Shaxsni himoya qilish uchun koʻrsatilmagan suratlar: {n}",
        "photo_unreadable": "{name}: suratni koʻrsatib boʻlmadi.",
        "photo_too_large": "{name}: surat koʻrsatish uchun juda katta ({n} megapiksel).",
        "attachment_note": "Izoh",
        "captured_at": "Olingan",
        "received_at": "Qabul qilingan",
        "note_continued": "davomi jadvaldan keyin ({n}-ilova izohi toʻliq)",
        "note_in_full": "{n}-ilova izohi toʻliq",
        "witness_label": "Guvoh {letter}",
        "person_label": "Shaxs {letter}",
        "name_withheld": "[ism yashirilgan]",
        "owner_case": "ish",
        "owner_event": "{n}-voqea",
        "owner_testimony": "{n}-koʻrsatma",
        "owner_person": "shaxs: {name}",
        "subject": "Ish boʻyicha dosye",
        "subject_many": "Ishlar boʻyicha dosye",
    },
    months=_UZ_MONTHS,
    day_months=_UZ_MONTHS,
    roles={
        "victim": "Jabrlanuvchi",
        "witness": "Guvoh",
        "perpetrator": "Taxminiy aybdor",
        "source": "Manba",
        "lawyer": "Advokat",
        "relative": "Qarindosh",
        "other": "Boshqa",
    },
    female_roles={},  # Uzbek has no grammatical gender: the roles above serve all
    case_statuses={
        "open": "Ochiq",
        "under_review": "Koʻrib chiqilmoqda",
        "closed": "Yopilgan",
        "archived": "Arxivda",  # as the window says
    },
    testimony_statuses={"draft": "Qoralama", "final": "Yakuniy", "verified": "Tasdiqlangan"},
    sensitivities={"normal": "Oddiy", "confidential": "Maxfiy", "restricted": "Cheklangan"},
    markings={
        "normal": "MAXFIYLIK DARAJASI: ODDIY",
        "confidential": "MAXFIY",
        "restricted": "FOYDALANISH CHEKLANGAN",
    },
    sexes={"female": "ayol", "male": "erkak", "other": "boshqa", "unknown": "jinsi nomaʼlum"},
    consent_scopes={
        "reports": "hisobotlarda foydalanish",
        "partners": "hamkorlarga berish",
        "publish": "eʼlon qilish",
        "anonymised_only": "faqat anonim foydalanish",
    },
    media_kinds={
        "pdf": "PDF hujjat",
        "jpeg": "JPEG rasm",
        "png": "PNG rasm",
        "gif": "GIF rasm",
        "webp": "WebP rasm",
        "tiff": "TIFF rasm",
        "heic": "HEIC rasm",
        "image": "Rasm",
        "audio": "Audioyozuv",
        "video": "Videoyozuv",
        "text": "Oddiy matn",
        "document": "Matn hujjati",
        "spreadsheet": "Elektron jadval",
        "presentation": "Taqdimot",
        "archive": "Arxiv",
        "email": "Elektron xat",
        "web_page": "Veb-sahifa",
    },
    language_names={
        "en": "ingliz tili",
        "ru": "rus tili",
        "uz": "oʻzbek tili",
        "tg": "tojik tili",
        "kk": "qozoq tili",
        "ky": "qirgʻiz tili",
        "tk": "turkman tili",
        "kaa": "qoraqalpoq tili",
    },
    verify_appendix=(
        "Dosyedagi har bir ilova arxivda qanday qabul qilingan boʻlsa, aynan shunday "
        "saqlanadi. Qabul qilinganda uning SHA-256 xeshi hisoblangan: bu 64 belgidan iborat "
        "barmoq izi boʻlib, fayldagi birorta bayt oʻzgarsa ham butunlay oʻzgaradi. Ushbu xesh "
        "ilovalar jadvalida koʻrsatilgan.",
        "Alohida olingan ilova nusxasini tekshirish uchun uning SHA-256 xeshini hisoblang va "
        "jadvaldagi qiymat bilan solishtiring:",
        "Linux: <font name='{mono}'>sha256sum FAYL</font>",
        "macOS: <font name='{mono}'>shasum -a 256 FAYL</font>",
        "Windows (PowerShell): <font name='{mono}'>Get-FileHash FAYL -Algorithm SHA256</font>; "
        "yoki buyruq satrida: <font name='{mono}'>certutil -hashfile FAYL SHA256</font>",
        "Agar 64 belgining hammasi mos kelsa (katta-kichik harf ahamiyatsiz), faylingiz "
        "arxivga qabul qilingan fayl bilan baytma-bayt bir xil. Mos kelmasa, bu asl fayl "
        "emas: u oʻzgartirilgan, qayta saqlangan yoki yoʻlda shikastlangan.",
        "Dosyeda rasm sifatida koʻrsatilgan suratlar metamaʼlumotlarsiz (kamera, vaqt, GPS "
        "joylashuvi) qayta kodlangan nusxalardir, shuning uchun ularning xeshi koʻrsatilgan "
        "xeshdan farq qiladi. Tekshirish uchun yuboruvchidan asl faylni soʻrang.",
    ),
    label_letters="ABCDEFGHIJKLMNOPQRSTUVWXYZ",
    decimal_separator=",",
    digit_group_separator="\u00a0",  # no-break: see Labels
    size_units=("{n} KB", "{n} MB", "{n} GB", "{n} TB"),
    byte_counts=("{n} bayt",),
    plural_form=lambda n: 0,
)
