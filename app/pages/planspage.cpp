#include "pages/planspage.h"

#include "dialogs/paperdialog.h"
#include "edit/commands.h"
#include "models/simplemodels.h"
#include "models/statistics.h"

#include "dialogs/dialogbuttons.h"
#include <QDialog>

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace dd {

PlansPage::PlansPage(Session *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("plansPage"));
    m_inPerson = makeForm(PlanKind::InPerson);
    m_online = makeForm(PlanKind::Online);
    m_active = new QLabel(this);
    m_active->setObjectName(QStringLiteral("activePlanTitle"));
    m_switch = new QPushButton(this);
    m_switch->setObjectName(QStringLiteral("switchPlanButton"));
    connect(m_switch, &QPushButton::clicked, this, &PlansPage::switchPlan);
    m_logModel = new PlanSwitchModel(session, this);
    m_log = new QTableView(this);
    m_log->setObjectName(QStringLiteral("planSwitchLog"));
    m_log->setModel(m_logModel);
    m_log->horizontalHeader()->setStretchLastSection(true);
    m_log->verticalHeader()->hide();
    m_log->setColumnWidth(0, 130);
    m_log->setColumnWidth(1, 170);
    m_log->setColumnWidth(2, 170);

    auto *head = new QHBoxLayout;
    head->addWidget(m_active, 1);
    head->addWidget(m_switch);
    head->addWidget(PaperDialog::printButton(session, { PaperKind::Plan, PaperKind::OnlineNotice },
                                             this, "printPlanButton"));
    auto *plans = new QHBoxLayout;
    plans->addWidget(m_inPerson.box);
    plans->addWidget(m_online.box);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(head);
    layout->addLayout(plans, 3);
    layout->addWidget(new QLabel(tr("<b>Switches</b> (Edit ▸ Undo reverts the last one)"), this));
    layout->addWidget(m_log, 1);

    connect(session, &Session::dataChanged, this, [this](unsigned e) {
        if (e
            & (unsigned(Entity::Plans) | unsigned(Entity::Events) | unsigned(Entity::Attendees)
               | unsigned(Entity::Agenda)))
            refresh();
    });
    connect(session, &Session::eventChanged, this, &PlansPage::refresh);
    refresh();
}

PlansPage::PlanForm PlansPage::makeForm(PlanKind kind)
{
    const QString prefix
        = kind == PlanKind::InPerson ? QStringLiteral("inPerson") : QStringLiteral("online");
    PlanForm f;
    f.box = new QGroupBox(planKindLabel(kind), this);
    f.box->setObjectName(prefix + QStringLiteral("PlanBox"));
    f.condition = new QPlainTextEdit(f.box);
    f.condition->setObjectName(prefix + QStringLiteral("Condition"));
    f.condition->setMaximumHeight(70);
    f.venue = new QLineEdit(f.box);
    f.venue->setObjectName(prefix + QStringLiteral("Venue"));
    f.livestream = new QLineEdit(f.box);
    f.livestream->setObjectName(prefix + QStringLiteral("Livestream"));
    f.capacity = new QSpinBox(f.box);
    f.capacity->setObjectName(prefix + QStringLiteral("Capacity"));
    f.capacity->setRange(0, 100000);
    f.capacity->setSpecialValueText(tr("no limit"));
    f.start = new QTimeEdit(f.box);
    f.start->setObjectName(prefix + QStringLiteral("StartTime"));
    f.start->setDisplayFormat(QStringLiteral("HH:mm"));
    // 00:00 stands for "no start time yet" (the seed plan gives none).
    f.start->setMinimumTime(QTime(0, 0));
    f.start->setSpecialValueText(tr("(not set)"));
    f.meaning = new QLabel(f.box);
    f.meaning->setObjectName(prefix + QStringLiteral("Meaning"));
    f.meaning->setWordWrap(true);
    f.meaning->setTextFormat(Qt::RichText);
    f.meaning->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    f.save = new QPushButton(tr("Save changes"), f.box);
    f.save->setObjectName(prefix + QStringLiteral("Save"));
    connect(f.save, &QPushButton::clicked, this, [this, kind] { savePlan(kind); });
    auto *form = new QFormLayout(f.box);
    form->addRow(tr("Used when:"), f.condition);
    form->addRow(tr("Venue:"), f.venue);
    form->addRow(tr("Livestream:"), f.livestream);
    form->addRow(tr("Capacity:"), f.capacity);
    form->addRow(tr("Start time:"), f.start);
    form->addRow(f.meaning);
    form->addRow(QString(), f.save);
    f.save->setEnabled(!m_session->isReadOnly());
    return f;
}

void PlansPage::refresh()
{
    const auto event = m_session->event();
    if (!event)
        return;
    const EventFigures figures = computeFigures(*m_session);
    const QList<AgendaItem> agenda = m_session->agenda().list(event->id);
    for (PlanKind kind : { PlanKind::InPerson, PlanKind::Online }) {
        PlanForm &f = kind == PlanKind::InPerson ? m_inPerson : m_online;
        const auto plan = m_session->events().plan(event->id, kind);
        const bool active = event->activePlan == kind;
        f.box->setTitle(active ? tr("%1 — active").arg(planKindLabel(kind)) : planKindLabel(kind));
        f.box->setStyleSheet(
            active ? QStringLiteral("QGroupBox { font-weight: bold; border: 2px solid #2e7d32; "
                                    "margin-top: 1.2em; padding: 6px; } QGroupBox::title { "
                                    "subcontrol-origin: margin; left: 8px; }")
                   : QString());
        if (!plan)
            continue;
        f.condition->setPlainText(plan->condition);
        f.venue->setText(plan->venue);
        f.livestream->setText(plan->livestreamUrl);
        f.capacity->setValue(plan->capacity);
        f.start->setTime(plan->startTime.isValid() ? plan->startTime : QTime(0, 0));
        QStringList lines;
        if (kind == PlanKind::InPerson) {
            lines << (plan->capacity > 0 ? tr("Expected attendees: %1 of %2 seats")
                                               .arg(figures.expected)
                                               .arg(plan->capacity)
                                         : tr("Expected attendees: %1").arg(figures.expected));
            if (plan->capacity > 0 && figures.expected > plan->capacity)
                lines << QStringLiteral("<span style='color:#b00020'>%1</span>")
                             .arg(tr("Over capacity by %1").arg(figures.expected - plan->capacity));
            lines << tr("Papers: invitation letters with the hall address");
        } else {
            lines << tr("The seat quota does not apply; branches watch the livestream.");
            lines << tr("Papers: the notice with the livestream address");
        }
        QStringList items;
        int minutes = 0;
        for (const AgendaItem &i : agenda)
            if (planScopeApplies(i.scope, kind)) {
                items << i.title.toHtmlEscaped();
                minutes += i.durationMinutes;
            }
        lines << tr("Programme: %n item(s), %1 minutes", nullptr, int(items.size())).arg(minutes);
        if (!items.isEmpty())
            lines << QStringLiteral("<small>%1</small>").arg(items.join(QStringLiteral(" · ")));
        f.meaning->setText(lines.join(QStringLiteral("<br>")));
    }
    m_active->setText(
        QStringLiteral("<h3>%1</h3>")
            .arg(tr("Active plan: %1").arg(planKindLabel(event->activePlan)).toHtmlEscaped()));
    const PlanKind other
        = event->activePlan == PlanKind::InPerson ? PlanKind::Online : PlanKind::InPerson;
    m_switch->setText(tr("Switch to %1…").arg(planKindLabel(other)));
    m_switch->setEnabled(!m_session->isReadOnly());
}

void PlansPage::savePlan(PlanKind kind)
{
    const auto before = m_session->events().plan(m_session->eventId(), kind);
    if (!before)
        return;
    PlanForm &f = kind == PlanKind::InPerson ? m_inPerson : m_online;
    Plan after = *before;
    after.condition = f.condition->toPlainText();
    after.venue = f.venue->text();
    after.livestreamUrl = f.livestream->text();
    after.capacity = f.capacity->value();
    after.startTime = f.start->time() == QTime(0, 0) ? QTime() : f.start->time();
    m_session->push(commands::editPlan(m_session, *before, after));
}

void PlansPage::switchPlan()
{
    const auto event = m_session->event();
    if (!event)
        return;
    const PlanKind to
        = event->activePlan == PlanKind::InPerson ? PlanKind::Online : PlanKind::InPerson;
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("switchPlanDialog"));
    dialog.setWindowTitle(tr("Switch to %1").arg(planKindLabel(to)));
    auto *reason = new QLineEdit(&dialog);
    reason->setObjectName(QStringLiteral("reasonEdit"));
    reason->setPlaceholderText(to == PlanKind::Online
                                   ? tr("e.g. the province applies Directive 15/CT-TTg")
                                   : tr("e.g. the epidemic situation is stable"));
    auto *buttons = makeDialogButtons(&dialog, tr("Switch"));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    connect(reason, &QLineEdit::textChanged, buttons, [buttons](const QString &t) {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(!t.trimmed().isEmpty());
    });
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(
        new QLabel(tr("Nothing is deleted: the other plan keeps all its data and you can "
                      "switch back at any time.\nWhy is the plan switched?"),
                   &dialog));
    layout->addWidget(reason);
    layout->addWidget(buttons);
    dialog.resize(520, dialog.sizeHint().height());
    if (dialog.exec() == QDialog::Accepted)
        switchPlanTo(to, reason->text());
}

bool PlansPage::switchPlanTo(PlanKind to, const QString &reason)
{
    return m_session->push(commands::switchPlan(m_session, to, reason));
}

} // namespace dd
