#pragma once

#include "services/mailsend.h"

#include <QDialog>

#include <functional>

class QDialogButtonBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace dd {

// "Gửi qua thư điện tử" from the print dialog: the units the paper goes to, with their
// address or why they are skipped; "Đã gửi lúc … — gửi lại?" before sending a paper again;
// the sending in a worker thread with progress; the answer per unit, logged as `mail send`
// logs it.
class MailSendDialog : public QDialog
{
    Q_OBJECT
public:
    struct Request
    {
        PaperKind kind = PaperKind::UnitInvitation;
        paperservice::PaperDates dates;
        qint64 unitId = 0; // one unit, or 0: every unit the paper is for
    };
    MailSendDialog(Session *session, const Request &request, QWidget *parent = nullptr);

    // The print dialog's button: shown for the papers that can be sent, opening this dialog on
    // what the print dialog has chosen.
    static QPushButton *addButton(QDialogButtonBox *buttons, Session *session,
                                  std::function<Request()> request);
    static void updateButton(QPushButton *button, PaperKind kind);

    void send();

private:
    void fill();
    Session *m_session;
    Request m_request;
    QList<MailRecipient> m_recipients;
    QTableWidget *m_table;
    QLabel *m_summary;
    QLabel *m_report;
    QPushButton *m_send;
};

} // namespace dd
