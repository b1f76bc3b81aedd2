#include "dialogs/conflictdialog.h"

#include "dialogs/dialogbuttons.h"
#include "storage/conflictwords.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
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
    // The headline names what changed; the values follow, each on its own lines (a question's
    // text or a long unit name wraps instead of widening the dialog past the screen).
    const QString subject = sql::conflictSubject(m_conflict);
    auto *message = named(
        new QLabel(m_conflict.removed
                       ? tr("Another desk removed %1 after you read it; nothing of yours was "
                            "written.")
                             .arg(subject)
                       : tr("Another desk changed %1 after you read it; nothing of yours was "
                            "written.")
                             .arg(subject),
                   this),
        "conflictMessage");
    message->setWordWrap(true);
    QFont bold = message->font();
    bold.setBold(true);
    message->setFont(bold);
    layout->addWidget(message);
    if (!m_conflict.removed) {
        auto *values = new QWidget;
        auto *valuesLayout = new QVBoxLayout(values);
        valuesLayout->setContentsMargins(0, 0, 0, 0);
        auto value = [&](const QString &text, const char *name) {
            auto *label = named(new QLabel(text, values), name);
            label->setWordWrap(true);
            label->setTextInteractionFlags(Qt::TextSelectableByMouse);
            valuesLayout->addWidget(label);
            return label;
        };
        value(tr("You read: “%1”").arg(m_conflict.readValue), "readValueLabel")
            ->setForegroundRole(QPalette::PlaceholderText);
        value(tr("Their value: “%1”").arg(m_conflict.theirValue), "theirValueLabel");
        value(tr("Your value: “%1”").arg(m_conflict.wantedValue), "yourValueLabel");
        valuesLayout->addStretch();
        auto *scroll = new QScrollArea(this);
        scroll->setObjectName(QStringLiteral("conflictValues"));
        scroll->setFrameShape(QFrame::NoFrame);
        scroll->setWidgetResizable(true);
        scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        scroll->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
        scroll->setWidget(values);
        layout->addWidget(scroll, 1);
        auto *rule = named(new QLabel(tr("A row another desk changed since you read it counts as "
                                         "a conflict even when they changed a different field."),
                                      this),
                           "conflictRule");
        rule->setWordWrap(true);
        rule->setForegroundRole(QPalette::PlaceholderText);
        layout->addWidget(rule);
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
    // Wide enough for a sentence per line, never wider than a small laptop's screen.
    setMinimumWidth(360);
    resize(560, sizeHint().height());
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
