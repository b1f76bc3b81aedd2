#include "pages/livequestionswindow.h"

#include "edit/commands.h"
#include "edit/questionactions.h"
#include "widgets/screenfit.h"

#include <QCloseEvent>
#include <QComboBox>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QShortcut>
#include <QSplitter>
#include <QTimer>
#include <QVBoxLayout>

namespace dd {

ProjectorWindow::ProjectorWindow(QWidget *parent)
    : QWidget(parent, Qt::Window)
{
    setObjectName(QStringLiteral("projectorWindow"));
    setWindowTitle(tr("Current question"));
    setAutoFillBackground(true);
    QPalette p = palette();
    p.setColor(QPalette::Window, QColor(0x10, 0x2a, 0x43));
    p.setColor(QPalette::WindowText, Qt::white);
    setPalette(p);
    m_from = new QLabel(this);
    m_from->setObjectName(QStringLiteral("projectorFrom"));
    m_from->setWordWrap(true);
    QFont small = font();
    small.setPointSize(24);
    m_from->setFont(small);
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("projectorText"));
    m_text->setWordWrap(true);
    m_text->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    QFont big = font();
    big.setPointSize(40);
    big.setBold(true);
    m_text->setFont(big);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(60, 40, 60, 40);
    layout->addWidget(m_from);
    layout->addSpacing(20);
    layout->addWidget(m_text, 1);
}

void ProjectorWindow::showQuestion(const QString &from, const QString &text)
{
    m_from->setText(from);
    m_text->setText(text);
}

QString ProjectorWindow::shownText() const
{
    return m_text->text();
}

void ProjectorWindow::present()
{
    const QList<QScreen *> screens = QGuiApplication::screens();
    QScreen *primary = QGuiApplication::primaryScreen();
    QScreen *target = nullptr;
    for (QScreen *s : screens)
        if (s != primary)
            target = s;
    if (target) {
        setScreen(target);
        setGeometry(target->geometry());
        showFullScreen();
    } else {
        resizeWithinScreen(this, QSize(1024, 640));
        show();
    }
}

void ProjectorWindow::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape)
        close();
    else
        QWidget::keyPressEvent(event);
}

LiveQuestionsWindow::LiveQuestionsWindow(Session *session, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_session(session)
{
    setObjectName(QStringLiteral("liveModeWindow"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("Live: questions at the dialogue"));

    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("liveQuestionList"));
    m_list->setWordWrap(true);
    m_list->setDragDropMode(QAbstractItemView::InternalMove);
    m_list->setDefaultDropAction(Qt::MoveAction);
    m_list->setSpacing(2);
    connect(m_list->model(), &QAbstractItemModel::rowsMoved, this, [this] {
        if (!m_refreshing) // after the drop has finished, not inside it
            QTimer::singleShot(0, this, &LiveQuestionsWindow::persistListOrder);
    });
    connect(m_list, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        setCurrentQuestion(item->data(Qt::UserRole).toLongLong());
    });
    auto *upKey
        = new QShortcut(QKeySequence(Qt::ALT | Qt::Key_Up), m_list, [this] { moveSelected(-1); });
    auto *downKey
        = new QShortcut(QKeySequence(Qt::ALT | Qt::Key_Down), m_list, [this] { moveSelected(+1); });
    upKey->setContext(Qt::WidgetShortcut);
    downKey->setContext(Qt::WidgetShortcut);

    auto button = [this](const QString &text, const char *name, const QString &tip = {}) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(QLatin1String(name));
        b->setToolTip(tip);
        return b;
    };
    QPushButton *setCurrent
        = button(tr("&Answer this one"), "liveSetCurrentButton",
                 tr("Mark the selected question as the one being answered (Enter)"));
    QPushButton *prev = button(tr("&Previous"), "livePreviousButton");
    QPushButton *nextButton = button(tr("&Next"), "liveNextButton");
    QPushButton *up
        = button(tr("Move up"), "liveUpButton", tr("Earlier in the running order (Alt+Up)"));
    QPushButton *down
        = button(tr("Move down"), "liveDownButton", tr("Later in the running order (Alt+Down)"));
    m_projectorButton = button(tr("Pro&jector"), "projectorButton",
                               tr("Show the current question in large type on a second screen"));
    m_projectorButton->setCheckable(true);
    connect(setCurrent, &QPushButton::clicked, this, [this] {
        if (QListWidgetItem *item = m_list->currentItem())
            setCurrentQuestion(item->data(Qt::UserRole).toLongLong());
    });
    connect(prev, &QPushButton::clicked, this, [this] { next(-1); });
    connect(nextButton, &QPushButton::clicked, this, [this] { next(+1); });
    connect(up, &QPushButton::clicked, this, [this] { moveSelected(-1); });
    connect(down, &QPushButton::clicked, this, [this] { moveSelected(+1); });
    connect(m_projectorButton, &QPushButton::clicked, this, &LiveQuestionsWindow::toggleProjector);
    auto *listButtons = new QHBoxLayout;
    for (QPushButton *b : { setCurrent, prev, nextButton, up, down })
        listButtons->addWidget(b);
    listButtons->addStretch();
    listButtons->addWidget(m_projectorButton);

    m_currentLabel = new QLabel(this);
    m_currentLabel->setObjectName(QStringLiteral("liveCurrentLabel"));
    m_currentLabel->setWordWrap(true);
    m_currentLabel->setTextFormat(Qt::RichText);
    m_currentLabel->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    QFont f = m_currentLabel->font();
    f.setPointSizeF(f.pointSizeF() * 1.4);
    m_currentLabel->setFont(f);
    m_answer = new QPlainTextEdit(this);
    m_answer->setObjectName(QStringLiteral("liveAnswerEdit"));
    m_answer->setPlaceholderText(tr("The answer as it is given (saved when you leave the field)"));
    m_answer->installEventFilter(this);
    m_answeredBy = new QLineEdit(this);
    m_answeredBy->setObjectName(QStringLiteral("liveAnsweredByEdit"));
    m_answeredBy->setPlaceholderText(tr("Who answers"));
    m_answeredBy->installEventFilter(this);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(new QLabel(tr("<b>Being answered</b>"), right));
    rightLayout->addWidget(m_currentLabel, 1);
    rightLayout->addWidget(new QLabel(tr("Answer:"), right));
    rightLayout->addWidget(m_answer, 2);
    rightLayout->addWidget(m_answeredBy);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(new QLabel(tr("<b>Running order</b> (drag, or Alt+Up/Down)"), left));
    leftLayout->addWidget(m_list, 1);
    leftLayout->addLayout(listButtons);
    auto *split = new QSplitter(this);
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);

    // Quick add: a question from the room or a livestream comment.
    m_unit = new QComboBox(this);
    m_unit->setObjectName(QStringLiteral("liveUnitCombo"));
    m_unit->addItem(tr("(no unit)"), 0);
    for (const EventUnit &eu : session->units().eventUnits(session->eventId()))
        if (const auto u = session->units().get(eu.unitId); u && eu.role != UnitRole::Guest)
            m_unit->addItem(u->shortName.isEmpty() ? u->name : u->shortName, u->id);
    m_channel = new QComboBox(this);
    m_channel->setObjectName(QStringLiteral("liveChannelCombo"));
    for (QuestionChannel c : { QuestionChannel::InRoom, QuestionChannel::Livestream,
                               QuestionChannel::HandedIn, QuestionChannel::Email })
        m_channel->addItem(questionChannelLabel(c), int(c));
    const bool online = session->activePlan() == PlanKind::Online;
    m_channel->setCurrentIndex(
        m_channel->findData(int(online ? QuestionChannel::Livestream : QuestionChannel::InRoom)));
    m_submitter = new QLineEdit(this);
    m_submitter->setObjectName(QStringLiteral("liveSubmitterEdit"));
    m_submitter->setPlaceholderText(tr("Asked by"));
    m_quickText = new QLineEdit(this);
    m_quickText->setObjectName(QStringLiteral("liveQuickAddEdit"));
    m_quickText->setPlaceholderText(
        tr("New question from the room or a livestream comment — Enter adds it"));
    connect(m_quickText, &QLineEdit::returnPressed, this, [this] {
        if (quickAdd(m_quickText->text()))
            m_quickText->clear();
    });
    QPushButton *add = button(tr("&Add"), "liveQuickAddButton");
    connect(add, &QPushButton::clicked, m_quickText, &QLineEdit::returnPressed);
    auto *quick = new QHBoxLayout;
    quick->addWidget(m_quickText, 4);
    quick->addWidget(m_submitter, 1);
    quick->addWidget(m_unit, 1);
    quick->addWidget(m_channel);
    quick->addWidget(add);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split, 1);
    layout->addLayout(quick);
    resizeWithinScreen(this, QSize(1200, 720));

    connect(session, &Session::dataChanged, this, [this](unsigned entities) {
        if (entities & (unsigned(Entity::Questions) | unsigned(Entity::Units)))
            refresh();
    });
    refresh();
    if (!m_order.isEmpty())
        setCurrentQuestion(m_order.first());
}

LiveQuestionsWindow::~LiveQuestionsWindow()
{
    delete m_projector;
}

void LiveQuestionsWindow::refresh()
{
    m_refreshing = true;
    QHash<qint64, QString> units;
    for (const Unit &u : m_session->units().list())
        units.insert(u.id, u.shortName.isEmpty() ? u.name : u.shortName);
    QList<Question> ordered, rest;
    for (const Question &q : m_session->questions().list(m_session->eventId())) {
        if (q.status == QuestionStatus::Merged || q.status == QuestionStatus::Withdrawn)
            continue;
        (q.runningOrder > 0 ? ordered : rest) << q;
    }
    ordered << rest;
    const qint64 selected
        = m_list->currentItem() ? m_list->currentItem()->data(Qt::UserRole).toLongLong() : 0;
    m_list->clear();
    m_order.clear();
    for (const Question &q : ordered) {
        m_order << q.id;
        QString label = QStringLiteral("%1. ").arg(m_order.size());
        if (q.unitId)
            label += QStringLiteral("[%1] ").arg(units.value(q.unitId));
        label += q.text;
        if (q.status == QuestionStatus::Answered)
            label += QStringLiteral("  ✓");
        auto *item = new QListWidgetItem(label, m_list);
        item->setData(Qt::UserRole, q.id);
        item->setData(Qt::UserRole + 1, units.value(q.unitId));
        item->setData(Qt::UserRole + 2, q.text);
        if (q.id == m_currentId) {
            item->setText(QStringLiteral("▶ ") + label);
            QFont f = item->font();
            f.setBold(true);
            item->setFont(f);
            item->setBackground(QColor(0xff, 0xf3, 0xc4));
        }
        if (q.id == selected)
            m_list->setCurrentItem(item);
    }
    m_refreshing = false;
    if (m_currentId && !m_order.contains(m_currentId))
        m_currentId = 0;
    showCurrent();
}

void LiveQuestionsWindow::showCurrent()
{
    const auto q = m_currentId ? m_session->questions().get(m_currentId) : std::nullopt;
    QString from;
    if (q) {
        if (const auto u = m_session->units().get(q->unitId))
            from = u->name;
        if (!q->submitter.isEmpty())
            from
                = from.isEmpty() ? q->submitter : QStringLiteral("%1 — %2").arg(q->submitter, from);
    }
    m_currentLabel->setText(
        q ? QStringLiteral("<p style='color:#555'>%1</p><p>%2</p>")
                .arg(from.toHtmlEscaped(), q->text.toHtmlEscaped())
          : tr("No question is marked as current. Select one and press Enter."));
    // The field being typed in is never overwritten by a refresh.
    if (m_answerFor != m_currentId || (!m_answer->hasFocus() && !m_answeredBy->hasFocus())) {
        m_answer->setPlainText(q ? q->answer : QString());
        m_answeredBy->setText(q ? q->answeredBy : QString());
        m_answerFor = m_currentId;
    }
    m_answer->setEnabled(q.has_value() && !m_session->isReadOnly());
    m_answeredBy->setEnabled(m_answer->isEnabled());
    if (m_projector)
        m_projector->showQuestion(from, q ? q->text : QString());
}

void LiveQuestionsWindow::setCurrentQuestion(qint64 id)
{
    saveAnswer();
    m_currentId = id;
    refresh();
    for (int i = 0; i < m_list->count(); ++i)
        if (m_list->item(i)->data(Qt::UserRole).toLongLong() == id)
            m_list->setCurrentRow(i);
}

void LiveQuestionsWindow::next(int delta)
{
    if (m_order.isEmpty())
        return;
    const int at = int(m_order.indexOf(m_currentId));
    const int to = at < 0 ? 0 : qBound(0, at + delta, int(m_order.size()) - 1);
    setCurrentQuestion(m_order.at(to));
}

void LiveQuestionsWindow::moveSelected(int delta)
{
    const int row = m_list->currentRow();
    const int to = row + delta;
    if (row < 0 || to < 0 || to >= m_order.size())
        return;
    QList<qint64> order = m_order;
    const qint64 id = order.at(row);
    order.move(row, to);
    if (QUndoCommand *cmd = questionactions::reorder(m_session, order))
        m_session->push(cmd);
    for (int i = 0; i < m_list->count(); ++i)
        if (m_list->item(i)->data(Qt::UserRole).toLongLong() == id)
            m_list->setCurrentRow(i);
}

void LiveQuestionsWindow::persistListOrder()
{
    QList<qint64> order;
    for (int i = 0; i < m_list->count(); ++i)
        order << m_list->item(i)->data(Qt::UserRole).toLongLong();
    if (order == m_order)
        return;
    if (QUndoCommand *cmd = questionactions::reorder(m_session, order))
        m_session->push(cmd);
    else
        refresh();
}

bool LiveQuestionsWindow::quickAdd(const QString &text)
{
    if (text.trimmed().isEmpty())
        return false;
    Question q;
    q.eventId = m_session->eventId();
    q.text = text;
    q.unitId = m_unit->currentData().toLongLong();
    q.submitter = m_submitter->text().trimmed();
    q.channel = QuestionChannel(m_channel->currentData().toInt());
    q.receivedOn = QDate::currentDate();
    int last = 0;
    for (const Question &other : m_session->questions().list(m_session->eventId()))
        last = qMax(last, other.runningOrder);
    q.runningOrder = qMax(last, int(m_order.size())) + 1;
    if (last == 0 && !m_order.isEmpty()) {
        // Nothing was ordered yet: fix the order shown so that the new one comes last.
        if (QUndoCommand *cmd = questionactions::reorder(m_session, m_order))
            m_session->push(cmd);
    }
    const bool ok = m_session->push(
        commands::addQuestions(m_session, { q }, tr("add a question from the floor")));
    if (ok)
        m_submitter->clear();
    return ok;
}

void LiveQuestionsWindow::saveAnswer()
{
    if (!m_answerFor || m_session->isReadOnly())
        return;
    if (QUndoCommand *cmd
        = questionactions::answer(m_session, m_answerFor, m_answer->toPlainText(),
                                  m_answeredBy->text(), QDateTime::currentDateTime()))
        m_session->push(cmd);
}

void LiveQuestionsWindow::toggleProjector()
{
    if (m_projector && m_projector->isVisible()) {
        m_projector->close();
        m_projectorButton->setChecked(false);
        return;
    }
    if (!m_projector)
        m_projector = new ProjectorWindow;
    showCurrent();
    m_projector->present();
    m_projectorButton->setChecked(true);
}

bool LiveQuestionsWindow::eventFilter(QObject *watched, QEvent *event)
{
    if ((watched == m_answer || watched == m_answeredBy) && event->type() == QEvent::FocusOut)
        saveAnswer();
    return QWidget::eventFilter(watched, event);
}

void LiveQuestionsWindow::closeEvent(QCloseEvent *event)
{
    saveAnswer();
    if (m_projector)
        m_projector->close();
    event->accept();
}

} // namespace dd
