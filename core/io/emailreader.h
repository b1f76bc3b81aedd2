#pragma once

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
    QDateTime date; // invalid when the message has no Date header
    QString body; // plain text, NFC, '\n' line ends; HTML converted to text
    QStringList attachmentNames; // listed, not read
};

// sourceName (usually the file name) is quoted in error messages.
Result<EmailMessage> readEmail(const QByteArray &bytes, const QString &sourceName = {});
Result<EmailMessage> readEmail(const QString &path);

// Splits a body into the items it lists: "1. …", "1) …", "1/ …", "Câu 1: …" numbered lists,
// or "- …" / "• …" bullet lists (two or more bullets). Text before the first item (greeting)
// and a closing paragraph after the last one are dropped; lines continuing an item are joined.
// Text without a list is one item. Quoted replies ('>' lines, "… wrote:", Outlook's
// "Original Message" block) and signatures ("-- ", "Trân trọng", "Thanks", …) are removed
// first.
QStringList splitNumberedItems(const QString &body);

// HTML to plain text keeping paragraphs and line breaks; <ol>/<ul> items become "1. " / "- "
// lines; entities decoded.
QString htmlToPlainText(const QString &html);

} // namespace dd::io
