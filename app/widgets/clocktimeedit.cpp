#include "widgets/clocktimeedit.h"

#include "domain/inputrules.h"

namespace dd {

ClockTimeEdit::ClockTimeEdit(QWidget *parent)
    : RuledLineEdit(parent)
{
    setPlaceholderText(tr("not set, e.g. 7h30"));
    setMaxLength(16);
}

QTime ClockTimeEdit::time() const
{
    return inputrules::readClockTime(text()).value_or(QTime());
}

void ClockTimeEdit::setTime(const QTime &time)
{
    setText(time.isValid() ? time.toString(QStringLiteral("HH:mm")) : QString());
    m_committed = text();
    setProblem({});
}

QString ClockTimeEdit::check()
{
    const auto t = inputrules::readClockTime(text());
    if (!t)
        return tr("Not a time of day: type for example 8, 8:30, 8h30 or 14g.");
    setText(t->isValid() ? t->toString(QStringLiteral("HH:mm")) : QString());
    return {};
}

} // namespace dd
