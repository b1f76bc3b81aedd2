#pragma once

#include "io/emailitems.h"
#include "io/htmltext.h"
#include "util/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
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
    QString html; // the first HTML part as written (NFC), empty when none: its tables
    QStringList attachmentNames; // listed, not read
};

struct EmailAttachment
{
    QString fileName;
    QByteArray bytes; // decoded
};

// sourceName (usually the file name) is quoted in error messages.
Result<EmailMessage> readEmail(const QByteArray &bytes, const QString &sourceName = {});
Result<EmailMessage> readEmail(const QString &path);
// The same, with the attached files' contents in `files`; a message that has attached files
// but no text is read (a district's list sent alone), its body empty.
Result<EmailMessage> readEmailFiles(const QByteArray &bytes, const QString &sourceName,
                                    QList<EmailAttachment> *files);

} // namespace dd::io
