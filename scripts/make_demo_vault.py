"""Make a demo vault full of synthetic (invented) cases, for screenshots and trying Sandiq out.

    python scripts/make_demo_vault.py --vault /tmp/demo-vault [--cases 24]

The passphrase is taken from SANDIQ_PASSPHRASE, or is ``demo passphrase`` if unset. Every
name, place detail and story here is made up; the generator is seeded, so two runs give the
same records (with new ids).
"""

from __future__ import annotations

import argparse
import io
import os
import random
import struct
import sys
import zlib
from pathlib import Path
from uuid import UUID

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from desktop_app.core.attachments import add_attachment
from desktop_app.core.keys import DEFAULT_KDF, KdfParams
from desktop_app.core.vault import Vault
from desktop_app.core.vault_creation import create_vault
from desktop_app.core.vocab import ACT_TYPES

DEMO_PASSPHRASE = "demo passphrase"
FIRST_NAMES = [
    "Azimjan", "Dilorom", "Rustam", "Gulnara", "Bakhtiyor", "Nodira", "Timur", "Zulfiya",
    "Ilkhom", "Mukhabbat", "Sherzod", "Oʻgʻiloy", "Jamshid", "Saodat", "Farrukh", "Барно",
    "Шухрат", "Нигора", "Алишер", "Малика",
]  # fmt: skip
SURNAMES = [
    "Askarov", "Shamsuddinov", "Yuldasheva", "Karimov", "Toshmatova", "Rakhimov", "Nazarova",
    "Ergashev", "Qodirova", "Mirzayev", "Шамсутдинов", "Абдуллаева", "Хасанов", "Турсунова",
]  # fmt: skip
PLACES = [
    ("UZ", "Andijan region", "Andijan"),
    ("KG", "Jalal-Abad region", "Bazar-Korgon"),
    ("KG", "Osh region", "Osh"),
    ("TJ", "Sughd region", "Khujand"),
    ("UZ", "Tashkent", "Tashkent"),
    ("KZ", "Mangystau region", "Zhanaozen"),
    ("UZ", "Fergʻona viloyati", "Margʻilon"),
]
TITLES = [
    "Detention of {name} after a peaceful protest",
    "Disappearance of {name} on the way to {place}",
    "Ill-treatment of {name} in police custody",
    "Threats against {name}, a local journalist",
    "Unfair trial of {name}",
    "Forced return of {name} from a neighbouring country",
]
SENTENCES = [
    "I was at home with my family when three men in plain clothes came to the door.",
    "They did not show any document and did not say where they were taking him.",
    "At the district police station we were told that nobody of that name was held there.",
    "Two days later a neighbour saw him in the courtyard of the station, barely able to walk.",
    "The lawyer we hired was not allowed to see him for eleven days.",
    "In court he said that his confession had been obtained under torture.",
    "The judge did not ask any questions about the injuries on his hands.",
    "After the hearing my brother was followed by a car without number plates.",
    "We wrote to the prosecutor's office three times and received no answer.",
    "Я видела, как его вывели из машины и завели в здание ГОВД.",
    "Нам сказали, что если мы будем жаловаться, то у нас тоже будут проблемы.",
    "Men uni oxirgi marta bozorda koʻrdim, u juda qoʻrqib ketgan edi.",
]


def _png(width: int, height: int, seed: int) -> bytes:
    """A small striped PNG, made by hand (no imaging library needed)."""
    rows = b""
    for y in range(height):
        rows += b"\x00" + bytes(
            v for x in range(width) for v in ((x * 3 + seed) % 256, (y * 2) % 256, 150)
        )

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )


def _pdf(title: str, lines: list[str]) -> bytes:
    """A one-page PDF (reportlab is already a dependency for dossiers)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    pdf = canvas.Canvas(out, pagesize=A4)
    pdf.setFont("Helvetica-Bold", 16)
    pdf.drawString(72, 770, title)
    pdf.setFont("Helvetica", 11)
    for i, line in enumerate(lines):
        pdf.drawString(72, 740 - 16 * i, line)
    pdf.showPage()
    pdf.save()
    return out.getvalue()


def _narrative(rng: random.Random) -> str:
    paragraphs = []
    for _ in range(rng.randint(3, 6)):
        paragraphs.append(" ".join(rng.sample(SENTENCES, rng.randint(2, 5))))
    return "\n\n".join(paragraphs)


def _date(rng: random.Random, year: int) -> str:
    precision = rng.choice(("day", "day", "month", "year"))
    if precision == "year":
        return str(year)
    month = rng.randint(1, 12)
    if precision == "month":
        return f"{year}-{month:02d}"
    return f"{year}-{month:02d}-{rng.randint(1, 28):02d}"


def fill_demo_vault(vault: Vault, cases: int = 24, seed: int = 7) -> None:
    """Add synthetic cases with people, testimonies, events and attachments."""
    rng = random.Random(seed)
    act_codes = [code for code in ACT_TYPES if code != "other"]
    with vault.transaction() as session:
        writer = vault.writer(session)
        people: list[UUID] = []
        for i in range(cases * 3):
            protected = i % 7 == 0
            person = writer.create(
                "person",
                {
                    "name": f"{rng.choice(FIRST_NAMES)} {rng.choice(SURNAMES)}",
                    "sex": rng.choice(("female", "male", "")),
                    "birth_date": str(rng.randint(1950, 2000)),
                    "nationality": rng.choice(("Uzbek", "Kyrgyz", "Tajik", "Kazakh")),
                    "occupation": rng.choice(("farmer", "teacher", "journalist", "trader", "")),
                    "protected": protected,
                    "pseudonym": f"Witness {chr(65 + i % 26)}" if protected else "",
                },
            )
            people.append(person.id)
        for n in range(cases):
            country, region, place = rng.choice(PLACES)
            year = rng.randint(2005, 2023)
            victim = rng.choice(people)
            start = _date(rng, year)
            title_name = f"{rng.choice(FIRST_NAMES)[0]}. {rng.choice(SURNAMES)}"
            case = writer.create(
                "case",
                {
                    "reference": f"{country}-{year}-{n + 1:04d}",
                    "title": rng.choice(TITLES).format(name=title_name, place=place),
                    "summary": _narrative(rng)[:600],
                    "status": rng.choice(("open", "open", "under_review", "closed", "archived")),
                    "country": country,
                    "region": region,
                    "place": place,
                    "start_date": start,
                    "end_date": str(min(year + rng.randint(0, 2), 2024)) if n % 3 else "",
                    "violation_types": rng.sample(act_codes, rng.randint(1, 3)),
                    "tags": rng.sample(["2010 events", "border", "lawyer denied", "media"], 2),
                    "sensitivity": rng.choice(("normal", "confidential", "restricted")),
                },
            )
            members = [victim, *rng.sample(people, 3)]
            roles = ["victim", "witness", "relative", "lawyer"]
            for person_id, role in zip(members, roles, strict=True):
                writer.create(
                    "case_party", {"case": str(case.id), "person": str(person_id), "role": role}
                )
            testimonies = []
            for witness in members[1:3]:
                testimony = writer.create(
                    "testimony",
                    {
                        "case": str(case.id),
                        "witness": str(witness),
                        "interviewer": rng.choice(("D. Nazarova", "R. Karimov", "M. Ergasheva")),
                        "date": _date(rng, min(year + 1, 2024)),
                        "time": f"{rng.randint(8, 19):02d}:{rng.choice((0, 15, 30, 45)):02d}",
                        "place": place,
                        "language": rng.choice(("ru", "uz", "ky", "tg")),
                        "consent": {"given": True, "scope": ["reports", "partners"]},
                        "narrative": _narrative(rng),
                        "summary": "Account of the arrest and of the days that followed.",
                        "status": rng.choice(("draft", "final", "verified")),
                        "sensitivity": rng.choice(("normal", "confidential")),
                    },
                )
                testimonies.append(str(testimony.id))
            for _ in range(rng.randint(2, 4)):
                writer.create(
                    "event",
                    {
                        "case": str(case.id),
                        "date": _date(rng, year),
                        "place": place,
                        "act_type": rng.choice(act_codes),
                        "description": " ".join(rng.sample(SENTENCES, 2)),
                        "victims": [str(victim)],
                        "institutions": ["District police department"],
                        "sources": testimonies[:1],
                    },
                )
            if n < 3:
                files: list[tuple[str, bytes]] = [
                    ("photo-of-injuries.png", _png(320, 200, n * 40)),
                    ("court-notice.pdf", _pdf("Court notice", SENTENCES[:8])),
                    ("notes.txt", "\n".join(SENTENCES).encode()),
                ]
                for name, data in files:
                    add_attachment(writer, "case", case.id, io.BytesIO(data), name)


def make_demo_vault(
    path: Path, passphrase: str = DEMO_PASSPHRASE, cases: int = 24, kdf: KdfParams = DEFAULT_KDF
) -> Vault:
    """Create the vault at path and fill it; returns it unlocked."""
    vault = create_vault(path, passphrase, display_name="Demo", kdf=kdf).vault
    fill_demo_vault(vault, cases)
    return vault


def _main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--vault", type=Path, required=True, help="folder for the new vault")
    parser.add_argument("--cases", type=int, default=24)
    args = parser.parse_args(argv)
    passphrase = os.environ.get("SANDIQ_PASSPHRASE", DEMO_PASSPHRASE)
    make_demo_vault(args.vault, passphrase, args.cases).lock()
    print(f"demo vault written to {args.vault}")
    return 0


if __name__ == "__main__":
    sys.exit(_main(sys.argv[1:]))
