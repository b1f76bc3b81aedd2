#include "io/emailitems.h"

#include "io/numbereditems.h"

#include "text/vietnamese.h"

#include <QRegularExpression>

#include <QSet>

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

struct Content
{
    QStringList lines; // trimmed; blank lines kept between paragraphs
    QStringList signature; // the lines under the sign-off or the "-- " separator
};

// Outlook's header of the message replied to, as its plain text writes it without a separator
// line above: "From: …" and, within the next two lines, "Sent: …" ("Từ: …", "Đã gửi: …").
bool startsOutlookHeader(const QStringList &raw, qsizetype i)
{
    static const QRegularExpression from(QStringLiteral("^(from|từ)\\s*:"),
                                         QRegularExpression::CaseInsensitiveOption
                                             | QRegularExpression::UseUnicodePropertiesOption);
    static const QRegularExpression sent(QStringLiteral("^(sent|date|đã gửi|ngày gửi|gửi)\\s*:"),
                                         QRegularExpression::CaseInsensitiveOption
                                             | QRegularExpression::UseUnicodePropertiesOption);
    if (!from.match(raw.at(i).trimmed()).hasMatch())
        return false;
    // Gmail's and Apple Mail's forwarding line above it: the forwarded message, kept.
    qsizetype above = i - 1;
    while (above >= 0 && raw.at(above).trimmed().isEmpty())
        --above;
    if (above >= 0) {
        const QString f = dd::text::fold(raw.at(above));
        if (f.contains(QLatin1String("forwarded message"))
            || f.contains(QLatin1String("begin forwarded"))
            || f.contains(QLatin1String("chuyen tiep")))
            return false;
    }
    for (qsizetype j = i + 1; j < raw.size() && j <= i + 2; ++j)
        if (sent.match(raw.at(j).trimmed()).hasMatch())
            return true;
    return false;
}

// Removes quoted replies; the sign-off and what follows it go to `signature`. In a forwarded
// message the quoted header is kept: what follows it is what was forwarded.
Content contentLines(const QString &body, bool forwarded)
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

    Content out;
    QStringList *target = &out.lines;
    for (qsizetype i = 0; i < raw.size(); ++i) {
        const QString &line = raw.at(i);
        const QString trimmed = line.trimmed();
        if (originalMessage.match(trimmed).hasMatch())
            break;
        if (trimmed.startsWith(QLatin1String("____")) && i + 1 < raw.size()
            && outlookReply.match(raw.at(i + 1).trimmed()).hasMatch())
            break; // Outlook's reply separator line above "From: …"
        if (!forwarded && startsOutlookHeader(raw, i))
            break; // the message replied to, below the reply
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
        if (isMobileFooter(trimmed))
            continue;
        if (target == &out.lines) {
            if (line == QLatin1String("-- ") || trimmed == QLatin1String("--")) {
                target = &out.signature; // signature separator
                continue;
            }
            if (isSignOff(trimmed)) {
                target = &out.signature;
                continue;
            }
        }
        target->append(trimmed);
    }
    for (QStringList *list : { &out.lines, &out.signature }) {
        while (!list->isEmpty() && list->last().isEmpty())
            list->removeLast();
        while (!list->isEmpty() && list->first().isEmpty())
            list->removeFirst();
    }
    return out;
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

bool startsWithWord(const QString &folded, std::initializer_list<const char *> words)
{
    for (const char *w : words) {
        const QLatin1String word(w);
        if (folded.startsWith(word)
            && (folded.size() == word.size() || !folded.at(word.size()).isLetterOrNumber()
                || !QChar(word.back()).isLetterOrNumber()))
            return true;
    }
    return false;
}

// "Kính gửi Ban Tổ chức – Kiểm tra Tỉnh đoàn," above the text.
bool isGreeting(const QString &line)
{
    return line.size() <= 200
        && startsWithWord(dd::text::fold(line),
                          { "kinh gui", "kinh thua", "thua", "than gui", "than chao", "kinh chao",
                            "xin chao", "dear", "gui:", "gui ban", "gui tinh doan" });
}

// "Thị đoàn Hòa Thành xin gửi các câu hỏi như sau:", "… xin gửi kiến nghị của …:": a line
// that only announces what follows.
bool isIntroduction(const QString &line)
{
    if (!line.endsWith(QLatin1Char(':')) || line.size() > 300)
        return false;
    const QString f = dd::text::fold(line);
    return f.contains(QLatin1String("xin gui")) || f.contains(QLatin1String("gui den"))
        || f.contains(QLatin1String("gui ve")) || f.contains(QLatin1String("nhu sau"))
        || f.contains(QLatin1String("tong hop")) || f.contains(QLatin1String("cu the"))
        || f.contains(QLatin1String("gom cac"));
}

// Vietnamese family names: a signature line of two to six capitalised words starting with one
// of them names a person.
bool isFamilyName(const QString &folded)
{
    static const QSet<QString> names = [] {
        QSet<QString> set;
        for (const char *n :
             { "nguyen", "tran",  "le",  "pham",  "hoang", "huynh", "phan",  "vu",     "vo",
               "dang",   "bui",   "do",  "ho",    "ngo",   "duong", "ly",    "doan",   "truong",
               "dinh",   "lam",   "mai", "trinh", "cao",   "luu",   "ta",    "chau",   "thai",
               "la",     "ha",    "to",  "quach", "kieu",  "tang",  "luong", "phung",  "dao",
               "lai",    "tu",    "ton", "than",  "chu",   "trieu", "vuong", "nghiem", "diep",
               "giang",  "khong", "mac", "luc",   "ong",   "bach",  "hua",   "dam",    "au",
               "kha",    "lo",    "son", "danh",  "thach", "kim",   "tong",  "quan",   "van" })
            set.insert(QLatin1String(n));
        return set;
    }();
    return names.contains(folded);
}

// The person a signature line names ("Nguyễn Thị Thùy Dương", "Đ/c Lê Văn Tâm"), empty when
// it names none.
QString personName(const QString &line)
{
    static const QRegularExpression prefix(QStringLiteral("^(đ/c|đc\\.?|đồng chí)\\s+"),
                                           QRegularExpression::CaseInsensitiveOption
                                               | QRegularExpression::UseUnicodePropertiesOption);
    QString name = line.simplified();
    name.remove(prefix);
    if (name.size() > 60)
        return {};
    const QStringList words = name.split(QLatin1Char(' '));
    if (words.size() < 2 || words.size() > 6 || !isFamilyName(dd::text::fold(words.first())))
        return {};
    QStringList out;
    for (const QString &w : words) {
        for (const QChar c : w)
            if (!c.isLetter())
                return {};
        if (!w.at(0).isUpper())
            return {};
        // "NGUYỄN VĂN AN" as "Nguyễn Văn An".
        out << (w.size() > 1 && w == w.toUpper() ? w.left(1) + w.mid(1).toLower() : w);
    }
    return out.join(QLatin1Char(' '));
}

// The person a signature line names, written the ways people sign: the name alone, "Người
// gửi: <name> - <position>, <union>", "<name> (Bí thư …)", or a position run into the name
// ("Bí thư Chi đoàn Lê Thị Mỹ Duyên"). Empty when the line names no one ("Bí thư Chi đoàn ấp
// Mỹ Phong", "Chi đoàn Công ty Mai Linh").
QString signerIn(const QString &line)
{
    if (QString name = personName(line); !name.isEmpty())
        return name;
    // "Người gửi: …", "Họ và tên người đặt câu hỏi: …": what follows the label; or the name
    // before a colon ("Nguyễn Văn A: Bí thư Chi đoàn …").
    QString rest = line.simplified();
    if (const qsizetype colon = rest.indexOf(QLatin1Char(':')); colon > 0 && colon < 40) {
        if (QString name = personName(rest.left(colon).trimmed()); !name.isEmpty())
            return name;
        rest = rest.mid(colon + 1).trimmed();
    }
    // The name beside its position: "<name> - <position>", "<name>, <union>", "<name> (…)".
    static const QRegularExpression between(QStringLiteral("\\s+[-–—]\\s+|\\s*[,;(]\\s*"));
    const QStringList parts = rest.split(between, Qt::SkipEmptyParts);
    for (const QString &part : parts)
        if (QString name = personName(part.trimmed()); !name.isEmpty())
            return name;
    // A position run into the name: the words before it only words of positions ("trưởng"
    // is not one of them: "Đoàn trường Lê Quý Đôn" names a school).
    static const QSet<QString> positionWords = [] {
        QSet<QString> set;
        for (const char *w :
             { "bi",   "thu",  "pho",    "chi", "doan", "hoi", "uy",  "vien", "uv",  "bch", "ban",
               "chap", "hanh", "thuong", "vu",  "dong", "tm",  "t/m", "kt",   "kt.", "tm." })
            set.insert(QLatin1String(w));
        return set;
    }();
    const QStringList words = parts.value(0).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (qsizetype k = 1; k + 2 <= words.size(); ++k) {
        if (!positionWords.contains(dd::text::fold(words.at(k - 1))))
            break;
        if (QString name = personName(words.mid(k).join(QLatin1Char(' '))); !name.isEmpty())
            return name;
    }
    return {};
}

// A line of a signature block that is not a name: a position, a unit, "(đã ký)", a phone or
// an address.
bool isSignatureDetail(const QString &line)
{
    // "Người gửi: <name> - <position> <branch>, <union>" runs long.
    if (line.size() > 160)
        return false;
    const QString f = dd::text::fold(line);
    return startsWithWord(f,
                          { "bi thu",
                            "pho bi thu",
                            "chu tich",
                            "pho chu tich",
                            "tm.",
                            "tm",
                            "t/m",
                            "kt.",
                            "kt",
                            "uv",
                            "uy vien",
                            "truong ban",
                            "pho truong ban",
                            "pho ban",
                            "chanh van phong",
                            "can bo",
                            "chuyen vien",
                            "thu ky",
                            "giam doc",
                            "pho giam doc",
                            "nguoi gui",
                            "nguoi lap",
                            "dien thoai",
                            "dt:",
                            "dt ",
                            "dtdd",
                            "sdt",
                            "email",
                            "e-mail",
                            "mobile",
                            "tel",
                            "(da ky)",
                            "huyen doan",
                            "thi doan",
                            "thanh doan",
                            "tinh doan",
                            "chi doan",
                            "doan co so",
                            "doan truong",
                            "doan khoi",
                            "ban chap hanh",
                            "bch",
                            "chi hoi",
                            "ban thuong vu",
                            "ban to chuc" });
}

// Takes a name-and-position block off the end of `lines` ("Nguyễn Văn An" / "Phó Bí thư Thị
// đoàn Hòa Thành") when the text ends with one and no "Trân trọng" came before it.
QStringList takeTrailingSignature(QStringList &lines)
{
    qsizetype start = lines.size();
    bool named = false;
    bool detailed = false;
    while (start > 0) {
        const QString &line = lines.at(start - 1);
        if (line.isEmpty()) {
            --start;
            continue;
        }
        if (line.endsWith(QLatin1Char('.')) || line.endsWith(QLatin1Char('?'))
            || line.endsWith(QLatin1Char('!')) || line.endsWith(QLatin1Char(';')))
            break;
        if (!personName(line).isEmpty())
            named = true;
        else if (isSignatureDetail(line))
            detailed = true;
        else
            break;
        --start;
    }
    // A lone unit line could be the end of a question; a name or a position makes it a
    // signature. Something must remain above it.
    if (!(named || detailed) || start == 0)
        return {};
    QStringList block = lines.mid(start);
    lines.resize(start);
    while (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return block;
}
} // namespace

EmailQuestions splitEmailQuestions(const QString &body, bool forwarded)
{
    Content content = contentLines(body, forwarded);
    QStringList &lines = content.lines;
    EmailQuestions result;
    // A name and position closing the text without a "Trân trọng" above them.
    if (content.signature.isEmpty())
        content.signature = takeTrailingSignature(lines);
    for (const QString &line : std::as_const(content.signature)) {
        if (line.isEmpty())
            continue;
        result.signature << line;
        if (result.signer.isEmpty())
            result.signer = signerIn(line);
    }
    // The greeting and the line announcing the list are not questions.
    while (!lines.isEmpty() && (lines.first().isEmpty() || isGreeting(lines.first())))
        lines.removeFirst();
    for (qsizetype i = 0; i < lines.size() && i < 3; ++i) {
        if (isIntroduction(lines.at(i))) {
            lines.remove(0, i + 1);
            break;
        }
    }
    while (!lines.isEmpty() && lines.first().isEmpty())
        lines.removeFirst();
    if (lines.isEmpty())
        return result;

    // Which lines start an item: numbered markers in sequence (numbereditems.h, the rule a
    // spreadsheet cell follows too), else bullets (two or more).
    lines = breakRunOnItems(lines);
    QList<qsizetype> starts = numberedStarts(lines);
    QList<QString> firstText;
    for (const qsizetype i : std::as_const(starts))
        firstText.append(numberedMarker(lines.at(i))->rest);
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
        if (!item.isEmpty())
            result.items << item;
        return result;
    }

    result.listed = true;
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
            result.items.append(item);
    }
    return result;
}

bool isForwardSubject(const QString &subject)
{
    // "Fwd: …", "FW: …", "TV: …", "Chuyển tiếp: …", after any "RE:" or "[list]" before them.
    static const QRegularExpression forward(
        QStringLiteral(
            "^(\\s*(re|tl|trả lời|aw|\\[[^\\]]*\\])\\s*:?)*\\s*(fwd?|tv|chuyển tiếp)\\s*:"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    return forward.match(subject).hasMatch();
}

QStringList splitNumberedItems(const QString &body)
{
    return splitEmailQuestions(body, false).items;
}

} // namespace dd::io
