"""The identity, contact and bundle commands in Russian and Uzbek: their help, what they print,
and a refused bundle in the window's words with its facts, after the unchanged "sandiq: error: "
prefix."""

from __future__ import annotations

from pathlib import Path

from tests.integration.conftest import Sandiq
from tests.integration.exchange_support import introduce, make_site
from tests.integration.test_bundle_to_restored_colleague_preview import alice_went_back
from tests.integration.test_case_reference_unicode_form_exchange import COMPOSED, DECOMPOSED

RU = {"SANDIQ_LANGUAGE": "ru"}
UZ = {"SANDIQ_LANGUAGE": "uz"}


def test_help_texts_are_translated(sandiq: Sandiq) -> None:
    assert (
        "--no-attachments      без вложений" in sandiq.ok("bundle", "export", "-h", env=RU).stdout
    )
    assert "hamkasbni uning kontakt faylidan qoʻshish" in sandiq.ok("contact", "-h", env=UZ).stdout


def test_identity_and_a_refused_file_in_the_language(sandiq: Sandiq, locked_vault: Path) -> None:
    assert "Отпечаток:   " in sandiq.ok("identity", env=RU).stdout
    junk = locked_vault.parent / "junk.sandiq"
    junk.write_bytes(b"not a bundle at all" * 10)
    refused = sandiq.fails("bundle", "import", str(junk), env=UZ)
    assert refused.error_lines == [
        "sandiq: error: Bu fayl Sandiq paketi emas yoki uning sarlavhasi shikastlangan."
    ]


def test_a_bundle_to_a_restored_colleague_says_so(sandiq: Sandiq, tmp_path: Path) -> None:
    _, bob = alice_went_back(tmp_path)
    bob.vault.lock()
    args = ("bundle", "export", "--to", "Alice", "--since-last", "--out")
    run = sandiq.ok(*args, str(tmp_path / "again.sandiq"), vault=bob.vault.path, env=UZ)
    lines = run.stdout.splitlines()
    assert "(0 tasi oʻchirilgan)" in lines[0]
    assert lines[-1] == (
        "Bu paket hamma narsani yana boshidan olib boradi, chunki hamkasbning saqlagichi zaxira "
        "nusxadan tiklangan: Alice."
    )


def test_a_unicode_form_clash_is_refused_in_russian_with_its_facts(
    sandiq: Sandiq, tmp_path: Path
) -> None:
    alice, bob = make_site(tmp_path, "Alice"), make_site(tmp_path, "Bob")
    introduce(alice, bob)
    bob.write("case", {"reference": COMPOSED, "title": "Andijan detention"})
    alice.write("case", {"reference": DECOMPOSED, "title": "Another case"})
    bundle = alice.export("Bob", case_references=[DECOMPOSED]).path
    for site in (alice, bob):
        site.vault.lock()
    refused = sandiq.fails("bundle", "import", str(bundle), vault=bob.vault.path, env=RU)
    assert refused.error_lines[0].startswith("sandiq: error: Дело ")
    assert refused.error_lines[0].endswith(
        "там он записан теми же буквами, но в другой форме Юникода; сначала измените номер "
        "одного из них."
    )
