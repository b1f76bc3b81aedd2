#include "pages/questionspage.h"

#include "dialogs/questiondialog.h"
#include "edit/commands.h"
#include "models/questiontablemodel.h"
#include "services/statistics.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace dd {

QuestionsPage::QuestionsPage(Session *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("questionsPage"));
    m_model = new QuestionTableModel(session, this);
    m_filter = new QuestionFilterModel(this);
    m_filter->setSourceModel(m_model);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("questionSearch"));
    m_search->setPlaceholderText(tr("Search the questions (accents not needed)"));
    m_search->setClearButtonEnabled(true);
    m_unitFilter = new QComboBox(this);
    m_unitFilter->setObjectName(QStringLiteral("questionUnitFilter"));
    m_statusFilter = new QComboBox(this);
    m_statusFilter->setObjectName(QStringLiteral("questionStatusFilter"));
    m_statusFilter->addItem(tr("All statuses"), -1);
    for (QuestionStatus s : {QuestionStatus::Received, QuestionStatus::Classified, QuestionStatus::Forwarded,
                             QuestionStatus::Answered, QuestionStatus::Withdrawn, QuestionStatus::Merged})
        m_statusFilter->addItem(questionStatusLabel(s), int(s));
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 3);
    filters->addWidget(m_unitFilter, 1);
    filters->addWidget(m_statusFilter, 1);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("questionTable"));
    m_table->setModel(m_filter);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder);
    m_table->setEditTriggers(QAbstractItemView::EditKeyPressed);
    m_table->horizontalHeader()->setSectionResizeMode(QuestionTableModel::TextColumn, QHeaderView::Stretch);
    m_table->setColumnWidth(QuestionTableModel::OrderColumn, 40);
    m_table->setColumnWidth(QuestionTableModel::UnitColumn, 140);
    m_table->verticalHeader()->hide();
    connect(m_table, &QTableView::doubleClicked, this, &QuestionsPage::editSelected);
    auto *del = new QAction(tr("Delete"), m_table);
    del->setShortcut(QKeySequence::Delete);
    del->setShortcutContext(Qt::WidgetShortcut);
    connect(del, &QAction::triggered, this, &QuestionsPage::deleteSelected);
    m_table->addAction(del);

    auto button = [this](const QString &text, const char *name, auto slot) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(QLatin1String(name));
        connect(b, &QPushButton::clicked, this, slot);
        b->setEnabled(!m_session->isReadOnly());
        return b;
    };
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(button(tr("&Add…"), "addQuestionButton", [this] { addQuestion(); }));
    buttons->addWidget(button(tr("&Edit…"), "editQuestionButton", [this] { editSelected(); }));
    buttons->addWidget(button(tr("&Delete"), "deleteQuestionButton", [this] { deleteSelected(); }));
    buttons->addStretch();

    m_progress = new QLabel(this);
    m_progress->setObjectName(QStringLiteral("questionProgress"));
    m_progress->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_progress);
    layout->addLayout(filters);
    layout->addWidget(m_table);
    layout->addLayout(buttons);

    connect(m_search, &QLineEdit::textChanged, m_filter, &QuestionFilterModel::setSearchText);
    connect(m_unitFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setUnitFilter(m_unitFilter->currentData().toLongLong()); });
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setStatusFilter(m_statusFilter->currentData().toInt()); });
    connect(m_model, &QAbstractItemModel::modelReset, this, &QuestionsPage::refreshProgress);
    connect(session, &Session::eventChanged, this, &QuestionsPage::refreshFilters);
    refreshFilters();
    refreshProgress();
}

void QuestionsPage::refreshFilters()
{
    m_unitFilter->clear();
    m_unitFilter->addItem(tr("All units"), 0);
    for (const EventUnit &eu : m_session->units().eventUnits(m_session->eventId()))
        if (auto u = m_session->units().get(eu.unitId))
            m_unitFilter->addItem(u->name, u->id);
}

void QuestionsPage::refreshProgress()
{
    const auto event = m_session->event();
    if (!event)
        return;
    const EventFigures f = computeFigures(*m_session);
    QStringList parts;
    const bool late = event->questionDeadline.isValid() && QDate::currentDate() > event->questionDeadline;
    for (const UnitFigures &u : f.units) {
        if (u.role != UnitRole::Host)
            continue;
        const bool behind = u.questions < event->minQuestionsPerHost;
        QString s = tr("%1: %2 of %3").arg(u.unitName.toHtmlEscaped()).arg(u.questions).arg(event->minQuestionsPerHost);
        if (behind && late)
            s = QStringLiteral("<b style='color:#b00020'>%1</b>").arg(s);
        parts << s;
    }
    QString head = event->questionDeadline.isValid()
        ? tr("Questions due by %1 (at least %2 per host unit)")
              .arg(event->questionDeadline.toString(QStringLiteral("dd/MM/yyyy")))
              .arg(event->minQuestionsPerHost)
        : tr("Questions from the host units");
    m_progress->setText(QStringLiteral("<b>%1</b>: %2").arg(head.toHtmlEscaped(), parts.join(QStringLiteral(" · "))));
}

QList<qint64> QuestionsPage::selectedIds() const
{
    QList<qint64> ids;
    for (const QModelIndex &i : m_table->selectionModel()->selectedRows())
        ids << i.data(SessionTableModel::IdRole).toLongLong();
    return ids;
}

void QuestionsPage::addQuestion()
{
    Question q;
    q.eventId = m_session->eventId();
    q.unitId = m_unitFilter->currentData().toLongLong();
    q.receivedOn = QDate::currentDate();
    q.channel = m_session->activePlan() == PlanKind::Online ? QuestionChannel::Livestream : QuestionChannel::Email;
    QuestionDialog dialog(m_session, q, this);
    if (dialog.exec() == QDialog::Accepted)
        m_session->push(commands::addQuestions(m_session, {dialog.question()}));
}

void QuestionsPage::editSelected()
{
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty())
        return;
    const auto q = m_session->questions().get(ids.first());
    if (!q)
        return;
    QuestionDialog dialog(m_session, *q, this);
    if (dialog.exec() == QDialog::Accepted)
        m_session->push(commands::editQuestions(m_session, {dialog.question()}));
}

void QuestionsPage::deleteSelected()
{
    const QList<qint64> ids = selectedIds();
    if (!ids.isEmpty())
        m_session->push(commands::removeQuestions(m_session, ids));
}

} // namespace dd
