#pragma once

#include "ImportReport.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QWidget>

namespace vigia::app {

class ImportJob;

// One import as the user sees it. The ImportJob reads all the files in a worker; each encrypted
// PDF it could not open is then taken in turn: the user is asked for its password
// (PasswordPrompt, window-modal, answered through a callback) and a follow-up job imports that
// file alone with it. A wrong password asks again, saying so, until the file opens or the user
// cancels, which leaves it not imported ("se necesita contraseña"). The worker never waits for
// the GUI and no event loop is nested. `finished` comes once, with every file in the order given.
class ImportSession : public QObject {
    Q_OBJECT

public:
    // `job` runs every pass; password prompts are shown over `promptParent`.
    ImportSession(ImportJob *job, QWidget *promptParent, QObject *parent = nullptr);

    // False when a session is already under way.
    bool start(const QString &libraryPath, const QStringList &files);
    // Stops the running job and asks for no more passwords: files not yet opened are reported cancelled.
    void cancel();
    // A job runs or a password is being asked.
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void finished(const vigia::app::ImportReport &report);

private:
    void onJobFinished(const ImportReport &report);
    void askNextPassword();
    void onPasswordAnswer(int fileIndex, const std::optional<QString> &password);
    void finish();

    ImportJob *m_job;
    QPointer<QWidget> m_promptParent;
    QString m_libraryPath;
    ImportReport m_report;     // every file of the session, updated by follow-up jobs
    QList<int> m_locked;       // indexes in m_report.files of encrypted PDFs still to ask for
    int m_retriedFile = -1;    // the file the running follow-up job imports, -1 in the first pass
    bool m_running = false;
    bool m_cancelled = false;
};

} // namespace vigia::app
