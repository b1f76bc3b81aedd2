// Two phone numbers in one cell of a list: which one the person keeps.
#include "import/phonecell.h"

#include "domain/inputrules.h"
#include "text/vietnamese.h"

#include <QRegularExpression>

namespace dd::import {

namespace {

bool isMobile(const QString &digits)
{
    return inputrules::isFullPhoneNumber(digits) && QStringLiteral("35789").contains(digits.at(1));
}

} // namespace

PhoneCell splitPhoneCell(const QString &cell)
{
    // Most cells hold one number, with or without spaces and dots: nothing to split.
    qsizetype digitCount = 0;
    for (const QChar c : cell)
        digitCount += c.isDigit() ? 1 : 0;
    if (digitCount < 16)
        return { cell, {} };
    // Between two numbers: a slash, a semicolon, a comma, a line break, "hoặc", "và", or a
    // dash with spaces around it (a dash inside a number has none).
    static const QRegularExpression between(
        QStringLiteral("\\s*(?:[/;,\\n|]|\\s[-–]\\s|\\bho[aặ]c\\b|\\bv[aà]\\b)\\s*"),
        QRegularExpression::UseUnicodePropertiesOption);
    QStringList parts;
    for (const QString &p : cell.split(between, Qt::SkipEmptyParts))
        if (const QString t = p.trimmed(); !t.isEmpty())
            parts << t;
    if (parts.size() == 1) {
        // "0974555113 0913222333": two ten-digit numbers side by side.
        const QString digits = text::normalizePhone(cell);
        if (digits.size() == 20 && inputrules::isFullPhoneNumber(digits.left(10))
            && inputrules::isFullPhoneNumber(digits.mid(10)))
            parts = QStringList { digits.left(10), digits.mid(10) };
    }
    if (parts.size() < 2)
        return { cell, {} };
    qsizetype kept = 0;
    for (qsizetype i = 0; i < parts.size(); ++i)
        if (isMobile(text::normalizePhone(parts.at(i)))) {
            kept = i;
            break;
        }
    PhoneCell out { parts.at(kept), parts };
    out.others.removeAt(kept);
    return out;
}

QString otherPhonesNote(const QStringList &others)
{
    return QStringLiteral("Số điện thoại khác: %1").arg(others.join(QStringLiteral("; ")));
}

} // namespace dd::import
