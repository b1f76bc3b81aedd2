// A clerk of another province (Long An) prepares the event from the command line alone, with
// files shaped like those its unions send (tests/fixtures/lists/make_lists_qa4clerk.py): a new
// event and directory (event new, unit add), four lists in layouts no other fixture has, an
// Outlook e-mail with its own numbered questions and an attached list, a Gmail forward, then the
// day itself. Every stored row and field is compared with tables written by hand from the files.
#include "support/storesupport.h"
#include "support/testsupport.h"

#include <QTemporaryDir>

using testsupport::ProcessResult;

namespace {

const QString kCg = QStringLiteral("Huyện đoàn Cần Giuộc");
const QString kTa = QStringLiteral("Thành đoàn Tân An");
const QString kKt = QStringLiteral("Thị đoàn Kiến Tường");
const QString kKcq = QStringLiteral("Đoàn Khối các cơ quan tỉnh");
const QString kSld = QStringLiteral("Sở Lao động - Thương binh và Xã hội");

QString out(const ProcessResult &r)
{
    return QString::fromUtf8(r.out);
}

// A data file that does not exist yet (a new server database on the server run), in English.
struct LongAn
{
    QTemporaryDir dir;
    QString path = testsupport::onServer() ? testsupport::newServerDatabase()
                                           : dir.filePath(QStringLiteral("longan.sqlite"));
    ProcessResult run(const QStringList &args) const
    {
        return testsupport::runApp(QStringList { QStringLiteral("--lang"), QStringLiteral("en"),
                                                 QStringLiteral("--db"), path }
                                   + args);
    }
    void ok(const QStringList &args) const
    {
        const ProcessResult r = run(args);
        INFO(args.join(QLatin1Char(' ')).toStdString() << "\n" << r.err.toStdString());
        REQUIRE(r.exitCode == 0);
    }
    // `list WHAT` as rows of named cells.
    QList<QMap<QString, QString>> rows(const QStringList &what) const
    {
        const ProcessResult r = run(QStringList { QStringLiteral("list") } + what);
        REQUIRE(r.exitCode == 0);
        const QStringList lines = out(r).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        REQUIRE_FALSE(lines.isEmpty());
        const QStringList header = lines.first().split(QLatin1Char('\t'));
        QList<QMap<QString, QString>> result;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QStringList cells = lines.at(i).split(QLatin1Char('\t'));
            QMap<QString, QString> row;
            for (qsizetype c = 0; c < header.size(); ++c)
                row.insert(header.at(c), cells.value(c));
            result << row;
        }
        return result;
    }
    // The given columns of `list WHAT`, each row one list, sorted (the order is not the point).
    QList<QStringList> table(const QStringList &what, const QStringList &columns) const
    {
        QList<QStringList> result;
        for (const auto &row : rows(what)) {
            QStringList cells;
            for (const QString &c : columns)
                cells << row.value(c);
            result << cells;
        }
        std::sort(result.begin(), result.end());
        return result;
    }
    // The event and the directory as the clerk makes them.
    void setUp() const
    {
        const ProcessResult r = run(
            { QStringLiteral("event"), QStringLiteral("new"),
              QStringLiteral("Hội nghị gặp gỡ, đối thoại giữa lãnh đạo tỉnh với thanh niên "
                             "công nhân năm 2027"),
              QStringLiteral("--organiser"), QStringLiteral("Ban Thường vụ Tỉnh đoàn Long An") });
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        REQUIRE(out(r) == QStringLiteral("1\n"));
        const QList<QStringList> units = {
            { "Tỉnh đoàn Long An", "--kind", "provincial", "--part", "organiser" },
            { kCg, "--kind", "district", "--part", "host", "--quota", "20", "--email",
              "huyendoancangiuoc@gmail.com" },
            { kTa, "--kind", "district", "--part", "host", "--quota", "30", "--email",
              "thanhdoantanan@gmail.com" },
            { kKt, "--kind", "district", "--quota", "3" },
            { kKcq, "--kind", "affiliated", "--quota", "3" },
            { "Công đoàn Khu công nghiệp Long Hậu", "--kind", "guest_agency", "--part", "guest" },
            { kSld, "--kind", "guest_agency", "--part", "guest" },
        };
        for (const QStringList &u : units)
            ok(QStringList { QStringLiteral("unit"), QStringLiteral("add") } + u);
    }
    ProcessResult importList(const QString &file, const QStringList &extra = {}) const
    {
        return run(QStringList { QStringLiteral("import"), QStringLiteral("attendees"),
                                 testsupport::fixture(QStringLiteral("lists/") + file) }
                   + extra);
    }
};

const QStringList kPersonColumns { "family_name", "middle_name", "given_name", "gender",
                                   "birth_year",  "position",    "unit",       "workplace",
                                   "phone",       "email",       "note" };

// By hand, from make_lists_qa4clerk.py: what each person of the four lists must be stored as.
const QList<QStringList> kPeople = [] {
    QList<QStringList> p = {
        // la_cangiuoc_quochieu.xlsx: the union from "BCH HUYỆN ĐOÀN CẦN GIUỘC" in the header
        // block; the dates as dates, as text and as a year; phones that lost their 0.
        { "Nguyễn", "Thị Thu", "Hà", "female", "1998", "Bí thư Chi đoàn", kCg,
          "Chi đoàn Công ty CP Dược phẩm Cần Giuộc", "0912345678", "thuha.cg@gmail.com", "" },
        { "Trần", "Văn", "Phúc", "male", "1998", "Phó Bí thư Chi đoàn", kCg,
          "Chi đoàn Công ty TNHH Giày da Phước Lâm", "0987654321", "",
          "Số điện thoại khác: 0912 000 111" },
        { "Lê", "Hoàng", "Minh", "male", "2000", "Ủy viên BCH Chi đoàn", kCg,
          "Chi hội thanh niên công nhân ấp Long Thới", "0909123456", "Minh.LeHoang@yahoo.com.vn",
          "" },
        { "Võ", "Thị Ngọc", "Trâm", "female", "1999", "Bí thư Chi đoàn", kCg,
          "Chi đoàn Khu công nghiệp Tân Kim", "0367888999", "", "Đi thay" },
        { "Huỳnh", "Tấn", "Lộc", "male", "1996", "Ủy viên BCH Huyện đoàn", kCg,
          "Công ty TNHH Thực phẩm Cầu Tràm", "02838745566", "", "" },
        // la_tanan_chidoan.xlsx: a branch heading and a "Cộng" row around each branch; two
        // namesakes of different years and phones.
        { "Đặng", "Minh", "Khôi", "male", "1997", "Bí thư", kTa, "Công ty TNHH Nhựa Long An",
          "0933221100", "", "" },
        { "Trương", "Thị Yến", "Nhi", "female", "2001", "Phó Bí thư", kTa,
          "Công ty TNHH Nhựa Long An", "0933221101", "", "" },
        { "Nguyễn", "Văn", "Hùng", "male", "1995", "Bí thư", kTa, "Chi đoàn khu phố Nhơn Hòa",
          "0988111222", "", "" },
        { "Nguyễn", "Văn", "Hùng", "male", "1999", "Ủy viên", kTa, "Chi đoàn khu phố Bình Đông",
          "0977333444", "", "Trùng tên, khác người" },
        { "Lâm", "Thị Mỹ", "Duyên", "female", "2000", "Phó Bí thư", kTa,
          "Chi đoàn khu phố Nhơn Hòa", "0966555666", "", "" },
        // la_kientuong_excel.csv
        { "Bùi", "Quang", "Vinh", "male", "1996", "Bí thư Chi đoàn", kKt,
          "Công ty CP Nông sản Kiến Tường; xưởng 2", "0918765432", "", "" },
        { "Tô", "Thị Hồng", "Nhung", "female", "1999", "Phó Bí thư Chi đoàn", kKt,
          "Chi hội thanh niên công nhân phường 1", "0376543210", "", "" },
        { "Châu", "Văn", "Đức", "male", "1994", "Ủy viên BCH Thị đoàn", kKt,
          "Trường THPT Kiến Tường", "02723831234", "", "" },
        // la_khoicq_unicode.txt (--unit): the workplace's line break is a space in the list.
        { "Mai", "Xuân", "Thịnh", "male", "1993", "Bí thư Chi đoàn", kKcq,
          "Sở Tài chính tỉnh Long An", "0913111222", "thinhmx@longan.gov.vn", "" },
        { "Đoàn", "Ngọc", "Ánh", "female", "1997", "Phó Bí thư Chi đoàn", kKcq,
          "Văn phòng UBND tỉnh (Phòng Hành chính)", "0914222333", "", "" },
        { "Khưu", "Thị", "Yến", "female", "2002", "Đoàn viên", kKcq, "Sở Y tế tỉnh Long An",
          "0915333444", "yen.kt@gmail.com", "" },
    };
    std::sort(p.begin(), p.end());
    return p;
}();

} // namespace

TEST_CASE("cli: a new event and a unit directory of another province, from event new and unit "
          "add",
          "[stores][cli][clerk]")
{
    LongAn d;
    // No file yet: a command on an event says how to make one.
    ProcessResult r = d.run({ QStringLiteral("list"), QStringLiteral("quotas") });
    CHECK(r.exitCode != 0);
    d.setUp();
    CHECK(d.table({ QStringLiteral("events") }, { QStringLiteral("id"), QStringLiteral("title") })
          == QList<QStringList> { { "1",
                                    "Hội nghị gặp gỡ, đối thoại giữa lãnh đạo tỉnh với thanh "
                                    "niên công nhân năm 2027" } });
    CHECK(d.table({ QStringLiteral("units") },
                  { QStringLiteral("name"), QStringLiteral("kind"), QStringLiteral("role"),
                    QStringLiteral("quota"), QStringLiteral("email") })
          == QList<QStringList> {
              { "Công đoàn Khu công nghiệp Long Hậu", "guest_agency", "guest", "", "" },
              { kCg, "district", "host", "20", "huyendoancangiuoc@gmail.com" },
              { kSld, "guest_agency", "guest", "", "" },
              { kTa, "district", "host", "30", "thanhdoantanan@gmail.com" },
              { kKt, "district", "participant", "3", "" },
              { "Tỉnh đoàn Long An", "provincial", "organiser", "", "" },
              { kKcq, "affiliated", "participant", "3", "" },
          });
    // Both plans are there, empty, the first active, as the window's New event makes them.
    r = d.run({ QStringLiteral("plan"), QStringLiteral("show") });
    REQUIRE(r.exitCode == 0);
    CHECK(out(r).contains(QStringLiteral("active plan: in-person")));
    CHECK(out(r).contains(QStringLiteral("plan 2: online")));

    // A unit already in the directory (accents and case aside), an unknown kind or part: refused,
    // nothing written.
    r = d.run(
        { QStringLiteral("unit"), QStringLiteral("add"), QStringLiteral("thi doan KIEN TUONG") });
    CHECK(r.exitCode == 1);
    CHECK(QString::fromUtf8(r.err)
          == QStringLiteral("dialoguedesk: The directory already has the unit “Thị đoàn Kiến "
                            "Tường” (4); change it with unit set.\n"));
    r = d.run({ QStringLiteral("unit"), QStringLiteral("add"), QStringLiteral("Huyện đoàn Đức Hòa"),
                QStringLiteral("--part"), QStringLiteral("chair") });
    CHECK(r.exitCode == 2);
    r = d.run({ QStringLiteral("unit"), QStringLiteral("add"), QStringLiteral("Huyện đoàn Đức Hòa"),
                QStringLiteral("--quota"), QStringLiteral("nhiều") });
    CHECK(r.exitCode == 2);
    CHECK(d.rows({ QStringLiteral("units") }).size() == 7);

    // A second event in the same file is another id and starts with no units.
    r = d.run({ QStringLiteral("event"), QStringLiteral("new"), QStringLiteral("Hội nghị 2028") });
    REQUIRE(r.exitCode == 0);
    CHECK(out(r) == QStringLiteral("2\n"));
    r = d.run({ QStringLiteral("--event"), QStringLiteral("2"), QStringLiteral("list"),
                QStringLiteral("quotas") });
    REQUIRE(r.exitCode == 0);
    CHECK(out(r).count(QLatin1Char('\n')) == 1); // the header only
}

TEST_CASE("cli: Long An's lists, in layouts no other fixture has, stored field by field",
          "[stores][cli][clerk]")
{
    LongAn d;
    d.setUp();
    ProcessResult r = d.importList(QStringLiteral("la_cangiuoc_quochieu.xlsx"));
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    // The landline that lost its 0 in Excel is a whole number: no warning.
    CHECK(QString::fromUtf8(r.err).isEmpty());
    CHECK(out(r)
          == QStringLiteral("Sent by Huyện đoàn Cần Giuộc (from the title line “BCH HUYỆN ĐOÀN CẦN "
                            "GIUỘC”).\n5 added, 0 updated, 0 already there or repeated, skipped, "
                            "0 row(s) with errors not imported\n"));
    r = d.importList(QStringLiteral("la_tanan_chidoan.xlsx"));
    REQUIRE(r.exitCode == 0);
    CHECK(out(r).startsWith(QStringLiteral("Sent by Thành đoàn Tân An (from the title line")));
    r = d.importList(QStringLiteral("la_kientuong_excel.csv"));
    REQUIRE(r.exitCode == 0);
    CHECK(QString::fromUtf8(r.err).isEmpty()); // "0272 383 1234" is a landline, not a mistake
    // The Unicode text names no union: refused until --unit says which.
    r = d.importList(QStringLiteral("la_khoicq_unicode.txt"));
    CHECK(r.exitCode == 1);
    CHECK(d.rows({ QStringLiteral("attendees") }).size() == 13);
    r = d.importList(QStringLiteral("la_khoicq_unicode.txt"), { QStringLiteral("--unit"), kKcq });
    REQUIRE(r.exitCode == 0);

    CHECK(d.table({ QStringLiteral("attendees") }, kPersonColumns) == kPeople);

    // Each list again, with --unit this time: nothing added, nothing changed.
    for (const auto &[file, unit] : { std::pair { "la_cangiuoc_quochieu.xlsx", kCg },
                                      std::pair { "la_tanan_chidoan.xlsx", kTa },
                                      std::pair { "la_kientuong_excel.csv", kKt } }) {
        r = d.importList(QString::fromLatin1(file), { QStringLiteral("--unit"), unit });
        REQUIRE(r.exitCode == 0);
        CHECK(out(r).contains(QStringLiteral("\n0 added, 0 updated, ")));
    }
    CHECK(d.table({ QStringLiteral("attendees") }, kPersonColumns) == kPeople);
    CHECK(d.table({ QStringLiteral("quotas") },
                  { QStringLiteral("unit"), QStringLiteral("quota"), QStringLiteral("people") })
          == QList<QStringList> { { "Công đoàn Khu công nghiệp Long Hậu", "", "0" },
                                  { kCg, "20", "5" },
                                  { kSld, "", "0" },
                                  { kTa, "30", "5" },
                                  { kKt, "3", "3" },
                                  { "Tỉnh đoàn Long An", "", "0" },
                                  { kKcq, "3", "3" } });
}

TEST_CASE("cli: an Outlook e-mail with its own numbered questions and an attached list, and a "
          "Gmail forward",
          "[stores][cli][clerk][questions]")
{
    LongAn d;
    d.setUp();
    ProcessResult r = d.run({ QStringLiteral("import"), QStringLiteral("questions"),
                              testsupport::fixture(QStringLiteral("email/la_outlook_cangiuoc.eml")),
                              testsupport::fixture(QStringLiteral("email/la_gmail_forward.eml")) });
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(out(r) == QStringLiteral("Imported 7 question(s).\n"));
    // By hand from make_lists_qa4clerk.py: the three the Outlook message numbers (signed by
    // its sender), the two of its attached list (their own askers), the two of the forward.
    const QList<QStringList> expected = [] {
        QList<QStringList> q = {
            { kCg, "Phan Thị Bích Ngọc", "2026-11-24", "recommendation",
              "Đề nghị Tỉnh đoàn phối hợp Ban Quản lý các Khu kinh tế tổ chức ngày hội việc làm "
              "cho thanh niên công nhân tại Cần Giuộc." },
            { kCg, "Phan Thị Bích Ngọc", "2026-11-24", "question",
              "Công nhân làm ca đêm có được hỗ trợ chi phí gửi trẻ không?" },
            { kCg, "Phan Thị Bích Ngọc", "2026-11-24", "initiative",
              "Sáng kiến: lập \"Tủ sách công nhân\" tại các khu nhà trọ ấp Long Thới." },
            { kCg, "Võ Thị Ngọc Trâm", "2026-11-24", "recommendation",
              "Đề nghị tỉnh có chính sách hỗ trợ nhà ở xã hội cho công nhân Khu công nghiệp Tân "
              "Kim." },
            { kCg, "Nguyễn Thị Thu Hà", "2026-11-24", "recommendation",
              "Kiến nghị mở thêm lớp học ngoại ngữ buổi tối cho thanh niên công nhân." },
            { kTa, "Đặng Minh Khôi", "2026-11-27", "recommendation",
              "Đề nghị doanh nghiệp bố trí phòng sinh hoạt cho Chi đoàn trong khuôn viên công "
              "ty." },
            { kTa, "Đặng Minh Khôi", "2026-11-27", "question",
              "Thanh niên công nhân muốn học liên thông đại học thì được hỗ trợ học phí như thế "
              "nào?" },
        };
        std::sort(q.begin(), q.end());
        return q;
    }();
    const QStringList columns { "unit", "submitter", "received_on", "kind", "text" };
    CHECK(d.table({ QStringLiteral("questions") }, columns) == expected);

    // The same two messages again: nothing new.
    r = d.run({ QStringLiteral("import"), QStringLiteral("questions"),
                testsupport::fixture(QStringLiteral("email/la_outlook_cangiuoc.eml")),
                testsupport::fixture(QStringLiteral("email/la_gmail_forward.eml")) });
    CHECK(d.rows({ QStringLiteral("questions") }).size() == 7);

    // The event's own topics; the night-shift question under the first, the housing one under
    // the second; then the first forwarded to the labour department and answered.
    QString nightShift, housing;
    for (const auto &row : d.rows({ QStringLiteral("questions") })) {
        if (row.value(QStringLiteral("text")).contains(QStringLiteral("ca đêm")))
            nightShift = row.value(QStringLiteral("id"));
        if (row.value(QStringLiteral("text")).contains(QStringLiteral("nhà ở xã hội")))
            housing = row.value(QStringLiteral("id"));
    }
    REQUIRE_FALSE(nightShift.isEmpty());
    REQUIRE_FALSE(housing.isEmpty());
    r = d.run({ QStringLiteral("question"), QStringLiteral("classify"), nightShift,
                QStringLiteral("--topic"), QStringLiteral("1") });
    CHECK(r.exitCode == 2); // no topic yet
    r = d.run({ QStringLiteral("topic"), QStringLiteral("add"),
                QStringLiteral("Đời sống vật chất, tinh thần của thanh niên công nhân") });
    REQUIRE(r.exitCode == 0);
    CHECK(out(r)
          == QStringLiteral("Topic 1: Đời sống vật chất, tinh thần của thanh niên công nhân.\n"));
    d.ok({ QStringLiteral("topic"), QStringLiteral("add"), QStringLiteral("Nhà ở cho công nhân") });
    r = d.run({ QStringLiteral("question"), QStringLiteral("classify"), nightShift,
                QStringLiteral("--topic"), QStringLiteral("1") });
    REQUIRE(r.exitCode == 0);
    CHECK(out(r) == QStringLiteral("Classified 1 question(s) under topic 1.\n"));
    d.ok({ QStringLiteral("question"), QStringLiteral("classify"), housing,
           QStringLiteral("--topic"), QStringLiteral("2") });
    d.ok({ QStringLiteral("question"), QStringLiteral("forward"), nightShift,
           QStringLiteral("--agency"), kSld, QStringLiteral("--date"),
           QStringLiteral("2026-12-01") });
    d.ok({ QStringLiteral("question"), QStringLiteral("answer"), nightShift,
           QStringLiteral("--text"),
           QStringLiteral("Sở sẽ phối hợp doanh nghiệp mở nhóm trẻ tại khu công nghiệp."),
           QStringLiteral("--by"), QStringLiteral("Giám đốc Sở") });
    for (const auto &row : d.rows({ QStringLiteral("questions") })) {
        INFO(row.value(QStringLiteral("text")).toStdString());
        const bool it = row.value(QStringLiteral("id")) == nightShift;
        const bool house = row.value(QStringLiteral("id")) == housing;
        CHECK(row.value(QStringLiteral("topic"))
              == (it          ? QStringLiteral("1")
                      : house ? QStringLiteral("2")
                              : QString()));
        CHECK(row.value(QStringLiteral("forwarded_to")) == (it ? kSld : QString()));
        CHECK(row.value(QStringLiteral("forwarded_on"))
              == (it ? QStringLiteral("2026-12-01") : QString()));
        CHECK(row.value(QStringLiteral("status"))
              == (it          ? QStringLiteral("answered")
                      : house ? QStringLiteral("classified")
                              : QStringLiteral("received")));
        CHECK(row.value(QStringLiteral("answer"))
              == (it ? QStringLiteral("Sở sẽ phối hợp doanh nghiệp mở nhóm trẻ tại khu công "
                                      "nghiệp.")
                     : QString()));
    }
    CHECK(d.table({ QStringLiteral("questions") }, columns) == expected);
}

TEST_CASE("cli: a one-question reply from Outlook without a sign-off leaves the message replied "
          "to and the signature out of the question",
          "[stores][cli][clerk][questions]")
{
    LongAn d;
    d.setUp();
    d.ok({ QStringLiteral("unit"), QStringLiteral("set"), kKcq, QStringLiteral("--email"),
           QStringLiteral("doankhoi.longan@gmail.com") });
    const ProcessResult r
        = d.run({ QStringLiteral("import"), QStringLiteral("questions"),
                  testsupport::fixture(QStringLiteral("email/la_outlook_reply_khoi.eml")) });
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(out(r) == QStringLiteral("Imported 1 question(s).\n"));
    CHECK(d.table({ QStringLiteral("questions") },
                  { QStringLiteral("unit"), QStringLiteral("submitter"),
                    QStringLiteral("received_on"), QStringLiteral("text") })
          == QList<QStringList> { { kKcq, "Mai Xuân Thịnh", "2026-11-25",
                                    "Em xin hỏi: khi Chi đoàn tổ chức hoạt động ngoài giờ hành "
                                    "chính thì có được hỗ trợ kinh phí không?" } });
}

TEST_CASE("cli: the day: check-in by code and by name, a substitute sent the day before, the "
          "plan switched online and back, and the quotas after all that",
          "[stores][cli][clerk][checkin]")
{
    LongAn d;
    d.setUp();
    for (const QString &file :
         { QStringLiteral("la_cangiuoc_quochieu.xlsx"), QStringLiteral("la_tanan_chidoan.xlsx") })
        REQUIRE(d.importList(file).exitCode == 0);
    const auto idOf = [&d](const QString &name) {
        for (const auto &row : d.rows({ QStringLiteral("attendees"), QStringLiteral("--codes") }))
            if (row.value(QStringLiteral("full_name")) == name)
                return std::pair { row.value(QStringLiteral("id")),
                                   row.value(QStringLiteral("code")) };
        FAIL("no " << name.toStdString());
        return std::pair { QString(), QString() };
    };

    // The union's list of one, sent the day before: no TT column, a position with the words of
    // a workplace header. It names the person replaced.
    ProcessResult r = d.importList(QStringLiteral("la_cangiuoc_thaythe.xlsx"));
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(out(r).endsWith(QStringLiteral("\n1 added, 0 updated, 0 already there or repeated, "
                                         "skipped, 0 row(s) with errors not imported\n")));
    const QString ha = idOf(QStringLiteral("Nguyễn Thị Thu Hà")).first;
    const QString kieu = idOf(QStringLiteral("Phạm Thị Kiều")).first;
    QMap<QString, QString> k;
    for (const auto &row : d.rows({ QStringLiteral("attendees") }))
        if (row.value(QStringLiteral("id")) == kieu)
            k = row;
    CHECK(k.value(QStringLiteral("position")) == QStringLiteral("Ủy viên BCH Chi đoàn"));
    CHECK(k.value(QStringLiteral("workplace"))
          == QStringLiteral("Chi đoàn Công ty CP Dược phẩm Cần Giuộc"));
    CHECK(k.value(QStringLiteral("unit")) == kCg);
    CHECK(k.value(QStringLiteral("note")) == QStringLiteral("Thay thế cho đ/c Nguyễn Thị Thu Hà"));
    d.ok({ QStringLiteral("attendee"), QStringLiteral("set"), kieu, QStringLiteral("--reserve"),
           QStringLiteral("yes") });
    r = d.run({ QStringLiteral("attendee"), QStringLiteral("substitute"), ha, kieu });
    REQUIRE(r.exitCode == 0);
    CHECK(out(r) == QStringLiteral("Phạm Thị Kiều replaces Nguyễn Thị Thu Hà.\n"));

    // At the door, a person the union never listed arrives in Trương Thị Yến Nhi's place.
    r = d.run({ QStringLiteral("attendee"), QStringLiteral("substitute"),
                idOf(QStringLiteral("Trương Thị Yến Nhi")).first, QStringLiteral("--name"),
                QStringLiteral("  Huỳnh Thị Thanh  Trúc "), QStringLiteral("--phone"),
                QStringLiteral("0939 123 456") });
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(out(r) == QStringLiteral("Huỳnh Thị Thanh Trúc replaces Trương Thị Yến Nhi.\n"));
    r = d.run({ QStringLiteral("attendee"), QStringLiteral("substitute"),
                idOf(QStringLiteral("Đặng Minh Khôi")).first, QStringLiteral("--name"),
                QStringLiteral("=HYPERLINK(1)") });
    CHECK(r.exitCode == 2);
    QMap<QString, QString> truc;
    for (const auto &row : d.rows({ QStringLiteral("attendees") }))
        if (row.value(QStringLiteral("full_name")) == QStringLiteral("Huỳnh Thị Thanh Trúc"))
            truc = row;
    CHECK(truc.value(QStringLiteral("family_name")) == QStringLiteral("Huỳnh"));
    CHECK(truc.value(QStringLiteral("middle_name")) == QStringLiteral("Thị Thanh"));
    CHECK(truc.value(QStringLiteral("given_name")) == QStringLiteral("Trúc"));
    CHECK(truc.value(QStringLiteral("unit")) == kTa);
    CHECK(truc.value(QStringLiteral("position")) == QStringLiteral("Phó Bí thư"));
    CHECK(truc.value(QStringLiteral("phone")) == QStringLiteral("0939123456"));
    d.ok({ QStringLiteral("checkin"), QStringLiteral("huynh thi thanh truc") });

    // At the door: a code from the letter, a name typed without accents, a namesake.
    r = d.run({ QStringLiteral("checkin"), idOf(QStringLiteral("Võ Thị Ngọc Trâm")).second,
                QStringLiteral("--desk"), QStringLiteral("Cửa chính") });
    CHECK(r.exitCode == 0);
    CHECK(out(r) == QStringLiteral("Checked in: Võ Thị Ngọc Trâm (Huyện đoàn Cần Giuộc)\n"));
    r = d.run({ QStringLiteral("checkin"), QStringLiteral("pham thi kieu") });
    CHECK(r.exitCode == 0);
    CHECK(out(r) == QStringLiteral("Checked in: Phạm Thị Kiều (Huyện đoàn Cần Giuộc)\n"));
    r = d.run({ QStringLiteral("checkin"), QStringLiteral("Nguyễn Văn Hùng") });
    CHECK(r.exitCode == 1);
    CHECK(
        QString::fromUtf8(r.err).contains(QStringLiteral("2 people are called “Nguyễn Văn Hùng”")));

    const QList<QStringList> quotas {
        { "Công đoàn Khu công nghiệp Long Hậu", "", "0", "0" },
        { kCg, "20", "5", "2" },
        { kSld, "", "0", "0" },
        { kTa, "30", "5", "1" },
        { kKt, "3", "0", "0" },
        { "Tỉnh đoàn Long An", "", "0", "0" },
        { kKcq, "3", "0", "0" },
    };
    const QStringList columns { "unit", "quota", "people", "present" };
    CHECK(d.table({ QStringLiteral("quotas") }, columns) == quotas);
    const QList<QStringList> people = d.table(
        { QStringLiteral("attendees") },
        { "full_name", "unit", "status", "checked_in_desk", "reserve", "workplace", "phone" });

    // Online and back: nothing lost, nothing counted otherwise.
    d.ok({ QStringLiteral("plan"), QStringLiteral("switch"), QStringLiteral("online"),
           QStringLiteral("--reason"), QStringLiteral("Tỉnh áp dụng Chỉ thị 15/CT-TTg") });
    d.ok({ QStringLiteral("plan"), QStringLiteral("switch"), QStringLiteral("in-person"),
           QStringLiteral("--reason"), QStringLiteral("Dịch bệnh ổn định") });
    r = d.run({ QStringLiteral("plan"), QStringLiteral("show") });
    CHECK(out(r).contains(QStringLiteral("in-person → online\tTỉnh áp dụng Chỉ thị 15/CT-TTg")));
    CHECK(out(r).contains(QStringLiteral("online → in-person\tDịch bệnh ổn định")));
    CHECK(d.table({ QStringLiteral("quotas") }, columns) == quotas);
    CHECK(d.table(
              { QStringLiteral("attendees") },
              { "full_name", "unit", "status", "checked_in_desk", "reserve", "workplace", "phone" })
          == people);
    CHECK(people.size() == 12);
}
