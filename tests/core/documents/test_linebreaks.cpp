// A line break the sender typed inside a cell (Alt+Enter in Excel) or a form reaches the
// paper as a line break (branch qa2win): QTextLayout drew a bare '\n' as nothing, and the
// compiled questions printed "thanh niên công nhânở các nhà trọ".
#include "paperfixture.h"

using namespace dd;
using namespace dd::documents;
using namespace paperfixture;

TEST_CASE("papers: a line break typed in a question is a line break, never two words joined",
          "[papers]")
{
    QTemporaryDir dir;
    PaperData d = sampleData();
    // As the district's workbook holds them: LF from Excel, CRLF from a form pasted on Windows.
    d.questions[1].text = QStringLiteral(
        "Kiến nghị xây dựng sân bóng đá mini cho thanh niên công nhân\nở các nhà trọ xã Suối Đá.");
    d.questions[2].text = QStringLiteral("Đề nghị tổ chức ngày hội việc làm\r\ncho thanh niên công "
                                         "nhân tại khu công nghiệp Chà Là.");
    const Written w = writePdf(dir, QStringLiteral("breaks.pdf"), PaperKind::QuestionSummary, d);
    INFO(w.text);
    CHECK(w.text.contains(QStringLiteral(
        "Kiến nghị xây dựng sân bóng đá mini cho thanh niên công nhân ở các nhà trọ xã Suối Đá.")));
    CHECK(w.text.contains(QStringLiteral("Đề nghị tổ chức ngày hội việc làm cho thanh niên công "
                                         "nhân tại khu công nghiệp Chà Là.")));
    CHECK_FALSE(w.text.contains(QStringLiteral("nhânở")));
    CHECK_FALSE(w.text.contains(QStringLiteral("làmcho")));
    // What follows the break begins a line of its own, as the sender wrote it.
    QStringList starts;
    for (int page = 1; page <= w.pages; ++page)
        for (const QString &line : pageText(w.path, page).split(QLatin1Char('\n')))
            starts << line.trimmed();
    CHECK(starts.contains(QStringLiteral("ở các nhà trọ xã Suối Đá.")));
    CHECK(starts.contains(QStringLiteral("cho thanh niên công nhân tại khu công nghiệp Chà Là.")));
}
