#include "io/xlsxpackage.h"

#include "io/readlimits.h"
#include "io/xmlreferences.h"
#include "io/zipreader.h"
#include "io/zipwriter.h"

#include "text/vietnamese.h"
#include "util/logging.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

#include <utility>

namespace dd::io {

namespace {

const QString kRelationshipsNs
    = QStringLiteral("http://schemas.openxmlformats.org/package/2006/relationships");

struct Part
{
    QString name;
    QByteArray content;
};

// What is wrong with a part, for damagedFile(): the helpers below return it as their error,
// and the caller, who knows the file, says which file.
Error damagedXml(const QString &part, const QXmlStreamReader &xml)
{
    return Error(
        QCoreApplication::translate("Import", "the part “%1” is not valid XML (%2, line %3).")
            .arg(part, xml.errorString())
            .arg(xml.lineNumber()));
}

QString directoryOf(const QString &partName)
{
    const qsizetype slash = partName.lastIndexOf(u'/');
    return slash < 0 ? QString() : partName.left(slash + 1);
}

// "a/b/c" → ["a","b","c"], resolving "." and "..".
QStringList segments(const QString &path)
{
    QStringList out;
    for (const QString &s : path.split(u'/', Qt::SkipEmptyParts)) {
        if (s == u"..") {
            if (!out.isEmpty())
                out.removeLast();
        } else if (s != u".") {
            out.append(s);
        }
    }
    return out;
}

// The part a relationship target names, from the directory of its source part.
QString resolveTarget(const QString &sourceDirectory, const QString &target)
{
    if (target.startsWith(u'/'))
        return segments(target).join(u'/');
    return segments(sourceDirectory + target).join(u'/');
}

QString relativeTarget(const QString &sourceDirectory, const QString &absolutePart)
{
    const QStringList from = segments(sourceDirectory);
    const QStringList to = segments(absolutePart);
    qsizetype common = 0;
    while (common < from.size() && common < to.size() - 1 && from.at(common) == to.at(common))
        ++common;
    QStringList out;
    for (qsizetype i = common; i < from.size(); ++i)
        out.append(QStringLiteral(".."));
    for (qsizetype i = common; i < to.size(); ++i)
        out.append(to.at(i));
    return out.join(u'/');
}

// "xl/_rels/workbook.xml.rels" → "xl/" (the directory of the source part xl/workbook.xml).
QString sourceDirectoryOfRels(const QString &relsName)
{
    QString dir = directoryOf(relsName);
    if (dir.endsWith(QLatin1String("_rels/")))
        dir.chop(6);
    return dir;
}

QString relsNameFor(const QString &partName)
{
    const qsizetype slash = partName.lastIndexOf(u'/');
    return partName.left(slash + 1) + QLatin1String("_rels/") + partName.mid(slash + 1)
        + QLatin1String(".rels");
}

struct Relationship
{
    QString id;
    QString type;
    QString target;
    QString targetMode;
};

Result<QList<Relationship>> parseRels(const QString &name, const QByteArray &content)
{
    QList<Relationship> rels;
    QXmlStreamReader xml(content);
    while (xml.readNextStartElement()) {
        if (xml.name() == u"Relationships")
            continue; // descend
        if (xml.name() == u"Relationship") {
            const QXmlStreamAttributes a = xml.attributes();
            rels.append({ a.value(QLatin1String("Id")).toString(),
                          a.value(QLatin1String("Type")).toString(),
                          a.value(QLatin1String("Target")).toString(),
                          a.value(QLatin1String("TargetMode")).toString() });
        }
        xml.skipCurrentElement();
    }
    if (xml.hasError())
        return damagedXml(name, xml);
    return rels;
}

QByteArray writeRels(const QList<Relationship> &rels)
{
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.writeStartDocument(QStringLiteral("1.0"), true);
    xml.writeDefaultNamespace(kRelationshipsNs);
    xml.writeStartElement(kRelationshipsNs, QStringLiteral("Relationships"));
    for (const Relationship &r : rels) {
        xml.writeStartElement(kRelationshipsNs, QStringLiteral("Relationship"));
        xml.writeAttribute(QStringLiteral("Id"), r.id);
        xml.writeAttribute(QStringLiteral("Type"), r.type);
        xml.writeAttribute(QStringLiteral("Target"), r.target);
        if (!r.targetMode.isEmpty())
            xml.writeAttribute(QStringLiteral("TargetMode"), r.targetMode);
        xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeEndDocument();
    return out;
}

// Appends s with & < > " and the line-break characters written as references, in one pass
// (a sheet of 100,000 rows has a million strings to write).
void appendEscapedXml(QString &out, QStringView s)
{
    static constexpr std::pair<char16_t, const char *> kReferences[]
        = { { u'&', "&amp;" },  { u'<', "&lt;" },  { u'>', "&gt;" },  { u'"', "&quot;" },
            { u'\r', "&#13;" }, { u'\t', "&#9;" }, { u'\n', "&#10;" } };
    qsizetype from = 0;
    for (qsizetype i = 0; i < s.size(); ++i) {
        const char16_t c = s[i].unicode();
        if (c > u'>') // above all of them: most characters
            continue;
        for (const auto &[special, reference] : kReferences) {
            if (c != special)
                continue;
            out += s.sliced(from, i - from);
            out += QLatin1String(reference);
            from = i + 1;
            break;
        }
    }
    out += s.sliced(from);
}

QString escapeXml(const QString &s)
{
    QString out;
    out.reserve(s.size());
    appendEscapedXml(out, s);
    return out;
}

QString namespaceDeclaration(const QXmlStreamNamespaceDeclaration &d)
{
    const QString uri = escapeXml(d.namespaceUri().toString());
    if (d.prefix().isEmpty())
        return QLatin1String(" xmlns=\"") + uri + u'"';
    return QLatin1String(" xmlns:") + d.prefix().toString() + QLatin1String("=\"") + uri + u'"';
}

QString qualified(const QStringView prefix, const QString &local)
{
    return prefix.isEmpty() ? local : prefix.toString() + u':' + local;
}

// The start of the tag that ends just before `end` ('<' cannot occur inside attributes).
qsizetype tagStart(const QString &text, qsizetype end)
{
    return text.lastIndexOf(u'<', end - 1);
}

struct Splice
{
    qsizetype from;
    qsizetype to;
    QString replacement;
};

QString applySplices(const QString &text, const QList<Splice> &splices)
{
    QString out;
    out.reserve(text.size());
    qsizetype at = 0;
    for (const Splice &s : splices) {
        out += QStringView(text).sliced(at, s.from - at);
        out += s.replacement;
        at = s.to;
    }
    out += QStringView(text).sliced(at);
    return out;
}

// Replaces each <c t="inlineStr"> by a shared-string cell; the new strings are appended to
// `newStrings`, which the sheets share, and the string at its place p is number firstIndex + p
// (`firstIndex`: the strings the file had already, not those of the sheets before).
Result<QByteArray> convertInlineStrings(const QString &partName, const QByteArray &content,
                                        qsizetype firstIndex, QStringList &newStrings)
{
    if (!content.contains("inlineStr"))
        return content;
    const QString text = QString::fromUtf8(content);
    QXmlStreamReader xml(text);
    QList<Splice> splices;
    bool inCell = false;
    int phoneticDepth = 0;
    qsizetype cellStart = 0;
    QString cellText;
    QString cellStartTag;
    QString prefixCopy;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            const bool cell = !inCell && xml.name() == u"c";
            const QXmlStreamAttributes attributes
                = cell ? xml.attributes() : QXmlStreamAttributes();
            if (cell && attributes.value(QLatin1String("t")) == u"inlineStr") {
                inCell = true;
                cellStart = tagStart(text, xml.characterOffset());
                cellText.clear();
                prefixCopy = xml.prefix().toString();
                QString tag = u'<' + qualified(prefixCopy, QStringLiteral("c"));
                for (const QXmlStreamAttribute &a : attributes) {
                    if (a.qualifiedName() == u"t")
                        continue;
                    tag += u' ';
                    tag += a.qualifiedName();
                    tag += QLatin1String("=\"");
                    appendEscapedXml(tag, a.value());
                    tag += u'"';
                }
                // Declarations made on this very element must survive the rewrite.
                for (const QXmlStreamNamespaceDeclaration &d : xml.namespaceDeclarations())
                    tag += namespaceDeclaration(d);
                cellStartTag = tag + QLatin1String(" t=\"s\">");
            } else if (inCell && xml.name() == u"rPh") {
                ++phoneticDepth;
            } else if (inCell && xml.name() == u"t" && phoneticDepth == 0) {
                cellText += xml.readElementText(QXmlStreamReader::IncludeChildElements);
            }
        } else if (token == QXmlStreamReader::EndElement && inCell) {
            if (xml.name() == u"rPh") {
                --phoneticDepth;
            } else if (xml.name() == u"c") {
                inCell = false;
                const QString endTag
                    = QLatin1String("</") + qualified(prefixCopy, QStringLiteral("c")) + u'>';
                if (cellText.isEmpty()) {
                    // An empty string is an empty cell (and orcus skips empty items).
                    cellStartTag.chop(QStringLiteral(" t=\"s\">").size());
                    splices.append(
                        { cellStart, xml.characterOffset(), cellStartTag + u'>' + endTag });
                    continue;
                }
                const qsizetype index = firstIndex + newStrings.size();
                newStrings.append(cellText);
                const QString v = qualified(prefixCopy, QStringLiteral("v"));
                QString cellXml;
                cellXml.reserve(cellStartTag.size() + 2 * v.size() + endTag.size() + 24);
                cellXml += cellStartTag;
                cellXml += u'<';
                cellXml += v;
                cellXml += u'>';
                cellXml += QString::number(index);
                cellXml += QLatin1String("</");
                cellXml += v;
                cellXml += u'>';
                cellXml += endTag;
                splices.append({ cellStart, xml.characterOffset(), std::move(cellXml) });
            }
        }
    }
    if (xml.hasError())
        return damagedXml(partName, xml);
    if (splices.isEmpty())
        return content;
    return applySplices(text, splices).toUtf8();
}

QString sharedStringItems(const QStringList &strings, const QString &prefix)
{
    const QString si = qualified(prefix, QStringLiteral("si"));
    const QString t = qualified(prefix, QStringLiteral("t"));
    const QString open
        = u'<' + si + QLatin1String("><") + t + QLatin1String(" xml:space=\"preserve\">");
    const QString close = QLatin1String("</") + t + QLatin1String("></") + si + u'>';
    qsizetype size = 0;
    for (const QString &s : strings)
        size += open.size() + s.size() + close.size();
    QString out;
    out.reserve(size);
    for (const QString &s : strings) {
        out += open;
        appendEscapedXml(out, s);
        out += close;
    }
    return out;
}

// Appends strings to an existing sharedStrings part; returns how many items it had.
Result<QByteArray> appendSharedStrings(const QString &partName, const QByteArray &content,
                                       const QStringList &strings)
{
    const QString text = QString::fromUtf8(content);
    QXmlStreamReader xml(text);
    QList<Splice> splices;
    QString prefix;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::StartElement && xml.name() == u"sst") {
            // The counts are hints orcus may trust; drop them rather than keep wrong ones.
            prefix = xml.prefix().toString();
            const qsizetype end = xml.characterOffset();
            const qsizetype start = tagStart(text, end);
            QString tag = u'<' + qualified(prefix, QStringLiteral("sst"));
            for (const QXmlStreamNamespaceDeclaration &d : xml.namespaceDeclarations())
                tag += namespaceDeclaration(d);
            for (const QXmlStreamAttribute &a : xml.attributes())
                if (a.name() != u"count" && a.name() != u"uniqueCount")
                    tag += u' ' + a.qualifiedName().toString() + QLatin1String("=\"")
                        + escapeXml(a.value().toString()) + u'"';
            const bool selfClosing = text.at(end - 2) == u'/';
            tag += selfClosing ? QStringLiteral(">") + sharedStringItems(strings, prefix)
                    + QLatin1String("</") + qualified(prefix, QStringLiteral("sst")) + u'>'
                               : QStringLiteral(">");
            splices.append({ start, end, tag });
            if (selfClosing)
                break;
        } else if (token == QXmlStreamReader::EndElement && xml.name() == u"sst") {
            const qsizetype end = xml.characterOffset();
            const qsizetype start = tagStart(text, end);
            splices.append({ start, start, sharedStringItems(strings, prefix) });
        }
    }
    if (xml.hasError())
        return damagedXml(partName, xml);
    return applySplices(text, splices).toUtf8();
}

qsizetype countSharedStrings(const QByteArray &content)
{
    QXmlStreamReader xml(content);
    qsizetype count = 0;
    while (xml.readNextStartElement()) {
        if (xml.name() == u"sst")
            continue;
        if (xml.name() == u"si")
            ++count;
        xml.skipCurrentElement();
    }
    return count;
}

// Inserts `insertion` before the closing tag of the document element.
QByteArray insertBeforeRootEnd(const QByteArray &content, const QByteArray &insertion)
{
    const qsizetype end = content.lastIndexOf("</");
    if (end < 0)
        return content;
    QByteArray out = content;
    out.insert(end, insertion);
    return out;
}

// The number of cell formats (<xf> in <cellXfs>) of a styles part.
qsizetype countCellFormats(const QByteArray &content)
{
    QXmlStreamReader xml(content);
    qsizetype count = 0;
    int inCellXfs = 0;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            if (xml.name() == u"cellXfs")
                ++inCellXfs;
            else if (inCellXfs > 0 && xml.name() == u"xf")
                ++count;
        } else if (token == QXmlStreamReader::EndElement && xml.name() == u"cellXfs") {
            --inCellXfs;
        }
    }
    return count;
}

// "AB12" → row 11, column 27; false when it is not a reference. Columns past XFD and rows past
// the bound are clamped, so that nothing overflows and the caller still sees them too large.
bool parseCellReference(QStringView ref, qint64 *row, qint64 *column)
{
    qsizetype i = 0;
    qint64 c = 0;
    for (; i < ref.size() && ref[i].isLetter() && ref[i].unicode() < 0x80; ++i)
        c = std::min<qint64>(c * 26 + (ref[i].toUpper().unicode() - u'A' + 1), 1 << 20);
    const qsizetype letters = i;
    qint64 r = 0;
    for (; i < ref.size() && ref[i] >= u'0' && ref[i] <= u'9'; ++i)
        r = std::min<qint64>(r * 10 + (ref[i].unicode() - u'0'), 1ll << 32);
    if (letters == 0 || i == letters || i != ref.size() || r < 1)
        return false;
    *row = r - 1;
    *column = c - 1;
    return true;
}

struct SheetPart
{
    QString part; // xl/worksheets/sheet1.xml
    QString name; // as the user sees it: "Danh sách"
    SheetState state = SheetState::Visible;
};

// Checks a worksheet before orcus reads it: every filled cell within the bounds of
// readlimits.h, every shared string and style it refers to present. orcus would otherwise
// read a cell at column 16,000, or wrap an index past its table, without a word.
Status checkSheet(const SheetPart &sheet, const QByteArray &content, qsizetype sharedStrings,
                  qsizetype cellFormats, bool hasStyles, const QString &fileName)
{
    QXmlStreamReader xml(content);
    qint64 row = -1;
    qint64 column = -1;
    qsizetype filled = 0;
    bool inCell = false;
    bool cellFilled = false;
    bool sharedString = false;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            const QStringView name = xml.name();
            if (name == u"row") {
                bool ok = false;
                const qint64 r = xml.attributes().value(QLatin1String("r")).toLongLong(&ok);
                row = ok ? r - 1 : row + 1;
                column = -1;
                if (row >= kMaxRows || row < 0)
                    return Status(tooManyRows(fileName, sheet.name));
            } else if (name == u"c") {
                const QXmlStreamAttributes a = xml.attributes();
                const QStringView ref = a.value(QLatin1String("r"));
                qint64 r = row;
                qint64 c = column + 1;
                if (!ref.isEmpty() && !parseCellReference(ref, &r, &c))
                    return Status(
                        damagedFile(fileName,
                                    QCoreApplication::translate(
                                        "Import",
                                        "the sheet “%1” names a cell “%2”, which does not "
                                        "exist.")
                                        .arg(sheet.name, ref.toString().left(40))));
                row = std::max<qint64>(r, 0);
                column = c;
                inCell = true;
                cellFilled = false;
                sharedString = a.value(QLatin1String("t")) == u"s";
                const QStringView style = a.value(QLatin1String("s"));
                if (!style.isEmpty()) {
                    bool ok = false;
                    const qint64 s = style.toLongLong(&ok);
                    const qsizetype styles = hasStyles ? cellFormats : 1;
                    if (!ok || s < 0 || s >= std::max<qsizetype>(styles, 1))
                        return Status(missingStyle(fileName, sheet.name, row, column,
                                                   style.toString().left(40), cellFormats));
                }
            } else if (inCell && (name == u"v" || name == u"is" || name == u"f")) {
                cellFilled = true;
                if (name == u"v" && sharedString) {
                    const QString index = xml.readElementText().trimmed();
                    bool ok = false;
                    const qint64 i = index.toLongLong(&ok);
                    if (!ok || i < 0 || i >= sharedStrings)
                        return Status(missingSharedString(fileName, sheet.name, row, column,
                                                          index.left(40), sharedStrings));
                }
            }
        } else if (token == QXmlStreamReader::EndElement && xml.name() == u"c" && inCell) {
            inCell = false;
            if (!cellFilled)
                continue;
            if (row >= kMaxRows)
                return Status(tooManyRows(fileName, sheet.name));
            if (column >= kMaxColumns)
                return Status(tooManyColumns(fileName, sheet.name, row, column));
            if (++filled > kMaxCells)
                return Status(tooManyCells(fileName, sheet.name));
        }
    }
    if (xml.hasError())
        return Status(damagedFile(fileName, damagedXml(sheet.part, xml).message()));
    return Status::success();
}

// The sheets of the workbook, each with the part that holds it.
QList<SheetPart> sheetParts(const QByteArray &workbook, const QList<Relationship> &rels,
                            const QString &workbookDir)
{
    QHash<QString, QString> partOfId;
    for (const Relationship &r : rels)
        if (r.type.endsWith(QLatin1String("/worksheet")))
            partOfId.insert(r.id, resolveTarget(workbookDir, r.target));
    QList<SheetPart> sheets;
    QXmlStreamReader xml(workbook);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement || xml.name() != u"sheet")
            continue;
        const QXmlStreamAttributes a = xml.attributes();
        QString id;
        for (const QXmlStreamAttribute &attribute : a)
            if (attribute.name() == u"id")
                id = attribute.value().toString();
        const auto part = partOfId.constFind(id);
        const QStringView state = a.value(QLatin1String("state"));
        if (part != partOfId.cend())
            sheets.append({ *part, text::nfc(a.value(QLatin1String("name")).toString()),
                            state == u"veryHidden"   ? SheetState::VeryHidden
                                : state == u"hidden" ? SheetState::Hidden
                                                     : SheetState::Visible });
    }
    // Sheets the workbook does not list are not read by orcus either; those it lists
    // without a relationship are its problem.
    return sheets;
}

} // namespace

Result<QByteArray> normalizeXlsxPackage(const QByteArray &zip, const QString &fileName,
                                        QHash<QString, SheetState> *states)
{
    Result<ZipReader> reader = ZipReader::open(zip, kMaxUnpackedBytes, fileName);
    if (!reader)
        return Error(reader.error());
    QList<Part> parts;
    QHash<QString, qsizetype> indexOfPart;
    for (qsizetype i = 0; i < reader->entries().size(); ++i) {
        const QString name = reader->entries().at(i).name;
        if (name.endsWith(u'/'))
            continue; // directory entry
        Result<QByteArray> content = reader->read(i);
        if (!content)
            return Error(content.error());
        indexOfPart.insert(name.toLower(), parts.size());
        const bool xml = name.endsWith(QLatin1String(".xml"), Qt::CaseInsensitive)
            || name.endsWith(QLatin1String(".rels"), Qt::CaseInsensitive);
        parts.append({ name, xml ? cleanCharacterReferences(*content) : *content });
    }
    auto find = [&](const QString &name) -> Part * {
        const auto it = indexOfPart.constFind(name.toLower());
        return it == indexOfPart.cend() ? nullptr : &parts[*it];
    };

    // 1. Relative targets everywhere.
    for (Part &part : parts) {
        if (!part.name.endsWith(QLatin1String(".rels")))
            continue;
        Result<QList<Relationship>> rels = parseRels(part.name, part.content);
        if (!rels)
            return damagedFile(fileName, rels.error());
        bool changed = false;
        const QString sourceDir = sourceDirectoryOfRels(part.name);
        for (Relationship &r : *rels) {
            if (r.targetMode.compare(QLatin1String("External"), Qt::CaseInsensitive) != 0
                && r.target.startsWith(u'/')) {
                r.target = relativeTarget(sourceDir, resolveTarget(sourceDir, r.target));
                changed = true;
            }
        }
        if (changed) {
            qCDebug(lcImport) << "xlsx: made targets relative in" << part.name;
            part.content = writeRels(*rels);
        }
    }

    // 3. Inline strings to shared strings.
    const Part *rootRels = find(QStringLiteral("_rels/.rels"));
    if (!rootRels)
        return damagedFile(
            fileName,
            QCoreApplication::translate("Import",
                                        "it has no package relationships (_rels/.rels), so it "
                                        "is not a complete XLSX workbook."));
    Result<QList<Relationship>> root = parseRels(rootRels->name, rootRels->content);
    if (!root)
        return damagedFile(fileName, root.error());
    QString workbookName;
    for (const Relationship &r : *root)
        if (r.type.endsWith(QLatin1String("/officeDocument")))
            workbookName = resolveTarget(QString(), r.target);
    if (workbookName.isEmpty() || !find(workbookName))
        return damagedFile(fileName,
                           QCoreApplication::translate("Import", "the workbook part is missing."));

    const QString workbookRelsName = relsNameFor(workbookName);
    Part *workbookRels = find(workbookRelsName);
    QList<Relationship> wbRels;
    if (workbookRels) {
        Result<QList<Relationship>> parsed = parseRels(workbookRels->name, workbookRels->content);
        if (!parsed)
            return damagedFile(fileName, parsed.error());
        wbRels = std::move(parsed).value();
    }
    const QString workbookDir = directoryOf(workbookName);
    QString sharedStringsName;
    QString sharedStringsType;
    QStringList sheetNames;
    for (const Relationship &r : std::as_const(wbRels)) {
        if (r.type.endsWith(QLatin1String("/sharedStrings")))
            sharedStringsName = resolveTarget(workbookDir, r.target);
        else if (r.type.endsWith(QLatin1String("/worksheet")))
            sheetNames.append(resolveTarget(workbookDir, r.target));
    }
    Part *sharedStrings = sharedStringsName.isEmpty() ? nullptr : find(sharedStringsName);
    const qsizetype existing = sharedStrings ? countSharedStrings(sharedStrings->content) : 0;

    // 2. Every sheet within the bounds and its references within their tables, before orcus.
    QString stylesName;
    for (const Relationship &r : std::as_const(wbRels))
        if (r.type.endsWith(QLatin1String("/styles")))
            stylesName = resolveTarget(workbookDir, r.target);
    const Part *styles = stylesName.isEmpty() ? nullptr : find(stylesName);
    const qsizetype cellFormats = styles ? countCellFormats(styles->content) : 0;
    for (const SheetPart &sheet : sheetParts(find(workbookName)->content, wbRels, workbookDir)) {
        if (states && sheet.state != SheetState::Visible)
            states->insert(sheet.name, sheet.state);
        if (const Part *part = find(sheet.part)) {
            if (Status s = checkSheet(sheet, part->content, existing, cellFormats,
                                      styles != nullptr, fileName);
                !s)
                return Error(s.error());
        }
    }
    QStringList newStrings;
    for (const QString &sheetName : std::as_const(sheetNames)) {
        Part *sheet = find(sheetName);
        if (!sheet)
            continue;
        Result<QByteArray> converted
            = convertInlineStrings(sheet->name, sheet->content, existing, newStrings);
        if (!converted)
            return damagedFile(fileName, converted.error());
        sheet->content = std::move(converted).value();
    }
    if (!newStrings.isEmpty()) {
        qCDebug(lcImport) << "xlsx: moved" << newStrings.size() << "inline strings to shared";
        if (sharedStrings) {
            Result<QByteArray> appended
                = appendSharedStrings(sharedStrings->name, sharedStrings->content, newStrings);
            if (!appended)
                return damagedFile(fileName, appended.error());
            sharedStrings->content = std::move(appended).value();
        } else {
            const bool strict = !wbRels.isEmpty()
                && wbRels.first().type.startsWith(QLatin1String("http://purl.oclc.org"));
            const QString mainNs = strict
                ? QStringLiteral("http://purl.oclc.org/ooxml/spreadsheetml/main")
                : QStringLiteral("http://schemas.openxmlformats.org/spreadsheetml/2006/main");
            sharedStringsType = strict
                ? QStringLiteral("http://purl.oclc.org/ooxml/officeDocument/relationships/"
                                 "sharedStrings")
                : QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/"
                                 "relationships/sharedStrings");
            sharedStringsName = workbookDir + QLatin1String("ddSharedStrings.xml");
            const QString sst = QLatin1String("<?xml version=\"1.0\" encoding=\"UTF-8\" "
                                              "standalone=\"yes\"?>\n<sst xmlns=\"")
                + mainNs + QLatin1String("\">") + sharedStringItems(newStrings, QString())
                + QLatin1String("</sst>");
            parts.append({ sharedStringsName, sst.toUtf8() });
            wbRels.append({ QStringLiteral("rIdDdSharedStrings"), sharedStringsType,
                            relativeTarget(workbookDir, sharedStringsName), QString() });
            const QByteArray relsContent = writeRels(wbRels);
            // Found again: the append above may have moved the parts (and `workbookRels`
            // pointed into the old ones).
            if (Part *rels = find(workbookRelsName))
                rels->content = relsContent;
            else
                parts.append({ workbookRelsName, relsContent });
            if (Part *types = find(QStringLiteral("[Content_Types].xml")))
                types->content = insertBeforeRootEnd(
                    types->content,
                    QByteArray("<Override PartName=\"/") + sharedStringsName.toUtf8()
                        + "\" ContentType=\"application/"
                          "vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>");
        }
    }

    // Only orcus reads this package, from memory: compressing it again would be time lost.
    ZipWriter writer;
    for (Part &part : parts)
        writer.add(part.name, std::move(part.content), ZipWriter::Method::Stored);
    parts.clear();
    return writer.finish();
}

} // namespace dd::io
