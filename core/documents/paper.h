#pragma once

#include "documents/pagewriter.h"
#include "documents/tablewriter.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
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
    // Cells: how many columns each cell covers, in order (a cell not listed covers one): the
    // birth year of a person whose gender is not known lies across "Nam" and "Nữ".
    QList<int> spans;
    RichText text; // Heading, Total
    RichText continued; // Heading: repeated at the top of the next page, "… (tiếp theo)"
    qreal minHeightMm = 0; // sign-in rows leave room for a signature
    bool bold = false; // Cells: a section's or the whole table's total
    // Cells: a section's head (the budget's "III Livestream 4.000.000"), on the page of the
    // first lines of its section, never alone at the foot of a page.
    bool keepWithNext = false;
};

struct Table
{
    QList<TableColumn> columns;
    QList<TableHeaderCell> header; // repeated on every page
    qreal bodyPt = 12;
    QList<TableRow> rows;
    // Repeated under the header on each page the table goes on to, where no group heading
    // says what goes on: "PHƯƠNG ÁN 2: TRỰC TUYẾN (tiếp theo)"; empty: none.
    RichText continued;
};

// The signature on the right ("TM. BAN THƯỜNG VỤ TỈNH ĐOÀN", "BÍ THƯ", room to sign, the
// name) and "Nơi nhận:" with its lines on the left when there are recipients.
struct Signature
{
    QString capacity;
    QString title;
    QString name;
    QStringList recipients; // "- Như trên;" … "- Lưu VP."; empty: no "Nơi nhận"
    // A second signature on the left instead of "Nơi nhận" (a budget: "NGƯỜI LẬP"); the
    // name may be empty, written by hand under the signature.
    QString preparedTitle;
    QString preparedName;
    // A personal letter: the attendee's check-in code, printed bottom left as a QR code with
    // the code in text under it, for the scanner at the door.
    QString scanCode;
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

// One card of a sheet: a badge, a place card or an envelope label.
struct Card
{
    QString band; // badge: the role ("ĐẠI BIỂU"); label: "Kính gửi:"
    QString name; // the person, or the unit of a unit letter's label
    QStringList lines; // position, unit
    QString footer; // badge: the event
    QString code; // badge: the check-in code, as a QR code with the code under it
};

// Badges (eight to an A4 sheet, with cut marks), place cards (an A4 landscape sheet folded in
// two, the name on both faces) and envelope labels (A4 label sheets of 2×7): cards placed on a
// grid instead of a flowing text, drawn by CardLayout.
struct CardSheet
{
    enum class Kind { Badge, PlaceCard, Label };
    Kind kind = Kind::Badge;
    QList<Card> cards;
};

struct Paper
{
    QString title; // for the file's metadata: "Giấy mời – <event>"
    QList<PaperDocument> documents;
    std::optional<CardSheet> cards; // set for badges, place cards and labels (no documents)
};

} // namespace dd::documents
