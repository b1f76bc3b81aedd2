#pragma once

#include <QString>
#include <QStringList>

namespace dd::io {

// Splits a body into the items it lists: "1. …", "1) …", "1/ …", "Câu 1: …" numbered lists,
// or "- …" / "• …" bullet lists (two or more bullets). Text before the first item (greeting)
// and a closing paragraph after the last one are dropped; lines continuing an item are joined.
// Text without a list is one item, without its greeting. Quoted replies ('>' lines, "… wrote:",
// Outlook's "Original Message" block) and signatures ("-- ", "Trân trọng", "Thanks", …) are removed
// first.
QStringList splitNumberedItems(const QString &body);

struct EmailQuestions
{
    QStringList items; // the questions; a text without a list keeps its paragraphs ("\n\n")
    // The items are a numbered or bulleted list: questions even beside an attached list, where
    // a plain text is the covering words.
    bool listed = false;
    QString signer; // the person the signature names ("Nguyễn Thị Thùy Dương"), or empty
    QStringList signature; // the signature's lines: name, position, unit
};

// As splitNumberedItems, and also without the greeting ("Kính gửi …"), the line announcing
// the list ("… xin gửi các câu hỏi như sau:") and a closing name and position even without
// "Trân trọng"; the signature is returned apart.
// `forwarded`: the message forwards another (isForwardSubject), whose quoted header ("From: …
// Sent: …") is kept with what follows it; in a reply that header and what follows are the
// message replied to and are dropped.
EmailQuestions splitEmailQuestions(const QString &body, bool forwarded = false);

// "Fwd: …", "FW: …", "Chuyển tiếp: …": the subject of a forwarded message.
bool isForwardSubject(const QString &subject);

} // namespace dd::io
