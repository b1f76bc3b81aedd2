// The budget estimate from the command line, as the Văn phòng enters it from the seed's tasks
// (hội trường, âm thanh ánh sáng, in ấn, nước uống, phóng sự, livestream): every line read
// back, the totals and the words of the total worked out by hand, and the printed paper.
#include "support/testsupport.h"

#include <QRegularExpression>

using testsupport::ProcessResult;
using testsupport::SampleData;

namespace {

struct Line
{
    const char *section, *content, *measure, *qty, *price, *plan;
};

// Plan 1: 5.000.000 + 3.500.000 + 1.000.000 + 1.500.000 + 1.500.000 = 12.500.000.
// Plan 2: 1.000.000 + 1.500.000 + 4.000.000 + 250.000 = 6.750.000.
const Line kLines[] = {
    { "Hội trường", "Thuê hội trường, trang trí khánh tiết", "buổi", "1", "5.000.000",
      "in-person" },
    { "Âm thanh ánh sáng", "Âm thanh, ánh sáng, màn hình LED", "gói", "1", "3500000", "in-person" },
    { "In ấn", "In giấy mời, tài liệu hội nghị", "bộ", "200", "5.000", "both" },
    { "Nước uống", "Nước suối", "chai", "300", "5.000", "in-person" },
    { "Phóng sự", "Phóng sự gương đoàn viên tiêu biểu", "phóng sự", "1", "1.500.000", "both" },
    { "Livestream", "Thiết bị, đường truyền phát trực tiếp", "gói", "1", "4.000.000", "online" },
    { "Nước uống", "Nước suối (phòng họp trực tuyến)", "chai", "50", "5.000", "online" },
};

QString flat(QString s)
{
    return s.replace(QRegularExpression(QStringLiteral("\\s+")), QStringLiteral(" "));
}

// `print budget`, and the PDF's text with its runs of spaces made one.
QString printedBudget(const SampleData &d)
{
    const QString pdf = d.dir.filePath(QStringLiteral("budget.pdf"));
    const ProcessResult printed = d.run(
        { QStringLiteral("print"), QStringLiteral("budget"), QStringLiteral("--out"), pdf });
    INFO(printed.err.toStdString());
    REQUIRE(printed.exitCode == 0);
    return flat(testsupport::pdfText(pdf));
}

} // namespace

TEST_CASE("CLI budget: the lines of both plans, their totals, and the paper with the words",
          "[cli]")
{
    SampleData d(QStringLiteral("budget.sqlite"));
    for (const Line &l : kLines) {
        const ProcessResult r = d.run({ QStringLiteral("budget"), QStringLiteral("add"),
                                        QString::fromUtf8(l.section), QString::fromUtf8(l.content),
                                        QStringLiteral("--measure"), QString::fromUtf8(l.measure),
                                        QStringLiteral("--qty"), QString::fromUtf8(l.qty),
                                        QStringLiteral("--price"), QString::fromUtf8(l.price),
                                        QStringLiteral("--plan"), QString::fromUtf8(l.plan) });
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
    }
    const ProcessResult last
        = d.run({ QStringLiteral("budget"), QStringLiteral("set"), QStringLiteral("1"),
                  QStringLiteral("--note"), QStringLiteral("Cả ngày") });
    REQUIRE(last.exitCode == 0);
    CHECK(QString::fromUtf8(last.out)
          == QStringLiteral("total (in-person): 12.500.000\ntotal (online): 6.750.000\n"));

    const QStringList rows = d.list(QStringLiteral("budget"));
    const QStringList expected {
        QStringLiteral("id\tposition\tsection\tcontent\tmeasure\tquantity\tunit_price\tamount\tplan"
                       "\tnote\tactual"),
        QStringLiteral("1\t1\tHội trường\tThuê hội trường, trang trí khánh tiết\tbuổi\t1\t5000000"
                       "\t5000000\tin-person\tCả ngày\t"),
        QStringLiteral("2\t2\tÂm thanh ánh sáng\tÂm thanh, ánh sáng, màn hình LED\tgói\t1\t3500000"
                       "\t3500000\tin-person\t\t"),
        QStringLiteral("3\t3\tIn ấn\tIn giấy mời, tài liệu hội nghị\tbộ\t200\t5000\t1000000\tboth"
                       "\t\t"),
        QStringLiteral("4\t4\tNước uống\tNước suối\tchai\t300\t5000\t1500000\tin-person\t\t"),
        QStringLiteral("5\t5\tPhóng sự\tPhóng sự gương đoàn viên tiêu biểu\tphóng sự\t1\t1500000"
                       "\t1500000\tboth\t\t"),
        QStringLiteral("6\t6\tLivestream\tThiết bị, đường truyền phát trực tiếp\tgói\t1\t4000000"
                       "\t4000000\tonline\t\t"),
        QStringLiteral("7\t7\tNước uống\tNước suối (phòng họp trực tuyến)\tchai\t50\t5000\t250000"
                       "\tonline\t\t"),
    };
    CHECK(rows == expected);

    // The amount spent, for the report; a typo is refused and changes nothing.
    CHECK(d.run({ QStringLiteral("budget"), QStringLiteral("set"), QStringLiteral("4"),
                  QStringLiteral("--actual"), QStringLiteral("1.350.000") })
              .exitCode
          == 0);
    const ProcessResult bad
        = d.run({ QStringLiteral("budget"), QStringLiteral("set"), QStringLiteral("4"),
                  QStringLiteral("--price"), QStringLiteral("5.000,5") });
    CHECK(bad.exitCode != 0);
    CHECK(QString::fromUtf8(bad.err).contains(QStringLiteral("“5.000,5” is not one")));
    CHECK(d.list(QStringLiteral("budget")).at(4)
          == QStringLiteral("4\t4\tNước uống\tNước suối\tchai\t300\t5000\t1500000\tin-person\t\t"
                            "1350000"));

    // Cells that wrap ("Số / lượng", a long content) interleave in the text pdftotext gives,
    // so the rows are compared with the spaces taken out.
    const QString text = printedBudget(d);
    const QString squashed = QString(text).remove(QLatin1Char(' '));
    INFO(text.toStdString());
    CHECK(text.contains(QStringLiteral("DỰ TRÙ KINH PHÍ")));
    for (const char *head : { "STT", "Nội dung", "ĐVT", "Số", "lượng", "Đơn giá", "Thành tiền" })
        CHECK(text.contains(QString::fromUtf8(head)));
    CHECK(squashed.contains(QStringLiteral("I.PHƯƠNGÁN1:TRỰCTIẾP")));
    CHECK(squashed.contains(QStringLiteral("II.PHƯƠNGÁN2:TRỰCTUYẾN")));
    CHECK(squashed.contains(QStringLiteral("buổi15.000.0005.000.000")));
    CHECK(squashed.contains(QStringLiteral("bộ2005.0001.000.000")));
    CHECK(squashed.contains(QStringLiteral("chai3005.0001.500.000")));
    CHECK(squashed.contains(QStringLiteral("TỔNGCỘNG12.500.000")));
    CHECK(squashed.contains(QStringLiteral("TỔNGCỘNG6.750.000")));
    CHECK(text.contains(QStringLiteral("Bằng chữ: Mười hai triệu năm trăm nghìn đồng chẵn.")));
    CHECK(text.contains(QStringLiteral("Bằng chữ: Sáu triệu bảy trăm năm mươi nghìn đồng chẵn.")));
    CHECK(text.contains(QStringLiteral("NGƯỜI LẬP")));
    CHECK(text.contains(QStringLiteral("TM. BAN THƯỜNG VỤ TỈNH ĐOÀN")));
    // The line for the online plan only is not in plan 1's table: it is counted once.
    CHECK(text.count(QStringLiteral("Thiết bị, đường truyền phát trực tiếp")) == 1);
}

TEST_CASE("CLI budget: quantities with decimals, amounts rounded to the đồng, bad ones refused",
          "[cli]")
{
    SampleData d(QStringLiteral("budget-decimals.sqlite"));
    const auto add = [&](const char *content, const char *measure, const char *qty,
                         const char *price) {
        return d.run({ QStringLiteral("budget"), QStringLiteral("add"), QStringLiteral("Khác"),
                       QString::fromUtf8(content), QStringLiteral("--measure"),
                       QString::fromUtf8(measure), QStringLiteral("--qty"), QString::fromUtf8(qty),
                       QStringLiteral("--price"), QString::fromUtf8(price) });
    };
    // 1,5 × 350.000 = 525.000; 0,5 × 45.555 = 22.777,5 → 22.778; 2,25 × 120.000 = 270.000.
    // Total 817.778.
    REQUIRE(add("Thuê máy chiếu", "ngày", "1,5", "350.000").exitCode == 0);
    REQUIRE(add("Bánh ngọt", "gói", "0.5", "45555").exitCode == 0);
    const ProcessResult third = add("Thuê xe", "ngày", "2,25", "120.000");
    REQUIRE(third.exitCode == 0);
    CHECK(QString::fromUtf8(third.out)
          == QStringLiteral("added: 3\ntotal (in-person): 817.778\ntotal (online): 817.778\n"));
    const QStringList expected {
        QStringLiteral("id\tposition\tsection\tcontent\tmeasure\tquantity\tunit_price\tamount\tplan"
                       "\tnote\tactual"),
        QStringLiteral("1\t1\tKhác\tThuê máy chiếu\tngày\t1,5\t350000\t525000\tboth\t\t"),
        QStringLiteral("2\t2\tKhác\tBánh ngọt\tgói\t0,5\t45555\t22778\tboth\t\t"),
        QStringLiteral("3\t3\tKhác\tThuê xe\tngày\t2,25\t120000\t270000\tboth\t\t"),
    };
    CHECK(d.list(QStringLiteral("budget")) == expected);

    // Refused in Vietnamese, and nothing changes.
    const struct
    {
        const char *qty, *message;
    } bad[] = {
        { "-1", "“-1” không phải là số lượng: số lượng không được âm." },
        { "1,2,3", "“1,2,3” không phải là số lượng: có nhiều hơn một dấu phẩy thập phân" },
        { "abc", "“abc” không phải là số lượng: chỉ gồm chữ số và một dấu phẩy thập phân" },
        { "1,2345", "“1,2345” không phải là số lượng: chỉ được tối đa ba chữ số thập phân" },
    };
    for (const auto &b : bad) {
        INFO(b.qty);
        const ProcessResult r = testsupport::runApp(
            { QStringLiteral("--lang"), QStringLiteral("vi"), QStringLiteral("--db"), d.path,
              QStringLiteral("budget"), QStringLiteral("set"), QStringLiteral("1"),
              QStringLiteral("--qty"), QString::fromUtf8(b.qty) });
        CHECK(r.exitCode != 0);
        CHECK(QString::fromUtf8(r.err).contains(QString::fromUtf8(b.message)));
    }
    CHECK(d.list(QStringLiteral("budget")) == expected);

    const QString text = printedBudget(d);
    const QString squashed = QString(text).remove(QLatin1Char(' '));
    INFO(text.toStdString());
    CHECK(squashed.contains(QStringLiteral("ngày1,5350.000525.000")));
    CHECK(squashed.contains(QStringLiteral("gói0,545.55522.778")));
    CHECK(squashed.contains(QStringLiteral("ngày2,25120.000270.000")));
    CHECK(squashed.contains(QStringLiteral("TỔNGCỘNG817.778")));
    CHECK(text.contains(
        QStringLiteral("Bằng chữ: Tám trăm mười bảy nghìn bảy trăm bảy mươi tám đồng chẵn.")));
}

TEST_CASE("CLI budget: who prepares the estimate is printed under Người lập, left blank when no "
          "one is set",
          "[cli]")
{
    SampleData d(QStringLiteral("preparer.sqlite"));
    REQUIRE(d.run({ QStringLiteral("budget"), QStringLiteral("add"), QStringLiteral("Hội trường"),
                    QStringLiteral("Thuê hội trường"), QStringLiteral("--measure"),
                    QStringLiteral("buổi"), QStringLiteral("--qty"), QStringLiteral("1"),
                    QStringLiteral("--price"), QStringLiteral("5.000.000") })
                .exitCode
            == 0);
    const QString name = QStringLiteral("Nguyễn Thị Thu Hà");
    auto shown = [&] {
        return QString::fromUtf8(d.run({ QStringLiteral("event"), QStringLiteral("show") }).out);
    };
    CHECK(shown().contains(QStringLiteral("papers prepared by: (blank)\n")));
    QString text = printedBudget(d);
    CHECK(text.contains(QStringLiteral("NGƯỜI LẬP")));
    CHECK_FALSE(text.contains(name));

    const ProcessResult set = d.run({ QStringLiteral("event"), QStringLiteral("set"),
                                      QStringLiteral("--preparer"), QStringLiteral(" ") + name });
    INFO(set.err.toStdString());
    REQUIRE(set.exitCode == 0);
    CHECK(shown().contains(QStringLiteral("papers prepared by: %1\n").arg(name)));
    text = printedBudget(d);
    INFO(text.toStdString());
    // The name under the space to sign, on the line of the signer's name (the two names level),
    // after the title: "NGƯỜI LẬP" comes before it.
    CHECK(text.count(name) == 1);
    CHECK(text.indexOf(QStringLiteral("NGƯỜI LẬP")) < text.indexOf(name));

    REQUIRE(d.run({ QStringLiteral("event"), QStringLiteral("set"), QStringLiteral("--preparer"),
                    QStringLiteral("none") })
                .exitCode
            == 0);
    CHECK(shown().contains(QStringLiteral("papers prepared by: (blank)\n")));
    CHECK_FALSE(printedBudget(d).contains(name));
}

TEST_CASE("CLI budget: a section's head row is printed on the page of its first line", "[cli]")
{
    // The seed's lines for both plans: on the sample event the online table reaches the foot of
    // page 1 just after its third section's head ("III Livestream").
    SampleData d(QStringLiteral("sections.sqlite"));
    for (const Line &l : kLines) {
        if (QString::fromUtf8(l.content).startsWith(QStringLiteral("Nước suối (")))
            continue;
        REQUIRE(
            d.run({ QStringLiteral("budget"), QStringLiteral("add"), QString::fromUtf8(l.section),
                    QString::fromUtf8(l.content), QStringLiteral("--measure"),
                    QString::fromUtf8(l.measure), QStringLiteral("--qty"), QString::fromUtf8(l.qty),
                    QStringLiteral("--price"), QString::fromUtf8(l.price), QStringLiteral("--plan"),
                    QString::fromUtf8(l.plan) })
                .exitCode
            == 0);
    }
    const QString pdf = d.dir.filePath(QStringLiteral("budget.pdf"));
    REQUIRE(
        d.run({ QStringLiteral("print"), QStringLiteral("budget"), QStringLiteral("--out"), pdf })
            .exitCode
        == 0);
    // pdftotext ends each page with a form feed.
    const QStringList pages = testsupport::pdfText(pdf).split(QLatin1Char('\f'));
    REQUIRE(pages.size() >= 2);
    int headPage = -1;
    int linePage = -1;
    for (int p = 0; p < pages.size(); ++p) {
        const QString text = flat(pages.at(p));
        if (text.contains(QStringLiteral(" Livestream 4.000.000")))
            headPage = p;
        if (text.contains(QStringLiteral("Thiết bị, đường truyền phát trực tiếp")))
            linePage = p;
    }
    CHECK(headPage >= 0);
    CHECK(headPage == linePage);
}
