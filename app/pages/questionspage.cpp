#include "pages/questionspage.h"

#include "dialogs/mailfetchdialog.h"
#include "dialogs/paperdialog.h"
#include "dialogs/questiondialog.h"
#include "dialogs/questionimportdialog.h"
#include "dialogs/topicsdialog.h"
#include "edit/commands.h"
#include "edit/questionactions.h"
#include "import/questionimport.h"
#include "models/questiontablemodel.h"
#include "pages/livequestionswindow.h"
#include "services/questionduplicates.h"
#include "services/questionexport.h"
#include "services/questionprogress.h"

#include "dialogs/dialogbuttons.h"
#include "widgets/emptyhint.h"
#include "widgets/flowlayout.h"
#include "widgets/readablecolumn.h"
#include "widgets/tableselection.h"
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>

#include <QDialogButtonBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QRegularExpression>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace dd {

namespace {

// Two lines of a question's text at this width hold some fifteen words.
constexpr int kReadableText = 260;

QString shortText(const QString &s, int n = 90)
{
    QString t = s.simplified();
    return t.size() > n ? t.left(n - 1) + QStringLiteral("…") : t;
}

} // namespace

QuestionsPage::QuestionsPage(Session *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("questionsPage"));
    setAcceptDrops(true);
    m_model = new QuestionTableModel(session, this);
    m_filter = new QuestionFilterModel(this);
    m_filter->setSourceModel(m_model);
    m_lastChannel = session->activePlan() == PlanKind::Online ? QuestionChannel::Livestream
                                                              : QuestionChannel::Email;

    auto combo = [this](const char *name) {
        auto *c = new QComboBox(this);
        c->setObjectName(QLatin1String(name));
        c->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        c->setMinimumContentsLength(10);
        return c;
    };
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("questionSearch"));
    m_search->setPlaceholderText(tr("Search the questions (accents not needed)"));
    m_search->setClearButtonEnabled(true);
    m_unitFilter = combo("questionUnitFilter");
    m_topicFilter = combo("questionTopicFilter");
    m_kindFilter = combo("questionKindFilter");
    m_statusFilter = combo("questionStatusFilter");
    m_agencyFilter = combo("questionAgencyFilter");
    m_kindFilter->addItem(tr("All kinds"), -1);
    for (QuestionKind k : { QuestionKind::Question, QuestionKind::Recommendation,
                            QuestionKind::Proposal, QuestionKind::Initiative })
        m_kindFilter->addItem(questionKindLabel(k), int(k));
    m_statusFilter->addItem(tr("All statuses"), -1);
    for (QuestionStatus s :
         { QuestionStatus::Received, QuestionStatus::Classified, QuestionStatus::Forwarded,
           QuestionStatus::Answered, QuestionStatus::Withdrawn, QuestionStatus::Merged })
        m_statusFilter->addItem(questionStatusLabel(s), int(s));
    // The filters wrap on a small screen (1024×600) rather than widening the window.
    auto *filterRow = new QWidget(this);
    auto *filters = new FlowLayout(filterRow);
    m_search->setMinimumWidth(300);
    filters->addWidget(m_search);
    for (QComboBox *c :
         { m_unitFilter, m_topicFilter, m_kindFilter, m_statusFilter, m_agencyFilter })
        filters->addWidget(c);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("questionTable"));
    m_table->setModel(m_filter);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder);
    m_table->setEditTriggers(QAbstractItemView::EditKeyPressed);
    new ReadableColumn(m_table, QuestionTableModel::TextColumn, kReadableText);
    m_table->setColumnWidth(QuestionTableModel::OrderColumn, 40);
    m_table->setColumnWidth(QuestionTableModel::UnitColumn, 140);
    m_table->setColumnWidth(QuestionTableModel::SubmitterColumn, 110);
    m_table->setColumnWidth(QuestionTableModel::KindColumn, 90);
    m_table->setColumnWidth(QuestionTableModel::TopicColumn, 70);
    m_table->setColumnWidth(QuestionTableModel::ReceivedColumn, 80);
    m_table->setColumnWidth(QuestionTableModel::ChannelColumn, 90);
    m_table->setColumnWidth(QuestionTableModel::AnswerColumn, 120);
    m_table->verticalHeader()->hide();
    // The question text needs the room: the less used columns start hidden and any column
    // can be shown or hidden from the header's context menu.
    m_table->setColumnHidden(QuestionTableModel::SubmitterColumn, true);
    m_table->setColumnHidden(QuestionTableModel::ReceivedColumn, true);
    m_table->setColumnHidden(QuestionTableModel::ChannelColumn, true);
    // Where each question stands (received, forwarded, answered) follows its text, before
    // its kind and topic: on a 1024 px screen the summary beside the table leaves it about
    // 600 px, and the status was off to the right. Only the view's order changes.
    {
        QHeaderView *header = m_table->horizontalHeader();
        int to = header->visualIndex(QuestionTableModel::UnitColumn) + 1;
        for (int c : { QuestionTableModel::TextColumn, QuestionTableModel::StatusColumn })
            header->moveSection(header->visualIndex(c), to++);
    }
    QHeaderView *header = m_table->horizontalHeader();
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QHeaderView::customContextMenuRequested, this,
            [this, header](const QPoint &pos) {
                QMenu menu(this);
                for (int c = 0; c < header->count(); ++c) {
                    QAction *a = menu.addAction(m_filter->headerData(c, Qt::Horizontal).toString());
                    a->setCheckable(true);
                    a->setChecked(!m_table->isColumnHidden(c));
                    connect(a, &QAction::toggled, this,
                            [this, c](bool on) { m_table->setColumnHidden(c, !on); });
                }
                menu.exec(header->mapToGlobal(pos));
            });
    connect(m_table, &QTableView::doubleClicked, this, &QuestionsPage::editSelected);
    new EmptyHint(m_table, [this] {
        return m_model->rowCount() == 0
            ? tr("No questions yet. Import the lists and e-mails the units sent (Import…, or "
                 "drop the files here), fetch them from the mailbox, or add one by hand (Add…).")
            : tr("No question matches the search or the filters above.");
    });
    auto *del = new QAction(tr("Delete"), m_table);
    del->setShortcut(QKeySequence::Delete);
    del->setShortcutContext(Qt::WidgetShortcut);
    connect(del, &QAction::triggered, this, &QuestionsPage::deleteSelected);
    m_table->addAction(del);

    const bool writable = !m_session->isReadOnly();
    auto button = [this, writable](const QString &text, const char *name, auto slot,
                                   const QString &tip = {}) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(QLatin1String(name));
        b->setToolTip(tip);
        connect(b, &QPushButton::clicked, this, slot);
        b->setEnabled(writable);
        return b;
    };
    // Wraps onto a second line on a small screen rather than cutting the buttons.
    auto *buttonRow = new QWidget(this);
    auto *buttons = new FlowLayout(buttonRow);
    buttons->addWidget(button(tr("&Add…"), "addQuestionButton", [this] { addQuestion(); }));
    QPushButton *edit = button(tr("Edit…"), "editQuestionButton", [this] { editSelected(); });
    QPushButton *remove
        = button(tr("&Delete"), "deleteQuestionButton", [this] { deleteSelected(); });
    QPushButton *classifyButton = button(
        tr("&Classify…"), "classifyButton", [this] { classifySelected(); },
        tr("Set the topic of the selected questions"));
    QPushButton *forwardButton = button(
        tr("F&orward…"), "forwardButton", [this] { forwardSelected(); },
        tr("Forward the selected questions to an agency"));
    QPushButton *mergeButton = button(
        tr("&Merge into…"), "mergeButton", [this] { mergeSelected(); },
        tr("Merge the selected questions into one of them; both texts and units are kept"));
    QPushButton *withdrawButton
        = button(tr("&Withdraw"), "withdrawButton", [this] { withdrawSelected(); });
    m_selectionButtons
        = { edit, remove, classifyButton, forwardButton, mergeButton, withdrawButton };
    for (QPushButton *b : m_selectionButtons)
        buttons->addWidget(b);
    m_duplicatesButton = button(
        tr("Possible duplicates"), "duplicatesButton", [this] { showDuplicates(); },
        tr("Questions with the same or nearly the same words"));
    buttons->addWidget(m_duplicatesButton);
    buttons->addWidget(
        PaperDialog::printButton(session, { PaperKind::QuestionSummary, PaperKind::ForwardLetter },
                                 this, "printQuestionsButton"));

    auto *tools = new QHBoxLayout;
    m_progress = new QLabel(this);
    m_progress->setObjectName(QStringLiteral("questionProgress"));
    m_progress->setWordWrap(true);
    m_progress->setTextFormat(Qt::RichText);
    tools->addWidget(m_progress, 1);
    auto *toolRow = new QWidget(this);
    auto *toolButtons = new FlowLayout(toolRow);
    tools->addWidget(toolRow, 1);
    toolButtons->addWidget(button(
        tr("&Import…"), "importQuestionsButton", [this] { importDialog(); },
        tr("Import e-mails (.eml) or a spreadsheet; files can also be dropped here")));
    toolButtons->addWidget(button(
        tr("From the mail&box…"), "fetchMailButton",
        [this] { MailFetchDialog::fetchAndPreview(m_session, this); },
        tr("Read the new e-mails of the event's mailbox (Edit ▸ Preferences ▸ E-mail)")));
    toolButtons->addWidget(button(tr("E&xport for agency…"), "exportAgencyButton",
                                  [this] { exportForAgencyDialog(); }));
    toolButtons->addWidget(button(tr("&Topics…"), "topicsButton", [this] { editTopics(); }));
    QPushButton *live = button(
        tr("&Live mode"), "liveModeButton", [this] { openLiveMode(); },
        tr("The questions in running order on the day of the dialogue"));
    live->setEnabled(true);
    toolButtons->addWidget(live);

    m_summary = new QTableWidget(this);
    m_summary->setObjectName(QStringLiteral("questionSummaryTable"));
    m_summary->setColumnCount(4);
    m_summary->setHorizontalHeaderLabels(
        { tr("Topic / agency"), tr("Waiting"), tr("Forwarded"), tr("Answered") });
    m_summary->verticalHeader()->hide();
    m_summary->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_summary->setSelectionMode(QAbstractItemView::NoSelection);
    m_summary->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int c = 1; c < 4; ++c)
        m_summary->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_summary->setWordWrap(true);
    // The three counts take about 220 px; the rest must leave the topic or agency readable
    // (at 240 px a 1024 px window showed "…" in place of every name).
    m_summary->setMinimumWidth(400);

    auto *split = new QSplitter(this);
    split->setObjectName(QStringLiteral("questionSplitter"));
    split->addWidget(m_table);
    split->addWidget(m_summary);
    split->setStretchFactor(0, 4);
    split->setStretchFactor(1, 1);
    split->setSizes({ 1000, 400 });

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(tools);
    layout->addWidget(filterRow);
    layout->addWidget(split, 1);
    layout->addWidget(buttonRow);

    connect(m_search, &QLineEdit::textChanged, m_filter, &QuestionFilterModel::setSearchText);
    connect(m_unitFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setUnitFilter(m_unitFilter->currentData().toLongLong()); });
    connect(m_topicFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setTopicFilter(m_topicFilter->currentData().toLongLong()); });
    connect(m_kindFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setKindFilter(m_kindFilter->currentData().toInt()); });
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setStatusFilter(m_statusFilter->currentData().toInt()); });
    connect(m_agencyFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setAgencyFilter(m_agencyFilter->currentData().toLongLong()); });
    connect(m_model, &QAbstractItemModel::modelReset, this, &QuestionsPage::refreshProgress);
    for (auto signal : { &QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved })
        connect(m_filter, signal, this, &QuestionsPage::updateActions);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &QuestionsPage::updateActions);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &QuestionsPage::updateActions);
    connect(session, &Session::eventChanged, this, &QuestionsPage::refreshFilters);
    connect(session, &Session::dataChanged, this, [this](unsigned entities) {
        if (entities
            & (unsigned(Entity::Topics) | unsigned(Entity::Units) | unsigned(Entity::Events)))
            refreshFilters();
        if (entities
            & (unsigned(Entity::Events) | unsigned(Entity::Questions) | unsigned(Entity::Topics)
               | unsigned(Entity::Units)))
            refreshProgress();
    });
    refreshFilters();
    refreshProgress();
    updateActions();
}

QuestionsPage::~QuestionsPage()
{
    if (m_live)
        m_live->close();
    delete m_live; // it holds the session
}

QList<std::pair<QString, qint64>> QuestionsPage::agencies() const
{
    QList<std::pair<QString, qint64>> out;
    for (const EventUnit &eu : m_session->units().eventUnits(m_session->eventId()))
        if (const auto u = m_session->units().get(eu.unitId);
            u && (eu.role == UnitRole::Guest || u->kind == UnitKind::GuestAgency))
            out.append({ u->name, u->id });
    return out;
}

void QuestionsPage::refreshFilters()
{
    const auto keep = [](QComboBox *c, auto fill) {
        const QVariant current = c->currentData();
        const QSignalBlocker block(c);
        c->clear();
        fill();
        c->setCurrentIndex(qMax(0, c->findData(current)));
    };
    keep(m_unitFilter, [this] {
        m_unitFilter->addItem(tr("All units"), 0);
        for (const EventUnit &eu : m_session->units().eventUnits(m_session->eventId()))
            if (const auto u = m_session->units().get(eu.unitId); u && eu.role != UnitRole::Guest)
                m_unitFilter->addItem(u->name, u->id);
    });
    keep(m_topicFilter, [this] {
        m_topicFilter->addItem(tr("All topics"), -1);
        m_topicFilter->addItem(tr("Not classified"), 0);
        for (const Topic &t : m_session->questions().topics(m_session->eventId())) {
            m_topicFilter->addItem(tr("Topic %1").arg(t.position), t.id);
            m_topicFilter->setItemData(m_topicFilter->count() - 1, t.title, Qt::ToolTipRole);
        }
    });
    keep(m_agencyFilter, [this] {
        m_agencyFilter->addItem(tr("All agencies"), -1);
        m_agencyFilter->addItem(tr("Not forwarded"), 0);
        for (const auto &[name, id] : agencies())
            m_agencyFilter->addItem(name, id);
    });
    m_filter->setUnitFilter(m_unitFilter->currentData().toLongLong());
    m_filter->setTopicFilter(m_topicFilter->currentData().toLongLong());
    m_filter->setAgencyFilter(m_agencyFilter->currentData().toLongLong());
}

void QuestionsPage::refreshProgress()
{
    const QuestionProgress p = computeQuestionProgress(*m_session, QDate::currentDate());
    QStringList parts;
    for (const HostProgress &h : p.hosts) {
        QString s
            = tr("%1: %2 of %3").arg(h.unitName.toHtmlEscaped()).arg(h.received).arg(h.required);
        if (h.late)
            s = QStringLiteral("<b style='color:#b00020'>%1 ⚠</b>").arg(s);
        else if (!h.behind())
            s += QStringLiteral(" ✓");
        parts << s;
    }
    QString head = p.deadline.isValid()
        ? (p.deadlinePassed ? tr("Questions were due by %1 (at least %2 per host unit)")
                            : tr("Questions due by %1 (at least %2 per host unit)"))
              .arg(p.deadline.toString(QStringLiteral("dd/MM/yyyy")))
              .arg(p.required)
        : tr("Questions from the host units");
    m_progress->setText(QStringLiteral("<b>%1</b>: %2")
                            .arg(head.toHtmlEscaped(), parts.join(QStringLiteral(" · "))));

    m_summary->setRowCount(0);
    auto addRow
        = [this](const QString &label, const QString &tip, const StatusCounts *c, bool heading) {
              const int r = m_summary->rowCount();
              m_summary->insertRow(r);
              auto *item = new QTableWidgetItem(label);
              item->setToolTip(tip);
              if (heading) {
                  QFont f = item->font();
                  f.setBold(true);
                  item->setFont(f);
              }
              m_summary->setItem(r, 0, item);
              if (c) {
                  const int values[] = { c->waiting, c->forwarded, c->answered };
                  for (int i = 0; i < 3; ++i) {
                      auto *v = new QTableWidgetItem(QString::number(values[i]));
                      v->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
                      m_summary->setItem(r, i + 1, v);
                  }
              }
          };
    addRow(tr("By topic"), {}, nullptr, true);
    for (const StatusCounts &c : p.topics)
        addRow(c.id ? tr("Topic %1").arg(c.label.section(QLatin1Char('.'), 0, 0)) : c.label,
               c.label, &c, false);
    addRow(tr("By agency"), {}, nullptr, true);
    for (const StatusCounts &c : p.agencies)
        addRow(c.label, c.label, &c, false);
    if (p.agencies.isEmpty())
        addRow(tr("(nothing forwarded yet)"), {}, nullptr, false);
    m_summary->resizeRowsToContents();

    const int pairs
        = int(findNearDuplicates(m_session->questions().list(m_session->eventId())).size());
    m_duplicatesButton->setText(pairs ? tr("Possible duplicates (%1)…").arg(pairs)
                                      : tr("Possible duplicates"));
    m_duplicatesButton->setEnabled(pairs > 0 && !m_session->isReadOnly());
    updateActions();
}

void QuestionsPage::updateActions()
{
    const int n = int(selectedIds().size());
    for (QPushButton *b : m_selectionButtons)
        b->setEnabled(!m_session->isReadOnly() && n > 0);
    if (!m_selectionButtons.isEmpty()) {
        m_selectionButtons.at(0)->setEnabled(!m_session->isReadOnly() && n == 1); // edit
        m_selectionButtons.at(4)->setEnabled(!m_session->isReadOnly() && n >= 2); // merge
    }
}

QList<qint64> QuestionsPage::selectedIds() const
{
    return dd::selectedIds(*m_table);
}

void QuestionsPage::addQuestion()
{
    Question q;
    q.eventId = m_session->eventId();
    q.unitId = m_lastUnit ? m_lastUnit : m_unitFilter->currentData().toLongLong();
    q.receivedOn = m_lastDate.isValid() ? m_lastDate : QDate::currentDate();
    q.channel = m_lastChannel;
    QuestionDialog dialog(m_session, q, this);
    dialog.exec();
    if (dialog.savedCount() > 0) {
        const Question last = dialog.question();
        m_lastUnit = last.unitId;
        m_lastChannel = last.channel;
        m_lastDate = last.receivedOn;
    }
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
    dialog.exec();
}

void QuestionsPage::deleteSelected()
{
    const QList<qint64> ids = selectedIds();
    if (!ids.isEmpty())
        m_session->push(commands::removeQuestions(m_session, ids, m_model->shownVersions(ids)));
}

bool QuestionsPage::classify(const QList<qint64> &ids, qint64 topicId)
{
    QUndoCommand *cmd = questionactions::classify(m_session, ids, topicId);
    return cmd && m_session->push(cmd);
}

bool QuestionsPage::forward(const QList<qint64> &ids, qint64 agencyId, const QDate &date,
                            bool record)
{
    QUndoCommand *cmd = questionactions::forward(m_session, ids, agencyId, date, record);
    return cmd && m_session->push(cmd);
}

bool QuestionsPage::merge(const QList<qint64> &ids, qint64 keepId)
{
    QUndoCommand *cmd = questionactions::merge(m_session, ids, keepId);
    return cmd && m_session->push(cmd);
}

bool QuestionsPage::withdraw(const QList<qint64> &ids)
{
    QUndoCommand *cmd = questionactions::withdraw(m_session, ids);
    return cmd && m_session->push(cmd);
}

void QuestionsPage::classifySelected()
{
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty())
        return;
    const QList<Topic> topics = m_session->questions().topics(m_session->eventId());
    QStringList items { tr("(not classified)") };
    for (const Topic &t : topics)
        items << QStringLiteral("%1. %2").arg(t.position).arg(shortText(t.title, 110));
    bool ok = false;
    const QString chosen = QInputDialog::getItem(
        this, tr("Classify"), tr("Topic of the %n selected question(s):", nullptr, int(ids.size())),
        items, 1, false, &ok);
    if (!ok)
        return;
    const int index = int(items.indexOf(chosen));
    classify(ids, index > 0 ? topics.at(index - 1).id : 0);
}

void QuestionsPage::forwardSelected()
{
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty())
        return;
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("forwardDialog"));
    dialog.setWindowTitle(tr("Forward to an agency"));
    auto *agency = new QComboBox(&dialog);
    agency->setObjectName(QStringLiteral("forwardAgencyCombo"));
    for (const auto &[name, id] : agencies())
        agency->addItem(name, id);
    auto *date = new QDateEdit(QDate::currentDate(), &dialog);
    date->setObjectName(QStringLiteral("forwardDateEdit"));
    date->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    date->setCalendarPopup(true);
    auto *record = new QCheckBox(
        tr("Sent now (otherwise only assigned, and sent with “Export for agency”)"), &dialog);
    record->setObjectName(QStringLiteral("forwardRecordCheck"));
    record->setChecked(true);
    connect(record, &QCheckBox::toggled, date, &QWidget::setEnabled);
    auto *form = new QFormLayout;
    form->addRow(tr("&Agency:"), agency);
    form->addRow(tr("&Date:"), date);
    form->addRow(record);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)
        ->setText(tr("Forward %n question(s)", nullptr, int(ids.size())));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addLayout(form);
    layout->addWidget(buttons);
    if (dialog.exec() == QDialog::Accepted && agency->currentIndex() >= 0)
        forward(ids, agency->currentData().toLongLong(), date->date(), record->isChecked());
}

void QuestionsPage::mergeSelected()
{
    const QList<qint64> ids = selectedIds();
    if (ids.size() < 2)
        return;
    QStringList items;
    QList<qint64> itemIds;
    for (qint64 id : ids) {
        const int row = m_model->rowOf(id);
        if (row < 0)
            continue;
        const Question &q = m_model->question(row);
        items << tr("No. %1 — %2 — %3")
                     .arg(row + 1)
                     .arg(m_model->index(row, QuestionTableModel::UnitColumn).data().toString(),
                          shortText(q.text, 70));
        itemIds << id;
    }
    bool ok = false;
    const QString chosen
        = QInputDialog::getItem(this, tr("Merge into…"),
                                tr("Keep this question; the others are marked as merged into it "
                                   "(their texts and units are kept):"),
                                items, 0, false, &ok);
    if (ok)
        merge(ids, itemIds.value(items.indexOf(chosen)));
}

void QuestionsPage::withdrawSelected()
{
    withdraw(selectedIds());
}

void QuestionsPage::showDuplicates()
{
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("duplicatesDialog"));
    dialog.setWindowTitle(tr("Possible duplicates"));
    auto *table = new QTableWidget(&dialog);
    table->setObjectName(QStringLiteral("duplicatesTable"));
    table->setColumnCount(4);
    table->setHorizontalHeaderLabels(
        { tr("Keep"), tr("Merge into it"), tr("Same words"), QString() });
    table->verticalHeader()->hide();
    table->setWordWrap(true);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(3, QHeaderView::ResizeToContents);
    const auto fill = [this, table] {
        table->setRowCount(0);
        const QList<DuplicatePair> pairs
            = findNearDuplicates(m_session->questions().list(m_session->eventId()));
        for (const DuplicatePair &p : pairs) {
            const int r = table->rowCount();
            table->insertRow(r);
            for (int side = 0; side < 2; ++side) {
                const qint64 id = side ? p.secondId : p.firstId;
                const int row = m_model->rowOf(id);
                if (row < 0)
                    continue;
                auto *item = new QTableWidgetItem(
                    tr("No. %1 (%2): %3")
                        .arg(row + 1)
                        .arg(m_model->index(row, QuestionTableModel::UnitColumn).data().toString(),
                             m_model->question(row).text));
                item->setToolTip(m_model->question(row).text);
                table->setItem(r, side, item);
            }
            table->setItem(
                r, 2, new QTableWidgetItem(QStringLiteral("%1%").arg(qRound(p.similarity * 100))));
            auto *mergeButton = new QPushButton(tr("Merge"), table);
            mergeButton->setObjectName(QStringLiteral("mergePairButton%1").arg(r));
            connect(mergeButton, &QPushButton::clicked, table, [this, p] {
                merge({ p.firstId, p.secondId }, p.firstId);
            });
            table->setCellWidget(r, 3, mergeButton);
        }
        table->resizeRowsToContents();
    };
    fill();
    // Refilled after the click that merged has returned: the button is deleted by the refill.
    connect(m_session, &Session::dataChanged, table, [fill, table](unsigned e) {
        if (e & unsigned(Entity::Questions))
            QTimer::singleShot(0, table, fill);
    });
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    buttons->button(QDialogButtonBox::Close)->setText(tr("Close"));
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    auto *hint = new QLabel(
        tr("These questions use the same or nearly the same words. Merging keeps both texts "
           "and both units; the second is marked as merged into the first."),
        &dialog);
    hint->setWordWrap(true);
    layout->addWidget(hint);
    layout->addWidget(table, 1);
    layout->addWidget(buttons);
    dialog.resize(1000, 520);
    dialog.exec();
}

void QuestionsPage::editTopics()
{
    TopicsDialog dialog(m_session, this);
    dialog.exec();
}

void QuestionsPage::importDialog()
{
    const QStringList paths
        = QFileDialog::getOpenFileNames(this, tr("Import questions"), QDir::homePath(),
                                        tr("E-mails and spreadsheets (*.eml *.csv *.xlsx *.ods "
                                           "*.xls);;E-mails (*.eml);;All files (*)"));
    if (!paths.isEmpty())
        importFiles(paths);
}

void QuestionsPage::importFiles(const QStringList &paths)
{
    if (m_session->isReadOnly())
        return;
    QuestionImportDialog dialog(m_session, importQuestionsFromFiles(*m_session, paths), this);
    dialog.exec();
}

void QuestionsPage::exportForAgencyDialog()
{
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("agencyExportDialog"));
    dialog.setWindowTitle(tr("Export for agency"));
    auto *agency = new QComboBox(&dialog);
    agency->setObjectName(QStringLiteral("exportAgencyCombo"));
    for (const auto &[name, id] : agencies()) {
        const QuestionExport e = buildQuestionExport(*m_session, id, true);
        agency->addItem(tr("%1 (%n question(s))", nullptr, int(e.questions.size())).arg(name), id);
    }
    auto *assigned
        = new QCheckBox(tr("Also the questions assigned to it but not yet forwarded (recorded as "
                           "forwarded today)"),
                        &dialog);
    assigned->setObjectName(QStringLiteral("exportAssignedCheck"));
    assigned->setChecked(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Agency:"), agency);
    form->addRow(assigned);
    auto *buttons = makeDialogButtons(&dialog, tr("Save as XLSX…"));
    auto *layout = new QVBoxLayout(&dialog);
    layout->addLayout(form);
    layout->addWidget(buttons);
    if (dialog.exec() != QDialog::Accepted || agency->currentIndex() < 0)
        return;
    const qint64 agencyId = agency->currentData().toLongLong();
    const auto unit = m_session->units().get(agencyId);
    QString name = unit ? unit->name : QStringLiteral("co-quan");
    name.replace(QRegularExpression(QStringLiteral("[\\\\/:*?\"<>|]")), QStringLiteral("-"));
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export for agency"),
        QDir::homePath() + QStringLiteral("/Ý kiến - %1.xlsx").arg(name),
        tr("Excel workbook (*.xlsx)"));
    if (!path.isEmpty())
        exportForAgency(agencyId, assigned->isChecked(), path);
}

bool QuestionsPage::exportForAgency(qint64 agencyId, bool includeAssigned, const QString &path)
{
    const QuestionExport e = buildQuestionExport(*m_session, agencyId, includeAssigned);
    if (Status s = writeQuestionExport(path, e); !s) {
        QMessageBox::warning(this, tr("Export for agency"), s.error());
        return false;
    }
    if (QUndoCommand *cmd
        = questionactions::recordForwarding(m_session, e.toRecord, QDate::currentDate()))
        m_session->push(cmd);
    emit m_session->errorOccurred(
        tr("%n question(s) written to %1", nullptr, int(e.questions.size()))
            .arg(QDir::toNativeSeparators(path)));
    return true;
}

LiveQuestionsWindow *QuestionsPage::openLiveMode()
{
    if (!m_live)
        m_live = new LiveQuestionsWindow(m_session);
    m_live->show();
    m_live->raise();
    m_live->activateWindow();
    return m_live;
}

void QuestionsPage::dragEnterEvent(QDragEnterEvent *event)
{
    if (!event->mimeData()->hasUrls() || m_session->isReadOnly())
        return;
    for (const QUrl &url : event->mimeData()->urls()) {
        const QString path = url.toLocalFile();
        if (!path.isEmpty() && (QFileInfo(path).isDir() || isQuestionImportFile(path))) {
            event->acceptProposedAction();
            return;
        }
    }
}

void QuestionsPage::dropEvent(QDropEvent *event)
{
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls())
        if (const QString path = url.toLocalFile(); !path.isEmpty())
            paths << path;
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    importFiles(paths);
}

} // namespace dd
