// A list's note naming the person this one replaces.
#include "import/replacement.h"

#include "text/vietnamese.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace dd::import {

QString replacedName(const QString &note)
{
    // Most notes are empty or say something else: only those that begin with "thay" are read.
    const QStringView v = QStringView(note).trimmed();
    if (v.size() < 8 || v.front().toLower() != u't')
        return {};
    // "Thay (thế) cho <name>" or "Thay (thế) đ/c <name>": "Thay đổi số điện thoại" is no one.
    static const QRegularExpression replaces(
        QStringLiteral("^thay(?: the)?( cho)?\\s+(d/c\\s*|dc\\.?\\s+|dong "
                       "chi\\s+|anh\\s+|chi\\s+|ban\\s+)?([^,;:(.\\-]+)"));
    const auto m = replaces.match(text::fold(v.toString()));
    if (!m.hasMatch() || (m.captured(1).isEmpty() && m.captured(2).isEmpty()))
        return {};
    const QString name = m.captured(3).simplified();
    return name.count(QLatin1Char(' ')) >= 1 ? name : QString(); // a whole name, two words or more
}

QString replacementProblem(const Attendee &replaced, const QString &unitName)
{
    return QCoreApplication::translate(
               "Import",
               "Replaces %1 of %2, who is still in the list: set their invitation to "
               "“Replaced” so that the union's quota does not count them twice.")
        .arg(replaced.fullName(), unitName);
}

} // namespace dd::import
