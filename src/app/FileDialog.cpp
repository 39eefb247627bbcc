#include "FileDialog.h"

#include <QFileDialog>

namespace vigia::app {

std::optional<QStringList> FileDialog::s_nextFileNames;

void FileDialog::setNextFileNames(const QStringList &paths)
{
    s_nextFileNames = paths;
}

void FileDialog::run(Mode mode, QWidget *parent, const QString &caption, const QString &directory,
                     const QString &filter, Callback callback)
{
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
