#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

// A message the program sends: a Vietnamese subject and text, and one attached file, written
// as MIME with GMime (RFC 2047 encoded-words for the headers, UTF-8 quoted-printable text,
// base64 attachment), so that every mail client shows the accents.
namespace dd::mail {

struct OutgoingMail
{
    QString fromName; // "Ban Tổ chức – Kiểm tra Tỉnh đoàn Tây Ninh"
    QString fromAddress;
    QString toName;
    QString toAddress;
    QString subject;
    QString body; // plain text, '\n' line ends
    QString attachmentName; // ASCII file name ("giay-moi-huyen-doan-duong-minh-chau.pdf")
    QByteArray attachment;
    QByteArray attachmentType = "application/pdf";
    QDateTime date;
};

// The message as it goes to the SMTP server (CRLF line ends).
QByteArray buildMessage(const OutgoingMail &mail);

// A file name without diacritics, lower case, words joined by '-': "Huyện đoàn Dương Minh
// Châu" → "huyen-doan-duong-minh-chau".
QString asciiSlug(const QString &text);

} // namespace dd::mail
