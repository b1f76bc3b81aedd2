#pragma once

#include <QString>
#include <QStringList>

// The phone cell of a list as clerks fill it: one number, or two in one cell ("0974 555 111 -
// 0913 222 333", "0974555113 / 0276 3822 111", "0912345678 hoặc 0987654321"). The person
// keeps one phone, the one the secretariat will call or text on the day: the first mobile
// number, else the first number; the others are kept in the note as written, so nothing the
// union sent is lost.
namespace dd::import {

struct PhoneCell
{
    QString phone; // the number kept, as written; the whole cell when it holds one number
    QStringList others; // the other numbers, as written
};

PhoneCell splitPhoneCell(const QString &cell);

// "Số điện thoại khác: 0913 222 333" — a person's note is the event's data, in Vietnamese.
QString otherPhonesNote(const QStringList &others);

} // namespace dd::import
