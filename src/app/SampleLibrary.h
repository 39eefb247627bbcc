#pragma once

#include <QString>
#include <QStringList>

namespace vigia::app {

// Where the first run finds the bundled sample plans and where it keeps its library.
//
// The first time Vigía starts (no library remembered), it opens the library
// "<user data dir>/biblioteca.vigia" (e.g. ~/.local/share/Vigia/vigia/biblioteca.vigia) and, when
// it is empty, imports the bundled sample plans into it off the GUI thread. The samples are
// looked for, in order, in $VIGIA_SAMPLES_DIR, in <prefix>/share/vigia/plans beside the installed
// binary, and in data/plans of the source tree the binary was built from.
class SampleLibrary {
public:
    static QString defaultLibraryPath();
    static QString samplesDirectory();
    // The plan documents in `directory` (text, Markdown, PDF, plan JSON), sorted by name.
    static QStringList sampleFiles(const QString &directory);
};

} // namespace vigia::app
