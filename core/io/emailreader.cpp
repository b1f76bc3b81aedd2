#include "io/emailreader.h"

#include "io/readlimits.h"
#include "text/vietnamese.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
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
#include <utility>

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

// The part's text as written (HTML still HTML), '\n' line ends.
QString partSource(GMimePart *part)
{
    GMimeObject *object = GMIME_OBJECT(part);
    const QByteArray raw = decodedContent(part);
    QString text = decodeText(raw, g_mime_object_get_content_type_parameter(object, "charset"));
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    return text;
}

QString partText(GMimePart *part, bool html)
{
    GMimeObject *object = GMIME_OBJECT(part);
    QString text = partSource(part);
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
    QList<EmailAttachment> *files = nullptr; // when the caller wants their contents too
    QList<GMimeMessage *> forwarded; // owned by the outer message
    QString html; // the first HTML part as written, for its tables
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
            if (html.trimmed().isEmpty()) {
                const QString source = partSource(GMIME_PART(sub));
                if (walk.html.isEmpty())
                    walk.html = source;
                html = htmlToPlainText(source);
            }
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
            if (walk.html.isEmpty())
                walk.html = inner.html;
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
    if (isText && !attachment && fileName.isEmpty()) {
        if (!isType(object, "text", "html"))
            return partText(part, false);
        const QString source = partSource(part);
        if (walk.html.isEmpty())
            walk.html = source;
        return htmlToPlainText(source);
    }
    if (isType(object, "application", "pkcs7-signature")
        || isType(object, "application", "x-pkcs7-signature")
        || isType(object, "application", "pgp-signature"))
        return {};
    // Inline images of a signature carry a Content-ID and are not attachments anyone sent.
    if (!fileName.isEmpty() && (attachment || !g_mime_object_get_content_id(object))) {
        walk.attachments.append(fileName);
        if (walk.files)
            walk.files->append({ fileName, decodedContent(part) });
    }
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
    return readEmailFiles(bytes, sourceName, nullptr);
}

Result<EmailMessage> readEmailFiles(const QByteArray &bytes, const QString &sourceName,
                                    QList<EmailAttachment> *files)
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
    result.messageId = QString::fromUtf8(g_mime_message_get_message_id(message.get())).trimmed();
    if (GDateTime *date = g_mime_message_get_date(message.get())) {
        const qint64 offset = g_date_time_get_utc_offset(date) / G_TIME_SPAN_SECOND;
        result.date
            = QDateTime::fromSecsSinceEpoch(g_date_time_to_unix(date), QTimeZone(int(offset)));
    }

    Walk walk;
    walk.files = files;
    QString body;
    if (GMimeObject *root = g_mime_message_get_mime_part(message.get()))
        body = finishBody(bodyOf(root, walk));
    // A message forwarded as an attachment with nothing typed around it: its text is the
    // content.
    for (qsizetype i = 0; i < walk.forwarded.size(); ++i) {
        GMimeObject *innerRoot = g_mime_message_get_mime_part(walk.forwarded.at(i));
        if (!innerRoot)
            continue;
        const QString outerHtml = std::exchange(walk.html, QString());
        const QString inner = finishBody(bodyOf(innerRoot, walk));
        if (splitNumberedItems(body).isEmpty() && !inner.isEmpty())
            body = inner;
        else
            walk.html = outerHtml;
    }
    if (walk.tooDeep || walk.tooMany)
        return tooComplex(which);
    result.attachmentNames = walk.attachments;
    result.body = body;
    result.html = text::nfc(walk.html);

    if (splitNumberedItems(body).isEmpty() && !(files && !files->isEmpty())) {
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

} // namespace dd::io
