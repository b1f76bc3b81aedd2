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

// The words of the "Chức vụ, đơn vị" column of a list, line by line (top to bottom, left to
// right). The column lies between the "Nữ" column (as wide as "Nam" beside it) and the edge
// as far right of its centred header as that column is to its left.
QString positionColumn(const QString &pdf)
{
    const QList<PdfWord> words = pdfWords(pdf);
    const auto first = [&](const QString &text) {
        for (const PdfWord &w : words)
            if (w.text == text)
                return w;
        FAIL("no word " << text.toStdString());
        return PdfWord {};
    };
    const PdfWord nam = first(u"Nam"_s), nu = first(u"Nữ"_s), chuc = first(u"Chức"_s),
                  vi = first(u"vị"_s);
    const qreal from = nu.centreX() + (nu.centreX() - nam.centreX()) / 2;
    const qreal to = chuc.left + vi.right - from;
    QList<PdfWord> in;
    for (const PdfWord &w : words)
        if (w.left >= from - 1 && w.right <= to + 1 && w.top > chuc.bottom)
            in << w;
    std::stable_sort(in.begin(), in.end(), [](const PdfWord &a, const PdfWord &b) {
        if (a.page != b.page)
            return a.page < b.page;
        if (std::abs(a.top - b.top) > 1)
            return a.top < b.top;
        return a.left < b.left;
    });
    QStringList t;
    for (const PdfWord &w : std::as_const(in))
        t << w.text;
    return t.join(u' ');
}

// A delegate of a host union who works in a company: her branch is in the workplace column.
Attendee branchDelegate(qint64 id, qint64 unitId, const QString &name, const QString &position,
                        const QString &workplace)
{
    const QStringList n = name.split(u' ');
    Attendee a = person(id, unitId, n.first(), n.mid(1, n.size() - 2).join(u' '), n.last());
    a.position = position;
    a.workplace = workplace;
    return a;
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

TEST_CASE("sign-off: a topic heading is not left at the foot of a page above a long question",
          "[papers][signoff]")
{
    // A question of 1,500 characters (more than the twelve lines a paragraph keeps whole) goes
    // whole to the next page with the line saying where it comes from; its topic's heading
    // went with it only in part: "III. Các kiến nghị khác … (2 ý kiến)" stood alone at the
    // foot of page 1.
    const QString sentence = u"Đề nghị Tỉnh đoàn phối hợp với Ban Quản lý các khu kinh tế tỉnh "
                             u"và các doanh nghiệp ngoài nhà nước bố trí nhà lưu trú, "_s;
    QString longText;
    while (longText.size() < 1500)
        longText += sentence;
    const QString headingII = u"II. Các kiến nghị khác liên quan đến đời sống vật chất, tinh "
                              u"thần của thanh niên công nhân"_s;
    QTemporaryDir dir;
    int movedOver = 0;
    for (int shortOnes = 0; shortOnes <= 16; ++shortOnes) {
        PaperData d = sampleData();
        d.questions.clear();
        for (int i = 0; i < shortOnes; ++i) {
            Question q;
            q.id = i + 1;
            q.eventId = 1;
            q.unitId = kDuongMinhChau;
            q.kind = QuestionKind::Recommendation;
            q.topicId = 1;
            q.text = u"Ý kiến ngắn số %1 về việc thành lập Chi đoàn tại doanh nghiệp."_s.arg(i + 1);
            q.receivedOn = QDate(2021, 8, 20);
            q.status = QuestionStatus::Classified;
            d.questions << q;
        }
        Question big;
        big.id = 100;
        big.eventId = 1;
        big.unitId = kHoaThanh;
        big.submitter = u"Trần Thị Lan"_s;
        big.kind = QuestionKind::Question;
        big.topicId = 3;
        big.text = longText;
        big.receivedOn = QDate(2021, 8, 21);
        big.status = QuestionStatus::Classified;
        d.questions << big;
        PaperOptions opt;
        opt.groupBy = PaperOptions::GroupBy::Topic;
        const Written w = writePdf(dir, u"questions-%1.pdf"_s.arg(shortOnes),
                                   PaperKind::QuestionSummary, d, opt);
        const QStringList pages = pagesOf(w);
        for (int p = 0; p < pages.size(); ++p) {
            if (!pages[p].contains(u"II. Các kiến nghị khác"_s))
                continue;
            INFO(shortOnes << " short questions, page " << p + 1 << ": " << pages[p].toStdString());
            // The heading and the first words of its question on one page.
            CHECK(pages[p].contains(headingII));
            CHECK(pages[p].contains(u"[Câu hỏi] Đề nghị Tỉnh đoàn phối hợp"_s));
            if (p > 0)
                ++movedOver;
        }
    }
    // Some of these lengths fill the first page before that topic (the case of the defect).
    CHECK(movedOver > 0);
}

TEST_CASE("sign-off: online, a delegate's letter asks for questions without the units' minimum",
          "[papers][signoff]")
{
    // The seed asks the three host units for "tối thiểu 05 ý kiến" each ("đảm bảo mỗi đơn vị
    // có tối thiểu 05 ý kiến"); the personal letter of plan 2 asked it of every delegate.
    PaperData d = sampleData();
    d.event.activePlan = PlanKind::Online;
    d.attendees = { branchDelegate(1, kThanhPho, u"Phạm Công An"_s, u"Ủy viên BCH Chi đoàn"_s,
                                   u"Công ty TNHH Hưng Thịnh"_s) };
    QTemporaryDir dir;
    const Written letter = writePdf(dir, u"invitation.pdf"_s, PaperKind::PersonInvitation, d);
    INFO(letter.text.toStdString());
    CHECK(letter.text.contains(u"Theo dõi trực tuyến"_s));
    CHECK(
        letter.text.contains(u"Đề nghị đồng chí gửi các vấn đề cần trao đổi, đề xuất, kiến "
                             u"nghị, các hiến kế về Tỉnh đoàn trước ngày 30/8/2021 qua email:"_s));
    CHECK_FALSE(letter.text.contains(u"tối thiểu"_s));

    // The host unit's letter keeps it.
    PaperOptions opt;
    opt.unitId = kThanhPho;
    const Written unit = writePdf(dir, u"unit.pdf"_s, PaperKind::UnitInvitation, d, opt);
    INFO(unit.text.toStdString());
    CHECK(unit.text.contains(u"trước ngày 30/8/2021 (đảm bảo tối thiểu 05 ý kiến)"_s));
}

TEST_CASE("sign-off: an envelope label names the person as the letter inside does",
          "[papers][signoff]")
{
    PaperData d = sampleData();
    d.attendees = { branchDelegate(1, kThanhPho, u"Phạm Công An"_s, u"Ủy viên BCH Chi đoàn"_s,
                                   u"Công ty TNHH Hưng Thịnh"_s) };
    const QString addressed
        = u"Ủy viên BCH Chi đoàn, Công ty TNHH Hưng Thịnh, Thành đoàn thành phố Tây Ninh"_s;
    QTemporaryDir dir;
    const Written letter = writePdf(dir, u"invitation.pdf"_s, PaperKind::PersonInvitation, d);
    INFO(letter.text.toStdString());
    REQUIRE(letter.text.contains(u"Đồng chí Phạm Công An "_s + addressed));
    PaperOptions opt;
    opt.role = AttendeeRole::Delegate;
    const Written label = writePdf(dir, u"labels.pdf"_s, PaperKind::Labels, d, opt);
    INFO(label.text.toStdString());
    CHECK(label.text.contains(u"Kính gửi: Đồng chí Phạm Công An "_s + addressed));
}

TEST_CASE("sign-off: a list by role names the workplace before the union, as the letter does",
          "[papers][signoff]")
{
    PaperData d = sampleData();
    d.attendees = { branchDelegate(1, kHoaThanh, u"Phạm Minh An"_s, u"Phó Bí thư Chi đoàn"_s,
                                   u"Công ty TNHH Hưng Thịnh"_s),
                    branchDelegate(2, kDuongMinhChau, u"Ngô Quốc Bình"_s, u"Bí thư Chi đoàn"_s,
                                   u"Ấp Giồng Cà"_s) };
    PaperOptions opt;
    opt.groupBy = PaperOptions::GroupBy::Role;
    QTemporaryDir dir;
    const Written w = writePdf(dir, u"delegates-role.pdf"_s, PaperKind::DelegateList, d, opt);
    const QString cells = positionColumn(w.path);
    INFO(cells.toStdString());
    CHECK(cells.contains(u"Phó Bí thư Chi đoàn, Công ty TNHH Hưng Thịnh, Thị đoàn Hòa Thành"_s));
    CHECK(cells.contains(u"Bí thư Chi đoàn, Ấp Giồng Cà, Huyện đoàn Dương Minh Châu"_s));
}

TEST_CASE("sign-off: online, the sign-in sheet is for those in the meeting room",
          "[papers][signoff]")
{
    // Plan 2: the delegates and the press watch the livestream; the hosts' Secretaries co-chair
    // at the Tỉnh đoàn and the guests come. The sheet listed every delegate and a group of
    // blank rows for every district union and the press.
    PaperData d = sampleData();
    d.event.activePlan = PlanKind::Online;
    Attendee coChair = person(1, kHoaThanh, u"Lê"_s, u"Minh"_s, u"Tuấn"_s);
    coChair.role = AttendeeRole::CoChair;
    coChair.position = u"Bí thư Thị đoàn"_s;
    Attendee guest = person(2, kNoiVu, u"Trần"_s, u"Quốc"_s, u"Bảo"_s);
    guest.role = AttendeeRole::Guest;
    guest.position = u"Phó Giám đốc"_s;
    Attendee delegate = person(3, kHoaThanh, u"Phạm"_s, u"Thị"_s, u"Hoa"_s);
    d.attendees = { coChair, guest, delegate };
    QTemporaryDir dir;
    const Written online = writePdf(dir, u"signin-online.pdf"_s, PaperKind::SignInSheet, d);
    INFO(online.text.toStdString());
    CHECK(online.text.contains(u"Lê Minh Tuấn"_s));
    CHECK(online.text.contains(u"Trần Quốc Bảo"_s));
    CHECK_FALSE(online.text.contains(u"Phạm Thị Hoa"_s));
    // The groups: the three hosts and the seven guest agencies, in the event's order.
    const QStringList groups { u"I. Huyện đoàn Dương Minh Châu"_s,
                               u"II. Thị đoàn Hòa Thành"_s,
                               u"III. Thành đoàn thành phố Tây Ninh"_s,
                               u"IV. Ban Dân vận Tỉnh ủy"_s,
                               u"V. Ban Tuyên giáo Tỉnh ủy"_s,
                               u"VI. Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"_s,
                               u"VII. Sở Nội vụ"_s,
                               u"VIII. Hội Cựu Chiến binh tỉnh"_s,
                               u"IX. Hội Nông dân tỉnh"_s,
                               u"X. Hội Liên hiệp Phụ nữ tỉnh"_s };
    qsizetype at = 0;
    for (const QString &g : groups) {
        INFO(g.toStdString());
        const qsizetype found = online.text.indexOf(g, at);
        CHECK(found >= at);
        if (found >= 0)
            at = found;
    }
    CHECK_FALSE(online.text.contains(u"Huyện đoàn Tân Biên"_s));
    CHECK_FALSE(online.text.contains(u"XI."_s));
    CHECK(online.text.contains(u"Tổng cộng: 1 đại biểu (Nam: 1, Nữ: 0); khách mời: 1"_s));

    // In person everyone is there: the delegate signs, and every union has its rows.
    d.event.activePlan = PlanKind::InPerson;
    const Written inPerson = writePdf(dir, u"signin.pdf"_s, PaperKind::SignInSheet, d);
    CHECK(inPerson.text.contains(u"Phạm Thị Hoa"_s));
    CHECK(inPerson.text.contains(u"Huyện đoàn Tân Biên"_s));
}

TEST_CASE("sign-off: online, the results report counts no seat quota", "[papers][signoff]")
{
    // The seed's quotas (22, 24, 46 and one per union) apply to plan 1 only.
    PaperData d = sampleData();
    QTemporaryDir dir;
    const Written inPerson = writePdf(dir, u"report.pdf"_s, PaperKind::Report, d);
    CHECK(inPerson.text.contains(u"STT Đơn vị Chỉ tiêu Có mặt"_s));
    CHECK(inPerson.text.contains(u"1 Huyện đoàn Dương Minh Châu 22 0"_s));
    d.event.activePlan = PlanKind::Online;
    const Written online = writePdf(dir, u"report-online.pdf"_s, PaperKind::Report, d);
    INFO(online.text.toStdString());
    CHECK_FALSE(online.text.contains(u"Chỉ tiêu"_s));
    CHECK(online.text.contains(u"STT Đơn vị Có mặt"_s));
    CHECK(online.text.contains(u"1 Huyện đoàn Dương Minh Châu 0 2 Thị đoàn Hòa Thành 0"_s));
}

TEST_CASE("sign-off: a topic heading of the question summary has no full stop before its count",
          "[papers][signoff]")
{
    // The seed's (and the sample's) topics end with "."; the heading read "… trong toàn tỉnh.
    // (2 ý kiến)".
    PaperData d = sampleData();
    for (Topic &t : d.topics)
        t.title += u'.';
    PaperOptions opt;
    opt.groupBy = PaperOptions::GroupBy::Topic;
    QTemporaryDir dir;
    const Written w = writePdf(dir, u"questions.pdf"_s, PaperKind::QuestionSummary, d, opt);
    INFO(w.text.toStdString());
    CHECK(w.text.contains(u"I. Đoàn viên, thanh niên nêu ý kiến, kiến nghị các vấn đề vướng mắc, "
                          u"bất cập trong thực hiện công tác đoàn gắn với việc làm chuyên môn tại "
                          u"doanh nghiệp ngoài nhà nước cần có sự phối hợp, chỉ đạo của các cơ "
                          u"quan ban ngành trong toàn tỉnh ("_s));
    CHECK(w.text.contains(u"III. Các kiến nghị khác liên quan đến đời sống vật chất, tinh thần "
                          u"của thanh niên công nhân ("_s));
    CHECK_FALSE(w.text.contains(u". ("_s));
}

TEST_CASE("sign-off: the text after a table does not touch the table's last rule",
          "[papers][signoff]")
{
    // The results report: "c) Chuyển các cơ quan, đơn vị trả lời:" stood on the rule under
    // the total of the topics' table, and "II. ĐÁNH GIÁ" under the open questions. Read from
    // the word boxes: the gap between the total's words and the line after the table is wider
    // than the gap between two rows of the table (a cell's padding above and below).
    PaperData d = sampleData();
    QTemporaryDir dir;
    const Written w = writePdf(dir, u"report.pdf"_s, PaperKind::Report, d);
    const QList<PdfWord> words = pdfWords(w.path);
    // The nearest word above `w` on its page: the bottom of the line before it.
    const auto lineAbove = [&](const PdfWord &below) {
        qreal bottom = -1;
        for (const PdfWord &o : words)
            if (o.page == below.page && o.bottom < below.top - 1)
                bottom = std::max(bottom, o.bottom);
        return bottom;
    };
    qsizetype c = -1;
    for (qsizetype i = 0; i + 1 < words.size(); ++i)
        if (words[i].text == u"c)"_s && words[i + 1].text == u"Chuyển"_s)
            c = i;
    REQUIRE(c >= 0);
    const PdfWord after = words[c];
    // The total row of the topics' table: the last "Tổng" above "c)".
    PdfWord total {};
    for (const PdfWord &o : words)
        if (o.page == after.page && o.text == u"Tổng"_s && o.top < after.top)
            total = o;
    REQUIRE(!total.text.isEmpty());
    const qreal betweenRows = total.top - lineAbove(total);
    const qreal afterTable = after.top - lineAbove(after);
    INFO("between rows " << betweenRows << " pt, after the table " << afterTable << " pt");
    CHECK(afterTable >= betweenRows + 2);
}

TEST_CASE("sign-off: a question longer than a page goes on over the next page of a table",
          "[papers][signoff]")
{
    // The results report lists the open questions in a table whose rows never split: a
    // question of 4,000 characters (an e-mail's whole body; the program takes 10,000) ran off
    // the foot of the page, and its end was not printed.
    PaperData d = sampleData();
    QString text;
    int parts = 0;
    while (text.size() < 4000)
        text += u"Ý %1: đoàn viên thanh niên công nhân kiến nghị về nhà lưu trú, giờ làm thêm, "
                u"bữa ăn giữa ca và sinh hoạt chi đoàn ngoài giờ. "_s.arg(++parts);
    text += u"HẾT."_s;
    d.questions[1].text = text;
    d.questions[1].status = QuestionStatus::Forwarded;
    QTemporaryDir dir;
    const Written w = writePdf(dir, u"report-long.pdf"_s, PaperKind::Report, d);
    // Every part once, in order (its number: a page break may fall in its sentence), and the
    // last words; over two pages.
    qsizetype at = 0;
    QList<int> pageOf;
    const QStringList pages = pagesOf(w);
    for (int i = 1; i <= parts; ++i) {
        const QString part = u"Ý %1:"_s.arg(i);
        INFO(part.toStdString());
        const qsizetype found = w.text.indexOf(part, at);
        CHECK(found >= at);
        CHECK(w.text.count(part) == 1);
        if (found >= 0)
            at = found;
        for (int p = 0; p < pages.size(); ++p)
            if (pages[p].contains(part)) {
                pageOf << p;
                break;
            }
    }
    CHECK(w.text.contains(u"sinh hoạt chi đoàn ngoài giờ. HẾT."_s));
    REQUIRE(pageOf.size() == parts);
    CHECK(pageOf.first() < pageOf.last());
    // Nothing is drawn below the bottom margin (20 mm): the lowest word of every page.
    for (const PdfWord &word : pdfWords(w.path)) {
        INFO("page " << word.page << ": " << word.text.toStdString());
        CHECK(word.bottom <= (297 - 20) * 72 / 25.4 + 1);
    }
}
