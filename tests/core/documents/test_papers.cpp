// The letters and the notice on hand-made data, read back from the PDF with poppler: who gets
// a letter, what each says under each plan, the date and number formats of Decree 30.
#include "documents/papers.h"
#include "documents/papertext.h"
#include "paperfixture.h"

#include "util/platform.h"

#include <QFile>
#include <QRegularExpression>

using namespace dd;
using namespace dd::documents;
using namespace paperfixture;

TEST_CASE("papers: the date and number formats of Decree 30", "[papers]")
{
    using namespace dd::documents::papertext;
    CHECK(dateWords(QDate(2021, 9, 20)) == QStringLiteral("ngày 20 tháng 9 năm 2021"));
    CHECK(dateWords(QDate(2021, 3, 5)) == QStringLiteral("ngày 05 tháng 3 năm 2021"));
    CHECK(dateWords(QDate(2021, 2, 5)) == QStringLiteral("ngày 05 tháng 02 năm 2021"));
    CHECK(dateWords(QDate(2021, 1, 15)) == QStringLiteral("ngày 15 tháng 01 năm 2021"));
    CHECK(dateWords(QDate(2021, 12, 31)) == QStringLiteral("ngày 31 tháng 12 năm 2021"));
    // No date: blanks to fill in by hand, with the event's year.
    CHECK(dateWords(QDate(), 2021) == QStringLiteral("ngày      tháng      năm 2021"));
    CHECK(placeAndDate(QStringLiteral("Tây Ninh"), QDate(), 2021)
          == QStringLiteral("Tây Ninh, ngày      tháng      năm 2021"));
    CHECK(numberLine(12, QStringLiteral("GM/TĐTN-VP")) == QStringLiteral("Số: 12-GM/TĐTN-VP"));
    CHECK(numberLine(1, QStringLiteral("GM/TĐTN-VP")) == QStringLiteral("Số: 01-GM/TĐTN-VP"));
    CHECK(numberLine(9, QStringLiteral("KH/TĐTN-TCKT")) == QStringLiteral("Số: 09-KH/TĐTN-TCKT"));
    CHECK(numberLine(0, QStringLiteral("GM/TĐTN-VP")).endsWith(QStringLiteral("-GM/TĐTN-VP")));
    CHECK_FALSE(numberLine(0, QStringLiteral("GM/TĐTN-VP")).contains(QLatin1Char('0')));
    CHECK(roman(1) == QStringLiteral("I"));
    CHECK(roman(4) == QStringLiteral("IV"));
    CHECK(roman(9) == QStringLiteral("IX"));
    CHECK(roman(14) == QStringLiteral("XIV"));
    CHECK(recipientLines({ QStringLiteral("- Thường trực Tỉnh ủy;"),
                           QStringLiteral("Lưu VP, BTCKT"), QStringLiteral("CBCC Tỉnh đoàn") })
          == QStringList { QStringLiteral("- Thường trực Tỉnh ủy;"),
                           QStringLiteral("- CBCC Tỉnh đoàn;"),
                           QStringLiteral("- Lưu VP, BTCKT.") });
}

TEST_CASE("papers: the header of guide 29, blank date with the event's year", "[papers]")
{
    QTemporaryDir dir;
    PaperData d = sampleData();
    d.attendees = generatedPeople(1);
    d.issueDate = {};
    d.number = 3;
    const Written w = writePdf(dir, QStringLiteral("head.pdf"), PaperKind::PersonInvitation, d);
    const QStringList lines = pageText(w.path, 1).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(lines.size() > 4);
    // Left: the issuing body, "***", the number; right: the union, the place and a blank date.
    CHECK(flat(lines[0]) == QStringLiteral("BCH ĐOÀN TỈNH TÂY NINH ĐOÀN TNCS HỒ CHÍ MINH"));
    CHECK(flat(lines[1]) == QStringLiteral("***"));
    CHECK(flat(lines[2]) == QStringLiteral("Số: 03-GM/TĐTN-VP Tây Ninh, ngày tháng năm 2021"));
    CHECK(QRegularExpression(QStringLiteral("Tây Ninh, ngày {2,}tháng {2,}năm 2021"))
              .match(lines[2])
              .hasMatch());
    // No "BAN THƯỜNG VỤ" under the issuing body unless the settings have it.
    CHECK_FALSE(lines.mid(0, 4).join(QLatin1Char(' ')).contains(QStringLiteral("BAN THƯỜNG VỤ")));
    d.settings.issuingBodyLine2 = QStringLiteral("BAN THƯỜNG VỤ");
    const Written two = writePdf(dir, QStringLiteral("two.pdf"), PaperKind::PersonInvitation, d);
    const QStringList l2 = pageText(two.path, 1).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    CHECK(flat(l2[1]) == QStringLiteral("BAN THƯỜNG VỤ"));
    CHECK(flat(l2[2]) == QStringLiteral("***"));
    CHECK(flat(l2[3]).startsWith(QStringLiteral("Số: 03-GM/TĐTN-VP Tây Ninh, ngày")));
    // The issuing body and the union are bold, the date italic (the fonts of the file).
    const QString fonts = testsupport::pdfFonts(w.path);
    CHECK(fonts.contains(QStringLiteral("Bold")));
    CHECK(fonts.contains(QStringLiteral("Italic")));
}

TEST_CASE("papers: personal letters go only to named invitees outside the organiser", "[papers]")
{
    QTemporaryDir dir;
    PaperData d = sampleData();
    d.attendees = generatedPeople(5);
    d.attendees[0].familyName = QStringLiteral("Đoàn");
    d.attendees[0].middleName = QStringLiteral("Văn");
    d.attendees[0].givenName = QStringLiteral("Hải");
    d.attendees[0].position = QStringLiteral("Bí thư Huyện đoàn");
    d.attendees[1].status = InvitationStatus::Declined;
    // Nobody else gets a letter: a nameless entry, the organiser's staff, a chair, the signer.
    Attendee nameless = person(100, kDuongMinhChau, {}, {}, {});
    nameless.role = AttendeeRole::CoChair;
    nameless.position = QStringLiteral("Bí thư Huyện đoàn Dương Minh Châu");
    Attendee staff = person(101, kBtckt, QStringLiteral("Đoàn"), QStringLiteral("Thị"),
                            QStringLiteral("Hồng"));
    staff.role = AttendeeRole::Staff;
    Attendee ownBoard = person(102, kVanPhong, QStringLiteral("Lý"), QStringLiteral("Thị"),
                               QStringLiteral("Mai"));
    Attendee signer = person(103, kTinhDoan, QStringLiteral("Hoàng"), QStringLiteral("Thị Thanh"),
                             QStringLiteral("Thúy"));
    signer.role = AttendeeRole::Chair;
    Attendee signerAsGuest = signer;
    signerAsGuest.id = 104;
    signerAsGuest.unitId = kNoiVu;
    signerAsGuest.role = AttendeeRole::Guest;
    d.attendees << nameless << staff << ownBoard << signer << signerAsGuest;
    for (const Attendee &a : { nameless, staff, ownBoard, signer, signerAsGuest }) {
        INFO(a.id);
        CHECK_FALSE(papers::getsPersonalLetter(a, d));
    }

    const Written w
        = writePdf(dir, QStringLiteral("invitations.pdf"), PaperKind::PersonInvitation, d);
    checkFormat(w);
    CHECK(w.pages == 4); // one page each; the one who declined gets none
    for (int page = 1; page <= 4; ++page) {
        const QString t = flat(pageText(w.path, page));
        INFO("page " << page << ": " << t);
        checkHeader(t, QStringLiteral("Số: 12-GM/TĐTN-VP"));
        checkSigner(t);
        CHECK(t.contains(QStringLiteral("GIẤY MỜI")));
        CHECK(t.contains(QStringLiteral("Ban Thường vụ Tỉnh đoàn trân trọng kính mời:")));
        CHECK(t.contains(QStringLiteral("Tham dự Hội nghị gặp gỡ, đối thoại giữa lãnh đạo Tỉnh "
                                        "đoàn")));
        CHECK(t.contains(QStringLiteral("Thời gian: Dự kiến trong tháng 10 năm 2021.")));
        CHECK(t.contains(QStringLiteral("Địa điểm: Sảnh Trung tâm học tập sinh hoạt thanh thiếu "
                                        "nhi Tây Ninh.")));
        CHECK(t.contains(QStringLiteral("Liên hệ: đồng chí Đoàn Thị Hồng – Trưởng Ban Tổ chức – "
                                        "Kiểm tra Tỉnh đoàn, điện thoại: 0938.428.213.")));
        CHECK(t.contains(QStringLiteral("Rất mong đồng chí đến dự đúng giờ./.")));
        CHECK(t.contains(QStringLiteral("Nơi nhận:")));
        CHECK(t.contains(QStringLiteral("- Như trên;")));
        CHECK(t.contains(QStringLiteral("- Lưu VP, BTCKT.")));
        CHECK_FALSE(t.contains(QStringLiteral("Đồng chí Đoàn Thị Hồng")));
        CHECK_FALSE(t.contains(QStringLiteral("Đồng chí Hoàng Thị Thanh Thúy")));
        CHECK_FALSE(t.contains(QStringLiteral("Đồng chí Lý Thị Mai")));
    }
    const QString first = flat(pageText(w.path, 1));
    CHECK(
        first.contains(QStringLiteral("Đồng chí Đoàn Văn Hải Bí thư Huyện đoàn Dương Minh Châu")));
    CHECK(first.contains(QStringLiteral("Đề nghị mang theo: giấy mời, khẩu trang.")));
    CHECK_FALSE(w.text.contains(d.attendees[1].fullName()));
    CHECK(flat(pageText(w.path, 2)).contains(d.attendees[2].fullName()));
}

TEST_CASE("papers: co-chairs, guests and the press are invited in the plan's words", "[papers]")
{
    QTemporaryDir dir;
    PaperData d = sampleData();
    d.issueDate = QDate(2021, 2, 5);
    Attendee coChair = person(1, kThanhPho, QStringLiteral("Lê"), QStringLiteral("Minh"),
                              QStringLiteral("Tuấn"));
    coChair.role = AttendeeRole::CoChair;
    coChair.position = QStringLiteral("Bí thư Thành đoàn");
    Attendee guest
        = person(2, kNoiVu, QStringLiteral("Trần"), QStringLiteral("Quốc"), QStringLiteral("Bảo"));
    guest.role = AttendeeRole::Guest;
    guest.position = QStringLiteral("Phó Giám đốc");
    Attendee press = person(3, kOrderUnit, QStringLiteral("Võ"), QStringLiteral("Thanh"),
                            QStringLiteral("Tâm"));
    press.role = AttendeeRole::Press;
    press.position = QStringLiteral("Phóng viên");
    d.attendees = { coChair, guest, press };
    const Written w = writePdf(dir, QStringLiteral("roles.pdf"), PaperKind::PersonInvitation, d);
    REQUIRE(w.pages == 3);
    const QString c = flat(pageText(w.path, 1));
    INFO(c);
    CHECK(c.contains(QStringLiteral("Tây Ninh, ngày 05 tháng 02 năm 2021")));
    CHECK(c.contains(QStringLiteral("Đồng chí Lê Minh Tuấn Bí thư Thành đoàn thành phố Tây Ninh")));
    CHECK(c.contains(QStringLiteral("Tham gia chủ trì cùng Ban Thường vụ Tỉnh đoàn tại Hội nghị "
                                    "gặp gỡ, đối thoại")));
    const QString g = flat(pageText(w.path, 2));
    CHECK(g.contains(QStringLiteral("Phó Giám đốc, Sở Nội vụ")));
    CHECK(g.contains(QStringLiteral("Tham dự Hội nghị gặp gỡ")));
    const QString p = flat(pageText(w.path, 3));
    CHECK(p.contains(QStringLiteral("Tham dự và đưa tin Hội nghị gặp gỡ")));
    CHECK(p.contains(QStringLiteral("Rất mong đồng chí đến dự và đưa tin./.")));
}

TEST_CASE("papers: under the online plan delegates follow the livestream", "[papers]")
{
    QTemporaryDir dir;
    PaperData d = sampleData();
    d.attendees = generatedPeople(20);
    d.attendees[4].role = AttendeeRole::Guest;
    d.attendees[4].unitId = kDanVan;
    d.event.date = QDate(2021, 10, 15);
    d.event.activePlan = PlanKind::Online;
    d.number = 0;
    PaperOptions opt;
    opt.attendeeIds = { 7, 3, 5 };
    const Written w
        = writePdf(dir, QStringLiteral("chosen.pdf"), PaperKind::PersonInvitation, d, opt);
    REQUIRE(w.pages == 3);
    const QString delegate = flat(pageText(w.path, 1));
    INFO(delegate);
    CHECK(delegate.contains(d.attendees[6].fullName()));
    CHECK(delegate.contains(QStringLiteral("Theo dõi trực tuyến Hội nghị gặp gỡ")));
    CHECK(delegate.contains(QStringLiteral("Thời gian: 08 giờ 00, ngày 15/10/2021 (Thứ Sáu).")));
    CHECK(delegate.contains(QStringLiteral("Hình thức: Hội nghị được phát trực tiếp (livestream) "
                                           "trên Fanpage Tỉnh đoàn Tây Ninh, địa chỉ: "
                                           "https://www.facebook.com/TinhDoanTayNinh.")));
    CHECK(delegate.contains(QStringLiteral("Đề nghị đồng chí gửi các vấn đề cần trao đổi, đề xuất, "
                                           "kiến nghị, các hiến kế về Tỉnh đoàn trước ngày "
                                           "30/8/2021")));
    CHECK(delegate.contains(QStringLiteral("Rất mong đồng chí quan tâm theo dõi./.")));
    CHECK_FALSE(delegate.contains(QStringLiteral("Địa điểm")));
    CHECK_FALSE(delegate.contains(QStringLiteral("đến dự")));
    CHECK(flat(pageText(w.path, 2)).contains(d.attendees[2].fullName()));
    // Only chairs, co-chairs and guests come to the meeting room.
    const QString guest = flat(pageText(w.path, 3));
    CHECK(guest.contains(d.attendees[4].fullName()));
    CHECK(guest.contains(QStringLiteral("Địa điểm: Phòng họp Tỉnh đoàn.")));
    CHECK_FALSE(w.text.contains(QStringLiteral("Sảnh Trung tâm")));
    CHECK(w.text.contains(QStringLiteral("-GM/TĐTN-VP")));
    CHECK_FALSE(w.text.contains(QStringLiteral("Số: 12-")));
}

TEST_CASE("papers: nothing to print is an error and leaves no file", "[papers]")
{
    QTemporaryDir dir;
    PaperData d = sampleData();
    const QString path = dir.filePath(QStringLiteral("none.pdf"));
    const Status s = writePaperPdf(PaperKind::PersonInvitation, d, {}, path);
    CHECK_FALSE(s.ok());
    CHECK_FALSE(s.error().isEmpty());
    CHECK_FALSE(QFile::exists(path));
    // Nameless entries do not count.
    d.attendees << person(1, kDuongMinhChau, {}, {}, {});
    CHECK_FALSE(writePaperPdf(PaperKind::PersonInvitation, d, {}, path).ok());
    d.plans.removeLast();
    CHECK_FALSE(writePaperPdf(PaperKind::OnlineNotice, d, {}, path).ok());
    PaperOptions nobody;
    nobody.unitId = kTanBien; // no question is forwarded to it
    CHECK_FALSE(writePaperPdf(PaperKind::ForwardLetter, d, nobody, path).ok());
    CHECK_FALSE(QFile::exists(path));
}

TEST_CASE("papers: a letter to every unit taking part but the organiser", "[papers]")
{
    QTemporaryDir dir;
    const PaperData d = sampleData();
    const Written w = writePdf(dir, QStringLiteral("units.pdf"), PaperKind::UnitInvitation, d);
    checkFormat(w);
    // Three hosts, seven participating units, seven guests.
    REQUIRE(w.pages == 17);
    QStringList to;
    for (int page = 1; page <= w.pages; ++page) {
        const QString t = flat(pageText(w.path, page));
        const auto m = QRegularExpression(QStringLiteral("Kính gửi: (.*?) Thực hiện")).match(t);
        to << m.captured(1);
        checkSigner(t);
    }
    CHECK(to
          == QStringList {
              QStringLiteral("Huyện đoàn Dương Minh Châu"), QStringLiteral("Thị đoàn Hòa Thành"),
              QStringLiteral("Thành đoàn thành phố Tây Ninh"),
              QStringLiteral("Huyện đoàn Tân Biên"), QStringLiteral("Huyện đoàn Tân Châu"),
              QStringLiteral("Huyện đoàn Châu Thành"), QStringLiteral("Huyện đoàn Bến Cầu"),
              QStringLiteral("Huyện đoàn Gò Dầu"), QStringLiteral("Thị đoàn Trảng Bàng"),
              QStringLiteral("Đoàn Khối các cơ quan và doanh nghiệp tỉnh"),
              QStringLiteral("Ban Dân vận Tỉnh ủy"), QStringLiteral("Ban Tuyên giáo Tỉnh ủy"),
              QStringLiteral("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"), QStringLiteral("Sở Nội vụ"),
              QStringLiteral("Hội Cựu Chiến binh tỉnh"), QStringLiteral("Hội Nông dân tỉnh"),
              QStringLiteral("Hội Liên hiệp Phụ nữ tỉnh") });
    const QString host = flat(pageText(w.path, 1));
    INFO(host);
    checkHeader(host, QStringLiteral("Số: 12-GM/TĐTN-VP"));
    CHECK(host.contains(QStringLiteral("Ban Thường vụ Tỉnh đoàn trân trọng kính mời đồng chí Bí "
                                       "thư Huyện đoàn Dương Minh Châu tham gia chủ trì cùng Ban "
                                       "Thường vụ Tỉnh đoàn.")));
    CHECK(host.contains(QStringLiteral("chọn cử và mời 22 đồng chí trong Ban Chấp hành các Chi "
                                       "đoàn, Chi hội tham dự")));
    CHECK(host.contains(QStringLiteral("trước ngày 30/8/2021 (đảm bảo tối thiểu 05 ý kiến) qua "
                                       "email: bantochuctinhdoantayninh@gmail.com")));
    CHECK(flat(pageText(w.path, 3)).contains(QStringLiteral("mời 46 đồng chí")));
    const QString district = flat(pageText(w.path, 4));
    CHECK(district.contains(QStringLiteral("trân trọng kính mời và đề nghị quý đơn vị cử đồng chí "
                                           "Bí thư hoặc Phó Bí thư tham dự.")));
    CHECK_FALSE(district.contains(QStringLiteral("hiến kế")));
    const QString guest = flat(pageText(w.path, 11));
    CHECK(guest.contains(QStringLiteral("trân trọng kính mời đại diện lãnh đạo quý cơ quan tới "
                                        "dự.")));

    PaperOptions one;
    one.unitId = kHoaThanh;
    const Written single
        = writePdf(dir, QStringLiteral("one.pdf"), PaperKind::UnitInvitation, d, one);
    CHECK(single.pages == 1);
    CHECK(single.text.contains(QStringLiteral("Kính gửi: Thị đoàn Hòa Thành")));
    CHECK(single.text.contains(QStringLiteral("mời 24 đồng chí")));
}

TEST_CASE("papers: the online notice goes to every union, especially the hosts", "[papers]")
{
    QTemporaryDir dir;
    PaperData d = sampleData();
    d.event.date = QDate(2021, 10, 15);
    const Written w = writePdf(dir, QStringLiteral("notice.pdf"), PaperKind::OnlineNotice, d);
    checkFormat(w);
    INFO(w.text);
    CHECK(w.pages == 1);
    checkHeader(w.text, QStringLiteral("Số:"));
    checkSigner(w.text);
    CHECK(w.text.contains(QStringLiteral("THÔNG BÁO")));
    CHECK(w.text.contains(QStringLiteral("Kính gửi: Các huyện, thị, thành đoàn và đoàn trực "
                                         "thuộc")));
    CHECK(w.text.contains(QStringLiteral("được tổ chức theo hình thức trực tuyến, cụ thể như "
                                         "sau:")));
    CHECK(w.text.contains(QStringLiteral("1. Thời gian: 08 giờ 00, ngày 15/10/2021 (Thứ Sáu).")));
    CHECK(w.text.contains(QStringLiteral("2. Địa điểm: Phòng họp Tỉnh đoàn (điểm cầu chính).")));
    CHECK(w.text.contains(QStringLiteral("(địa chỉ Fanpage: https://www.facebook.com/"
                                         "TinhDoanTayNinh)")));
    CHECK(w.text.contains(QStringLiteral("đề nghị các huyện, thị, thành đoàn và đoàn trực thuộc "
                                         "giới thiệu, thông tin rộng rãi cho các Chi đoàn, Chi "
                                         "hội, thanh niên công nhân tham gia theo dõi, đặc biệt "
                                         "là tại các đơn vị Huyện đoàn Dương Minh Châu, Thị đoàn "
                                         "Hòa Thành, Thành đoàn thành phố Tây Ninh.")));
    // Decided, not conditional.
    CHECK_FALSE(w.text.contains(QStringLiteral("Chỉ thị 15")));
    CHECK_FALSE(w.text.contains(QStringLiteral("nếu")));

    PaperOptions one;
    one.unitId = kGoDau;
    const Written u = writePdf(dir, QStringLiteral("one.pdf"), PaperKind::OnlineNotice, d, one);
    CHECK(u.text.contains(QStringLiteral("Kính gửi: Huyện đoàn Gò Dầu")));
    CHECK(u.text.contains(QStringLiteral("đề nghị quý đơn vị giới thiệu")));
}

TEST_CASE("papers: the covering letter sends an agency its questions", "[papers]")
{
    QTemporaryDir dir;
    PaperData d = sampleData();
    d.answerBy = QDate(2021, 9, 25);
    PaperOptions opt;
    opt.unitId = kNoiVu;
    // Questions 4 and 8 are forwarded to Sở Nội vụ and not answered yet.
    const Written w
        = writePdf(dir, QStringLiteral("forward.pdf"), PaperKind::ForwardLetter, d, opt);
    checkFormat(w);
    INFO(w.text);
    CHECK(w.pages == 1);
    checkHeader(w.text, QStringLiteral("Số:"));
    CHECK(w.text.contains(QStringLiteral("-CV/TĐTN-TCKT")));
    CHECK(w.text.contains(QStringLiteral("V/v chuyển ý kiến, kiến nghị của đoàn viên, thanh niên "
                                         "công nhân")));
    CHECK(w.text.contains(QStringLiteral("Kính gửi: Sở Nội vụ")));
    CHECK(w.text.contains(QStringLiteral("trong đó có 02 ý kiến liên quan đến lĩnh vực của quý cơ "
                                         "quan")));
    CHECK(w.text.contains(QStringLiteral("trả lời bằng văn bản trước ngày 25/9/2021")));
    const qsizetype four = w.text.indexOf(QStringLiteral("1. [Kiến nghị] Ý kiến số 4:"));
    const qsizetype fourFrom = w.text.indexOf(QStringLiteral("Đơn vị gửi: Thị đoàn Hòa Thành."));
    const qsizetype eight = w.text.indexOf(QStringLiteral("2. [Sáng kiến, hiến kế] Ý kiến số 8:"));
    const qsizetype eightFrom
        = w.text.indexOf(QStringLiteral("Đơn vị gửi: Thành đoàn thành phố Tây Ninh."));
    CHECK(four > 0);
    CHECK(fourFrom > four);
    CHECK(eight > fourFrom);
    CHECK(eightFrom > eight);
    CHECK_FALSE(w.text.contains(QStringLiteral("Ý kiến số 1:"))); // another agency's
    checkSigner(w.text);
    CHECK(w.text.contains(QStringLiteral("- Như trên;")));
    CHECK(w.text.contains(QStringLiteral("- Lưu VP, BTCKT.")));

    // Without a date for the answers, a blank to fill in.
    d.answerBy = {};
    const Written blank
        = writePdf(dir, QStringLiteral("blank.pdf"), PaperKind::ForwardLetter, d, opt);
    CHECK(blank.text.contains(QStringLiteral("trước ngày …/…/2021")));
}

namespace {

#if defined(__has_feature)
#if __has_feature(address_sanitizer)
#define DD_ADDRESS_SANITIZER 1
#endif
#endif
#if defined(__SANITIZE_ADDRESS__) && !defined(DD_ADDRESS_SANITIZER)
#define DD_ADDRESS_SANITIZER 1
#endif
#ifndef DD_ADDRESS_SANITIZER
#define DD_ADDRESS_SANITIZER 0
#endif

qint64 peakRssKb()
{
    return dd::platform::peakMemoryBytes() / 1024;
}

} // namespace

// How fast is bench_papers' business (tests/bench): it measures both against LibreOffice.
TEST_CASE("papers: 1,000 letters and a 5,000-row list, each page there, in little memory",
          "[papers][memory]")
{
    QTemporaryDir dir;
    PaperData d = sampleData();
    d.attendees = generatedPeople(1000);
    const qint64 rssBefore = peakRssKb();
    const Written letters
        = writePdf(dir, QStringLiteral("letters.pdf"), PaperKind::PersonInvitation, d);
    CHECK(letters.pages == 1000);

    d.attendees = generatedPeople(5000);
    const Written list = writePdf(dir, QStringLiteral("list.pdf"), PaperKind::DelegateList, d);
    CHECK(list.pages > 100);
#if DD_ADDRESS_SANITIZER
    // AddressSanitizer keeps freed memory in quarantine and adds its shadow: the figure says
    // nothing about the program there.
#else
    CHECK(peakRssKb() - rssBefore < 150 * 1024);
#endif
}

TEST_CASE("papers: a personal letter names the branch or company the invitee leads, between "
          "the position and the union",
          "[papers]")
{
    QTemporaryDir dir;
    PaperData d = sampleData();
    d.attendees.clear();
    struct Row
    {
        const char *position, *workplace;
        qint64 unit;
        const char *line; // under "Đồng chí …", written by hand
    };
    const Row rows[] = {
        { "Bí thư Chi đoàn", "Công ty TNHH Hưng Thịnh", kThanhPho,
          "Bí thư Chi đoàn, Công ty TNHH Hưng Thịnh, Thành đoàn thành phố Tây Ninh" },
        { "Bí thư Chi đoàn", "Chi đoàn Công ty TNHH Dệt may Thanh Phước", kGoDau,
          "Bí thư Chi đoàn Công ty TNHH Dệt may Thanh Phước, Huyện đoàn Gò Dầu" },
        { "Bí thư Chi đoàn ấp Giồng Cà", "", kThanhPho,
          "Bí thư Chi đoàn ấp Giồng Cà, Thành đoàn thành phố Tây Ninh" },
        { "", "Công ty CP Cao su Tây Ninh", kThanhPho,
          "Công ty CP Cao su Tây Ninh, Thành đoàn thành phố Tây Ninh" },
    };
    const char *const given[] = { "An", "Bình", "Cường", "Dũng" };
    for (int i = 0; i < 4; ++i) {
        Attendee a = person(200 + i, rows[i].unit, QStringLiteral("Nguyễn"), QStringLiteral("Văn"),
                            QString::fromUtf8(given[i]));
        a.position = QString::fromUtf8(rows[i].position);
        a.workplace = QString::fromUtf8(rows[i].workplace);
        d.attendees << a;
    }
    const Written w = writePdf(dir, QStringLiteral("letters.pdf"), PaperKind::PersonInvitation, d);
    REQUIRE(w.pages == 4);
    for (int i = 0; i < 4; ++i) {
        QString page;
        for (int p = 1; p <= 4; ++p)
            if (flat(pageText(w.path, p))
                    .contains(QStringLiteral("Đồng chí Nguyễn Văn ") + QString::fromUtf8(given[i])))
                page = flat(pageText(w.path, p));
        INFO(page.toStdString());
        CHECK(
            page.contains(QStringLiteral("Đồng chí Nguyễn Văn %1 %2")
                              .arg(QString::fromUtf8(given[i]), QString::fromUtf8(rows[i].line))));
    }
}
