#include "pages/overviewpage.h"

#include "services/mailsend.h"

#include "dialogs/eventdialog.h"
#include "edit/commands.h"
#include "models/simplemodels.h"
#include "models/statistics.h"
#include "pages/barchart.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QTableView>
#include <QVBoxLayout>

namespace dd {

OverviewPage::OverviewPage(Session *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("overviewPage"));
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("eventTitleLabel"));
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::RichText);
    m_facts = new QLabel(this);
    m_facts->setObjectName(QStringLiteral("eventFactsLabel"));
    m_facts->setWordWrap(true);
    m_facts->setTextFormat(Qt::RichText);
    auto *edit = new QPushButton(tr("Edit event…"), this);
    edit->setObjectName(QStringLiteral("editEventButton"));
    edit->setEnabled(!session->isReadOnly());
    connect(edit, &QPushButton::clicked, this, &OverviewPage::editEvent);

    m_seats = new BarChart(this);
    m_seats->setObjectName(QStringLiteral("seatsChart"));
    m_questions = new BarChart(this);
    m_questions->setObjectName(QStringLiteral("questionsChart"));
    m_warnings = new QListWidget(this);
    m_warnings->setObjectName(QStringLiteral("warningsList"));
    m_warnings->setWordWrap(true);
    connect(m_warnings, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        emit showTabRequested(item->data(Qt::UserRole).toInt());
    });
    connect(m_warnings, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) {
        emit showTabRequested(item->data(Qt::UserRole).toInt());
    });

    m_taskModel = new TaskTableModel(session, this);
    m_tasks = new QTableView(this);
    m_tasks->setObjectName(QStringLiteral("taskTable"));
    m_tasks->setModel(m_taskModel);
    m_tasks->setWordWrap(true);
    m_tasks->verticalHeader()->hide();
    // The task is read whole: its column takes the width the others leave, and each row is as
    // tall as its words need.
    m_tasks->horizontalHeader()->setSectionResizeMode(TaskTableModel::DescriptionColumn,
                                                      QHeaderView::Stretch);
    // Who does it: a narrow column, wrapped (some name several offices).
    m_tasks->setColumnWidth(TaskTableModel::OwnerColumn, 170);
    m_tasks->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tasks->setColumnWidth(TaskTableModel::DueColumn, 90);
    m_tasks->horizontalHeader()->setSectionResizeMode(TaskTableModel::DoneColumn,
                                                      QHeaderView::ResizeToContents);
    m_tasks->setSelectionBehavior(QAbstractItemView::SelectRows);
    auto *addTask = new QPushButton(tr("Add task…"), this);
    addTask->setObjectName(QStringLiteral("addTaskButton"));
    connect(addTask, &QPushButton::clicked, this, &OverviewPage::addTask);
    auto *deleteTask = new QPushButton(tr("Delete task"), this);
    deleteTask->setObjectName(QStringLiteral("deleteTaskButton"));
    connect(deleteTask, &QPushButton::clicked, this, &OverviewPage::deleteTask);
    addTask->setEnabled(!session->isReadOnly());
    deleteTask->setEnabled(!session->isReadOnly());

    auto box = [this](const QString &title, QWidget *content) {
        auto *b = new QGroupBox(title, this);
        auto *l = new QVBoxLayout(b);
        l->addWidget(content);
        return b;
    };
    // A chart with many units scrolls inside its box instead of making the page taller than a
    // small screen.
    auto scrolled = [this](QWidget *chart) {
        auto *area = new QScrollArea(this);
        area->setWidget(chart);
        area->setWidgetResizable(true);
        area->setFrameShape(QFrame::NoFrame);
        area->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        return area;
    };
    auto *head = new QHBoxLayout;
    auto *headText = new QVBoxLayout;
    headText->addWidget(m_title);
    headText->addWidget(m_facts);
    head->addLayout(headText, 1);
    head->addWidget(edit, 0, Qt::AlignTop);

    // The figures and what needs attention side by side; on a small screen (1024×600) they
    // give up height first and scroll, so that the tasks below stay readable.
    auto *charts = new QHBoxLayout;
    m_seatsBox = box(tr("Seats per unit (counted / quota)"), scrolled(m_seats));
    m_seatsBox->setObjectName(QStringLiteral("seatsBox"));
    auto *questionsBox
        = box(tr("Questions per host unit (received / minimum)"), scrolled(m_questions));
    auto *attentionBox = box(tr("Needs attention"), m_warnings);
    attentionBox->setObjectName(QStringLiteral("attentionBox"));
    for (QGroupBox *b : { m_seatsBox, questionsBox, attentionBox })
        b->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Ignored);
    charts->addWidget(m_seatsBox, 3);
    charts->addWidget(questionsBox, 2);
    charts->addWidget(attentionBox, 3);

    auto *taskBox = new QGroupBox(tr("Tasks"), this);
    taskBox->setObjectName(QStringLiteral("taskBox"));
    auto *taskLayout = new QVBoxLayout(taskBox);
    taskLayout->addWidget(m_tasks);
    auto *taskButtons = new QHBoxLayout;
    taskButtons->addWidget(addTask);
    taskButtons->addWidget(deleteTask);
    taskButtons->addStretch();
    taskLayout->addLayout(taskButtons);

    // The tasks across the whole width, under the figures: a task is read on one or two lines.
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(head);
    layout->addLayout(charts, 2);
    layout->addWidget(taskBox, 3);

    connect(session, &Session::dataChanged, this, &OverviewPage::refresh);
    connect(session, &Session::eventChanged, this, &OverviewPage::refresh);
    refresh();
}

void OverviewPage::refresh()
{
    const auto event = m_session->event();
    if (!event) {
        m_title->setText(tr("No event yet: create one with File ▸ New event."));
        return;
    }
    // A heading a size smaller than <h2>: the sample's 170-letter title takes two lines at
    // 1024 px instead of three, and the figures and tasks below keep that room.
    m_title->setText(QStringLiteral("<h3>%1</h3>").arg(event->title.toHtmlEscaped()));
    QStringList facts;
    if (!event->organiser.isEmpty())
        facts << tr("Organiser: %1").arg(event->organiser.toHtmlEscaped());
    const QDate today = QDate::currentDate();
    if (event->date.isValid()) {
        const qint64 days = today.daysTo(event->date);
        QString when = tr("Date: %1").arg(event->date.toString(QStringLiteral("dd/MM/yyyy")));
        if (days > 0)
            when += QStringLiteral(" — ") + tr("%n day(s) left", nullptr, int(days));
        else if (days == 0)
            when += QStringLiteral(" — ") + tr("today");
        facts << when;
    } else if (event->plannedMonth) {
        facts << tr("Planned for %1/%2 (no date set yet)")
                     .arg(event->plannedMonth)
                     .arg(event->plannedYear);
    }
    const auto plan = m_session->events().plan(event->id, event->activePlan);
    QString planText
        = tr("Active plan: <b>%1</b>").arg(planKindLabel(event->activePlan).toHtmlEscaped());
    if (plan && !plan->venue.isEmpty())
        planText += QStringLiteral(" — ") + plan->venue.toHtmlEscaped();
    facts << planText;
    if (event->questionDeadline.isValid())
        facts << tr("Questions due by %1")
                     .arg(event->questionDeadline.toString(QStringLiteral("dd/MM/yyyy")));
    if (event->personalDataErasedAt.isValid())
        facts << tr("Personal data (phones, e-mails, birth years) erased on %1")
                     .arg(event->personalDataErasedAt.toString(QStringLiteral("dd/MM/yyyy HH:mm")));
    // The invitations by e-mail, once the first went out (Gửi qua thư điện tử).
    if (const MailProgressFigures mail = mailFigures(*m_session, PaperKind::UnitInvitation);
        mail.sent > 0 || mail.failed > 0) {
        QString line
            = tr("Invitations sent by e-mail: %1/%n unit(s)", nullptr, mail.units).arg(mail.sent);
        if (mail.failed)
            line += QStringLiteral(" · ") + tr("%n failed to send", nullptr, mail.failed);
        if (mail.noAddress)
            line += QStringLiteral(" · ")
                + tr("%n without an e-mail address", nullptr, mail.noAddress);
        facts << line.toHtmlEscaped();
    }
    m_facts->setText(facts.join(QStringLiteral("<br>")));

    const EventFigures f = computeFigures(*m_session);
    QList<BarChart::Bar> seats;
    QList<BarChart::Bar> questions;
    // Online, nobody takes a seat: the figures are who follows the livestream (expected, and
    // joined so far) and the questions, not the quotas of the hall.
    const bool online = event->activePlan == PlanKind::Online;
    m_seatsBox->setTitle(online ? tr("Viewers per unit online (joined / expected)")
                                : tr("Seats per unit (counted / quota)"));
    for (const UnitFigures &u : f.units) {
        if (online && u.counted > 0)
            seats << BarChart::Bar { u.unitName, u.checkedIn, u.counted, false };
        else if (!online && (u.quota >= 0 || u.counted > 0))
            seats << BarChart::Bar { u.unitName, u.counted, u.quota, true };
        if (u.role == UnitRole::Host)
            questions << BarChart::Bar { u.unitName, u.questions, event->minQuestionsPerHost,
                                         false };
    }
    m_seats->setBars(seats);
    m_questions->setBars(questions);

    m_warnings->clear();
    const QList<Warning> warnings = computeWarnings(*m_session, today);
    for (const Warning &w : warnings) {
        auto *item = new QListWidgetItem(w.text, m_warnings);
        item->setData(Qt::UserRole, int(w.tab));
        item->setForeground(QColor(0xb0, 0x00, 0x20));
        item->setToolTip(tr("Click to open the tab where this is fixed"));
    }
    if (warnings.isEmpty())
        new QListWidgetItem(tr("Nothing needs attention."), m_warnings);
}

void OverviewPage::editEvent()
{
    const auto event = m_session->event();
    if (!event)
        return;
    EventDialog dialog(m_session, *event, this);
    dialog.exec();
}

void OverviewPage::addTask()
{
    bool ok = false;
    const QString text
        = QInputDialog::getMultiLineText(this, tr("Add task"), tr("What is to be done:"), {}, &ok);
    if (!ok || text.trimmed().isEmpty())
        return;
    Task t;
    t.eventId = m_session->eventId();
    t.description = text;
    t.position = commands::nextTaskPosition(m_session);
    m_session->push(commands::addTask(m_session, t));
}

void OverviewPage::deleteTask()
{
    const QModelIndex i = m_tasks->currentIndex();
    if (i.isValid())
        m_session->push(commands::removeTasks(m_session, { m_taskModel->idAt(i.row()) }));
}

} // namespace dd
