import subprocess
import sys


def test_core_and_db_never_import_qt():
    # The CLI loads QtCore for its translations, and nothing more of Qt:
    # tests/integration/test_cli_language.py::test_the_cli_loads_no_widgets.
    code = (
        "import sys, db.engine, db.models, db.migrate, desktop_app.core.vault, "
        "desktop_app.core.interchange; "
        "assert not any(m.startswith('PySide6') for m in sys.modules), 'Qt imported'"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
