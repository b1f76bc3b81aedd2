#include "io/xlsxnumberformat.h"

#include <QRegularExpression>
#include <QTime>

#include <cmath>

namespace dd::io {

namespace {

// The code with literal text, escapes and [colour]/[$-locale] sections removed, lower case:
// what is left tells which kind of value the format shows.
QString formatTokens(const QString &code)
{
    QString out;
    bool quoted = false;
    bool bracket = false;
    for (qsizetype i = 0; i < code.size(); ++i) {
        const QChar c = code.at(i);
        if (quoted) {
            quoted = c != u'"';
        } else if (bracket) {
            if (c == u']')
                bracket = false;
            else if (c.toLower() == u'h' || c.toLower() == u'm' || c.toLower() == u's')
                out += c.toLower(); // [h]:mm elapsed time
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u'[') {
            bracket = true;
        } else if (c == u'\\' || c == u'_' || c == u'*') {
            ++i; // escaped or padding character
        } else if (c == u';') {
            break; // the positive section decides
        } else {
            out += c.toLower();
        }
    }
    return out;
}

} // namespace

XlsxNumberFormat::XlsxNumberFormat(int id, const QString &code)
{
    // Built-in formats (ECMA-376 part 1, 18.8.30); 27-36 and 50-58 are the East Asian
    // date formats, shown as dates here too.
    if ((id >= 14 && id <= 17) || (id >= 27 && id <= 36) || (id >= 50 && id <= 58)) {
        m_kind = Kind::Date;
        return;
    }
    if (id == 22) {
        m_kind = Kind::DateTime;
        return;
    }
    if ((id >= 18 && id <= 21) || (id >= 45 && id <= 47)) {
        m_kind = Kind::Time;
        return;
    }
    if (id == 9 || id == 10) {
        m_kind = Kind::Percent;
        m_decimals = id == 10 ? 2 : 0;
        return;
    }
    if (id == 49) {
        m_kind = Kind::Text;
        return;
    }
    if (code.isEmpty())
        return;
    const QString t = formatTokens(code);
    const bool hasDate = t.contains(u'd') || t.contains(u'y');
    const bool hasTime = t.contains(u'h') || t.contains(u's');
    if (hasDate) {
        m_kind = hasTime ? Kind::DateTime : Kind::Date;
    } else if (hasTime) {
        m_kind = Kind::Time;
    } else if (t.contains(u'm') && !t.contains(u'0') && !t.contains(u'#')) {
        m_kind = Kind::Date; // "mmm" month names
    } else if (t.contains(u'%')) {
        m_kind = Kind::Percent;
        const qsizetype dot = t.indexOf(u'.');
        m_decimals = dot < 0 ? 0 : int(t.size() - dot - 2);
    } else if (t == u"@") {
        m_kind = Kind::Text;
    } else {
        static const QRegularExpression zeros(QStringLiteral("^0{2,}$"));
        if (zeros.match(t).hasMatch()) {
            m_kind = Kind::ZeroPadded;
            m_width = int(t.size());
        }
    }
}

QString XlsxNumberFormat::general(double value)
{
    if (!std::isfinite(value))
        return QString::number(value);
    if (value == std::floor(value) && std::fabs(value) < 1e15)
        return QString::number(static_cast<qint64>(value));
    // 15 significant digits hide binary noise (0.1 + 0.2) as Excel's display does.
    QString s = QString::number(value, 'g', 15);
    if (s.contains(u'e') && std::fabs(value) >= 1e-9 && std::fabs(value) < 1e15) {
        s = QString::number(value, 'f', 12);
        while (s.endsWith(u'0'))
            s.chop(1);
        if (s.endsWith(u'.'))
            s.chop(1);
    }
    return s;
}

QString XlsxNumberFormat::date(const QDate &d)
{
    return d.toString(QStringLiteral("dd/MM/yyyy"));
}

QDate XlsxNumberFormat::serialToDate(double serial, bool date1904)
{
    const qint64 days = static_cast<qint64>(std::floor(serial));
    if (date1904)
        return QDate(1904, 1, 1).addDays(days);
    // Excel counts a 29/02/1900 that never was; serials from 61 on are one day ahead.
    if (days < 61)
        return QDate(1899, 12, 31).addDays(days);
    return QDate(1899, 12, 30).addDays(days);
}

QString XlsxNumberFormat::format(double value, bool date1904) const
{
    auto timeOf = [](double v, bool withSeconds) {
        const double fraction = v - std::floor(v);
        const int seconds = int(std::lround(fraction * 86400.0)) % 86400;
        const QTime t = QTime(0, 0).addSecs(seconds);
        return t.toString(withSeconds && t.second() ? QStringLiteral("HH:mm:ss")
                                                    : QStringLiteral("HH:mm"));
    };
    switch (m_kind) {
    case Kind::Date:
        if (value >= 0 && value < 2958466) // up to 31/12/9999
            return date(serialToDate(value, date1904));
        break;
    case Kind::DateTime:
        if (value >= 0 && value < 2958466) {
            const QString d = date(serialToDate(value, date1904));
            return value == std::floor(value) ? d : d + u' ' + timeOf(value, true);
        }
        break;
    case Kind::Time:
        if (value >= 0)
            return timeOf(value, true);
        break;
    case Kind::Percent:
        return QString::number(value * 100.0, 'f', m_decimals) + u'%';
    case Kind::ZeroPadded:
        if (value >= 0 && value == std::floor(value) && value < 1e15)
            return QString::number(static_cast<qint64>(value)).rightJustified(m_width, u'0');
        break;
    case Kind::Text:
    case Kind::General:
        break;
    }
    return general(value);
}

} // namespace dd::io
