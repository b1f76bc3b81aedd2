#pragma once

#include "widgets/ruledlineedit.h"

#include <QTime>

namespace dd {

// A clock time typed as clerks type it ("8", "8:0", "08:00", "8h", "8g30"), shown as "08:30"
// once the field is left; empty is "not set" (shown by the placeholder, never mixed into the
// text as a QTimeEdit's special value is).
class ClockTimeEdit : public RuledLineEdit
{
    Q_OBJECT
public:
    explicit ClockTimeEdit(QWidget *parent = nullptr);
    // Null when empty, or when the text is refused (see problem()).
    QTime time() const;
    void setTime(const QTime &time);

protected:
    QString check() override;
};

} // namespace dd
