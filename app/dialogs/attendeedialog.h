#pragma once

#include "domain/attendee.h"
#include "session/session.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QSpinBox;
class QLabel;
class QDialogButtonBox;

namespace dd {

class DiscardGuard;

class BirthYearEdit;

// The form for one person: the full name is split into family, middle and given name as
// it is typed, and each part can be corrected.
class AttendeeDialog : public QDialog
{
    Q_OBJECT
public:
    AttendeeDialog(Session *session, const Attendee &attendee, QWidget *parent = nullptr);
    Attendee attendee() const;

    void accept() override;
    // Asks first when something was typed (Esc, Cancel or × would lose it).
    void reject() override;

private:
    DiscardGuard *m_guard = nullptr;
    void splitName();
    Session *m_session;
    Attendee m_attendee;
    QLineEdit *m_fullName;
    QLineEdit *m_family;
    QLineEdit *m_middle;
    QLineEdit *m_given;
    QComboBox *m_gender;
    BirthYearEdit *m_birthYear;
    QLineEdit *m_position;
    QLineEdit *m_workplace;
    QComboBox *m_unit;
    QLineEdit *m_phone;
    QLineEdit *m_email;
    QComboBox *m_role;
    QComboBox *m_status;
    QLineEdit *m_note;
    QCheckBox *m_reserve;
    QLabel *m_error;
};

} // namespace dd
