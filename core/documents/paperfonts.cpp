#include "documents/paperfonts.h"

#include <QFile>
#include <QFont>
#include <QFontDatabase>
#include <QRawFont>
#include <QStringList>
#include <QtEndian>

#include <mutex>

// Resources compiled into a static library must be registered by hand; Q_INIT_RESOURCE
// cannot be used inside a namespace.
static void initPaperFontResources()
{
    Q_INIT_RESOURCE(fonts);
}

namespace dd::documents {

namespace {

// The family the bundled faces are registered under. Systems such as Debian install an
// older Liberation Serif (1.x) whose bold and italic faces lack the precomposed Vietnamese
// letters; under the same family name the system faces win and text falls back to another
// font glyph by glyph. A private family name makes the bundled 2.1 faces unambiguous.
const char kBundledFamily[] = "DD Paper Serif";

quint32 checksum(const char *data, qsizetype length)
{
    quint32 sum = 0;
    for (qsizetype i = 0; i < length; i += 4) {
        uchar word[4] = { 0, 0, 0, 0 };
        for (int k = 0; k < 4 && i + k < length; ++k)
            word[k] = uchar(data[i + k]);
        sum += qFromBigEndian<quint32>(word);
    }
    return sum;
}

// Renames the family in the font's 'name' table (family, full name, typographic family):
// "Liberation Serif Bold" → "DD Paper Serif Bold". The new name is shorter, so each string is
// rewritten in place with its length adjusted; the checksums are brought up to date.
QByteArray renamedFamily(QByteArray font, const QString &from, const QString &to)
{
    char *d = font.data();
    const qsizetype size = font.size();
    auto u16 = [&](qsizetype at) {
        return at + 2 <= size ? qFromBigEndian<quint16>(d + at) : 0;
    };
    auto u32 = [&](qsizetype at) {
        return at + 4 <= size ? qFromBigEndian<quint32>(d + at) : 0u;
    };
    const int tables = u16(4);
    qsizetype nameAt = -1, nameLen = 0, nameDir = -1, headAt = -1;
    for (int t = 0; t < tables; ++t) {
        const qsizetype dir = 12 + 16 * t;
        const QByteArray tag(d + dir, 4);
        if (tag == "name") {
            nameDir = dir;
            nameAt = u32(dir + 8);
            nameLen = u32(dir + 12);
        } else if (tag == "head") {
            headAt = u32(dir + 8);
        }
    }
    if (nameAt < 0 || nameAt + nameLen > size || headAt < 0 || headAt + 12 > size)
        return font;
    const int count = u16(nameAt + 2);
    const qsizetype storage = nameAt + u16(nameAt + 4);
    for (int r = 0; r < count; ++r) {
        const qsizetype rec = nameAt + 6 + 12 * r;
        const int platform = u16(rec);
        const int nameId = u16(rec + 6);
        const int length = u16(rec + 8);
        const qsizetype at = storage + u16(rec + 10);
        if (nameId != 1 && nameId != 4 && nameId != 16 && nameId != 18)
            continue;
        if (at + length > size)
            continue;
        const bool wide = platform == 0 || platform == 3;
        QString value;
        if (wide) {
            for (int i = 0; i + 1 < length; i += 2)
                value += QChar(qFromBigEndian<quint16>(d + at + i));
        } else {
            value = QString::fromLatin1(d + at, length);
        }
        if (!value.startsWith(from))
            continue;
        const QString renamed = to + value.mid(from.size());
        const int newLength = int(renamed.size()) * (wide ? 2 : 1);
        if (newLength > length)
            continue;
        for (int i = 0; i < renamed.size(); ++i) {
            if (wide)
                qToBigEndian<quint16>(renamed.at(i).unicode(), d + at + 2 * i);
            else
                d[at + i] = char(renamed.at(i).toLatin1());
        }
        qToBigEndian<quint16>(quint16(newLength), d + rec + 8);
    }
    qToBigEndian<quint32>(checksum(d + nameAt, nameLen), d + nameDir + 4);
    qToBigEndian<quint32>(0, d + headAt + 8);
    qToBigEndian<quint32>(0xB1B0AFBAu - checksum(d, size), d + headAt + 8);
    return font;
}

// True when all four faces of the family have the Vietnamese letters.
bool coversVietnamese(const QString &family)
{
    static const QString sample = QStringLiteral("ĐđƯưƠơẮặẤậỆễỒộỜợỨựỳỹ");
    for (bool bold : { false, true })
        for (bool italic : { false, true }) {
            QFont f(family);
            f.setPixelSize(32);
            f.setBold(bold);
            f.setItalic(italic);
            f.setStyleStrategy(QFont::NoFontMerging);
            const QRawFont raw = QRawFont::fromFont(f);
            if (!raw.isValid() || raw.familyName() != family)
                return false;
            for (const QChar c : sample)
                if (!raw.supportsCharacter(c))
                    return false;
        }
    return true;
}

} // namespace

QString paperFontFamily()
{
    static QString family;
    static std::once_flag once;
    std::call_once(once, [] {
        initPaperFontResources();
        const QString bundled = QString::fromLatin1(kBundledFamily);
        bool loaded = false;
        for (const char *face : { "Regular", "Bold", "Italic", "BoldItalic" }) {
            QFile file(QStringLiteral(":/fonts/LiberationSerif-%1.ttf").arg(QLatin1String(face)));
            if (!file.open(QIODevice::ReadOnly))
                continue;
            const QByteArray data
                = renamedFamily(file.readAll(), QStringLiteral("Liberation Serif"), bundled);
            loaded |= QFontDatabase::addApplicationFontFromData(data) >= 0;
        }
        const QString times = QStringLiteral("Times New Roman");
        if (QFontDatabase::families().contains(times) && coversVietnamese(times))
            family = times;
        else if (loaded)
            family = bundled;
        else
            family = QStringLiteral("Liberation Serif");
    });
    return family;
}

} // namespace dd::documents
