#include "pages/budgetpage.h"

#include "dialogs/paperdialog.h"
#include "edit/budgetactions.h"
#include "models/budgettablemodel.h"
#include "text/numberwords.h"
#include "widgets/emptyhint.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace dd {

BudgetPage::BudgetPage(Session *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("budgetPage"));
    m_model = new BudgetTableModel(session, this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("budgetTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                             | QAbstractItemView::AnyKeyPressed);
    m_table->horizontalHeader()->setSectionResizeMode(BudgetTableModel::ContentColumn,
                                                      QHeaderView::Stretch);
    m_table->setColumnWidth(BudgetTableModel::SectionColumn, 130);
    m_table->setColumnWidth(BudgetTableModel::MeasureColumn, 70);
    m_table->setColumnWidth(BudgetTableModel::QuantityColumn, 70);
    for (int c : { int(BudgetTableModel::PriceColumn), int(BudgetTableModel::InPersonColumn),
                   int(BudgetTableModel::OnlineColumn), int(BudgetTableModel::ActualColumn) })
        m_table->setColumnWidth(c, 105);
    m_table->setColumnWidth(BudgetTableModel::NoteColumn, 110);
    m_table->setWordWrap(true);
    new EmptyHint(m_table, [] {
        return tr("No budget line yet. Add line adds one to type over; the estimate and the "
                  "results report are printed from these lines (Print…).");
    });

    auto *remove = new QAction(tr("Delete"), m_table);
    remove->setShortcut(QKeySequence::Delete);
    remove->setShortcutContext(Qt::WidgetShortcut);
    connect(remove, &QAction::triggered, this, &BudgetPage::deleteSelected);
    m_table->addAction(remove);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);

    auto button = [this](const QString &text, const char *name, auto slot) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(QLatin1String(name));
        connect(b, &QPushButton::clicked, this, slot);
        b->setEnabled(!m_session->isReadOnly());
        return b;
    };
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(button(tr("&Add line"), "addBudgetButton", [this] { addLine(); }));
    buttons->addWidget(button(tr("&Delete"), "deleteBudgetButton", [this] { deleteSelected(); }));
    buttons->addStretch();
    buttons->addWidget(
        PaperDialog::printButton(session, { PaperKind::Budget }, this, "printBudgetButton"));

    m_totals = new QLabel(this);
    m_totals->setObjectName(QStringLiteral("budgetTotals"));
    m_totals->setWordWrap(true);
    m_totals->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *hint = new QLabel(tr("Amounts are in đồng (12.500.000 or 12500000); a quantity may have "
                               "decimals (1,5). Tick Plan 1, Plan 2 or both for each line; the "
                               "amount spent is entered after the day for the results report."),
                            this);
    hint->setObjectName(QStringLiteral("budgetHint"));
    hint->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addWidget(m_table);
    layout->addWidget(m_totals);
    layout->addLayout(buttons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &BudgetPage::refreshTotals);
    connect(session, &Session::dataChanged, this, [this](unsigned entities) {
        if (entities & unsigned(Entity::Budget))
            refreshTotals();
    });
    refreshTotals();
}

void BudgetPage::refreshTotals()
{
    const QList<BudgetItem> &items = m_model->items();
    QStringList lines;
    for (PlanKind kind : { PlanKind::InPerson, PlanKind::Online }) {
        const qint64 total = budgetTotal(items, kind);
        QString line
            = tr("%1: <b>%2 ₫</b> (%3)")
                  .arg(planKindLabel(kind), text::groupedNumber(total), text::dongWords(total));
        if (const auto spent = budgetActualTotal(items, kind))
            line += tr(" · spent %1 ₫").arg(text::groupedNumber(*spent));
        lines << line;
    }
    m_totals->setText(lines.join(QStringLiteral("<br>")));
}

void BudgetPage::addLine()
{
    BudgetItem item;
    item.eventId = m_session->eventId();
    item.content = tr("New line");
    item.quantityMilli = BudgetItem::kQuantityScale; // one of the unit
    const QModelIndex current = m_table->currentIndex();
    if (current.isValid())
        item.section = m_model->item(current.row()).section;
    if (!m_session->push(budgetactions::addItem(m_session, item)))
        return;
    // The new line is the last; its content is selected to be typed over.
    const int row = m_model->rowCount() - 1;
    const QModelIndex content = m_model->index(row, BudgetTableModel::ContentColumn);
    m_table->setCurrentIndex(content);
    m_table->edit(content);
}

void BudgetPage::deleteSelected()
{
    QList<qint64> ids;
    for (const QModelIndex &i : m_table->selectionModel()->selectedRows())
        ids << m_model->idAt(i.row());
    if (ids.isEmpty() && m_table->currentIndex().isValid())
        ids << m_model->idAt(m_table->currentIndex().row());
    if (!ids.isEmpty())
        m_session->push(budgetactions::removeItems(m_session, ids, m_model->shownVersions(ids)));
}

} // namespace dd
