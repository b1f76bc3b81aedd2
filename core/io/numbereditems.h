#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// The one rule for numbered lists of questions, used by an e-mail's text (emailitems.h) and by a
// spreadsheet cell holding one person's several questions (questionimport.cpp).
//
// An item starts at the beginning of a line with a number and a mark, "1. ", "1) ", "1/ ",
// "1- ", "1: " (not "1.5 triệu" nor "30/8"), or a word and a number, "Câu 1:", "Câu hỏi số 2 –",
// "Ý kiến 3."; each next item has the next number (a "2." out of turn goes on the item above).
// Items written on one line are broken where a sentence ends and the next number follows ("1. Hỏi
// a? 2. Hỏi b?"), only on a line that itself starts an item: "Năm 2021, 2. quý…" is no list.
// Letters ("a)", "b)") and Roman numerals ("I.", "II.") head points and sections of a question,
// never items of their own.
namespace dd::io {

struct ListMarker
{
    int number = -1; // -1 for a bullet
    QString rest; // the text after the marker
};

// The numbered marker a line starts with, if any.
std::optional<ListMarker> numberedMarker(const QString &line);
// "- …", "• …", "* …": a bullet (an e-mail's list when it has no numbers).
std::optional<ListMarker> bulletMarker(const QString &line);

// `lines` with the items run on after another on one line put on lines of their own.
QStringList breakRunOnItems(const QStringList &lines);
// The lines that start the items of the numbered list in `lines` (after breakRunOnItems): the
// first numbered line, then each line numbered one more than the last; empty when none.
QList<qsizetype> numberedStarts(const QStringList &lines);

// A spreadsheet cell of several numbered questions: the items, each on one line (the lines going
// on an item joined by spaces), when the cell starts with the first and has two or more; else
// none (the cell is one question). Bullets do not split a cell: they are the points of one.
QStringList cellItems(const QString &cell);

} // namespace dd::io
