#include "pages/planspage.h"

#include "dialogs/paperdialog.h"
#include "dialogs/reporttextdialog.h"
#include "domain/inputrules.h"
#include "edit/commands.h"
#include "edit/shownrow.h"
#include "models/simplemodels.h"
#include "models/statistics.h"
#include "widgets/clocktimeedit.h"

#include "dialogs/dialogbuttons.h"
#include "widgets/screenfit.h"
#include <QDialog>

#include <QApplication>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QTableView>
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
    // Wraps beside the buttons with a large font on a 1024 px screen instead of widening it.
    m_active->setWordWrap(true);
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
    // After the day the clerk writes the report's assessment and proposals from here too.
    auto *report = new QPushButton(tr("Results report…"), this);
    report->setObjectName(QStringLiteral("reportTextButton"));
    report->setToolTip(ReportTextDialog::actionText());
    report->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    connect(report, &QPushButton::clicked, this,
            [this] { ReportTextDialog::run(m_session, this); });
    head->addWidget(report);
    // The two plans side by side; where the screen is short (1024×600 with a large font) they
    // scroll inside the page rather than making the window taller than the screen.
    auto *plansArea = new QScrollArea(this);
    plansArea->setObjectName(QStringLiteral("plansArea"));
    plansArea->setFrameShape(QFrame::NoFrame);
    plansArea->setWidgetResizable(true);
    plansArea->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *plansWidget = new QWidget(plansArea);
    auto *plans = new QHBoxLayout(plansWidget);
    plans->setContentsMargins(0, 0, 0, 0);
    m_inPerson.box->setParent(plansWidget);
    m_online.box->setParent(plansWidget);
    plans->addWidget(m_inPerson.box);
    plans->addWidget(m_online.box);
    plansArea->setWidget(plansWidget);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(head);
    layout->addWidget(plansArea, 3);
    auto *switches = new QLabel(tr("<b>Switches</b> (Edit ▸ Undo reverts the last one)"), this);
    switches->setWordWrap(true);
    layout->addWidget(switches);
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
    f.start = new ClockTimeEdit(f.box);
    f.start->setObjectName(prefix + QStringLiteral("StartTime"));
    f.meaning = new QLabel(f.box);
    f.meaning->setObjectName(prefix + QStringLiteral("Meaning"));
    f.meaning->setWordWrap(true);
    f.meaning->setTextFormat(Qt::RichText);
    f.meaning->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    // Each field is applied when it is left (Edit ▸ Undo takes it back).
    const auto save = [this, kind] {
        savePlan(kind);
    };
    connect(f.venue, &QLineEdit::editingFinished, this, save);
    connect(f.livestream, &QLineEdit::editingFinished, this, save);
    connect(f.capacity, &QSpinBox::editingFinished, this, save);
    connect(f.start, &ClockTimeEdit::valueEdited, this, save);
    f.condition->installEventFilter(this);
    auto *form = new QFormLayout(f.box);
    form->addRow(tr("Used when:"), f.condition);
    form->addRow(tr("Venue:"), f.venue);
    form->addRow(tr("Livestream:"), f.livestream);
    form->addRow(tr("Capacity:"), f.capacity);
    form->addRow(tr("Start time:"), f.start);
    form->addRow(f.meaning);
    for (QWidget *w : { static_cast<QWidget *>(f.condition), static_cast<QWidget *>(f.venue),
                        static_cast<QWidget *>(f.livestream), static_cast<QWidget *>(f.capacity),
                        static_cast<QWidget *>(f.start) })
        w->setEnabled(!m_session->isReadOnly());
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
        if (!plan) {
            f.shown.reset();
            continue;
        }
        // A field being typed in keeps what is typed; it is applied when left.
        const auto typing = [](QWidget *w) {
            return w->hasFocus();
        };
        f.shown = commands::shownWhileTyping(
            *plan, f.shown, commands::Typed { typing(f.condition), &Plan::condition },
            commands::Typed { typing(f.venue), &Plan::venue },
            commands::Typed { typing(f.livestream), &Plan::livestreamUrl },
            commands::Typed { typing(f.capacity), &Plan::capacity },
            commands::Typed { typing(f.start), &Plan::startTime });
        if (!typing(f.condition) && f.condition->toPlainText() != plan->condition)
            f.condition->setPlainText(plan->condition);
        if (!typing(f.venue))
            f.venue->setText(plan->venue);
        if (!typing(f.livestream))
            f.livestream->setText(plan->livestreamUrl);
        if (!typing(f.capacity))
            f.capacity->setValue(plan->capacity);
        if (!typing(f.start))
            f.start->setTime(plan->startTime);
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
                items << i.titleFor(kind).toHtmlEscaped();
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

std::optional<Plan> PlansPage::planFromForm(PlanKind kind) const
{
    const PlanForm &f = kind == PlanKind::InPerson ? m_inPerson : m_online;
    auto plan = f.shown;
    if (!plan)
        return std::nullopt;
    plan->condition = f.condition->toPlainText();
    plan->venue = f.venue->text();
    plan->livestreamUrl = f.livestream->text();
    plan->capacity = f.capacity->value();
    // A refused time keeps the stored one (the field says why) and does not hold back the rest.
    if (const auto t = inputrules::readClockTime(f.start->text()))
        plan->startTime = *t;
    return plan;
}

bool PlansPage::savePlan(PlanKind kind)
{
    if (m_hold)
        return true;
    // Over the plan as the form showed it, not as stored now (issue 18).
    const auto before = (kind == PlanKind::InPerson ? m_inPerson : m_online).shown;
    const auto after = planFromForm(kind);
    if (!before || !after || m_session->isReadOnly())
        return true;
    if (after->condition == before->condition && after->venue == before->venue
        && after->livestreamUrl == before->livestreamUrl && after->capacity == before->capacity
        && after->startTime == before->startTime) {
        refresh(); // the field left shows what another desk stored meanwhile
        return true;
    }
    if (m_session->push(commands::editPlan(m_session, *before, *after)))
        return true;
    if (m_session->lastConflict()) {
        // Refused: the conflict dialog holds the clerk's words and can write them over theirs.
        // The form shows the plan as stored, so leaving the next field does not try the same
        // edit again (a second dialog).
        (kind == PlanKind::InPerson ? m_inPerson : m_online).shown.reset();
        refresh();
    }
    return false;
}

bool PlansPage::hasPendingEdits() const
{
    for (PlanKind kind : { PlanKind::InPerson, PlanKind::Online }) {
        const PlanForm &f = kind == PlanKind::InPerson ? m_inPerson : m_online;
        const auto &before = f.shown;
        const auto after = planFromForm(kind);
        if (!before || !after)
            continue;
        const bool startChanged = f.start->text()
            != (before->startTime.isValid() ? before->startTime.toString(QStringLiteral("HH:mm"))
                                            : QString());
        if (after->condition != before->condition || after->venue != before->venue
            || after->livestreamUrl != before->livestreamUrl || after->capacity != before->capacity
            || startChanged)
            return true;
    }
    return false;
}

bool PlansPage::applyPendingEdits()
{
    for (PlanKind kind : { PlanKind::InPerson, PlanKind::Online }) {
        PlanForm &f = kind == PlanKind::InPerson ? m_inPerson : m_online;
        if (!inputrules::readClockTime(f.start->text())) {
            f.start->setFocus();
            emit f.start->editingFinished(); // marks the field and says why
            return false;
        }
        f.start->setTime(*inputrules::readClockTime(f.start->text()));
        if (!savePlan(kind))
            return false;
    }
    return true;
}

void PlansPage::discardPendingEdits()
{
    // Leaving the field would apply it: it is left with its signals blocked, then every field
    // shows the stored value again.
    m_hold = true;
    if (QWidget *w = QApplication::focusWidget(); w && isAncestorOf(w)) {
        const QSignalBlocker block(w);
        w->clearFocus();
    }
    m_hold = false;
    refresh();
}

bool PlansPage::eventFilter(QObject *watched, QEvent *event)
{
    // A multi-line field has no editingFinished: it is applied when the focus leaves it.
    if (event->type() == QEvent::FocusOut) {
        if (watched == m_inPerson.condition)
            savePlan(PlanKind::InPerson);
        else if (watched == m_online.condition)
            savePlan(PlanKind::Online);
    }
    return QWidget::eventFilter(watched, event);
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
    // What the switch changes for work already done, before it is confirmed.
    const EventFigures figures = computeFigures(*m_session);
    int invited = 0;
    for (const UnitFigures &u : figures.units)
        invited += u.invited - u.declined;
    const DocumentSettings papers = m_session->events().documentSettings(event->id);
    const auto issued = [&papers](PaperKind kind) {
        return qMax(0, papers.numbering.value(kind).nextNumber - 1);
    };
    QStringList changes;
    if (to == PlanKind::Online) {
        if (const int letters
            = issued(PaperKind::PersonInvitation) + issued(PaperKind::UnitInvitation))
            changes << tr("%n invitation letter(s) to the hall were already numbered and printed: "
                          "send the online notice to their addressees.",
                          nullptr, letters);
        if (invited > 0)
            changes << tr("%n person(s) were already invited to the hall: they follow the "
                          "livestream instead.",
                          nullptr, invited);
        changes << tr("The seat quotas and the hall capacity no longer apply.");
    } else {
        if (const int notices = issued(PaperKind::OnlineNotice))
            changes << tr("%n online notice(s) were already numbered and printed: send the "
                          "invitation letters to the hall.",
                          nullptr, notices);
        changes << tr("The seat quotas and the hall capacity apply again.");
    }
    auto *consequences = new QLabel(QStringLiteral("<b>%1</b><ul><li>%2</li></ul>")
                                        .arg(tr("What the switch changes:").toHtmlEscaped(),
                                             [&] {
                                                 QStringList escaped;
                                                 for (const QString &c : changes)
                                                     escaped << c.toHtmlEscaped();
                                                 return escaped.join(QStringLiteral("</li><li>"));
                                             }()),
                                    &dialog);
    consequences->setObjectName(QStringLiteral("switchConsequences"));
    consequences->setWordWrap(true);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(consequences);
    layout->addWidget(
        new QLabel(tr("Nothing is deleted: the other plan keeps all its data and you can "
                      "switch back at any time.\nWhy is the plan switched?"),
                   &dialog));
    layout->addWidget(reason);
    layout->addWidget(buttons);
    resizeWithinScreen(&dialog, QSize(520, dialog.sizeHint().height()));
    if (dialog.exec() == QDialog::Accepted)
        switchPlanTo(to, reason->text());
}

bool PlansPage::switchPlanTo(PlanKind to, const QString &reason)
{
    return m_session->push(commands::switchPlan(m_session, to, reason));
}

} // namespace dd
