#include "dialogs/mailsenddialog.h"

#include "dialogs/dialogbuttons.h"
#include "domain/inputrules.h"
#include "mailsettings.h"
#include "mailworker.h"
#include "widgets/screenfit.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QProcessEnvironment>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace dd {

namespace {

enum Column { UnitColumn, AddressColumn, StateColumn, ColumnCount };

QString when(const QDateTime &t)
{
    return t.toString(QStringLiteral("HH:mm dd/MM/yyyy"));
}

} // namespace

MailSendDialog::MailSendDialog(Session *session, const Request &request, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_request(request)
{
    setObjectName(QStringLiteral("mailSendDialog"));
    setWindowTitle(tr("Send by e-mail"));
    m_table = named(new QTableWidget(this), "mailRecipientTable");
    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels({ tr("Unit"), tr("E-mail address"), tr("State") });
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(true);
    m_table->horizontalHeader()->setSectionResizeMode(StateColumn, QHeaderView::Stretch);
    m_table->setColumnWidth(UnitColumn, 260);
    m_table->setColumnWidth(AddressColumn, 240);
    m_summary = named(new QLabel(this), "mailSendSummary");
    m_summary->setWordWrap(true);
    m_report = named(new QLabel(this), "mailSendReport");
    m_report->setWordWrap(true);
    m_report->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *buttons = new QDialogButtonBox(this);
    m_send = buttons->addButton(tr("&Send"), QDialogButtonBox::AcceptRole);
    m_send->setObjectName(QStringLiteral("mailSendButton"));
    buttons->addButton(QDialogButtonBox::Close)->setText(tr("Close"));
    connect(m_send, &QPushButton::clicked, this, &MailSendDialog::send);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_summary);
    layout->addWidget(m_report);
    layout->addWidget(buttons);
    resizeWithinScreen(this, QSize(900, 480));
    fill();
}

QPushButton *MailSendDialog::addButton(QDialogButtonBox *buttons, Session *session,
                                       std::function<Request()> request)
{
    QPushButton *b = buttons->addButton(tr("Send by &e-mail…"), QDialogButtonBox::ActionRole);
    b->setObjectName(QStringLiteral("sendMailButton"));
    b->setToolTip(tr("Each unit its own PDF, to its address in the unit directory"));
    QWidget *dialog = buttons->window();
    connect(b, &QPushButton::clicked, dialog, [session, request, dialog] {
        MailSendDialog send(session, request(), dialog);
        send.exec();
    });
    return b;
}

void MailSendDialog::updateButton(QPushButton *button, PaperKind kind)
{
    button->setVisible(isMailablePaper(kind));
}

void MailSendDialog::fill()
{
    QList<qint64> only;
    if (m_request.unitId)
        only << m_request.unitId;
    const auto recipients = mailRecipients(*m_session, m_request.kind, only);
    m_recipients = recipients ? *recipients : QList<MailRecipient>();
    m_table->setRowCount(int(m_recipients.size()));
    int withAddress = 0, before = 0;
    for (int r = 0; r < m_recipients.size(); ++r) {
        const MailRecipient &m = m_recipients.at(r);
        m_table->setItem(r, UnitColumn, new QTableWidgetItem(m.unitName));
        m_table->setItem(r, AddressColumn, new QTableWidgetItem(m.address));
        QString state;
        if (m.address.isEmpty())
            state = tr("No e-mail address: skipped (fill it in Edit ▸ Units)");
        else if (m.sentBefore && inputrules::sameEmail(m.sentBefore->recipient, m.address))
            state = tr("Sent at %1").arg(when(m.sentBefore->sentAt));
        else if (m.sentBefore)
            state = tr("Sent at %1 to %2").arg(when(m.sentBefore->sentAt), m.sentBefore->recipient);
        else if (m.lastFailure)
            state = tr("Failed at %1 (%2): will be sent again")
                        .arg(when(m.lastFailure->sentAt), m.lastFailure->serverReply);
        else
            state = tr("Will be sent");
        withAddress += !m.address.isEmpty();
        before += !m.address.isEmpty() && m.sentBefore;
        auto *item = new QTableWidgetItem(state);
        if (m.address.isEmpty() || (m.lastFailure && !m.sentBefore))
            item->setForeground(QColor(0xb0, 0x00, 0x20));
        m_table->setItem(r, StateColumn, item);
    }
    m_table->resizeRowsToContents();
    QString summary
        = recipients ? tr("%n unit(s) have an address", nullptr, withAddress) : recipients.error();
    if (recipients && m_recipients.size() > withAddress)
        summary += QStringLiteral("; ")
            + tr("%n will be skipped (no address)", nullptr,
                 int(m_recipients.size()) - withAddress);
    if (before)
        summary += QStringLiteral("; ") + tr("%n received it before", nullptr, before);
    m_summary->setText(summary + QLatin1Char('.'));
    m_send->setEnabled(withAddress > 0 && !m_session->isReadOnly());
}

void MailSendDialog::send()
{
    QStringList before;
    QDateTime last;
    for (const MailRecipient &m : std::as_const(m_recipients))
        if (!m.address.isEmpty() && m.sentBefore) {
            before << m.unitName;
            last = std::max(last, m.sentBefore->sentAt);
        }
    MailSendOptions options;
    if (!before.isEmpty()) {
        QMessageBox ask(QMessageBox::Question, tr("Send by e-mail"),
                        tr("Sent at %1 — send again?").arg(when(last)), QMessageBox::NoButton,
                        this);
        ask.setObjectName(QStringLiteral("sendAgainQuestion"));
        ask.setInformativeText(
            tr("Already received by: %1.").arg(before.join(QStringLiteral(", "))));
        QPushButton *again = ask.addButton(tr("Send again"), QMessageBox::YesRole);
        again->setObjectName(QStringLiteral("sendAgainButton"));
        QPushButton *others = ask.addButton(tr("Only the others"), QMessageBox::NoRole);
        others->setObjectName(QStringLiteral("sendOthersButton"));
        ask.addButton(QMessageBox::Cancel)->setText(tr("Cancel"));
        ask.exec();
        if (ask.clickedButton() != again && ask.clickedButton() != others)
            return;
        options.again = ask.clickedButton() == again;
    }
    const MailSettings settings = MailSettings::load();
    Result<mail::MailServer> server = settings.smtpServer();
    if (!server) {
        m_report->setText(server.error());
        return;
    }
    if (!server->user.isEmpty())
        server->password = MailSettings::password(*server);
    server->caFile
        = QProcessEnvironment::systemEnvironment().value(QStringLiteral("DD_MAIL_CA_FILE"));
    options.fromAddress = settings.fromAddress;
    options.fromName = settings.fromName;
    options.dates = m_request.dates;
    const Result<PreparedMail> prepared
        = prepareMail(*m_session, m_request.kind, m_recipients, options);
    if (!prepared) {
        m_report->setText(prepared.error());
        return;
    }
    QList<Delivery> deliveries;
    if (!prepared->items.isEmpty()) {
        const mail::MailServer smtp = *server;
        MailWorker::run(this, tr("Sending…"), [&](const MailWorker::Progress &progress) {
            deliveries = deliverMail(*prepared, smtp, [&](int done, int total) {
                return progress(done, total, tr("Message %1 of %2…").arg(done + 1).arg(total));
            });
        });
    }
    const Result<MailSendReport> report = logDeliveries(*m_session, *prepared, deliveries);
    if (!report) {
        m_report->setText(report.error());
        return;
    }
    QStringList lines;
    for (const MailLogEntry &e : report->sent)
        lines << tr("Sent to %1: %2").arg(e.recipient, e.serverReply);
    for (const QString &line : report->failed)
        lines << tr("Failed: %1").arg(line);
    for (const QString &line : report->skipped)
        lines << tr("Not sent: %1").arg(line);
    fill();
    QString head = tr("%n message(s) sent.", nullptr, int(report->sent.size()));
    if (!report->failed.isEmpty())
        head += QLatin1Char(' ')
            + tr("%n message(s) failed (kept in the log).", nullptr, int(report->failed.size()));
    if (!report->stoppedBy.isEmpty())
        head += QLatin1Char('\n') + report->stoppedBy;
    m_report->setText(head + QLatin1Char('\n') + lines.join(QLatin1Char('\n')));
}

} // namespace dd
