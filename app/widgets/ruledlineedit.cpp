#include "widgets/ruledlineedit.h"

#include <QAction>
#include <QStyle>

namespace dd {

RuledLineEdit::RuledLineEdit(QWidget *parent)
    : QLineEdit(parent)
{
    m_warning = addAction(style()->standardIcon(QStyle::SP_MessageBoxWarning),
                          QLineEdit::TrailingPosition);
    m_warning->setObjectName(QStringLiteral("problemAction"));
    m_warning->setVisible(false);
    connect(this, &QLineEdit::editingFinished, this, &RuledLineEdit::finish);
    connect(this, &QLineEdit::textEdited, this, [this] {
        if (!m_problem.isEmpty())
            setProblem({}); // typing again: judged when the field is left
    });
}

void RuledLineEdit::setProblem(const QString &why)
{
    m_problem = why;
    m_warning->setVisible(!why.isEmpty());
    m_warning->setToolTip(why);
    setToolTip(why);
    setStyleSheet(why.isEmpty() ? QString() : QStringLiteral("border: 1px solid #b00020;"));
}

void RuledLineEdit::finish()
{
    setProblem(check());
    if (isAccepted() && text() != m_committed) {
        m_committed = text();
        emit valueEdited();
    }
}

} // namespace dd
