#pragma once

#include "widgets/ruledlineedit.h"

#include <QDate>

namespace dd {

// A date typed as dd/MM/yyyy (also "5/8/2021", "5.8.21", "05082021", "5/8" for this year), or
// picked from the calendar at its end; shown as dd/MM/yyyy once the field is left, whatever
// the system's region. Empty is "not set".
class DateField : public RuledLineEdit
{
    Q_OBJECT
public:
    explicit DateField(QWidget *parent = nullptr);
    // Null when empty, or when the text is refused (see problem()).
    QDate date() const;
    void setDate(const QDate &date);

protected:
    QString check() override;

private:
    void pick();
};

} // namespace dd
