#pragma once

#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>

namespace dd {

// The OK/Cancel row of our dialogs, with the OK button named for what it does ("Save",
// "Switch") and Cancel in the user's language even where Qt has no translation of its own.
inline QDialogButtonBox *makeDialogButtons(QDialog *dialog, const QString &okText)
{
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    buttons->setObjectName(QStringLiteral("buttons"));
    buttons->button(QDialogButtonBox::Ok)->setText(okText);
    buttons->button(QDialogButtonBox::Cancel)->setText(QDialog::tr("Cancel"));
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    return buttons;
}

// Gives a widget of a form the objectName that tests and screen readers find it by.
template<typename W>
W *named(W *widget, const char *objectName)
{
    widget->setObjectName(QLatin1String(objectName));
    return widget;
}

// The line under a form that says, in red, what to fix; hidden until there is something.
inline QLabel *makeErrorLabel(QWidget *parent)
{
    auto *label = named(new QLabel(parent), "errorLabel");
    label->setStyleSheet(QStringLiteral("color: #b00020"));
    label->setWordWrap(true);
    label->hide();
    return label;
}

// Closes `dialog` as accepted, or shows `problem` in its error line (makeErrorLabel()) and
// keeps it open. For the accept() of dialogs that check their form first.
inline void acceptUnless(QDialog *dialog, QLabel *error, const QString &problem)
{
    if (problem.isEmpty()) {
        dialog->QDialog::accept();
        return;
    }
    error->setText(problem);
    error->show();
}

} // namespace dd
