#include "dialogs/discardguard.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QDialog>
#include <QEvent>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextEdit>

namespace dd {

DiscardGuard::DiscardGuard(QDialog *dialog)
    : QObject(dialog)
    , m_dialog(dialog)
{
    dialog->installEventFilter(this);
}

bool DiscardGuard::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_dialog && event->type() == QEvent::Show && !m_taken)
        takeSnapshot();
    return QObject::eventFilter(watched, event);
}

void DiscardGuard::takeSnapshot()
{
    m_snapshot = fields();
    m_taken = true;
}

QStringList DiscardGuard::fields() const
{
    QStringList values;
    for (QWidget *w : m_dialog->findChildren<QWidget *>()) {
        // A spin box's or combo box's own line edit is read through its owner.
        if (qobject_cast<QLineEdit *>(w)
            && (qobject_cast<QAbstractSpinBox *>(w->parentWidget())
                || qobject_cast<QComboBox *>(w->parentWidget())))
            continue;
        if (auto *e = qobject_cast<QLineEdit *>(w))
            values << e->text();
        else if (auto *p = qobject_cast<QPlainTextEdit *>(w))
            values << p->toPlainText();
        else if (auto *t = qobject_cast<QTextEdit *>(w))
            values << t->toPlainText();
        else if (auto *c = qobject_cast<QComboBox *>(w))
            values << QString::number(c->currentIndex()) + QLatin1Char('|') + c->currentText();
        else if (auto *s = qobject_cast<QAbstractSpinBox *>(w))
            values << s->text();
        else if (auto *b = qobject_cast<QAbstractButton *>(w); b && b->isCheckable())
            values << (b->isChecked() ? QStringLiteral("1") : QStringLiteral("0"));
    }
    return values;
}

bool DiscardGuard::changed() const
{
    return m_taken && fields() != m_snapshot;
}

bool DiscardGuard::allowClose()
{
    if (!changed())
        return true;
    QMessageBox box(QMessageBox::Question, m_dialog->windowTitle(),
                    tr("Close this form without saving what was typed in it?"),
                    QMessageBox::NoButton, m_dialog);
    box.setObjectName(QStringLiteral("discardChangesBox"));
    QPushButton *discard = box.addButton(tr("Close without saving"), QMessageBox::DestructiveRole);
    discard->setObjectName(QStringLiteral("discardButton"));
    QPushButton *keep = box.addButton(tr("Keep editing"), QMessageBox::RejectRole);
    keep->setObjectName(QStringLiteral("keepEditingButton"));
    box.setDefaultButton(keep);
    box.setEscapeButton(keep);
    box.exec();
    return box.clickedButton() == discard;
}

} // namespace dd
