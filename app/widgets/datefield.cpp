#include "widgets/datefield.h"

#include "domain/inputrules.h"

#include <QAction>
#include <QCalendarWidget>
#include <QMenu>
#include <QStyle>
#include <QWidgetAction>

namespace dd {

DateField::DateField(QWidget *parent)
    : RuledLineEdit(parent)
{
    setPlaceholderText(tr("not set, dd/mm/yyyy"));
    setMaxLength(20);
    auto *calendar = addAction(style()->standardIcon(QStyle::SP_FileDialogDetailedView),
                               QLineEdit::TrailingPosition);
    calendar->setObjectName(QStringLiteral("calendarAction"));
    calendar->setToolTip(tr("Choose on a calendar"));
    connect(calendar, &QAction::triggered, this, &DateField::pick);
}

QDate DateField::date() const
{
    return inputrules::readDate(text(), QDate::currentDate().year()).value_or(QDate());
}

void DateField::setDate(const QDate &date)
{
    setText(date.isValid() ? date.toString(QStringLiteral("dd/MM/yyyy")) : QString());
    m_committed = text();
    setProblem({});
}

QString DateField::check()
{
    const auto d = inputrules::readDate(text(), QDate::currentDate().year());
    if (!d)
        return tr("Not a date: type day/month/year, for example 15/08/2021.");
    setText(d->isValid() ? d->toString(QStringLiteral("dd/MM/yyyy")) : QString());
    return {};
}

void DateField::pick()
{
    QMenu menu(this);
    auto *calendar = new QCalendarWidget(&menu);
    calendar->setObjectName(QStringLiteral("calendar"));
    calendar->setLocale(locale());
    calendar->setSelectedDate(date().isValid() ? date() : QDate::currentDate());
    auto *action = new QWidgetAction(&menu);
    action->setDefaultWidget(calendar);
    menu.addAction(action);
    connect(calendar, &QCalendarWidget::clicked, &menu, [this, &menu](const QDate &d) {
        setText(d.toString(QStringLiteral("dd/MM/yyyy")));
        menu.close();
        finish();
    });
    menu.exec(mapToGlobal(rect().bottomRight() - QPoint(menu.sizeHint().width(), 0)));
}

} // namespace dd
