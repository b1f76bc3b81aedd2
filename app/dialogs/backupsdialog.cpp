#include "dialogs/backupsdialog.h"

#include "dialogs/dialogbuttons.h"
#include "widgets/screenfit.h"

#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLocale>
#include <QMessageBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace dd {

namespace {

QString number(int n)
{
    return n < 0 ? QStringLiteral("?") : QLocale().toString(n);
}

} // namespace

BackupsDialog::BackupsDialog(BackupStore &store, bool canRestore, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_canRestore(canRestore)
{
    setObjectName(QStringLiteral("backupsDialog"));
    setWindowTitle(tr("Backups"));
    auto *where = new QLabel(
        tr("A backup is taken when the file is opened (if it changed since the last one) and "
           "every hour while it is open. The last 10 are kept, and one a day for 30 days, in "
           "%1")
            .arg(m_store.location()),
        this);
    where->setWordWrap(true);
    where->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_table = named(new QTableWidget(0, 5, this), "backupsTable");
    m_table->setHorizontalHeaderLabels(
        { tr("Taken"), tr("Size"), tr("Events"), tr("People"), tr("Questions") });
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);

    m_message = named(new QLabel(this), "backupsMessage");
    m_message->setWordWrap(true);

    auto *now = named(new QPushButton(tr("Back up &now"), this), "backupNowButton");
    m_restoreButton = named(new QPushButton(tr("&Restore…"), this), "restoreBackupButton");
    auto *close = named(new QPushButton(tr("Close"), this), "closeButton");
    connect(now, &QPushButton::clicked, this, &BackupsDialog::backUpNow);
    connect(m_restoreButton, &QPushButton::clicked, this, &BackupsDialog::restoreSelected);
    connect(close, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &BackupsDialog::updateButtons);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(now);
    buttons->addWidget(m_restoreButton);
    buttons->addStretch();
    buttons->addWidget(close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(where);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);
    layout->addLayout(buttons);
    resizeWithinScreen(this, QSize(640, 400));
    reload();
}

void BackupsDialog::reload()
{
    const Result<QList<BackupInfo>> list = m_store.list();
    m_backups = list ? *list : QList<BackupInfo> {};
    if (!list)
        m_message->setText(list.error());
    m_table->setRowCount(int(m_backups.size()));
    const QLocale locale;
    for (int row = 0; row < m_backups.size(); ++row) {
        const BackupInfo &b = m_backups.at(row);
        const QStringList cells = { b.takenAt.toString(QStringLiteral("dd/MM/yyyy HH:mm:ss")),
                                    locale.formattedDataSize(b.size), number(b.events),
                                    number(b.people), number(b.questions) };
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            item->setToolTip(QDir::toNativeSeparators(b.path));
            if (column > 0)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(row, column, item);
        }
    }
    if (!m_backups.isEmpty())
        m_table->selectRow(0);
    updateButtons();
}

void BackupsDialog::updateButtons()
{
    m_restoreButton->setEnabled(m_canRestore && m_table->currentRow() >= 0
                                && !m_table->selectedItems().isEmpty());
}

void BackupsDialog::backUpNow()
{
    const Result<BackupInfo> taken = m_store.backupNow();
    reload();
    m_message->setText(taken ? tr("A backup was taken: %1").arg(QFileInfo(taken->path).fileName())
                             : taken.error());
}

bool BackupsDialog::restoreSelected()
{
    const int row = m_table->currentRow();
    if (!m_canRestore || row < 0 || row >= m_backups.size())
        return false;
    const BackupInfo chosen = m_backups.at(row);
    QMessageBox ask(QMessageBox::Question, tr("Restore a backup"),
                    tr("Put back the backup of %1 (%2 events, %3 people, %4 questions)? "
                       "Everything in the file is replaced by it. The current state is "
                       "backed up first, so this can itself be undone from this list.")
                        .arg(chosen.takenAt.toString(QStringLiteral("dd/MM/yyyy HH:mm:ss")),
                             number(chosen.events), number(chosen.people),
                             number(chosen.questions)),
                    QMessageBox::Yes | QMessageBox::Cancel, this);
    ask.setObjectName(QStringLiteral("restoreBackupQuestion"));
    ask.button(QMessageBox::Yes)->setText(tr("Restore"));
    ask.button(QMessageBox::Cancel)->setText(tr("Cancel"));
    if (ask.exec() != QMessageBox::Yes)
        return false;
    const Result<BackupInfo> before = m_store.restore(chosen.path);
    if (!before) {
        m_message->setText(before.error());
        return false;
    }
    m_restored = true;
    m_beforeRestore = before->path;
    accept();
    return true;
}

} // namespace dd
