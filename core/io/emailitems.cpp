#include "io/emailitems.h"

#include "text/vietnamese.h"

#include <QRegularExpression>

#include <optional>

namespace dd::io {

// --- Splitting into items ------------------------------------------------------------------

namespace {

bool isSignOff(const QString &line)
{
    // Short closing lines only, so a question that happens to say "thanks" is kept.
    if (line.size() > 60)
        return false;
    static const QStringList starts = { QStringLiteral("tran trong"),
                                        QStringLiteral("thanks"),
                                        QStringLiteral("thank you"),
                                        QStringLiteral("best regards"),
                                        QStringLiteral("kind regards"),
                                        QStringLiteral("regards"),
                                        QStringLiteral("best wishes"),
                                        QStringLiteral("xin tran trong cam on"),
                                        QStringLiteral("xin chan thanh cam on"),
                                        QStringLiteral("chan thanh cam on"),
                                        QStringLiteral("than ai"),
                                        QStringLiteral("tran trong kinh chao") };
    const QString folded = dd::text::fold(line);
    for (const QString &s : starts) {
        if (folded == s || (folded.startsWith(s) && !folded.at(s.size()).isLetterOrNumber()))
            return true;
    }
    return false;
}

bool isMobileFooter(const QString &line)
{
    static const QRegularExpression footer(
        QStringLiteral("^(sent from (my )?\\S+|gửi từ .*(iphone|android|điện thoại|thiết bị))"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    return line.size() <= 60 && footer.match(line).hasMatch();
}

// Removes quoted replies and the signature; returns trimmed lines.
QStringList contentLines(const QString &body)
{
    QString text = text::nfc(body);
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    text.replace(QChar(0x00A0), QLatin1Char(' '));
    const QStringList raw = text.split(QLatin1Char('\n'));

    static const QRegularExpression replyHeader(
        QStringLiteral("(wrote|đã viết|viết)\\s*:\\s*$"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    static const QRegularExpression originalMessage(
        QStringLiteral("^-{2,}\\s*(original message|thư gốc|tin nhắn gốc)\\s*-*$"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    static const QRegularExpression outlookReply(
        QStringLiteral("^(from|từ)\\s*:"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);

    QStringList lines;
    for (qsizetype i = 0; i < raw.size(); ++i) {
        const QString &line = raw.at(i);
        const QString trimmed = line.trimmed();
        if (line == QLatin1String("-- ") || trimmed == QLatin1String("--"))
            break; // signature separator
        if (originalMessage.match(trimmed).hasMatch())
            break;
        if (trimmed.startsWith(QLatin1String("____")) && i + 1 < raw.size()
            && outlookReply.match(raw.at(i + 1).trimmed()).hasMatch())
            break; // Outlook's reply separator line above "From: …"
        if (trimmed.startsWith(QLatin1Char('>')))
            continue;
        if (replyHeader.match(trimmed).hasMatch()) {
            // "On …, X wrote:" followed (maybe after a blank line) by quoted lines.
            qsizetype next = i + 1;
            while (next < raw.size() && raw.at(next).trimmed().isEmpty())
                ++next;
            if (next >= raw.size() || raw.at(next).trimmed().startsWith(QLatin1Char('>')))
                continue;
        }
        if (isSignOff(trimmed))
            break;
        if (isMobileFooter(trimmed))
            continue;
        lines.append(trimmed);
    }
    while (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    while (!lines.isEmpty() && lines.first().isEmpty())
        lines.removeFirst();
    return lines;
}

struct Marker
{
    int number = -1; // -1 for a bullet
    QString rest;
};

std::optional<Marker> numberedMarker(const QString &line)
{
    static const QRegularExpression worded(
        QStringLiteral("^(?:câu hỏi|câu|ý kiến|kiến nghị|đề xuất|question)\\s*(?:số\\s*)?(\\d{1,3})"
                       "(?:\\s*[:.)/\\-–]|\\s)\\s*(.*)$"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    // "1. ", "1.Đề nghị", "1) ", "1/ ", "1- ", "1: " but not "1.5 triệu" or "30/8".
    static const QRegularExpression number(
        QStringLiteral("^(\\d{1,3})\\s*[.)/:\\-–](?!\\d)\\s*(.*)$"),
        QRegularExpression::UseUnicodePropertiesOption);
    auto m = worded.match(line);
    if (!m.hasMatch())
        m = number.match(line);
    if (!m.hasMatch())
        return std::nullopt;
    return Marker { m.captured(1).toInt(), m.captured(2) };
}

std::optional<Marker> bulletMarker(const QString &line)
{
    static const QRegularExpression bullet(QStringLiteral("^[-–—•*+·▪●○◦]\\s+(.*)$"),
                                           QRegularExpression::UseUnicodePropertiesOption);
    const auto m = bullet.match(line);
    if (!m.hasMatch())
        return std::nullopt;
    return Marker { -1, m.captured(1) };
}

QString joinItem(const QStringList &parts)
{
    QString item;
    for (const QString &p : parts) {
        if (p.isEmpty())
            continue;
        if (!item.isEmpty())
            item.append(bulletMarker(p) ? QLatin1Char('\n') : QLatin1Char(' '));
        item.append(p.simplified());
    }
    return item.trimmed();
}

} // namespace

QStringList splitNumberedItems(const QString &body)
{
    const QStringList lines = contentLines(body);
    if (lines.isEmpty())
        return {};

    // Which lines start an item: numbered markers in sequence, else bullets (two or more).
    QList<qsizetype> starts;
    QList<QString> firstText;
    int last = -1;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const auto m = numberedMarker(lines.at(i));
        if (m && (last < 0 || m->number == last + 1)) {
            starts.append(i);
            firstText.append(m->rest);
            last = m->number;
        }
    }
    if (starts.isEmpty()) {
        for (qsizetype i = 0; i < lines.size(); ++i) {
            if (const auto m = bulletMarker(lines.at(i))) {
                starts.append(i);
                firstText.append(m->rest);
            }
        }
        if (starts.size() < 2)
            starts.clear();
    }

    if (starts.isEmpty()) {
        // No list: the whole text, with its paragraphs.
        QStringList out;
        bool blank = false;
        for (const QString &line : lines) {
            if (line.isEmpty()) {
                blank = true;
                continue;
            }
            if (blank && !out.isEmpty())
                out.append(QString());
            blank = false;
            out.append(line.simplified());
        }
        const QString item = out.join(QLatin1Char('\n')).trimmed();
        return item.isEmpty() ? QStringList() : QStringList { item };
    }

    QStringList items;
    for (qsizetype k = 0; k < starts.size(); ++k) {
        const bool lastItem = k + 1 == starts.size();
        const qsizetype end = lastItem ? lines.size() : starts.at(k + 1);
        QStringList parts { firstText.at(k) };
        for (qsizetype i = starts.at(k) + 1; i < end; ++i) {
            // After the last item, a blank line starts the closing paragraph.
            if (lastItem && lines.at(i).isEmpty() && !parts.join(QString()).trimmed().isEmpty())
                break;
            parts.append(lines.at(i));
        }
        const QString item = joinItem(parts);
        if (!item.isEmpty())
            items.append(item);
    }
    return items;
}

} // namespace dd::io
