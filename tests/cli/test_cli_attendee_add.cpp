// `attendee add` and `attendee remove` on the sample event: what list attendees shows of the
// person added, every field against values written by hand; bad values are told and change
// nothing.
#include "support/testsupport.h"

using testsupport::ProcessResult;
using namespace Qt::StringLiterals;

namespace {

QList<QStringList> table(const testsupport::SampleData &d, const QString &what)
{
    QList<QStringList> out;
    for (const QString &line : d.list(what))
        out << line.split(QLatin1Char('\t'));
    return out;
}

// The row of list attendees with this id, by column name.
QMap<QString, QString> personById(const testsupport::SampleData &d, const QString &id)
{
    const QList<QStringList> rows = table(d, QStringLiteral("attendees"));
    QMap<QString, QString> out;
    for (const QStringList &row : rows.mid(1))
        if (row.value(0) == id)
            for (int c = 0; c < rows.first().size(); ++c)
                out.insert(rows.first().at(c), row.value(c));
    return out;
}

QString text(const QByteArray &bytes)
{
    return QString::fromUtf8(bytes);
}

} // namespace

TEST_CASE("cli: attendee add adds one person with every field, attendee remove takes them out",
          "[cli][attendee]")
{
    testsupport::SampleData d(QStringLiteral("attendee-add.sqlite"));
    const QList<QStringList> before = table(d, QStringLiteral("attendees"));

    ProcessResult r = d.run({ u"attendee"_s,     u"add"_s,
                              u"--name"_s,       u"  Nguyễn Thị Ánh   Hồng "_s,
                              u"--unit"_s,       u"huyen doan duong minh chau"_s,
                              u"--position"_s,   u"Phó Bí thư Chi đoàn"_s,
                              u"--workplace"_s,  u"Công ty TNHH Giày Da Phước Minh"_s,
                              u"--phone"_s,      u"0912345678"_s,
                              u"--email"_s,      u"anhhong@example.vn"_s,
                              u"--gender"_s,     u"female"_s,
                              u"--birth-year"_s, u"1998"_s,
                              u"--role"_s,       u"guest"_s,
                              u"--reserve"_s,    u"yes"_s });
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QString id = text(r.out).trimmed();
    REQUIRE(id.toLongLong() > 0);

    const QMap<QString, QString> p = personById(d, id);
    const QMap<QString, QString> expected {
        { u"id"_s, id },
        { u"family_name"_s, u"Nguyễn"_s },
        { u"middle_name"_s, u"Thị Ánh"_s },
        { u"given_name"_s, u"Hồng"_s },
        { u"full_name"_s, u"Nguyễn Thị Ánh Hồng"_s },
        { u"gender"_s, u"female"_s },
        { u"birth_year"_s, u"1998"_s },
        { u"position"_s, u"Phó Bí thư Chi đoàn"_s },
        { u"unit"_s, u"Huyện đoàn Dương Minh Châu"_s },
        { u"workplace"_s, u"Công ty TNHH Giày Da Phước Minh"_s },
        { u"phone"_s, u"0912345678"_s },
        { u"email"_s, u"anhhong@example.vn"_s },
        { u"role"_s, u"guest"_s },
        { u"status"_s, u"not_invited"_s },
        { u"checked_in"_s, u""_s },
        { u"walk_in"_s, u"no"_s },
        { u"note"_s, u""_s },
        { u"checked_in_desk"_s, u""_s },
        { u"reserve"_s, u"yes"_s },
    };
    CHECK(p == expected);
    CHECK(table(d, QStringLiteral("attendees")).size() == before.size() + 1);

    SECTION("a seat known by its position alone, with the defaults")
    {
        r = d.run({ u"attendee"_s, u"add"_s, u"--position"_s, u"Đại diện Hội LHTN"_s });
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        const QMap<QString, QString> s = personById(d, text(r.out).trimmed());
        CHECK(s.value(u"full_name"_s) == QString());
        CHECK(s.value(u"position"_s) == u"Đại diện Hội LHTN"_s);
        CHECK(s.value(u"unit"_s) == QString());
        CHECK(s.value(u"role"_s) == u"delegate"_s);
        CHECK(s.value(u"gender"_s) == QString());
        CHECK(s.value(u"birth_year"_s) == QString());
        CHECK(s.value(u"reserve"_s) == u"no"_s);
    }
    SECTION("attendee remove takes the person out, and an unknown number changes nothing")
    {
        const QList<QStringList> withHer = table(d, QStringLiteral("attendees"));
        r = d.run({ u"attendee"_s, u"remove"_s, id, u"999999"_s });
        CHECK(r.exitCode != 0);
        CHECK(text(r.err).contains(u"999999"_s));
        CHECK(table(d, QStringLiteral("attendees")) == withHer);

        r = d.run({ u"attendee"_s, u"remove"_s, id });
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        CHECK(text(r.out) == u"Removed: Nguyễn Thị Ánh Hồng\n"_s);
        CHECK(table(d, QStringLiteral("attendees")) == before);
    }
    SECTION("bad values are told as the attendee dialog tells them and add nobody")
    {
        const QList<QStringList> withHer = table(d, QStringLiteral("attendees"));
        const QList<std::pair<QStringList, QString>> cases {
            { { u"--name"_s, u"Trần Văn Bình"_s, u"--unit"_s, u"Huyện đoàn Không Có"_s },
              u"No unit is called “Huyện đoàn Không Có”"_s },
            { { u"--name"_s, u"Trần Văn Bình"_s, u"--phone"_s, u"0912"_s },
              u"The phone number “0912” is too short."_s },
            { { u"--name"_s, u"Trần Văn Bình"_s, u"--email"_s, u"binh.gmail.com"_s },
              u"“binh.gmail.com” is not an e-mail address."_s },
            { { u"--name"_s, u"Trần Văn Bình"_s, u"--birth-year"_s, u"1850"_s },
              u"--birth-year “1850”: A birth year has four digits, from 1900 to"_s },
            { { u"--name"_s, u"Trần Văn Bình"_s, u"--gender"_s, u"nam"_s },
              u"--gender takes male or female, not “nam”"_s },
            { { u"--name"_s, u"Trần Văn Bình"_s, u"--role"_s, u"boss"_s },
              u"--role takes chair, co_chair, guest, delegate, press or staff"_s },
            { { u"--name"_s, u"Trần Văn Bình"_s, u"--reserve"_s, u"maybe"_s },
              u"--reserve takes yes or no"_s },
            { { u"--name"_s, u"   "_s }, u"Enter the person's name"_s },
        };
        for (const auto &[args, message] : cases) {
            r = d.run(QStringList { u"attendee"_s, u"add"_s } + args);
            INFO(args.join(u' ').toStdString() << " → " << r.err.toStdString());
            CHECK(r.exitCode != 0);
            CHECK(text(r.err).contains(message));
            CHECK(r.out.isEmpty());
        }
        CHECK(table(d, QStringLiteral("attendees")) == withHer);
    }
}
