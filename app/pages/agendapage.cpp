#include "pages/agendapage.h"

#include "dialogs/paperdialog.h"
#include "edit/commands.h"
#include "models/agendatablemodel.h"
#include "widgets/emptyhint.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace dd {

AgendaPage::AgendaPage(Session *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("agendaPage"));
    m_model = new AgendaTableModel(session, this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("agendaTable"));
    m_table->setModel(m_model);
    new EmptyHint(m_table, [] {
        return tr("No programme item yet. Add item… adds one; set the start time on the Plans "
                  "tab and the clock times follow the durations.");
    });
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setDragDropMode(QAbstractItemView::InternalMove);
    m_table->setDragEnabled(true);
    m_table->setAcceptDrops(true);
    m_table->setDropIndicatorShown(true);
    m_table->setDefaultDropAction(Qt::MoveAction);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_table->horizontalHeader()->setSectionResizeMode(AgendaTableModel::TitleColumn,
                                                      QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(AgendaTableModel::OnlineTitleColumn,
                                                      QHeaderView::Stretch);
    m_table->setColumnWidth(AgendaTableModel::TimeColumn, 120);
    m_table->setColumnWidth(AgendaTableModel::PresenterColumn, 200);
    m_table->setColumnWidth(AgendaTableModel::DurationColumn, 70);
    m_table->setColumnWidth(AgendaTableModel::ScopeColumn, 140);
    m_table->setWordWrap(true);
    // Rows as tall as their wrapped titles: on a 1024 px screen a fixed row cut the seed's
    // longer items ("Phóng sự các gương đoàn viên tiêu biểu…") after two lines.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // The header sizes rows when the data change, not when a stretched column widens with
    // the window: without this, rows measured for narrow columns stayed two lines too tall.
    // Queued: the two stretched columns are resized one after the other.
    connect(
        m_table->horizontalHeader(), &QHeaderView::sectionResized, this,
        [this] { m_table->verticalHeader()->resizeSections(QHeaderView::ResizeToContents); },
        Qt::QueuedConnection);

    auto addAction = [this](const QString &text, QKeySequence key, auto slot) {
        auto *a = new QAction(text, m_table);
        a->setShortcut(key);
        a->setShortcutContext(Qt::WidgetShortcut);
        connect(a, &QAction::triggered, this, slot);
        m_table->addAction(a);
    };
    addAction(tr("Move up"), QKeySequence(Qt::ALT | Qt::Key_Up), [this] { moveSelected(-1); });
    addAction(tr("Move down"), QKeySequence(Qt::ALT | Qt::Key_Down), [this] { moveSelected(1); });
    addAction(tr("Delete"), QKeySequence::Delete, [this] { deleteSelected(); });
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);

    auto *scope = new QComboBox(this);
    scope->setObjectName(QStringLiteral("scopeCombo"));
    for (PlanScope s : { PlanScope::Both, PlanScope::InPersonOnly, PlanScope::OnlineOnly })
        scope->addItem(planScopeLabel(s), int(s));
    connect(scope, &QComboBox::activated, this, [this, scope] {
        const QModelIndex i = m_table->currentIndex();
        if (!i.isValid())
            return;
        const AgendaItem shown = m_model->item(i.row());
        AgendaItem item = shown;
        item.scope = PlanScope(scope->currentData().toInt());
        m_session->push(commands::editAgendaItemFrom(m_session, shown, item));
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this, scope](const QModelIndex &i) {
                if (i.isValid())
                    scope->setCurrentIndex(scope->findData(int(m_model->item(i.row()).scope)));
            });

    auto button = [this](const QString &text, const char *name, auto slot) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(QLatin1String(name));
        connect(b, &QPushButton::clicked, this, slot);
        b->setEnabled(!m_session->isReadOnly());
        return b;
    };
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(button(tr("&Add item…"), "addAgendaButton", [this] { addItem(); }));
    buttons->addWidget(button(tr("&Delete"), "deleteAgendaButton", [this] { deleteSelected(); }));
    buttons->addWidget(button(tr("Move &up"), "moveUpButton", [this] { moveSelected(-1); }));
    buttons->addWidget(button(tr("Move do&wn"), "moveDownButton", [this] { moveSelected(1); }));
    buttons->addWidget(new QLabel(tr("Applies to:"), this));
    buttons->addWidget(scope);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("agendaSummary"));
    // "Total 95 minutes · 07:30 – 09:05 · runs past 09:00" wraps beside the buttons rather
    // than making the window wider than a 1024 px screen.
    m_summary->setWordWrap(true);
    m_summary->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    buttons->addWidget(m_summary, 1);
    buttons->addWidget(
        PaperDialog::printButton(session, { PaperKind::Programme }, this, "printProgrammeButton"));

    auto *layout = new QVBoxLayout(this);
    // A long hint wraps, so that it never makes the window wider than a small screen.
    auto *hint = new QLabel(tr("Durations are in minutes; clock times follow the start time of the "
                               "active plan (set it on the Plans tab). An item may be called "
                               "differently under the online plan. Drag rows or press Alt+Up/Down "
                               "to reorder."),
                            this);
    hint->setObjectName(QStringLiteral("agendaHint"));
    hint->setWordWrap(true);
    layout->addWidget(hint);
    layout->addWidget(m_table);
    layout->addLayout(buttons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &AgendaPage::refreshSummary);
    // The model updates rows in place: the total follows every change it takes.
    connect(session, &Session::dataChanged, this, [this](unsigned entities) {
        if (entities
            & (unsigned(Entity::Agenda) | unsigned(Entity::Plans) | unsigned(Entity::Events)))
            refreshSummary();
    });
    refreshSummary();
}

void AgendaPage::refreshSummary()
{
    QString text = tr("Total %1 minutes").arg(m_model->totalMinutes());
    if (m_model->startTime().isValid())
        text += tr(" · %1 – %2")
                    .arg(m_model->startTime().toString(QStringLiteral("HH:mm")),
                         m_model->endTime().toString(QStringLiteral("HH:mm")));
    const auto event = m_session->event();
    if (event && event->latestEndTime.isValid() && m_model->startTime().isValid()
        && m_model->startTime().msecsSinceStartOfDay() / 60000 + m_model->totalMinutes()
            > event->latestEndTime.msecsSinceStartOfDay() / 60000)
        text += QStringLiteral(" · <b style='color:#b00020'>%1</b>")
                    .arg(tr("runs past %1")
                             .arg(event->latestEndTime.toString(QStringLiteral("HH:mm"))));
    m_summary->setText(text);
}

void AgendaPage::addItem()
{
    bool ok = false;
    const QString title = QInputDialog::getText(this, tr("Add programme item"), tr("Title:"),
                                                QLineEdit::Normal, {}, &ok);
    if (!ok || title.trimmed().isEmpty())
        return;
    AgendaItem item;
    item.eventId = m_session->eventId();
    item.title = title;
    item.position = m_model->rowCount() + 1;
    item.durationMinutes = 10;
    m_session->push(commands::addAgendaItem(m_session, item));
}

void AgendaPage::deleteSelected()
{
    const QModelIndex i = m_table->currentIndex();
    if (i.isValid())
        m_session->push(commands::removeAgendaItems(
            m_session, { m_model->idAt(i.row()) },
            { { m_model->idAt(i.row()), m_model->versionAt(i.row()) } }));
}

void AgendaPage::moveSelected(int delta)
{
    const QModelIndex i = m_table->currentIndex();
    if (!i.isValid())
        return;
    const qint64 id = m_model->idAt(i.row());
    if (m_model->moveItem(i.row(), i.row() + delta)) {
        const int row = m_model->rowOf(id);
        m_table->setCurrentIndex(m_model->index(row, i.column()));
    }
}

} // namespace dd
