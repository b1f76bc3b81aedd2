// Where the table of a sheet is: the header row below any title rows (one or two rows deep),
// the title lines above it and the lines under it that are not part of it.
#include "import/headerfinder.h"

#include "io/readlimits.h"
#include "text/vietnamese.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace dd::import {

namespace {

constexpr int kHeaderSearchRows = 40;

QList<int> fieldsOf(const QStringList &cells, const HeaderVocabulary &v)
{
    QList<int> found;
    for (const QString &c : cells) {
        if (c.size() > 60)
            continue; // a title, not a header
        // "Đơn vị: Thị đoàn Hòa Thành" right above the header is a title line naming the
        // sender, not the top row of a two-row header.
        if (const qsizetype colon = c.indexOf(QLatin1Char(':'));
            colon >= 0 && !c.mid(colon + 1).trimmed().isEmpty())
            continue;
        const int f = v.fieldOf(c);
        if (f != 0 && !found.contains(f))
            found << f;
    }
    return found;
}

// The rows [first, last] with the merges inside them filled (header rows: everywhere).
QList<QStringList> filledRows(const io::Sheet &sheet, int first, int last)
{
    QList<QStringList> rows;
    for (int r = first; r <= last && r < sheet.rowCount(); ++r)
        rows << sheet.rows.at(r);
    QList<io::CellRange> shifted;
    for (io::CellRange m : sheet.merges) {
        if (m.lastRow < first || m.firstRow > last || m.firstRow < first)
            continue; // outside, or its value lies above the copy
        m.firstRow -= first;
        m.lastRow -= first;
        shifted << m;
    }
    fillMerges(rows, shifted, 0, int(rows.size()) - 1);
    return rows;
}

} // namespace

bool startsWithOrganisation(const QString &cell)
{
    static const QRegularExpression organisation(
        QStringLiteral("^(chi doan|chi hoi|doan co so|doan truong|doan khoi|khoi|cum|cong ty|"
                       "xa|phuong|thi tran|ap|khu pho|ban|hoi|lien doi|nganh)\\s"));
    return organisation.match(text::fold(cell.trimmed())).hasMatch();
}

namespace {

// "Phạm Thị Kiều", "NGUYỄN VĂN AN": two to six words of letters, each capitalised.
bool looksLikePersonName(const QString &cell)
{
    const QStringList words = cell.simplified().split(QLatin1Char(' '));
    if (words.size() < 2 || words.size() > 6)
        return false;
    for (const QString &w : words) {
        if (!w.front().isUpper())
            return false;
        for (const QChar c : w)
            if (!c.isLetter())
                return false;
    }
    return true;
}

// A value no header is written as: a date ("10/02/2027"), an e-mail address, a question or a
// sentence of ten words or more ("Nhà trọ gần khu công nghiệp giá cao, đề nghị …"). A row
// holding one is a row of data, whatever its other cells read like ("Kiến nghị" under "Loại").
bool looksLikeData(const QString &cell)
{
    static const QRegularExpression date(
        QStringLiteral("^\\d{1,2}\\s*[/.-]\\s*\\d{1,2}\\s*[/.-]\\s*\\d{2,4}$"));
    return date.match(cell).hasMatch() || cell.contains(QLatin1Char('@'))
        || cell.endsWith(QLatin1Char('?')) || cell.simplified().count(QLatin1Char(' ')) >= 9;
}

bool looksLikeSubHeader(const QStringList &top, const QStringList &sub, const HeaderVocabulary &v)
{
    // One text merged across the table ("DANH SÁCH TỔNG HỢP ĐẠI BIỂU CÁC ĐƠN VỊ") is its title,
    // not the top row of its header: joined to "Chức vụ" it would read "… đơn vị Chức vụ".
    QStringList topTexts;
    for (const QString &cell : top)
        if (!cell.trimmed().isEmpty())
            topTexts << cell.trimmed();
    if (topTexts.size() >= 3 && topTexts.count(topTexts.first()) == topTexts.size())
        return false;
    // A title typed in the first cell ("Ý KIẾN GỬI HỘI NGHỊ ĐỐI THOẠI" in A2, over "STT | Họ tên
    // | Loại | Nội dung câu hỏi"): one text alone, above the first column of a fuller row. It
    // starts with a word of the vocabulary, but a group header ("Năm sinh" over "Nam | Nữ") is
    // never the first column's.
    const auto firstFilled = [](const QStringList &row) {
        for (int c = 0; c < row.size(); ++c)
            if (!row.at(c).trimmed().isEmpty())
                return c;
        return -1;
    };
    const qsizetype subFilled = std::count_if(
        sub.cbegin(), sub.cend(), [](const QString &c) { return !c.trimmed().isEmpty(); });
    if (!topTexts.isEmpty() && topTexts.count(topTexts.first()) == topTexts.size() && subFilled >= 3
        && topTexts.size() < subFilled && firstFilled(top) == firstFilled(sub))
        return false;
    int filled = 0;
    // Whether a cell of the row names something its header alone does not ("Nam" under "Năm
    // sinh", "Tên" under "Họ và tên"). A first data row under headers the vocabulary reads by
    // their start ("Nội dung câu hỏi" + "Đề xuất mở lớp …" still reads as the text) names
    // nothing new: without an STT column it was taken for the header's second row.
    bool names = false;
    for (int c = 0; c < sub.size(); ++c) {
        const QString cell = sub.at(c).trimmed();
        if (cell.isEmpty())
            continue;
        ++filled;
        if (isColumnNumber(cell) || looksLikeData(cell))
            return false;
        const QString above = c < top.size() ? top.at(c).trimmed() : QString();
        if (cell == above)
            continue; // a vertical merge filled down
        // One text across columns whose headers differ ("Chi đoàn xã Thạnh Đức" merged over
        // the row): a section of the table, not the lower row of its header.
        if (c > 0 && sub.at(c - 1).trimmed() == cell
            && (c - 1 >= top.size() ? QString() : top.at(c - 1).trimmed()) != above)
            return false;
        const int alone = v.fieldOf(cell);
        const int both = v.fieldOf(above + QLatin1Char(' ') + cell);
        if (alone == 0 && both == 0)
            return false;
        // A person's name under "Họ và tên" adds nothing to it and names nothing alone: the first
        // data row, though another of its cells ("Ủy viên BCH Chi đoàn") reads like a header.
        if (alone == 0 && !above.isEmpty() && both == v.fieldOf(above) && looksLikePersonName(cell))
            return false;
        names = names || alone != 0 || above.isEmpty() || both != v.fieldOf(above);
    }
    if (!names)
        return false;
    // One organisation's name alone ("Chi đoàn ấp Bến Mương" under "Họ và tên"): the first
    // section of the table, though "chi đoàn" names a workplace column.
    if (filled == 1)
        for (const QString &cell : sub)
            if (const QString t = cell.trimmed();
                !t.isEmpty() && t.count(QLatin1Char(' ')) >= 2 && startsWithOrganisation(t))
                return false;
    return filled > 0;
}

// One column's header from its two rows: "Năm sinh" + "Nam" says more together ("Năm sinh
// Nam"); "Họ và tên" + "Tên" names the lower field alone, which the upper one would hide.
QString combined(const QString &top, const QString &sub, const HeaderVocabulary &v)
{
    if (sub.isEmpty() || sub == top)
        return top;
    if (top.isEmpty())
        return sub;
    const QString both = top + QLatin1Char(' ') + sub;
    const int fBoth = v.fieldOf(both);
    const int fSub = v.fieldOf(sub);
    if (fSub != 0 && (fBoth == 0 || fBoth == v.fieldOf(top)) && fSub != fBoth)
        return sub;
    return both;
}

HeaderInfo makeHeader(const io::Sheet &sheet, int row, const HeaderVocabulary &v)
{
    HeaderInfo info;
    if (row < 0 || row >= sheet.rowCount())
        return info;
    info.row = row;
    const QList<QStringList> rows = filledRows(sheet, row, row + 1);
    const QStringList top = rows.value(0);
    const QStringList sub = rows.value(1);
    const bool twoRows
        = rows.size() > 1 && !sheet.isRowHidden(row + 1) && looksLikeSubHeader(top, sub, v);
    info.rowCount = twoRows ? 2 : 1;
    // As many headers as the widest row has cells: a column with data but no header text can
    // still be mapped by hand.
    const int columns = std::max<int>(sheet.columnCount(), int(std::max(top.size(), sub.size())));
    for (int c = 0; c < columns; ++c)
        info.headers << combined(text::clean(top.value(c)),
                                 twoRows ? text::clean(sub.value(c)) : QString(), v);
    return info;
}

} // namespace

HeaderInfo findHeader(const io::Sheet &sheet, const HeaderVocabulary &v)
{
    // Each row is scored with the row below when that is its second header row: "STT | Họ và
    // tên | Năm sinh" over "Họ và tên đệm | Tên | Nam | Nữ" names more together than either.
    HeaderInfo best;
    qsizetype bestScore = 0;
    const int limit = qMin(sheet.rowCount(), kHeaderSearchRows);
    for (int r = 0; r < limit; ++r) {
        // A hidden row is not the header the clerk sees (an older header kept above it).
        if (sheet.isRowHidden(r) || fieldsOf(sheet.rows.at(r), v).isEmpty())
            continue; // not a header, nor the top of one
        HeaderInfo h = makeHeader(sheet, r, v);
        const QList<int> fields = fieldsOf(h.headers, v);
        if (fields.size() > bestScore && v.isHeader(fields)) {
            best = std::move(h);
            bestScore = fields.size();
        }
    }
    return best;
}

HeaderInfo headerAt(const io::Sheet &sheet, int row, const HeaderVocabulary &v)
{
    return makeHeader(sheet, row, v);
}

int firstSheetWithHeader(const io::Workbook &workbook, const HeaderVocabulary &v)
{
    // The clerk sees the visible sheets: a hidden one holding a table (an old version, a
    // lookup list) is taken only when no visible sheet holds one.
    int hidden = -1;
    for (int i = 0; i < workbook.sheets.size(); ++i) {
        const io::Sheet &sheet = workbook.sheets.at(i);
        if ((hidden < 0 || !sheet.isHidden()) && findHeader(sheet, v).row >= 0) {
            if (!sheet.isHidden())
                return i;
            hidden = i;
        }
    }
    return hidden;
}

QStringList titleLines(const io::Sheet &sheet, const HeaderInfo &header)
{
    // A hidden title row names no sender: the clerk sees the visible title only, and a title
    // the union hid is most often the one of the list it copied (another union's), kept out of
    // sight rather than deleted. Without a visible one the user is asked, never told wrong.
    QStringList lines;
    for (int r = 0; r < header.row && r < sheet.rowCount(); ++r)
        if (!sheet.isRowHidden(r))
            for (const QString &cell : sheet.rows.at(r))
                if (const QString t = text::clean(cell); !t.isEmpty())
                    lines << t;
    return lines;
}

QStringList signatureLines(const io::Sheet &sheet, const HeaderInfo &header)
{
    // The block is a few rows at the end of the sheet: a long list is not read again.
    constexpr int kLastRows = 30;
    QStringList lines;
    const int first = std::max(header.firstDataRow(), sheet.rowCount() - kLastRows);
    bool inBlock = false;
    for (int r = first; r < sheet.rowCount(); ++r) {
        if (sheet.isRowHidden(r))
            continue; // the same as a hidden title row
        const QStringList &cells = sheet.rows.at(r);
        inBlock = inBlock || isFooterRow(cells);
        if (!inBlock)
            continue;
        for (const QString &cell : cells)
            if (const QString t = text::clean(cell); !t.isEmpty())
                lines << t;
    }
    return lines;
}

bool hasWords(const QString &key, const char *words)
{
    // The words, each end at the key's end or at a space; looked for in place (the header of
    // every column is tried against some fifty of them).
    const QLatin1StringView w(words);
    for (qsizetype at = key.indexOf(w); at >= 0; at = key.indexOf(w, at + 1)) {
        const qsizetype end = at + w.size();
        if ((at == 0 || key.at(at - 1) == u' ') && (end == key.size() || key.at(end) == u' '))
            return true;
    }
    return false;
}

bool isDigits(QStringView s)
{
    if (s.isEmpty())
        return false;
    for (const QChar c : s)
        if (!c.isDigit())
            return false;
    return true;
}

bool isColumnNumber(QStringView s)
{
    s = s.trimmed();
    if (s.startsWith(u'(') && s.endsWith(u')'))
        s = s.mid(1, s.size() - 2);
    else if (s.endsWith(u'.'))
        s.chop(1);
    return isDigits(s);
}

QString headerKey(const QString &header)
{
    QString f = text::fold(header);
    if (f == QLatin1String("#"))
        return f;
    for (QChar &c : f)
        if (!c.isLetterOrNumber())
            c = QLatin1Char(' ');
    return f.simplified();
}

bool isTotalRow(const QStringList &cells)
{
    static const QRegularExpression total(
        QStringLiteral("^(tong cong|tong so|total|cong\\s*[:.]|cong\\s+\\d|cong$)"));
    int looked = 0;
    for (const QString &c : cells) {
        const QStringView v = QStringView(c).trimmed();
        if (v.isEmpty())
            continue;
        // Every total row begins with a T or a C ("Tổng cộng", "Cộng:"); the others need no
        // closer look.
        const char16_t first = v.front().toLower().unicode();
        if ((first == u't' || first == u'c') && total.match(text::fold(c)).hasMatch())
            return true;
        if (++looked == 2)
            break;
    }
    return false;
}

bool isFooterRow(const QStringList &cells)
{
    // The words a signature block begins with, folded.
    static const QRegularExpression footer(QStringLiteral(
        "^(nguoi lap|xac nhan|thu truong|t\\s*/\\s*m\\b|tm\\s*[.:]|tm ban|tm bch|ky ten|"
        "\\(?\\s*ky\\s*,? ghi ro|\\(\\s*ky\\b|noi nhan|lanh dao don vi)"));
    // The place and date ("Cần Giuộc, ngày 20 tháng 11 năm 2026") open their row; after a name
    // they are a birth date written out ("ngày 8 tháng 3 năm 1997"), and the table goes on.
    static const QRegularExpression placeDate(
        QStringLiteral("^([^,]{2,30},\\s*)?ngay\\b.{0,12}\\bthang\\b.{0,8}\\bnam\\b"));
    int looked = 0;
    for (const QString &c : cells) {
        const QStringView v = QStringView(c).trimmed();
        if (v.isEmpty() || isColumnNumber(v))
            continue;
        const QString folded = text::fold(v.toString());
        if (footer.match(folded).hasMatch() || (looked == 0 && placeDate.match(folded).hasMatch()))
            return true;
        if (++looked == 2)
            break;
    }
    return false;
}

// Fills the cells a merge hides: in the header rows everywhere (a "Năm sinh" spanning
// "Nam" and "Nữ" names both), below them only down the first column of the range (a unit
// written once for several people), never across (a title or total spanning the row).
void fillMerges(QList<QStringList> &rows, const QList<io::CellRange> &merges, int headerFirst,
                int headerLast)
{
    for (const io::CellRange &m : merges) {
        if (m.firstRow < 0 || m.firstRow >= rows.size() || m.firstColumn < 0)
            continue;
        const QStringList &top = rows.at(m.firstRow);
        if (m.firstColumn >= top.size())
            continue;
        const QString value = top.at(m.firstColumn);
        if (value.isEmpty())
            continue;
        for (int r = m.firstRow; r <= m.lastRow && r < rows.size(); ++r) {
            const bool header = r >= headerFirst && r <= headerLast;
            const int lastColumn = header ? m.lastColumn : m.firstColumn;
            QStringList &row = rows[r];
            if (header && row.size() <= lastColumn) // rows end at their last filled cell
                row.resize(std::min(lastColumn + 1, io::kMaxColumns));
            for (int c = m.firstColumn; c <= lastColumn && c < row.size(); ++c) {
                if ((r != m.firstRow || c != m.firstColumn) && row.at(c).isEmpty())
                    row[c] = value;
            }
        }
    }
}

} // namespace dd::import
