#pragma once

#include "widgets/ruledlineedit.h"

namespace dd {

// A birth year typed as four digits, or two where the century is clear ("95" is shown as 1995,
// with the reading in its tooltip); refused values say why beside the field. Empty is "not
// given".
class BirthYearEdit : public RuledLineEdit
{
    Q_OBJECT
public:
    explicit BirthYearEdit(QWidget *parent = nullptr);
    // 0 when empty or refused (see problem()).
    int year() const;
    void setYear(int year);
    // How two digits were last read ("read as 1995"); empty otherwise.
    QString reading() const { return m_reading; }

protected:
    QString check() override;

private:
    QString m_reading;
};

} // namespace dd
