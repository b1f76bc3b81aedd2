// `task add`, `task set N` and `task remove N` on the sample event's seven tasks: what list
// tasks shows afterwards, every field against values written by hand; bad values are told and
// change nothing.
#include "support/testsupport.h"

using testsupport::ProcessResult;
using namespace Qt::StringLiterals;

namespace {

// list tasks without its id column: position, owner, description, due_date, done.
QList<QStringList> tasks(const testsupport::SampleData &d, const QStringList &filter = {})
{
    const ProcessResult r = d.run(QStringList { u"list"_s, u"tasks"_s } + filter);
    REQUIRE(r.exitCode == 0);
    QList<QStringList> out;
    for (const QString &line : QString::fromUtf8(r.out).split(u'\n', Qt::SkipEmptyParts))
        out << line.split(u'\t').mid(1);
    return out;
}

const QString kTask8 = u"Chuẩn bị 150 phần quà cho đại biểu thanh niên công nhân"_s;

} // namespace

TEST_CASE("cli: task add, task set and task remove change the overview's task list", "[cli][task]")
{
    testsupport::SampleData d(QStringLiteral("tasks.sqlite"));
    const QList<QStringList> before = tasks(d);
    REQUIRE(before.size() == 8); // the header and the sample's seven tasks
    CHECK(before.last()
          == QStringList { u"7"_s, u"Các huyện, thị, thành đoàn; đoàn trực thuộc"_s,
                           before.last().at(2), QString(), u"no"_s });

    // A unit's name as the directory writes it: the task is that unit's.
    ProcessResult r = d.run({ u"task"_s, u"add"_s, kTask8, u"--owner"_s,
                              u"Huyện đoàn Dương Minh Châu"_s, u"--due"_s, u"2021-09-10"_s });
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(QString::fromUtf8(r.out) == u"8\n"_s);
    QList<QStringList> after = tasks(d);
    REQUIRE(after.size() == 9);
    CHECK(after.mid(0, 8) == before);
    CHECK(after.at(8)
          == QStringList { u"8"_s, u"Huyện đoàn Dương Minh Châu"_s, kTask8, u"2021-09-10"_s,
                           u"no"_s });
    const QList<QStringList> ofUnit = tasks(d, { u"--unit"_s, u"Huyện đoàn Dương Minh Châu"_s });
    CHECK(ofUnit.size() == 2);
    CHECK(ofUnit.last().at(0) == u"8"_s);

    SECTION("task set changes each field; other words are the owner as written")
    {
        r = d.run({ u"task"_s, u"set"_s, u"8"_s, u"--owner"_s, u"Văn phòng và Ban Tuyên giáo"_s,
                    u"--due"_s, u"none"_s, u"--done"_s, u"yes"_s, u"--text"_s, u"Chuẩn bị quà"_s });
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        after = tasks(d);
        CHECK(after.at(8)
              == QStringList { u"8"_s, u"Văn phòng và Ban Tuyên giáo"_s, u"Chuẩn bị quà"_s,
                               QString(), u"yes"_s });
        CHECK(tasks(d, { u"--unit"_s, u"Huyện đoàn Dương Minh Châu"_s }).size() == 1);
        CHECK(after.mid(0, 8) == before);

        r = d.run({ u"task"_s, u"set"_s, u"2"_s, u"--due"_s, u"2021-08-25"_s });
        REQUIRE(r.exitCode == 0);
        after = tasks(d);
        CHECK(after.at(2).at(3) == u"2021-08-25"_s);
        CHECK(after.at(2).mid(0, 3) == before.at(2).mid(0, 3));
        CHECK(after.at(2).at(4) == u"no"_s);
    }
    SECTION("task remove takes the task out")
    {
        r = d.run({ u"task"_s, u"remove"_s, u"8"_s });
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        CHECK(tasks(d) == before);
    }
    SECTION("bad values are told and change nothing")
    {
        const QList<std::pair<QStringList, QString>> cases {
            { { u"add"_s, u"Việc mới"_s, u"--due"_s, u"2021-02-30"_s }, u"2021-02-30"_s },
            { { u"add"_s, u"  "_s }, u"Say what is to be done"_s },
            { { u"set"_s, u"9"_s, u"--done"_s, u"yes"_s }, u"No task has the number 9"_s },
            { { u"set"_s, u"abc"_s, u"--done"_s, u"yes"_s },
              u"The task number “abc” is not a position"_s },
            { { u"set"_s, u"8"_s, u"--done"_s, u"maybe"_s }, u"--done takes yes or no"_s },
            { { u"set"_s, u"8"_s, u"--due"_s, u"30/8/2021"_s }, u"30/8/2021"_s },
            { { u"set"_s, u"8"_s }, u"Say what to set"_s },
            { { u"set"_s, u"8"_s, u"--text"_s, u""_s }, u"A task needs a text"_s },
            { { u"remove"_s, u"0"_s }, u"is not a position"_s },
            { { u"remove"_s, u"12"_s }, u"No task has the number 12"_s },
        };
        for (const auto &[args, message] : cases) {
            r = d.run(QStringList { u"task"_s } + args);
            INFO(args.join(u' ').toStdString() << " → " << r.err.toStdString());
            CHECK(r.exitCode != 0);
            CHECK(QString::fromUtf8(r.err).contains(message));
        }
        CHECK(tasks(d) == after);
    }
}
