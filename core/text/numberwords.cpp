#include "text/numberwords.h"

#include <QStringList>

namespace dd::text {

namespace {

const char16_t *const kDigits[]
    = { u"không", u"một", u"hai", u"ba", u"bốn", u"năm", u"sáu", u"bảy", u"tám", u"chín" };

QString digit(int d)
{
    return QString::fromUtf16(kDigits[d]);
}

// One group of three digits (1–999). `whole`: a higher group was read before it, so its
// hundreds are said even when zero ("một nghìn không trăm lẻ năm").
QStringList groupWords(int n, bool whole, ZeroTen zeroTen)
{
    const int hundreds = n / 100, tens = n / 10 % 10, ones = n % 10;
    QStringList w;
    if (hundreds > 0 || whole)
        w << digit(hundreds) << QStringLiteral("trăm");
    if (tens == 0) {
        if (ones > 0 && !w.isEmpty())
            w << (zeroTen == ZeroTen::Le ? QStringLiteral("lẻ") : QStringLiteral("linh"));
        if (ones > 0)
            w << digit(ones);
        return w;
    }
    if (tens == 1)
        w << QStringLiteral("mười");
    else
        w << digit(tens) << QStringLiteral("mươi");
    if (ones == 1 && tens > 1)
        w << QStringLiteral("mốt");
    else if (ones == 4 && tens > 1)
        w << QStringLiteral("tư");
    else if (ones == 5)
        w << QStringLiteral("lăm");
    else if (ones > 0)
        w << digit(ones);
    return w;
}

// 1 ≤ n < 1 000 000 000, after `whole` as groupWords.
QStringList belowBillion(qint64 n, bool whole, ZeroTen zeroTen)
{
    static const char16_t *const kScales[] = { u"triệu", u"nghìn", u"" };
    static const qint64 kSizes[] = { 1000000, 1000, 1 };
    QStringList w;
    for (int i = 0; i < 3; ++i) {
        const int group = int(n / kSizes[i] % 1000);
        if (group == 0)
            continue;
        w << groupWords(group, whole || !w.isEmpty(), zeroTen);
        if (kScales[i][0])
            w << QString::fromUtf16(kScales[i]);
    }
    return w;
}

// n ≥ 1: "tỷ" repeats for larger numbers ("một nghìn tỷ", "một tỷ tỷ").
QStringList positiveWords(quint64 n, bool whole, ZeroTen zeroTen)
{
    constexpr quint64 kBillion = 1000000000;
    QStringList w;
    if (n >= kBillion) {
        w << positiveWords(n / kBillion, whole, zeroTen) << QStringLiteral("tỷ");
        whole = true;
        n %= kBillion;
    }
    if (n > 0)
        w << belowBillion(qint64(n), whole, zeroTen);
    return w;
}

} // namespace

QString numberWords(qint64 n, ZeroTen zeroTen)
{
    if (n == 0)
        return digit(0);
    // The magnitude as unsigned, so that the smallest qint64 has one too.
    const quint64 magnitude = n < 0 ? quint64(0) - quint64(n) : quint64(n);
    QStringList w = positiveWords(magnitude, false, zeroTen);
    if (n < 0)
        w.prepend(QStringLiteral("âm"));
    return w.join(QLatin1Char(' '));
}

QString dongWords(qint64 amount, ZeroTen zeroTen)
{
    QString s = numberWords(amount, zeroTen) + QStringLiteral(" đồng chẵn");
    s[0] = s.at(0).toUpper();
    return s;
}

QString groupedNumber(qint64 n)
{
    const quint64 magnitude = n < 0 ? quint64(0) - quint64(n) : quint64(n);
    QString digits = QString::number(magnitude);
    for (qsizetype i = digits.size() - 3; i > 0; i -= 3)
        digits.insert(i, QLatin1Char('.'));
    return n < 0 ? QLatin1Char('-') + digits : digits;
}

QString thousandthsText(qint64 thousandths, bool grouped)
{
    const bool negative = thousandths < 0;
    const quint64 magnitude = negative ? quint64(0) - quint64(thousandths) : quint64(thousandths);
    const auto units = qint64(magnitude / 1000);
    QString out = grouped ? groupedNumber(units) : QString::number(units);
    if (const int rest = int(magnitude % 1000); rest != 0) {
        QString digits = QStringLiteral("%1").arg(rest, 3, 10, QLatin1Char('0'));
        while (digits.endsWith(QLatin1Char('0')))
            digits.chop(1);
        out += QLatin1Char(',') + digits;
    }
    return negative ? QLatin1Char('-') + out : out;
}

} // namespace dd::text
