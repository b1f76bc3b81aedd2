#include "import/importchecks.h"

#include <QCoreApplication>

namespace dd::import {

namespace {

// The name as it can be shown in a message: short, control characters made visible.
QString shown(const QString &name)
{
    QString out = name.left(40);
    for (QChar &c : out)
        if (c.category() == QChar::Other_Control || c.unicode() == 0xFFFD)
            c = u'?';
    return name.size() > 40 ? out + u'…' : out;
}

} // namespace

QString lengthProblem(const QString &cell, int maxLength, const QString &field)
{
    if (cell.size() <= maxLength)
        return {};
    return QCoreApplication::translate("Import",
                                       "“%1” holds %L2 characters, more than the %L3 it may "
                                       "have: the row is not imported.")
        .arg(field)
        .arg(cell.size())
        .arg(maxLength);
}

QString nameProblem(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return {};
    const QChar first = trimmed.front();
    if (first == u'=' || first == u'+' || first == u'-' || first == u'@')
        return QCoreApplication::translate("Import",
                                           "The name “%1” begins with %2, as a formula does: "
                                           "the row is not imported.")
            .arg(shown(trimmed), QString(first));
    bool letter = false;
    for (const QChar c : trimmed) {
        // Tabs and line breaks inside a cell are spaces to a name; other controls are not.
        if ((c.category() == QChar::Other_Control && c != u'\t' && c != u'\n' && c != u'\r')
            || c.unicode() == 0xFFFD)
            return QCoreApplication::translate(
                       "Import",
                       "The name “%1” holds characters that are not text (control characters "
                       "or characters that could not be read): the row is not imported.")
                .arg(shown(trimmed));
        if (c.isDigit())
            return QCoreApplication::translate(
                       "Import", "The name “%1” holds digits: the row is not imported.")
                .arg(shown(trimmed));
        letter = letter || c.isLetter();
    }
    if (!letter)
        return QCoreApplication::translate(
                   "Import", "The name “%1” holds no letter: the row is not imported.")
            .arg(shown(trimmed));
    return {};
}

} // namespace dd::import
