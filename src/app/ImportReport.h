#pragma once

#include "review/UnplacedText.h"

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace vigia::app {

// What happened to each file of one import.
struct ImportReport {
    enum class Status { Imported, Duplicate, Failed, Cancelled };
    // Why an encrypted PDF was not opened: no password given, or a wrong one.
    enum class Lock { None, PasswordRequired, WrongPassword };
    struct File {
        QString path;
        Status status = Status::Failed;
        qint64 planId = 0;     // the new plan, or the one already holding the same document
        QString planName;      // that plan as people name it (PlanMetadata::displayName); empty when none
        QString error;         // why it failed
        QStringList warnings;  // what the reader or the archive wants the user to know
        Lock lock = Lock::None; // a Failed encrypted PDF that a password may open
        QString layout;        // an imported file: the layout the reader found (PlanLayout id)…
        int dimensionCount = 0; // …and what it read
        int rowCount = 0;
        int itemCount = 0;
        int reviewRowCount = 0; // rows the user should check (the review queue)
        UnplacedText unplaced;  // the document's text that did not reach the plan
    };

    QList<File> files;
    bool cancelled = false;

    int count(Status status) const
    {
        int n = 0;
        for (const File &file : files)
            n += file.status == status ? 1 : 0;
        return n;
    }
    int warningCount() const
    {
        int n = 0;
        for (const File &file : files)
            n += static_cast<int>(file.warnings.size());
        return n;
    }
};

} // namespace vigia::app

Q_DECLARE_METATYPE(vigia::app::ImportReport)
