#pragma once

#include "domain/unit.h"
#include "session/session.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace dd {

// The form for one unit of the directory and its part and quota in the current event.
class UnitDialog : public QDialog
{
    Q_OBJECT
public:
    UnitDialog(Session *session, const Unit &unit, std::optional<EventUnit> part,
               QWidget *parent = nullptr);
    Unit unit() const;
    std::optional<EventUnit> part() const;
    void accept() override;

private:
    Session *m_session;
    Unit m_unit;
    QLineEdit *m_name;
    QLineEdit *m_shortName;
    QComboBox *m_kind;
    QComboBox *m_parent;
    QLineEdit *m_email;
    QLineEdit *m_contact;
    QLineEdit *m_phone;
    QComboBox *m_part;
    QSpinBox *m_quota;
    QLineEdit *m_note;
    QLabel *m_error;
};

} // namespace dd
