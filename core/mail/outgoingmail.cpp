#include "mail/outgoingmail.h"

#include "text/vietnamese.h"

#include <QUuid>

// GLib's headers use `signals` as a field name, which Qt defines as a macro.
#pragma push_macro("signals")
#undef signals
#include <gmime/gmime.h>
#pragma pop_macro("signals")

#include <memory>

namespace dd::mail {

namespace {

void initGMime()
{
    // g_mime_init() is not thread-safe; a function-local static runs it exactly once.
    static const bool done = [] {
        g_mime_init();
        return true;
    }();
    Q_UNUSED(done);
}

struct Unref
{
    void operator()(gpointer p) const
    {
        if (p)
            g_object_unref(p);
    }
};
template<typename T>
using GPtr = std::unique_ptr<T, Unref>;

} // namespace

QString asciiSlug(const QString &text)
{
    const QString folded = text::fold(text);
    QString out;
    for (const QChar c : folded) {
        if ((c >= QLatin1Char('a') && c <= QLatin1Char('z')) || c.isDigit())
            out += c;
        else if (!out.isEmpty() && !out.endsWith(QLatin1Char('-')))
            out += QLatin1Char('-');
    }
    while (out.endsWith(QLatin1Char('-')))
        out.chop(1);
    return out;
}

QByteArray buildMessage(const OutgoingMail &mail)
{
    initGMime();
    GPtr<GMimeMessage> message(g_mime_message_new(TRUE));
    const QByteArray fromName = mail.fromName.toUtf8();
    const QByteArray fromAddress = mail.fromAddress.toUtf8();
    const QByteArray toName = mail.toName.toUtf8();
    const QByteArray toAddress = mail.toAddress.toUtf8();
    g_mime_message_add_mailbox(message.get(), GMIME_ADDRESS_TYPE_FROM, fromName.constData(),
                               fromAddress.constData());
    g_mime_message_add_mailbox(message.get(), GMIME_ADDRESS_TYPE_TO, toName.constData(),
                               toAddress.constData());
    const QByteArray subject = text::nfc(mail.subject).toUtf8();
    g_mime_message_set_subject(message.get(), subject.constData(), "utf-8");
    const QDateTime when = mail.date.isValid() ? mail.date : QDateTime::currentDateTime();
    GDateTime *date = g_date_time_new_from_unix_local(when.toSecsSinceEpoch());
    g_mime_message_set_date(message.get(), date);
    g_date_time_unref(date);
    const QString domain = mail.fromAddress.section(QLatin1Char('@'), 1);
    const QByteArray id = (QUuid::createUuid().toString(QUuid::WithoutBraces) + QLatin1Char('@')
                           + (domain.isEmpty() ? QStringLiteral("dialoguedesk") : domain))
                              .toUtf8();
    g_mime_message_set_message_id(message.get(), id.constData());

    // The text: UTF-8, quoted-printable (readable even by a client that shows the source).
    GPtr<GMimeTextPart> text(g_mime_text_part_new_with_subtype("plain"));
    const QByteArray body
        = text::nfc(mail.body).replace(QLatin1Char('\n'), QLatin1String("\r\n")).toUtf8();
    g_mime_text_part_set_text(text.get(), body.constData());
    g_mime_text_part_set_charset(text.get(), "utf-8");
    g_mime_part_set_content_encoding(GMIME_PART(text.get()),
                                     GMIME_CONTENT_ENCODING_QUOTEDPRINTABLE);

    GPtr<GMimeMultipart> mixed(g_mime_multipart_new_with_subtype("mixed"));
    g_mime_multipart_add(mixed.get(), GMIME_OBJECT(text.get()));
    if (!mail.attachment.isEmpty()) {
        const QList<QByteArray> type = mail.attachmentType.split('/');
        GPtr<GMimePart> file(
            g_mime_part_new_with_type(type.value(0).constData(), type.value(1).constData()));
        const QByteArray name = mail.attachmentName.toUtf8();
        g_mime_part_set_filename(file.get(), name.constData());
        GPtr<GMimeStream> stream(g_mime_stream_mem_new_with_buffer(mail.attachment.constData(),
                                                                   size_t(mail.attachment.size())));
        GPtr<GMimeDataWrapper> content(
            g_mime_data_wrapper_new_with_stream(stream.get(), GMIME_CONTENT_ENCODING_DEFAULT));
        g_mime_part_set_content(file.get(), content.get());
        g_mime_part_set_content_encoding(file.get(), GMIME_CONTENT_ENCODING_BASE64);
        g_mime_multipart_add(mixed.get(), GMIME_OBJECT(file.get()));
    }
    g_mime_message_set_mime_part(message.get(), GMIME_OBJECT(mixed.get()));

    GMimeFormatOptions *options = g_mime_format_options_clone(nullptr);
    g_mime_format_options_set_newline_format(options, GMIME_NEWLINE_FORMAT_DOS);
    gchar *written = g_mime_object_to_string(GMIME_OBJECT(message.get()), options);
    g_mime_format_options_free(options);
    QByteArray out(written);
    g_free(written);
    return out;
}

} // namespace dd::mail
