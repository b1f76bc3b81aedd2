#include "io/emailreader.h"

#include "io/readlimits.h"
#include "text/vietnamese.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QStringDecoder>
#include <QTimeZone>

// GLib's headers use `signals` as a field name, which Qt defines as a macro.
#pragma push_macro("signals")
#undef signals
#include <gmime/gmime.h>
#pragma pop_macro("signals")

#include <algorithm>
#include <limits>
#include <memory>
#include <optional>

namespace dd::io {

namespace {

void ensureGMime()
{
    // g_mime_init() is not thread-safe; a function-local static runs it exactly once.
    static const bool initialised = [] {
        g_mime_init();
        return true;
    }();
    Q_UNUSED(initialised);
}

struct GObjectDeleter
{
    void operator()(gpointer p) const
    {
        if (p)
            g_object_unref(p);
    }
};
template<typename T>
using GPtr = std::unique_ptr<T, GObjectDeleter>;

QString fromGChar(const char *s)
{
    return s ? text::nfc(QString::fromUtf8(s)) : QString();
}

// --- Is it an e-mail at all? -------------------------------------------------------------

enum class Shape { Email, NoHeaders, OutlookMsg };

// GMime accepts anything (a PDF parses as a message without headers), so the header block
// is checked first: every line a "Name: value" field or its continuation, and at least one
// of the fields every mail client writes.
Shape shapeOf(const QByteArray &bytes)
{
    if (bytes.startsWith("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"))
        return Shape::OutlookMsg; // OLE compound file: Outlook's own .msg format
    qsizetype pos = bytes.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    if (bytes.mid(pos, 5) == "From ") // mbox separator line
        pos = bytes.indexOf('\n', pos) + 1;
    if (pos <= 0 && bytes.startsWith("From "))
        return Shape::NoHeaders;

    static const QRegularExpression field(QStringLiteral("^([!-9;-~]+)[ \\t]*:"));
    static const QStringList known = { QStringLiteral("from"),         QStringLiteral("subject"),
                                       QStringLiteral("date"),         QStringLiteral("message-id"),
                                       QStringLiteral("mime-version"), QStringLiteral("received"),
                                       QStringLiteral("to"),           QStringLiteral("sender") };
    bool first = true;
    bool sawKnown = false;
    int lines = 0;
    while (pos < bytes.size() && lines < 2000) {
        qsizetype end = bytes.indexOf('\n', pos);
        if (end < 0)
            end = bytes.size();
        QByteArray line = bytes.mid(pos, end - pos);
        if (line.endsWith('\r'))
            line.chop(1);
        pos = end + 1;
        ++lines;
        if (line.isEmpty())
            break; // end of the header block
        if (!first && (line.startsWith(' ') || line.startsWith('\t')))
            continue; // folded continuation
        const auto m = field.match(QString::fromLatin1(line));
        if (!m.hasMatch())
            return Shape::NoHeaders;
        if (known.contains(m.captured(1).toLower()))
            sawKnown = true;
        first = false;
    }
    return sawKnown ? Shape::Email : Shape::NoHeaders;
}

// --- Text of a part ----------------------------------------------------------------------

QByteArray decodedContent(GMimePart *part)
{
    GMimeDataWrapper *content = g_mime_part_get_content(part);
    if (!content)
        return {};
    GPtr<GMimeStream> mem(g_mime_stream_mem_new());
    // Undoes the Content-Transfer-Encoding (base64, quoted-printable); bytes stay in the
    // part's charset.
    g_mime_data_wrapper_write_to_stream(content, mem.get());
    GByteArray *array = g_mime_stream_mem_get_byte_array(GMIME_STREAM_MEM(mem.get()));
    return QByteArray(reinterpret_cast<const char *>(array->data), qsizetype(array->len));
}

bool convertWithIconv(const QByteArray &raw, const QByteArray &charset, QString *out)
{
    const char *iconvName = g_mime_charset_iconv_name(charset.constData());
    gsize written = 0;
    GError *error = nullptr;
    gchar *utf8 = g_convert(raw.constData(), gssize(raw.size()), "UTF-8",
                            iconvName ? iconvName : charset.constData(), nullptr, &written, &error);
    if (!utf8) {
        g_clear_error(&error);
        return false;
    }
    *out = QString::fromUtf8(utf8, qsizetype(written));
    g_free(utf8);
    return true;
}

bool decodeUtf8(const QByteArray &raw, QString *out)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString s = decoder.decode(raw);
    if (decoder.hasError())
        return false;
    *out = s;
    return true;
}

// Declared charset first (iconv knows windows-1258, TCVN aside), then what Vietnamese mail
// actually is when the label is missing or wrong: UTF-8, then Windows-1258.
QString decodeText(const QByteArray &raw, QByteArray charset)
{
    charset = charset.trimmed().toLower();
    QString text;
    const bool utf8Label = charset.isEmpty() || charset == "utf-8" || charset == "utf8"
        || charset == "us-ascii" || charset == "ascii";
    if (utf8Label) {
        if (decodeUtf8(raw, &text))
            return text;
    } else {
        if (convertWithIconv(raw, charset, &text))
            return text;
        QStringDecoder byName(charset.constData()); // Qt's ICU codecs, when iconv lacks one
        if (byName.isValid()) {
            text = byName.decode(raw);
            if (!byName.hasError())
                return text;
        }
        if (decodeUtf8(raw, &text))
            return text;
    }
    if (convertWithIconv(raw, "windows-1258", &text))
        return text;
    return QString::fromLatin1(raw);
}

// RFC 3676: a line ending in a space continues on the next line.
QString unflow(const QString &text, bool delSp)
{
    const QStringList lines = text.split(QLatin1Char('\n'));
    QString out;
    bool joining = false;
    for (const QString &line0 : lines) {
        QString line = line0;
        if (!joining && line.startsWith(QLatin1Char(' ')))
            line.remove(0, 1); // space-stuffing
        if (!joining && !out.isEmpty())
            out.append(QLatin1Char('\n'));
        const bool soft = line.endsWith(QLatin1Char(' ')) && line != QLatin1String("-- ");
        if (soft && delSp)
            line.chop(1);
        out.append(line);
        joining = soft;
    }
    return out;
}

QString partText(GMimePart *part, bool html)
{
    GMimeObject *object = GMIME_OBJECT(part);
    const QByteArray raw = decodedContent(part);
    QString text = decodeText(raw, g_mime_object_get_content_type_parameter(object, "charset"));
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    if (html)
        return htmlToPlainText(text);
    const char *format = g_mime_object_get_content_type_parameter(object, "format");
    if (format && g_ascii_strcasecmp(format, "flowed") == 0) {
        const char *delsp = g_mime_object_get_content_type_parameter(object, "delsp");
        text = unflow(text, delsp && g_ascii_strcasecmp(delsp, "yes") == 0);
    }
    return text;
}

// --- Walking the MIME tree ---------------------------------------------------------------

struct Walk
{
    QStringList attachments;
    QList<GMimeMessage *> forwarded; // owned by the outer message
    int depth = 0; // multiparts and messages around the part being read
    int parts = 0;
    bool tooDeep = false;
    bool tooMany = false;
};

// Counts a part on the way down; false once a bound of readlimits.h is passed (the rest of the
// tree is not read).
struct Level
{
    Walk &walk;
    bool ok;
    explicit Level(Walk &w)
        : walk(w)
    {
        ++walk.depth;
        ++walk.parts;
        walk.tooDeep = walk.tooDeep || walk.depth > kMaxEmailDepth;
        walk.tooMany = walk.tooMany || walk.parts > kMaxEmailParts;
        ok = !walk.tooDeep && !walk.tooMany;
    }
    ~Level() { --walk.depth; }
};

bool isType(GMimeObject *object, const char *type, const char *subtype)
{
    GMimeContentType *ct = g_mime_object_get_content_type(object);
    return ct && g_mime_content_type_is_type(ct, type, subtype);
}

bool isAttachment(GMimeObject *object)
{
    GMimeContentDisposition *d = g_mime_object_get_content_disposition(object);
    return d && g_mime_content_disposition_is_attachment(d);
}

QString bodyOf(GMimeObject *object, Walk &walk);

QString alternativeBody(GMimeMultipart *multipart, Walk &walk)
{
    QString html;
    QString plain;
    const int count = g_mime_multipart_get_count(multipart);
    for (int i = 0; i < count; ++i) {
        GMimeObject *sub = g_mime_multipart_get_part(multipart, i);
        if (isType(sub, "text", "html") && !isAttachment(sub) && GMIME_IS_PART(sub)) {
            if (html.trimmed().isEmpty())
                html = partText(GMIME_PART(sub), true);
        } else if (isType(sub, "text", "plain") && !isAttachment(sub) && GMIME_IS_PART(sub)) {
            if (plain.trimmed().isEmpty())
                plain = partText(GMIME_PART(sub), false);
        } else {
            // multipart/related around the HTML, or a calendar part: the HTML inside counts
            // as HTML (used only when there is no plain text).
            Walk inner;
            inner.depth = walk.depth;
            inner.parts = walk.parts;
            const QString text = bodyOf(sub, inner);
            walk.forwarded.append(inner.forwarded);
            walk.parts = inner.parts;
            walk.tooDeep = walk.tooDeep || inner.tooDeep;
            walk.tooMany = walk.tooMany || inner.tooMany;
            if (html.trimmed().isEmpty())
                html = text;
        }
    }
    return plain.trimmed().isEmpty() ? html : plain;
}

QString bodyOf(GMimeObject *object, Walk &walk)
{
    const Level level(walk);
    if (!level.ok)
        return {};
    if (GMIME_IS_MESSAGE_PART(object)) {
        if (GMimeMessage *inner = g_mime_message_part_get_message(GMIME_MESSAGE_PART(object)))
            walk.forwarded.append(inner);
        return {};
    }
    if (GMIME_IS_MULTIPART(object)) {
        GMimeMultipart *multipart = GMIME_MULTIPART(object);
        if (isType(object, "multipart", "alternative"))
            return alternativeBody(multipart, walk);
        // mixed, related, signed, …: the text parts in order (Apple Mail splits the text
        // around inline attachments), the rest listed or skipped.
        QStringList texts;
        const int count = g_mime_multipart_get_count(multipart);
        for (int i = 0; i < count; ++i) {
            const QString text = bodyOf(g_mime_multipart_get_part(multipart, i), walk);
            if (!text.trimmed().isEmpty())
                texts.append(text.trimmed());
        }
        return texts.join(QLatin1String("\n\n"));
    }
    if (!GMIME_IS_PART(object))
        return {};

    GMimePart *part = GMIME_PART(object);
    const QString fileName = fromGChar(g_mime_part_get_filename(part));
    const bool attachment = isAttachment(object);
    const bool isText = isType(object, "text", "plain") || isType(object, "text", "html");
    if (isText && !attachment && fileName.isEmpty())
        return partText(part, isType(object, "text", "html"));
    if (isType(object, "application", "pkcs7-signature")
        || isType(object, "application", "x-pkcs7-signature")
        || isType(object, "application", "pgp-signature"))
        return {};
    // Inline images of a signature carry a Content-ID and are not attachments anyone sent.
    if (!fileName.isEmpty() && (attachment || !g_mime_object_get_content_id(object)))
        walk.attachments.append(fileName);
    return {};
}

QString firstMailbox(InternetAddressList *list, QString *name)
{
    if (!list)
        return {};
    const int count = internet_address_list_length(list);
    for (int i = 0; i < count; ++i) {
        InternetAddress *address = internet_address_list_get_address(list, i);
        if (!INTERNET_ADDRESS_IS_MAILBOX(address))
            continue;
        const QString addr
            = fromGChar(internet_address_mailbox_get_addr(INTERNET_ADDRESS_MAILBOX(address)))
                  .trimmed()
                  .toLower();
        if (!addr.contains(QLatin1Char('@')))
            continue;
        *name = dd::text::clean(fromGChar(internet_address_get_name(address)));
        // Outlook sometimes repeats the address as the name, in quotes.
        if (name->compare(addr, Qt::CaseInsensitive) == 0)
            name->clear();
        return addr;
    }
    return {};
}

QString finishBody(QString body)
{
    body = text::nfc(body);
    body.replace(QChar(0x00A0), QLatin1Char(' '));
    QStringList lines = body.split(QLatin1Char('\n'));
    for (QString &line : lines) {
        while (!line.isEmpty() && line.back().isSpace() && line != QLatin1String("-- "))
            line.chop(1);
    }
    return lines.join(QLatin1Char('\n')).trimmed();
}

} // namespace

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
    static const QStringList hiddenTags
        = { QStringLiteral("head"), QStringLiteral("style"), QStringLiteral("script"),
            QStringLiteral("title"), QStringLiteral("xml") };
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
        // A '<' not followed by a tag name ("a < b") is text.
        const QChar after = i + 1 < n ? html.at(i + 1) : QChar();
        if (c == QLatin1Char('<')
            && (after.isLetter() || after == QLatin1Char('/') || after == QLatin1Char('!')
                || after == QLatin1Char('?'))) {
            if (html.mid(i, 4) == QLatin1String("<!--")) {
                const qsizetype end = html.indexOf(QLatin1String("-->"), i + 4);
                i = end < 0 ? n : end + 3;
                continue;
            }
            // Find the end of the tag, skipping '>' inside quoted attribute values.
            qsizetype j = i + 1;
            QChar quote;
            while (j < n && (html.at(j) != QLatin1Char('>') || !quote.isNull())) {
                const QChar q = html.at(j);
                if (quote.isNull() && (q == QLatin1Char('"') || q == QLatin1Char('\'')))
                    quote = q;
                else if (q == quote)
                    quote = QChar();
                ++j;
            }
            const QString tag = html.mid(i + 1, j - i - 1);
            i = j + 1;
            const bool closing = tag.startsWith(QLatin1Char('/'));
            qsizetype k = closing ? 1 : 0;
            while (k < tag.size()
                   && (tag.at(k).isLetterOrNumber() || tag.at(k) == QLatin1Char(':')))
                ++k;
            const QString name = tag.mid(closing ? 1 : 0, k - (closing ? 1 : 0)).toLower();
            if (!hiddenUntil.isEmpty()) {
                if (closing && name == hiddenUntil)
                    hiddenUntil.clear();
                continue;
            }
            if (name.isEmpty())
                continue; // <!DOCTYPE>, <?xml?>, a stray '<'
            if (!closing && hiddenTags.contains(name) && !tag.endsWith(QLatin1Char('/'))) {
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

// --- Reading -------------------------------------------------------------------------------

namespace {

// How many multiparts and attached messages the message could hold at most: each needs its
// Content-Type to say "multipart/" or "message/".
qsizetype containerTokens(const QByteArray &bytes)
{
    const QByteArray lower = bytes.toLower(); // "Multipart/Mixed" counts too
    qsizetype count = 0;
    for (const char *token : { "multipart/", "message/" }) {
        const QByteArrayView t(token);
        for (qsizetype at = 0; (at = lower.indexOf(t, at)) >= 0; at += t.size())
            ++count;
    }
    return count;
}

Error tooComplex(const QString &which)
{
    return Error(QCoreApplication::translate(
                     "Import",
                     "%1 is built of more parts than an e-mail holds (over %2, or nested more "
                     "than %3 deep), and was not read. Forward the questions in a plain message, "
                     "or copy their text into new questions.")
                     .arg(which)
                     .arg(kMaxEmailParts)
                     .arg(kMaxEmailDepth));
}

} // namespace

Result<EmailMessage> readEmail(const QByteArray &bytes, const QString &sourceName)
{
    const QString which = sourceName.isEmpty()
        ? QCoreApplication::translate("Import", "The e-mail")
        : QCoreApplication::translate("Import", "The file “%1”").arg(sourceName);
    switch (shapeOf(bytes)) {
    case Shape::OutlookMsg:
        return Error(QCoreApplication::translate(
                         "Import",
                         "%1 is an Outlook .msg file, not an e-mail saved as .eml. In Outlook, "
                         "open the message and use File › Save As with the type “Outlook Message "
                         "Format – Unicode” changed to .eml, or forward it to a Gmail or "
                         "Thunderbird account and save it from there.")
                         .arg(which));
    case Shape::NoHeaders:
        return Error(QCoreApplication::translate(
                         "Import",
                         "%1 is not an e-mail: it does not start with mail headers (From, Subject, "
                         "Date). Save the message from your mail program as an .eml file and "
                         "choose that file.")
                         .arg(which));
    case Shape::Email:
        break;
    }

    // GMime builds the whole tree of parts, one within another, before anything here sees it:
    // a message that could hold more containers than the bounds allow is refused first.
    if (bytes.size() > kMaxImportFileBytes || containerTokens(bytes) > kMaxEmailParts)
        return tooComplex(which);

    ensureGMime();
    GPtr<GMimeStream> stream(
        g_mime_stream_mem_new_with_buffer(bytes.constData(), size_t(bytes.size())));
    GPtr<GMimeParser> parser(g_mime_parser_new_with_stream(stream.get()));
    GMimeParserOptions *options = g_mime_parser_options_new();
    // Unlabelled 8-bit headers from Vietnamese senders are UTF-8 or Windows-1258.
    const char *fallback[] = { "UTF-8", "windows-1258", nullptr };
    g_mime_parser_options_set_fallback_charsets(options, fallback);
    GPtr<GMimeMessage> message(g_mime_parser_construct_message(parser.get(), options));
    g_mime_parser_options_free(options);
    if (!message)
        return Error(QCoreApplication::translate(
                         "Import",
                         "%1 is not an e-mail that can be read: its structure is damaged. Save "
                         "the message again from your mail program.")
                         .arg(which));

    EmailMessage result;
    result.fromAddress = firstMailbox(g_mime_message_get_from(message.get()), &result.fromName);
    if (result.fromAddress.isEmpty())
        result.fromAddress
            = firstMailbox(g_mime_message_get_sender(message.get()), &result.fromName);
    if (result.fromAddress.isEmpty())
        return Error(QCoreApplication::translate(
                         "Import",
                         "%1 has no sender address (From), so the sending unit cannot be "
                         "recognised. Ask the unit to send it again, or copy its text and add "
                         "the questions by hand.")
                         .arg(which));

    result.subject = dd::text::clean(fromGChar(g_mime_message_get_subject(message.get())));
    if (GDateTime *date = g_mime_message_get_date(message.get())) {
        const qint64 offset = g_date_time_get_utc_offset(date) / G_TIME_SPAN_SECOND;
        result.date
            = QDateTime::fromSecsSinceEpoch(g_date_time_to_unix(date), QTimeZone(int(offset)));
    }

    Walk walk;
    QString body;
    if (GMimeObject *root = g_mime_message_get_mime_part(message.get()))
        body = finishBody(bodyOf(root, walk));
    // A message forwarded as an attachment with nothing typed around it: its text is the
    // content.
    for (qsizetype i = 0; i < walk.forwarded.size(); ++i) {
        GMimeObject *innerRoot = g_mime_message_get_mime_part(walk.forwarded.at(i));
        if (!innerRoot)
            continue;
        const QString inner = finishBody(bodyOf(innerRoot, walk));
        if (splitNumberedItems(body).isEmpty() && !inner.isEmpty())
            body = inner;
    }
    if (walk.tooDeep || walk.tooMany)
        return tooComplex(which);
    result.attachmentNames = walk.attachments;
    result.body = body;

    if (splitNumberedItems(body).isEmpty()) {
        if (!walk.attachments.isEmpty())
            return Error(QCoreApplication::translate(
                             "Import",
                             "%1 has no text, only attached files (%2). The questions are "
                             "probably in the attachment: save it and import it, or copy its "
                             "text into a new question.")
                             .arg(which, walk.attachments.join(QLatin1String(", "))));
        return Error(QCoreApplication::translate(
                         "Import",
                         "%1 has no text to read as questions. Check that the right message was "
                         "saved, or ask the unit to send the questions again.")
                         .arg(which));
    }
    return result;
}

Result<EmailMessage> readEmail(const QString &path)
{
    Result<QByteArray> bytes = readImportFile(path);
    if (!bytes)
        return Error(bytes.error());
    return readEmail(*bytes, QFileInfo(path).fileName());
}

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
