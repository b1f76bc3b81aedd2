#pragma once

#include <QString>
#include <QStringList>

namespace dd::io {

// Splits a body into the items it lists: "1. …", "1) …", "1/ …", "Câu 1: …" numbered lists,
// or "- …" / "• …" bullet lists (two or more bullets). Text before the first item (greeting)
// and a closing paragraph after the last one are dropped; lines continuing an item are joined.
// Text without a list is one item. Quoted replies ('>' lines, "… wrote:", Outlook's
// "Original Message" block) and signatures ("-- ", "Trân trọng", "Thanks", …) are removed
// first.
QStringList splitNumberedItems(const QString &body);

} // namespace dd::io
