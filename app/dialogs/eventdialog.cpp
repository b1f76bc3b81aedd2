#include "dialogs/eventdialog.h"

#include "dialogs/discardguard.h"

#include "documents/plantext.h"
#include "widgets/clocktimeedit.h"
#include "widgets/datefield.h"

#include "edit/commands.h"
#include "services/eventsetup.h"
#include "services/paperservice.h"

#include "dialogs/dialogbuttons.h"
#include "widgets/screenfit.h"
#include <QCheckBox>
#include <QComboBox>

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace dd {

EventDialog::EventDialog(Session *session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_new(true)
{
    m_event.plannedYear = QDate::currentDate().year();
    build();
}

EventDialog::EventDialog(Session *session, const Event &event, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_event(event)
    , m_new(false)
{
    build();
}

void EventDialog::build()
{
    setObjectName(QStringLiteral("eventDialog"));
    m_guard = new DiscardGuard(this);
    setWindowTitle(m_new ? tr("New event") : tr("Edit event"));
    auto *form = new QFormLayout;
    if (m_new) {
        m_copyFrom = new QComboBox(this);
        m_copyFrom->setObjectName(QStringLiteral("copyFromCombo"));
        m_copyFrom->addItem(tr("(start empty)"), 0);
        for (const Event &e : m_session->events().list())
            m_copyFrom->addItem(e.title.left(100), e.id);
        if (m_copyFrom->count() > 1)
            m_copyFrom->setCurrentIndex(m_copyFrom->count() - 1);
        form->addRow(tr("Copy settings &from:"), m_copyFrom);
    }
    m_title = new QLineEdit(m_event.title, this);
    m_title->setObjectName(QStringLiteral("titleEdit"));
    m_title->setCursorPosition(0); // a long title shows its beginning, not its end
    m_organiser = new QLineEdit(m_event.organiser, this);
    m_organiser->setObjectName(QStringLiteral("organiserEdit"));
    m_parentRef = new QPlainTextEdit(m_event.parentPlanRef, this);
    m_parentRef->setObjectName(QStringLiteral("parentRefEdit"));
    m_parentRef->setMaximumHeight(60);
    if (!m_new) {
        // The plan's words: its own, or a draft from the facts until it has them.
        m_draft = documents::plantext::draft(paperservice::paperData(*m_session));
        m_planText = new QPlainTextEdit(
            m_event.planText.trimmed().isEmpty() ? m_draft : m_event.planText, this);
        m_planText->setObjectName(QStringLiteral("planTextEdit"));
        m_planText->setMinimumHeight(220);
        m_planText->setToolTip(
            tr("The plan paper prints this text word for word, from the opening paragraph to "
               "the closing one: one paragraph per line, **bold**, *italic*. When a date, "
               "venue, quota or contact changes, change it here too."));
    }
    m_month = new QSpinBox(this);
    m_month->setObjectName(QStringLiteral("monthSpin"));
    m_month->setRange(0, 12);
    m_month->setSpecialValueText(tr("(not set)"));
    m_month->setValue(m_event.plannedMonth);
    m_year = new QSpinBox(this);
    m_year->setObjectName(QStringLiteral("yearSpin"));
    m_year->setRange(2000, 2100);
    m_year->setValue(m_event.plannedYear ? m_event.plannedYear : QDate::currentDate().year());
    auto dateEdit = [this](const QDate &d, const char *name) {
        auto *e = new DateField(this);
        e->setObjectName(QLatin1String(name));
        e->setDate(d);
        return e;
    };
    m_date = dateEdit(m_event.date, "dateEdit");
    m_deadline = dateEdit(m_event.questionDeadline, "deadlineEdit");
    m_minQuestions = new QSpinBox(this);
    m_minQuestions->setObjectName(QStringLiteral("minQuestionsSpin"));
    m_minQuestions->setRange(0, 100);
    m_minQuestions->setValue(m_event.minQuestionsPerHost);
    m_latestEnd = new ClockTimeEdit(this);
    m_latestEnd->setObjectName(QStringLiteral("latestEndEdit"));
    m_latestEnd->setPlaceholderText(tr("no limit, e.g. 11h30"));
    m_latestEnd->setTime(m_event.latestEndTime);
    m_error = makeErrorLabel(this);

    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Organiser:"), m_organiser);
    form->addRow(tr("&Based on:"), m_parentRef);
    if (m_planText)
        form->addRow(tr("&Plan text:"), m_planText);
    auto *planned = new QHBoxLayout;
    planned->addWidget(m_month);
    planned->addWidget(m_year);
    addRowFor(form, tr("Planned &month / year:"), planned, m_month);
    form->addRow(tr("&Date:"), m_date);
    form->addRow(tr("Q&uestions due by:"), m_deadline);
    form->addRow(tr("Questions per host unit (minimum):"), m_minQuestions);
    form->addRow(tr("Latest &end time:"), m_latestEnd);
    auto *buttons = makeDialogButtons(this, m_new ? tr("Create") : tr("Save"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resizeWithinScreen(this, QSize(760, m_new ? 520 : 720));
}

Event EventDialog::fromForm() const
{
    Event e = m_event;
    e.title = m_title->text();
    e.organiser = m_organiser->text();
    e.parentPlanRef = m_parentRef->toPlainText();
    // The draft becomes the event's own text only when the clerk changed it.
    if (m_planText
        && (!m_event.planText.trimmed().isEmpty() || m_planText->toPlainText() != m_draft))
        e.planText = m_planText->toPlainText();
    e.plannedMonth = m_month->value();
    e.plannedYear = m_year->value();
    e.date = m_date->date();
    e.questionDeadline = m_deadline->date();
    e.minQuestionsPerHost = m_minQuestions->value();
    e.latestEndTime = m_latestEnd->time();
    return e;
}

void EventDialog::accept()
{
    // A value typed and not yet left is judged now; a refused one says why beside it.
    for (RuledLineEdit *field :
         { static_cast<RuledLineEdit *>(m_date), static_cast<RuledLineEdit *>(m_deadline),
           static_cast<RuledLineEdit *>(m_latestEnd) }) {
        emit field->editingFinished();
        if (!field->isAccepted()) {
            field->setFocus();
            m_error->setText(field->problem());
            m_error->show();
            return;
        }
    }
    const Event e = fromForm();
    if (e.title.trimmed().isEmpty()) {
        m_error->setText(tr("Give the event a title."));
        m_error->show();
        return;
    }
    if (m_new) {
        // A new event is not an edit of the current one; it is not on the undo stack,
        // like opening a file. It can be removed again by deleting the event.
        auto id = createEvent(m_session->database(), e, m_copyFrom->currentData().toLongLong());
        if (!id) {
            m_error->setText(id.error());
            m_error->show();
            return;
        }
        m_createdId = *id;
    } else if (!m_session->push(commands::editEventFrom(m_session, m_event, e))) {
        m_error->setText(m_session->lastError());
        m_error->show();
        return;
    }
    QDialog::accept();
}

void EventDialog::reject()
{
    if (m_guard->allowClose())
        QDialog::reject();
}

} // namespace dd
