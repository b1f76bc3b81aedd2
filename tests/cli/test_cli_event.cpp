// `event show|set`, `agenda set`, `question forward|answer` and `print forward` through the
// built executable, as a script would use them.
#include "support/storesupport.h"
#include "support/testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

using testsupport::ProcessResult;
using namespace Qt::StringLiterals;

namespace {

struct SampleFile
{
    QTemporaryDir dir;
    QString path = testsupport::onServer() ? testsupport::newServerDatabase()
                                           : dir.filePath(QStringLiteral("event.sqlite"));

    SampleFile() { REQUIRE(run({ u"--sample"_s, u"check"_s }).exitCode == 0); }
    ProcessResult run(QStringList args) const
    {
        return testsupport::runApp(QStringList { u"--lang"_s, u"en"_s, u"--db"_s, path } + args);
    }
    QString pdf(const QString &name) const { return dir.filePath(name + u".pdf"_s); }
};

QString text(const QByteArray &bytes)
{
    return QString::fromUtf8(bytes);
}

// The rows of a tab-separated table, each split into cells.
QList<QStringList> table(const QByteArray &out)
{
    QList<QStringList> rows;
    for (const QString &line : text(out).split(u'\n', Qt::SkipEmptyParts))
        rows << line.split(u'\t');
    return rows;
}

} // namespace

TEST_CASE("event set gives the meeting its date and start time, and points to the plan text",
          "[stores]")
{
    SampleFile f;
    const ProcessResult before = f.run({ u"event"_s, u"show"_s });
    REQUIRE(before.exitCode == 0);
    CHECK(text(before.out).contains(u"date: (not set)\n"_s));
    CHECK(text(before.out).contains(u"time on the papers: Dự kiến trong tháng 10 năm 2021\n"_s));
    CHECK(text(before.out).contains(u"plan text: 57 paragraphs of its own\n"_s));

    // Before a date is set, a paper that gives the time warns on stderr.
    const ProcessResult warned = f.run({ u"print"_s, u"programme"_s, u"--out"_s, f.pdf(u"p1"_s) });
    CHECK(warned.exitCode == 0);
    CHECK(text(warned.err)
              .contains(u"warning: The event has no date yet: the paper says "
                        "\"Thời gian: Dự kiến trong tháng 10 năm 2021\""_s));

    const ProcessResult set
        = f.run({ u"event"_s, u"set"_s, u"--date"_s, u"2021-10-15"_s, u"--start"_s, u"7:30"_s });
    INFO(text(set.err).toStdString());
    REQUIRE(set.exitCode == 0);
    CHECK(text(set.out).contains(u"date: 2021-10-15\n"_s));
    CHECK(text(set.out).contains(u"start time (in-person): 07:30\n"_s));
    CHECK(text(set.out).contains(u"start time (online): 07:30\n"_s));
    CHECK(text(set.out).contains(u"time on the papers: Ngày 15/10/2021 (Thứ Sáu)\n"_s));
    // The plan's text still says "Dự kiến trong tháng 10 năm 2021": the clerk is told.
    CHECK(text(set.err).contains(u"note: The plan's text still gives the time of the meeting as "
                                 "it was: \"4. Thời gian: Dự kiến trong tháng 10 năm 2021.\""_s));

    const ProcessResult dated = f.run({ u"print"_s, u"programme"_s, u"--out"_s, f.pdf(u"p2"_s) });
    REQUIRE(dated.exitCode == 0);
    CHECK(text(dated.err).isEmpty());
    CHECK(testsupport::pdfText(f.pdf(u"p2"_s))
              .simplified()
              .contains(u"Thời gian: 07 giờ 30, ngày 15/10/2021 (Thứ Sáu)"_s));

    // Wrong values are refused and change nothing.
    CHECK(f.run({ u"event"_s, u"set"_s, u"--date"_s, u"15/10/2021"_s }).exitCode == 2);
    CHECK(f.run({ u"event"_s, u"set"_s, u"--start"_s, u"25:00"_s }).exitCode == 2);
    CHECK(f.run({ u"event"_s, u"set"_s }).exitCode == 2);
    CHECK(text(f.run({ u"event"_s, u"show"_s }).out).contains(u"date: 2021-10-15\n"_s));
    // The plan's words, as event show prints them, edited and given back.
    QString words = text(f.run({ u"event"_s, u"show"_s }).out).section(u"plan text:\n"_s, 1);
    REQUIRE(words.contains(u"**4. Thời gian:** Dự kiến trong tháng 10 năm 2021."_s));
    words.replace(u"Dự kiến trong tháng 10 năm 2021"_s, u"07 giờ 30, ngày 15/10/2021"_s);
    const QString file = f.dir.filePath(u"plan.txt"_s);
    {
        QFile out(file);
        REQUIRE(out.open(QIODevice::WriteOnly));
        out.write(words.toUtf8());
    }
    REQUIRE(f.run({ u"event"_s, u"set"_s, u"--plan-text"_s, file }).exitCode == 0);
    REQUIRE(f.run({ u"print"_s, u"plan"_s, u"--out"_s, f.pdf(u"plan"_s) }).exitCode == 0);
    CHECK(testsupport::pdfText(f.pdf(u"plan"_s))
              .simplified()
              .contains(u"4. Thời gian: 07 giờ 30, ngày 15/10/2021."_s));

    // --date none takes the date away again.
    REQUIRE(f.run({ u"event"_s, u"set"_s, u"--date"_s, u"none"_s }).exitCode == 0);
    CHECK(text(f.run({ u"event"_s, u"show"_s }).out).contains(u"date: (not set)\n"_s));
}

TEST_CASE("agenda set gives items durations, presenters and a title under plan 2", "[stores]")
{
    SampleFile f;
    // The plan gives no durations: the programme has no column for them.
    REQUIRE(f.run({ u"print"_s, u"programme"_s, u"--out"_s, f.pdf(u"bare"_s) }).exitCode == 0);
    CHECK_FALSE(testsupport::pdfText(f.pdf(u"bare"_s)).contains(u"phút"_s));

    const ProcessResult r = f.run({ u"agenda"_s, u"set"_s, u"4"_s, u"--minutes"_s, u"90"_s,
                                    u"--presenter"_s, u"Chủ trì hội nghị"_s });
    INFO(text(r.err).toStdString());
    REQUIRE(r.exitCode == 0);
    REQUIRE(f.run({ u"agenda"_s, u"set"_s, u"1"_s, u"--minutes"_s, u"10"_s }).exitCode == 0);
    REQUIRE(f.run({ u"agenda"_s, u"set"_s, u"6"_s, u"--online-title"_s,
                    u"Kết thúc chương trình trực tuyến"_s })
                .exitCode
            == 0);
    const QList<QStringList> agenda = table(f.run({ u"list"_s, u"agenda"_s }).out);
    REQUIRE(agenda.size() == 7);
    CHECK(agenda[4].at(3) == u"Đối thoại trực tiếp"_s);
    CHECK(agenda[4].at(4) == u"Chủ trì hội nghị"_s);
    CHECK(agenda[4].at(5) == u"90"_s);
    CHECK(agenda[1].at(5) == u"10"_s);
    REQUIRE(f.run({ u"print"_s, u"programme"_s, u"--out"_s, f.pdf(u"timed"_s) }).exitCode == 0);
    const QString timed = testsupport::pdfText(f.pdf(u"timed"_s)).simplified();
    CHECK(timed.contains(u"1 giờ 30 phút"_s));
    CHECK(timed.contains(u"10 phút"_s));
    CHECK(timed.contains(u"Tổng thời gian: 1 giờ 40 phút"_s));

    CHECK(f.run({ u"agenda"_s, u"set"_s, u"9"_s, u"--minutes"_s, u"5"_s }).exitCode == 1);
    CHECK(f.run({ u"agenda"_s, u"set"_s, u"1"_s, u"--minutes"_s, u"-5"_s }).exitCode == 2);
    CHECK(f.run({ u"agenda"_s, u"set"_s, u"1"_s }).exitCode == 2);

    // Under plan 2 the items read as the plan says.
    REQUIRE(f.run({ u"plan"_s, u"switch"_s, u"online"_s, u"--reason"_s, u"Chỉ thị 15"_s }).exitCode
            == 0);
    REQUIRE(f.run({ u"print"_s, u"programme"_s, u"--out"_s, f.pdf(u"online"_s) }).exitCode == 0);
    const QString online = testsupport::pdfText(f.pdf(u"online"_s)).simplified();
    CHECK(online.contains(u"Kết thúc chương trình trực tuyến"_s));
    CHECK_FALSE(online.contains(u"Kết thúc hội nghị"_s));
    // The list of the programme names the items as the active plan's paper does (the seed's
    // plan 2: "trao đổi, giải đáp thắc mắc qua kênh fanpage Tỉnh đoàn").
    const QStringList onlineTitles { u"Tuyên bố lý do, giới thiệu đại biểu"_s,
                                     u"Báo cáo đề dẫn"_s,
                                     u"Phóng sự các gương đoàn viên tiêu biểu hoặc các cách làm "
                                     u"hay trong tập hợp thanh niên công nhân của các đơn vị"_s,
                                     u"Trao đổi, giải đáp thắc mắc qua kênh fanpage Tỉnh đoàn"_s,
                                     u"Kết luận của chủ trì"_s,
                                     u"Kết thúc chương trình trực tuyến"_s };
    const QList<QStringList> onlineAgenda = table(f.run({ u"list"_s, u"agenda"_s }).out);
    REQUIRE(onlineAgenda.size() == 7);
    for (int i = 0; i < 6; ++i)
        CHECK(onlineAgenda[i + 1].at(3) == onlineTitles.at(i));
    REQUIRE(
        f.run({ u"plan"_s, u"switch"_s, u"in-person"_s, u"--reason"_s, u"Dịch ổn định"_s }).exitCode
        == 0);
    const QList<QStringList> back = table(f.run({ u"list"_s, u"agenda"_s }).out);
    REQUIRE(back.size() == 7);
    CHECK(back[4].at(3) == u"Đối thoại trực tiếp"_s);
    CHECK(back[6].at(3) == u"Kết thúc hội nghị"_s);
}

TEST_CASE("question forward, print forward and question answer, as a script would", "[stores]")
{
    SampleFile f;
    const QString csv = f.dir.filePath(u"questions.csv"_s);
    {
        QFile file(csv);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("Đơn vị;Người hỏi;Loại;Chủ đề;Ý kiến;Ngày\n"
                   "Dương Minh Châu;;Kiến nghị;1;Đề nghị hỗ trợ thành lập Chi đoàn tại doanh "
                   "nghiệp tư nhân.;20/08/2021\n"
                   "Hòa Thành;;Câu hỏi;3;Đoàn viên chuyển nơi làm việc thì sinh hoạt ở "
                   "đâu?;21/08/2021\n");
    }
    const ProcessResult imported = f.run({ u"import"_s, u"questions"_s, csv });
    INFO(text(imported.err).toStdString());
    REQUIRE(imported.exitCode == 0);
    QList<QStringList> rows = table(f.run({ u"list"_s, u"questions"_s }).out);
    REQUIRE(rows.size() == 3);
    const QString first = rows[1].at(0);
    const QString second = rows[2].at(0);

    const ProcessResult assigned
        = f.run({ u"question"_s, u"forward"_s, first, second, u"--agency"_s, u"so noi vu"_s });
    INFO(text(assigned.err).toStdString());
    REQUIRE(assigned.exitCode == 0);
    rows = table(f.run({ u"list"_s, u"questions"_s, u"--agency"_s, u"Sở Nội vụ"_s }).out);
    REQUIRE(rows.size() == 3);
    const int forwardedOn = int(rows[0].indexOf(u"forwarded_on"_s));
    const int status = int(rows[0].indexOf(u"status"_s));
    CHECK(rows[1].at(forwardedOn).isEmpty()); // assigned, not sent yet

    const ProcessResult letter = f.run({ u"print"_s, u"forward"_s, u"--agency"_s, u"Sở Nội vụ"_s,
                                         u"--out"_s, f.pdf(u"cv"_s), u"--date"_s, u"2021-09-10"_s,
                                         u"--answer-by"_s, u"2021-09-20"_s });
    INFO(text(letter.err).toStdString());
    REQUIRE(letter.exitCode == 0);
    CHECK(text(letter.out).contains(u"forwarded: 2\n"_s));
    const QString cv = testsupport::pdfText(f.pdf(u"cv"_s)).simplified();
    CHECK(cv.contains(u"Kính gửi: Sở Nội vụ"_s));
    CHECK(cv.contains(u"Tây Ninh, ngày 10 tháng 9 năm 2021"_s));
    CHECK(cv.contains(u"trước ngày 20/9/2021"_s));
    CHECK(cv.contains(u"Đơn vị gửi: Huyện đoàn Dương Minh Châu."_s));
    CHECK(cv.contains(u"Đơn vị gửi: Thị đoàn Hòa Thành."_s));
    rows = table(f.run({ u"list"_s, u"questions"_s, u"--agency"_s, u"Sở Nội vụ"_s }).out);
    for (int i = 1; i <= 2; ++i) {
        CHECK(rows[i].at(forwardedOn) == u"2021-09-10"_s);
        CHECK(rows[i].at(status) == u"forwarded"_s);
    }

    const ProcessResult answered = f.run({ u"question"_s, u"answer"_s, first, u"--text"_s,
                                           u"Sở Nội vụ hướng dẫn thủ tục tại buổi đối thoại."_s,
                                           u"--by"_s, u"Phó Giám đốc Sở Nội vụ"_s });
    INFO(text(answered.err).toStdString());
    REQUIRE(answered.exitCode == 0);
    rows = table(f.run({ u"list"_s, u"questions"_s, u"--status"_s, u"answered"_s }).out);
    REQUIRE(rows.size() == 2);
    CHECK(rows[1].contains(u"Sở Nội vụ hướng dẫn thủ tục tại buổi đối thoại."_s));
    CHECK(rows[1].contains(u"Phó Giám đốc Sở Nội vụ"_s));

    // A letter to an agency without open questions, an unknown question: said, not written.
    CHECK(f.run({ u"print"_s, u"forward"_s, u"--agency"_s, u"Hội Nông dân tỉnh"_s, u"--out"_s,
                  f.pdf(u"none"_s) })
              .exitCode
          == 1);
    CHECK_FALSE(QFileInfo::exists(f.pdf(u"none"_s)));
    CHECK(f.run({ u"question"_s, u"answer"_s, u"999"_s, u"--text"_s, u"x"_s }).exitCode == 1);
    CHECK(f.run({ u"print"_s, u"forward"_s, u"--out"_s, f.pdf(u"noagency"_s) }).exitCode == 2);
}
