#pragma once

#include "domain/documentsettings.h"
#include "session/session.h"

#include <QDialog>
#include <QMap>

class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace dd {

// Paper settings of the event: the letterhead, the signature block, "Nơi nhận", the lines
// printed on invitations and, for each kind of paper, its symbol and next number. Saved as
// one undoable edit.
class DocumentSettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit DocumentSettingsDialog(Session *session, QWidget *parent = nullptr);

    // The settings as the form shows them.
    DocumentSettings settings() const;
    void accept() override;

private:
    struct Numbering
    {
        QLineEdit *symbol = nullptr;
        QSpinBox *next = nullptr;
    };
    QLineEdit *lineEdit(const QString &text, const char *name);

    Session *m_session;
    DocumentSettings m_before;
    QLineEdit *m_body1;
    QLineEdit *m_body2;
    QLineEdit *m_party;
    QLineEdit *m_place;
    QLineEdit *m_capacity;
    QLineEdit *m_title;
    QLineEdit *m_name;
    QLineEdit *m_preparer; // người lập: printed under the budget's first signature
    QLineEdit *m_contact;
    QLineEdit *m_bring;
    QPlainTextEdit *m_recipients;
    QMap<PaperKind, Numbering> m_numbering;
};

} // namespace dd
