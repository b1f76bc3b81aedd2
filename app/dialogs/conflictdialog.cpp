#include "dialogs/conflictdialog.h"

#include "dialogs/dialogbuttons.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>

namespace dd {

namespace {

// The models' name of a store table (ChangeSet::fromText), for showing the row again.
QString changeName(const QString &table)
{
    if (table == QLatin1String("agenda_items"))
        return QStringLiteral("agenda");
    if (table == QLatin1String("budget_items"))
        return QStringLiteral("budget");
    if (table == QLatin1String("event_units"))
        return QStringLiteral("units"); // a unit's part is shown on the unit's row
    if (table.startsWith(QLatin1String("document_")))
        return QStringLiteral("documents");
    return table;
}

} // namespace

ConflictDialog::ConflictDialog(Session *session, RowConflict conflict, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_conflict(std::move(conflict))
{
    setObjectName(QStringLiteral("conflictDialog"));
    setWindowTitle(tr("Another desk changed this row"));
    auto *layout = new QVBoxLayout(this);
    auto *message = named(new QLabel(m_session->lastError(), this), "conflictMessage");
    message->setWordWrap(true);
    layout->addWidget(message);
    if (!m_conflict.removed) {
        layout->addWidget(
            named(new QLabel(tr("Their value: “%1”").arg(m_conflict.theirValue), this),
                  "theirValueLabel"));
        layout->addWidget(
            named(new QLabel(tr("Your value: “%1”").arg(m_conflict.wantedValue), this),
                  "yourValueLabel"));
    }
    auto *buttons = new QDialogButtonBox(this);
    auto *theirs = named(buttons->addButton(tr("Take their value"), QDialogButtonBox::RejectRole),
                         "takeTheirsButton");
    auto *mine = named(buttons->addButton(tr("Overwrite"), QDialogButtonBox::AcceptRole),
                       "overwriteButton");
    mine->setEnabled(bool(m_conflict.overwrite));
    mine->setToolTip(tr("Writes your value over theirs, as a new edit you can undo."));
    connect(theirs, &QPushButton::clicked, this, &ConflictDialog::takeTheirs);
    connect(mine, &QPushButton::clicked, this, &ConflictDialog::overwrite);
    layout->addWidget(buttons);
}

void ConflictDialog::attach(Session *session, QWidget *parent)
{
    QObject::connect(session, &Session::conflictOccurred, parent,
                     [session, parent](const RowConflict &conflict) {
                         // Not exec(): the refused edit may come from inside a view's editor.
                         auto *dialog = new ConflictDialog(session, conflict, parent);
                         dialog->setAttribute(Qt::WA_DeleteOnClose);
                         dialog->open();
                     });
}

void ConflictDialog::takeTheirs()
{
    // Nothing of mine was written; the views show the row as the store has it now.
    m_session->announce(ChangeSet::fromText(
        QStringLiteral("%1:%2").arg(changeName(m_conflict.table)).arg(m_conflict.row)));
    reject();
}

void ConflictDialog::overwrite()
{
    if (m_conflict.overwrite)
        m_session->push(m_conflict.overwrite());
    accept();
}

} // namespace dd
