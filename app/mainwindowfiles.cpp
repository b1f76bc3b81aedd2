// The File menu's own work: new, open, copies, backups, erasure and the recent files.
#include "mainwindow.h"

#include "serverdesk.h"
#include "storage/serveraddress.h"

#include "autobackup.h"

#include "dialogs/backupsdialog.h"
#include "dialogs/conflictdialog.h"
#include "dialogs/documentsettingsdialog.h"
#include "dialogs/eventdialog.h"
#include "dialogs/guidedialog.h"
#include "dialogs/mailfetchdialog.h"
#include "dialogs/paperdialog.h"
#include "dialogs/preferencesdialog.h"
#include "dialogs/reporttextdialog.h"
#include "dialogs/unitsdialog.h"
#include "edit/personaldataactions.h"
#include "pages/agendapage.h"
#include "pages/attendeespage.h"
#include "pages/budgetpage.h"
#include "pages/overviewpage.h"
#include "pages/planspage.h"
#include "pages/questionspage.h"
#include "pages/welcomepage.h"
#include "services/personaldataerasure.h"
#include "services/sampleevent.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QSignalBlocker>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolBar>

namespace dd {

namespace {
constexpr int kMaxRecent = 8;
} // namespace

void MainWindow::newFile()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("New data file"), QDir::homePath() + QStringLiteral("/dialoguedesk.sqlite"),
        tr("DialogueDesk data (*.sqlite)"), nullptr, QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return;
    if (QFileInfo::exists(path) && QFileInfo(path).size() > 0) {
        // Never overwrite a file the user has: open it instead.
        QMessageBox::information(this, tr("New data file"),
                                 tr("“%1” already exists. It is opened as it is; nothing is "
                                    "overwritten.")
                                     .arg(QDir::toNativeSeparators(path)));
    }
    openFile(path);
}

void MainWindow::openFileDialog()
{
    const QString dir = m_session && !m_session->database().isServer()
        ? QFileInfo(m_session->database().path()).absolutePath()
        : QDir::homePath();
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open data file"), dir, tr("DialogueDesk data (*.sqlite);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

void MainWindow::saveCopy()
{
    if (!m_session)
        return;
    const QFileInfo current(m_session->database().isServer() ? QDir::home().filePath(
                                ServerDesk::displayName(m_session->database()))
                                                             : m_session->database().path());
    const QString suggestion = current.absolutePath() + QLatin1Char('/')
        + current.completeBaseName()
        + QStringLiteral("-%1.sqlite")
              .arg(QDate::currentDate().toString(QStringLiteral("yyyy-MM-dd")));
    const QString path = QFileDialog::getSaveFileName(this, tr("Save a copy"), suggestion,
                                                      tr("DialogueDesk data (*.sqlite)"));
    if (path.isEmpty())
        return;
    if (Status s = m_session->database().saveCopy(path); !s)
        QMessageBox::warning(this, tr("Save a copy"), s.error());
    else
        statusBar()->showMessage(tr("A copy was saved as %1").arg(QDir::toNativeSeparators(path)),
                                 10000);
}

void MainWindow::showBackups()
{
    if (!m_session)
        return;
    // A file open read-only is listed (its backups may lie beside it), never replaced.
    std::unique_ptr<BackupStore> readOnlyStore;
    BackupStore *store = nullptr;
    if (m_autoBackup) {
        store = &m_autoBackup->store();
    } else {
        readOnlyStore = BackupStore::of(m_session->database());
        store = readOnlyStore.get();
    }
    BackupsDialog dialog(*store, !m_session->isReadOnly(), this);
    dialog.exec();
    if (dialog.restored()) {
        reopen();
        statusBar()->showMessage(tr("The backup was restored; the state before it was kept as %1")
                                     .arg(QDir::toNativeSeparators(dialog.beforeRestorePath())),
                                 20000);
    }
}

void MainWindow::reopen()
{
    const QString path = m_session->database().path();
    const qint64 eventId = m_session->eventId();
    m_autoBackup.reset();
    m_session.reset(); // lets go of the file's lock
    rebuildPages();
    if (openFile(path, false, false) && m_session->events().get(eventId))
        m_session->setEventId(eventId);
}

void MainWindow::erasePersonalData()
{
    if (!m_session || !m_autoBackup)
        return;
    const auto event = m_session->event();
    if (!event)
        return;
    const int people = peopleWithPersonalData(*m_session);
    QMessageBox ask(QMessageBox::Warning, tr("Erase personal data"),
                    tr("Erase the phone numbers, e-mail addresses and birth years of the %n "
                       "people of “%1” who have any (Decree 13/2023/NĐ-CP)? Names, units, "
                       "roles, invitations, check-ins and every count stay. A backup is taken "
                       "first; the erasure cannot be undone with Edit ▸ Undo, and older "
                       "backups that are no longer kept are deleted.",
                       nullptr, people)
                        .arg(event->title),
                    QMessageBox::Yes | QMessageBox::Cancel, this);
    ask.setObjectName(QStringLiteral("erasePersonalDataQuestion"));
    ask.button(QMessageBox::Yes)->setText(tr("Erase"));
    ask.button(QMessageBox::Cancel)->setText(tr("Cancel"));
    ask.setDefaultButton(QMessageBox::Cancel);
    if (ask.exec() != QMessageBox::Yes)
        return;
    const Result<ErasureReport> done = erasePersonalDataWithBackup(
        *m_session, m_autoBackup->store(), QDateTime::currentDateTime());
    if (!done) {
        QMessageBox::warning(this, tr("Erase personal data"), done.error());
        return;
    }
    statusBar()->showMessage(
        tr("The personal data of %n people was erased; the backup taken before is %1", nullptr,
           done->people)
            .arg(QDir::toNativeSeparators(done->backupPath)),
        20000);
}

void MainWindow::addRecent(const QString &path)
{
    QSettings settings;
    QStringList recent = settings.value(QStringLiteral("recentFiles")).toStringList();
    const QString absolute
        = ServerAddress::isServerUri(path) ? path : QFileInfo(path).absoluteFilePath();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    while (recent.size() > kMaxRecent)
        recent.removeLast();
    settings.setValue(QStringLiteral("recentFiles"), recent);
    updateRecentMenu();
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(QStringLiteral("recentFiles")).toStringList();
    for (const QString &path : recent)
        m_recentMenu->addAction(QDir::toNativeSeparators(path), this,
                                [this, path] { openFile(path); });
    m_recentMenu->setEnabled(!recent.isEmpty());
}

} // namespace dd
