"""The knowledge document in a second process, so that the build goes on meanwhile.

WeasyPrint needs 15-25 s of CPU in one thread for the 130-page knowledge document.
The build machine and CI have (at least) two cores: a second process lays out the
document while the main process makes the card PDFs and the site zip. It is started
at the beginning of the build and imports WeasyPrint and loads the fonts while the
pages are being built, so it is ready the moment its input exists.

The process is *spawned*, not forked: Pango and GLib start threads, and a fork of a
process with threads can inherit a held lock. Errors (``PdfFout``) come back as the
same exception through the future; a process that dies becomes ``BrokenProcessPool``.
"""

from __future__ import annotations

import contextlib
import multiprocessing
from concurrent.futures import Future, ProcessPoolExecutor


def opwarmen() -> None:
    """Import WeasyPrint and lay out a scrap of text in the print font (fontconfig)."""
    from weasyprint import HTML

    HTML(string='<p style="font-family: \'Liberation Sans\', sans-serif">Samen <b>Weerbaar</b></p>').write_pdf()


class PdfWerker:
    """One spawned process that makes the knowledge document (``document.kennisdocument``)."""

    def __init__(self) -> None:
        self._pool = ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("spawn"))
        self._pool.submit(opwarmen)  # its result does not matter; a broken WeasyPrint shows later

    def kennisdocument(self, *args, **kwargs) -> Future:
        from .document import kennisdocument

        return self._pool.submit(kennisdocument, *args, **kwargs)

    def stop(self, direct: bool = False) -> None:
        """Wait for the process to end, or with ``direct`` end it now (the build failed)."""
        if direct:
            # ProcessPoolExecutor has no public way to end a running task before 3.14.
            for proces in list(getattr(self._pool, "_processes", {}).values()):
                with contextlib.suppress(Exception):
                    proces.terminate()
        self._pool.shutdown(wait=not direct, cancel_futures=True)
