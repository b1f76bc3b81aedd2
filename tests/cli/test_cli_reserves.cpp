// Reserve delegates on the command line: tn_colc_namnu_x.xlsx (make_lists_qa2.py) ends with
// "ĐẠI BIỂU DỰ KHUYẾT" and two people, Đỗ Minh Khang and Hà Thị Kiều. What list attendees and
// list quotas print, and what attendee set and attendee substitute change, written by hand.
#include "support/testsupport.h"

using testsupport::ProcessResult;

namespace {

const QString kCity = QStringLiteral("Thành đoàn thành phố Tây Ninh");

struct Data : testsupport::SampleData
{
    Data()
        : SampleData(QStringLiteral("reserves.sqlite"))
    { }
    // `list WHAT` as rows of cells, the header first.
    QList<QStringList> table(const QString &what) const
    {
        QList<QStringList> out;
        for (const QString &line : list(what))
            out << line.split(QLatin1Char('\t'));
        return out;
    }
    // The row of `list attendees` of the person with this full name, by column name.
    QMap<QString, QString> person(const QString &fullName) const
    {
        const QList<QStringList> rows = table(QStringLiteral("attendees"));
        QMap<QString, QString> out;
        const int name = int(rows.first().indexOf(QStringLiteral("full_name")));
        for (const QStringList &row : rows.mid(1))
            if (row.value(name) == fullName)
                for (int c = 0; c < rows.first().size(); ++c)
                    out.insert(rows.first().at(c), row.value(c));
        return out;
    }
    // The city's row of `list quotas`, by column name.
    QMap<QString, QString> cityQuota() const
    {
        const QList<QStringList> rows = table(QStringLiteral("quotas"));
        QMap<QString, QString> out;
        for (const QStringList &row : rows.mid(1))
            if (row.value(0) == kCity)
                for (int c = 0; c < rows.first().size(); ++c)
                    out.insert(rows.first().at(c), row.value(c));
        return out;
    }
};

QString out(const ProcessResult &r)
{
    return QString::fromUtf8(r.out);
}

} // namespace

TEST_CASE("cli: the people under ĐẠI BIỂU DỰ KHUYẾT are reserves counted in no column of the "
          "quotas and one takes a delegate's place",
          "[cli][reserve]")
{
    Data d;
    // The header of list attendees: every column as before, then "reserve".
    const QStringList header = d.table(QStringLiteral("attendees")).first();
    CHECK(header
          == QStringList { "id", "family_name", "middle_name", "given_name", "full_name", "gender",
                           "birth_year", "position", "unit", "workplace", "phone", "email", "role",
                           "status", "checked_in", "walk_in", "note", "checked_in_desk",
                           "reserve" });
    // list quotas keeps its header.
    const QStringList quotaHeader = d.table(QStringLiteral("quotas")).first();
    CHECK(quotaHeader
          == QStringList { "unit", "role", "quota", "people", "invited", "confirmed", "declined",
                           "present" });
    const QMap<QString, QString> before = d.cityQuota();
    REQUIRE_FALSE(before.isEmpty());

    ProcessResult r = d.run({ QStringLiteral("import"), QStringLiteral("attendees"),
                              testsupport::fixture(QStringLiteral("lists/tn_colc_namnu_x.xlsx")) });
    INFO(out(r).toStdString() << r.err.toStdString());
    REQUIRE(r.exitCode == 0);

    // Written by hand: full name, reserve.
    const std::tuple<const char *, const char *> people[] = {
        { "Võ Thị Thanh Thúy", "no" }, { "Lâm Quốc Bảo", "no" },   { "Nguyễn Ngọc Trâm Anh", "no" },
        { "Trương Văn Lợi", "no" },    { "Đỗ Minh Khang", "yes" }, { "Hà Thị Kiều", "yes" },
    };
    for (const auto &[name, reserve] : people) {
        INFO(name);
        const QMap<QString, QString> p = d.person(QString::fromUtf8(name));
        REQUIRE_FALSE(p.isEmpty());
        CHECK(p.value(QStringLiteral("reserve")) == QLatin1String(reserve));
        CHECK(p.value(QStringLiteral("note")) == QString()); // the mark is no longer a note
        CHECK(p.value(QStringLiteral("role")) == QStringLiteral("delegate"));
        CHECK(p.value(QStringLiteral("unit")) == kCity);
    }
    // Four more people in the city's figures, not six.
    const QMap<QString, QString> after = d.cityQuota();
    CHECK(after.value(QStringLiteral("people")).toInt()
          == before.value(QStringLiteral("people")).toInt() + 4);
    CHECK(after.value(QStringLiteral("invited")) == before.value(QStringLiteral("invited")));

    const QString thuy = d.person(QStringLiteral("Võ Thị Thanh Thúy")).value(QStringLiteral("id"));
    const QString khang = d.person(QStringLiteral("Đỗ Minh Khang")).value(QStringLiteral("id"));
    const QString kieu = d.person(QStringLiteral("Hà Thị Kiều")).value(QStringLiteral("id"));
    const QString bao = d.person(QStringLiteral("Lâm Quốc Bảo")).value(QStringLiteral("id"));

    SECTION("a reserve takes Thúy's place")
    {
        r = d.run({ QStringLiteral("attendee"), QStringLiteral("substitute"), thuy, khang });
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        CHECK(out(r) == QStringLiteral("Đỗ Minh Khang replaces Võ Thị Thanh Thúy.\n"));
        CHECK(d.person(QStringLiteral("Võ Thị Thanh Thúy")).value(QStringLiteral("status"))
              == QStringLiteral("replaced"));
        const QMap<QString, QString> k = d.person(QStringLiteral("Đỗ Minh Khang"));
        CHECK(k.value(QStringLiteral("reserve")) == QStringLiteral("no"));
        CHECK(k.value(QStringLiteral("status")) == QStringLiteral("not_invited")); // as Thúy
        // Thúy replaced, Khang in: the same number of people.
        CHECK(d.cityQuota().value(QStringLiteral("people"))
              == after.value(QStringLiteral("people")));
    }
    SECTION("someone who is not a reserve cannot be put in the place; nothing changes")
    {
        const QList<QStringList> rowsBefore = d.table(QStringLiteral("attendees"));
        r = d.run({ QStringLiteral("attendee"), QStringLiteral("substitute"), thuy, bao });
        CHECK(r.exitCode != 0);
        CHECK(QString::fromUtf8(r.err).contains(QStringLiteral("is not a reserve delegate")));
        r = d.run({ QStringLiteral("attendee"), QStringLiteral("substitute"), thuy });
        CHECK(r.exitCode != 0);
        CHECK(d.table(QStringLiteral("attendees")) == rowsBefore);
    }
    SECTION("attendee set --reserve makes Kiều a delegate, and Bảo a reserve")
    {
        r = d.run({ QStringLiteral("attendee"), QStringLiteral("set"), kieu,
                    QStringLiteral("--reserve"), QStringLiteral("no") });
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        CHECK(out(r) == QStringLiteral("Not a reserve: Hà Thị Kiều\n"));
        CHECK(d.person(QStringLiteral("Hà Thị Kiều")).value(QStringLiteral("reserve"))
              == QStringLiteral("no"));
        CHECK(d.cityQuota().value(QStringLiteral("people")).toInt()
              == after.value(QStringLiteral("people")).toInt() + 1);
        r = d.run({ QStringLiteral("attendee"), QStringLiteral("set"), bao,
                    QStringLiteral("--reserve"), QStringLiteral("yes") });
        REQUIRE(r.exitCode == 0);
        CHECK(out(r) == QStringLiteral("Reserve delegate: Lâm Quốc Bảo\n"));
        CHECK(d.cityQuota().value(QStringLiteral("people"))
              == after.value(QStringLiteral("people")));
    }
    SECTION("bad input is told and changes nothing")
    {
        const QList<QStringList> rowsBefore = d.table(QStringLiteral("attendees"));
        r = d.run({ QStringLiteral("attendee"), QStringLiteral("set"), kieu,
                    QStringLiteral("--reserve"), QStringLiteral("maybe") });
        CHECK(r.exitCode != 0);
        CHECK(QString::fromUtf8(r.err).contains(QStringLiteral("--reserve takes yes or no")));
        r = d.run({ QStringLiteral("attendee"), QStringLiteral("set"), kieu,
                    QStringLiteral("999999"), QStringLiteral("--reserve"), QStringLiteral("no") });
        CHECK(r.exitCode != 0);
        CHECK(QString::fromUtf8(r.err).contains(QStringLiteral("999999")));
        r = d.run({ QStringLiteral("attendee"), QStringLiteral("set"), kieu });
        CHECK(r.exitCode != 0);
        CHECK(d.table(QStringLiteral("attendees")) == rowsBefore);
    }
}
