#include "dialogs/topicsdialog.h"

#include "edit/commands.h"
#include "widgets/screenfit.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace dd {

TopicsDialog::TopicsDialog(Session *session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("topicsDialog"));
    setWindowTitle(tr("Topics"));
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("topicList"));
    m_list->setWordWrap(true);
    auto *hint
        = new QLabel(tr("The questions are classified by these topics. Each change can be undone "
                        "with Edit ▸ Undo."),
                     this);
    hint->setWordWrap(true);

    auto button = [this](const QString &text, const char *name) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(QLatin1String(name));
        b->setEnabled(!m_session->isReadOnly());
        return b;
    };
    QPushButton *add = button(tr("&Add…"), "addTopicButton");
    QPushButton *rename = button(tr("&Rename…"), "renameTopicButton");
    QPushButton *up = button(tr("Move &up"), "topicUpButton");
    QPushButton *down = button(tr("Move &down"), "topicDownButton");
    QPushButton *remove = button(tr("De&lete"), "deleteTopicButton");
    connect(add, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString title = QInputDialog::getMultiLineText(this, tr("Add topic"),
                                                             tr("Title of the topic:"), {}, &ok);
        if (ok)
            addTopic(title);
    });
    connect(rename, &QPushButton::clicked, this, [this] {
        const int row = m_list->currentRow();
        if (row < 0)
            return;
        bool ok = false;
        const QString title = QInputDialog::getMultiLineText(
            this, tr("Rename topic"), tr("Title of the topic:"), m_topics.at(row).title, &ok);
        if (ok)
            renameTopic(row, title);
    });
    connect(m_list, &QListWidget::itemDoubleClicked, rename, &QPushButton::click);
    connect(up, &QPushButton::clicked, this, [this] { moveTopic(m_list->currentRow(), -1); });
    connect(down, &QPushButton::clicked, this, [this] { moveTopic(m_list->currentRow(), +1); });
    connect(remove, &QPushButton::clicked, this, [this] {
        const int row = m_list->currentRow();
        if (row < 0)
            return;
        if (QMessageBox::question(
                this, tr("Delete topic"),
                tr("Delete topic %1? Its questions become unclassified (undo brings "
                   "them back).")
                    .arg(m_topics.at(row).position))
            == QMessageBox::Yes)
            removeTopic(row);
    });
    auto *side = new QVBoxLayout;
    for (QPushButton *b : { add, rename, up, down, remove })
        side->addWidget(b);
    side->addStretch();
    auto *middle = new QHBoxLayout;
    middle->addWidget(m_list, 1);
    middle->addLayout(side);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setText(tr("Close"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addLayout(middle, 1);
    layout->addWidget(buttons);
    resizeWithinScreen(this, QSize(720, 420));
    refresh();
}

void TopicsDialog::refresh(qint64 select)
{
    m_topics = m_session->questions().topics(m_session->eventId());
    m_list->clear();
    for (const Topic &t : m_topics) {
        auto *item
            = new QListWidgetItem(QStringLiteral("%1. %2").arg(t.position).arg(t.title), m_list);
        if (t.id == select)
            m_list->setCurrentItem(item);
    }
}

void TopicsDialog::addTopic(const QString &title)
{
    if (title.trimmed().isEmpty())
        return;
    Topic t;
    t.eventId = m_session->eventId();
    t.position = m_topics.isEmpty() ? 1 : m_topics.last().position + 1;
    t.title = title;
    m_session->push(commands::addTopic(m_session, t));
    refresh();
    m_list->setCurrentRow(m_list->count() - 1);
}

void TopicsDialog::renameTopic(int row, const QString &title)
{
    if (row < 0 || row >= m_topics.size() || title.trimmed().isEmpty())
        return;
    Topic t = m_topics.at(row);
    t.title = title;
    m_session->push(commands::editTopicFrom(m_session, m_topics.at(row), t));
    refresh(t.id);
}

void TopicsDialog::moveTopic(int row, int delta)
{
    const int other = row + delta;
    if (row < 0 || other < 0 || row >= m_topics.size() || other >= m_topics.size())
        return;
    // Positions are renumbered 1..n so that "Topic 2" always means the second one.
    QList<Topic> order = m_topics;
    order.swapItemsAt(row, other);
    if (QUndoCommand *cmd = commands::reorderTopics(m_session, order))
        m_session->push(cmd);
    refresh(m_topics.at(row).id);
}

void TopicsDialog::removeTopic(int row)
{
    if (row < 0 || row >= m_topics.size())
        return;
    m_session->push(
        commands::removeTopic(m_session, m_topics.at(row).id, m_topics.at(row).rowVersion));
    refresh();
}

} // namespace dd
