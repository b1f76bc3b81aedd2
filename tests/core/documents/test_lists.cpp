// The lists, the programme, the compiled questions and the plan on hand-made data, with the
// page-break rules a clerk checks before signing, read back from the PDF with poppler.
#include "documents/papers.h"
#include "documents/plantext.h"
#include "paperfixture.h"

#include <QRegularExpression>

using namespace dd;
using namespace dd::documents;
using namespace paperfixture;

namespace {

// Whether the words of `phrase` follow one another in `text` with at most 80 characters of
// other cells between them: a table cell that wraps comes out of the PDF line by line,
// between the lines of the cells beside it.
bool wordsInOrder(const QString &text, const QString &phrase)
{
    QStringList words;
    for (const QString &w : phrase.split(QLatin1Char(' '), Qt::SkipEmptyParts))
        words << QRegularExpression::escape(w);
    return QRegularExpression(words.join(QStringLiteral("\\s(?:.{0,80}\\s)??")))
        .match(text)
        .hasMatch();
}

// The non-empty lines of a page as pdftotext -layout gives them, trimmed.
QStringList pageLines(const QString &pdf, int page)
{
    QStringList out;
    for (const QString &l : pageText(pdf, page).split(QLatin1Char('\n')))
        if (!l.trimmed().isEmpty())
            out << l.trimmed();
    return out;
}

// A group heading of a list: "II. Thị đoàn Hòa Thành (43 người)", "… (tiếp theo)", or
// "III. Đại biểu" on the sign-in sheet.
bool isHeading(const QString &line)
{
    static const QRegularExpression re(QStringLiteral("^[IVXLC]+\\. \\S"));
    return re.match(line).hasMatch();
}

// A row of people: the STT, then a name.
bool isRow(const QString &line)
{
    static const QRegularExpression re(QStringLiteral("^\\d+\\s+\\p{Lu}"),
                                       QRegularExpression::UseUnicodePropertiesOption);
    return re.match(line).hasMatch();
}

bool isTotal(const QString &line)
{
    return line.startsWith(QStringLiteral("Tổng cộng:"));
}

QString groupName(const QString &heading)
{
    QString name = heading;
    name.remove(QRegularExpression(QStringLiteral("\\s*\\((\\d+ người|tiếp theo)\\)$")));
    return name;
}

// The rules of a grouped list over all its pages.
void checkListBreaks(const QString &pdf, int pages, const QString &signer)
{
    QString lastGroup;
    bool signatureSeen = false;
    for (int page = 1; page <= pages; ++page) {
        QStringList flow; // headings, rows and the total, in order
        bool signature = false;
        for (const QString &l : pageLines(pdf, page)) {
            if (isHeading(l) || isRow(l) || isTotal(l))
                flow << l;
            signature = signature || l.contains(signer);
        }
        INFO("page " << page << ":\n" << flow.join(QLatin1Char('\n')).toStdString());
        if (!flow.isEmpty()) {
            // A heading is never the last line of a page: it goes with rows of its group.
            CHECK_FALSE(isHeading(flow.last()));
            // A page that goes on with a group says so: "(tiếp theo)".
            if (page > 1 && isRow(flow.first()))
                FAIL_CHECK("the page starts with a row and no heading");
            if (page > 1 && flow.first().endsWith(QStringLiteral("(tiếp theo)")))
                CHECK(groupName(flow.first()) == lastGroup);
        }
        for (const QString &l : std::as_const(flow))
            if (isHeading(l))
                lastGroup = groupName(l);
        // The signature stands with the last rows of the table, never alone.
        if (signature) {
            signatureSeen = true;
            CHECK(std::count_if(flow.cbegin(), flow.cend(), isRow) >= 2);
            CHECK(std::any_of(flow.cbegin(), flow.cend(), isTotal));
        }
    }
    CHECK(signatureSeen == !signer.isEmpty());
}

// The words of a page with the top of each, from pdftotext -bbox.
QList<std::pair<QString, qreal>> wordTops(const QString &pdf, int page)
{
    const QString html
        = runTool(QStringLiteral("pdftotext"),
                  { QStringLiteral("-bbox"), QStringLiteral("-f"), QString::number(page),
                    QStringLiteral("-l"), QString::number(page), pdf, QStringLiteral("-") });
    static const QRegularExpression word(
        QStringLiteral("<word xMin=\"[\\d.]+\" yMin=\"([\\d.]+)\"[^>]*>([^<]*)</word>"));
    QList<std::pair<QString, qreal>> out;
    for (auto it = word.globalMatch(html); it.hasNext();) {
        const auto m = it.next();
        out.append({ m.captured(2), m.captured(1).toDouble() });
    }
    return out;
}

qreal topOf(const QList<std::pair<QString, qreal>> &words, const QString &word, int nth = 0)
{
    for (const auto &[w, y] : words)
        if (w == word && nth-- == 0)
            return y;
    return -1;
}

} // namespace

TEST_CASE("papers: delegate list of 300 across pages, headings and signature kept", "[papers]")
{
    QTemporaryDir dir;
    PaperData d = sampleData();
    d.attendees = generatedPeople(300);
    // A unit whose people differ only in the given name, entered out of order.
    const QStringList order { QStringLiteral("An"), QStringLiteral("Anh"), QStringLiteral("Ánh"),
                              QStringLiteral("Ăn"), QStringLiteral("Ân"),  QStringLiteral("Bình"),
                              QStringLiteral("Đức") };
    const int shuffled[] = { 6, 2, 4, 0, 5, 3, 1 };
    for (int i : shuffled)
        d.attendees << person(1000 + i, kOrderUnit, QStringLiteral("Tô"), QStringLiteral("Quốc"),
                              order[i]);
    // One declined and replaced by a substitute: only the substitute is listed.
    d.attendees[10].status = InvitationStatus::Replaced;
    Attendee sub = person(2000, d.attendees[10].unitId, QStringLiteral("Mai"),
                          QStringLiteral("Xuân"), QStringLiteral("Trường"));
    sub.substituteForId = d.attendees[10].id;
    d.attendees << sub;
    const QString replaced = d.attendees[10].fullName();
    // Nameless entries are covered by the unit letters; they have no row.
    Attendee nameless = person(3000, kDuongMinhChau, {}, {}, {});
    nameless.role = AttendeeRole::CoChair;
    nameless.position = QStringLiteral("Bí thư Huyện đoàn Dương Minh Châu");
    d.attendees << nameless;

    const Written w = writePdf(dir, QStringLiteral("delegates.pdf"), PaperKind::DelegateList, d);
    checkFormat(w);
    INFO("pages: " << w.pages);
    CHECK(w.pages >= 8);
    checkHeader(flat(pageText(w.path, 1)), QStringLiteral("Số:"));
    CHECK(w.text.contains(QStringLiteral("DANH SÁCH ĐẠI BIỂU")));
    for (int page = 1; page <= w.pages; ++page) {
        const QString t = pageText(w.path, page);
        INFO("page " << page);
        CHECK(t.contains(QStringLiteral("Họ và tên")));
        CHECK(t.contains(QStringLiteral("Năm sinh")));
        if (page >= 2) // the number centred at the top
            CHECK(t.trimmed().startsWith(QString::number(page)));
    }
    checkListBreaks(w.path, w.pages, QStringLiteral("Hoàng Thị Thanh Thúy"));
    CHECK(w.text.contains(QStringLiteral("(tiếp theo)")));
    // No row split or lost: each listed name exactly once.
    const QString all = testsupport::pdfText(w.path);
    for (const Attendee &a : std::as_const(d.attendees)) {
        if (a.id == d.attendees[10].id || a.id == 3000)
            continue;
        INFO(a.fullName());
        CHECK(occurrences(all, a.fullName()) == 1);
    }
    CHECK_FALSE(all.contains(QStringLiteral("Bí thư Huyện đoàn Dương Minh Châu")));
    // The replaced person has no row of their own; the substitute's note names them.
    const QRegularExpression replacedRow(QStringLiteral("^\\s*\\d+\\s+")
                                             + QRegularExpression::escape(replaced),
                                         QRegularExpression::MultilineOption);
    CHECK_FALSE(replacedRow.match(all).hasMatch());
    CHECK(occurrences(all, QStringLiteral("Mai Xuân Trường")) == 1);
    CHECK(w.text.contains(QStringLiteral("Thay đ/c")));
    CHECK(w.text.contains(QStringLiteral("I. Huyện đoàn Dương Minh Châu (43 người)")));
    CHECK(w.text.contains(QStringLiteral("Chi đoàn Công ty Thử Nghiệm (7 người)")));
    // 300 generated (one replaced) + 7 + the substitute: ids divisible by 3 are women.
    CHECK(w.text.contains(QStringLiteral("Tổng cộng: 307 đại biểu (Nam: 205, Nữ: 102)")));
    checkSigner(w.text);

    // Vietnamese order within the unit: An, Anh, Ánh, Ăn, Ân, Bình, Đức.
    qsizetype last = -1;
    for (const QString &given : order) {
        const qsizetype at = all.indexOf(QStringLiteral("Tô Quốc ") + given + QLatin1Char(' '));
        INFO(given.toStdString());
        CHECK(at > last);
        last = at;
    }
}

TEST_CASE("papers: list totals by role add up, and unknown genders are said", "[papers]")
{
    QTemporaryDir dir;
    PaperData d = sampleData();
    d.attendees = generatedPeople(12); // ids 3, 6, 9, 12 are women: 8 men, 4 women
    d.attendees[0].role = AttendeeRole::Chair;
    d.attendees[1].role = AttendeeRole::Guest;
    d.attendees[2].role = AttendeeRole::Press;
    d.attendees[3].role = AttendeeRole::Staff;
    d.attendees[4].gender = Gender::Unknown;
    d.attendees[5].status = InvitationStatus::Declined;
    PaperOptions byRole;
    byRole.groupBy = PaperOptions::GroupBy::Role;
    const Written w
        = writePdf(dir, QStringLiteral("roles.pdf"), PaperKind::DelegateList, d, byRole);
    INFO(w.text);
    CHECK(w.text.contains(QStringLiteral("I. Chủ trì (1 người)")));
    CHECK(w.text.contains(QStringLiteral("II. Khách mời (1 người)")));
    CHECK(w.text.contains(QStringLiteral("III. Đại biểu (7 người)")));
    CHECK(w.text.contains(QStringLiteral("IV. Báo chí (1 người)")));
    CHECK(w.text.contains(QStringLiteral("V. Phục vụ (1 người)")));
    // Delegates: ids 1 (chair), 5 (gender unknown), 7, 8, 9, 10, 11, 12 (6 is declined):
    // men 1, 7, 8, 10, 11; women 9, 12.
    CHECK(w.text.contains(QStringLiteral("Tổng cộng: 8 đại biểu (Nam: 5, Nữ: 2, chưa rõ: 1); "
                                         "khách mời: 1; phóng viên: 1; phục vụ: 1")));

    PaperOptions one;
    one.unitId = kThanhPho;
    d.attendees = generatedPeople(30);
    const Written u = writePdf(dir, QStringLiteral("unit.pdf"), PaperKind::DelegateList, d, one);
    CHECK(u.pages == 1);
    // Ids 3, 10, 17, 24 are in the city; 3 and 24 are women.
    CHECK(u.text.contains(QStringLiteral("Tổng cộng: 4 đại biểu (Nam: 2, Nữ: 2)")));
    CHECK_FALSE(u.text.contains(QStringLiteral("Huyện đoàn Dương Minh Châu")));
}

TEST_CASE("papers: sign-in sheet with the date, the venue and blank rows", "[papers]")
{
    QTemporaryDir dir;
    PaperData d = sampleData();
    d.event.date = QDate(2021, 10, 15);
    d.attendees = generatedPeople(70);
    PaperOptions opt;
    opt.onePerUnit = true;
    const Written w = writePdf(dir, QStringLiteral("signin.pdf"), PaperKind::SignInSheet, d, opt);
    checkFormat(w);
    // A sheet for each unit taking part but the organiser: 3 hosts, 7 others, 7 guests.
    CHECK(w.pages == 17);
    for (int page = 1; page <= w.pages; ++page) {
        const QString t = flat(pageText(w.path, page));
        INFO("page " << page << ": " << t);
        CHECK(t.contains(QStringLiteral("DANH SÁCH KÝ TÊN")));
        // A working paper filled in at the door: the header, but no number (issue 13).
        CHECK(t.contains(QStringLiteral("BCH ĐOÀN TỈNH TÂY NINH ĐOÀN TNCS HỒ CHÍ MINH *** Tây "
                                        "Ninh, ngày 20 tháng 9 năm 2021 DANH SÁCH KÝ TÊN")));
        CHECK(t.contains(QStringLiteral("Tây Ninh, ngày 20 tháng 9 năm 2021")));
        CHECK_FALSE(t.contains(QStringLiteral("Số:")));
        CHECK_FALSE(t.contains(QStringLiteral("DS/TĐTN")));
        CHECK(t.contains(QStringLiteral("Thời gian: 08 giờ 00, ngày 15/10/2021 (Thứ Sáu)")));
        CHECK(t.contains(QStringLiteral("Địa điểm: Sảnh Trung tâm học tập sinh hoạt thanh thiếu "
                                        "nhi Tây Ninh")));
        CHECK(t.contains(QStringLiteral("Ký tên")));
        CHECK(t.contains(QStringLiteral("Đơn vị:")));
        CHECK_FALSE(t.contains(QStringLiteral("Điện thoại")));
        CHECK_FALSE(t.contains(QStringLiteral("0912.")));
        CHECK(t.contains(page <= 7 ? QStringLiteral("Tổng cộng: 10 đại biểu")
                                   : QStringLiteral("Tổng cộng: 0 đại biểu")));
    }
    CHECK(flat(pageText(w.path, 1)).contains(QStringLiteral("Đơn vị: Huyện đoàn Dương Minh Châu")));
    CHECK(flat(pageText(w.path, 11)).contains(QStringLiteral("Đơn vị: Ban Dân vận Tỉnh ủy")));

    // Three blank rows after the people of a unit, for substitutes and walk-ins: the total
    // stands four rows of 11 mm below the last person.
    d.attendees
        = { person(1, kTanBien, QStringLiteral("Lê"), QStringLiteral("Văn"), QStringLiteral("Ba")),
            person(2, kTanBien, QStringLiteral("Lê"), QStringLiteral("Văn"),
                   QStringLiteral("Cơ")) };
    PaperOptions tanBien;
    tanBien.unitId = kTanBien;
    const Written one
        = writePdf(dir, QStringLiteral("one.pdf"), PaperKind::SignInSheet, d, tanBien);
    REQUIRE(one.pages == 1);
    const auto words = wordTops(one.path, 1);
    const qreal ba = topOf(words, QStringLiteral("Ba"));
    const qreal co = topOf(words, QStringLiteral("Cơ"));
    const qreal total = topOf(words, QStringLiteral("Tổng"));
    REQUIRE(ba > 0);
    REQUIRE(total > 0);
    const qreal row = co - ba; // one row of 11 mm
    CHECK(row == Approx(11 / 25.4 * 72).margin(1));
    CHECK(total - co > 3 * row);
    CHECK(total - co < 4.5 * row);
}

TEST_CASE("papers: programme with clock times, titles per plan, no empty durations", "[papers]")
{
    QTemporaryDir dir;
    PaperData d = sampleData();
    d.agenda[3].onlineTitle = QStringLiteral("Trao đổi, giải đáp thắc mắc qua kênh fanpage Tỉnh "
                                             "đoàn");
    const Written w = writePdf(dir, QStringLiteral("programme.pdf"), PaperKind::Programme, d);
    checkFormat(w);
    CHECK(w.pages == 1);
    INFO(w.text);
    checkHeader(w.text, QStringLiteral("Số:"));
    CHECK(w.text.contains(QStringLiteral("CHƯƠNG TRÌNH")));
    CHECK(w.text.contains(QStringLiteral("08 giờ 00 – 08 giờ 10")));
    CHECK(w.text.contains(QStringLiteral("08 giờ 10 – 08 giờ 25")));
    CHECK(w.text.contains(QStringLiteral("10 phút")));
    CHECK(w.text.contains(QStringLiteral("Đối thoại trực tiếp")));
    CHECK(w.text.contains(QStringLiteral("Tổng thời gian: 3 giờ")));
    CHECK_FALSE(w.text.contains(QStringLiteral("fanpage Tỉnh đoàn")));

    d.event.activePlan = PlanKind::Online;
    d.plans[1].startTime = QTime(19, 30);
    const Written o = writePdf(dir, QStringLiteral("online.pdf"), PaperKind::Programme, d);
    INFO(o.text);
    CHECK(wordsInOrder(o.text,
                       QStringLiteral("Trao đổi, giải đáp thắc mắc qua kênh fanpage Tỉnh đoàn")));
    CHECK(o.text.contains(QStringLiteral("livestream) trên Fanpage Tỉnh đoàn Tây Ninh, địa chỉ: "
                                         "https://www.facebook.com/TinhDoanTayNinh")));
    CHECK_FALSE(o.text.contains(QStringLiteral("Đối thoại trực tiếp")));
    CHECK(o.text.contains(QStringLiteral("Giải đáp các câu hỏi")));
    CHECK(o.text.contains(QStringLiteral("19 giờ 30 – 19 giờ 40")));
    CHECK(o.text.contains(QStringLiteral("Tổng thời gian: 3 giờ 30 phút")));

    // A programme without durations or presenters (the plan's own) has no column for them.
    d.event.activePlan = PlanKind::InPerson;
    for (AgendaItem &a : d.agenda) {
        a.durationMinutes = 0;
        a.presenter.clear();
    }
    const Written bare = writePdf(dir, QStringLiteral("bare.pdf"), PaperKind::Programme, d);
    INFO(bare.text);
    CHECK_FALSE(bare.text.contains(QStringLiteral("phút")));
    CHECK_FALSE(bare.text.contains(QStringLiteral("Thời lượng")));
    CHECK_FALSE(bare.text.contains(QStringLiteral("Tổng thời gian")));
    CHECK_FALSE(bare.text.contains(QStringLiteral("Thực hiện")));
    CHECK(bare.text.contains(QStringLiteral("STT Nội dung")));
    CHECK(bare.text.contains(QStringLiteral("6 Kết thúc hội nghị")));
}

TEST_CASE("papers: compiled questions, each kept with the unit that sent it", "[papers]")
{
    QTemporaryDir dir;
    PaperData d = sampleData();
    const Written w = writePdf(dir, QStringLiteral("questions.pdf"), PaperKind::QuestionSummary, d);
    checkFormat(w);
    INFO(w.text);
    CHECK(w.text.contains(QStringLiteral("TỔNG HỢP Ý KIẾN, KIẾN NGHỊ, ĐỀ XUẤT")));
    // Compiled by those who sign it.
    CHECK(w.text.contains(QStringLiteral("Ban Thường vụ Tỉnh đoàn tổng hợp 7 ý kiến, kiến nghị, đề "
                                         "xuất gửi đến hội nghị")));
    CHECK_FALSE(w.text.contains(QStringLiteral("Ban Tổ chức – Kiểm tra Tỉnh đoàn tổng hợp")));
    CHECK(w.text.contains(QStringLiteral("I. Đoàn viên, thanh niên nêu ý kiến")));
    CHECK(w.text.contains(
        QStringLiteral("Trả lời (Đồng chí Giám đốc Sở Nội vụ): Sở Nội vụ sẽ phối hợp")));
    CHECK(w.text.contains(QStringLiteral("Đơn vị gửi: Huyện đoàn Dương Minh Châu")));
    CHECK_FALSE(w.text.contains(QStringLiteral("Câu hỏi trùng lặp đã gộp")));
    CHECK_FALSE(w.text.contains(QStringLiteral("Câu hỏi đã rút lại")));
    CHECK(
        w.text.contains(QStringLiteral("Tổng cộng: 7 ý kiến, kiến nghị, đề xuất; đã trả lời: 1.")));
    checkSigner(w.text);
    CHECK(w.text.contains(QStringLiteral("- Các cơ quan, đơn vị liên quan;")));

    // Many long questions over several pages: a question never leaves its unit line behind.
    const QString longText = QStringLiteral(
        "Đề nghị các cơ quan quan tâm hỗ trợ đoàn viên, thanh niên công nhân về nhà ở, nhà trẻ "
        "cho con em công nhân, sân chơi thể dục thể thao sau giờ làm việc và tạo điều kiện để "
        "Chi đoàn, Chi hội sinh hoạt định kỳ trong giờ hành chính tại doanh nghiệp ngoài nhà "
        "nước trên địa bàn tỉnh.");
    for (int i = 0; i < 40; ++i) {
        Question q = d.questions.first();
        q.id = 100 + i;
        q.status = QuestionStatus::Forwarded;
        q.answer.clear();
        q.text = QStringLiteral("Câu %1. ").arg(i + 1) + longText.left(120 + (i * 37) % 160);
        q.unitId = (i % 2) ? kHoaThanh : kThanhPho;
        d.questions << q;
    }
    const Written many = writePdf(dir, QStringLiteral("many.pdf"), PaperKind::QuestionSummary, d);
    REQUIRE(many.pages >= 3);
    static const QRegularExpression start(QStringLiteral("^\\d+\\. \\["));
    for (int page = 1; page <= many.pages; ++page) {
        const QStringList lines = pageLines(many.path, page);
        int questions = 0, units = 0;
        for (const QString &l : lines) {
            questions += start.match(l).hasMatch();
            units += l.startsWith(QStringLiteral("Đơn vị gửi:"));
        }
        INFO("page " << page << ":\n" << lines.join(QLatin1Char('\n')).toStdString());
        CHECK(questions == units);
    }
}

TEST_CASE("papers: plan text markup", "[papers][plan]")
{
    const RichText t = plantext::parseLine(
        QStringLiteral("***Phương án 1: Trực tiếp*** *(nếu ổn)* và \\*dấu sao"));
    CHECK(t.text() == QStringLiteral("Phương án 1: Trực tiếp (nếu ổn) và *dấu sao"));
    REQUIRE(t.runs().size() == 4);
    CHECK(t.runs()[0].emphasis == (Bold | Italic));
    CHECK(t.runs()[1].emphasis == Plain);
    CHECK(t.runs()[2].emphasis == Italic);
    CHECK(t.runs()[3].emphasis == Plain);
    CHECK(plantext::plain(QStringLiteral("**4. Thời gian:** Dự kiến"))
          == QStringLiteral("4. Thời gian: Dự kiến"));

    const QList<Paragraph> ps = plantext::paragraphs(
        QStringLiteral("Mở đầu.\n\n**I. MỤC ĐÍCH**\nNội dung gồm:\n- Một ý.\n**4. Thời gian:** "
                       "Dự kiến."));
    REQUIRE(ps.size() == 5);
    CHECK_FALSE(ps[0].style.keepWithNext);
    CHECK(ps[1].style.keepWithNext); // a heading
    CHECK(ps[2].style.keepWithNext); // a line that announces what follows
    CHECK_FALSE(ps[3].style.keepWithNext);
    CHECK_FALSE(ps[4].style.keepWithNext); // bold label with plain text: a paragraph
}

TEST_CASE("papers: a plan's paragraphs are never cut by a page break", "[papers][plan]")
{
    QTemporaryDir dir;
    PaperData d = sampleData();
    QStringList lines;
    for (int i = 1; i <= 30; ++i) {
        if (i % 6 == 1)
            lines << QStringLiteral("**%1. MỤC SỐ %1**").arg(i);
        lines << QStringLiteral("- Đoạn văn số %1 của kế hoạch: đoàn viên, thanh niên công nhân "
                                "trong các doanh nghiệp ngoài nhà nước trên địa bàn tỉnh nêu ý "
                                "kiến, kiến nghị các vấn đề vướng mắc, bất cập trong thực hiện "
                                "công tác đoàn gắn với việc làm chuyên môn, cần có sự phối hợp, "
                                "chỉ đạo của các cơ quan ban ngành trong toàn tỉnh (đoạn %1).")
                     .arg(i);
    }
    d.event.planText = lines.join(QLatin1Char('\n'));
    const Written w = writePdf(dir, QStringLiteral("plan.pdf"), PaperKind::Plan, d);
    REQUIRE(w.pages >= 3);
    // Each paragraph reads whole in the extracted text: no page number inside it.
    for (const QString &line : std::as_const(lines)) {
        INFO(line.toStdString());
        CHECK(w.text.contains(plantext::plain(line)));
    }
    CHECK(w.text.count(QLatin1Char('*')) == 3); // the header's "***", no markup
    // A heading is never the last line of a page.
    for (int page = 1; page < w.pages; ++page) {
        const QStringList l = pageLines(w.path, page);
        INFO("page " << page);
        CHECK_FALSE(l.last().contains(QStringLiteral("MỤC SỐ")));
    }

    // Without a text of its own the plan is drafted from the facts.
    d.event.planText.clear();
    const Written draft = writePdf(dir, QStringLiteral("draft.pdf"), PaperKind::Plan, d);
    INFO(draft.text);
    for (const char *heading :
         { "I. MỤC ĐÍCH, YÊU CẦU", "II. NỘI DUNG, HÌNH THỨC, CHƯƠNG TRÌNH",
           "III. THÀNH PHẦN, SỐ LƯỢNG, THỜI GIAN VÀ ĐỊA ĐIỂM", "IV. TỔ CHỨC THỰC HIỆN" })
        CHECK(draft.text.contains(QString::fromUtf8(heading)));
    CHECK(draft.text.contains(QStringLiteral("+ Huyện đoàn Dương Minh Châu: 22 đồng chí trong Ban "
                                             "Chấp hành các Chi đoàn, Chi hội.")));
    CHECK(draft.text.contains(QStringLiteral("4. Thời gian: Dự kiến trong tháng 10 năm 2021.")));
    checkSigner(draft.text);
}

TEST_CASE("papers: the delegate list prints a union's reserves after its people under their "
          "own line and no letter or badge or line to sign for them unless chosen",
          "[papers][reserve]")
{
    QTemporaryDir dir;
    PaperData d = sampleData();
    // Written by hand: two delegates, and a reserve whose name sorts before theirs.
    Attendee reserve
        = person(3, kTanBien, QStringLiteral("Khổng"), QStringLiteral("Thị"), QStringLiteral("An"));
    reserve.reserve = true;
    reserve.status = InvitationStatus::NotInvited;
    d.attendees
        = { person(1, kTanBien, QStringLiteral("Lê"), QStringLiteral("Văn"), QStringLiteral("Ba")),
            person(2, kTanBien, QStringLiteral("Lê"), QStringLiteral("Văn"), QStringLiteral("Cơ")),
            reserve };
    const Written w = writePdf(dir, QStringLiteral("reserves.pdf"), PaperKind::DelegateList, d);
    REQUIRE(w.pages == 1);
    QStringList flow;
    for (const QString &l : pageLines(w.path, 1))
        if (isHeading(l) || isRow(l) || isTotal(l) || l == QStringLiteral("Đại biểu dự khuyết"))
            flow << l;
    INFO(flow.join(QLatin1Char('\n')).toStdString());
    REQUIRE(flow.size() == 6);
    CHECK(flow[0] == QStringLiteral("I. Huyện đoàn Tân Biên (2 người)"));
    CHECK(flat(flow[1]).startsWith(QStringLiteral("1 Lê Văn Ba ")));
    CHECK(flat(flow[2]).startsWith(QStringLiteral("2 Lê Văn Cơ ")));
    CHECK(flow[3] == QStringLiteral("Đại biểu dự khuyết"));
    CHECK(flat(flow[4]).startsWith(QStringLiteral("1 Khổng Thị An ")));
    CHECK(flow[5] == QStringLiteral("Tổng cộng: 2 đại biểu (Nam: 2, Nữ: 0); dự khuyết: 1"));

    // The sign-in sheet and the badges are for those who come: not the reserve.
    const Written sheet = writePdf(dir, QStringLiteral("sheet.pdf"), PaperKind::SignInSheet, d);
    CHECK(sheet.text.contains(QStringLiteral("Lê Văn Ba")));
    CHECK_FALSE(sheet.text.contains(QStringLiteral("Khổng")));
    const Written badges = writePdf(dir, QStringLiteral("badges.pdf"), PaperKind::Badges, d);
    CHECK(badges.text.contains(QStringLiteral("Cơ")));
    CHECK_FALSE(badges.text.contains(QStringLiteral("Khổng")));
    // Letters: not with the delegates, but when the clerk chooses the reserve.
    QList<qint64> invited;
    for (const Attendee &a : papers::invitees(d, {}))
        invited << a.id;
    CHECK(invited == QList<qint64> { 1, 2 });
    PaperOptions chosen;
    chosen.attendeeIds = { 3 };
    REQUIRE(papers::invitees(d, chosen).size() == 1);
    CHECK(papers::invitees(d, chosen).first().id == 3);
}
