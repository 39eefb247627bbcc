#include "FileDialog.h"

#include "AppSettings.h"
#include "topics/TopicTaxonomy.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QStandardPaths>

namespace vigia::app {

std::optional<QStringList> FileDialog::s_nextFileNames;
QString FileDialog::s_lastSuggestion;

void FileDialog::setNextFileNames(const QStringList &paths)
{
    s_nextFileNames = paths;
}

QString FileDialog::saveFolder()
{
    const QString last = QString::fromUtf8(AppSettings().state(QStringLiteral("lastSaveFolder")));
    if (!last.isEmpty() && QFileInfo(last).isDir())
        return last;
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return documents.isEmpty() ? QDir::homePath() : documents;
}

QString FileDialog::fileNameFrom(const QString &prefix, const QStringList &words, const QString &suffix)
{
    QStringList parts{prefix};
    for (const QString &word : words) {
        const QString key = TopicTaxonomy::keyForName(word);
        if (!key.isEmpty())
            parts.append(key);
    }
    return parts.join(u'-') + suffix;
}

void FileDialog::run(Mode mode, QWidget *parent, const QString &caption, const QString &directory,
                     const QString &filter, Callback callback)
{
    s_lastSuggestion = directory;
    // A saved file's folder is where the next save starts.
    if (mode == Mode::Save) {
        callback = [callback](const QStringList &paths) {
            if (!paths.isEmpty())
                AppSettings().setState(QStringLiteral("lastSaveFolder"), QFileInfo(paths.constFirst()).absolutePath().toUtf8());
            if (callback)
                callback(paths);
        };
    }
    if (s_nextFileNames) {
        const QStringList paths = *s_nextFileNames;
        s_nextFileNames.reset();
        if (!paths.isEmpty() && callback)
            callback(paths);
        return;
    }
    auto *dialog = new QFileDialog(parent, caption, directory, filter);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    switch (mode) {
    case Mode::OpenMany:
        dialog->setFileMode(QFileDialog::ExistingFiles);
        break;
    case Mode::OpenOne:
        dialog->setFileMode(QFileDialog::ExistingFile);
        break;
    case Mode::Save:
        dialog->setFileMode(QFileDialog::AnyFile);
        dialog->setAcceptMode(QFileDialog::AcceptSave);
        dialog->setOption(QFileDialog::DontConfirmOverwrite);
        break;
    }
    QObject::connect(dialog, &QFileDialog::filesSelected, dialog, [callback](const QStringList &paths) {
        if (!paths.isEmpty() && callback)
            callback(paths);
    });
    dialog->open();
}

void FileDialog::getOpenFileNames(QWidget *parent, const QString &caption, const QString &directory,
                                  const QString &filter, Callback callback)
{
    run(Mode::OpenMany, parent, caption, directory, filter, std::move(callback));
}

void FileDialog::getOpenFileName(QWidget *parent, const QString &caption, const QString &directory,
                                 const QString &filter, Callback callback)
{
    run(Mode::OpenOne, parent, caption, directory, filter, std::move(callback));
}

void FileDialog::getSaveFileName(QWidget *parent, const QString &caption, const QString &directory,
                                 const QString &filter, Callback callback)
{
    run(Mode::Save, parent, caption, directory, filter, std::move(callback));
}

} // namespace vigia::app
