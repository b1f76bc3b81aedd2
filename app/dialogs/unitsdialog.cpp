#include "dialogs/unitsdialog.h"

#include "dialogs/unitdialog.h"
#include "edit/commands.h"
#include "models/unitdirectorymodel.h"
#include "widgets/screenfit.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace dd {

UnitsDialog::UnitsDialog(Session *session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("unitsDialog"));
    setWindowTitle(tr("Units"));
    m_model = new UnitDirectoryModel(session, this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("unitTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    // The unit's name is read whole ("Ban Tổ chức – Kiểm tra Tỉnh đoàn"); the columns after the
    // e-mail scroll into view, the sending log last and as wide as the rest leaves.
    m_table->setColumnWidth(UnitDirectoryModel::NameColumn, 250);
    m_table->setColumnWidth(UnitDirectoryModel::ShortNameColumn, 120);
    m_table->setColumnWidth(UnitDirectoryModel::KindColumn, 150);
    m_table->setColumnWidth(UnitDirectoryModel::PartColumn, 160);
    m_table->setColumnWidth(UnitDirectoryModel::QuotaColumn, 70);
    m_table->setColumnWidth(UnitDirectoryModel::EmailColumn, 200);
    m_table->setColumnWidth(UnitDirectoryModel::ContactColumn, 160);
    m_table->setColumnWidth(UnitDirectoryModel::MailColumn, 260);
    m_table->horizontalHeader()->setStretchLastSection(true);
    connect(m_table, &QTableView::doubleClicked, this, &UnitsDialog::editSelected);
    auto *del = new QAction(tr("Delete"), m_table);
    del->setShortcut(QKeySequence::Delete);
    del->setShortcutContext(Qt::WidgetShortcut);
    connect(del, &QAction::triggered, this, &UnitsDialog::deleteSelected);
    m_table->addAction(del);

    auto button = [this](const QString &text, const char *name, auto slot) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(QLatin1String(name));
        b->setEnabled(!m_session->isReadOnly());
        connect(b, &QPushButton::clicked, this, slot);
        return b;
    };
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("unitsMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b00020"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(button(tr("&Add…"), "addUnitButton", [this] { addUnit(); }));
    buttons->addWidget(button(tr("&Edit…"), "editUnitButton", [this] { editSelected(); }));
    buttons->addWidget(button(tr("&Delete"), "deleteUnitButton", [this] { deleteSelected(); }));
    buttons->addWidget(m_message, 1);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    close->button(QDialogButtonBox::Close)->setText(tr("Close"));
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    buttons->addWidget(close);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Units are shared by all events; the part and quota are those "
                                    "of the current event. Edit ▸ Undo reverts each change."),
                                 this));
    layout->addWidget(m_table);
    layout->addLayout(buttons);
    resizeWithinScreen(this, QSize(1100, 560));
}

void UnitsDialog::addUnit()
{
    m_message->clear();
    Unit u;
    u.kind = UnitKind::District;
    EventUnit part { m_session->eventId(), 0, UnitRole::Participant, -1, {} };
    UnitDialog dialog(m_session, u, part, this);
    if (dialog.exec() == QDialog::Accepted)
        m_session->push(commands::addUnit(m_session, dialog.unit(), dialog.part()));
}

void UnitsDialog::editSelected()
{
    m_message->clear();
    const QModelIndex index = m_table->currentIndex();
    if (!index.isValid())
        return;
    const Unit u = m_model->unit(index.row());
    const std::optional<EventUnit> part = m_session->units().eventUnit(m_session->eventId(), u.id);
    UnitDialog dialog(m_session, u, part, this);
    // Written over the unit and its part as the dialog showed them (issue 18).
    if (dialog.exec() == QDialog::Accepted)
        m_session->push(
            commands::editUnitAndPart(m_session, u, part, dialog.unit(), dialog.part()));
}

void UnitsDialog::deleteSelected()
{
    m_message->clear();
    const QModelIndex index = m_table->currentIndex();
    if (!index.isValid())
        return;
    QString why;
    if (QUndoCommand *cmd = commands::removeUnit(m_session, m_model->idAt(index.row()), &why,
                                                 m_model->versionAt(index.row())))
        m_session->push(cmd);
    else
        m_message->setText(why);
}

} // namespace dd
