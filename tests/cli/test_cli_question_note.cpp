// The note on a question through the built executable: Thành đoàn Tây Ninh's list handed in
// (tests/fixtures/lists/make_lists_qa2.py, openpyxl) has "Lĩnh vực" and "Ghi chú" columns; what
// they say that no field holds goes to the note, `question note` writes it, `list questions`
// shows it last and searches it, `export questions` writes it as "Ghi chú", and the compiled
// questions paper prints the question only.
#include "support/storesupport.h"
#include "support/testsupport.h"

#include "io/spreadsheetreader.h"

#include <QTemporaryDir>

using testsupport::ProcessResult;
using testsupport::runApp;

namespace {

struct SampleData
{
    QTemporaryDir dir;
    QString path = testsupport::onServer() ? testsupport::newServerDatabase()
                                           : dir.filePath(QStringLiteral("q.sqlite"));
    SampleData()
    {
        REQUIRE(run({ QStringLiteral("--sample"), QStringLiteral("check") }).exitCode == 0);
    }
    ProcessResult run(QStringList args) const
    {
        args.prepend(path);
        args.prepend(QStringLiteral("--db"));
        args.prepend(QStringLiteral("en"));
        args.prepend(QStringLiteral("--lang"));
        return runApp(args);
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
};

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
