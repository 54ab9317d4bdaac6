import subprocess
import sys


def test_core_and_db_never_import_qt():
    code = (
        "import sys, db.engine, db.models, db.migrate, desktop_app.core.vault, "
        "desktop_app.core.interchange, desktop_app.cli; "
        "assert not any(m.startswith('PySide6') for m in sys.modules), 'Qt imported'"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
