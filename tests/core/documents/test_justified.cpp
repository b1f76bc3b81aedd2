// A justified paragraph reaches the right margin on every line but its last, also the line
// just before a web address that may not break (branch polish2): the online notice's point 3
// and the plan's livestream sentence printed those lines ragged. Read back from the PDF's word
// boxes (pdftotext -bbox).
#include "paperfixture.h"

#include <QRegularExpression>

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

struct Word
{
    QString text;
    qreal left, top, right;
};

struct Line
{
    int page;
    qreal top;
    QList<Word> words;
    QString text() const
    {
        QStringList t;
        for (const Word &w : words)
            t << w.text;
        return t.join(u' ');
    }
};

// The lines of the PDF as pdftotext reads them: words one after the other at the same height.
QList<Line> lines(const QString &pdf)
{
    const QString html = runTool(u"pdftotext"_s, { u"-bbox"_s, pdf, u"-"_s });
    static const QRegularExpression re(
        uR"re(<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>)re"_s);
    QList<Line> out;
    const QStringList pages = html.split(u"<page "_s);
    for (int page = 1; page < pages.size(); ++page) {
        for (auto it = re.globalMatch(pages.at(page)); it.hasNext();) {
            const auto m = it.next();
            const Word w { m.captured(5), m.captured(1).toDouble(), m.captured(2).toDouble(),
                           m.captured(3).toDouble() };
            if (out.isEmpty() || out.last().page != page || std::abs(out.last().top - w.top) > 1
                || w.left < out.last().words.last().left)
                out.append({ page, w.top, {} });
            out.last().words << w;
        }
    }
    return out;
}

// Checks each line followed by another of the same paragraph: the next one starts at the left
// margin (no first-line indent) one line lower (no space between paragraphs). Returns the
// lines checked.
QStringList checkFullLines(const QString &pdf, const QString &from, const QString &to)
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
        if (!sameParagraph)
            continue;
        INFO("page " << line.page << ": " << line.text().toStdString());
        CHECK(line.words.last().right == Catch::Approx(kRight).margin(1));
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
    const QStringList checked = checkFullLines(w.path, u"Thực hiện"_s, u"Nơi nhận:"_s);
    INFO(checked.join(u'\n').toStdString());
    REQUIRE(w.text.contains(u"https://www.facebook.com/TinhDoanTayNinh"_s));
    CHECK(endsALine(checked, u"Fanpage:"_s));
    CHECK(checked.size() >= 40);
}
