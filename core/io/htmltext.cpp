#include "io/htmltext.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <limits>

namespace dd::io {

// --- HTML ----------------------------------------------------------------------------------

namespace {

const QHash<QString, char16_t> &entityTable()
{
    static const QHash<QString, char16_t> table = [] {
        QHash<QString, char16_t> t;
        // HTML 4 Latin-1 entities, U+00A0..U+00FF in order: old Outlook and Word HTML
        // writes Vietnamese letters such as "&agrave;" and "&ecirc;" this way.
        static const char *const latin1[]
            = { "nbsp",   "iexcl",  "cent",   "pound",  "curren", "yen",    "brvbar", "sect",
                "uml",    "copy",   "ordf",   "laquo",  "not",    "shy",    "reg",    "macr",
                "deg",    "plusmn", "sup2",   "sup3",   "acute",  "micro",  "para",   "middot",
                "cedil",  "sup1",   "ordm",   "raquo",  "frac14", "frac12", "frac34", "iquest",
                "Agrave", "Aacute", "Acirc",  "Atilde", "Auml",   "Aring",  "AElig",  "Ccedil",
                "Egrave", "Eacute", "Ecirc",  "Euml",   "Igrave", "Iacute", "Icirc",  "Iuml",
                "ETH",    "Ntilde", "Ograve", "Oacute", "Ocirc",  "Otilde", "Ouml",   "times",
                "Oslash", "Ugrave", "Uacute", "Ucirc",  "Uuml",   "Yacute", "THORN",  "szlig",
                "agrave", "aacute", "acirc",  "atilde", "auml",   "aring",  "aelig",  "ccedil",
                "egrave", "eacute", "ecirc",  "euml",   "igrave", "iacute", "icirc",  "iuml",
                "eth",    "ntilde", "ograve", "oacute", "ocirc",  "otilde", "ouml",   "divide",
                "oslash", "ugrave", "uacute", "ucirc",  "uuml",   "yacute", "thorn",  "yuml" };
        for (int i = 0; i < 96; ++i)
            t.insert(QString::fromLatin1(latin1[i]), char16_t(0xA0 + i));
        const std::pair<const char *, char16_t> other[] = {
            { "amp", u'&' },      { "lt", u'<' },       { "gt", u'>' },      { "quot", u'"' },
            { "apos", u'\'' },    { "ndash", 0x2013 },  { "mdash", 0x2014 }, { "lsquo", 0x2018 },
            { "rsquo", 0x2019 },  { "ldquo", 0x201C },  { "rdquo", 0x201D }, { "hellip", 0x2026 },
            { "bull", 0x2022 },   { "euro", 0x20AC },   { "trade", 0x2122 }, { "Dstrok", 0x0110 },
            { "dstrok", 0x0111 }, { "Abreve", 0x0102 }, { "abreve", 0x0103 }
        };
        for (const auto &[name, c] : other)
            t.insert(QString::fromLatin1(name), c);
        return t;
    }();
    return table;
}

// Decodes the entity starting at text[pos] == '&'; returns the characters consumed (0 when
// it is not an entity).
qsizetype decodeEntity(const QString &text, qsizetype pos, QString *out)
{
    const qsizetype semi = text.indexOf(QLatin1Char(';'), pos + 1);
    if (semi < 0 || semi - pos > 12)
        return 0;
    const QString name = text.mid(pos + 1, semi - pos - 1);
    if (name.startsWith(QLatin1Char('#'))) {
        bool ok = false;
        const bool hex
            = name.size() > 1 && (name.at(1) == QLatin1Char('x') || name.at(1) == QLatin1Char('X'));
        const uint code = hex ? name.mid(2).toUInt(&ok, 16) : name.mid(1).toUInt(&ok, 10);
        if (!ok || code == 0 || code > 0x10FFFF)
            return 0;
        const char32_t c = char32_t(code);
        out->append(QString::fromUcs4(&c, 1));
        return semi - pos + 1;
    }
    const auto it = entityTable().constFind(name);
    if (it == entityTable().constEnd())
        return 0;
    out->append(QChar(*it));
    return semi - pos + 1;
}

struct HtmlList
{
    bool ordered = false;
    qint64 next = 1;
};

// A list's start as written (<ol start="…">), at most 2147483647 as browsers read it (the
// count goes on past it in 64 bits); a number too long for any integer counts as 1.
qint64 listStart(QStringView digits)
{
    bool ok = false;
    const qint64 start = digits.toLongLong(&ok);
    return ok ? std::min<qint64>(start, std::numeric_limits<int>::max()) : 1;
}

} // namespace

qsizetype readHtmlTag(const QString &html, qsizetype pos, HtmlTag *tag)
{
    const qsizetype n = html.size();
    const QChar after = pos + 1 < n ? html.at(pos + 1) : QChar();
    if (!after.isLetter() && after != QLatin1Char('/') && after != QLatin1Char('!')
        && after != QLatin1Char('?'))
        return -1;
    *tag = HtmlTag {};
    if (QStringView(html).mid(pos, 4) == QLatin1String("<!--")) {
        const qsizetype end = html.indexOf(QLatin1String("-->"), pos + 4);
        return end < 0 ? n : end + 3;
    }
    qsizetype j = pos + 1;
    QChar quote;
    while (j < n && (html.at(j) != QLatin1Char('>') || !quote.isNull())) {
        const QChar q = html.at(j);
        if (quote.isNull() && (q == QLatin1Char('"') || q == QLatin1Char('\'')))
            quote = q;
        else if (q == quote)
            quote = QChar();
        ++j;
    }
    tag->text = html.mid(pos + 1, j - pos - 1);
    tag->closing = tag->text.startsWith(QLatin1Char('/'));
    const qsizetype from = tag->closing ? 1 : 0;
    qsizetype k = from;
    while (k < tag->text.size()
           && (tag->text.at(k).isLetterOrNumber() || tag->text.at(k) == QLatin1Char(':')))
        ++k;
    tag->name = tag->text.mid(from, k - from).toLower();
    return std::min(n, j + 1);
}

bool isHiddenHtmlTag(const QString &name)
{
    static const QStringList hidden
        = { QStringLiteral("head"), QStringLiteral("style"), QStringLiteral("script"),
            QStringLiteral("title"), QStringLiteral("xml") };
    return hidden.contains(name);
}

QString htmlToPlainText(const QString &html)
{
    static const QStringList blockTags
        = { QStringLiteral("p"),      QStringLiteral("div"),        QStringLiteral("tr"),
            QStringLiteral("table"),  QStringLiteral("h1"),         QStringLiteral("h2"),
            QStringLiteral("h3"),     QStringLiteral("h4"),         QStringLiteral("h5"),
            QStringLiteral("h6"),     QStringLiteral("blockquote"), QStringLiteral("pre"),
            QStringLiteral("hr"),     QStringLiteral("dl"),         QStringLiteral("dt"),
            QStringLiteral("dd"),     QStringLiteral("section"),    QStringLiteral("article"),
            QStringLiteral("header"), QStringLiteral("footer"),     QStringLiteral("address"),
            QStringLiteral("center"), QStringLiteral("form"),       QStringLiteral("ul"),
            QStringLiteral("ol"),     QStringLiteral("li"),         QStringLiteral("body") };
    static const QRegularExpression startAttr(QStringLiteral("\\bstart\\s*=\\s*[\"']?(\\d+)"),
                                              QRegularExpression::CaseInsensitiveOption);

    QString out;
    QList<HtmlList> lists;
    QString hiddenUntil; // the closing tag ending a <style>, <script>, … block
    int pre = 0;
    bool space = false; // a collapsed space is pending

    const auto newline = [&out, &space] {
        space = false;
        if (!out.isEmpty() && !out.endsWith(QLatin1Char('\n')))
            out.append(QLatin1Char('\n'));
    };

    qsizetype i = 0;
    const qsizetype n = html.size();
    while (i < n) {
        const QChar c = html.at(i);
        HtmlTag element;
        const qsizetype next = c == QLatin1Char('<') ? readHtmlTag(html, i, &element) : -1;
        if (next >= 0) {
            i = next;
            const QString &tag = element.text;
            const QString &name = element.name;
            const bool closing = element.closing;
            if (!hiddenUntil.isEmpty()) {
                if (closing && name == hiddenUntil)
                    hiddenUntil.clear();
                continue;
            }
            if (name.isEmpty())
                continue; // <!DOCTYPE>, <?xml?>, a stray '<'
            if (!closing && isHiddenHtmlTag(name) && !tag.endsWith(QLatin1Char('/'))) {
                hiddenUntil = name;
                continue;
            }
            if (name == QLatin1String("br")) {
                out.append(QLatin1Char('\n'));
                space = false;
            } else if (name == QLatin1String("td") || name == QLatin1String("th")) {
                if (!closing)
                    space = !out.isEmpty() && !out.endsWith(QLatin1Char('\n'));
            } else if (name == QLatin1String("pre")) {
                pre = std::max(0, pre + (closing ? -1 : 1));
                newline();
            } else if (name == QLatin1String("ol") || name == QLatin1String("ul")) {
                if (closing) {
                    if (!lists.isEmpty())
                        lists.removeLast();
                } else {
                    HtmlList list;
                    list.ordered = name == QLatin1String("ol");
                    const auto m = startAttr.match(tag);
                    if (m.hasMatch())
                        list.next = listStart(m.capturedView(1));
                    lists.append(list);
                }
                newline();
            } else if (name == QLatin1String("li")) {
                newline();
                if (!closing) {
                    if (lists.isEmpty() || !lists.last().ordered)
                        out.append(QLatin1String("- "));
                    else
                        out.append(QString::number(lists.last().next++) + QLatin1String(". "));
                }
            } else if (blockTags.contains(name)) {
                newline();
            }
            continue;
        }
        if (!hiddenUntil.isEmpty()) {
            ++i;
            continue;
        }
        if (c == QLatin1Char('&')) {
            QString decoded;
            const qsizetype used = decodeEntity(html, i, &decoded);
            if (used > 0) {
                if (space)
                    out.append(QLatin1Char(' '));
                space = false;
                out.append(decoded);
                i += used;
                continue;
            }
        }
        if (pre == 0 && c.isSpace() && c != QChar(0x00A0)) {
            space = !out.isEmpty() && !out.endsWith(QLatin1Char('\n'));
            ++i;
            continue;
        }
        if (space)
            out.append(QLatin1Char(' '));
        space = false;
        out.append(c);
        ++i;
    }

    // Trim each line and keep at most one blank line between paragraphs.
    QStringList lines;
    bool blank = false;
    for (QString line : out.split(QLatin1Char('\n'))) {
        line.replace(QChar(0x00A0), QLatin1Char(' '));
        line = line.trimmed();
        if (line.isEmpty()) {
            blank = !lines.isEmpty();
            continue;
        }
        if (blank)
            lines.append(QString());
        blank = false;
        lines.append(line);
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace dd::io
