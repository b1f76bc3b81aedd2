#pragma once

#include "io/emailitems.h"
#include "io/htmltext.h"
#include "util/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

// Reading questions that units send by e-mail: a message saved from the mail client as .eml
// (RFC 5322 / MIME), decoded with GMime.
namespace dd::io {

struct EmailMessage
{
    QString fromAddress; // lower case
    QString fromName; // decoded, NFC
    QString subject; // decoded, NFC
    QString messageId; // without the angle brackets; empty when the message has none
    QDateTime date; // invalid when the message has no Date header
    QString body; // plain text, NFC, '\n' line ends; HTML converted to text
    QStringList attachmentNames; // listed, not read
};

// sourceName (usually the file name) is quoted in error messages.
Result<EmailMessage> readEmail(const QByteArray &bytes, const QString &sourceName = {});
Result<EmailMessage> readEmail(const QString &path);

} // namespace dd::io
