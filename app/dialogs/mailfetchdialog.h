#pragma once

#include "dialogs/questionimportdialog.h"
#include "services/mailfetch.h"

#include <memory>

class QListWidget;
class QTemporaryDir;

namespace dd {

// "Nhận ý kiến từ hộp thư": the same preview as dropped .eml files, plus the messages that
// could not be read (with the reason). Import adds the chosen questions and remembers the
// messages in one transaction, one undo step.
class MailFetchDialog : public QuestionImportDialog
{
    Q_OBJECT
public:
    MailFetchDialog(Session *session, MailFetch fetch, QWidget *parent = nullptr);
    ~MailFetchDialog() override;

    // Fetches the new messages of the mailbox set in Preferences in a worker thread (progress,
    // Cancel), then opens the preview. `parent` shows the errors.
    static void fetchAndPreview(Session *session, QWidget *parent);

    void accept() override;
    // What a fetch left in the mailbox after Import (unknown senders without a unit).
    const QStringList &leftOver() const { return m_leftOver; }

    // Opens the attendee import on the fetched list `index` (MailFetch::lists), its sender's
    // union chosen as the sending unit.
    void importList(int index);

private:
    MailFetch m_fetch;
    QListWidget *m_lists;
    QListWidget *m_messages;
    QStringList m_leftOver;
    std::unique_ptr<QTemporaryDir> m_work; // the lists written out for the import
};

} // namespace dd
