#include "ImportSession.h"

#include "ImportJob.h"
#include "PasswordPrompt.h"

namespace vigia::app {

ImportSession::ImportSession(ImportJob *job, QWidget *promptParent, QObject *parent)
    : QObject(parent)
    , m_job(job)
    , m_promptParent(promptParent)
{
    connect(m_job, &ImportJob::finished, this, &ImportSession::onJobFinished);
}

bool ImportSession::start(const QString &libraryPath, const QStringList &files)
{
    if (m_running || !m_job->start(libraryPath, files))
        return false;
    m_libraryPath = libraryPath;
    m_report = {};
    m_locked.clear();
    m_retriedFile = -1;
    m_cancelled = false;
    m_running = true;
    return true;
}

void ImportSession::cancel()
{
    if (!m_running)
        return;
    m_cancelled = true;
    m_job->cancel();
}

void ImportSession::onJobFinished(const ImportReport &report)
{
    if (!m_running)
        return;
    if (m_retriedFile < 0) {
        m_report = report;
        for (int index = 0; index < m_report.files.size(); ++index) {
            if (m_report.files[index].status == ImportReport::Status::Failed && m_report.files[index].lock != ImportReport::Lock::None)
                m_locked.append(index);
        }
    } else {
        if (!report.files.isEmpty()) {
            const ImportReport::File &retried = report.files.first();
            m_report.files[m_retriedFile] = retried;
            // Still locked: the password was wrong; ask for this file again before the others.
            if (retried.status == ImportReport::Status::Failed && retried.lock != ImportReport::Lock::None)
                m_locked.prepend(m_retriedFile);
        }
        m_report.cancelled = m_report.cancelled || report.cancelled;
        m_retriedFile = -1;
    }
    askNextPassword();
}

void ImportSession::askNextPassword()
{
    if (m_cancelled || m_report.cancelled) {
        for (const int index : std::as_const(m_locked))
            m_report.files[index].status = ImportReport::Status::Cancelled;
        m_report.cancelled = m_report.cancelled || !m_locked.isEmpty();
        m_locked.clear();
    }
    if (m_locked.isEmpty()) {
        finish();
        return;
    }
    const int index = m_locked.takeFirst();
    const ImportReport::File &file = m_report.files[index];
    PasswordPrompt::ask(m_promptParent, file.path, file.lock == ImportReport::Lock::WrongPassword,
                        [this, guard = QPointer<ImportSession>(this), index](const std::optional<QString> &password) {
                            if (guard)
                                onPasswordAnswer(index, password);
                        });
}

void ImportSession::onPasswordAnswer(int fileIndex, const std::optional<QString> &password)
{
    ImportReport::File &file = m_report.files[fileIndex];
    if (!password || m_cancelled) {
        file.status = ImportReport::Status::Failed;
        file.error = tr("%1: no se importó, se necesita contraseña").arg(file.path);
        file.lock = ImportReport::Lock::PasswordRequired;
        askNextPassword();
        return;
    }
    // Started from the event loop, not from inside the job's own finished signal.
    QMetaObject::invokeMethod(this, [this, fileIndex, path = file.path, password = *password] {
        if (m_cancelled) {
            m_locked.prepend(fileIndex);
            askNextPassword();
            return;
        }
        m_retriedFile = fileIndex;
        if (!m_job->start(m_libraryPath, {path}, {{path, password}})) {
            m_retriedFile = -1;
            m_report.files[fileIndex].error = tr("%1: no se pudo volver a importar").arg(path);
            askNextPassword();
        }
    }, Qt::QueuedConnection);
}

void ImportSession::finish()
{
    m_running = false;
    Q_EMIT finished(m_report);
}

} // namespace vigia::app
