#pragma once

class QString;

// PDF is printed by the preview's web engine, which lives in `kiji-gui`:
// the command line stays free of Widgets and WebEngine and hands the job
// over. Returns the exit status of `kiji-gui --print-pdf` (0 or 2).
int printPdfInWindowProgram(const QString &input, const QString &output);
