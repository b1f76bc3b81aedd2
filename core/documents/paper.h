#pragma once

#include "documents/pagewriter.h"
#include "documents/tablewriter.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <variant>

// A paper as content, before it is laid out: what the clerk reads, in order. The PDF layout
// (PdfLayout) places it on A4 pages with the page-break rules of the papers; the ODT writer
// (OdtWriter) writes the same content for a word processor. Built by the functions of
// papers.h from a PaperData snapshot.
namespace dd::documents {

// The header of guide 29-HD/TWĐTN-VP: the issuing body (upper case, bold), "***", the number
// (and the subject of a letter, "V/v …") on the left; the union's name (bold, underlined)
// and the place and date (italic) on the right.
struct Letterhead
{
    QStringList body; // "BCH ĐOÀN TỈNH TÂY NINH" and, if the settings say so, a second line
    QString number; // "Số: 01-GM/TĐTN-VP"
    QString subject; // "V/v chuyển ý kiến, kiến nghị …" (letters to an agency), or empty
    QString party; // "ĐOÀN TNCS HỒ CHÍ MINH"
    QString placeAndDate; // "Tây Ninh, ngày 20 tháng 9 năm 2021"
};

// The name of the paper in bold capitals, its subject below, and an optional short rule.
struct Title
{
    QString name;
    QString subtitle;
    bool rule = false;
};

struct Paragraph
{
    RichText text;
    TextStyle style;
};

// One row of a ruled table: cells, or one line across the table (a group heading, a total).
struct TableRow
{
    enum class Kind { Cells, Heading, Total };
    Kind kind = Kind::Cells;
    QStringList cells;
    RichText text; // Heading, Total
    RichText continued; // Heading: repeated at the top of the next page, "… (tiếp theo)"
    qreal minHeightMm = 0; // sign-in rows leave room for a signature
};

struct Table
{
    QList<TableColumn> columns;
    QList<TableHeaderCell> header; // repeated on every page
    qreal bodyPt = 12;
    QList<TableRow> rows;
};

// The signature on the right ("TM. BAN THƯỜNG VỤ TỈNH ĐOÀN", "BÍ THƯ", room to sign, the
// name) and "Nơi nhận:" with its lines on the left when there are recipients.
struct Signature
{
    QString capacity;
    QString title;
    QString name;
    QStringList recipients; // "- Như trên;" … "- Lưu VP."; empty: no "Nơi nhận"
};

using Block = std::variant<Letterhead, Title, Paragraph, Table, Signature>;

// One document of a paper: a letter of a batch, or the whole of a list. It starts on a new
// page and numbers its pages from 1.
struct PaperDocument
{
    QList<Block> blocks;

    void add(Block block) { blocks.append(std::move(block)); }
    void paragraph(const RichText &text, const TextStyle &style)
    {
        blocks.append(Paragraph { text, style });
    }
};

struct Paper
{
    QString title; // for the file's metadata: "Giấy mời – <event>"
    QList<PaperDocument> documents;
};

} // namespace dd::documents
