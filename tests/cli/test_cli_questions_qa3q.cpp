// Question lists and an e-mail made by tests/fixtures/lists/make_lists_qa3q.py (openpyxl; the
// e-mail as Gmail writes one), imported by the built executable: unit names shortened in the
// "Đơn vị" column, and numbered questions in a cell and in an e-mail's text. Every stored
// question is compared with the tables below, written by hand from the files. Last, the note on
// a question: Thành đoàn Tây Ninh's list handed in (make_lists_qa2.py) has "Lĩnh vực" and "Ghi
// chú" columns; they go to the note, which `question note` writes, `list questions` shows last
// and searches, `export questions` writes as "Ghi chú", and no paper prints.
#include "support/storesupport.h"
#include "support/testsupport.h"

#include "io/spreadsheetreader.h"

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
    // `list questions`: (unit, submitter, text, note, received_on) of each row, in list order.
    QList<QStringList> questions() const
    {
        const ProcessResult r = run({ QStringLiteral("list"), QStringLiteral("questions") });
        REQUIRE(r.exitCode == 0);
        QList<QStringList> rows;
        QStringList header;
        for (const QString &line :
             QString::fromUtf8(r.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            const QStringList cells = line.split(QLatin1Char('\t'));
            if (header.isEmpty()) {
                header = cells;
                continue;
            }
            QStringList row;
            for (const char *c : { "unit", "submitter", "text", "note", "received_on" }) {
                const qsizetype at = header.indexOf(QLatin1String(c));
                REQUIRE(at >= 0);
                row << cells.value(at);
            }
            rows << row;
        }
        return rows;
    }
    // `list questions` as rows of cells, the header first.
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
        return rows;
    }
    ProcessResult import(const QString &fixture, const QStringList &extra = {}) const
    {
        return run(QStringList { QStringLiteral("import"), QStringLiteral("questions"),
                                 testsupport::fixture(fixture) }
                   + extra);
    }
};

const QString kDmc = QStringLiteral("Huyện đoàn Dương Minh Châu");
const QString kHt = QStringLiteral("Thị đoàn Hòa Thành");
const QString kTp = QStringLiteral("Thành đoàn thành phố Tây Ninh");
const QString kGd = QStringLiteral("Huyện đoàn Gò Dầu");

// By hand from make_lists_qa2.py: each question's text and the note its row gives.
const std::pair<const char *, const char *> kNotes[] = {
    { "Đề nghị Tỉnh đoàn phối hợp Liên đoàn Lao động tỉnh tổ chức lớp tập huấn cho Ban Chấp hành "
      "Chi đoàn doanh nghiệp.",
      "" },
    { "Công nhân ở trọ khu phố 3 phường 3 có được hỗ trợ tiền thuê nhà trong thời gian giãn cách "
      "không?",
      "Lĩnh vực: Nhà ở cho công nhân; Ghi chú: Đề nghị trả lời trực tiếp tại hội nghị" },
    { "Chi đoàn Công ty Dệt Kim tổ chức \"Ngày thứ bảy tình nguyện\" gắn với thi đua tăng năng "
      "suất, xin chia sẻ để nhân rộng.",
      "" },
    { "Sáng kiến lập tủ sách dùng chung cho công nhân các nhà trọ.",
      "Ghi chú: Nộp tại Ban Tổ chức" },
};

} // namespace

TEST_CASE("cli: a compiled question list whose Đơn vị column shortens the unions' names",
          "[stores][cli][questions][abbreviations]")
{
    SampleData d;
    const ProcessResult r = d.import(QStringLiteral("lists/q_abbrev_units.xlsx"));
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(QString::fromUtf8(r.out) == QStringLiteral("Imported 8 question(s).\n"));
    // The three rows that name no single unit are said, with the units a row may be, and wait.
    const QString wait = QStringLiteral(" (add --unit NAME to import it for that unit)\n");
    CHECK(QString::fromUtf8(r.err)
          == QStringLiteral("q_abbrev_units.xlsx: not imported: “TĐ Tây Ninh” fits several units "
                            "(Thành đoàn thành phố Tây Ninh; Tỉnh đoàn Tây Ninh): choose the "
                            "unit.")
              + wait
              + QStringLiteral("q_abbrev_units.xlsx: not imported: Unknown unit “LĐLĐ tỉnh”: "
                               "choose the unit.")
              + wait
              + QStringLiteral(
                  "q_abbrev_units.xlsx: not imported: Unknown unit “TB”: choose the unit.")
              + wait);
    const QList<QStringList> expected = {
        { kDmc, "Phạm Thị Lan", "Đề xuất mở lớp tin học miễn phí cho công nhân.", "", "" },
        { kDmc, "Nguyễn Văn Tú", "Công nhân có được hỗ trợ khi nghỉ việc do dịch bệnh không?", "",
          "" },
        { kDmc, "Lê Văn An", "Đề nghị tăng cường sân chơi cho thanh niên công nhân.", "", "" },
        { kTp, "Nguyễn Hoàng Nam",
          "Đề nghị phối hợp tổ chức lớp tập huấn cho Ban Chấp hành Chi đoàn doanh nghiệp.", "",
          "" },
        { kHt, "Nguyễn Thị Kim Loan",
          "Đề xuất doanh nghiệp cho Chi đoàn sinh hoạt trong giờ nghỉ giữa ca.", "", "" },
        { kHt, "Phạm Thu", "Sáng kiến tổ chức ngày hội việc làm tại phường.", "", "" },
        { kTp, "Đinh Công Hậu", "Đề nghị mở thêm tuyến xe buýt đến khu công nghiệp Trảng Bàng.", "",
          "" },
        { kGd, "Huỳnh Tấn Phát", "Khi nào khu công nghiệp Phước Đông có nhà trẻ?", "", "" },
    };
    CHECK(d.questions() == expected);

    // Again with --unit: the three waiting rows go to the unit given, the others are there.
    const ProcessResult again = d.import(QStringLiteral("lists/q_abbrev_units.xlsx"),
                                         { QStringLiteral("--unit"), QStringLiteral("Tỉnh đoàn") });
    INFO(again.err.toStdString());
    REQUIRE(again.exitCode == 0);
    CHECK(QString::fromUtf8(again.out) == QStringLiteral("Imported 3 question(s).\n"));
    const QString tinh = QStringLiteral("Tỉnh đoàn Tây Ninh");
    const QList<QStringList> added = {
        { tinh, "Lý Thị Mai",
          "Công nhân ở trọ có được hỗ trợ tiền thuê nhà trong thời gian giãn cách không?",
          "Ghi chú: Hỏi lại đơn vị gửi", "" },
        { tinh, "Trần Văn Hùng",
          "Đề nghị Công đoàn và Đoàn cùng tổ chức ngày hội việc làm cho công nhân.", "", "" },
        { tinh, "Võ Văn Nam", "Thanh niên công nhân có được hỗ trợ học nghề không?", "", "" },
    };
    CHECK(d.questions() == expected + added);
}

TEST_CASE("cli: numbered questions in a list's cells and in a Gmail message, one rule",
          "[stores][cli][questions][numbered]")
{
    SampleData d;
    const ProcessResult cells = d.import(QStringLiteral("lists/q_numbered_cells.xlsx"));
    INFO(cells.err.toStdString());
    REQUIRE(cells.exitCode == 0);
    CHECK(QString::fromUtf8(cells.out) == QStringLiteral("Imported 8 question(s).\n"));
    const ProcessResult mail = d.import(QStringLiteral("email/q_numbered_gmail.eml"));
    INFO(mail.err.toStdString());
    REQUIRE(mail.exitCode == 0);
    CHECK(QString::fromUtf8(mail.out) == QStringLiteral("Imported 4 question(s).\n"));
    const QList<QStringList> expected = {
        // Three questions on lines of their own, the second on two lines.
        { kDmc, "Lê Văn An", "Đề nghị tăng cường sân chơi cho thanh niên công nhân.", "",
          "2021-08-25" },
        { kDmc, "Lê Văn An", "Công nhân có được hỗ trợ nhà ở xã hội khi làm việc đủ 5 năm không?",
          "", "2021-08-25" },
        { kDmc, "Lê Văn An", "Sáng kiến lập đội hình thanh niên tình nguyện trong khu công nghiệp.",
          "", "2021-08-25" },
        // Three run on in one line.
        { kDmc, "Mai Thị Hoa", "Khi nào có nhà ở xã hội?", "", "2021-08-26" },
        { kDmc, "Mai Thị Hoa", "Công ty có tăng lương không?", "", "2021-08-26" },
        { kDmc, "Mai Thị Hoa", "Đề nghị mở lớp tin học.", "", "2021-08-26" },
        // "2." inside a sentence: one question.
        { kDmc, "Trần Quốc Việt",
          "Năm 2021, 2. quý liên tiếp công nhân không được tăng lương, đề nghị xem xét.", "",
          "2021-08-26" },
        // The Gmail message: "1)" … "3)" run on, then "Câu 4:" over two lines.
        { kHt, "Trần Thị Bích Ngọc", "Đề nghị công ty bố trí phòng đọc sách cho công nhân.", "",
          "2021-08-26" },
        { kHt, "Trần Thị Bích Ngọc",
          "Công nhân có được tham gia bảo hiểm y tế hộ gia đình tại nơi tạm trú không?", "",
          "2021-08-26" },
        { kHt, "Trần Thị Bích Ngọc", "Đề xuất tổ chức giải cầu lông công nhân.", "", "2021-08-26" },
        { kHt, "Trần Thị Bích Ngọc", "Khi nào có thêm chuyến xe buýt cho công nhân tan ca đêm?", "",
          "2021-08-26" },
        // (The list goes by the day received: 27/8 last.)
        // Words announce the points: one question, as written (the list shows it on one line).
        { kDmc, "Phan Thị Diễm",
          "Đề nghị Tỉnh đoàn quan tâm: 1. Sân chơi cho công nhân. 2. Nhà ở cho công nhân.", "",
          "2021-08-27" },
    };
    CHECK(d.questions() == expected);
}

TEST_CASE("cli: a list's Lĩnh vực and Ghi chú go to the note, which question note edits, list "
          "searches, export writes and no paper prints",
          "[stores][cli][questions][note]")
{
    SampleData d;
    const ProcessResult imported
        = d.run({ QStringLiteral("import"), QStringLiteral("questions"),
                  testsupport::fixture(QStringLiteral("lists/tn_questions_thoigian.xlsx")) });
    INFO(imported.err.toStdString());
    REQUIRE(imported.exitCode == 0);
    QList<QStringList> rows = d.listed();
    REQUIRE(rows.size() == 5);
    const QStringList header = rows.first();
    CHECK(header.constLast() == QStringLiteral("note"));
    const qsizetype textColumn = header.indexOf(QStringLiteral("text"));
    REQUIRE(textColumn >= 0);
    QString lodgingId;
    for (const auto &[text, note] : kNotes) {
        INFO(text);
        int found = 0;
        for (const QStringList &row : rows.mid(1)) {
            if (row.at(textColumn) != QString::fromUtf8(text))
                continue;
            ++found;
            CHECK(row.constLast() == QString::fromUtf8(note));
            if (QString::fromUtf8(note).startsWith(QStringLiteral("Lĩnh vực")))
                lodgingId = row.first();
        }
        CHECK(found == 1);
    }
    REQUIRE_FALSE(lodgingId.isEmpty());

    // Written from the command line, found by its words without accents.
    const QString note = QStringLiteral("Hỏi lại anh Nam số phòng trọ trước hội nghị");
    const ProcessResult written = d.run({ QStringLiteral("question"), QStringLiteral("note"),
                                          lodgingId, QStringLiteral("--text"), note });
    INFO(written.err.toStdString());
    REQUIRE(written.exitCode == 0);
    CHECK(QString::fromUtf8(written.out)
          == QStringLiteral("Question %1: note saved.\n").arg(lodgingId));
    rows = d.listed({ QStringLiteral("--filter"), QStringLiteral("so phong tro") });
    REQUIRE(rows.size() == 2);
    CHECK(rows.at(1).first() == lodgingId);
    CHECK(rows.at(1).constLast() == note);
    CHECK(rows.at(1).at(textColumn) == QString::fromUtf8(kNotes[1].first));
    // The same note again changes nothing and says so.
    const ProcessResult same = d.run({ QStringLiteral("question"), QStringLiteral("note"),
                                       lodgingId, QStringLiteral("--text"), note });
    CHECK(same.exitCode == 0);
    CHECK(QString::fromUtf8(same.out) == QStringLiteral("The note is already that.\n"));

    // The export: "Ghi chú" last, each question's note under it.
    const QString xlsx = d.dir.filePath(QStringLiteral("y-kien.xlsx"));
    REQUIRE(d.run({ QStringLiteral("export"), QStringLiteral("questions"), xlsx }).exitCode == 0);
    const auto book = dd::io::readSpreadsheet(xlsx);
    REQUIRE(book.ok());
    const QList<QStringList> &sheet = book->sheets.first().rows;
    qsizetype headerRow = -1;
    for (qsizetype r = 0; r < sheet.size() && headerRow < 0; ++r)
        if (sheet.at(r).value(0) == QStringLiteral("STT"))
            headerRow = r;
    REQUIRE(headerRow >= 0);
    const QStringList exportHeader = sheet.at(headerRow);
    const qsizetype noteColumn = exportHeader.indexOf(QStringLiteral("Ghi chú"));
    CHECK(noteColumn == exportHeader.indexOf(QStringLiteral("Trả lời")) + 1);
    const qsizetype contentColumn = exportHeader.indexOf(QStringLiteral("Nội dung"));
    REQUIRE(contentColumn >= 0);
    int exported = 0;
    for (const QStringList &row : sheet.mid(headerRow + 1)) {
        const QString text = row.value(contentColumn);
        if (text == QString::fromUtf8(kNotes[1].first)) {
            CHECK(row.value(noteColumn) == note);
            ++exported;
        } else if (text == QString::fromUtf8(kNotes[3].first)) {
            CHECK(row.value(noteColumn) == QString::fromUtf8(kNotes[3].second));
            ++exported;
        }
    }
    CHECK(exported == 2);

    // The compiled questions paper: every question, no note.
    const QString pdf = d.dir.filePath(QStringLiteral("y-kien.pdf"));
    const ProcessResult printed = d.run(
        { QStringLiteral("print"), QStringLiteral("questions"), QStringLiteral("--out"), pdf });
    INFO(printed.err.toStdString());
    REQUIRE(printed.exitCode == 0);
    const QString paper = testsupport::pdfText(pdf).simplified();
    CHECK(paper.contains(QStringLiteral("Sáng kiến lập tủ sách dùng chung")));
    CHECK_FALSE(paper.contains(QStringLiteral("Nộp tại Ban Tổ chức")));
    CHECK_FALSE(paper.contains(QStringLiteral("phòng trọ trước hội nghị")));
    CHECK_FALSE(paper.contains(QStringLiteral("Lĩnh vực")));

    // An empty text removes the note; an unknown question or a missing --text is refused.
    const ProcessResult removed = d.run({ QStringLiteral("question"), QStringLiteral("note"),
                                          lodgingId, QStringLiteral("--text"), QString() });
    CHECK(removed.exitCode == 0);
    CHECK(QString::fromUtf8(removed.out)
          == QStringLiteral("Question %1: note removed.\n").arg(lodgingId));
    CHECK(d.listed({ QStringLiteral("--filter"), QStringLiteral("so phong tro") }).size() == 1);
    CHECK(d.run({ QStringLiteral("question"), QStringLiteral("note"), QStringLiteral("999"),
                  QStringLiteral("--text"), QStringLiteral("x") })
              .exitCode
          == 1);
    CHECK(d.run({ QStringLiteral("question"), QStringLiteral("note"), lodgingId }).exitCode == 2);
}

// A CSV typed by hand (tests/fixtures/questions/no_submitter_no_topic.csv): no STT column, the
// "Người hỏi" and "Chủ đề" columns left empty, the kind in words. Its first row ("Kiến nghị"
// under "Loại") was taken for the header's second row: two questions were imported with the
// kind as their text and six vanished as repeats of them.
TEST_CASE("cli: a question list without submitters or topics imports every row",
          "[cli][import][questions]")
{
    SampleData d;
    const QList<QStringList> before = d.listed();
    const ProcessResult r = d.import(QStringLiteral("questions/no_submitter_no_topic.csv"));
    INFO(r.out.toStdString() << r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(QString::fromUtf8(r.err).isEmpty());

    // By hand from the file: received_on, unit, submitter, kind, topic, text.
    const QStringList kRows[] = {
        { "2027-02-10", kDmc, "", "recommendation", "",
          "Nhà trọ gần khu công nghiệp giá cao, đề nghị hỗ trợ xây nhà ở xã hội." },
        { "2027-02-10", kHt, "", "question", "",
          "Công nhân trẻ làm ca đêm có được học lớp kỹ năng vào cuối tuần không?" },
        { "2027-02-11", kTp, "", "recommendation", "",
          "Đề nghị mở thêm tuyến xe buýt từ khu công nghiệp về trung tâm." },
        { "2027-02-11", kDmc, "", "question", "",
          "Nhà trẻ cho con công nhân có được tỉnh hỗ trợ kinh phí không?" },
        { "2027-02-12", kHt, "", "recommendation", "",
          "Đề nghị tổ chức giải bóng đá công nhân hằng năm." },
        { "2027-02-12", kTp, "", "question", "",
          "Thủ tục vay vốn khởi nghiệp cho thanh niên công nhân như thế nào?" },
        { "2027-02-13", kDmc, "", "recommendation", "",
          "Đề nghị doanh nghiệp công khai thang lương, bảng lương." },
        { "2027-02-13", kHt, "", "question", "",
          "Làm sao để công nhân được khám sức khỏe định kỳ miễn phí?" },
    };
    const QList<QStringList> after = d.listed();
    REQUIRE(after.size() == before.size() + int(std::size(kRows)));
    CHECK(after.mid(0, before.size()) == before);
    const QStringList header = after.first();
    for (std::size_t i = 0; i < std::size(kRows); ++i) {
        const QStringList &row = after.at(before.size() + int(i));
        QStringList got;
        for (const char *c : { "received_on", "unit", "submitter", "kind", "topic", "text" })
            got << row.value(header.indexOf(QLatin1String(c)));
        CHECK(got == kRows[i]);
    }
}
