#pragma once

#include "io/sheet.h"

#include <QList>
#include <QString>
#include <QStringList>

// Where the table of a sheet is, for every import (attendees and questions): the header row
// below any title rows, one row deep or two where a merged header ("Họ và tên" over "Họ và tên
// đệm" | "Tên", "Năm sinh" over "Nam" | "Nữ") spans the row below; the title lines above it,
// where the sender is written; and where the table ends (totals, "Người lập biểu", "Xác nhận
// của …" below the people). What a header names is the vocabulary's business.
namespace dd::import {

// What one kind of import calls its columns.
struct HeaderVocabulary
{
    // The field a header text names (the kind's enum as int), 0 when none.
    int (*fieldOf)(const QString &header) = nullptr;
    // Whether a row naming these distinct fields is the kind's header row.
    bool (*isHeader)(const QList<int> &fields) = nullptr;
};

// The header row (0-based), whether the next row is a second header row, and one header text
// per column: the two rows combined ("Năm sinh Nam"), or the lower one alone where it names a
// field of its own ("Họ và tên" over "Tên" is "Tên").
struct HeaderInfo
{
    int row = -1; // -1 when no row looks like a header
    int rowCount = 1; // 1 or 2
    QStringList headers;
    int firstDataRow() const { return row < 0 ? 0 : row + rowCount; }
};

HeaderInfo findHeader(const io::Sheet &sheet, const HeaderVocabulary &vocabulary);
// The header texts when the user says which row is the header (0-based).
HeaderInfo headerAt(const io::Sheet &sheet, int row, const HeaderVocabulary &vocabulary);
// The first visible sheet that holds a table of this kind, else the first hidden one, or -1.
int firstSheetWithHeader(const io::Workbook &workbook, const HeaderVocabulary &vocabulary);

// The text of the rows above the header, one line per non-empty cell, in reading order:
// where a list says who sent it ("HUYỆN ĐOÀN DƯƠNG MINH CHÂU", "Đơn vị: …").
QStringList titleLines(const io::Sheet &sheet, const HeaderInfo &header);
// The text of the signature block under the table ("T/M BAN THƯỜNG VỤ HUYỆN ĐOÀN CHÂU THÀNH",
// "Xác nhận của Huyện đoàn …", the signer), one line per non-empty cell: the last word on who
// sent a list whose top does not say it. Only the last rows of the sheet are looked at.
QStringList signatureLines(const io::Sheet &sheet, const HeaderInfo &header);

// A header's text as mappings are keyed: folded, punctuation as spaces ("Họ và tên:" → "ho va
// ten").
QString headerKey(const QString &header);
bool hasWords(const QString &key, const char *words); // whole words of a headerKey()
bool isDigits(QStringView s);
// A text that begins with an organisation's word (chi đoàn, chi hội, đoàn trường, khối, cụm,
// công ty, xã, phường, ấp, khu phố, ban, hội, …; none of them a family name): a section of a
// list ("Chi đoàn xã Thạnh Đức") rather than a person or a header.
bool startsWithOrganisation(const QString &cell);

// "1", "(2)", "3." : the numbering row under a header, or an STT.
bool isColumnNumber(QStringView s);

// A total line ("Tổng cộng: 14", "Cộng: 3 người"): not a person, and the table goes on.
bool isTotalRow(const QStringList &cells);
// What comes under the table: the signatures ("Người lập biểu", "Xác nhận của Huyện đoàn",
// "TM. BAN THƯỜNG VỤ", "(Ký, ghi rõ họ tên)"), the place and date, "Nơi nhận". The table ends
// at such a row: the names written under it are signers, not people.
bool isFooterRow(const QStringList &cells);

// Fills the cells a merge hides: in the header rows everywhere, below them only down the
// first column of the range, never across.
void fillMerges(QList<QStringList> &rows, const QList<io::CellRange> &merges, int headerFirst,
                int headerLast);

} // namespace dd::import
