#pragma once

#include "io/sheet.h"

#include <QList>
#include <QString>

// The tables of an HTML text (an e-mail's HTML part, as Outlook and Gmail write a Word-like
// table of questions) as sheets, so that they are read by the same import path as a
// spreadsheet list. A cell holds its text as htmlToPlainText gives it; colspan and rowspan
// become merges whose value sits in the top-left cell, as a spreadsheet's merged cells.
namespace dd::io {

// Bounds for hostile input: tables nested deeper, tables past the count, rows, columns and
// spans past these limits are not read (the rest is).
inline constexpr int kMaxHtmlTables = 64;
inline constexpr int kMaxHtmlTableDepth = 8;
inline constexpr int kMaxHtmlTableRows = 5'000;
inline constexpr int kMaxHtmlTableColumns = 64;

// Every table, outer ones before those nested in them; a nested table's text is not part
// of the outer cell holding it.
QList<Sheet> htmlTables(const QString &html);

} // namespace dd::io
