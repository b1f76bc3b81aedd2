#include "io/odspackage.h"

#include "io/readlimits.h"
#include "io/xmlreferences.h"
#include "io/zipreader.h"
#include "io/zipwriter.h"

#include "util/logging.h"

#include <QCoreApplication>
#include <QSet>
#include <QXmlStreamReader>

#include <algorithm>

namespace dd::io {

namespace {

const QString kTableNs = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:table:1.0");

struct Splice
{
    qsizetype from;
    qsizetype to;
    QString replacement;
};

const QString kOfficeNs = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:office:1.0");
const QString kTextNs = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:text:1.0");

// A repeat or span count; anything but a positive number counts as 1 (as LibreOffice reads it).
qint64 positiveAttribute(const QXmlStreamAttributes &attributes, const QString &name)
{
    bool ok = false;
    const qint64 value = attributes.value(kTableNs, name).toLongLong(&ok);
    return ok && value > 0 ? value : 1;
}

// The start tag `tag` (its text as written) with the value of the repeat attribute `local`
// set to `value`.
QString withRepeat(QStringView tag, const QString &local, qint64 value)
{
    const qsizetype name = tag.indexOf(local + u'=');
    if (name < 0)
        return tag.toString();
    const qsizetype open = name + local.size() + 1;
    const QChar quote = tag.at(open);
    const qsizetype close = tag.indexOf(quote, open + 1);
    if (close < 0)
        return tag.toString();
    return tag.first(open + 1).toString() + QString::number(value) + tag.sliced(close).toString();
}

struct Content
{
    QByteArray xml;
    QList<OdsTable> tables;
};

const QString kStyleNs = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:style:1.0");

// A row or column LibreOffice does not show: hidden or in a collapsed group ("collapse"), or
// left out by an AutoFilter ("filter").
bool notVisible(const QXmlStreamAttributes &attributes)
{
    const QStringView v = attributes.value(kTableNs, QStringLiteral("visibility"));
    return !v.isEmpty() && v != u"visible";
}

// The element that replaces an empty (or covered) cell: empty, with its repeat count.
QString emptyCell(const QXmlStreamReader &xml, qint64 repeat)
{
    const QString prefix = xml.prefix().toString();
    QString cell
        = u'<' + (prefix.isEmpty() ? QString() : prefix + u':') + QLatin1String("table-cell");
    for (const QXmlStreamNamespaceDeclaration &d : xml.namespaceDeclarations()) {
        cell += d.prefix().isEmpty()
            ? QStringLiteral(" xmlns=\"")
            : QLatin1String(" xmlns:") + d.prefix().toString() + QLatin1String("=\"");
        cell += d.namespaceUri().toString().toHtmlEscaped() + u'"';
    }
    if (repeat > 1) {
        const QString tablePrefix = xml.namespaceUri() == kTableNs ? prefix : QString();
        cell += u' ' + (tablePrefix.isEmpty() ? QString() : tablePrefix + u':')
            + QLatin1String("number-columns-repeated=\"") + QString::number(repeat) + u'"';
    }
    return cell + QLatin1String("/>");
}

Result<Content> rewriteContent(const QByteArray &content, const QString &fileName)
{
    const QString text = QString::fromUtf8(content);
    QXmlStreamReader xml(text);
    QList<Splice> splices;
    QList<OdsTable> tables;
    QSet<QString> hiddenTableStyles; // table styles with table:display="false"
    QString styleName; // the <style:style> being read
    bool rowHidden = false;
    int tableDepth = 0;
    QString tableName;
    qint64 row = 0;
    qint64 cellsInTable = 0;
    // The row being read.
    qsizetype rowFrom = 0;
    qsizetype rowTagEnd = 0;
    qsizetype rowSplices = 0; // splices made before it began
    qint64 rowRepeat = 1;
    qint64 column = 0;
    qint64 filledInRow = 0;
    qint64 definedColumns = 0; // <table:table-column> definitions
    // The cell being read: its start, its repeat count, whether it holds anything.
    int cellDepth = 0;
    qsizetype cellFrom = 0;
    qint64 cellRepeat = 1;
    bool cellCovered = false;
    bool cellFilled = false;
    QString cellReplacementStart; // the empty cell a covered or clamped cell becomes
    qsizetype cellSplices = 0; // splices made before the cell began
    qsizetype paragraphEnd = -1; // where the cell's last </text:p> began, if one ended
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        const bool inTableNs = xml.namespaceUri() == kTableNs;
        if (cellDepth > 0) {
            const bool paragraph
                = cellDepth <= 2 && xml.name() == u"p" && xml.namespaceUri() == kTextNs;
            if (token == QXmlStreamReader::StartElement) {
                // A cell of several lines (Alt+Enter) is one <text:p> per line; orcus 0.17
                // keeps only the last one. The lines become one paragraph with a line break.
                if (paragraph && cellDepth == 1 && paragraphEnd >= 0)
                    splices.append({ paragraphEnd, xml.characterOffset(), QStringLiteral("\n") });
                ++cellDepth;
            } else if (token == QXmlStreamReader::EndElement && paragraph && cellDepth == 2) {
                --cellDepth;
                paragraphEnd = text.lastIndexOf(u'<', xml.characterOffset() - 1);
            } else if (token == QXmlStreamReader::Characters && !xml.isWhitespace()) {
                cellFilled = true;
            } else if (token == QXmlStreamReader::EndElement && --cellDepth == 0) {
                // The end of the cell.
                const qsizetype cellTo = xml.characterOffset();
                const bool empty = cellCovered || !cellFilled;
                qint64 repeat = cellRepeat;
                if (empty)
                    splices.resize(cellSplices); // the whole cell goes or is replaced
                if (empty) {
                    // Empty cells past the last column are the filler LibreOffice writes to
                    // the sheet's edge: cut to the bound, or dropped.
                    repeat = std::clamp<qint64>(kMaxColumns - column, 0, cellRepeat);
                    if (repeat == 0)
                        splices.append({ cellFrom, cellTo, QString() });
                    else if (cellCovered || repeat != cellRepeat)
                        splices.append({ cellFrom, cellTo,
                                         cellReplacementStart.isEmpty()
                                             ? QString()
                                             : withRepeat(cellReplacementStart,
                                                          QStringLiteral("number-columns-"
                                                                         "repeated"),
                                                          repeat) });
                } else {
                    if (column + cellRepeat > kMaxColumns)
                        return Error(tooManyColumns(fileName, tableName, row,
                                                    std::max<qint64>(column, kMaxColumns)));
                    filledInRow += cellRepeat;
                }
                column += repeat;
            }
            continue;
        }
        if (token == QXmlStreamReader::StartElement && xml.namespaceUri() == kStyleNs
            && tableDepth == 0) {
            if (xml.name() == u"style")
                styleName = xml.attributes().value(kStyleNs, QStringLiteral("name")).toString();
            else if (xml.name() == u"table-properties"
                     && xml.attributes().value(kTableNs, QStringLiteral("display")) == u"false")
                hiddenTableStyles.insert(styleName);
            continue;
        }
        if (token == QXmlStreamReader::StartElement && inTableNs) {
            const QStringView name = xml.name();
            if (name == u"table") {
                if (++tableDepth == 1) {
                    tables.append(OdsTable());
                    tables.last().hidden = hiddenTableStyles.contains(
                        xml.attributes().value(kTableNs, QStringLiteral("style-name")).toString());
                    row = 0;
                    cellsInTable = 0;
                    definedColumns = 0;
                    tableName = xml.attributes().value(kTableNs, QStringLiteral("name")).toString();
                }
            } else if (tableDepth == 1 && name == u"table-column") {
                const qint64 repeat = positiveAttribute(xml.attributes(),
                                                        QStringLiteral("number-columns-repeated"));
                const qint64 kept = std::clamp<qint64>(kMaxColumns - definedColumns, 1, repeat);
                if (kept != repeat) {
                    const qsizetype to = xml.characterOffset();
                    const qsizetype from = text.lastIndexOf(u'<', to - 1);
                    splices.append({ from, to,
                                     withRepeat(QStringView(text).sliced(from, to - from),
                                                QStringLiteral("number-columns-repeated"), kept) });
                }
                if (notVisible(xml.attributes()))
                    for (qint64 c = definedColumns; c < definedColumns + kept && c < kMaxColumns;
                         ++c)
                        tables.last().hiddenColumns.append(int(c));
                definedColumns += kept;
            } else if (tableDepth == 1 && name == u"table-row") {
                column = 0;
                filledInRow = 0;
                rowRepeat
                    = positiveAttribute(xml.attributes(), QStringLiteral("number-rows-repeated"));
                rowHidden = notVisible(xml.attributes());
                rowTagEnd = xml.characterOffset();
                rowFrom = text.lastIndexOf(u'<', rowTagEnd - 1);
                rowSplices = splices.size();
            } else if (tableDepth == 1
                       && (name == u"table-cell" || name == u"covered-table-cell")) {
                const QXmlStreamAttributes a = xml.attributes();
                cellCovered = name == u"covered-table-cell";
                cellRepeat = positiveAttribute(a, QStringLiteral("number-columns-repeated"));
                cellFilled
                    = !cellCovered && a.hasAttribute(kOfficeNs, QStringLiteral("value-type"));
                const qint64 spanColumns
                    = positiveAttribute(a, QStringLiteral("number-columns-spanned"));
                const qint64 spanRows = positiveAttribute(a, QStringLiteral("number-rows-spanned"));
                if (!cellCovered && (spanColumns > 1 || spanRows > 1) && row < kMaxRows
                    && column < kMaxColumns)
                    tables.last().merges.append(CellRange {
                        int(row), int(column),
                        int(std::min<qint64>(row + spanRows - 1, kMaxRows - 1)),
                        int(std::min<qint64>(column + spanColumns - 1, kMaxColumns - 1)) });
                cellFrom = text.lastIndexOf(u'<', xml.characterOffset() - 1);
                // Written with a repeat of 1 so that withRepeat() can set it.
                cellReplacementStart = emptyCell(xml, 2);
                cellDepth = 1;
                cellSplices = splices.size();
                paragraphEnd = -1;
            }
        } else if (token == QXmlStreamReader::EndElement && inTableNs) {
            if (xml.name() == u"table") {
                --tableDepth;
            } else if (tableDepth == 1 && xml.name() == u"table-row") {
                qint64 repeat = rowRepeat;
                if (filledInRow == 0) {
                    // Empty rows down to the sheet's edge: the same filler.
                    repeat = std::clamp<qint64>(kMaxRows - row, 0, rowRepeat);
                    if (repeat == 0) {
                        splices.resize(rowSplices);
                        splices.append({ rowFrom, xml.characterOffset(), QString() });
                    } else if (repeat != rowRepeat) {
                        splices.insert(
                            rowSplices,
                            { rowFrom, rowTagEnd,
                              withRepeat(QStringView(text).sliced(rowFrom, rowTagEnd - rowFrom),
                                         QStringLiteral("number-rows-repeated"), repeat) });
                    }
                } else {
                    if (row + rowRepeat > kMaxRows)
                        return Error(tooManyRows(fileName, tableName));
                    cellsInTable += filledInRow * rowRepeat;
                    if (cellsInTable > kMaxCells)
                        return Error(tooManyCells(fileName, tableName));
                }
                if (rowHidden && repeat > 0 && row < kMaxRows)
                    tables.last().hiddenRows.append(
                        { int(row), int(std::min<qint64>(row + repeat, kMaxRows)) });
                row += repeat;
            }
        }
    }
    if (xml.hasError())
        return damagedFile(
            fileName,
            QCoreApplication::translate("Import", "the part “%1” is not valid XML (%2, line %3).")
                .arg(QStringLiteral("content.xml"), xml.errorString())
                .arg(xml.lineNumber()));
    qCDebug(lcImport) << "ods: replaced" << splices.size() << "cells, rows or columns";
    if (splices.isEmpty())
        return Content { content, tables };
    // Written out as UTF-8 piece by piece: a content.xml of 60 MB is 120 MB as a QString, and
    // a second one would be too much.
    QByteArray out;
    out.reserve(content.size());
    qsizetype at = 0;
    for (const Splice &s : std::as_const(splices)) {
        out += QStringView(text).sliced(at, s.from - at).toUtf8();
        out += s.replacement.toUtf8();
        at = s.to;
    }
    out += QStringView(text).sliced(at).toUtf8();
    return Content { out, tables };
}

} // namespace

Result<OdsPackage> normalizeOdsPackage(const QByteArray &zip, const QString &fileName)
{
    Result<ZipReader> reader = ZipReader::open(zip, kMaxUnpackedOdsBytes, fileName);
    if (!reader)
        return Error(reader.error());
    if (!reader->contains(QStringLiteral("content.xml")))
        return damagedFile(fileName,
                           QCoreApplication::translate("Import",
                                                       "it has no content.xml, so it is not a "
                                                       "complete ODS spreadsheet."));
    ZipWriter writer;
    OdsPackage package;
    // The mimetype entry comes first and stored, as ODF requires.
    if (reader->contains(QStringLiteral("mimetype"))) {
        Result<QByteArray> mimetype = reader->read(QStringLiteral("mimetype"));
        if (!mimetype)
            return Error(mimetype.error());
        writer.add(QStringLiteral("mimetype"), *mimetype, ZipWriter::Method::Stored);
    }
    for (qsizetype i = 0; i < reader->entries().size(); ++i) {
        const QString name = reader->entries().at(i).name;
        if (name.endsWith(u'/') || name == u"mimetype")
            continue;
        Result<QByteArray> content = reader->read(i);
        if (!content)
            return Error(content.error());
        if (name.endsWith(QLatin1String(".xml"), Qt::CaseInsensitive))
            *content = cleanCharacterReferences(*content);
        if (name == u"content.xml") {
            Result<Content> fixed = rewriteContent(*content, fileName);
            if (!fixed)
                return Error(fixed.error());
            writer.add(name, fixed->xml);
            package.tables = fixed->tables;
        } else {
            writer.add(name, std::move(*content));
        }
    }
    package.zip = writer.finish();
    return package;
}

} // namespace dd::io
