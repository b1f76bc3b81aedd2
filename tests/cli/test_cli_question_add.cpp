// `question add` on the sample event: the row list questions shows, every field against values
// written by hand; bad values are told and add nothing.
#include "support/testsupport.h"

#include <QDate>

using testsupport::ProcessResult;
using namespace Qt::StringLiterals;

namespace {

QList<QStringList> questions(const testsupport::SampleData &d)
{
    QList<QStringList> out;
    for (const QString &line : d.list(u"questions"_s))
        out << line.split(u'\t');
    return out;
}

} // namespace

TEST_CASE("cli: question add adds a question entered by hand", "[cli][questionadd]")
{
    testsupport::SampleData d(QStringLiteral("question-add.sqlite"));
    const QList<QStringList> before = questions(d);
    const QStringList header { u"id"_s,           u"running_order"_s, u"received_on"_s,
                               u"unit"_s,         u"submitter"_s,     u"kind"_s,
                               u"topic"_s,        u"channel"_s,       u"status"_s,
                               u"forwarded_to"_s, u"forwarded_on"_s,  u"text"_s,
                               u"answer"_s,       u"answered_by"_s,   u"answered_at"_s,
                               u"duplicate_of"_s, u"note"_s };
    REQUIRE(before.first() == header);

    const QString text = u"Đề nghị Tỉnh đoàn mở lớp kỹ năng nghề cho thanh niên công nhân."_s;
    ProcessResult r = d.run({ u"question"_s, u"add"_s, u"--text"_s, text, u"--unit"_s,
                              u"thi doan hoa thanh"_s, u"--submitter"_s, u"Trần Thị Mai"_s,
                              u"--kind"_s, u"proposal"_s, u"--date"_s, u"2021-08-20"_s });
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QString id = QString::fromUtf8(r.out).trimmed();
    REQUIRE(id.toLongLong() > 0);
    QList<QStringList> after = questions(d);
    REQUIRE(after.size() == before.size() + 1);
    CHECK(after.mid(0, before.size()) == before);
    CHECK(after.last()
          == QStringList { id, QString(), u"2021-08-20"_s, u"Thị đoàn Hòa Thành"_s,
                           u"Trần Thị Mai"_s, u"proposal"_s, QString(), u"email"_s, u"received"_s,
                           QString(), QString(), text, QString(), QString(), QString(), QString(),
                           QString() });

    SECTION("without options: a question of no unit, received today")
    {
        r = d.run({ u"question"_s, u"add"_s, u"--text"_s, u"Câu hỏi thứ hai"_s });
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        const QStringList row = questions(d).last();
        CHECK(row.at(2) == QDate::currentDate().toString(u"yyyy-MM-dd"_s));
        CHECK(row.at(3) == QString());
        CHECK(row.at(5) == u"question"_s);
        CHECK(row.at(11) == u"Câu hỏi thứ hai"_s);
    }
    SECTION("bad values are told and add nothing")
    {
        const QList<std::pair<QStringList, QString>> cases {
            { { u"--text"_s, u"   "_s }, u"Enter the text of the question."_s },
            { { u"--text"_s, u"Hỏi"_s, u"--unit"_s, u"Huyện đoàn Không Có"_s },
              u"No unit is called “Huyện đoàn Không Có”"_s },
            { { u"--text"_s, u"Hỏi"_s, u"--date"_s, u"2021-02-30"_s }, u"2021-02-30"_s },
            { { u"--text"_s, u"Hỏi"_s, u"--date"_s, u"none"_s }, u"received on a day"_s },
            { { u"--text"_s, u"Hỏi"_s, u"--kind"_s, u"complaint"_s },
              u"--kind takes question, recommendation, proposal or initiative"_s },
        };
        for (const auto &[args, message] : cases) {
            r = d.run(QStringList { u"question"_s, u"add"_s } + args);
            INFO(args.join(u' ').toStdString() << " → " << r.err.toStdString());
            CHECK(r.exitCode != 0);
            CHECK(QString::fromUtf8(r.err).contains(message));
        }
        CHECK(questions(d) == after);
    }
}
