#include "dialogs/questiondialog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace dd {

QuestionDialog::QuestionDialog(Session *session, const Question &question, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_question(question)
{
    setObjectName(QStringLiteral("questionDialog"));
    setWindowTitle(question.id ? tr("Edit question") : tr("Add question"));
    auto named = [this](auto *w, const char *name) {
        w->setObjectName(QLatin1String(name));
        return w;
    };
    m_unit = named(new QComboBox(this), "questionUnitCombo");
    m_agency = named(new QComboBox(this), "agencyCombo");
    m_unit->addItem(tr("(unknown)"), 0);
    m_agency->addItem(tr("(not forwarded)"), 0);
    for (const EventUnit &eu : session->units().eventUnits(session->eventId())) {
        const auto u = session->units().get(eu.unitId);
        if (!u)
            continue;
        if (eu.role == UnitRole::Guest || u->kind == UnitKind::GuestAgency)
            m_agency->addItem(u->name, u->id);
        else
            m_unit->addItem(u->name, u->id);
    }
    m_unit->setCurrentIndex(qMax(0, m_unit->findData(question.unitId)));
    m_agency->setCurrentIndex(qMax(0, m_agency->findData(question.forwardedToUnitId)));
    m_submitter = named(new QLineEdit(question.submitter, this), "submitterEdit");
    m_kind = named(new QComboBox(this), "kindCombo");
    for (QuestionKind k : {QuestionKind::Question, QuestionKind::Recommendation, QuestionKind::Proposal,
                           QuestionKind::Initiative})
        m_kind->addItem(questionKindLabel(k), int(k));
    m_kind->setCurrentIndex(m_kind->findData(int(question.kind)));
    m_topic = named(new QComboBox(this), "topicCombo");
    m_topic->addItem(tr("(not classified)"), 0);
    for (const Topic &t : session->questions().topics(session->eventId()))
        m_topic->addItem(tr("%1. %2").arg(t.position).arg(t.title.left(90)), t.id);
    m_topic->setCurrentIndex(qMax(0, m_topic->findData(question.topicId)));
    m_text = named(new QPlainTextEdit(question.text, this), "questionTextEdit");
    m_received = named(new QDateEdit(question.receivedOn.isValid() ? question.receivedOn : QDate::currentDate(), this),
                       "receivedDateEdit");
    m_received->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    m_received->setCalendarPopup(true);
    m_channel = named(new QComboBox(this), "channelCombo");
    for (QuestionChannel c : {QuestionChannel::Email, QuestionChannel::HandedIn, QuestionChannel::InRoom,
                              QuestionChannel::Livestream})
        m_channel->addItem(questionChannelLabel(c), int(c));
    m_channel->setCurrentIndex(m_channel->findData(int(question.channel)));
    m_status = named(new QComboBox(this), "questionStatusCombo");
    for (QuestionStatus s : {QuestionStatus::Received, QuestionStatus::Classified, QuestionStatus::Forwarded,
                             QuestionStatus::Answered, QuestionStatus::Withdrawn})
        m_status->addItem(questionStatusLabel(s), int(s));
    m_status->setCurrentIndex(qMax(0, m_status->findData(int(question.status))));
    m_answer = named(new QPlainTextEdit(question.answer, this), "answerEdit");
    m_answer->setMaximumHeight(90);
    m_answeredBy = named(new QLineEdit(question.answeredBy, this), "answeredByEdit");
    m_error = named(new QLabel(this), "errorLabel");
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    m_error->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("From &unit:"), m_unit);
    form->addRow(tr("Asked &by:"), m_submitter);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Topic:"), m_topic);
    form->addRow(tr("&Text:"), m_text);
    form->addRow(tr("&Received:"), m_received);
    form->addRow(tr("&Channel:"), m_channel);
    form->addRow(tr("&Status:"), m_status);
    form->addRow(tr("&Forwarded to:"), m_agency);
    form->addRow(tr("&Answer:"), m_answer);
    form->addRow(tr("Answered b&y:"), m_answeredBy);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Save"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(640, 620);
}

Question QuestionDialog::question() const
{
    Question q = m_question;
    q.eventId = m_session->eventId();
    q.unitId = m_unit->currentData().toLongLong();
    q.submitter = m_submitter->text();
    q.kind = QuestionKind(m_kind->currentData().toInt());
    q.topicId = m_topic->currentData().toLongLong();
    q.text = m_text->toPlainText();
    q.receivedOn = m_received->date();
    q.channel = QuestionChannel(m_channel->currentData().toInt());
    q.status = QuestionStatus(m_status->currentData().toInt());
    const qint64 agency = m_agency->currentData().toLongLong();
    if (agency != q.forwardedToUnitId && agency)
        q.forwardedOn = QDate::currentDate();
    q.forwardedToUnitId = agency;
    q.answer = m_answer->toPlainText();
    q.answeredBy = m_answeredBy->text();
    if (!q.answer.trimmed().isEmpty() && !q.answeredAt.isValid())
        q.answeredAt = QDateTime::currentDateTime();
    // The status follows what was filled in, unless the user set a later one.
    if (q.status == QuestionStatus::Received && q.topicId)
        q.status = QuestionStatus::Classified;
    if ((q.status == QuestionStatus::Received || q.status == QuestionStatus::Classified) && q.forwardedToUnitId)
        q.status = QuestionStatus::Forwarded;
    if (q.status != QuestionStatus::Withdrawn && !q.answer.trimmed().isEmpty())
        q.status = QuestionStatus::Answered;
    return q;
}

void QuestionDialog::accept()
{
    if (m_text->toPlainText().trimmed().isEmpty()) {
        m_error->setText(tr("Enter the text of the question."));
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace dd
