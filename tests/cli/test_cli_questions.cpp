// `import questions`, `export questions` and `list questions` through the built executable.
#include "support/storesupport.h"
#include "support/testsupport.h"

#include "io/spreadsheetreader.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using testsupport::ProcessResult;
using testsupport::runApp;

namespace {

// The sample event in a file of its own (testsupport::SampleData), with this file's readings.
struct SampleData : testsupport::SampleData
{
    SampleData()
        : testsupport::SampleData(QStringLiteral("q.sqlite"))
    { }
    // Data rows of `list questions` (the header dropped).
    QList<QStringList> listed(QStringList extra = {}) const
    {
        extra.prepend(QStringLiteral("questions"));
        extra.prepend(QStringLiteral("list"));
        const ProcessResult r = run(extra);
        REQUIRE(r.exitCode == 0);
        QList<QStringList> rows;
        for (const QString &line :
             QString::fromUtf8(r.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            rows << line.split(QLatin1Char('\t'));
        REQUIRE_FALSE(rows.isEmpty());
        rows.removeFirst();
        return rows;
    }
};

QString email(const char *name)
{
    return testsupport::fixture(QStringLiteral("email/") + QLatin1String(name));
}

} // namespace

TEST_CASE("cli: import questions from e-mails, with --unit for an unknown sender",
          "[stores][cli][questions]")
{
    SampleData d;
    // A branch that is not in the directory, writing from an address no unit has: unknown.
    // (The Dương Minh Châu e-mail is matched by its sender's name, which is exactly the
    // unit's: issue 13.7.)
    const ProcessResult refused
        = d.run({ QStringLiteral("import"), QStringLiteral("questions"), email("cp1258_qp.eml") });
    CHECK(refused.exitCode == 1);
    CHECK(QString::fromUtf8(refused.err).contains(QStringLiteral("chidoan.myphong@yahoo.com")));
    CHECK(QString::fromUtf8(refused.err).contains(QStringLiteral("--unit")));
    CHECK(d.listed().isEmpty());

    const ProcessResult r = d.run({ QStringLiteral("import"), QStringLiteral("questions"),
                                    email("dmc_numbered_qp.eml"), email("broken_not_email.eml"),
                                    QStringLiteral("--unit"), QStringLiteral("Dương Minh Châu") });
    INFO(r.err.toStdString());
    CHECK(r.exitCode == 0);
    CHECK(QString::fromUtf8(r.out).contains(QStringLiteral("Imported 5 question")));
    CHECK(QString::fromUtf8(r.err).contains(QStringLiteral("broken_not_email.eml")));
    const auto rows = d.listed({ QStringLiteral("--filter"), QStringLiteral("phong tro") });
    REQUIRE(rows.size() == 1);
    CHECK(rows.first().join(QLatin1Char(' ')).contains(QStringLiteral("Giá thuê phòng trọ")));
    CHECK(d.listed({ QStringLiteral("--status"), QStringLiteral("received") }).size() == 5);

    // Nothing importable: exit 1 with the reason.
    const ProcessResult empty
        = d.run({ QStringLiteral("import"), QStringLiteral("questions"), email("empty_body.eml") });
    CHECK(empty.exitCode == 1);
    CHECK(QString::fromUtf8(empty.err).contains(QStringLiteral("empty_body.eml")));
    // Missing file argument: usage error.
    CHECK(d.run({ QStringLiteral("import"), QStringLiteral("questions") }).exitCode == 2);
}

TEST_CASE("cli: import a CSV of questions, export them, export for an agency",
          "[stores][cli][questions]")
{
    SampleData d;
    const QString csv = d.dir.filePath(QStringLiteral("y-kien.csv"));
    QFile f(csv);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(
        "Đơn vị;Người hỏi;Loại;Chủ đề;Ý kiến;Ngày\n"
        "Hòa Thành;Nguyễn Văn An;Kiến nghị;3;Đề nghị tăng chuyến xe buýt đến khu công "
        "nghiệp.;25/08/2021\n"
        "Dương Minh Châu;;Câu hỏi;1;Khi nào thành lập công đoàn ở công ty?;26/08/2021\n"
        "Thành phố Tây Ninh;;Sáng kiến;4;Tổ chức ngày hội việc làm cho thanh niên.;27/08/2021\n");
    f.close();
    const ProcessResult r = d.run({ QStringLiteral("import"), QStringLiteral("questions"), csv });
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(d.listed({ QStringLiteral("--status"), QStringLiteral("classified") }).size() == 3);

    const QString all = d.dir.filePath(QStringLiteral("all.xlsx"));
    REQUIRE(d.run({ QStringLiteral("export"), QStringLiteral("questions"), all }).exitCode == 0);
    const auto book = dd::io::readSpreadsheet(all);
    REQUIRE(book.ok());
    const QString text = [&] {
        QStringList cells;
        for (const QStringList &row : book->sheets.first().rows)
            cells << row;
        return cells.join(QLatin1Char('|'));
    }();
    CHECK(text.contains(QStringLiteral("Đề nghị tăng chuyến xe buýt đến khu công nghiệp.")));
    CHECK(text.contains(QStringLiteral("Tổ chức ngày hội việc làm cho thanh niên.")));

    // Nothing forwarded to the agency yet: an empty list, and nothing recorded.
    const QString agency = d.dir.filePath(QStringLiteral("snv.xlsx"));
    const ProcessResult e = d.run({ QStringLiteral("export"), QStringLiteral("questions"), agency,
                                    QStringLiteral("--agency"), QStringLiteral("Sở Nội vụ") });
    CHECK(e.exitCode == 0);
    CHECK(QString::fromUtf8(e.out).contains(QStringLiteral("0 question")));
    CHECK(QFile::exists(agency));
    CHECK(d.run({ QStringLiteral("export"), QStringLiteral("questions"), agency,
                  QStringLiteral("--agency"), QStringLiteral("Không có") })
              .exitCode
          == 1);
    CHECK(d.listed({ QStringLiteral("--agency"), QStringLiteral("Sở Nội vụ") }).isEmpty());
}

TEST_CASE("cli: import questions takes every sheet of a workbook that holds a list, each under "
          "the union its title names, and says each sheet's count",
          "[stores][cli][questions]")
{
    SampleData d;
    const ProcessResult r
        = d.run({ QStringLiteral("import"), QStringLiteral("questions"),
                  testsupport::fixture(QStringLiteral("questions/ht_ykien_two_sheets.xlsx")) });
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(QString::fromUtf8(r.out)
          == QStringLiteral("Sheet “Hoa Thanh”: 4 question(s).\n"
                            "Sheet “Duong Minh Chau”: 2 question(s).\n"
                            "Imported 6 question(s).\n"));
    // By hand from tests/fixtures/questions/make_questions.py, in the list's order (by date):
    // received, unit, asked by, kind, topic, channel, status, then the text. A workbook read
    // from the disk was handed in (or saved from an e-mail the program did not see): the channel
    // a clerk would pick for it.
    const QString ht = QStringLiteral("Thị đoàn Hòa Thành");
    const QString dmc = QStringLiteral("Huyện đoàn Dương Minh Châu");
    const QList<QStringList> expected {
        { "2021-08-23", dmc, "Võ Minh Nhựt", "recommendation", "1", "handed_in", "classified",
          "Đề nghị doanh nghiệp cho Chi đoàn sinh hoạt vào chiều thứ Bảy." },
        { "2021-08-24", ht, "Nguyễn Thị Kim Ngân", "recommendation", "3", "handed_in", "classified",
          "Đề nghị công ty bố trí phòng đọc sách cho công nhân ở khu lưu trú." },
        { "2021-08-24", dmc, "Đặng Thị Mai", "question", "", "handed_in", "received",
          "Công nhân làm ca đêm có được hỗ trợ tiền xe buýt không?" },
        { "2021-08-25", dmc, "Lê Hoàng Phúc", "question", "", "handed_in", "received",
          "Thanh niên công nhân có được vay vốn học nghề không?" },
        { "2021-08-26", ht, "Trần Văn Tâm", "proposal", "2", "handed_in", "classified",
          "Đề xuất tổ chức giải bóng đá công nhân hằng năm." },
        { "2021-08-26", ht, "Phạm Thị Hoa", "initiative", "4", "handed_in", "classified",
          "Lập nhóm Zalo để công nhân mới hỏi đáp về thủ tục chuyển sinh hoạt Đoàn." },
    };
    const QList<QStringList> rows = d.listed();
    REQUIRE(rows.size() == expected.size());
    for (int i = 0; i < rows.size(); ++i) {
        INFO("question " << i);
        const QStringList &row = rows.at(i);
        REQUIRE(row.size() >= 12);
        CHECK(QStringList { row.at(2), row.at(3), row.at(4), row.at(5), row.at(6), row.at(7),
                            row.at(8), row.at(11) }
              == expected.at(i));
    }
}
