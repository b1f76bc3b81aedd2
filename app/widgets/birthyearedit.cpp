#include "widgets/birthyearedit.h"

#include "domain/inputrules.h"

#include <QDate>

namespace dd {

BirthYearEdit::BirthYearEdit(QWidget *parent)
    : RuledLineEdit(parent)
{
    setPlaceholderText(tr("not given, e.g. 1995"));
    setMaxLength(8);
}

int BirthYearEdit::year() const
{
    const auto r = inputrules::readBirthYear(text(), QDate::currentDate().year());
    return r.ok ? r.year : 0;
}

void BirthYearEdit::setYear(int year)
{
    setText(year ? QString::number(year) : QString());
    m_committed = text();
    m_reading.clear();
    setProblem({});
}

QString BirthYearEdit::check()
{
    const auto r = inputrules::readBirthYear(text(), QDate::currentDate().year());
    if (!r.ok)
        return r.why;
    m_reading = r.reading;
    setText(r.year ? QString::number(r.year) : QString());
    if (!m_reading.isEmpty())
        setToolTip(m_reading);
    return {};
}

} // namespace dd
