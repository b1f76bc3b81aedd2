#pragma once

// The delegates a command-line import added to a copy of the sample database, compared field
// by field with a table written by hand (handwrittenlists.h).
#include "support/handwrittenlists.h"
#include "support/testsupport.h"

namespace testsupport::lists {

using handwritten::Person;

struct Data : testsupport::SampleData
{
    Data()
        : SampleData(QStringLiteral("lists.sqlite"))
        , before(rows())
    { }
    QList<QStringList> before; // the sample event's people
    ProcessResult import(const QString &file, const QStringList &options = {}) const
    {
        return run(QStringList { QStringLiteral("import"), QStringLiteral("attendees"),
                                 testsupport::fixture(QStringLiteral("lists/") + file) }
                   + options);
    }
    QList<QStringList> rows() const
    {
        QList<QStringList> out;
        for (const QString &line : list(QStringLiteral("attendees")))
            out << line.split(QLatin1Char('\t'));
        return out;
    }
};

// The people added by the imports (the sample event's are left aside) are exactly
// `expected`, every field as written there, each once; their role is delegate.
template<std::size_t N>
void checkPeople(const Data &d, const Person (&expected)[N])
{
    const QList<QStringList> rows = d.rows();
    REQUIRE(!rows.isEmpty());
    const QStringList header = rows.first();
    auto at = [&](const QStringList &row, const char *column) {
        const int c = int(header.indexOf(QLatin1String(column)));
        REQUIRE(c >= 0);
        return row.value(c);
    };
    QList<QStringList> added;
    for (const QStringList &row : rows.mid(1))
        if (!d.before.contains(row))
            added << row;
    CHECK(added.size() == qsizetype(N));
    for (const Person &p : expected) {
        INFO(p.family << ' ' << p.middle << ' ' << p.given);
        int found = 0;
        for (const QStringList &row : std::as_const(added)) {
            if (at(row, "given_name") != QString::fromUtf8(p.given)
                || at(row, "family_name") != QString::fromUtf8(p.family))
                continue;
            ++found;
            CHECK(at(row, "middle_name") == QString::fromUtf8(p.middle));
            CHECK(at(row, "full_name")
                  == QStringList { QString::fromUtf8(p.family), QString::fromUtf8(p.middle),
                                   QString::fromUtf8(p.given) }
                         .join(QLatin1Char(' '))
                         .simplified());
            CHECK(at(row, "gender") == QString::fromUtf8(p.gender));
            CHECK(at(row, "birth_year") == QString::fromUtf8(p.year));
            CHECK(at(row, "position") == QString::fromUtf8(p.position));
            CHECK(at(row, "unit") == QString::fromUtf8(p.unit));
            CHECK(at(row, "workplace") == QString::fromUtf8(p.workplace));
            CHECK(at(row, "phone") == QString::fromUtf8(p.phone));
            CHECK(at(row, "email") == QString::fromUtf8(p.email));
            CHECK(at(row, "role") == QStringLiteral("delegate"));
            CHECK(at(row, "note") == QString::fromUtf8(p.note));
            CHECK(at(row, "reserve") == QLatin1String(p.reserve ? "yes" : "no"));
        }
        CHECK(found == 1);
    }
}

// What a command printed on its standard output.
inline QString out(const ProcessResult &r)
{
    return QString::fromUtf8(r.out);
}

} // namespace testsupport::lists
