// The check-in QR code of the letters and badges, read back as a scanner would: the PDF page
// rendered by poppler's pdftoppm and decoded by zbarimg (zbar-tools), which must give the
// code exactly. In an ODT the code is a PNG of the package, decoded the same way.
#include "paperfixture.h"

#include "documents/odtwriter.h"
#include "documents/papers.h"
#include "documents/qrcode.h"

#include <QFile>
#include <QStandardPaths>

using namespace paperfixture;
using namespace dd::documents;

namespace {

bool haveZbar()
{
    if (!QStandardPaths::findExecutable(QStringLiteral("zbarimg")).isEmpty())
        return true;
    WARN("zbarimg (zbar-tools) is not installed: scripts/common.sh installs it");
    return false;
}

// The codes zbarimg finds in the image, one per line, as they are.
QStringList decode(const QString &image)
{
    const QString out = runTool(QStringLiteral("zbarimg"),
                                { QStringLiteral("--raw"), QStringLiteral("-q"), image });
    return out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

// Page `page` of the PDF as a 200 dpi PNG.
QString rasterise(const QTemporaryDir &dir, const QString &pdf, int page)
{
    const QString base = dir.filePath(QStringLiteral("page%1").arg(page));
    runTool(QStringLiteral("pdftoppm"),
            { QStringLiteral("-r"), QStringLiteral("200"), QStringLiteral("-png"),
              QStringLiteral("-singlefile"), QStringLiteral("-f"), QString::number(page),
              QStringLiteral("-l"), QString::number(page), pdf, base });
    return base + QStringLiteral(".png");
}

} // namespace

TEST_CASE("QR code: the modules of a short code, and its picture decoded", "[docs][qr]")
{
    const auto qr = QrCode::encode("DD1-42-K");
    REQUIRE(qr);
    CHECK(qr->size() == 21); // version 1 holds 8 bytes at level M
    CHECK_FALSE(QrCode::encode(QByteArray()));
    QTemporaryDir dir;
    const QString png = dir.filePath(QStringLiteral("qr.png"));
    REQUIRE(qr->image(6).save(png));
    CHECK(qr->image(6).width() == (21 + 8) * 6);
    if (!haveZbar())
        return;
    CHECK(decode(png) == QStringList { QStringLiteral("DD1-42-K") });
}

TEST_CASE("QR code: a letter's code and the badges' codes read back from the PDF", "[docs][qr]")
{
    if (!haveZbar())
        return;
    QTemporaryDir dir;
    // A letter: the code bottom left under the recipients.
    Paper letter;
    PaperDocument doc;
    doc.paragraph(RichText(QStringLiteral("Kính gửi: Đồng chí Nguyễn Thị Thu Hà")), TextStyle {});
    Signature sig;
    sig.capacity = QStringLiteral("TM. BAN THƯỜNG VỤ TỈNH ĐOÀN");
    sig.title = QStringLiteral("BÍ THƯ");
    sig.recipients = { QStringLiteral("- Như trên;"), QStringLiteral("- Lưu VP.") };
    sig.scanCode = QStringLiteral("DD7-1234-X");
    doc.add(sig);
    letter.documents << doc;
    const QString pdf = dir.filePath(QStringLiteral("letter.pdf"));
    REQUIRE(writePaperPdf(letter, pdf));
    CHECK(decode(rasterise(dir, pdf, 1)) == QStringList { QStringLiteral("DD7-1234-X") });
    CHECK(flat(pageText(pdf, 1)).contains(QStringLiteral("DD7-1234-X")));

    // Badges: each of the eight on a sheet carries its own code.
    CardSheet sheet;
    QStringList codes;
    for (int i = 1; i <= 8; ++i) {
        codes << QStringLiteral("DD7-%1-Q").arg(i);
        sheet.cards << Card { QStringLiteral("ĐẠI BIỂU"),
                              QStringLiteral("Người Thứ %1").arg(i),
                              { QStringLiteral("Bí thư Chi đoàn") },
                              QStringLiteral("Hội nghị đối thoại"),
                              codes.last() };
    }
    Paper badges;
    badges.cards = sheet;
    const QString sheetPdf = dir.filePath(QStringLiteral("badges.pdf"));
    REQUIRE(writePaperPdf(badges, sheetPdf));
    QStringList found = decode(rasterise(dir, sheetPdf, 1));
    found.sort();
    QStringList sorted = codes;
    sorted.sort();
    CHECK(found == sorted);

    // The same letter as ODT: its picture holds the code.
    const QList<OdtPart> parts = OdtWriter::write(letter);
    const auto picture = std::find_if(parts.begin(), parts.end(), [](const OdtPart &p) {
        return p.name == QLatin1String("Pictures/qr1.png");
    });
    REQUIRE(picture != parts.end());
    QFile png(dir.filePath(QStringLiteral("odt.png")));
    REQUIRE(png.open(QIODevice::WriteOnly));
    png.write(picture->content);
    png.close();
    CHECK(decode(png.fileName()) == QStringList { QStringLiteral("DD7-1234-X") });
}
