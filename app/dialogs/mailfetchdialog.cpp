#include "dialogs/mailfetchdialog.h"

#include "dialogs/importdialog.h"
#include "mailsettings.h"
#include "mailworker.h"

#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QProcessEnvironment>
#include <QPushButton>
#include <QTemporaryDir>
#include <QVBoxLayout>

namespace dd {

MailFetchDialog::MailFetchDialog(Session *session, MailFetch fetch, QWidget *parent)
    : QuestionImportDialog(session, fetch.questions, parent)
    , m_fetch(std::move(fetch))
{
    setObjectName(QStringLiteral("mailFetchDialog"));
    setWindowTitle(tr("Questions from the mailbox"));
    if (auto *more = findChild<QPushButton *>(QStringLiteral("questionImportAddFiles")))
        more->hide(); // files go through Import…; this preview is the mailbox's
    auto *panel = new QWidget(this);
    auto *box = new QVBoxLayout(panel);
    box->setContentsMargins(0, 0, 0, 0);
    auto *heading = new QLabel(
        tr("%n new message(s); %1 read by an earlier fetch. Nothing is deleted or moved on the "
           "server.",
           nullptr, int(m_fetch.messages.size()))
            .arg(m_fetch.alreadyFetched),
        panel);
    heading->setObjectName(QStringLiteral("mailFetchHeading"));
    heading->setWordWrap(true);
    box->addWidget(heading);
    m_messages = new QListWidget(panel);
    m_messages->setObjectName(QStringLiteral("mailNotReadList"));
    for (const QString &line : std::as_const(m_fetch.notRead))
        m_messages->addItem(tr("Not read: %1").arg(line));
    m_messages->setVisible(m_messages->count() > 0);
    m_messages->setMaximumHeight(90);
    box->addWidget(m_messages);
    m_lists = new QListWidget(panel);
    m_lists->setObjectName(QStringLiteral("mailListsList"));
    for (const MailAttendeeList &list : std::as_const(m_fetch.lists))
        m_lists->addItem(
            tr("Attendee list — %1 — %2")
                .arg(list.unitId ? list.unitName : tr("unit unknown (%1)").arg(list.sender),
                     list.fileName));
    m_lists->setMaximumHeight(90);
    auto *importList = new QPushButton(tr("Import the &list…"), panel);
    importList->setObjectName(QStringLiteral("importListButton"));
    importList->setToolTip(tr("Opens the attendee import on the file, with the union that sent "
                              "it as the sending unit"));
    connect(importList, &QPushButton::clicked, this,
            [this] { this->importList(qMax(0, m_lists->currentRow())); });
    connect(m_lists, &QListWidget::itemActivated, this,
            [this] { this->importList(m_lists->currentRow()); });
    auto *listRow = new QHBoxLayout;
    listRow->addWidget(m_lists, 1);
    listRow->addWidget(importList, 0, Qt::AlignTop);
    box->addLayout(listRow);
    m_lists->setVisible(!m_fetch.lists.isEmpty());
    importList->setVisible(!m_fetch.lists.isEmpty());
    if (m_fetch.questions.rows.isEmpty())
        allowImportingNothing(); // only lists: Import remembers the messages
    addPanel(panel);
}

MailFetchDialog::~MailFetchDialog() = default;

void MailFetchDialog::importList(int index)
{
    if (index < 0 || index >= m_fetch.lists.size())
        return;
    const MailAttendeeList &list = m_fetch.lists.at(index);
    if (!m_work)
        m_work = std::make_unique<QTemporaryDir>();
    const QString path = m_work->filePath(QFileInfo(list.fileName).fileName());
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(list.bytes) != list.bytes.size()) {
        showMessage(out.errorString());
        return;
    }
    out.close();
    ImportDialog dialog(sessionPtr(), this);
    if (list.unitId)
        dialog.setSendingUnit(list.unitId); // else the import asks which union sent it
    dialog.openFile(path);
    dialog.exec();
}

void MailFetchDialog::accept()
{
    MailFetch chosen = m_fetch;
    chosen.questions = batch(); // with the units the user chose for unknown senders
    m_leftOver.clear();
    QUndoCommand *cmd = mailFetchCommand(*sessionPtr(), chosen, selectedQuestions(), &m_leftOver);
    if (!cmd) {
        QDialog::accept();
        return;
    }
    if (sessionPtr()->push(cmd))
        QDialog::accept();
    else
        showMessage(sessionPtr()->lastError());
}

void MailFetchDialog::fetchAndPreview(Session *session, QWidget *parent)
{
    const QString title = tr("Questions from the mailbox");
    if (session->isReadOnly())
        return;
    Result<mail::MailServer> server = MailSettings::load().imapServer();
    if (!server) {
        QMessageBox::information(parent, title,
                                 tr("Set the mailbox first in Edit ▸ Preferences ▸ E-mail."));
        return;
    }
    server->password = MailSettings::password(*server);
    if (server->password.isEmpty()) {
        bool ok = false;
        server->password
            = QInputDialog::getText(parent, title, tr("Password of %1:").arg(server->account()),
                                    QLineEdit::Password, {}, &ok);
        if (!ok)
            return;
    }
    server->caFile
        = QProcessEnvironment::systemEnvironment().value(QStringLiteral("DD_MAIL_CA_FILE"));
    const KnownMail known = knownMail(*session, *server);
    const mail::MailServer account = *server;
    Result<MailDownload> download = Error(QString());
    const bool finished = MailWorker::run(
        parent, tr("Reading %1…").arg(server->folder), [&](const MailWorker::Progress &progress) {
            download = downloadMail(account, known, [&](int done, int total) {
                return progress(done, total, tr("Message %1 of %2…").arg(done + 1).arg(total));
            });
        });
    if (!finished)
        return; // cancelled: nothing was kept
    if (!download) {
        QMessageBox::warning(parent, title, download.error());
        return;
    }
    MailFetch fetch = readDownloadedMail(*session, account, *download);
    if (fetch.messages.isEmpty() && fetch.notRead.isEmpty() && fetch.lists.isEmpty()) {
        emit session->errorOccurred(
            tr("No new message in %1 (%n read by an earlier fetch).", nullptr, fetch.alreadyFetched)
                .arg(account.folder));
        return;
    }
    MailFetchDialog dialog(session, std::move(fetch), parent);
    if (dialog.exec() == QDialog::Accepted && !dialog.leftOver().isEmpty())
        emit session->errorOccurred(tr("Left in the mailbox, offered again at the next fetch: %1")
                                        .arg(dialog.leftOver().join(QStringLiteral("; "))));
}

} // namespace dd
