#include "dialogs/questiondialog.h"

#include "dialogs/discardguard.h"

#include "text/vietnamese.h"
#include "widgets/foldingcompleter.h"

#include "dialogs/dialogbuttons.h"

#include "dialogs/topicsdialog.h"
#include "edit/commands.h"
#include "edit/questionactions.h"
#include "widgets/screenfit.h"

#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStringListModel>
#include <QToolButton>
#include <QVBoxLayout>

namespace dd {

QuestionDialog::QuestionDialog(Session *session, const Question &question, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_question(question)
{
    setObjectName(QStringLiteral("questionDialog"));
    m_guard = new DiscardGuard(this);
    setWindowTitle(question.id ? tr("Edit question") : tr("Add question"));
    m_unit = named(new QComboBox(this), "questionUnitCombo");
    m_agency = named(new QComboBox(this), "agencyCombo");
    m_unit->addItem(tr("(unknown)"), 0);
    m_agency->addItem(tr("(not assigned)"), 0);
    // Host units first: they send the questions.
    QList<std::pair<Unit, UnitRole>> units;
    for (const EventUnit &eu : session->units().eventUnits(session->eventId()))
        if (const auto u = session->units().get(eu.unitId))
            units.append({ *u, eu.role });
    std::stable_sort(units.begin(), units.end(), [](const auto &a, const auto &b) {
        return (a.second == UnitRole::Host) > (b.second == UnitRole::Host);
    });
    for (const auto &[u, role] : units) {
        if (role == UnitRole::Guest || u.kind == UnitKind::GuestAgency)
            m_agency->addItem(u.name, u.id);
        else
            m_unit->addItem(u.name, u.id);
    }
    if (question.unitId && m_unit->findData(question.unitId) < 0)
        if (const auto u = session->units().get(question.unitId))
            m_unit->addItem(u->name, u->id);
    // Any other unit of the directory can be an agency too (the provincial Labour
    // Confederation, a department), or a new one typed here.
    for (const Unit &u : session->units().list())
        if (m_agency->findData(u.id) < 0)
            m_agency->addItem(u.name, u.id);
    m_agency->setEditable(true);
    m_agency->setInsertPolicy(QComboBox::NoInsert);
    m_agency->lineEdit()->setPlaceholderText(tr("A unit, or type a new agency"));
    {
        QStringList agencies;
        for (int i = 1; i < m_agency->count(); ++i)
            agencies << m_agency->itemText(i);
        m_agency->setCompleter(new FoldingCompleter(agencies, m_agency));
    }
    m_unit->setCurrentIndex(qMax(0, m_unit->findData(question.unitId)));
    m_agency->setCurrentIndex(qMax(0, m_agency->findData(question.forwardedToUnitId)));

    m_submitter = named(new QLineEdit(question.submitter, this), "submitterEdit");
    m_submitter->setPlaceholderText(tr("A name, or choose an attendee"));
    QStringList names;
    for (const Attendee &a : session->attendees().list(session->eventId())) {
        const QString name = a.fullName().trimmed();
        if (name.isEmpty() || m_attendeeIds.contains(name))
            continue;
        m_attendeeIds.insert(name, a.id);
        names << name;
    }
    m_submitter->setCompleter(new FoldingCompleter(names, this));

    m_kind = named(new QComboBox(this), "kindCombo");
    for (QuestionKind k : { QuestionKind::Question, QuestionKind::Recommendation,
                            QuestionKind::Proposal, QuestionKind::Initiative })
        m_kind->addItem(questionKindLabel(k), int(k));
    m_kind->setCurrentIndex(m_kind->findData(int(question.kind)));
    m_topic = named(new QComboBox(this), "topicCombo");
    m_topic->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_topic->setMinimumContentsLength(30);
    fillTopics(question.topicId);
    auto *topicsButton = named(new QToolButton(this), "editTopicsButton");
    topicsButton->setText(tr("Topics…"));
    topicsButton->setToolTip(tr("Add, rename, reorder or delete the event's topics"));
    connect(topicsButton, &QToolButton::clicked, this, &QuestionDialog::editTopics);
    auto *topicRow = new QHBoxLayout;
    topicRow->addWidget(m_topic, 1);
    topicRow->addWidget(topicsButton);

    m_text = named(new QPlainTextEdit(question.text, this), "questionTextEdit");
    m_text->setTabChangesFocus(true);
    // The clerk's remark, kept apart from the text that is read out and printed.
    m_note = named(new QLineEdit(question.note, this), "questionNoteEdit");
    m_note->setPlaceholderText(tr("For the secretariat only; not printed"));
    m_received = named(
        new QDateEdit(question.receivedOn.isValid() ? question.receivedOn : QDate::currentDate(),
                      this),
        "receivedDateEdit");
    m_received->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    m_received->setCalendarPopup(true);
    m_channel = named(new QComboBox(this), "channelCombo");
    for (QuestionChannel c : { QuestionChannel::Email, QuestionChannel::HandedIn,
                               QuestionChannel::InRoom, QuestionChannel::Livestream })
        m_channel->addItem(questionChannelLabel(c), int(c));
    m_channel->setCurrentIndex(m_channel->findData(int(question.channel)));
    auto *receivedRow = new QHBoxLayout;
    receivedRow->addWidget(m_received);
    receivedRow->addWidget(new QLabel(tr("C&hannel:"), this));
    qobject_cast<QLabel *>(receivedRow->itemAt(1)->widget())->setBuddy(m_channel);
    receivedRow->addWidget(m_channel, 1);

    m_status = named(new QComboBox(this), "questionStatusCombo");
    for (QuestionStatus s :
         { QuestionStatus::Received, QuestionStatus::Classified, QuestionStatus::Forwarded,
           QuestionStatus::Answered, QuestionStatus::Withdrawn })
        m_status->addItem(questionStatusLabel(s), int(s));
    if (question.status == QuestionStatus::Merged)
        m_status->addItem(questionStatusLabel(QuestionStatus::Merged), int(QuestionStatus::Merged));
    m_status->setCurrentIndex(qMax(0, m_status->findData(int(question.status))));
    m_forwardedOn = named(
        new QDateEdit(question.forwardedOn.isValid() ? question.forwardedOn : QDate::currentDate(),
                      this),
        "forwardedDateEdit");
    m_forwardedOn->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    m_forwardedOn->setCalendarPopup(true);
    auto *forwardRow = new QHBoxLayout;
    forwardRow->addWidget(m_agency, 1);
    forwardRow->addWidget(new QLabel(tr("o&n:"), this));
    qobject_cast<QLabel *>(forwardRow->itemAt(1)->widget())->setBuddy(m_forwardedOn);
    forwardRow->addWidget(m_forwardedOn);

    m_answer = named(new QPlainTextEdit(question.answer, this), "answerEdit");
    m_answer->setTabChangesFocus(true);
    m_answer->setMaximumHeight(80);
    m_answeredBy = named(new QLineEdit(question.answeredBy, this), "answeredByEdit");
    m_answeredAt
        = named(new QDateTimeEdit(question.answeredAt.isValid() ? question.answeredAt
                                                                : QDateTime::currentDateTime(),
                                  this),
                "answeredAtEdit");
    m_answeredAt->setDisplayFormat(QStringLiteral("dd/MM/yyyy HH:mm"));
    auto *answerRow = new QHBoxLayout;
    answerRow->addWidget(m_answeredBy, 1);
    answerRow->addWidget(new QLabel(tr("at:"), this));
    qobject_cast<QLabel *>(answerRow->itemAt(1)->widget())->setBuddy(m_answeredAt);
    answerRow->addWidget(m_answeredAt);

    m_error = makeErrorLabel(this);
    m_info = named(new QLabel(this), "savedLabel");
    m_info->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("From &unit:"), m_unit);
    form->addRow(tr("Asked &by:"), m_submitter);
    form->addRow(tr("&Kind:"), m_kind);
    addRowFor(form, tr("&Topic:"), topicRow, m_topic);
    form->addRow(tr("Te&xt:"), m_text);
    form->addRow(tr("N&ote:"), m_note);
    addRowFor(form, tr("&Received:"), receivedRow, m_received);
    form->addRow(tr("&Status:"), m_status);
    addRowFor(form, tr("&Forwarded to:"), forwardRow, m_agency);
    form->addRow(tr("&Answer:"), m_answer);
    addRowFor(form, tr("Answered b&y:"), answerRow, m_answeredBy);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Save"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("saveQuestionButton"));
    buttons->button(QDialogButtonBox::Cancel)->setText(question.id ? tr("Cancel") : tr("Close"));
    if (!question.id) {
        auto *next = buttons->addButton(tr("Save and add anoth&er"), QDialogButtonBox::ActionRole);
        next->setObjectName(QStringLiteral("saveAndNewButton"));
        next->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
        next->setToolTip(
            tr("Save, then enter the next question from the same unit, channel and date "
               "(Ctrl+Enter)"));
        connect(next, &QPushButton::clicked, this, &QuestionDialog::saveAndAddAnother);
    }
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_agency, &QComboBox::currentIndexChanged, this, &QuestionDialog::updateEnabled);
    connect(m_agency, &QComboBox::editTextChanged, this, &QuestionDialog::updateEnabled);
    connect(m_answer, &QPlainTextEdit::textChanged, this, &QuestionDialog::updateEnabled);
    // The agency combo is made first (the unit list fills both); Tab follows the form instead.
    setTabOrder(m_status, m_agency);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_info);
    layout->addWidget(buttons);
    updateEnabled();
    resizeWithinScreen(this, QSize(720, 600));
    (question.unitId && !question.id ? static_cast<QWidget *>(m_text) : m_unit)->setFocus();
}

void QuestionDialog::fillTopics(qint64 selected)
{
    m_topic->clear();
    m_topic->addItem(tr("(not classified)"), 0);
    for (const Topic &t : m_session->questions().topics(m_session->eventId())) {
        m_topic->addItem(tr("%1. %2").arg(t.position).arg(t.title), t.id);
        m_topic->setItemData(m_topic->count() - 1, t.title, Qt::ToolTipRole);
    }
    m_topic->setCurrentIndex(qMax(0, m_topic->findData(selected)));
}

void QuestionDialog::editTopics()
{
    const qint64 current = m_topic->currentData().toLongLong();
    TopicsDialog dialog(m_session, this);
    dialog.exec();
    fillTopics(current);
}

void QuestionDialog::updateEnabled()
{
    m_forwardedOn->setEnabled(agencyId() != 0);
    const bool answered = !m_answer->toPlainText().trimmed().isEmpty();
    m_answeredAt->setEnabled(answered);
}

Question QuestionDialog::question() const
{
    Question q = m_question;
    q.eventId = m_session->eventId();
    q.unitId = m_unit->currentData().toLongLong();
    q.submitter = m_submitter->text().trimmed();
    q.submitterAttendeeId = m_attendeeIds.value(q.submitter, 0);
    q.kind = QuestionKind(m_kind->currentData().toInt());
    q.topicId = m_topic->currentData().toLongLong();
    q.text = m_text->toPlainText();
    q.note = m_note->text().trimmed();
    q.receivedOn = m_received->date();
    q.channel = QuestionChannel(m_channel->currentData().toInt());
    q.status = QuestionStatus(m_status->currentData().toInt());
    // A new agency (-1) is added by save(), which points the question at it.
    const bool hasAgency = agencyId() != 0;
    q.forwardedToUnitId = qMax<qint64>(0, agencyId());
    const bool forwardedPath
        = q.status == QuestionStatus::Forwarded || q.status == QuestionStatus::Answered;
    q.forwardedOn = hasAgency && (forwardedPath || m_question.forwardedOn.isValid())
        ? m_forwardedOn->date()
        : QDate();
    q.answer = m_answer->toPlainText().trimmed();
    q.answeredBy = m_answeredBy->text().trimmed();
    q.answeredAt = q.answer.isEmpty() ? QDateTime() : m_answeredAt->dateTime();
    // The status follows what was filled in, unless the user set a later one.
    if (q.status == QuestionStatus::Received && q.topicId)
        q.status = QuestionStatus::Classified;
    if (q.status == QuestionStatus::Classified && !q.topicId && !hasAgency)
        q.status = QuestionStatus::Received;
    if (q.status == QuestionStatus::Forwarded && hasAgency && !q.forwardedOn.isValid())
        q.forwardedOn = m_forwardedOn->date();
    if (q.status != QuestionStatus::Withdrawn && q.status != QuestionStatus::Merged
        && !q.answer.isEmpty())
        q.status = QuestionStatus::Answered;
    if (q.status != QuestionStatus::Merged)
        q.duplicateOfId = 0;
    return q;
}

bool QuestionDialog::save()
{
    if (m_text->toPlainText().trimmed().isEmpty()) {
        m_error->setText(tr("Enter the text of the question."));
        m_error->show();
        m_text->setFocus();
        return false;
    }
    if (m_status->currentData().toInt() == int(QuestionStatus::Forwarded) && agencyId() == 0) {
        m_error->setText(tr("Choose the agency the question is forwarded to."));
        m_error->show();
        m_agency->setFocus();
        return false;
    }
    m_error->hide();
    // A new agency typed in the dialog joins the directory in the same undo step.
    const Question q = question();
    const QString newAgency = agencyId() < 0 ? text::clean(m_agency->currentText()) : QString();
    const bool ok = m_session->push(
        !newAgency.isEmpty() ? questionactions::saveWithNewAgency(
            m_session, q, newAgency, q.id ? std::optional(m_question) : std::nullopt)
            : q.id ? commands::editQuestionsFrom(m_session, { m_question }, { q })
                   : commands::addQuestions(m_session, { q }));
    if (!ok) {
        m_error->setText(m_session->lastError());
        m_error->show();
        return false;
    }
    // The agency is in the directory now: a next save names it, not a new one again.
    if (const auto added
        = newAgency.isEmpty() ? std::nullopt : m_session->units().findByName(newAgency)) {
        m_agency->addItem(added->name, added->id);
        m_agency->setCurrentIndex(m_agency->count() - 1);
    }
    ++m_saved;
    return true;
}

qint64 QuestionDialog::agencyId() const
{
    const QString typed = text::clean(m_agency->currentText());
    if (typed.isEmpty() || typed == m_agency->itemText(0))
        return 0;
    for (int i = 1; i < m_agency->count(); ++i)
        if (m_agency->itemText(i) == typed
            || text::fold(m_agency->itemText(i)) == text::fold(typed))
            return m_agency->itemData(i).toLongLong();
    return -1;
}

void QuestionDialog::accept()
{
    // A new form left empty after "Save and add another" just closes.
    if (!m_question.id && m_saved > 0 && m_text->toPlainText().trimmed().isEmpty()) {
        QDialog::accept();
        return;
    }
    if (save())
        QDialog::accept();
}

void QuestionDialog::saveAndAddAnother()
{
    if (!save())
        return;
    // Unit, channel and date stay; the rest is for the next question.
    m_submitter->clear();
    m_text->clear();
    m_note->clear();
    m_answer->clear();
    m_answeredBy->clear();
    m_kind->setCurrentIndex(0);
    m_status->setCurrentIndex(0);
    m_agency->setCurrentIndex(0);
    m_info->setText(tr("%n question(s) saved. Enter the next one.", nullptr, m_saved));
    m_info->show();
    m_guard->takeSnapshot(); // what was saved is not lost by closing now
    m_text->setFocus();
}

void QuestionDialog::reject()
{
    if (m_guard->allowClose())
        QDialog::reject();
}

} // namespace dd
