"""Qt's own log lines, written without their text: it may quote case data.

Qt logs what it was doing in words of its own, and those words can carry case data: a failed
"open with another program" quotes the attachment copy's folder and file name. Qt writes these
lines to stderr, which often ends up in a system log, so, as for an error nobody caught, only the
line's category and severity are written unless SANDIQ_DEBUG=1 asks for the text.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QMessageLogContext, QtMsgType, qFormatLogMessage, qInstallMessageHandler

from desktop_app.ui.unexpected_errors import details_asked

_SEVERITIES = {
    QtMsgType.QtDebugMsg: "debug",
    QtMsgType.QtInfoMsg: "info",
    QtMsgType.QtWarningMsg: "warning",
    QtMsgType.QtCriticalMsg: "critical",
    QtMsgType.QtFatalMsg: "fatal",
}


def install() -> None:
    """Route Qt's messages through write_quietly; call before the QApplication is made, as
    starting it already logs. Qt still aborts after a fatal message, as it expects to."""
    qInstallMessageHandler(write_quietly)


def write_quietly(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    """Write the message's category and severity to stderr; its text only under SANDIQ_DEBUG."""
    if details_asked():
        # Qt's own format, so QT_MESSAGE_PATTERN still applies when debugging.
        print(qFormatLogMessage(kind, context, message), file=sys.stderr)
        return
    print(
        f"{context.category or 'default'}: {_SEVERITIES.get(kind, 'message')} "
        "(message withheld; set SANDIQ_DEBUG=1 to see it)",
        file=sys.stderr,
    )
