#pragma once

#include <QString>
#include <QStringList>

#include <initializer_list>

namespace testsupport {

// One row of a sheet written in a test, its cells as UTF-8 literals.
inline QStringList cells(std::initializer_list<const char *> texts)
{
    QStringList out;
    for (const char *t : texts)
        out << QString::fromUtf8(t);
    return out;
}

} // namespace testsupport
