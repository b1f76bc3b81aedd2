#include "documents/paperrenderer.h"
#include "documents/papertext.h"

#include "support/testsupport.h"
#include "util/platform.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>

using namespace dd;
using namespace dd::documents;

namespace {

// ---- the 2021 sample event (seed) -------------------------------------------------------

constexpr qint64 kTinhDoan = 1, kBtckt = 2, kTuyenGiao = 3, kVanPhong = 4;
constexpr qint64 kDuongMinhChau = 10, kHoaThanh = 11, kThanhPho = 12;
constexpr qint64 kTanBien = 13, kTanChau = 14, kChauThanh = 15, kBenCau = 16, kGoDau = 17,
                 kTrangBang = 18, kDoanKhoi = 19;
constexpr qint64 kDanVan = 30, kTuyenGiaoTU = 31, kMatTran = 32, kNoiVu = 33, kCuuChienBinh = 34,
                 kNongDan = 35, kPhuNu = 36;
constexpr qint64 kOrderUnit = 50;

Unit unit(qint64 id, const QString &name, UnitKind kind)
{
    Unit u;
    u.id = id;
    u.name = name;
    u.kind = kind;
    return u;
}

EventUnit eventUnit(qint64 unitId, UnitRole role, int quota = -1, const QString &note = {})
{
    EventUnit eu;
    eu.eventId = 1;
    eu.unitId = unitId;
    eu.role = role;
    eu.quota = quota;
    eu.quotaNote = note;
    return eu;
}

PaperData sampleData()
{
    PaperData d;
    Event &ev = d.event;
    ev.id = 1;
    ev.title = QStringLiteral("Gặp gỡ, đối thoại giữa lãnh đạo Tỉnh đoàn với Ban Chấp hành Chi "
                              "đoàn, Chi hội thanh niên công nhân trong doanh nghiệp và trên địa "
                              "bàn dân cư tỉnh Tây Ninh năm 2021");
    ev.organiser = QStringLiteral("Ban Thường vụ Tỉnh đoàn Tây Ninh");
    ev.parentPlanRef = QStringLiteral("Kế hoạch số 280-KH/TĐTN-TCKT, ngày 04/12/2020 của Ban "
                                      "Thường vụ Tỉnh đoàn");
    ev.schemeRef = QStringLiteral("Đề án số 08-ĐA/TU, ngày 27/3/2020 của Ban Thường vụ Tỉnh ủy Tây "
                                  "Ninh về tập hợp, đoàn kết công nhân trên địa bàn tỉnh Tây Ninh "
                                  "giai đoạn 2020 – 2025");
    ev.introduction = QStringLiteral(
        "Thực hiện Kế hoạch số 280-KH/TĐTN-TCKT, ngày 04/12/2020 của Ban Thường vụ Tỉnh đoàn về "
        "việc ban hành Kế hoạch thực hiện “Đề án số 08-ĐA/TU, ngày 27/3/2020 của Ban Thường vụ "
        "Tỉnh ủy Tây Ninh về tập hợp, đoàn kết công nhân trên địa bàn tỉnh Tây Ninh giai đoạn "
        "2020 – 2025” năm 2021. Ban Thường vụ Tỉnh đoàn ban hành kế hoạch gặp gỡ, đối thoại giữa "
        "lãnh đạo Tỉnh đoàn với Ban Chấp hành Chi đoàn, Chi hội thanh niên công nhân trong doanh "
        "nghiệp và trên địa bàn dân cư năm 2021, cụ thể như sau:");
    ev.purpose = QStringLiteral(
        "Thông qua gặp gỡ, đối thoại để Ban Thường vụ Tỉnh đoàn lắng nghe, trao đổi những kiến "
        "nghị, đề xuất cũng như tâm tư, nguyện vọng của đoàn viên, thanh niên công nhân thông qua "
        "Ban Chấp hành các Chi đoàn, Chi hội; kịp thời định hướng cách thức giải quyết những khó "
        "khăn, vướng mắc liên quan đến công tác đoàn, hội trong doanh nghiệp hiện nay.\n"
        "Qua hoạt động gặp gỡ, đối thoại nhằm gắn kết các hoạt động Đoàn, Hội với việc thực hiện "
        "nhiệm vụ chuyên môn, từ đó giúp nâng cao năng suất lao động của các doanh nghiệp; bồi "
        "đắp tình cảm, nhận thức của công nhân và chủ Doanh nghiệp về vai trò, vị trí của tổ chức "
        "Đoàn, Hội; góp phần tích cực trong việc thành lập và phát triển tổ chức đoàn, hội trong "
        "các doanh nghiệp ngoài nhà nước trên địa bàn tỉnh.");
    ev.requirements = QStringLiteral(
        "Tổ chức gặp gỡ, đối thoại phải đảm bảo thiết thực, nội dung phải sát với thực tế và "
        "nguyện vọng chính đáng của đoàn viên, thanh niên trong các chi đoàn, chi hội doanh nghiệp "
        "ngoài nhà nước. Công tác tổ chức phải đảm bảo hiệu quả, ý nghĩa, tránh hình thức.\n"
        "Chương trình phải được tổ chức an toàn, tiết kiệm, thực hiện nghiêm các nguyên tắc phòng, "
        "chống dịch bệnh Covid-19.");
    ev.content = QStringLiteral("Nội dung gặp gỡ, đối thoại tập trung xoay quanh các chủ đề sau:");
    ev.plannedYear = 2021;
    ev.plannedMonth = 10;
    ev.activePlan = PlanKind::InPerson;
    ev.questionDeadline = QDate(2021, 8, 30);
    ev.minQuestionsPerHost = 5;
    ev.intakeEmail = QStringLiteral("bantochuctinhdoantayninh@gmail.com");
    ev.intakeContact = QStringLiteral("đồng chí Đoàn Thị Hồng – Trưởng Ban Tổ chức – Kiểm tra "
                                      "Tỉnh đoàn");
    ev.intakePhone = QStringLiteral("0938.428.213");
    ev.closingText = QStringLiteral(
        "Trên đây là Kế hoạch gặp gỡ, đối thoại giữa lãnh đạo Tỉnh đoàn với Ban Chấp hành Chi "
        "đoàn, Chi hội thanh niên công nhân trong doanh nghiệp và trên địa bàn dân cư năm 2021 "
        "của Ban Thường vụ Tỉnh đoàn, đề nghị các đơn vị triển khai thực hiện, nghiêm túc.");

    Plan p1;
    p1.id = 1;
    p1.eventId = 1;
    p1.kind = PlanKind::InPerson;
    p1.number = 1;
    p1.name = QStringLiteral("Tổ chức chương trình đối thoại trực tiếp");
    p1.condition = QStringLiteral("nếu tình hình dịch bệnh ổn");
    p1.description = QStringLiteral(
        "Gặp gỡ, đối thoại trực tiếp giữa lãnh đạo Tỉnh đoàn với Ban Chấp hành Chi đoàn, Chi hội "
        "thanh niên công nhân trong doanh nghiệp và trên địa bàn dân cư trong cụm các đơn vị Dương "
        "Minh Châu, Hòa Thành, Thành phố. Ban Chấp hành các Chi đoàn, Chi hội đặt vấn đề với chủ "
        "trì hội nghị hoặc trao đổi qua lại để tìm ra cách thức phù hợp nhất trong việc duy trì và "
        "tổ chức hoạt động Đoàn, Hội tại đơn vị.");
    p1.venue = QStringLiteral("Sảnh Trung tâm học tập sinh hoạt thanh thiếu nhi Tây Ninh");
    p1.capacity = 100;
    p1.startTime = QTime(8, 0);
    Plan p2;
    p2.id = 2;
    p2.eventId = 1;
    p2.kind = PlanKind::Online;
    p2.number = 2;
    p2.name = QStringLiteral("Tổ chức đối thoại trực tuyến");
    p2.condition = QStringLiteral("nếu trên địa bàn tỉnh chuyển sang thực hiện Chỉ thị "
                                  "15/CT-TTg của Thủ tướng Chính phủ");
    p2.description = QStringLiteral(
        "Ban Chấp hành các chi đoàn, chi hội doanh nghiệp ngoài nhà nước tổng hợp ý kiến của tập "
        "thể chi đoàn, chi hội, đoàn viên, thanh niên công nhân gửi về Ban Tổ chức – Kiểm tra "
        "tổng hợp, phân loại các câu hỏi, ý kiến và gửi các đơn vị liên quan, sau đó tổ chức hội "
        "nghị trao đổi, giải đáp thắc mắc qua kênh fanpage Tỉnh đoàn.");
    p2.venue = QStringLiteral("Phòng họp Tỉnh đoàn");
    p2.livestreamUrl = QStringLiteral("https://www.facebook.com/TinhDoanTayNinh");
    p2.startTime = QTime(8, 0);
    d.plans = { p1, p2 };

    DocumentSettings &st = d.settings;
    st.eventId = 1;
    st.signerName = QStringLiteral("Hoàng Thị Thanh Thúy");
    st.recipients = { QStringLiteral("Đ/c Bùi Quang Huy – BT.BCHTWD"),
                      QStringLiteral("BTCTWD"),
                      QStringLiteral("Thường trực Tỉnh ủy"),
                      QStringLiteral("Đ/c Trương Nhật Quang – Trưởng BDV TU"),
                      QStringLiteral("BTC, BDV, UBKT Tỉnh ủy"),
                      QStringLiteral("Ủy ban MTTQ Việt Nam tỉnh"),
                      QStringLiteral("CBCC Tỉnh đoàn"),
                      QStringLiteral("Huyện, thị, thành đoàn và đoàn trực thuộc"),
                      QStringLiteral("Lưu VP, BTCKT") };
    st.contactLine = QStringLiteral("Mọi chi tiết xin liên hệ đồng chí Đoàn Thị Hồng – Trưởng Ban "
                                    "Tổ chức – Kiểm tra Tỉnh đoàn, điện thoại: 0938.428.213");
    st.whatToBring = QStringLiteral("giấy mời, khẩu trang");
    st.numbering[PaperKind::PersonInvitation] = { QStringLiteral("GM/TĐTN-VP"), 12 };
    st.numbering[PaperKind::UnitInvitation] = { QStringLiteral("GM/TĐTN-VP"), 12 };
    st.numbering[PaperKind::Plan] = { QStringLiteral("KH/TĐTN-TCKT"), 1 };

    const QList<Unit> units {
        unit(kTinhDoan, QStringLiteral("Tỉnh đoàn Tây Ninh"), UnitKind::Provincial),
        unit(kBtckt, QStringLiteral("Ban Tổ chức – Kiểm tra Tỉnh đoàn"), UnitKind::Provincial),
        unit(kTuyenGiao, QStringLiteral("Ban Tuyên giáo Tỉnh đoàn"), UnitKind::Provincial),
        unit(kVanPhong, QStringLiteral("Văn phòng Tỉnh đoàn"), UnitKind::Provincial),
        unit(kDuongMinhChau, QStringLiteral("Huyện đoàn Dương Minh Châu"), UnitKind::District),
        unit(kHoaThanh, QStringLiteral("Thị đoàn Hòa Thành"), UnitKind::District),
        unit(kThanhPho, QStringLiteral("Thành đoàn thành phố Tây Ninh"), UnitKind::District),
        unit(kTanBien, QStringLiteral("Huyện đoàn Tân Biên"), UnitKind::District),
        unit(kTanChau, QStringLiteral("Huyện đoàn Tân Châu"), UnitKind::District),
        unit(kChauThanh, QStringLiteral("Huyện đoàn Châu Thành"), UnitKind::District),
        unit(kBenCau, QStringLiteral("Huyện đoàn Bến Cầu"), UnitKind::District),
        unit(kGoDau, QStringLiteral("Huyện đoàn Gò Dầu"), UnitKind::District),
        unit(kTrangBang, QStringLiteral("Thị đoàn Trảng Bàng"), UnitKind::District),
        unit(kDoanKhoi, QStringLiteral("Đoàn Khối các cơ quan và doanh nghiệp tỉnh"),
             UnitKind::Affiliated),
        unit(kDanVan, QStringLiteral("Ban Dân vận Tỉnh ủy"), UnitKind::GuestAgency),
        unit(kTuyenGiaoTU, QStringLiteral("Ban Tuyên giáo Tỉnh ủy"), UnitKind::GuestAgency),
        unit(kMatTran, QStringLiteral("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"),
             UnitKind::GuestAgency),
        unit(kNoiVu, QStringLiteral("Sở Nội vụ"), UnitKind::GuestAgency),
        unit(kCuuChienBinh, QStringLiteral("Hội Cựu Chiến binh tỉnh"), UnitKind::GuestAgency),
        unit(kNongDan, QStringLiteral("Hội Nông dân tỉnh"), UnitKind::GuestAgency),
        unit(kPhuNu, QStringLiteral("Hội Liên hiệp Phụ nữ tỉnh"), UnitKind::GuestAgency),
        unit(kOrderUnit, QStringLiteral("Chi đoàn Công ty Thử Nghiệm"), UnitKind::Branch),
    };
    for (const Unit &u : units)
        d.units.insert(u.id, u);

    const QString bch = QStringLiteral("đồng chí trong Ban Chấp hành các Chi đoàn, Chi hội");
    d.eventUnits = {
        eventUnit(kTinhDoan, UnitRole::Organiser, -1,
                  QStringLiteral("Các đồng chí trong Ban Thường vụ Tỉnh đoàn")),
        eventUnit(kDuongMinhChau, UnitRole::Host, 22, bch),
        eventUnit(kHoaThanh, UnitRole::Host, 24, bch),
        eventUnit(kThanhPho, UnitRole::Host, 46, bch),
        eventUnit(kTanBien, UnitRole::Participant, 1,
                  QStringLiteral("Đồng chí Bí thư hoặc Phó Bí thư")),
        eventUnit(kTanChau, UnitRole::Participant, 1,
                  QStringLiteral("Đồng chí Bí thư hoặc Phó Bí thư")),
        eventUnit(kChauThanh, UnitRole::Participant, 1,
                  QStringLiteral("Đồng chí Bí thư hoặc Phó Bí thư")),
        eventUnit(kBenCau, UnitRole::Participant, 1,
                  QStringLiteral("Đồng chí Bí thư hoặc Phó Bí thư")),
        eventUnit(kGoDau, UnitRole::Participant, 1,
                  QStringLiteral("Đồng chí Bí thư hoặc Phó Bí thư")),
        eventUnit(kTrangBang, UnitRole::Participant, 1,
                  QStringLiteral("Đồng chí Bí thư hoặc Phó Bí thư")),
        eventUnit(kDoanKhoi, UnitRole::Participant, 1,
                  QStringLiteral("Đồng chí Bí thư hoặc Phó Bí thư")),
        eventUnit(kDanVan, UnitRole::Guest),
        eventUnit(kTuyenGiaoTU, UnitRole::Guest),
        eventUnit(kMatTran, UnitRole::Guest),
        eventUnit(kNoiVu, UnitRole::Guest),
        eventUnit(kCuuChienBinh, UnitRole::Guest),
        eventUnit(kNongDan, UnitRole::Guest),
        eventUnit(kPhuNu, UnitRole::Guest),
    };

    const QStringList topics {
        QStringLiteral("Đoàn viên, thanh niên nêu ý kiến, kiến nghị các vấn đề vướng mắc, bất cập "
                       "trong thực hiện công tác đoàn gắn với việc làm chuyên môn tại doanh nghiệp "
                       "ngoài nhà nước cần có sự phối hợp, chỉ đạo của các cơ quan ban ngành trong "
                       "toàn tỉnh"),
        QStringLiteral(
            "Đề xuất những mong muốn, giải pháp của đoàn viên, thanh niên trong các phong "
            "trào đoàn, hội với chủ các doanh nghiệp để tìm ra hình thức hoạt động phù "
            "hợp với tình hình tại từng doanh nghiệp"),
        QStringLiteral(
            "Các kiến nghị khác liên quan đến đời sống vật chất, tinh thần của thanh niên "
            "công nhân"),
        QStringLiteral(
            "Ban Chấp hành các Chi đoàn, Chi hội trao đổi về những cách làm hay, hiệu quả "
            "trong công tác phối kết hợp hoạt động Đoàn, Hội gắn với nâng cao năng suất "
            "lao động tại đơn vị")
    };
    for (int i = 0; i < topics.size(); ++i)
        d.topics.append({ i + 1, 1, i + 1, topics[i] });

    const QStringList agenda { QStringLiteral("Tuyên bố lý do, giới thiệu đại biểu"),
                               QStringLiteral("Báo cáo đề dẫn"),
                               QStringLiteral(
                                   "Phóng sự các gương đoàn viên tiêu biểu hoặc các cách "
                                   "làm hay trong tập hợp thanh niên công nhân của các đơn "
                                   "vị"),
                               QStringLiteral("Đối thoại trực tiếp"),
                               QStringLiteral("Kết luận của chủ trì"),
                               QStringLiteral("Kết thúc hội nghị") };
    const int minutes[] = { 10, 15, 15, 120, 15, 5 };
    const QStringList presenters { QStringLiteral("Văn phòng Tỉnh đoàn"),
                                   QStringLiteral("Ban Tổ chức – Kiểm tra"),
                                   QStringLiteral("Ban Tuyên giáo"),
                                   QStringLiteral("Chủ trì hội nghị"),
                                   QStringLiteral("Đồng chí Bí thư Tỉnh đoàn"),
                                   QString() };
    for (int i = 0; i < agenda.size(); ++i) {
        AgendaItem a;
        a.id = i + 1;
        a.eventId = 1;
        a.position = (i + 1) * 10;
        a.title = agenda[i];
        a.presenter = presenters[i];
        a.durationMinutes = minutes[i];
        d.agenda << a;
    }
    AgendaItem stream;
    stream.id = 99;
    stream.eventId = 1;
    stream.position = 35;
    stream.title = QStringLiteral("Giải đáp các câu hỏi gửi qua fanpage Tỉnh đoàn");
    stream.presenter = QStringLiteral("Ban Tuyên giáo");
    stream.durationMinutes = 30;
    stream.scope = PlanScope::OnlineOnly;
    d.agenda << stream;

    auto task = [&](int pos, qint64 owner, const QString &label, const QString &text) {
        Task t;
        t.id = pos;
        t.eventId = 1;
        t.position = pos;
        t.ownerUnitId = owner;
        t.ownerLabel = label;
        t.description = text;
        d.tasks << t;
    };
    task(1, kTinhDoan, QStringLiteral("Tỉnh đoàn"),
         QStringLiteral("Ban Thường vụ Tỉnh đoàn giao Ban Tổ chức – Kiểm tra tham mưu triển khai "
                        "nội dung kế hoạch, chuẩn bị các nội dung liên quan đến chương trình đối "
                        "thoại; tổng hợp các kiến nghị, đề xuất, sáng kiến, ý tưởng mới, câu hỏi "
                        "được gửi về, phân loại và gửi các đơn vị liên quan."));
    task(
        2, kTinhDoan, QStringLiteral("Tỉnh đoàn"),
        QStringLiteral("Giao Ban Tuyên giáo Tỉnh đoàn triển khai rộng rãi kế hoạch này trên các "
                       "kênh của Tỉnh đoàn; chuẩn bị địa điểm, liên hệ kỹ thuật trường hợp tổ chức "
                       "hội nghị trực tuyến."));
    task(
        3, kTinhDoan, QStringLiteral("Tỉnh đoàn"),
        QStringLiteral("Giao Văn phòng Tỉnh đoàn soạn thư mời các thành phần liên quan, cơ quan "
                       "thông tin, báo chí tham dự và đưa tin; phối hợp Ban Tổ chức – Kiểm tra xây "
                       "dựng dự trù kinh phí, chuẩn bị công tác hậu cần."));
    task(4, 0, QStringLiteral("Các huyện, thị, thành đoàn; đoàn trực thuộc"),
         QStringLiteral("Tham dự hội nghị đúng đối tượng, đảm bảo thời gian theo quy định."));
    task(
        5, 0, QStringLiteral("Các huyện, thị, thành đoàn; đoàn trực thuộc"),
        QStringLiteral("Riêng Huyện đoàn Dương Minh Châu, Thị đoàn Hòa Thành, Thành đoàn thành phố "
                       "Tây Ninh: Chọn cử và mời các thành phần tham gia buổi đối thoại trực tiếp "
                       "đúng đối tượng, đủ số lượng. Gửi các vấn đề cần trao đổi, đề xuất, kiến "
                       "nghị, các hiến kế về Tỉnh đoàn trước ngày 30/8/2021 (đảm bảo mỗi đơn vị có "
                       "tối thiểu 05 ý kiến) qua email: bantochuctinhdoantayninh@gmail.com hoặc "
                       "trực tiếp đồng chí Đoàn Thị Hồng – Trưởng Ban Tổ chức – Kiểm tra Tỉnh "
                       "đoàn, sdt: 0938.428.213."));

    // Questions: three per host unit, spread over the topics and agencies.
    const qint64 hosts[] = { kDuongMinhChau, kHoaThanh, kThanhPho };
    const qint64 agencies[] = { kNoiVu, kNongDan, kPhuNu, kDanVan };
    const QuestionKind kinds[] = { QuestionKind::Question, QuestionKind::Recommendation,
                                   QuestionKind::Proposal, QuestionKind::Initiative };
    int qid = 0;
    for (int h = 0; h < 3; ++h)
        for (int k = 0; k < 3; ++k) {
            Question q;
            q.id = ++qid;
            q.eventId = 1;
            q.unitId = hosts[h];
            q.kind = kinds[(h + k) % 4];
            q.topicId = (h + k) % 4 + 1;
            q.text
                = QStringLiteral("Ý kiến số %1: đề nghị hỗ trợ thành lập Chi hội thanh niên công "
                                 "nhân tại khu công nghiệp, bố trí thời gian sinh hoạt ngoài giờ "
                                 "làm việc cho đoàn viên.")
                      .arg(qid);
            q.receivedOn = QDate(2021, 8, 20 + qid % 10);
            q.status = QuestionStatus::Forwarded;
            q.forwardedToUnitId = agencies[qid % 4];
            d.questions << q;
        }
    d.questions[0].status = QuestionStatus::Answered;
    d.questions[0].answer = QStringLiteral("Sở Nội vụ sẽ phối hợp hướng dẫn thủ tục thành lập.");
    d.questions[0].answeredBy = QStringLiteral("Đồng chí Giám đốc Sở Nội vụ");
    d.questions[4].status = QuestionStatus::Merged;
    d.questions[4].duplicateOfId = 1;
    d.questions[4].text = QStringLiteral("Câu hỏi trùng lặp đã gộp");
    d.questions[5].status = QuestionStatus::Withdrawn;
    d.questions[5].text = QStringLiteral("Câu hỏi đã rút lại");

    d.issueDate = QDate(2021, 9, 20);
    d.number = 12;
    return d;
}

// Unique names for generated people: none is a prefix of another and each fits one cell line.
const QStringList kFamilies { QStringLiteral("Nguyễn"), QStringLiteral("Trần"),
                              QStringLiteral("Lê"),     QStringLiteral("Phạm"),
                              QStringLiteral("Huỳnh"),  QStringLiteral("Võ"),
                              QStringLiteral("Đặng"),   QStringLiteral("Bùi"),
                              QStringLiteral("Đỗ"),     QStringLiteral("Hồ") };
const QStringList kMiddles { QStringLiteral("Văn"),   QStringLiteral("Thị"),
                             QStringLiteral("Minh"),  QStringLiteral("Ngọc"),
                             QStringLiteral("Hoàng"), QStringLiteral("Thanh") };
const QStringList kGivens { QStringLiteral("Hùng"), QStringLiteral("Lan"),   QStringLiteral("Tâm"),
                            QStringLiteral("Phúc"), QStringLiteral("Quyên"), QStringLiteral("Sơn"),
                            QStringLiteral("Thảo"), QStringLiteral("Uyên"),  QStringLiteral("Vũ"),
                            QStringLiteral("Yến") };

Attendee person(qint64 id, qint64 unitId, const QString &family, const QString &middle,
                const QString &given)
{
    Attendee a;
    a.id = id;
    a.eventId = 1;
    a.familyName = family;
    a.middleName = middle;
    a.givenName = given;
    a.gender = (id % 3 == 0) ? Gender::Female : Gender::Male;
    a.birthYear = 1985 + int(id % 15);
    a.position = QStringLiteral("Ủy viên Ban Chấp hành");
    a.unitId = unitId;
    a.phone = QStringLiteral("0912.%1").arg(100000 + id);
    a.role = AttendeeRole::Delegate;
    a.status = InvitationStatus::Confirmed;
    return a;
}

// n generated delegates spread over the host and participating units; the i-th has id i+1.
QList<Attendee> generatedPeople(int n)
{
    const qint64 units[]
        = { kDuongMinhChau, kHoaThanh, kThanhPho, kTanBien, kTanChau, kChauThanh, kBenCau };
    QList<Attendee> out;
    out.reserve(n);
    for (int i = 0; i < n; ++i) {
        const int g = i % kGivens.size();
        const int m = (i / kGivens.size()) % kMiddles.size();
        const int f = (i / (kGivens.size() * kMiddles.size())) % kFamilies.size();
        const int round = i / (kGivens.size() * kMiddles.size() * kFamilies.size());
        QString family = kFamilies[f];
        if (round > 0)
            family
                = QStringLiteral("Lý") + QString(QChar(u'A' + round)).toLower() + family.toLower();
        out << person(i + 1, units[i % 7], family, kMiddles[m], kGivens[g]);
    }
    return out;
}

// ---- PDF helpers --------------------------------------------------------------------------

QString runTool(const QString &tool, const QStringList &args)
{
    QProcess p;
    p.start(tool, args);
    p.waitForFinished(60000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

// The text of page `page` (1-based).
QString pageText(const QString &pdf, int page)
{
    return runTool(QStringLiteral("pdftotext"),
                   { QStringLiteral("-layout"), QStringLiteral("-f"), QString::number(page),
                     QStringLiteral("-l"), QString::number(page), pdf, QStringLiteral("-") });
}

// Whitespace runs (justification, layout columns) collapsed to one space.
QString flat(const QString &s)
{
    return s.simplified();
}

int occurrences(const QString &text, const QString &word)
{
    const QRegularExpression re(QStringLiteral("(?<!\\p{L})") + QRegularExpression::escape(word)
                                    + QStringLiteral("(?!\\p{L})"),
                                QRegularExpression::UseUnicodePropertiesOption);
    int n = 0;
    for (auto it = re.globalMatch(text); it.hasNext(); it.next())
        ++n;
    return n;
}

struct Written
{
    QString path;
    QString text; // flattened
    int pages = 0;
};

Written writePdf(const QTemporaryDir &dir, const QString &name, PaperKind kind,
                 const PaperData &data, const PaperOptions &opt = {})
{
    Written w;
    // DD_DOCS_OUT=/some/dir keeps the papers to look at them.
    const QString keep = qEnvironmentVariable("DD_DOCS_OUT");
    w.path = keep.isEmpty() ? dir.filePath(name) : keep + QLatin1Char('/') + name;
    const Status s = writePaperPdf(kind, data, opt, w.path);
    INFO("writePaperPdf: " << s.error());
    REQUIRE(s.ok());
    w.text = flat(testsupport::pdfText(w.path));
    w.pages = testsupport::pdfPageCount(w.path);
    return w;
}

void checkFormat(const Written &w)
{
    const QString info = testsupport::pdfInfo(w.path);
    INFO(info);
    CHECK(QRegularExpression(QStringLiteral("Page size:\\s+595(\\.\\d+)? x 84[12](\\.\\d+)? pts"))
              .match(info)
              .hasMatch());
    CHECK(QRegularExpression(QStringLiteral("Creator:\\s+DialogueDesk\\n")).match(info).hasMatch());
    const QStringList lines
        = testsupport::pdfFonts(w.path).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    // name, type, encoding, then "emb sub uni object ID"
    REQUIRE(lines.size() >= 3);
    int fontRows = 0;
    for (const QString &line : lines.mid(2)) {
        const QStringList cols = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        REQUIRE(cols.size() >= 6);
        INFO(line);
        CHECK(cols[cols.size() - 5] == QStringLiteral("yes")); // emb
        CHECK((line.contains(QStringLiteral("LiberationSerif"))
               || line.contains(QStringLiteral("TimesNewRoman"))));
        ++fontRows;
    }
    CHECK(fontRows >= 2); // regular and bold at least
}

void checkHeader(const QString &text, const QString &number)
{
    CHECK(text.contains(QStringLiteral("BCH ĐOÀN TỈNH TÂY NINH")));
    CHECK(text.contains(QStringLiteral("BAN THƯỜNG VỤ")));
    CHECK(text.contains(QStringLiteral("ĐOÀN TNCS HỒ CHÍ MINH")));
    CHECK(text.contains(number));
    CHECK(text.contains(QStringLiteral("Tây Ninh, ngày 20 tháng 9 năm 2021")));
}

void checkSigner(const QString &text)
{
    CHECK(text.contains(QStringLiteral("TM. BAN THƯỜNG VỤ TỈNH ĐOÀN")));
    CHECK(text.contains(QStringLiteral("BÍ THƯ")));
    CHECK(text.contains(QStringLiteral("Hoàng Thị Thanh Thúy")));
}

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

TEST_CASE("papers: the date and number formats of Decree 30", "[papers]")
{
    using namespace dd::documents::papertext;
    CHECK(dateWords(QDate(2021, 9, 20)) == QStringLiteral("ngày 20 tháng 9 năm 2021"));
    CHECK(dateWords(QDate(2021, 3, 5)) == QStringLiteral("ngày 05 tháng 3 năm 2021"));
    CHECK(dateWords(QDate(2021, 2, 1)) == QStringLiteral("ngày 01 tháng 02 năm 2021"));
    CHECK(dateWords(QDate(2021, 1, 15)) == QStringLiteral("ngày 15 tháng 01 năm 2021"));
    CHECK(dateWords(QDate(2021, 12, 31)) == QStringLiteral("ngày 31 tháng 12 năm 2021"));
    CHECK(dateWords(QDate(), 2021).startsWith(QStringLiteral("ngày ")));
    CHECK(dateWords(QDate(), 2021).endsWith(QStringLiteral("năm 2021")));
    CHECK(numberLine(12, QStringLiteral("GM/TĐTN-VP")) == QStringLiteral("Số: 12-GM/TĐTN-VP"));
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

TEST_CASE("papers: person invitations, one page per invitee", "[papers]")
{
    QTemporaryDir dir;
    PaperData d = sampleData();
    d.attendees = generatedPeople(5);
    d.attendees[0].familyName = QStringLiteral("Đoàn");
    d.attendees[0].middleName = QStringLiteral("Thị");
    d.attendees[0].givenName = QStringLiteral("Hồng");
    d.attendees[0].position = QStringLiteral("Bí thư Huyện đoàn");
    d.attendees[1].status = InvitationStatus::Declined;

    const Written w
        = writePdf(dir, QStringLiteral("invitations.pdf"), PaperKind::PersonInvitation, d);
    checkFormat(w);
    CHECK(w.pages == 4); // the one who declined gets no letter
    for (int page = 1; page <= 4; ++page) {
        const QString t = flat(pageText(w.path, page));
        INFO("page " << page << ": " << t);
        checkHeader(t, QStringLiteral("Số: 12-GM/TĐTN-VP"));
        checkSigner(t);
        CHECK(t.contains(QStringLiteral("GIẤY MỜI")));
        CHECK(t.contains(QStringLiteral("Ban Thường vụ Tỉnh đoàn trân trọng kính mời:")));
        CHECK(t.contains(
            QStringLiteral("Tới dự: Hội nghị gặp gỡ, đối thoại giữa lãnh đạo Tỉnh đoàn")));
        CHECK(t.contains(QStringLiteral("Thời gian: Dự kiến trong tháng 10 năm 2021")));
        CHECK(
            t.contains(QStringLiteral("Địa điểm: Sảnh Trung tâm học tập sinh hoạt thanh thiếu nhi "
                                      "Tây Ninh")));
        CHECK(t.contains(QStringLiteral("Rất mong đồng chí đến dự đúng giờ./.")));
        CHECK(t.contains(QStringLiteral("Nơi nhận:")));
        CHECK(t.contains(QStringLiteral("- Lưu VP, BTCKT.")));
    }
    const QString first = flat(pageText(w.path, 1));
    CHECK(first.contains(QStringLiteral("Đồng chí Đoàn Thị Hồng")));
    CHECK(first.contains(QStringLiteral("Bí thư Huyện đoàn Dương Minh Châu")));
    CHECK(first.contains(QStringLiteral("Đề nghị mang theo: giấy mời, khẩu trang.")));
    CHECK(first.contains(QStringLiteral("Mọi chi tiết xin liên hệ đồng chí Đoàn Thị Hồng")));
    CHECK_FALSE(w.text.contains(d.attendees[1].fullName()));
    CHECK(flat(pageText(w.path, 2)).contains(d.attendees[2].fullName()));
}

TEST_CASE("papers: invitations to chosen persons, with a fixed date, online plan", "[papers]")
{
    QTemporaryDir dir;
    PaperData d = sampleData();
    d.attendees = generatedPeople(20);
    d.event.date = QDate(2021, 10, 15);
    d.event.activePlan = PlanKind::Online;
    d.number = 0;
    PaperOptions opt;
    opt.attendeeIds = { 7, 3 };
    const Written w
        = writePdf(dir, QStringLiteral("chosen.pdf"), PaperKind::PersonInvitation, d, opt);
    CHECK(w.pages == 2);
    CHECK(flat(pageText(w.path, 1)).contains(d.attendees[6].fullName()));
    CHECK(flat(pageText(w.path, 2)).contains(d.attendees[2].fullName()));
    CHECK(w.text.contains(QStringLiteral("Thời gian: 08 giờ 00, ngày 15/10/2021 (Thứ Sáu)")));
    CHECK(w.text.contains(QStringLiteral("Phòng họp Tỉnh đoàn")));
    CHECK(w.text.contains(QStringLiteral("https://www.facebook.com/TinhDoanTayNinh")));
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
    d.plans.removeLast();
    CHECK_FALSE(writePaperPdf(PaperKind::OnlineNotice, d, {}, path).ok());
    CHECK_FALSE(QFile::exists(path));
}

TEST_CASE("papers: unit invitations ask each host unit for its quota", "[papers]")
{
    QTemporaryDir dir;
    const PaperData d = sampleData();
    const Written w = writePdf(dir, QStringLiteral("units.pdf"), PaperKind::UnitInvitation, d);
    checkFormat(w);
    // Every unit with a quota: three hosts and seven participating units.
    CHECK(w.pages == 10);
    const QString first = flat(pageText(w.path, 1));
    INFO(first);
    checkHeader(first, QStringLiteral("Số: 12-GM/TĐTN-VP"));
    checkSigner(first);
    CHECK(first.contains(QStringLiteral("Kính gửi: Huyện đoàn Dương Minh Châu")));
    CHECK(first.contains(QStringLiteral("đề nghị quý đơn vị cử 22 đồng chí trong Ban Chấp hành các "
                                        "Chi đoàn, Chi hội đến dự")));
    CHECK(first.contains(QStringLiteral("trước ngày 30/8/2021 (tối thiểu 05 ý kiến)")));
    CHECK(first.contains(QStringLiteral("bantochuctinhdoantayninh@gmail.com")));
    CHECK(flat(pageText(w.path, 3)).contains(QStringLiteral("cử 46 đồng chí")));

    PaperOptions one;
    one.unitId = kHoaThanh;
    const Written single
        = writePdf(dir, QStringLiteral("one.pdf"), PaperKind::UnitInvitation, d, one);
    CHECK(single.pages == 1);
    CHECK(single.text.contains(QStringLiteral("Kính gửi: Thị đoàn Hòa Thành")));
    CHECK(single.text.contains(QStringLiteral("cử 24 đồng chí")));
}

TEST_CASE("papers: delegate list of 300 across pages", "[papers]")
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
    // No row split or lost: each listed name exactly once.
    const QString all = testsupport::pdfText(w.path);
    for (const Attendee &a : std::as_const(d.attendees)) {
        if (a.id == d.attendees[10].id)
            continue;
        INFO(a.fullName());
        CHECK(occurrences(all, a.fullName()) == 1);
    }
    // The replaced person has no row of their own; the substitute's note names them.
    const QRegularExpression replacedRow(QStringLiteral("^\\s*\\d+\\s+")
                                             + QRegularExpression::escape(replaced),
                                         QRegularExpression::MultilineOption);
    CHECK_FALSE(replacedRow.match(all).hasMatch());
    CHECK(occurrences(all, QStringLiteral("Mai Xuân Trường")) == 1);
    CHECK(w.text.contains(QStringLiteral("Thay đ/c")));
    CHECK(w.text.contains(QStringLiteral("I. Huyện đoàn Dương Minh Châu (43 người)")));
    CHECK(w.text.contains(QStringLiteral("Chi đoàn Công ty Thử Nghiệm (7 người)")));
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

TEST_CASE("papers: delegate list grouped by role and restricted to a unit", "[papers]")
{
    QTemporaryDir dir;
    PaperData d = sampleData();
    d.attendees = generatedPeople(30);
    d.attendees[0].role = AttendeeRole::Chair;
    d.attendees[1].role = AttendeeRole::Guest;
    PaperOptions byRole;
    byRole.groupBy = PaperOptions::GroupBy::Role;
    const Written w
        = writePdf(dir, QStringLiteral("roles.pdf"), PaperKind::DelegateList, d, byRole);
    CHECK(w.text.contains(QStringLiteral("I. Chủ trì (1 người)")));
    CHECK(w.text.contains(QStringLiteral("II. Khách mời (1 người)")));
    CHECK(w.text.contains(QStringLiteral("III. Đại biểu (28 người)")));

    PaperOptions one;
    one.unitId = kThanhPho;
    const Written u = writePdf(dir, QStringLiteral("unit.pdf"), PaperKind::DelegateList, d, one);
    CHECK(u.pages == 1);
    CHECK(u.text.contains(QStringLiteral("Tổng cộng: 4 đại biểu")));
    CHECK_FALSE(u.text.contains(QStringLiteral("Huyện đoàn Dương Minh Châu")));
}

TEST_CASE("papers: sign-in sheet, a new page per unit", "[papers]")
{
    QTemporaryDir dir;
    PaperData d = sampleData();
    d.attendees = generatedPeople(70);
    PaperOptions opt;
    opt.onePerUnit = true;
    const Written w = writePdf(dir, QStringLiteral("signin.pdf"), PaperKind::SignInSheet, d, opt);
    checkFormat(w);
    CHECK(w.pages == 7); // 10 people per unit fit one page each
    for (int page = 1; page <= w.pages; ++page) {
        const QString t = flat(pageText(w.path, page));
        INFO("page " << page << ": " << t);
        CHECK(t.contains(QStringLiteral("DANH SÁCH KÝ TÊN")));
        CHECK(t.contains(QStringLiteral("Ký tên")));
        CHECK(t.contains(QStringLiteral("Đơn vị:")));
        CHECK_FALSE(t.contains(QStringLiteral("Điện thoại")));
        CHECK_FALSE(t.contains(QStringLiteral("0912.")));
        CHECK(t.contains(QStringLiteral("Tổng cộng: 10 đại biểu")));
    }
    CHECK(flat(pageText(w.path, 1)).contains(QStringLiteral("Đơn vị: Huyện đoàn Dương Minh Châu")));

    const Written all = writePdf(dir, QStringLiteral("signin-all.pdf"), PaperKind::SignInSheet, d);
    CHECK(all.pages >= 3);
    CHECK(all.text.contains(QStringLiteral("Tổng cộng: 70 đại biểu")));
}

TEST_CASE("papers: programme with clock times of the active plan", "[papers]")
{
    QTemporaryDir dir;
    PaperData d = sampleData();
    const Written w = writePdf(dir, QStringLiteral("programme.pdf"), PaperKind::Programme, d);
    checkFormat(w);
    CHECK(w.pages == 1);
    INFO(w.text);
    checkHeader(w.text, QStringLiteral("Số:"));
    CHECK(w.text.contains(QStringLiteral("CHƯƠNG TRÌNH")));
    CHECK(w.text.contains(QStringLiteral("08 giờ 00 – 08 giờ 10")));
    CHECK(w.text.contains(QStringLiteral("08 giờ 10 – 08 giờ 25")));
    CHECK(w.text.contains(QStringLiteral("Báo cáo đề dẫn")));
    CHECK(w.text.contains(QStringLiteral("Đối thoại trực tiếp")));
    CHECK(w.text.contains(QStringLiteral("Kết thúc hội nghị")));
    CHECK(w.text.contains(QStringLiteral("Tổng thời gian: 3 giờ")));
    CHECK_FALSE(w.text.contains(QStringLiteral("fanpage Tỉnh đoàn")));

    d.event.activePlan = PlanKind::Online;
    d.plans[1].startTime = QTime(19, 30);
    const Written o
        = writePdf(dir, QStringLiteral("programme-online.pdf"), PaperKind::Programme, d);
    INFO(o.text);
    CHECK(o.text.contains(QStringLiteral("Giải đáp các câu hỏi")));
    CHECK(o.text.contains(QStringLiteral("19 giờ 30 – 19 giờ 40")));
    CHECK(o.text.contains(QStringLiteral("Tổng thời gian: 3 giờ 30 phút")));
}

TEST_CASE("papers: question summary by topic and by agency", "[papers]")
{
    QTemporaryDir dir;
    const PaperData d = sampleData();
    const Written w = writePdf(dir, QStringLiteral("questions.pdf"), PaperKind::QuestionSummary, d);
    checkFormat(w);
    INFO(w.text);
    CHECK(w.text.contains(QStringLiteral("TỔNG HỢP Ý KIẾN, KIẾN NGHỊ, ĐỀ XUẤT")));
    CHECK(w.text.contains(QStringLiteral("I. Đoàn viên, thanh niên nêu ý kiến")));
    CHECK(w.text.contains(QStringLiteral("Ý kiến số 1:")));
    CHECK(w.text.contains(
        QStringLiteral("Trả lời (Đồng chí Giám đốc Sở Nội vụ): Sở Nội vụ sẽ phối hợp")));
    CHECK(w.text.contains(QStringLiteral("Đơn vị gửi: Huyện đoàn Dương Minh Châu")));
    CHECK_FALSE(w.text.contains(QStringLiteral("Câu hỏi trùng lặp đã gộp")));
    CHECK_FALSE(w.text.contains(QStringLiteral("Câu hỏi đã rút lại")));
    CHECK(
        w.text.contains(QStringLiteral("Tổng cộng: 7 ý kiến, kiến nghị, đề xuất; đã trả lời: 1.")));
    checkSigner(w.text);

    PaperOptions byAgency;
    byAgency.groupBy = PaperOptions::GroupBy::Agency;
    const Written a
        = writePdf(dir, QStringLiteral("agency.pdf"), PaperKind::QuestionSummary, d, byAgency);
    INFO(a.text);
    CHECK(a.text.contains(QStringLiteral("theo cơ quan, đơn vị trả lời")));
    // Agencies in the event's order: Ban Dân vận, Sở Nội vụ, Hội Nông dân, Hội LHPN.
    const qsizetype danVan = a.text.indexOf(QStringLiteral("Ban Dân vận Tỉnh ủy ("));
    const qsizetype noiVu = a.text.indexOf(QStringLiteral("Sở Nội vụ ("));
    const qsizetype phuNu = a.text.indexOf(QStringLiteral("Hội Liên hiệp Phụ nữ tỉnh ("));
    CHECK(danVan >= 0);
    CHECK(noiVu > danVan);
    CHECK(phuNu > noiVu);
    CHECK(a.text.contains(QStringLiteral("ý kiến)")));
}

TEST_CASE("papers: online notice with the livestream address and the units", "[papers]")
{
    QTemporaryDir dir;
    const PaperData d = sampleData();
    const Written w = writePdf(dir, QStringLiteral("notice.pdf"), PaperKind::OnlineNotice, d);
    checkFormat(w);
    INFO(w.text);
    CHECK(w.pages == 1);
    checkHeader(w.text, QStringLiteral("Số:"));
    checkSigner(w.text);
    CHECK(w.text.contains(QStringLiteral("THÔNG BÁO")));
    CHECK(w.text.contains(QStringLiteral("https://www.facebook.com/TinhDoanTayNinh")));
    CHECK(w.text.contains(QStringLiteral("Phòng họp Tỉnh đoàn")));
    CHECK(w.text.contains(QStringLiteral("- Huyện đoàn Dương Minh Châu;")));
    CHECK(w.text.contains(QStringLiteral("- Đoàn Khối các cơ quan và doanh nghiệp tỉnh.")));
    CHECK(w.text.contains(QStringLiteral("Chỉ thị 15/CT-TTg")));
}

TEST_CASE("papers: the plan in the layout of the 2021 plan", "[papers]")
{
    QTemporaryDir dir;
    PaperData d = sampleData();
    d.number = 0;
    const Written w = writePdf(dir, QStringLiteral("plan.pdf"), PaperKind::Plan, d);
    checkFormat(w);
    INFO(w.text);
    CHECK(w.pages >= 3);
    checkHeader(w.text, QStringLiteral("-KH/TĐTN-TCKT"));
    checkSigner(w.text);
    const QStringList expected {
        QStringLiteral("KẾ HOẠCH"),
        QStringLiteral("Thực hiện Kế hoạch số 280-KH/TĐTN-TCKT, ngày 04/12/2020"),
        QStringLiteral("I. MỤC ĐÍCH, YÊU CẦU"),
        QStringLiteral("1. Mục đích"),
        QStringLiteral("- Thông qua gặp gỡ, đối thoại"),
        QStringLiteral("2. Yêu cầu"),
        QStringLiteral("II. NỘI DUNG, HÌNH THỨC, CHƯƠNG TRÌNH"),
        QStringLiteral("- Các kiến nghị khác liên quan đến đời sống vật chất, tinh thần của thanh "
                       "niên công nhân."),
        QStringLiteral("Phương án 1: Tổ chức chương trình đối thoại trực tiếp (nếu tình hình dịch "
                       "bệnh ổn)"),
        QStringLiteral("Phương án 2: Tổ chức đối thoại trực tuyến"),
        QStringLiteral("3. Chương trình chi tiết:"),
        QStringLiteral("- Tuyên bố lý do, giới thiệu đại biểu."),
        QStringLiteral("III. THÀNH PHẦN, SỐ LƯỢNG, THỜI GIAN VÀ ĐỊA ĐIỂM"),
        QStringLiteral("- Đại diện lãnh đạo Tỉnh đoàn Tây Ninh;"),
        QStringLiteral("- Ban Dân vận Tỉnh ủy;"),
        QStringLiteral("- Hội Liên hiệp Phụ nữ tỉnh."),
        QStringLiteral("Khoảng 100 đại biểu"),
        QStringLiteral(
            "+ Huyện đoàn Dương Minh Châu: 22 đồng chí trong Ban Chấp hành các Chi đoàn, "
            "Chi hội."),
        QStringLiteral("+ Thành đoàn thành phố Tây Ninh: 46 đồng chí"),
        QStringLiteral("4. Thời gian: Dự kiến trong tháng 10 năm 2021."),
        QStringLiteral(
            "Trường hợp đối thoại trực tiếp tổ chức tại Sảnh Trung tâm học tập sinh hoạt "
            "thanh thiếu nhi Tây Ninh."),
        QStringLiteral("https://www.facebook.com/TinhDoanTayNinh"),
        QStringLiteral("IV. TỔ CHỨC THỰC HIỆN"),
        QStringLiteral("1. Tỉnh đoàn:"),
        QStringLiteral("2. Các huyện, thị, thành đoàn; đoàn trực thuộc:"),
        QStringLiteral("Trên đây là Kế hoạch gặp gỡ, đối thoại"),
        QStringLiteral("Nơi nhận:"),
        QStringLiteral("- Đ/c Bùi Quang Huy – BT.BCHTWD;"),
        QStringLiteral("- Lưu VP, BTCKT."),
    };
    qsizetype last = -1;
    for (const QString &e : expected) {
        INFO(e.toStdString());
        const qsizetype at = w.text.indexOf(e, last + 1);
        CHECK(at > last);
        if (at >= 0)
            last = at;
    }
}

// How fast is bench_papers' business (tests/bench): it measures both against LibreOffice.
TEST_CASE("papers: 1,000 letters and a 5,000-row list, each page there, in little memory",
          "[papers][memory]")
{
    QTemporaryDir dir;
    PaperData d = sampleData();
    d.attendees = generatedPeople(1000);
    const qint64 rssBefore = peakRssKb();
    const QString letters = dir.filePath(QStringLiteral("letters.pdf"));
    REQUIRE(writePaperPdf(PaperKind::PersonInvitation, d, {}, letters).ok());
    CHECK(testsupport::pdfPageCount(letters) == 1000);

    d.attendees = generatedPeople(5000);
    const QString list = dir.filePath(QStringLiteral("list.pdf"));
    REQUIRE(writePaperPdf(PaperKind::DelegateList, d, {}, list).ok());
    CHECK(testsupport::pdfPageCount(list) > 100);
#if DD_ADDRESS_SANITIZER
    // AddressSanitizer keeps freed memory in quarantine and adds its shadow: the figure says
    // nothing about the program there.
#else
    CHECK(peakRssKb() - rssBefore < 150 * 1024);
#endif
}
