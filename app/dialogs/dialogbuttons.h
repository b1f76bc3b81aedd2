#pragma once

#include <QDialog>
#include <QDialogButtonBox>
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

} // namespace dd
