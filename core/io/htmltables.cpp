#include "io/htmltables.h"

#include "io/htmltext.h"
#include "io/readlimits.h"

#include <QRegularExpression>

#include <algorithm>

namespace dd::io {

namespace {

// A table being read: its sheet (by index, outer tables come first), the cell open in it
// and, per column, how many rows below are still covered by a rowspan above.
struct OpenTable
{
    int index = 0;
    int row = -1;
    int column = 0;
    bool inCell = false;
    int cellColumn = 0;
    QString cell; // the open cell's HTML
    QList<int> spanned; // rows below still covered, per column
    QList<int> covered; // the current row's covered columns
};

int spanOf(const QString &tag, const QRegularExpression &re, int limit)
{
    const auto m = re.match(tag);
    if (!m.hasMatch())
        return 1;
    bool ok = false;
    const int n = m.capturedView(1).left(9).toInt(&ok);
    return ok ? std::clamp(n, 1, std::max(1, limit)) : 1;
}

class TableReader
{
public:
    QList<Sheet> tables;

    void openTable()
    {
        if (m_ignored > 0 || m_open.size() >= kMaxHtmlTableDepth
            || tables.size() >= kMaxHtmlTables) {
            ++m_ignored;
            return;
        }
        OpenTable t;
        t.index = int(tables.size());
        tables.append(Sheet {});
        m_open.append(t);
    }
    void closeTable()
    {
        if (m_ignored > 0) {
            --m_ignored;
            return;
        }
        if (m_open.isEmpty())
            return;
        finishCell(m_open.last());
        m_open.removeLast();
    }
    void startRow()
    {
        if (m_ignored > 0 || m_open.isEmpty())
            return;
        OpenTable &t = m_open.last();
        finishCell(t);
        Sheet &sheet = tables[t.index];
        if (sheet.rows.size() >= kMaxHtmlTableRows) {
            t.row = -2; // full: the rest of the table is not read
            return;
        }
        sheet.rows.append(QStringList());
        t.row = int(sheet.rows.size()) - 1;
        t.column = 0;
        t.covered = t.spanned;
        for (int &s : t.spanned)
            s = std::max(0, s - 1);
    }
    void endRow()
    {
        if (m_ignored == 0 && !m_open.isEmpty())
            finishCell(m_open.last());
    }
    void startCell(const QString &tag)
    {
        static const QRegularExpression colspan(QStringLiteral("\\bcolspan\\s*=\\s*[\"']?(\\d+)"),
                                                QRegularExpression::CaseInsensitiveOption);
        static const QRegularExpression rowspan(QStringLiteral("\\browspan\\s*=\\s*[\"']?(\\d+)"),
                                                QRegularExpression::CaseInsensitiveOption);
        if (m_ignored > 0 || m_open.isEmpty())
            return;
        OpenTable &t = m_open.last();
        finishCell(t);
        if (t.row == -1)
            startRow(); // a cell without its <tr>
        if (t.row < 0)
            return;
        while (t.column < t.covered.size() && t.covered.at(t.column) > 0)
            ++t.column;
        if (t.column >= kMaxHtmlTableColumns)
            return;
        const int cols = spanOf(tag, colspan, kMaxHtmlTableColumns - t.column);
        const int rows = spanOf(tag, rowspan, kMaxHtmlTableRows - t.row);
        t.inCell = true;
        t.cellColumn = t.column;
        t.cell.clear();
        if (t.spanned.size() < t.column + cols)
            t.spanned.resize(t.column + cols);
        for (int c = t.column; c < t.column + cols; ++c)
            t.spanned[c] = std::max(t.spanned.at(c), rows - 1);
        if ((cols > 1 || rows > 1) && m_cells < kMaxCells)
            tables[t.index].merges.append(
                CellRange { t.row, t.column, t.row + rows - 1, t.column + cols - 1 });
        t.column += cols;
    }
    void endCell()
    {
        if (m_ignored == 0 && !m_open.isEmpty())
            finishCell(m_open.last());
    }
    // Text or a tag inside the innermost table: part of its open cell, if any.
    void append(QStringView html)
    {
        if (m_ignored == 0 && !m_open.isEmpty() && m_open.last().inCell)
            m_open.last().cell.append(html);
    }
    void finish()
    {
        while (!m_open.isEmpty())
            closeTable();
    }

private:
    void finishCell(OpenTable &t)
    {
        if (!t.inCell)
            return;
        t.inCell = false;
        const QString text = htmlToPlainText(t.cell);
        t.cell.clear();
        if (text.isEmpty() || m_cells >= kMaxCells)
            return;
        QStringList &row = tables[t.index].rows[t.row];
        m_cells += std::max<qsizetype>(0, t.cellColumn + 1 - row.size());
        while (row.size() <= t.cellColumn)
            row.append(QString());
        row[t.cellColumn] = text;
    }

    QList<OpenTable> m_open;
    int m_ignored = 0; // tables opened past the bounds, not yet closed
    qsizetype m_cells = 0;
};

} // namespace

QList<Sheet> htmlTables(const QString &html)
{
    TableReader reader;
    QString hiddenUntil; // the closing tag ending a <style>, <script>, … block
    qsizetype i = 0;
    const qsizetype n = html.size();
    while (i < n) {
        const qsizetype lt = html.indexOf(QLatin1Char('<'), i);
        if (lt < 0) {
            if (hiddenUntil.isEmpty())
                reader.append(QStringView(html).mid(i));
            break;
        }
        if (hiddenUntil.isEmpty())
            reader.append(QStringView(html).mid(i, lt - i));
        HtmlTag tag;
        i = readHtmlTag(html, lt, &tag);
        if (i < 0) { // "a < b": text, as htmlToPlainText reads it
            i = lt + 1;
            if (hiddenUntil.isEmpty())
                reader.append(QStringView(html).mid(lt, 1));
            continue;
        }
        const QString &name = tag.name;
        if (!hiddenUntil.isEmpty()) {
            if (tag.closing && name == hiddenUntil)
                hiddenUntil.clear();
            continue;
        }
        if (!tag.closing && isHiddenHtmlTag(name) && !tag.text.endsWith(QLatin1Char('/'))) {
            hiddenUntil = name;
            continue;
        }
        if (name == QLatin1String("table"))
            tag.closing ? reader.closeTable() : reader.openTable();
        else if (name == QLatin1String("tr"))
            tag.closing ? reader.endRow() : reader.startRow();
        else if (name == QLatin1String("td") || name == QLatin1String("th"))
            tag.closing ? reader.endCell() : reader.startCell(tag.text);
        else if (!name.isEmpty())
            reader.append(QStringView(html).mid(lt, i - lt));
    }
    reader.finish();
    return reader.tables;
}

} // namespace dd::io
