// The hand-made data of the layout tests: an event shaped like the 2021 sample, with as many
// people and questions as a test needs, and the helpers that read a PDF back.
#include "paperfixture.h"

#include <QProcess>
#include <QRegularExpression>

using namespace dd;
using namespace dd::documents;

namespace paperfixture {

// ---- the 2021 sample event (seed) -------------------------------------------------------

Unit unit(qint64 id, const QString &name, UnitKind kind)
{
    Unit u;
    u.id = id;
    u.name = name;
    u.kind = kind;
    return u;
}

EventUnit eventUnit(qint64 unitId, UnitRole role, int quota, const QString &note)
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
    st.numbering[PaperKind::PersonInvitation] = { QStringLiteral("GM/TĐTN-VP"), 12, {}, {} };
    st.numbering[PaperKind::UnitInvitation] = { QStringLiteral("GM/TĐTN-VP"), 12, {}, {} };
    st.numbering[PaperKind::Plan] = { QStringLiteral("KH/TĐTN-TCKT"), 1, {}, {} };

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
    for (Unit u : units) {
        // The boards belong to the provincial union: its own units.
        if (u.id == kBtckt || u.id == kTuyenGiao || u.id == kVanPhong)
            u.parentId = kTinhDoan;
        d.units.insert(u.id, u);
    }

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

QList<PdfWord> pdfWords(const QString &pdf)
{
    const QString html = runTool(QStringLiteral("pdftotext"),
                                 { QStringLiteral("-bbox"), pdf, QStringLiteral("-") });
    static const QRegularExpression re(QStringLiteral(
        R"re(<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>)re"));
    QList<PdfWord> out;
    const QStringList pages = html.split(QStringLiteral("<page "));
    for (int page = 1; page < pages.size(); ++page) {
        for (auto it = re.globalMatch(pages.at(page)); it.hasNext();) {
            const auto m = it.next();
            out << PdfWord { m.captured(5),
                             page,
                             m.captured(1).toDouble(),
                             m.captured(2).toDouble(),
                             m.captured(3).toDouble(),
                             m.captured(4).toDouble() };
        }
    }
    return out;
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

Written writePdf(const QTemporaryDir &dir, const QString &name, PaperKind kind,
                 const PaperData &data, const PaperOptions &opt)
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

QStringList pagesOf(const Written &w)
{
    QStringList pages;
    for (int p = 1; p <= w.pages; ++p)
        pages << flat(pageText(w.path, p));
    return pages;
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

} // namespace paperfixture
