// Question intake (issue 4): e-mail and spreadsheet import, near-duplicates, triage commands
// as single undo steps, progress figures against SQL, and the forwarding export.
#include "support/sessionsupport.h"
#include "support/testsupport.h"

#include "edit/commands.h"
#include "edit/questionactions.h"
#include "edit/rowcommands.h"
#include "import/attendeecommit.h"
#include "import/questionimport.h"
#include "io/spreadsheetreader.h"
#include "io/tablewriter.h"
#include "models/questiontablemodel.h"
#include "services/questionduplicates.h"
#include "services/questionexport.h"
#include "services/questionprogress.h"
#include "services/sampleevent.h"
#include "session/session.h"
#include "text/vietnamese.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace dd;
using testsupport::sampleSession;

namespace {

qint64 unitId(Session &s, const QString &name)
{
    const auto u = s.units().findByName(name);
    REQUIRE(u);
    return u->id;
}

// The three host units get the addresses their e-mails come from.
void giveHostsTheirAddresses(Session &s)
{
    const QList<std::pair<QString, QString>> addresses = {
        { QStringLiteral("Huyện đoàn Dương Minh Châu"), QStringLiteral("huyendoan.dmc@gmail.com") },
        { QStringLiteral("Thị đoàn Hòa Thành"), QStringLiteral("thidoan.hoathanh@tayninh.gov.vn") },
        { QStringLiteral("Thành đoàn thành phố Tây Ninh"),
          QStringLiteral("thanhdoan.tayninh@gmail.com") },
    };
    for (const auto &[name, email] : addresses) {
        auto u = s.units().findByName(name);
        REQUIRE(u);
        u->email = email;
        REQUIRE(s.units().update(*u).ok());
    }
}

QString emailFixture(const char *name)
{
    return testsupport::fixture(QStringLiteral("email/") + QLatin1String(name));
}

Question question(Session &s, qint64 unit, const QString &text)
{
    Question q;
    q.eventId = s.eventId();
    q.unitId = unit;
    q.text = text;
    q.receivedOn = QDate(2021, 8, 20);
    return q;
}

QList<qint64> addAll(Session &s, const QList<Question> &rows)
{
    auto *cmd = commands::addQuestions(&s, rows);
    auto *add = static_cast<AddRowsCommand<Question> *>(cmd);
    REQUIRE(s.push(cmd));
    QList<qint64> ids;
    for (const Question &q : add->rows())
        ids << q.id;
    return ids;
}

int sqlCount(Session &s, const QString &where, const QVariantList &binds)
{
    QSqlQuery q(s.database().connection());
    REQUIRE(q.prepare(QStringLiteral("SELECT count(*) FROM questions WHERE event_id = ? AND ")
                      + where));
    q.addBindValue(s.eventId());
    for (const QVariant &b : binds)
        q.addBindValue(b);
    REQUIRE(q.exec());
    REQUIRE(q.next());
    return q.value(0).toInt();
}

bool isNfc(const QString &s)
{
    return s == s.normalized(QString::NormalizationForm_C);
}

} // namespace

TEST_CASE("E-mails: sender matched to a unit, numbered items split, Vietnamese intact",
          "[questions][email]")
{
    auto s = sampleSession();
    giveHostsTheirAddresses(*s);
    const qint64 dmc = unitId(*s, QStringLiteral("Huyện đoàn Dương Minh Châu"));
    const qint64 ht = unitId(*s, QStringLiteral("Thị đoàn Hòa Thành"));
    const qint64 tp = unitId(*s, QStringLiteral("Thành đoàn thành phố Tây Ninh"));

    SECTION("quoted-printable UTF-8, numbered list")
    {
        const auto b = importQuestionsFromFiles(*s, { emailFixture("dmc_numbered_qp.eml") });
        REQUIRE(b.rows.size() == 5);
        for (const import::ImportRow &r : b.rows) {
            CHECK(r.ready());
            CHECK(r.question().unitId == dmc);
            CHECK(r.question().channel == QuestionChannel::Email);
            CHECK(r.question().receivedOn == QDate(2021, 8, 23));
            CHECK(isNfc(r.question().text));
            CHECK(r.questionFields().sender.contains(QStringLiteral("huyendoan.dmc@gmail.com")));
        }
        CHECK(
            b.rows.at(2).question().text
            == QStringLiteral("Giá thuê phòng trọ gần khu công nghiệp ngày càng tăng. Đề nghị tỉnh "
                              "sớm đầu tư nhà ở xã hội, nhà lưu trú cho công nhân."));
        CHECK(b.rows.at(0).questionFields().source
              == QStringLiteral("dmc_numbered_qp.eml, item 1"));
    }
    SECTION("base64 multipart/alternative from Outlook")
    {
        const auto b
            = importQuestionsFromFiles(*s, { emailFixture("hoathanh_b64_alternative.eml") });
        REQUIRE(b.rows.size() == 5);
        CHECK(b.rows.at(0).question().unitId == ht);
        CHECK(b.rows.at(0).question().kind == QuestionKind::Recommendation); // "Đề nghị …"
        CHECK(b.rows.at(2).question().text.contains(
            QStringLiteral("còn ít chuyến, công nhân tan ca")));
        CHECK(import::questionsToImport(b).size() == 5);
    }
    SECTION("HTML only, entities decoded")
    {
        const auto b = importQuestionsFromFiles(*s, { emailFixture("tayninh_html_only.eml") });
        REQUIRE(b.rows.size() == 4);
        CHECK(b.rows.at(0).question().unitId == tp);
        CHECK(b.rows.at(1).question().text.contains(QStringLiteral(" và sinh hoạt")));
        CHECK(b.rows.at(3).question().text.contains(QStringLiteral("“3 ca 4 kíp”")));
        CHECK(b.rows.at(3).question().text.contains(QStringLiteral("giờ & ngày lễ")));
    }
    SECTION("Windows-1258 from an unknown sender: a unit to choose, the text intact")
    {
        const auto b = importQuestionsFromFiles(*s, { emailFixture("cp1258_qp.eml") });
        REQUIRE(b.rows.size() == 3);
        for (const import::ImportRow &r : b.rows) {
            CHECK(r.unitUnknown);
            CHECK_FALSE(r.ready());
            CHECK(import::questionMessage(r).contains(QStringLiteral("chidoan.myphong@yahoo.com")));
        }
        CHECK(b.rows.at(2).question().text.contains(
            QStringLiteral("Khu nhà trọ ấp Bến Kéo thường bị ngập nước")));
        CHECK(isNfc(b.rows.at(2).question().text));
        // Choosing the unit makes the rows importable.
        import::ImportPreview chosen = b;
        chosen.rows[0].question().unitId = dmc;
        CHECK(chosen.rows.at(0).ready());
    }
    SECTION("attachments are ignored, forwarded mail uses the inner text")
    {
        const auto a = importQuestionsFromFiles(*s, { emailFixture("attachments_mixed.eml") });
        REQUIRE(a.rows.size() == 3);
        for (const import::ImportRow &r : a.rows)
            CHECK_FALSE(r.question().text.contains(QStringLiteral(".pdf")));
        const auto f = importQuestionsFromFiles(*s, { emailFixture("forwarded_rfc822.eml") });
        REQUIRE(f.rows.size() == 2);
        CHECK(f.rows.at(1).question().text.startsWith(
            QStringLiteral("Đề nghị có cơ chế để Chi đoàn")));
        CHECK(f.rows.at(0).question().receivedOn == QDate(2021, 8, 30));
    }
    SECTION("a unit's exact name as the sender's name: matched without its address; the "
            "question cleaned, its kind and its signer recognised")
    {
        const auto b
            = importQuestionsFromFiles(*s, { emailFixture("hoathanh_cp1258_outlook.eml") });
        REQUIRE(b.rows.size() == 1);
        const import::ImportRow &r = b.rows.first();
        CHECK(r.ready());
        CHECK_FALSE(r.unitUnknown);
        CHECK(r.question().unitId == ht);
        CHECK(r.question().kind == QuestionKind::Recommendation);
        CHECK(r.question().submitter == QStringLiteral("Nguyễn Thị Ngọc Hân"));
        CHECK(r.question().receivedOn == QDate(2021, 8, 26));
        CHECK(r.question().text.startsWith(QStringLiteral("Ấp Long Bình có hơn 300 thanh niên")));
        CHECK(r.question().text.contains(QStringLiteral("đèn chiếu sáng.\n\nĐề nghị tỉnh lắp")));
        CHECK(r.question().text.endsWith(QStringLiteral("tan ca đêm đi lại an toàn.")));
    }
    SECTION(
        "broken, Outlook .msg and empty e-mails: a clear message on their row, the rest previewed")
    {
        const auto b = importQuestionsFromFiles(
            *s,
            { emailFixture("broken_not_email.eml"), emailFixture("dmc_numbered_qp.eml"),
              emailFixture("outlook_msg_renamed.eml"), emailFixture("empty_body.eml") });
        REQUIRE(b.rows.size() == 8);
        CHECK(import::questionsToImport(b).size() == 5);
        CHECK(b.rows.at(0).blocked());
        CHECK(
            import::questionMessage(b.rows.at(0)).contains(QStringLiteral("broken_not_email.eml")));
        CHECK(b.rows.at(6).blocked());
        CHECK(import::questionMessage(b.rows.at(6)).contains(QStringLiteral("Outlook")));
        CHECK(b.rows.at(7).blocked());
        CHECK(import::questionMessage(b.rows.at(7)).contains(QStringLiteral("empty_body.eml")));
    }
}

TEST_CASE("A folder of e-mails from the three host units: one undo step, progress follows",
          "[questions][email]")
{
    auto s = sampleSession();
    giveHostsTheirAddresses(*s);
    QTemporaryDir dir;
    for (const char *name : { "dmc_numbered_qp.eml", "hoathanh_b64_alternative.eml",
                              "tayninh_html_only.eml", "broken_not_email.eml" })
        REQUIRE(QFile::copy(emailFixture(name), dir.filePath(QLatin1String(name))));

    const auto batch = importQuestionsFromFiles(*s, { dir.path() });
    CHECK(batch.rows.size() == 15);
    REQUIRE(import::questionsToImport(batch).size() == 14);
    const int steps = s->undoStack()->count();
    REQUIRE(import::commitImport(*s, batch, {}));
    CHECK(s->undoStack()->count() == steps + 1);
    CHECK(sqlCount(*s, QStringLiteral("1"), {}) == 14);

    // The sample's own 2021 deadline raises no alarm (issue 14.10)…
    for (const HostProgress &h : computeQuestionProgress(*s, QDate(2021, 9, 1)).hosts)
        CHECK_FALSE(h.late);
    // …a real event's does: the same data, no longer marked as the sample.
    Event real = *s->event();
    real.sample = false;
    REQUIRE(s->events().update(real).ok());
    const QuestionProgress p = computeQuestionProgress(*s, QDate(2021, 9, 1));
    REQUIRE(p.hosts.size() == 3);
    QHash<QString, HostProgress> byName;
    for (const HostProgress &h : p.hosts)
        byName.insert(h.unitName, h);
    CHECK(byName.value(QStringLiteral("Huyện đoàn Dương Minh Châu")).received == 5);
    CHECK_FALSE(byName.value(QStringLiteral("Huyện đoàn Dương Minh Châu")).late);
    CHECK(byName.value(QStringLiteral("Thành đoàn thành phố Tây Ninh")).received == 4);
    CHECK(byName.value(QStringLiteral("Thành đoàn thành phố Tây Ninh")).late); // 4 of 5 after 30/8
    for (const HostProgress &h : computeQuestionProgress(*s, QDate(2021, 8, 29)).hosts)
        CHECK_FALSE(h.late); // behind, but the deadline has not passed

    // Importing the same folder again finds every question already recorded.
    const auto again = importQuestionsFromFiles(*s, { dir.path() });
    CHECK(import::questionsToImport(again).size() == 0);
    CHECK(again.rows.at(1).duplicate == import::Duplicate::InEvent);

    s->undoStack()->undo();
    CHECK(sqlCount(*s, QStringLiteral("1"), {}) == 0);
}

TEST_CASE("CSV and XLSX question lists: header found, columns mapped, problems on their rows",
          "[questions][import]")
{
    auto s = sampleSession();
    const qint64 ht = unitId(*s, QStringLiteral("Thị đoàn Hòa Thành"));
    const QList<Topic> topics = s->questions().topics(s->eventId());
    REQUIRE(topics.size() == 4);
    QTemporaryDir dir;

    SECTION("CSV in Vietnamese with a title row")
    {
        const QString path = dir.filePath(QStringLiteral("cau-hoi.csv"));
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(
            "\xEF\xBB\xBF"
            "TỔNG HỢP Ý KIẾN THỊ ĐOÀN HÒA THÀNH,,,,,,,\r\n"
            "STT,Đơn vị,Người hỏi,Loại,Chủ đề,Nội dung câu hỏi,Ngày,Kênh\r\n"
            "1,Hòa Thành,Nguyễn Văn An,Kiến nghị,2,\"Đề nghị tổ chức giải bóng đá, văn nghệ cho "
            "công nhân.\",25/08/2021,Nộp trực tiếp\r\n"
            "2,Thi doan Hoa Thanh,Trần Thị Bé,Câu hỏi,Chủ đề 3,Khi nào có nhà ở xã hội cho công "
            "nhân?,2021-08-26,Email\r\n"
            "3,Huyện đoàn Không Có,,Hiến kế,,Lập nhóm Zalo hỗ trợ công nhân mới.,26/08/2021,\r\n"
            "4,Hòa Thành,,,,,,\r\n"
            "5,Hòa Thành,,Đề xuất,9,Mở lớp tiếng Anh buổi tối.,32/13/2021,\r\n"
            "Tổng cộng,,,,,,,\r\n");
        f.close();
        const auto b = importQuestionsFromFiles(*s, { path });
        REQUIRE(b.rows.size() == 5); // the total row is skipped, the row without text is kept
        const Question &q1 = b.rows.at(0).question();
        CHECK(q1.unitId == ht);
        CHECK(q1.submitter == QStringLiteral("Nguyễn Văn An"));
        CHECK(q1.kind == QuestionKind::Recommendation);
        CHECK(q1.topicId == topics.at(1).id);
        CHECK(q1.status == QuestionStatus::Classified);
        CHECK(q1.receivedOn == QDate(2021, 8, 25));
        CHECK(q1.channel == QuestionChannel::HandedIn);
        CHECK(b.rows.at(0).ready());
        CHECK(b.rows.at(0).questionFields().source == QStringLiteral("cau-hoi.csv, row 3"));
        const Question &q2 = b.rows.at(1).question();
        CHECK(q2.unitId == ht); // accents not needed
        CHECK(q2.topicId == topics.at(2).id);
        CHECK(q2.receivedOn == QDate(2021, 8, 26));
        CHECK(b.rows.at(2).unitUnknown);
        CHECK(b.rows.at(2).question().kind == QuestionKind::Initiative);
        CHECK(
            import::questionMessage(b.rows.at(2)).contains(QStringLiteral("Huyện đoàn Không Có")));
        CHECK(b.rows.at(3).blocked());
        CHECK(import::questionMessage(b.rows.at(3)).contains(QStringLiteral("no question text")));
        CHECK(import::questionMessage(b.rows.at(4)).contains(QStringLiteral("32/13/2021")));
        CHECK(import::questionMessage(b.rows.at(4)).contains(QStringLiteral("“9”")));
        CHECK(b.rows.at(4).ready()); // warnings only
        CHECK(import::questionsToImport(b).size() == 3);
    }
    SECTION("XLSX with English headers")
    {
        io::ExportTable t;
        t.sheetName = QStringLiteral("Questions");
        t.columns = { { QStringLiteral("Unit") },   { QStringLiteral("Asked by") },
                      { QStringLiteral("Kind") },   { QStringLiteral("Topic") },
                      { QStringLiteral("Text") },   { QStringLiteral("Date") },
                      { QStringLiteral("Channel") } };
        t.rows = { { QStringLiteral("Dương Minh Châu"), QStringLiteral("Lê Văn Cường"),
                     QStringLiteral("proposal"), QStringLiteral("1"),
                     QStringLiteral("Đề xuất lập quỹ hỗ trợ đoàn viên khó khăn."),
                     QStringLiteral("24/08/2021"), QStringLiteral("livestream") },
                   { QStringLiteral("Thị đoàn Hòa Thành"), QString(), QString(), QString(),
                     QStringLiteral("Công nhân có được nghỉ phép khi con ốm không?"), QString(),
                     QString() } };
        const QString path = dir.filePath(QStringLiteral("questions.xlsx"));
        REQUIRE(io::writeXlsx(path, { t }).ok());
        const auto b = importQuestionsFromFiles(*s, { path });
        REQUIRE(b.rows.size() == 2);
        CHECK(b.rows.at(0).question().kind == QuestionKind::Proposal);
        CHECK(b.rows.at(0).question().channel == QuestionChannel::Livestream);
        CHECK(b.rows.at(0).question().topicId == topics.at(0).id);
        CHECK(b.rows.at(0).question().unitId
              == unitId(*s, QStringLiteral("Huyện đoàn Dương Minh Châu")));
        CHECK(b.rows.at(1).question().unitId == ht);
        CHECK(b.rows.at(1).question().kind == QuestionKind::Question);
        CHECK(import::questionsToImport(b).size() == 2);
    }
    SECTION("a sheet without a recognisable header is refused with a message")
    {
        io::Sheet sheet;
        sheet.rows = { { QStringLiteral("a"), QStringLiteral("b") },
                       { QStringLiteral("1"), QStringLiteral("2") } };
        const auto b = importQuestionsFromSheet(*s, sheet, QStringLiteral("x.csv"));
        REQUIRE(b.rows.size() == 1);
        CHECK(b.rows.at(0).blocked());
        CHECK_FALSE(import::questionMessage(b.rows.at(0)).isEmpty());
    }
}

TEST_CASE("Near-duplicates: the same words in another order are suggested, other questions not",
          "[questions][duplicates]")
{
    QList<Question> qs;
    auto add = [&](qint64 id, const QString &text) {
        Question q;
        q.id = id;
        q.text = text;
        qs << q;
    };
    add(1, QStringLiteral("Đề nghị tỉnh đầu tư nhà ở xã hội cho công nhân khu công nghiệp."));
    add(2, QStringLiteral("Cho công nhân khu công nghiệp: đề nghị tỉnh đầu tư nhà ở xã hội!"));
    add(3, QStringLiteral("DE NGHI TINH DAU TU NHA O XA HOI CHO CONG NHAN KHU CONG NGHIEP"));
    add(4,
        QStringLiteral("Đề nghị mở lớp học tiếng Anh buổi tối miễn phí cho thanh niên công nhân."));
    add(5,
        QStringLiteral(
            "Đề nghị mở lớp học tiếng Anh buổi tối miễn phí cho thanh niên công nhân trẻ."));
    add(6, QStringLiteral("Đề nghị tỉnh đầu tư nhà ở xã hội cho công nhân khu công nghiệp."));
    qs.last().status = QuestionStatus::Withdrawn; // withdrawn: not suggested

    const QList<DuplicatePair> pairs = findNearDuplicates(qs);
    auto has = [&](qint64 a, qint64 b) {
        return std::any_of(pairs.cbegin(), pairs.cend(), [&](const DuplicatePair &p) {
            return (p.firstId == a && p.secondId == b) || (p.firstId == b && p.secondId == a);
        });
    };
    CHECK(has(1, 2));
    CHECK(has(1, 3));
    CHECK(has(2, 3));
    CHECK(has(4, 5)); // one word more in 12
    CHECK_FALSE(has(1, 4));
    CHECK_FALSE(has(2, 5));
    CHECK_FALSE(has(1, 6));
    CHECK(pairs.size() == 4);
    CHECK(pairs.first().similarity == Approx(1.0));
    CHECK(duplicateWords(QStringLiteral("Đề nghị, ở!"))
          == QStringList({ QStringLiteral("de"), QStringLiteral("nghi") }));
}

TEST_CASE("Merging keeps both texts and both units and is one undo step", "[questions][triage]")
{
    auto s = sampleSession();
    const qint64 dmc = unitId(*s, QStringLiteral("Huyện đoàn Dương Minh Châu"));
    const qint64 ht = unitId(*s, QStringLiteral("Thị đoàn Hòa Thành"));
    const auto ids = addAll(
        *s,
        { question(*s, dmc, QStringLiteral("Đề nghị xây nhà ở xã hội cho công nhân.")),
          question(*s, ht, QStringLiteral("Xây nhà ở xã hội cho công nhân, đề nghị tỉnh.")) });
    QuestionTableModel model(s.get());
    QAbstractItemModelTester tester(&model);
    const int steps = s->undoStack()->count();

    REQUIRE(s->push(questionactions::merge(s.get(), ids, ids.at(0))));
    CHECK(s->undoStack()->count() == steps + 1);
    const auto kept = s->questions().get(ids.at(0));
    const auto merged = s->questions().get(ids.at(1));
    CHECK(kept->status == QuestionStatus::Received);
    CHECK(kept->text == QStringLiteral("Đề nghị xây nhà ở xã hội cho công nhân."));
    CHECK(merged->status == QuestionStatus::Merged);
    CHECK(merged->duplicateOfId == ids.at(0));
    CHECK(merged->unitId == ht);
    CHECK(merged->text == QStringLiteral("Xây nhà ở xã hội cho công nhân, đề nghị tỉnh."));
    CHECK(questionactions::alsoFromUnits(s->questions().list(s->eventId()), ids.at(0))
          == QList<qint64> { ht });
    const int row = model.rowOf(ids.at(0));
    CHECK(model.index(row, QuestionTableModel::UnitColumn)
              .data()
              .toString()
              .contains(QStringLiteral("Hòa Thành")));
    // Merged questions are not counted twice.
    CHECK(computeQuestionProgress(*s, QDate(2021, 8, 1)).open == 1);
    CHECK(findNearDuplicates(s->questions().list(s->eventId())).isEmpty());

    s->undoStack()->undo();
    CHECK(s->questions().get(ids.at(1))->status == QuestionStatus::Received);
    CHECK(s->questions().get(ids.at(1))->duplicateOfId == 0);
    s->undoStack()->redo();
    CHECK(s->questions().get(ids.at(1))->status == QuestionStatus::Merged);
}

TEST_CASE("Classify, forward and withdraw many rows: each one undo step", "[questions][triage]")
{
    auto s = sampleSession();
    const qint64 dmc = unitId(*s, QStringLiteral("Huyện đoàn Dương Minh Châu"));
    const qint64 agency = unitId(*s, QStringLiteral("Sở Nội vụ"));
    const qint64 topic = s->questions().topics(s->eventId()).at(2).id;
    QList<Question> rows;
    for (int i = 0; i < 6; ++i)
        rows << question(*s, dmc, QStringLiteral("Câu hỏi số %1 về đời sống công nhân").arg(i + 1));
    const auto ids = addAll(*s, rows);
    const QList<qint64> four = ids.mid(0, 4);
    const int steps = s->undoStack()->count();

    REQUIRE(s->push(questionactions::classify(s.get(), four, topic)));
    CHECK(s->undoStack()->count() == steps + 1);
    CHECK(sqlCount(*s, QStringLiteral("status = 'classified' AND topic_id = ?"), { topic }) == 4);

    REQUIRE(s->push(questionactions::forward(s.get(), four.mid(0, 3), agency, QDate(2021, 9, 2))));
    CHECK(s->undoStack()->count() == steps + 2);
    CHECK(sqlCount(*s,
                   QStringLiteral("status = 'forwarded' AND forwarded_to_unit_id = ? AND "
                                  "forwarded_on = '2021-09-02'"),
                   { agency })
          == 3);

    REQUIRE(s->push(questionactions::withdraw(s.get(), ids.mid(4))));
    CHECK(s->undoStack()->count() == steps + 3);
    CHECK(sqlCount(*s, QStringLiteral("status = 'withdrawn'"), {}) == 2);

    s->undoStack()->undo();
    CHECK(sqlCount(*s, QStringLiteral("status = 'withdrawn'"), {}) == 0);
    s->undoStack()->undo();
    CHECK(sqlCount(*s, QStringLiteral("status = 'forwarded'"), {}) == 0);
    CHECK(sqlCount(*s, QStringLiteral("status = 'classified'"), {}) == 4);
    s->undoStack()->undo();
    CHECK(sqlCount(*s, QStringLiteral("status = 'received'"), {}) == 6);

    // Running order and answers (live mode) are single steps too.
    REQUIRE(s->push(questionactions::reorder(s.get(), { ids.at(5), ids.at(0), ids.at(1) })));
    CHECK(s->questions().get(ids.at(5))->runningOrder == 1);
    CHECK(s->questions().get(ids.at(1))->runningOrder == 3);
    REQUIRE(s->push(questionactions::answer(s.get(), ids.at(5), QStringLiteral("Sở sẽ kiểm tra."),
                                            QStringLiteral("Giám đốc Sở"),
                                            QDateTime(QDate(2021, 10, 9), QTime(9, 0)))));
    CHECK(s->questions().get(ids.at(5))->status == QuestionStatus::Answered);
    s->undoStack()->undo();
    CHECK(s->questions().get(ids.at(5))->answer.isEmpty());
    CHECK(s->questions().get(ids.at(5))->status == QuestionStatus::Received);
}

TEST_CASE("Progress per host unit, topic and agency equals counts computed with SQL",
          "[questions][progress]")
{
    auto s = sampleSession();
    const QList<Topic> topics = s->questions().topics(s->eventId());
    const qint64 dmc = unitId(*s, QStringLiteral("Huyện đoàn Dương Minh Châu"));
    const qint64 ht = unitId(*s, QStringLiteral("Thị đoàn Hòa Thành"));
    const qint64 tp = unitId(*s, QStringLiteral("Thành đoàn thành phố Tây Ninh"));
    const qint64 snv = unitId(*s, QStringLiteral("Sở Nội vụ"));
    const qint64 mttq = unitId(*s, QStringLiteral("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"));
    QList<Question> rows;
    const qint64 units[] = { dmc, ht, tp, dmc, dmc, ht };
    for (int i = 0; i < 18; ++i) {
        Question q = question(*s, units[i % 6], QStringLiteral("Ý kiến %1").arg(i));
        q.topicId = i % 5 == 4 ? 0 : topics.at(i % 4).id;
        q.status = q.topicId ? QuestionStatus::Classified : QuestionStatus::Received;
        if (i % 3 == 1) {
            q.forwardedToUnitId = i % 2 ? snv : mttq;
            q.forwardedOn = QDate(2021, 9, 1);
            q.status = QuestionStatus::Forwarded;
        }
        if (i % 6 == 1) {
            q.status = QuestionStatus::Answered;
            q.answer = QStringLiteral("Đã trả lời");
        }
        if (i == 17)
            q.status = QuestionStatus::Withdrawn;
        rows << q;
    }
    addAll(*s, rows);

    const QuestionProgress p = computeQuestionProgress(*s, QDate(2021, 9, 1));
    const QString open = QStringLiteral("status NOT IN ('merged','withdrawn')");
    for (const HostProgress &h : p.hosts)
        CHECK(h.received == sqlCount(*s, open + QStringLiteral(" AND unit_id = ?"), { h.unitId }));
    const QString waiting = QStringLiteral("status IN ('received','classified')");
    for (const StatusCounts &c : p.topics) {
        const QString topic
            = c.id ? QStringLiteral("topic_id = ?") : QStringLiteral("topic_id IS NULL");
        const QVariantList binds = c.id ? QVariantList { c.id } : QVariantList {};
        INFO(c.label.toStdString());
        CHECK(c.waiting == sqlCount(*s, topic + QStringLiteral(" AND ") + waiting, binds));
        CHECK(c.forwarded
              == sqlCount(*s, topic + QStringLiteral(" AND status = 'forwarded'"), binds));
        CHECK(c.answered
              == sqlCount(*s, topic + QStringLiteral(" AND status = 'answered'"), binds));
    }
    REQUIRE(p.agencies.size() == 2);
    for (const StatusCounts &c : p.agencies) {
        CHECK(c.waiting
              == sqlCount(*s, QStringLiteral("forwarded_to_unit_id = ? AND ") + waiting, { c.id }));
        CHECK(c.forwarded
              == sqlCount(*s, QStringLiteral("forwarded_to_unit_id = ? AND status = 'forwarded'"),
                          { c.id }));
        CHECK(c.answered
              == sqlCount(*s, QStringLiteral("forwarded_to_unit_id = ? AND status = 'answered'"),
                          { c.id }));
    }
    CHECK(p.open == sqlCount(*s, open, {}));
}

TEST_CASE("Export for an agency: read back, forwarding recorded as one undo step",
          "[questions][export]")
{
    auto s = sampleSession();
    const qint64 dmc = unitId(*s, QStringLiteral("Huyện đoàn Dương Minh Châu"));
    const qint64 ht = unitId(*s, QStringLiteral("Thị đoàn Hòa Thành"));
    const qint64 snv = unitId(*s, QStringLiteral("Sở Nội vụ"));
    const auto ids = addAll(
        *s,
        { question(*s, dmc, QStringLiteral("Đề nghị Sở Nội vụ hướng dẫn thủ tục tuyển dụng.")),
          question(*s, ht, QStringLiteral("=1+1 công thức không được chạy")),
          question(*s, ht, QStringLiteral("Câu hỏi chưa chuyển")),
          question(*s, dmc, QStringLiteral("Câu hỏi trùng")) });
    REQUIRE(s->push(questionactions::forward(s.get(), { ids.at(0) }, snv, QDate(2021, 9, 1))));
    REQUIRE(
        s->push(questionactions::forward(s.get(), { ids.at(1) }, snv, {}, false))); // assigned only
    REQUIRE(s->push(questionactions::merge(s.get(), { ids.at(0), ids.at(3) }, ids.at(0))));

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("so-noi-vu.xlsx"));
    SECTION("with the assigned ones: recorded as forwarded")
    {
        const QuestionExport e = buildQuestionExport(*s, snv, true);
        REQUIRE(e.questions.size() == 2);
        REQUIRE(e.toRecord.size() == 1);
        REQUIRE(writeQuestionExport(path, e).ok());
        const auto book = io::readSpreadsheet(path);
        REQUIRE(book.ok());
        const io::Sheet &sheet = book->sheets.first();
        int header = -1;
        for (int r = 0; r < sheet.rowCount(); ++r)
            if (sheet.rows.at(r).value(0) == QStringLiteral("STT"))
                header = r;
        REQUIRE(header >= 0);
        const int text = int(sheet.rows.at(header).indexOf(QStringLiteral("Nội dung")));
        const int unit = int(sheet.rows.at(header).indexOf(QStringLiteral("Đơn vị")));
        REQUIRE(text >= 0);
        REQUIRE(sheet.rowCount() >= header + 3);
        CHECK(sheet.rows.at(header + 1).at(text)
              == QStringLiteral("Đề nghị Sở Nội vụ hướng dẫn thủ tục tuyển dụng."));
        // The merged question's unit comes with the kept one (same unit here: listed once).
        CHECK(sheet.rows.at(header + 1).at(unit) == QStringLiteral("Huyện đoàn Dương Minh Châu"));
        // A text that looks like a formula stays text.
        CHECK(sheet.rows.at(header + 2).at(text).contains(QStringLiteral("=1+1 công thức")));

        const int steps = s->undoStack()->count();
        REQUIRE(s->push(questionactions::recordForwarding(s.get(), e.toRecord, QDate(2021, 9, 5))));
        CHECK(s->undoStack()->count() == steps + 1);
        CHECK(s->questions().get(ids.at(1))->status == QuestionStatus::Forwarded);
        CHECK(s->questions().get(ids.at(1))->forwardedOn == QDate(2021, 9, 5));
        CHECK(s->questions().get(ids.at(0))->forwardedOn == QDate(2021, 9, 1)); // unchanged
        s->undoStack()->undo();
        CHECK(s->questions().get(ids.at(1))->status == QuestionStatus::Received);
    }
    SECTION("without them: only what was forwarded")
    {
        const QuestionExport e = buildQuestionExport(*s, snv, false);
        CHECK(e.questions.size() == 1);
        CHECK(e.toRecord.isEmpty());
        CHECK(questionactions::recordForwarding(s.get(), e.toRecord, QDate(2021, 9, 5)) == nullptr);
        const QuestionExport all = buildQuestionExport(*s, 0, false);
        CHECK(all.questions.size() == 3); // the merged one is in its kept question
    }
}

TEST_CASE("The kind of a question is recognised from its words", "[questions][import]")
{
    // Table written by hand from issue 13, point 7.
    const std::pair<const char16_t *, QuestionKind> table[] = {
        { u"Thanh niên cần sân chơi, kiến nghị xã bố trí đất.", QuestionKind::Recommendation },
        { u"Công nhân thiếu nhà trọ, đề nghị tỉnh hỗ trợ. Tỉnh có kế hoạch gì không?",
          QuestionKind::Recommendation },
        { u"Đề nghị lãnh đạo tỉnh cho biết khi nào có nhà ở xã hội?", QuestionKind::Question },
        { u"Chi đoàn đề xuất lập quỹ hỗ trợ đoàn viên.", QuestionKind::Proposal },
        { u"Hiến kế: lập nhóm Zalo hỗ trợ công nhân mới.", QuestionKind::Initiative },
        { u"Tổ có sáng kiến tiết kiệm điện, đề nghị nhân rộng.", QuestionKind::Initiative },
        { u"Khi nào có xe buýt về Hòa Thành?", QuestionKind::Question },
        { u"Mong tỉnh quan tâm nhà trẻ.", QuestionKind::Recommendation },
    };
    for (const auto &[text, kind] : table) {
        INFO(QString::fromUtf16(text).toStdString());
        CHECK(guessQuestionKind(QString::fromUtf16(text)) == kind);
    }
}
