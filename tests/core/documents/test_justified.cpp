// A justified paragraph reaches the right margin on every line but its last, also the line
// just before a web address that may not break (branch polish2): the online notice's point 3
// and the plan's livestream sentence printed those lines ragged. Read back from the PDF's word
// boxes (pdftotext -bbox).
#include "paperfixture.h"

using namespace dd;
using namespace dd::documents;
using namespace paperfixture;
using namespace Qt::StringLiterals;

namespace {

// A4 and the margins of Decree 30/2020 (left 30 mm, right 15 mm), in points.
constexpr qreal kPointsPerMm = 72 / 25.4;
constexpr qreal kPageWidth = 210 * kPointsPerMm;
constexpr qreal kLeft = 30 * kPointsPerMm;
constexpr qreal kRight = kPageWidth - 15 * kPointsPerMm;

struct Line
{
    int page;
    qreal top;
    QList<PdfWord> words;
    QString text() const
    {
        QStringList t;
        for (const PdfWord &w : words)
            t << w.text;
        return t.join(u' ');
    }
};

// The lines of the PDF as pdftotext reads them: words one after the other at the same height.
QList<Line> lines(const QString &pdf)
{
    QList<Line> out;
    for (const PdfWord &w : pdfWords(pdf)) {
        if (out.isEmpty() || out.last().page != w.page || std::abs(out.last().top - w.top) > 1
            || w.left < out.last().words.last().left)
            out.append({ w.page, w.top, {} });
        out.last().words << w;
    }
    return out;
}

// Checks each line followed by another of the same paragraph: the next one starts at the left
// margin (no first-line indent) one line lower (no space between paragraphs). Headings stand
// flush left, as the seed sets them: those that take two lines are named in `headings`.
// Returns the lines checked.
QStringList checkFullLines(const QString &pdf, const QString &from, const QString &to,
                           const QStringList &headings = {})
{
    const QList<Line> all = lines(pdf);
    QStringList checked;
    bool inBody = false;
    for (qsizetype i = 0; i + 1 < all.size(); ++i) {
        const Line &line = all.at(i);
        const Line &next = all.at(i + 1);
        if (line.text().startsWith(from))
            inBody = true;
        if (line.text().startsWith(to))
            break;
        if (!inBody || next.page != line.page)
            continue;
        const qreal pitch = next.top - line.top;
        const bool sameParagraph = std::abs(next.words.first().left - kLeft) < 1 && pitch > 0
            && pitch < 18 && std::abs(line.words.first().left - kLeft) < 30;
        const auto isHeading = [&](const QString &h) {
            return line.text().startsWith(h);
        };
        if (!sameParagraph || std::any_of(headings.cbegin(), headings.cend(), isHeading))
            continue;
        INFO("page " << line.page << ": " << line.text().toStdString());
        INFO("ends at " << line.words.last().right << " pt, the margin is at " << kRight);
        CHECK(std::abs(line.words.last().right - kRight) <= 1);
        checked << line.text();
    }
    return checked;
}

bool endsALine(const QStringList &lines, const QString &word)
{
    return std::any_of(lines.cbegin(), lines.cend(),
                       [&](const QString &l) { return l.endsWith(word); });
}

} // namespace

TEST_CASE("papers: the online notice's lines before the Fanpage address are justified", "[papers]")
{
    QTemporaryDir dir;
    const Written w = writePdf(dir, u"notice.pdf"_s, PaperKind::OnlineNotice, sampleData());
    const QStringList checked = checkFullLines(w.path, u"Kính gửi:"_s, u"Nơi nhận:"_s);
    INFO(checked.join(u'\n').toStdString());
    // Point 3 breaks before the address, which stands whole on the next line.
    REQUIRE(w.text.contains(u"(địa chỉ Fanpage: https://www.facebook.com/TinhDoanTayNinh)."_s));
    CHECK(endsALine(checked, u"Fanpage:"_s));
    CHECK(checked.size() >= 8);
}

TEST_CASE("papers: the plan's lines before the Fanpage address are justified", "[papers]")
{
    QTemporaryDir dir;
    const Written w = writePdf(dir, u"plan.pdf"_s, PaperKind::Plan, sampleData());
    // The two plans' headings, bold italic and long enough to take two lines.
    const QStringList checked = checkFullLines(w.path, u"Thực hiện"_s, u"Nơi nhận:"_s,
                                               { u"Phương án 1:"_s, u"Phương án 2:"_s });
    INFO(checked.join(u'\n').toStdString());
    REQUIRE(w.text.contains(u"https://www.facebook.com/TinhDoanTayNinh"_s));
    CHECK(endsALine(checked, u"Fanpage:"_s));
    CHECK(checked.size() >= 40);
}
