// Papers benchmark (issue 6, point 5), against LibreOffice in the same run:
//   1. 1,000 personal invitation letters to one PDF with documents::writePaperPdf, in a child
//      process so that its peak memory (VmHWM) is the rendering's own;
//   2. the same 1,000 letters as a flat ODT (.fodt, one page each) converted by
//      `soffice --headless --convert-to pdf` (skipped, with a message, without soffice);
//   3. a 5,000-row delegate list.
// Targets: letters at least 5x faster than LibreOffice, peak memory under 150 MB, the
// 5,000-row list under 5 s.
//
//   bench_papers [--keep DIR]        run everything; --keep leaves the files in DIR
//   bench_papers --child letters|list OUT.pdf   (internal) render and report
#include "documents/paperrenderer.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>
#include <QUrl>

#include <cstdio>

using namespace dd;
using dd::documents::PaperData;
using dd::documents::PaperOptions;

namespace {

constexpr int kLetters = 1000;
constexpr int kListRows = 5000;

const char *const kFamily[] = { "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Võ",
                                "Đặng",   "Bùi",  "Đỗ", "Hồ",   "Ngô",   "Dương", "Lý" };
const char *const kMiddle[]
    = { "Văn", "Thị", "Hữu", "Ngọc", "Thanh", "Minh", "Thị Thu", "Đức", "Quốc", "Thị Mỹ" };
const char *const kGiven[]
    = { "An",   "Bình", "Cường", "Dũng", "Hằng",  "Hương", "Khánh", "Linh", "Nhung", "Phúc",
        "Quân", "Sơn",  "Thảo",  "Thúy", "Trung", "Việt",  "Xuân",  "Yến",  "Đạt",   "Ánh" };
const char *const kUnits[]
    = { "Huyện đoàn Dương Minh Châu", "Thị đoàn Hòa Thành",  "Thành đoàn thành phố Tây Ninh",
        "Huyện đoàn Gò Dầu",          "Thị đoàn Trảng Bàng", "Huyện đoàn Tân Biên" };
const char *const kPositions[]
    = { "Bí thư Chi đoàn Công ty TNHH May mặc Tây Ninh", "Phó Bí thư Chi đoàn khu phố 3",
        "Chi hội trưởng Chi hội thanh niên công nhân", "Ủy viên Ban Chấp hành Chi đoàn" };

template<typename T, std::size_t N>
QString pick(const T (&a)[N], int i)
{
    return QString::fromUtf8(a[i % N]);
}

// An event like the seed's, with `people` invitees spread over six host units.
PaperData sampleData(int people)
{
    PaperData d;
    d.event.id = 1;
    d.event.title = QStringLiteral("Gặp gỡ, đối thoại giữa lãnh đạo Tỉnh đoàn với Ban Chấp hành "
                                   "Chi đoàn, Chi hội thanh niên công nhân trong doanh nghiệp và "
                                   "trên địa bàn dân cư tỉnh Tây Ninh năm 2021");
    d.event.organiser = QStringLiteral("Ban Thường vụ Tỉnh đoàn Tây Ninh");
    d.event.date = QDate(2021, 10, 15);
    d.event.plannedYear = 2021;
    d.event.plannedMonth = 10;
    Plan p;
    p.id = 1;
    p.eventId = 1;
    p.kind = PlanKind::InPerson;
    p.number = 1;
    p.name = QStringLiteral("Phương án 1: trực tiếp");
    p.venue = QStringLiteral("Sảnh Trung tâm học tập sinh hoạt thanh thiếu nhi Tây Ninh");
    p.startTime = QTime(8, 0);
    d.plans << p;
    d.settings.eventId = 1;
    d.settings.signerName = QStringLiteral("Hoàng Thị Thanh Thúy");
    d.settings.contactLine = QStringLiteral("Đoàn Thị Hồng – Trưởng Ban Tổ chức – Kiểm tra Tỉnh "
                                            "đoàn, điện thoại 0938.428.213");
    d.settings.recipients = { QStringLiteral("Như trên"), QStringLiteral("Thường trực Tỉnh đoàn"),
                              QStringLiteral("Lưu VP, BTCKT") };
    d.settings.numbering.insert(PaperKind::PersonInvitation,
                                { QStringLiteral("GM/TĐTN-VP"), 12, {}, {} });
    d.settings.numbering.insert(PaperKind::DelegateList,
                                { QStringLiteral("DS/TĐTN-TCKT"), 3, {}, {} });
    for (int u = 0; u < int(std::size(kUnits)); ++u) {
        Unit unit;
        unit.id = u + 1;
        unit.name = pick(kUnits, u);
        unit.kind = UnitKind::District;
        d.units.insert(unit.id, unit);
        EventUnit eu;
        eu.eventId = 1;
        eu.unitId = unit.id;
        eu.role = UnitRole::Host;
        eu.quota = people / int(std::size(kUnits)) + 1;
        d.eventUnits << eu;
    }
    for (int i = 0; i < people; ++i) {
        Attendee a;
        a.id = i + 1;
        a.eventId = 1;
        a.familyName = pick(kFamily, i);
        a.middleName = pick(kMiddle, i / 3);
        a.givenName = pick(kGiven, i / 7);
        a.gender = (i % 2) ? Gender::Female : Gender::Male;
        a.birthYear = 1990 + i % 12;
        a.position = pick(kPositions, i);
        a.unitId = 1 + i % int(std::size(kUnits));
        a.phone = QStringLiteral("09%1").arg(10000000 + i * 37, 8, 10, QLatin1Char('0'));
        d.attendees << a;
    }
    d.issueDate = QDate(2021, 9, 20);
    d.number = 12;
    return d;
}

long vmHwmKb()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLong();
    return -1;
}

// The child: renders one paper and reports "ms <time> hwm_kb <peak>".
int child(const QString &what, const QString &out)
{
    const bool letters = what == QLatin1String("letters");
    const PaperData data = sampleData(letters ? kLetters : kListRows);
    QElapsedTimer t;
    t.start();
    const Status s = documents::writePaperPdf(
        letters ? PaperKind::PersonInvitation : PaperKind::DelegateList, data, PaperOptions(), out);
    const qint64 ms = t.elapsed();
    if (!s) {
        std::fprintf(stderr, "%s\n", qPrintable(s.error()));
        return 1;
    }
    std::printf("ms %lld hwm_kb %ld\n", static_cast<long long>(ms), vmHwmKb());
    return 0;
}

struct ChildResult
{
    bool ok = false;
    qint64 ms = 0;
    long hwmKb = 0;
    qint64 wallMs = 0;
};

ChildResult runChild(const QString &what, const QString &out)
{
    ChildResult r;
    QProcess p;
    p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QElapsedTimer t;
    t.start();
    p.start(QCoreApplication::applicationFilePath(), { QStringLiteral("--child"), what, out });
    if (!p.waitForFinished(600000) || p.exitCode() != 0)
        return r;
    r.wallMs = t.elapsed();
    const QList<QByteArray> f = p.readAllStandardOutput().simplified().split(' ');
    if (f.size() >= 4) {
        r.ms = f.at(1).toLongLong();
        r.hwmKb = f.at(3).toLong();
        r.ok = true;
    }
    return r;
}

QString xml(const QString &s)
{
    return s.toHtmlEscaped();
}

// The same 1,000 letters as a flat ODT (paragraph styles are common styles, so that they
// can inherit from one another): the two-column header as a table, title, body,
// signature and recipients, a page break before each letter.
void writeFodt(const QString &path, const PaperData &d)
{
    QFile f(path);
    f.open(QIODevice::WriteOnly | QIODevice::Truncate);
    QTextStream o(&f);
    o.setEncoding(QStringConverter::Utf8);
    o << R"(<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:font-face-decls>
 <style:font-face style:name="Liberation Serif" svg:font-family="'Liberation Serif'" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"/>
</office:font-face-decls>
<office:styles>
 <style:style style:name="Standard" style:family="paragraph">
  <style:text-properties style:font-name="Liberation Serif" fo:font-size="14pt"/>
 </style:style>
 <style:style style:name="C" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:text-align="center"/>
 </style:style>
 <style:style style:name="CB" style:family="paragraph" style:parent-style-name="C">
  <style:text-properties fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="CI" style:family="paragraph" style:parent-style-name="C">
  <style:text-properties fo:font-style="italic"/>
 </style:style>
 <style:style style:name="Title" style:family="paragraph" style:parent-style-name="CB">
  <style:paragraph-properties fo:margin-top="0.6cm" fo:margin-bottom="0.4cm"/>
  <style:text-properties fo:font-size="15pt"/>
 </style:style>
 <style:style style:name="Body" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:text-align="justify" fo:text-indent="1cm" fo:margin-bottom="0.15cm"/>
 </style:style>
 <style:style style:name="Sign" style:family="paragraph" style:parent-style-name="CB">
  <style:paragraph-properties fo:margin-left="8cm"/>
 </style:style>
 <style:style style:name="Small" style:family="paragraph" style:parent-style-name="Standard">
  <style:text-properties fo:font-size="11pt"/>
 </style:style>
 <style:style style:name="B" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
 <style:style style:name="BI" style:family="text"><style:text-properties fo:font-weight="bold" fo:font-style="italic"/></style:style>
</office:styles>
<office:automatic-styles>
 <style:page-layout style:name="pm1">
  <style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm"
   fo:margin-top="2cm" fo:margin-bottom="2cm" fo:margin-left="3cm" fo:margin-right="1.5cm"/>
 </style:page-layout>
 <style:style style:name="Head" style:family="table">
  <style:table-properties style:width="16.5cm"/>
 </style:style>
 <style:style style:name="HeadBreak" style:family="table">
  <style:table-properties style:width="16.5cm" fo:break-before="page"/>
 </style:style>
 <style:style style:name="HeadA" style:family="table-column"><style:table-column-properties style:column-width="7.5cm"/></style:style>
 <style:style style:name="HeadB" style:family="table-column"><style:table-column-properties style:column-width="9cm"/></style:style>
</office:automatic-styles>
<office:master-styles>
 <style:master-page style:name="Standard" style:page-layout-name="pm1"/>
</office:master-styles>
<office:body><office:text>
)";
    const Plan &plan = d.plans.first();
    const QString when = QStringLiteral("08 giờ 00, ngày 15/10/2021 (Thứ Sáu)");
    bool first = true;
    for (const Attendee &a : d.attendees) {
        // Each letter after the first starts a new page (the break goes on the header table).
        o << "<table:table table:name=\"H" << a.id << "\" table:style-name=\""
          << (first ? "Head" : "HeadBreak") << "\">"
          << "<table:table-column table:style-name=\"HeadA\"/>"
          << "<table:table-column table:style-name=\"HeadB\"/><table:table-row><table:table-cell>";
        o << "<text:p text:style-name=\"C\">" << xml(d.settings.issuingBodyLine1) << "</text:p>";
        o << "<text:p text:style-name=\"CB\">" << xml(d.settings.issuingBodyLine2) << "</text:p>"
          << "<text:p text:style-name=\"C\">***</text:p>"
          << "<text:p text:style-name=\"C\">Số: " << d.number << "-GM/TĐTN-VP</text:p>"
          << "</table:table-cell><table:table-cell>"
          << "<text:p text:style-name=\"CB\">" << xml(d.settings.partyLine) << "</text:p>"
          << "<text:p text:style-name=\"C\"/><text:p text:style-name=\"C\"/>"
          << "<text:p text:style-name=\"CI\">Tây Ninh, ngày 20 tháng 9 năm 2021</text:p>"
          << "</table:table-cell></table:table-row></table:table>\n";
        first = false;
        o << "<text:p text:style-name=\"Title\">GIẤY MỜI</text:p>"
          << "<text:p text:style-name=\"Body\">Ban Thường vụ Tỉnh đoàn Tây Ninh trân trọng kính "
             "mời:</text:p>"
          << "<text:p text:style-name=\"CB\">Đồng chí " << xml(a.fullName()) << "</text:p>"
          << "<text:p text:style-name=\"C\">" << xml(a.position) << " – "
          << xml(d.unitName(a.unitId)) << "</text:p>"
          << "<text:p text:style-name=\"Body\"><text:span text:style-name=\"B\">Tới "
             "dự:</text:span> "
          << xml(d.event.title) << ".</text:p>"
          << "<text:p text:style-name=\"Body\"><text:span text:style-name=\"B\">Thời "
             "gian:</text:span> "
          << when << ".</text:p>"
          << "<text:p text:style-name=\"Body\"><text:span text:style-name=\"B\">Địa "
             "điểm:</text:span> "
          << xml(plan.venue) << ".</text:p>"
          << "<text:p text:style-name=\"Body\"><text:span text:style-name=\"B\">Liên "
             "hệ:</text:span> "
          << xml(d.settings.contactLine) << ".</text:p>"
          << "<text:p text:style-name=\"Body\">Rất mong đồng chí đến dự đúng giờ./.</text:p>"
          << "<text:p text:style-name=\"Sign\">" << xml(d.settings.signerCapacity) << "</text:p>"
          << "<text:p text:style-name=\"Sign\">" << xml(d.settings.signerTitle) << "</text:p>"
          << "<text:p text:style-name=\"Sign\"/><text:p text:style-name=\"Sign\"/>"
          << "<text:p text:style-name=\"Sign\">" << xml(d.settings.signerName) << "</text:p>"
          << "<text:p text:style-name=\"Small\"><text:span text:style-name=\"BI\">Nơi "
             "nhận:</text:span></text:p>";
        for (const QString &r : d.settings.recipients)
            o << "<text:p text:style-name=\"Small\">- " << xml(r) << ";</text:p>";
        o << '\n';
    }
    o << "</office:text></office:body></office:document>\n";
}

int pdfPages(const QString &pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdfinfo"), { pdf });
    if (!p.waitForFinished(60000))
        return -1;
    for (const QByteArray &line : p.readAllStandardOutput().split('\n'))
        if (line.startsWith("Pages:"))
            return line.mid(6).trimmed().toInt();
    return -1;
}

// soffice --convert-to pdf; returns the wall time in ms, -1 on failure.
qint64 convertWithLibreOffice(const QString &soffice, const QString &profile, const QString &input,
                              const QString &outDir)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    const QString pdf
        = QDir(outDir).filePath(QFileInfo(input).completeBaseName() + QStringLiteral(".pdf"));
    QFile::remove(pdf);
    QElapsedTimer t;
    t.start();
    p.start(soffice,
            { QStringLiteral("-env:UserInstallation=") + QUrl::fromLocalFile(profile).toString(),
              QStringLiteral("--headless"), QStringLiteral("--convert-to"), QStringLiteral("pdf"),
              QStringLiteral("--outdir"), outDir, input });
    if (!p.waitForFinished(1800000) || p.exitCode() != 0 || !QFileInfo::exists(pdf)) {
        // soffice without its Writer module exits 0 but writes nothing.
        std::fprintf(stderr, "soffice did not convert %s: %s\n", qPrintable(input),
                     p.readAll().trimmed().constData());
        return -1;
    }
    return t.elapsed();
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() >= 4 && args.at(1) == QLatin1String("--child"))
        return child(args.at(2), args.at(3));

    QTemporaryDir tmp;
    QString dir = tmp.path();
    if (const qsizetype k = args.indexOf(QStringLiteral("--keep")); k > 0 && k + 1 < args.size()) {
        dir = args.at(k + 1);
        QDir().mkpath(dir);
    }
    std::printf("DialogueDesk papers benchmark (files in %s)\n\n", qPrintable(dir));

    // 1. 1,000 letters with DialogueDesk.
    const QString ddPdf = QDir(dir).filePath(QStringLiteral("letters-dialoguedesk.pdf"));
    const ChildResult letters = runChild(QStringLiteral("letters"), ddPdf);
    if (!letters.ok) {
        std::fprintf(stderr, "Rendering the letters failed.\n");
        return 1;
    }
    const int ddPages = pdfPages(ddPdf);
    std::printf("%d invitation letters, DialogueDesk: %.2f s rendering (%.2f s with process "
                "start), %d pages, %.1f MB, peak RSS %.1f MB\n",
                kLetters, letters.ms / 1000.0, letters.wallMs / 1000.0, ddPages,
                QFileInfo(ddPdf).size() / 1e6, letters.hwmKb / 1024.0);

    // 2. The same letters through LibreOffice.
    const QString soffice = QStandardPaths::findExecutable(QStringLiteral("soffice"));
    double ratio = 0;
    if (soffice.isEmpty()) {
        std::printf("LibreOffice (soffice) is not installed: the comparison is skipped. Install "
                    "libreoffice-writer-nogui to run it.\n");
    } else {
        const QString fodt = QDir(dir).filePath(QStringLiteral("letters-libreoffice.fodt"));
        writeFodt(fodt, sampleData(kLetters));
        const QString profile = QDir(dir).filePath(QStringLiteral("lo-profile"));
        // A first, tiny conversion creates the profile, so that the timed run does not.
        const QString warm = QDir(dir).filePath(QStringLiteral("warm-up.fodt"));
        writeFodt(warm, sampleData(1));
        convertWithLibreOffice(soffice, profile, warm, dir);
        const qint64 loMs = convertWithLibreOffice(soffice, profile, fodt, dir);
        if (loMs < 0) {
            std::printf("LibreOffice could not convert the document (is libreoffice-writer-nogui "
                        "installed?); the comparison is skipped.\n");
        } else {
            const QString loPdf = QDir(dir).filePath(QStringLiteral("letters-libreoffice.pdf"));
            ratio = double(loMs) / double(letters.wallMs);
            std::printf("%d invitation letters, LibreOffice (soffice --convert-to pdf of a flat "
                        "ODT): %.2f s, %d pages\n",
                        kLetters, loMs / 1000.0, pdfPages(loPdf));
            std::printf("Ratio (LibreOffice / DialogueDesk, both with process start): %.1fx "
                        "(target >= 5x): %s\n",
                        ratio, ratio >= 5 ? "met" : "NOT met");
        }
    }
    std::printf("Peak memory of the rendering: %.1f MB (target < 150 MB): %s\n",
                letters.hwmKb / 1024.0, letters.hwmKb < 150 * 1024 ? "met" : "NOT met");

    // 3. A 5,000-row delegate list.
    const QString listPdf = QDir(dir).filePath(QStringLiteral("delegates-5000.pdf"));
    const ChildResult list = runChild(QStringLiteral("list"), listPdf);
    if (!list.ok) {
        std::fprintf(stderr, "Rendering the delegate list failed.\n");
        return 1;
    }
    std::printf("%d-row delegate list: %.2f s, %d pages, peak RSS %.1f MB (target < 5 s): %s\n",
                kListRows, list.ms / 1000.0, pdfPages(listPdf), list.hwmKb / 1024.0,
                list.ms < 5000 ? "met" : "NOT met");
    return 0;
}
