#include "io/odspackage.h"

#include "io/zipreader.h"
#include "io/zipwriter.h"

#include "util/logging.h"

#include <QCoreApplication>
#include <QXmlStreamReader>

namespace dd::io {

namespace {

const QString kTableNs = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:table:1.0");

struct Splice
{
    qsizetype from;
    qsizetype to;
    QString replacement;
};

int positiveAttribute(const QXmlStreamAttributes &attributes, const QString &name)
{
    bool ok = false;
    const int value = attributes.value(kTableNs, name).toInt(&ok);
    return ok && value > 0 ? value : 1;
}

struct Content
{
    QByteArray xml;
    QList<QList<CellRange>> merges;
};

Result<Content> rewriteContent(const QByteArray &content)
{
    const QString text = QString::fromUtf8(content);
    QXmlStreamReader xml(text);
    QList<Splice> splices;
    QList<QList<CellRange>> merges;
    int depth = 0; // inside a covered cell (they may hold paragraphs)
    qsizetype start = 0;
    QString replacement;
    int tableDepth = 0;
    qint64 row = 0;
    qint64 column = 0;
    int rowRepeat = 1;
    // Rows and columns past these are the empty filler LibreOffice writes to the sheet's end.
    constexpr qint64 kLimit = 1 << 20;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        const bool inTableNs = xml.namespaceUri() == kTableNs;
        const bool covered = inTableNs && xml.name() == u"covered-table-cell";
        if (token == QXmlStreamReader::StartElement && depth == 0 && inTableNs) {
            if (xml.name() == u"table") {
                if (++tableDepth == 1) {
                    merges.append(QList<CellRange>());
                    row = 0;
                }
            } else if (tableDepth == 1 && xml.name() == u"table-row") {
                column = 0;
                rowRepeat
                    = positiveAttribute(xml.attributes(), QStringLiteral("number-rows-repeated"));
            } else if (tableDepth == 1 && (xml.name() == u"table-cell" || covered)) {
                const QXmlStreamAttributes a = xml.attributes();
                const int spanColumns
                    = positiveAttribute(a, QStringLiteral("number-columns-spanned"));
                const int spanRows = positiveAttribute(a, QStringLiteral("number-rows-spanned"));
                if (!covered && (spanColumns > 1 || spanRows > 1) && row < kLimit
                    && column < kLimit)
                    merges.last().append(CellRange { int(row), int(column), int(row + spanRows - 1),
                                                     int(column + spanColumns - 1) });
                column += positiveAttribute(a, QStringLiteral("number-columns-repeated"));
            }
        } else if (token == QXmlStreamReader::EndElement && depth == 0 && inTableNs) {
            if (xml.name() == u"table")
                --tableDepth;
            else if (tableDepth == 1 && xml.name() == u"table-row")
                row += rowRepeat;
        }
        if (token == QXmlStreamReader::StartElement) {
            if (depth > 0) {
                ++depth;
                continue;
            }
            if (!covered)
                continue;
            depth = 1;
            start = text.lastIndexOf(u'<', xml.characterOffset() - 1);
            const QString prefix = xml.prefix().toString();
            const QString cell = prefix.isEmpty() ? QStringLiteral("table-cell")
                                                  : prefix + QLatin1String(":table-cell");
            replacement = u'<' + cell;
            for (const QXmlStreamNamespaceDeclaration &d : xml.namespaceDeclarations()) {
                replacement += d.prefix().isEmpty()
                    ? QStringLiteral(" xmlns=\"")
                    : QLatin1String(" xmlns:") + d.prefix().toString() + QLatin1String("=\"");
                replacement += d.namespaceUri().toString().toHtmlEscaped() + u'"';
            }
            for (const QXmlStreamAttribute &a : xml.attributes())
                if (a.namespaceUri() == kTableNs && a.name() == u"number-columns-repeated")
                    replacement += u' ' + a.qualifiedName().toString() + QLatin1String("=\"")
                        + a.value().toString().toHtmlEscaped() + u'"';
            replacement += QLatin1String("/>");
        } else if (token == QXmlStreamReader::EndElement && depth > 0) {
            if (--depth == 0)
                splices.append({ start, xml.characterOffset(), replacement });
        }
    }
    if (xml.hasError())
        return Error(QCoreApplication::translate(
                         "Import",
                         "The file is damaged: its content is not valid XML (%1, line "
                         "%2). Open it in LibreOffice, save it again and import the "
                         "new file.")
                         .arg(xml.errorString())
                         .arg(xml.lineNumber()));
    qCDebug(lcImport) << "ods: replaced" << splices.size() << "covered cells";
    if (splices.isEmpty())
        return Content { content, merges };
    QString out;
    out.reserve(text.size());
    qsizetype at = 0;
    for (const Splice &s : std::as_const(splices)) {
        out += QStringView(text).sliced(at, s.from - at);
        out += s.replacement;
        at = s.to;
    }
    out += QStringView(text).sliced(at);
    return Content { out.toUtf8(), merges };
}

} // namespace

Result<OdsPackage> normalizeOdsPackage(const QByteArray &zip)
{
    Result<ZipReader> reader = ZipReader::open(zip);
    if (!reader)
        return Error(reader.error());
    if (!reader->contains(QStringLiteral("content.xml")))
        return Error(QCoreApplication::translate(
            "Import",
            "The file is damaged: it has no content.xml, so it is not a complete ODS "
            "spreadsheet. Open it in LibreOffice, save it again and import the new "
            "file."));
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
        if (name == u"content.xml") {
            Result<Content> fixed = rewriteContent(*content);
            if (!fixed)
                return Error(fixed.error());
            writer.add(name, fixed->xml);
            package.merges = fixed->merges;
        } else {
            writer.add(name, *content);
        }
    }
    package.zip = writer.finish();
    return package;
}

} // namespace dd::io
