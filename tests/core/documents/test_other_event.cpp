// Papers of an event that is not the sample (branch qa4paper): next year's event of another
// province, another signer who signs "KT. BÍ THƯ / PHÓ BÍ THƯ", another plan chosen, other
// unions, guests, people, questions and budget. Every paper is read back with pdftotext and
// compared with words written here by hand; no word of the 2021 sample may appear in it.
#include "paperfixture.h"

#include "documents/papers.h"

#include <QRegularExpression>

using namespace dd;
using namespace dd::documents;
using namespace paperfixture;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kOrg = 101, kVp = 102, kBienHoa = 110, kTrangBom = 111, kLongKhanh = 112,
                 kLdld = 130, kLdtbxh = 131, kKcn = 132, kBao = 140;

// Monday 15/3/2027, 14:00, signed on 01/3/2027 (a Monday too), under the online plan.
PaperData otherEvent()
{
    PaperData d;
    Event &ev = d.event;
    ev.id = 7;
    ev.title = u"Đối thoại giữa Thường trực Tỉnh đoàn với đoàn viên, thanh niên công nhân các "
               u"khu công nghiệp năm 2027"_s;
    ev.organiser = u"Ban Thường vụ Tỉnh đoàn Đồng Nai"_s;
    ev.parentPlanRef = u"Chương trình số 05-CTr/TĐTN-BTC, ngày 10/01/2027 của Ban Thường vụ "
                       u"Tỉnh đoàn"_s;
    ev.purpose = u"Lắng nghe tâm tư, nguyện vọng của thanh niên công nhân."_s;
    ev.requirements = u"Tổ chức thiết thực, tiết kiệm."_s;
    ev.plannedYear = 2027;
    ev.plannedMonth = 3;
    ev.date = QDate(2027, 3, 15);
    ev.activePlan = PlanKind::Online;
    ev.questionDeadline = QDate(2027, 3, 8);
    ev.minQuestionsPerHost = 3;
    ev.intakeEmail = u"bantochuc.tinhdoandongnai@gmail.com"_s;
    ev.intakeContact = u"đồng chí Phan Văn Khải – Trưởng Ban Tổ chức Tỉnh đoàn"_s;
    ev.intakePhone = u"0251.3822.456"_s;

    Plan p1;
    p1.id = 71;
    p1.eventId = 7;
    p1.kind = PlanKind::InPerson;
    p1.number = 1;
    p1.name = u"Đối thoại trực tiếp tại hội trường"_s;
    p1.venue = u"Hội trường Nhà Văn hóa Thanh niên tỉnh Đồng Nai"_s;
    p1.capacity = 60;
    p1.startTime = QTime(14, 0);
    Plan p2;
    p2.id = 72;
    p2.eventId = 7;
    p2.kind = PlanKind::Online;
    p2.number = 2;
    p2.name = u"Đối thoại trực tuyến"_s;
    p2.venue = u"Phòng họp số 3, trụ sở Tỉnh đoàn Đồng Nai"_s;
    p2.livestreamUrl = u"https://www.facebook.com/tuoitredongnai"_s;
    p2.startTime = QTime(14, 0);
    d.plans = { p1, p2 };

    DocumentSettings &st = d.settings;
    st.eventId = 7;
    st.issuingBodyLine1 = u"BCH ĐOÀN TỈNH ĐỒNG NAI"_s;
    st.placeName = u"Biên Hòa"_s;
    st.signerCapacity = u"KT. BÍ THƯ"_s;
    st.signerTitle = u"PHÓ BÍ THƯ"_s;
    st.signerName = u"Lê Quốc Bảo"_s;
    st.recipients = { u"Thường trực Tỉnh ủy"_s, u"Đ/c Lê Quốc Bảo – PBT Tỉnh đoàn"_s,
                      u"Các cơ sở Đoàn trực thuộc"_s, u"Lưu VP, BTC"_s };
    st.contactLine = u"Liên hệ đồng chí Phan Văn Khải, điện thoại: 0251.3822.456"_s;
    st.whatToBring = u"giấy mời, thẻ đoàn viên"_s;
    st.preparerName = u"Ngô Thị Mai"_s;
    for (PaperKind k : kAllPaperKinds)
        st.numbering[k] = { u"GM/TĐTN-BTG"_s, 7, {}, {} };

    const QList<Unit> units {
        unit(kOrg, u"Tỉnh đoàn Đồng Nai"_s, UnitKind::Provincial),
        unit(kVp, u"Văn phòng Tỉnh đoàn Đồng Nai"_s, UnitKind::Provincial),
        unit(kBienHoa, u"Thành đoàn Biên Hòa"_s, UnitKind::District),
        unit(kTrangBom, u"Huyện đoàn Trảng Bom"_s, UnitKind::District),
        unit(kLongKhanh, u"Thành đoàn Long Khánh"_s, UnitKind::District),
        unit(kLdld, u"Liên đoàn Lao động tỉnh"_s, UnitKind::GuestAgency),
        unit(kLdtbxh, u"Sở Lao động – Thương binh và Xã hội"_s, UnitKind::GuestAgency),
        unit(kKcn, u"Ban Quản lý các khu công nghiệp Đồng Nai"_s, UnitKind::GuestAgency),
        unit(kBao, u"Báo Đồng Nai"_s, UnitKind::Press),
    };
    for (Unit u : units) {
        if (u.id == kVp)
            u.parentId = kOrg;
        d.units.insert(u.id, u);
    }
    const QString bch = u"đoàn viên công nhân"_s;
    d.eventUnits = { eventUnit(kOrg, UnitRole::Organiser),
                     eventUnit(kBienHoa, UnitRole::Host, 12, bch),
                     eventUnit(kTrangBom, UnitRole::Host, 9, bch),
                     eventUnit(kLongKhanh, UnitRole::Host, 7, bch),
                     eventUnit(kLdld, UnitRole::Guest),
                     eventUnit(kLdtbxh, UnitRole::Guest),
                     eventUnit(kKcn, UnitRole::Guest),
                     eventUnit(kBao, UnitRole::Press) };
    for (EventUnit &eu : d.eventUnits)
        eu.eventId = 7;

    d.topics = { { 1, 7, 1, u"Việc làm, thu nhập và nhà ở của công nhân trẻ"_s, 0 },
                 { 2, 7, 2, u"Học tập, nâng cao tay nghề"_s, 0 } };

    const QStringList titles { u"Khai mạc, giới thiệu đại biểu"_s,
                               u"Báo cáo tình hình thanh niên công nhân"_s,
                               u"Phát biểu của đại diện Liên đoàn Lao động tỉnh"_s,
                               u"Đối thoại"_s,
                               u"Phát biểu kết luận"_s,
                               u"Bế mạc"_s };
    const int minutes[] = { 20, 25, 10, 95, 15, 5 };
    for (int i = 0; i < titles.size(); ++i) {
        AgendaItem a;
        a.id = 700 + i;
        a.eventId = 7;
        a.position = (i + 1) * 10;
        a.title = titles[i];
        a.durationMinutes = minutes[i];
        a.presenter = i == 4 ? u"Đồng chí Lê Quốc Bảo"_s : QString();
        d.agenda << a;
    }

    // 30 delegates, ten per union; two with workplaces of 60 characters.
    const qint64 hosts[] = { kBienHoa, kTrangBom, kLongKhanh };
    const QStringList families { u"Nguyễn"_s, u"Trần"_s, u"Lý"_s, u"Mai"_s, u"Tạ"_s };
    const QStringList givens { u"An"_s, u"Bình"_s, u"Cường"_s, u"Dũng"_s, u"Giang"_s, u"Hải"_s };
    for (int i = 0; i < 30; ++i) {
        Attendee a = person(1000 + i, hosts[i % 3], families[i % 5], i % 2 ? u"Thị"_s : u"Văn"_s,
                            givens[i % 6]);
        a.eventId = 7;
        a.position = u"Đoàn viên"_s;
        a.workplace = u"Công ty TNHH Giày da Tân Phú %1"_s.arg(i);
        d.attendees << a;
    }
    d.attendees[0].workplace = u"Chi đoàn Công ty Cổ phần Sản xuất Thương mại Dịch vụ Hòa Bình"_s;
    d.attendees[1].workplace = u"Chi hội thanh niên công nhân Khu công nghiệp Amata Biên Hòa 2"_s;
    Attendee guest = person(1100, kLdld, u"Vương"_s, u"Hữu"_s, u"Tài"_s);
    guest.eventId = 7;
    guest.role = AttendeeRole::Guest;
    guest.position = u"Phó Chủ tịch"_s;
    d.attendees << guest;
    Attendee signer = person(1101, kOrg, u"Lê"_s, u"Quốc"_s, u"Bảo"_s);
    signer.eventId = 7;
    signer.role = AttendeeRole::Chair;
    signer.gender = Gender::Male;
    signer.position = u"Phó Bí thư Tỉnh đoàn"_s;
    d.attendees << signer;

    for (int i = 0; i < 8; ++i) {
        Question q;
        q.id = 800 + i;
        q.eventId = 7;
        q.unitId = hosts[i % 3];
        q.kind = QuestionKind::Recommendation;
        q.topicId = i % 2 + 1;
        q.text = u"Kiến nghị thứ %1 về nhà trọ cho công nhân khu công nghiệp."_s.arg(i + 1);
        q.receivedOn = QDate(2027, 2, 10 + i);
        q.status = QuestionStatus::Forwarded;
        q.forwardedToUnitId = i % 2 ? kLdld : kLdtbxh;
        d.questions << q;
    }

    const auto line = [&](int pos, const QString &section, const QString &content, qint64 qty,
                          qint64 price, BudgetPlans plans) {
        BudgetItem b;
        b.id = 900 + pos;
        b.eventId = 7;
        b.position = pos;
        b.section = section;
        b.content = content;
        b.measure = u"buổi"_s;
        b.quantityMilli = qty * BudgetItem::kQuantityScale;
        b.unitPrice = price;
        b.plans = plans;
        d.budget << b;
    };
    line(1, u"Hội trường"_s, u"Thuê hội trường"_s, 1, 4'000'000, BudgetPlans::InPerson);
    line(2, u"Kỹ thuật"_s, u"Thuê thiết bị phát trực tuyến"_s, 1, 3'500'000, BudgetPlans::Online);
    line(3, u"Tài liệu"_s, u"In tài liệu"_s, 60, 15'000, BudgetPlans::Both);

    d.issueDate = QDate(2027, 3, 1);
    d.number = 7;
    return d;
}

// Words of the 2021 sample and of the seed that no paper of this event may print. (The default
// symbols' "TCKT", the Organisation–Inspection Board every provincial union has, is not one.)
const QStringList kSampleWords { u"2021"_s,
                                 u"2020"_s,
                                 u"Tây Ninh"_s,
                                 u"TÂY NINH"_s,
                                 u"Dương Minh Châu"_s,
                                 u"Hòa Thành"_s,
                                 u"Thúy"_s,
                                 u"Hoàng Thị"_s,
                                 u"Đoàn Thị Hồng"_s,
                                 u"Sảnh Trung tâm"_s,
                                 u"TinhDoanTayNinh"_s,
                                 u"0938"_s,
                                 u"Thứ Sáu"_s,
                                 u"15/10"_s,
                                 u"30/8"_s,
                                 u"Covid"_s,
                                 u"Chỉ thị 15"_s,
                                 u"TM. BAN THƯỜNG VỤ"_s,
                                 u"Ban Chấp hành Chi đoàn"_s,
                                 u"0 giờ 00"_s };

QStringList leaks(const QString &text)
{
    QStringList out;
    for (const QString &w : kSampleWords)
        if (text.contains(w))
            out << w;
    return out;
}

// The signature block: KT. BÍ THƯ / PHÓ BÍ THƯ / Lê Quốc Bảo, in this order.
void checkOtherSigner(const QString &text)
{
    const qsizetype kt = text.indexOf(u"KT. BÍ THƯ"_s);
    const qsizetype title = text.indexOf(u"PHÓ BÍ THƯ"_s, kt);
    CHECK(kt >= 0);
    CHECK(title > kt);
    CHECK(text.indexOf(u"Lê Quốc Bảo"_s, title) > title);
}

// Every paper of the event under plan 2 and plan 1 (the covering letter to the labour
// federation), written as "<prefix><paper>-<plan>.pdf" and handed to `check`.
template<typename Check>
void everyPaper(const QTemporaryDir &dir, PaperData d, const QString &prefix, Check check)
{
    for (PlanKind plan : { PlanKind::Online, PlanKind::InPerson }) {
        d.event.activePlan = plan;
        for (PaperKind kind : kAllPaperKinds) {
            PaperOptions opt;
            if (kind == PaperKind::ForwardLetter)
                opt.unitId = kLdld;
            const QString name = prefix
                + u"%1-%2.pdf"_s.arg(paperKindKey(kind), plan == PlanKind::Online ? "2" : "1");
            INFO(name.toStdString());
            check(kind, writePdf(dir, name, kind, d, opt));
        }
    }
}

} // namespace

TEST_CASE("other event: no paper prints a word of the 2021 sample, under either plan",
          "[papers][otherevent]")
{
    QTemporaryDir dir;
    everyPaper(dir, otherEvent(), {}, [](PaperKind kind, const Written &w) {
        INFO(w.text.toStdString());
        CHECK(leaks(w.text).join(u", "_s).toStdString().empty());
        if (kind == PaperKind::Badges || kind == PaperKind::PlaceCards || kind == PaperKind::Labels)
            return;
        CHECK(w.text.contains(u"BCH ĐOÀN TỈNH ĐỒNG NAI"_s));
        CHECK(w.text.contains(u"Biên Hòa, ngày 01 tháng 3 năm 2027"_s));
        if (paperCarriesNumber(kind))
            CHECK(w.text.contains(u"Số: 07-GM/TĐTN-BTG"_s));
    });
}

namespace {

// What stands between "Nơi nhận:" and the end of the paper.
QString recipientsOf(const QString &text)
{
    const qsizetype at = text.lastIndexOf(u"Nơi nhận:"_s);
    return at < 0 ? QString() : text.mid(at);
}

} // namespace

TEST_CASE("other event: dates, weekday, time and signer are the event's", "[papers][otherevent]")
{
    QTemporaryDir dir;
    const PaperData d = otherEvent();
    for (PaperKind kind :
         { PaperKind::UnitInvitation, PaperKind::PersonInvitation, PaperKind::OnlineNotice,
           PaperKind::Programme, PaperKind::Plan, PaperKind::Report }) {
        INFO(paperKindKey(kind).toStdString());
        const Written w = writePdf(dir, paperKindKey(kind) + u".pdf"_s, kind, d);
        INFO(w.text.toStdString());
        // 15/3/2027 is a Monday; the meeting begins at two in the afternoon.
        CHECK(w.text.contains(u"14 giờ 00, ngày 15/03/2027 (Thứ Hai)"_s));
        if (kind != PaperKind::Programme) // the programme is not signed
            checkOtherSigner(w.text);
    }
}

TEST_CASE("other event: the programme's clock follows a changed duration", "[papers][otherevent]")
{
    QTemporaryDir dir;
    PaperData d = otherEvent();
    d.agenda[1].durationMinutes = 40; // the report: 25 → 40 minutes
    const Written w = writePdf(dir, u"programme.pdf"_s, PaperKind::Programme, d);
    INFO(w.text.toStdString());
    // Written by hand from 14:00 + 20, 40, 10, 95, 15 and 5 minutes.
    for (const QString &span :
         { u"14 giờ 00 – 14 giờ 20"_s, u"14 giờ 20 – 15 giờ 00"_s, u"15 giờ 00 – 15 giờ 10"_s,
           u"15 giờ 10 – 16 giờ 45"_s, u"16 giờ 45 – 17 giờ 00"_s, u"17 giờ 00 – 17 giờ 05"_s })
        CHECK(w.text.contains(span));
    CHECK(w.text.contains(u"Tổng thời gian: 3 giờ 5 phút"_s));
    CHECK(w.text.contains(u"(Phương án 2: trực tuyến)"_s));
}

TEST_CASE("other event: the report names the form of the plan in use with one colon",
          "[papers][otherevent]")
{
    QTemporaryDir dir;
    PaperData d = otherEvent();
    const Written online = writePdf(dir, u"report-2.pdf"_s, PaperKind::Report, d);
    CHECK(online.text.contains(u"- Hình thức: trực tuyến (Phương án 2)."_s));
    d.event.activePlan = PlanKind::InPerson;
    const Written inPerson = writePdf(dir, u"report-1.pdf"_s, PaperKind::Report, d);
    CHECK(inPerson.text.contains(u"- Hình thức: trực tiếp (Phương án 1)."_s));
    CHECK_FALSE(inPerson.text.contains(u"Hình thức: Phương án"_s));
}

TEST_CASE("other event: the plan is not sent to its signer, and asks the hosts for the event's "
          "people",
          "[papers][otherevent]")
{
    QTemporaryDir dir;
    const PaperData d = otherEvent();
    const Written w = writePdf(dir, u"plan.pdf"_s, PaperKind::Plan, d);
    INFO(w.text.toStdString());
    const QString to = recipientsOf(w.text);
    CHECK(to.contains(u"- Thường trực Tỉnh ủy;"_s));
    CHECK(to.contains(u"- Các cơ sở Đoàn trực thuộc;"_s));
    CHECK(to.contains(u"- Lưu VP, BTC."_s));
    // The settings name the signer among the recipients: he signs, he is not sent a copy.
    CHECK_FALSE(to.contains(u"PBT Tỉnh đoàn"_s));
    CHECK(occurrences(w.text, u"Lê Quốc Bảo"_s) == 1);
    // The host unions invite the event's people (their quota notes), not branch committees.
    CHECK(w.text.contains(u"- Nhờ Thành đoàn Biên Hòa, Huyện đoàn Trảng Bom, Thành đoàn Long "
                          u"Khánh mời, số lượng cụ thể như sau: + Thành đoàn Biên Hòa: 12 đoàn "
                          u"viên công nhân."_s));
    // No task yet: the heading keeps a line to fill in, the closing follows it.
    CHECK(w.text.contains(u"IV. TỔ CHỨC THỰC HIỆN …………………………………………………………………………"
                          u" Trên đây là Kế hoạch"_s));
}

TEST_CASE("other event: place cards say whose leader sits there", "[papers][otherevent]")
{
    QTemporaryDir dir;
    const Written w = writePdf(dir, u"cards.pdf"_s, PaperKind::PlaceCards, otherEvent());
    INFO(w.text.toStdString());
    CHECK(w.text.contains(u"Phó Chủ tịch, Liên đoàn Lao động tỉnh"_s));
    CHECK(w.text.contains(u"Phó Bí thư Tỉnh đoàn Đồng Nai"_s));
}

TEST_CASE("other event: a budget table going on to the next page names its plan there",
          "[papers][otherevent]")
{
    QTemporaryDir dir;
    PaperData d = otherEvent();
    // Enough lines for the online table to go on to page 2.
    for (int i = 0; i < 40; ++i) {
        BudgetItem b = d.budget.last();
        b.id = 950 + i;
        b.position = 10 + i;
        b.content = u"Nước uống, buổi thứ %1"_s.arg(i + 1);
        b.plans = BudgetPlans::Online;
        d.budget << b;
    }
    const Written w = writePdf(dir, u"budget.pdf"_s, PaperKind::Budget, d);
    const QStringList pages = pagesOf(w);
    REQUIRE(pages.size() >= 2);
    INFO(pages[1].toStdString());
    CHECK(pages[0].contains(u"I. PHƯƠNG ÁN 2: TRỰC TUYẾN"_s));
    CHECK_FALSE(pages[0].contains(u"(tiếp theo)"_s));
    // Page 2 starts with the header and says whose table goes on.
    CHECK(pages[1].contains(u"Thành tiền lượng I. PHƯƠNG ÁN 2: TRỰC TUYẾN (tiếp theo) 26 "_s));
    // The in-person table starts whole under its own heading, which needs no "(tiếp theo)".
    CHECK(w.text.count(u"II. PHƯƠNG ÁN 1: TRỰC TIẾP"_s) == 1);
    CHECK_FALSE(w.text.contains(u"PHƯƠNG ÁN 1: TRỰC TIẾP (tiếp theo)"_s));
}

namespace {

// An event just created: a title, the two plans without venue or time, the letterhead of the
// settings, and nothing else: no date, programme, units, people, questions, budget or signer.
PaperData emptyEvent()
{
    PaperData d;
    d.event.id = 9;
    d.event.title = u"Hội nghị đối thoại với thanh niên năm 2027"_s;
    d.event.plannedYear = 2027;
    for (PlanKind kind : { PlanKind::InPerson, PlanKind::Online }) {
        Plan p;
        p.eventId = 9;
        p.kind = kind;
        p.number = kind == PlanKind::InPerson ? 1 : 2;
        d.plans << p;
    }
    d.settings.eventId = 9;
    d.settings.issuingBodyLine1 = u"BCH ĐOÀN TỈNH ĐỒNG NAI"_s;
    d.settings.placeName = u"Biên Hòa"_s;
    d.settings.signerCapacity = u"KT. BÍ THƯ"_s;
    d.settings.signerTitle = u"PHÓ BÍ THƯ"_s;
    return d;
}

} // namespace

TEST_CASE("empty event: every paper prints blanks to fill or says what is missing",
          "[papers][otherevent]")
{
    QTemporaryDir dir;
    for (PlanKind plan : { PlanKind::InPerson, PlanKind::Online }) {
        PaperData d = emptyEvent();
        d.event.activePlan = plan;
        for (PaperKind kind : kAllPaperKinds) {
            const QString name = u"empty-%1-%2.pdf"_s.arg(paperKindKey(kind),
                                                          plan == PlanKind::Online ? "2" : "1");
            INFO(name.toStdString());
            // Papers made of what the event lacks say so; the others print with blanks.
            const bool printable = kind == PaperKind::OnlineNotice || kind == PaperKind::Plan
                || kind == PaperKind::Report;
            const Status can = papers::check(kind, d, {});
            CHECK(can.ok() == printable);
            if (!can.ok()) {
                // Said in words (translated by the caller), nothing written.
                CHECK(can.error().size() > 40);
                continue;
            }
            const Written w = writePdf(dir, name, kind, d);
            INFO(w.text.toStdString());
            CHECK(leaks(w.text).join(u", "_s).toStdString().empty());
            // Every page holds something besides its number.
            for (const QString &page : pagesOf(w))
                CHECK(page.size() > 40);
            // No date yet: the place and date line leaves the day to fill in by hand.
            CHECK(w.text.contains(u"Biên Hòa, ngày tháng năm 2027"_s));
            CHECK_FALSE(w.text.contains(u"Bí thư trân trọng"_s));
            CHECK_FALSE(w.text.contains(u"Bí thư thông báo"_s));
            CHECK_FALSE(w.text.contains(u"Bí thư ban hành"_s));
        }
    }
}

TEST_CASE("empty event: the plan and the notice leave blanks, and the Standing Committee speaks",
          "[papers][otherevent]")
{
    QTemporaryDir dir;
    PaperData d = emptyEvent();
    const Written plan = writePdf(dir, u"plan.pdf"_s, PaperKind::Plan, d);
    INFO(plan.text.toStdString());
    const QString dots = u"…………………………………………………………………………"_s;
    CHECK(plan.text.startsWith(u"BCH ĐOÀN TỈNH ĐỒNG NAI"_s));
    CHECK(plan.text.contains(u"Ban Thường vụ Tỉnh đoàn ban hành kế hoạch hội nghị đối thoại "
                             u"với thanh niên năm 2027, cụ thể như sau:"_s));
    for (const QString &heading :
         { u"1. Mục đích"_s, u"2. Yêu cầu"_s, u"các chủ đề sau:"_s, u"3. Chương trình chi tiết:"_s,
           u"2. Thành phần khách mời:"_s, u"3. Thành phần, số lượng đại biểu tham dự:"_s,
           u"IV. TỔ CHỨC THỰC HIỆN"_s })
        CHECK(plan.text.contains(heading + u' ' + dots));
    CHECK(plan.text.contains(u"Nội dung tập trung xoay quanh các chủ đề sau:"_s));
    CHECK(plan.text.contains(u"của Ban Thường vụ Tỉnh đoàn, đề nghị"_s));

    d.event.activePlan = PlanKind::Online;
    const Written notice = writePdf(dir, u"notice.pdf"_s, PaperKind::OnlineNotice, d);
    INFO(notice.text.toStdString());
    CHECK(notice.text.contains(u"Ban Thường vụ Tỉnh đoàn thông báo hội nghị"_s));
    // No venue yet: not a meeting room of the sample's.
    CHECK(notice.text.contains(u"2. Địa điểm: Sẽ thông báo sau."_s));
    CHECK_FALSE(notice.text.contains(u"Phòng họp"_s));
}

TEST_CASE("extreme event: a unit name of 120 characters, a one-word name, 300 delegates in one "
          "union",
          "[papers][otherevent][extreme]")
{
    QTemporaryDir dir;
    PaperData d = otherEvent();
    const QString longName
        = u"Đoàn Thanh niên Cộng sản Hồ Chí Minh Tổng Công ty Công nghiệp Thực phẩm Đồng Nai – "
          u"Chi nhánh Khu công nghiệp Biên Hòa II"_s;
    REQUIRE(longName.size() >= 118);
    d.units[kLongKhanh].name = longName;
    d.attendees[2].familyName.clear();
    d.attendees[2].middleName.clear();
    d.attendees[2].givenName = u"Khiêm"_s; // a one-word name (an ethnic-minority delegate)
    for (int i = 0; i < 300; ++i) {
        Attendee a = person(2000 + i, kBienHoa, u"Nguyễn"_s, u"Văn"_s, u"Số%1"_s.arg(i + 1));
        a.eventId = 7;
        d.attendees << a;
    }
    everyPaper(dir, d, u"x-"_s, [](PaperKind, const Written &w) {
        // Nothing runs off a page: every word lies inside the sheet.
        for (const PdfWord &word : pdfWords(w.path)) {
            INFO(word.text.toStdString() << " on page " << word.page);
            CHECK(word.right <= 842);
            CHECK(word.bottom <= 842);
        }
    });
    // The long name is printed whole on the lists and the letters to it.
    d.event.activePlan = PlanKind::InPerson;
    for (PaperKind kind : { PaperKind::DelegateList, PaperKind::UnitInvitation }) {
        const Written w = writePdf(dir, u"long-%1.pdf"_s.arg(paperKindKey(kind)), kind, d);
        CHECK(w.text.contains(longName));
    }
    const Written list = writePdf(dir, u"list-300.pdf"_s, PaperKind::DelegateList, d);
    CHECK(list.text.contains(u"Khiêm"_s));
    CHECK(list.text.contains(u"Tổng cộng: 331 đại biểu"_s));
}
