// The papers read as the clerk who signs them reads them (branch qa3paper): each case is a
// defect found on the printed pages of the sample with a clerk's edits (120 delegates, a
// question of 1,500 characters, the online plan), read back from the PDF with pdftotext and
// compared with words written here by hand from the seed and the letters.
#include "paperfixture.h"

#include <QRegularExpression>

using namespace dd;
using namespace dd::documents;
using namespace paperfixture;
using namespace Qt::StringLiterals;

namespace {

// The text of each page, whitespace collapsed.
QStringList pagesOf(const Written &w)
{
    QStringList pages;
    for (int p = 1; p <= w.pages; ++p)
        pages << flat(pageText(w.path, p));
    return pages;
}

} // namespace

TEST_CASE("sign-off: the sign-in sheet's total goes with the last row, never alone on a page",
          "[papers][signoff]")
{
    // One group without blank rows (the organiser's own people sign on their rows), so that a
    // page holding the total and no person's row is the defect: the 120-delegate sample
    // printed "XVIII. … (tiếp theo)" and "Tổng cộng" alone on its last page.
    QTemporaryDir dir;
    int totalPushedOver = 0;
    for (int n = 20; n <= 44; ++n) {
        PaperData d = sampleData();
        d.eventUnits = { eventUnit(kTinhDoan, UnitRole::Organiser) };
        d.attendees.clear();
        for (Attendee a : generatedPeople(n)) {
            a.unitId = kTinhDoan;
            d.attendees << a;
        }
        const Written w = writePdf(dir, u"signin-%1.pdf"_s.arg(n), PaperKind::SignInSheet, d);
        const QStringList pages = pagesOf(w);
        REQUIRE(pages.size() == w.pages);
        const QString total = u"Tổng cộng: %1 đại biểu"_s.arg(n);
        REQUIRE(pages.last().contains(total));
        INFO(n << " people, last page: " << pages.last().toStdString());
        // The last person's number stands on the page of the total.
        const QString rows = pages.last().left(pages.last().indexOf(u"Tổng cộng:"_s));
        CHECK(QRegularExpression(u"(^|\\s)%1\\s"_s.arg(n)).match(rows).hasMatch());
        if (w.pages > 1 && pages.last().contains(u"(tiếp theo)"_s))
            ++totalPushedOver;
    }
    // Some of these lengths fill the first page to its foot (the case of the defect).
    CHECK(totalPushedOver > 0);
}
