#include "dialogs/reporttextdialog.h"

#include "edit/reportedits.h"
#include "edit/shownrow.h"
#include "widgets/screenfit.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace dd {

ReportTextDialog::ReportTextDialog(Session *session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("reportTextDialog"));
    setWindowTitle(tr("Results report: assessment and proposals"));

    auto *intro = new QLabel(
        tr("What you write here is printed in the results report after the day (Papers ▸ "
           "Results report), under II and III. Each line is a paragraph. Empty parts print as "
           "dotted lines to fill in by hand."),
        this);
    intro->setWordWrap(true);
    const auto field = [this](const char *name, const QString &hint) {
        auto *edit = new QPlainTextEdit(this);
        edit->setObjectName(QLatin1String(name));
        edit->setPlaceholderText(hint);
        edit->setTabChangesFocus(true);
        edit->installEventFilter(this);
        return edit;
    };
    m_assessment = field("reportAssessmentEdit",
                         tr("How the meeting went: attendance, the questions, the answers, what "
                            "worked and what did not."));
    m_proposals = field("reportProposalsEdit",
                        tr("What the secretariat proposes to the province: answers still owed, "
                           "what to do differently next time."));
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("reportTextMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_message->hide();

    auto *form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapAllRows);
    form->addRow(tr("II. &Assessment (đánh giá):"), m_assessment);
    form->addRow(tr("III. &Proposals (đề xuất, kiến nghị):"), m_proposals);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("buttons"));
    buttons->button(QDialogButtonBox::Close)->setText(tr("Close"));
    m_undo = buttons->addButton(tr("&Undo"), QDialogButtonBox::ActionRole);
    m_undo->setObjectName(QStringLiteral("reportUndoButton"));
    m_redo = buttons->addButton(tr("&Redo"), QDialogButtonBox::ActionRole);
    m_redo->setObjectName(QStringLiteral("reportRedoButton"));
    // Enter in a field starts a paragraph; the only default is Close.
    for (QPushButton *b : { m_undo, m_redo })
        b->setAutoDefault(false);
    buttons->button(QDialogButtonBox::Close)->setDefault(true);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Typing in progress becomes its own step first, so Undo takes back exactly that.
    connect(m_undo, &QPushButton::clicked, this, [this] {
        commit();
        m_session->undoStack()->undo();
    });
    connect(m_redo, &QPushButton::clicked, this, [this] {
        commit();
        m_session->undoStack()->redo();
    });
    for (QPlainTextEdit *e : { m_assessment, m_proposals })
        connect(e, &QPlainTextEdit::textChanged, this, &ReportTextDialog::updateButtons);
    connect(m_session->undoStack(), &QUndoStack::indexChanged, this,
            &ReportTextDialog::updateButtons);
    connect(m_session, &Session::changed, this, [this](const ChangeSet &changes) {
        if (changes.touches(Entity::Events))
            load();
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    const bool readOnly = m_session->isReadOnly();
    m_assessment->setReadOnly(readOnly);
    m_proposals->setReadOnly(readOnly);
    load();
    resizeWithinScreen(this, QSize(720, 560));
}

void ReportTextDialog::run(Session *session, QWidget *parent)
{
    if (!session || session->eventId() <= 0)
        return;
    ReportTextDialog dialog(session, parent);
    dialog.exec();
}

QString ReportTextDialog::actionText()
{
    return tr("Results report: assessment and proposals…");
}

void ReportTextDialog::load()
{
    const std::optional<Event> e = m_session->events().get(m_session->eventId());
    if (!e) {
        m_shown.reset();
        return;
    }
    m_shown = commands::shownWhileTyping(
        *e, m_shown,
        commands::Typed { m_assessment->document()->isModified(), &Event::reportAssessment },
        commands::Typed { m_proposals->document()->isModified(), &Event::reportProposals });
    // A field being typed in keeps its words; the other shows what is stored.
    for (auto [edit, text] : { std::pair { m_assessment, e->reportAssessment },
                               std::pair { m_proposals, e->reportProposals } })
        if (!edit->document()->isModified() && edit->toPlainText() != text) {
            edit->setPlainText(text);
            edit->document()->setModified(false);
        }
    updateButtons();
}

void ReportTextDialog::commit()
{
    if (m_session->isReadOnly())
        return;
    const auto typed = [](QPlainTextEdit *edit) -> std::optional<QString> {
        if (!edit->document()->isModified())
            return std::nullopt;
        return edit->toPlainText();
    };
    const std::optional<QString> assessment = typed(m_assessment);
    const std::optional<QString> proposals = typed(m_proposals);
    m_assessment->document()->setModified(false);
    m_proposals->document()->setModified(false);
    QUndoCommand *edit = reportedits::setText(m_session, assessment, proposals, m_shown);
    if (edit && !m_session->push(edit)) {
        m_message->setText(m_session->lastError());
        m_message->show();
        return;
    }
    m_message->hide();
    // The stored words (tidied by the store) back into the fields.
    load();
}

void ReportTextDialog::updateButtons()
{
    const bool typing
        = m_assessment->document()->isModified() || m_proposals->document()->isModified();
    m_undo->setEnabled(!m_session->isReadOnly() && (typing || m_session->undoStack()->canUndo()));
    m_redo->setEnabled(!m_session->isReadOnly() && !typing && m_session->undoStack()->canRedo());
}

void ReportTextDialog::done(int result)
{
    commit();
    QDialog::done(result);
}

bool ReportTextDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusOut && (watched == m_assessment || watched == m_proposals))
        commit();
    return QDialog::eventFilter(watched, event);
}

} // namespace dd
