#include "io/numbereditems.h"

#include <QRegularExpression>

namespace dd::io {

std::optional<ListMarker> numberedMarker(const QString &line)
{
    static const QRegularExpression worded(
        QStringLiteral("^(?:câu hỏi|câu|ý kiến|kiến nghị|đề xuất|question)\\s*(?:số\\s*)?(\\d{1,3})"
                       "(?:\\s*[:.)/\\-–]|\\s)\\s*(.*)$"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption
            | QRegularExpression::DotMatchesEverythingOption);
    // "1. ", "1.Đề nghị", "1) ", "1/ ", "1- ", "1: " but not "1.5 triệu" or "30/8".
    static const QRegularExpression number(
        QStringLiteral("^(\\d{1,3})\\s*[.)/:\\-–](?!\\d)\\s*(.*)$"),
        QRegularExpression::UseUnicodePropertiesOption
            | QRegularExpression::DotMatchesEverythingOption);
    auto m = worded.match(line);
    if (!m.hasMatch())
        m = number.match(line);
    if (!m.hasMatch())
        return std::nullopt;
    return ListMarker { m.captured(1).toInt(), m.captured(2) };
}

std::optional<ListMarker> bulletMarker(const QString &line)
{
    static const QRegularExpression bullet(QStringLiteral("^[-–—•*+·▪●○◦]\\s+(.*)$"),
                                           QRegularExpression::UseUnicodePropertiesOption);
    const auto m = bullet.match(line);
    if (!m.hasMatch())
        return std::nullopt;
    return ListMarker { -1, m.captured(1) };
}

QStringList breakRunOnItems(const QStringList &lines)
{
    // The end of a sentence, then the next item's marker and a word: "…? 2. Công nhân …",
    // "…. Câu 3: …".
    static const QRegularExpression next(
        QStringLiteral("(?<=[?.!;…])\\s+((?:câu hỏi|câu|ý kiến)\\s*(?:số\\s*)?)?(\\d{1,2})\\s*"
                       "(?(1)[:.)\\-–]?|[.)/])\\s+(?=\\p{L}|[\"“])"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    QStringList out;
    for (const QString &line : lines) {
        const auto first = numberedMarker(line);
        if (!first) {
            out << line;
            continue;
        }
        int expected = first->number + 1;
        qsizetype from = 0;
        auto it = next.globalMatch(line);
        while (it.hasNext()) {
            const auto m = it.next();
            if (m.captured(2).toInt() != expected)
                continue;
            out << line.mid(from, m.capturedStart() - from).trimmed();
            from = m.capturedStart(1) >= 0 ? m.capturedStart(1) : m.capturedStart(2);
            ++expected;
        }
        out << line.mid(from).trimmed();
    }
    return out;
}

QList<qsizetype> numberedStarts(const QStringList &lines)
{
    QList<qsizetype> starts;
    int last = -1;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const auto m = numberedMarker(lines.at(i));
        if (m && (last < 0 || m->number == last + 1)) {
            starts.append(i);
            last = m->number;
        }
    }
    return starts;
}

QStringList cellItems(const QString &cell)
{
    QStringList lines;
    for (const QString &line : cell.split(QLatin1Char('\n')))
        if (!line.trimmed().isEmpty())
            lines << line.trimmed();
    lines = breakRunOnItems(lines);
    const QList<qsizetype> starts = numberedStarts(lines);
    // Words before the first item make the cell one question that lists its points.
    if (starts.size() < 2 || starts.first() != 0)
        return {};
    QStringList items;
    for (qsizetype k = 0; k < starts.size(); ++k) {
        const qsizetype end = k + 1 < starts.size() ? starts.at(k + 1) : lines.size();
        QStringList parts { numberedMarker(lines.at(starts.at(k)))->rest.trimmed() };
        for (qsizetype i = starts.at(k) + 1; i < end; ++i)
            parts << lines.at(i);
        items << parts.join(QLatin1Char(' ')).simplified();
    }
    return items;
}

} // namespace dd::io
