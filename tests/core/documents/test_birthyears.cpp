// The birth year on the delegate list and the sign-in sheet, printed under "Năm sinh" split
// into "Nam | Nữ": under the person's gender, or, when the gender is not known, in one cell
// across both columns. Read back from the PDF (where each year stands on the page) and from
// the .odt's content.xml (which cell holds it, and what it spans).
#include "paperfixture.h"

#include <QRegularExpression>
#include <QXmlStreamReader>

using namespace dd;
using namespace dd::documents;
using namespace paperfixture;
using namespace Qt::StringLiterals;

namespace {

enum class Under { Nam, Nu, Both, None };

struct Expected
{
    qint64 id;
    QString family, middle, given;
    Gender gender;
    int birthYear;
    QString year; // as printed ("x": the gender is known, the year not)
    Under under;
};

// Written by hand: one man, one woman, one person of unknown gender with a year, one with
// neither, and one man without a year. Sorted by given name they keep this order.
const QList<Expected> kPeople {
    { 1, u"Nguyễn"_s, u"Văn"_s, u"An"_s, Gender::Male, 1990, u"1990"_s, Under::Nam },
    { 2, u"Trần"_s, u"Thị"_s, u"Bình"_s, Gender::Female, 1995, u"1995"_s, Under::Nu },
    { 3, u"Lê"_s, u"Minh"_s, u"Châu"_s, Gender::Unknown, 1988, u"1988"_s, Under::Both },
    { 4, u"Phạm"_s, u"Ngọc"_s, u"Dung"_s, Gender::Unknown, 0, QString(), Under::None },
    { 5, u"Võ"_s, u"Thanh"_s, u"Giang"_s, Gender::Male, 0, u"x"_s, Under::Nam },
};

PaperData data()
{
    PaperData d = sampleData();
    d.attendees.clear();
    for (const Expected &e : kPeople) {
        Attendee a = person(e.id, kHoaThanh, e.family, e.middle, e.given);
        a.gender = e.gender;
        a.birthYear = e.birthYear;
        d.attendees << a;
    }
    return d;
}

using Word = PdfWord;

const Word *find(const QList<Word> &all, const QString &text)
{
    for (const Word &w : all)
        if (w.text == text)
            return &w;
    return nullptr;
}

// Where the PDF puts each person's year: under the centre of "Nam", of "Nữ", or of both.
void checkPdf(const QString &pdf)
{
    const QList<Word> all = pdfWords(pdf);
    const Word *nam = find(all, u"Nam"_s);
    const Word *nu = find(all, u"Nữ"_s);
    REQUIRE(nam);
    REQUIRE(nu);
    const qreal both = (nam->centreX() + nu->centreX()) / 2;
    static const QRegularExpression yearLike(u"^(\\d{4}|x)$"_s);
    for (const Expected &e : kPeople) {
        INFO("person " << e.given.toStdString());
        // The person's name, its three words in a row.
        const Word *given = nullptr;
        for (qsizetype i = 2; i < all.size(); ++i)
            if (all.at(i).text == e.given && all.at(i - 1).text == e.middle
                && all.at(i - 2).text == e.family)
                given = &all.at(i);
        REQUIRE(given);
        QList<const Word *> years;
        for (const Word &w : all)
            if (w.page == given->page && std::abs(w.centreY() - given->centreY()) < 3
                && w.left > given->right && yearLike.match(w.text).hasMatch())
                years << &w;
        if (e.under == Under::None) {
            CHECK(years.isEmpty());
            continue;
        }
        REQUIRE(years.size() == 1);
        CHECK(years.first()->text == e.year);
        const qreal x = years.first()->centreX();
        const qreal expectedX = e.under == Under::Nam ? nam->centreX()
            : e.under == Under::Nu                    ? nu->centreX()
                                                      : both;
        CHECK(std::abs(x - expectedX) < 3);
    }
}

struct OdtCell
{
    QString text;
    int spanned = 1;
    bool covered = false;
};

// The body rows (after the header rows) of the paper's table in content.xml.
QList<QList<OdtCell>> odtRows(const Paper &paper)
{
    const QList<OdtPart> parts = OdtWriter::write(paper);
    const auto content = std::find_if(parts.begin(), parts.end(), [](const OdtPart &p) {
        return p.name == QLatin1String("content.xml");
    });
    REQUIRE(content != parts.end());
    QList<QList<OdtCell>> rows;
    QXmlStreamReader xml(content->content);
    bool inHeader = false;
    int depth = 0; // of table:table elements
    OdtCell *cell = nullptr;
    while (!xml.atEnd()) {
        xml.readNext();
        const QStringView name = xml.qualifiedName();
        if (xml.isStartElement()) {
            if (name == u"table:table")
                ++depth;
            else if (name == u"table:table-header-rows")
                inHeader = true;
            else if (name == u"table:table-row" && !inHeader && depth == 1)
                rows.append(QList<OdtCell>());
            else if ((name == u"table:table-cell" || name == u"table:covered-table-cell")
                     && !inHeader && depth == 1 && !rows.isEmpty()) {
                OdtCell c;
                c.covered = name == u"table:covered-table-cell";
                c.spanned
                    = qMax(1, xml.attributes().value(u"table:number-columns-spanned"_s).toInt());
                rows.last().append(c);
                cell = &rows.last().last();
            }
        } else if (xml.isEndElement()) {
            if (name == u"table:table")
                --depth;
            else if (name == u"table:table-header-rows")
                inHeader = false;
            else if (name == u"table:table-cell")
                cell = nullptr;
        } else if (xml.isCharacters() && cell) {
            cell->text += xml.text();
        }
    }
    REQUIRE_FALSE(xml.hasError());
    return rows;
}

// Each person's row: the year under Nam (third cell), under Nữ (fourth), or one cell spanning
// both with a covered cell after it.
void checkOdt(const Paper &paper)
{
    const QList<QList<OdtCell>> rows = odtRows(paper);
    for (const Expected &e : kPeople) {
        INFO("person " << e.given.toStdString());
        const QString name = e.family + u' ' + e.middle + u' ' + e.given;
        const auto row = std::find_if(rows.begin(), rows.end(), [&](const QList<OdtCell> &r) {
            return r.size() > 1 && r.at(1).text == name;
        });
        REQUIRE(row != rows.end());
        REQUIRE(row->size() >= 4);
        const OdtCell &third = row->at(2);
        const OdtCell &fourth = row->at(3);
        CHECK_FALSE(third.covered);
        if (e.under == Under::Both) {
            CHECK(third.text == e.year);
            CHECK(third.spanned == 2);
            CHECK(fourth.covered);
            continue;
        }
        CHECK(third.spanned == 1);
        CHECK_FALSE(fourth.covered);
        CHECK(fourth.spanned == 1);
        CHECK(third.text == (e.under == Under::Nam ? e.year : QString()));
        CHECK(fourth.text == (e.under == Under::Nu ? e.year : QString()));
    }
}

// The paper of `kind` on the hand-made people, as PDF and as .odt: the PDF's text.
QString checkBoth(PaperKind kind)
{
    QTemporaryDir dir;
    const PaperData d = data();
    const Written w = writePdf(dir, u"years.pdf"_s, kind, d);
    checkPdf(w.path);
    const Result<Paper> paper = buildPaper(kind, d, {});
    REQUIRE(paper);
    checkOdt(*paper);
    return w.text;
}

} // namespace

TEST_CASE("papers: the delegate list prints every birth year, across Nam and Nữ when the "
          "gender is not known",
          "[papers]")
{
    const QString text = checkBoth(PaperKind::DelegateList);
    CHECK(text.contains(u"Tổng cộng: 5 đại biểu (Nam: 2, Nữ: 1, chưa rõ: 2)"_s));
}

TEST_CASE("papers: the sign-in sheet prints every birth year, across Nam and Nữ when the "
          "gender is not known",
          "[papers]")
{
    checkBoth(PaperKind::SignInSheet);
}
