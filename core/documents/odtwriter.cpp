#include "documents/odtwriter.h"

#include "documents/qrcode.h"

#include <QBuffer>

#include <algorithm>
#include <utility>

namespace dd::documents {

namespace {

constexpr qreal kTextWidthMm
    = PageWriter::kPageWidth - PageWriter::kMarginLeft - PageWriter::kMarginRight;
constexpr qreal kLeftColumnMm = 75;
constexpr qreal kSignatureWidthMm = 86;
const QString kFont = QStringLiteral("Times New Roman");

const char kOffice[] = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";

QString mm(qreal v)
{
    return QString::number(v, 'f', 2) + QStringLiteral("mm");
}

QString pt(qreal v)
{
    return QString::number(v, 'f', 1) + QStringLiteral("pt");
}

QString alignment(Qt::Alignment a)
{
    if (a & Qt::AlignHCenter)
        return QStringLiteral("center");
    if (a & Qt::AlignRight)
        return QStringLiteral("end");
    if (a & Qt::AlignJustify)
        return QStringLiteral("justify");
    return QStringLiteral("start");
}

// Text whose runs of spaces stay as wide as written (the blanks of "Số:" and of an undated
// "ngày      tháng      năm" are left to fill in by hand): ODF collapses spaces in
// characters, so each run past its first space is a <text:s text:c="n"/>.
void writeSpaced(QXmlStreamWriter &x, const QString &text)
{
    qsizetype from = 0;
    while (from < text.size()) {
        const qsizetype run = text.indexOf(QStringLiteral("  "), from);
        if (run < 0) {
            x.writeCharacters(text.mid(from));
            return;
        }
        qsizetype end = run;
        while (end < text.size() && text.at(end) == QLatin1Char(' '))
            ++end;
        x.writeCharacters(text.mid(from, run + 1 - from));
        x.writeEmptyElement(QStringLiteral("text:s"));
        x.writeAttribute(QStringLiteral("text:c"), QString::number(end - run - 1));
        from = end;
    }
}

// The namespaces every part declares on its root element.
void declareNamespaces(QXmlStreamWriter &x)
{
    static constexpr std::pair<const char *, const char *> kNamespaces[] = {
        { kOffice, "office" },
        { "urn:oasis:names:tc:opendocument:xmlns:style:1.0", "style" },
        { "urn:oasis:names:tc:opendocument:xmlns:text:1.0", "text" },
        { "urn:oasis:names:tc:opendocument:xmlns:table:1.0", "table" },
        { "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0", "fo" },
        { "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0", "svg" },
        { "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0", "draw" },
        { "http://www.w3.org/1999/xlink", "xlink" },
        { "http://purl.org/dc/elements/1.1/", "dc" },
        { "urn:oasis:names:tc:opendocument:xmlns:meta:1.0", "meta" },
    };
    for (const auto &[uri, prefix] : kNamespaces)
        x.writeNamespace(QLatin1String(uri), QLatin1String(prefix));
}

// The start of a part: the XML declaration and its root element `root` (office:…) with the
// namespaces and the ODF version.
void startPart(QXmlStreamWriter &x, const QString &root)
{
    x.writeStartDocument();
    x.writeStartElement(QLatin1String(kOffice), root);
    declareNamespaces(x);
    x.writeAttribute(QStringLiteral("office:version"), QStringLiteral("1.3"));
}

void fontDecls(QXmlStreamWriter &x)
{
    x.writeStartElement(QStringLiteral("office:font-face-decls"));
    x.writeEmptyElement(QStringLiteral("style:font-face"));
    x.writeAttribute(QStringLiteral("style:name"), kFont);
    x.writeAttribute(QStringLiteral("svg:font-family"),
                     QLatin1Char('\'') + kFont + QLatin1Char('\''));
    x.writeAttribute(QStringLiteral("style:font-family-generic"), QStringLiteral("roman"));
    x.writeAttribute(QStringLiteral("style:font-pitch"), QStringLiteral("variable"));
    x.writeEndElement();
}

void textProperties(QXmlStreamWriter &x, qreal size, unsigned emphasis)
{
    x.writeEmptyElement(QStringLiteral("style:text-properties"));
    if (size > 0) {
        x.writeAttribute(QStringLiteral("fo:font-size"), pt(size));
        x.writeAttribute(QStringLiteral("style:font-size-complex"), pt(size));
    }
    if (emphasis & Bold) {
        x.writeAttribute(QStringLiteral("fo:font-weight"), QStringLiteral("bold"));
        x.writeAttribute(QStringLiteral("style:font-weight-complex"), QStringLiteral("bold"));
    }
    if (emphasis & Italic) {
        x.writeAttribute(QStringLiteral("fo:font-style"), QStringLiteral("italic"));
        x.writeAttribute(QStringLiteral("style:font-style-complex"), QStringLiteral("italic"));
    }
    if (emphasis & Underline) {
        x.writeAttribute(QStringLiteral("style:text-underline-style"), QStringLiteral("solid"));
        x.writeAttribute(QStringLiteral("style:text-underline-width"), QStringLiteral("auto"));
        x.writeAttribute(QStringLiteral("style:text-underline-color"),
                         QStringLiteral("font-color"));
    }
}

QByteArray styles()
{
    QByteArray out;
    QXmlStreamWriter x(&out);
    startPart(x, QStringLiteral("document-styles"));
    fontDecls(x);

    x.writeStartElement(QStringLiteral("office:styles"));
    x.writeStartElement(QStringLiteral("style:default-style"));
    x.writeAttribute(QStringLiteral("style:family"), QStringLiteral("paragraph"));
    x.writeEmptyElement(QStringLiteral("style:paragraph-properties"));
    x.writeAttribute(QStringLiteral("fo:orphans"), QStringLiteral("2"));
    x.writeAttribute(QStringLiteral("fo:widows"), QStringLiteral("2"));
    x.writeEmptyElement(QStringLiteral("style:text-properties"));
    x.writeAttribute(QStringLiteral("style:font-name"), kFont);
    x.writeAttribute(QStringLiteral("style:font-name-complex"), kFont);
    x.writeAttribute(QStringLiteral("fo:font-size"), pt(14));
    x.writeAttribute(QStringLiteral("fo:language"), QStringLiteral("vi"));
    x.writeAttribute(QStringLiteral("fo:country"), QStringLiteral("VN"));
    x.writeEndElement();
    x.writeStartElement(QStringLiteral("style:style"));
    x.writeAttribute(QStringLiteral("style:name"), QStringLiteral("Header"));
    x.writeAttribute(QStringLiteral("style:family"), QStringLiteral("paragraph"));
    x.writeEmptyElement(QStringLiteral("style:paragraph-properties"));
    x.writeAttribute(QStringLiteral("fo:text-align"), QStringLiteral("center"));
    textProperties(x, 13, Plain);
    x.writeEndElement();
    x.writeEndElement(); // office:styles

    x.writeStartElement(QStringLiteral("office:automatic-styles"));
    x.writeStartElement(QStringLiteral("style:page-layout"));
    x.writeAttribute(QStringLiteral("style:name"), QStringLiteral("A4"));
    x.writeStartElement(QStringLiteral("style:page-layout-properties"));
    x.writeAttribute(QStringLiteral("fo:page-width"), mm(PageWriter::kPageWidth));
    x.writeAttribute(QStringLiteral("fo:page-height"), mm(PageWriter::kPageHeight));
    x.writeAttribute(QStringLiteral("style:print-orientation"), QStringLiteral("portrait"));
    x.writeAttribute(QStringLiteral("fo:margin-top"), mm(8));
    x.writeAttribute(QStringLiteral("fo:margin-bottom"), mm(PageWriter::kMarginBottom));
    x.writeAttribute(QStringLiteral("fo:margin-left"), mm(PageWriter::kMarginLeft));
    x.writeAttribute(QStringLiteral("fo:margin-right"), mm(PageWriter::kMarginRight));
    x.writeEndElement();
    // The page number sits in the top margin: the header takes what is above 20 mm.
    x.writeStartElement(QStringLiteral("style:header-style"));
    x.writeEmptyElement(QStringLiteral("style:header-footer-properties"));
    x.writeAttribute(QStringLiteral("fo:min-height"), mm(PageWriter::kMarginTop - 8 - 4));
    x.writeAttribute(QStringLiteral("fo:margin-bottom"), mm(4));
    x.writeEndElement();
    x.writeEndElement(); // page-layout
    x.writeEndElement(); // automatic-styles

    x.writeStartElement(QStringLiteral("office:master-styles"));
    // Each document's first page has no number; the following ones have it on top.
    x.writeStartElement(QStringLiteral("style:master-page"));
    x.writeAttribute(QStringLiteral("style:name"), QStringLiteral("Standard"));
    x.writeAttribute(QStringLiteral("style:page-layout-name"), QStringLiteral("A4"));
    x.writeStartElement(QStringLiteral("style:header"));
    x.writeStartElement(QStringLiteral("text:p"));
    x.writeAttribute(QStringLiteral("text:style-name"), QStringLiteral("Header"));
    x.writeStartElement(QStringLiteral("text:page-number"));
    x.writeAttribute(QStringLiteral("text:select-page"), QStringLiteral("current"));
    x.writeEndElement();
    x.writeEndElement();
    x.writeEndElement(); // header
    x.writeEndElement(); // master-page
    x.writeStartElement(QStringLiteral("style:master-page"));
    x.writeAttribute(QStringLiteral("style:name"), QStringLiteral("First_20_Page"));
    x.writeAttribute(QStringLiteral("style:display-name"), QStringLiteral("First Page"));
    x.writeAttribute(QStringLiteral("style:page-layout-name"), QStringLiteral("A4"));
    x.writeAttribute(QStringLiteral("style:next-style-name"), QStringLiteral("Standard"));
    x.writeStartElement(QStringLiteral("style:header"));
    x.writeAttribute(QStringLiteral("style:display"), QStringLiteral("false"));
    x.writeEndElement();
    x.writeEndElement();
    x.writeEndElement(); // master-styles
    x.writeEndElement();
    x.writeEndDocument();
    return out;
}

QByteArray meta(const QString &title)
{
    QByteArray out;
    QXmlStreamWriter x(&out);
    startPart(x, QStringLiteral("document-meta"));
    x.writeStartElement(QStringLiteral("office:meta"));
    x.writeTextElement(QStringLiteral("meta:generator"), QStringLiteral("DialogueDesk"));
    x.writeTextElement(QStringLiteral("dc:title"), title);
    x.writeTextElement(QStringLiteral("dc:language"), QStringLiteral("vi-VN"));
    x.writeEndElement();
    x.writeEndElement();
    x.writeEndDocument();
    return out;
}

QByteArray manifest(const QList<OdtPart> &pictures)
{
    QByteArray out;
    QXmlStreamWriter x(&out);
    x.writeStartDocument();
    const QString ns = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:manifest:1.0");
    x.writeNamespace(ns, QStringLiteral("manifest"));
    x.writeStartElement(ns, QStringLiteral("manifest"));
    x.writeAttribute(ns, QStringLiteral("version"), QStringLiteral("1.3"));
    const auto entry = [&](const QString &path, const QString &type) {
        x.writeEmptyElement(ns, QStringLiteral("file-entry"));
        x.writeAttribute(ns, QStringLiteral("full-path"), path);
        x.writeAttribute(ns, QStringLiteral("media-type"), type);
    };
    entry(QStringLiteral("/"), QStringLiteral("application/vnd.oasis.opendocument.text"));
    entry(QStringLiteral("content.xml"), QStringLiteral("text/xml"));
    entry(QStringLiteral("styles.xml"), QStringLiteral("text/xml"));
    entry(QStringLiteral("meta.xml"), QStringLiteral("text/xml"));
    for (const OdtPart &p : pictures)
        entry(p.name, QStringLiteral("image/png"));
    x.writeEndElement();
    x.writeEndDocument();
    return out;
}

} // namespace

OdtWriter::OdtWriter()
    : m_xml(&m_body)
    , m_styleXml(&m_styles)
{ }

QList<OdtPart> OdtWriter::write(const Paper &paper)
{
    OdtWriter writer;
    QList<OdtPart> parts {
        { QStringLiteral("mimetype"), "application/vnd.oasis.opendocument.text" },
        { QStringLiteral("content.xml"), writer.content(paper) },
        { QStringLiteral("styles.xml"), styles() },
        { QStringLiteral("meta.xml"), meta(paper.title) },
        { QStringLiteral("META-INF/manifest.xml"), manifest(writer.m_pictures) }
    };
    return parts + writer.m_pictures;
}

QByteArray OdtWriter::content(const Paper &paper)
{
    for (const PaperDocument &doc : paper.documents)
        document(doc);
    // The styles and the body were written as fragments while the documents went by; the
    // root and its namespaces are put around them here.
    QByteArray root;
    QXmlStreamWriter x(&root);
    startPart(x, QStringLiteral("document-content"));
    fontDecls(x);
    x.writeTextElement(QStringLiteral("office:automatic-styles"), QStringLiteral("@STYLES@"));
    x.writeStartElement(QStringLiteral("office:body"));
    x.writeTextElement(QStringLiteral("office:text"), QStringLiteral("@BODY@"));
    x.writeEndElement();
    x.writeEndElement();
    x.writeEndDocument();
    root.replace("@STYLES@", m_styles);
    root.replace("@BODY@", m_body);
    return root;
}

void OdtWriter::document(const PaperDocument &doc)
{
    m_startDocument = true;
    for (const Block &b : doc.blocks) {
        if (const auto *h = std::get_if<Letterhead>(&b))
            letterhead(*h);
        else if (const auto *t = std::get_if<Title>(&b))
            title(*t);
        else if (const auto *p = std::get_if<Paragraph>(&b))
            paragraph(p->text, p->style);
        else if (const auto *t = std::get_if<Table>(&b))
            table(*t);
        else if (const auto *s = std::get_if<Signature>(&b))
            signature(*s);
    }
}

// The name of the automatic style `key` stands for. The first time, a new name with `prefix`,
// and the style written: its element, what `fill` writes into it, its end.
QString OdtWriter::style(const QString &key, const QString &prefix, const QString &family,
                         const std::function<void(QXmlStreamWriter &)> &fill)
{
    if (const auto it = m_named.constFind(key); it != m_named.constEnd())
        return *it;
    const QString name = prefix + QString::number(++m_counter);
    m_named.insert(key, name);
    m_styleXml.writeStartElement(QStringLiteral("style:style"));
    m_styleXml.writeAttribute(QStringLiteral("style:name"), name);
    m_styleXml.writeAttribute(QStringLiteral("style:family"), family);
    fill(m_styleXml);
    m_styleXml.writeEndElement();
    return name;
}

QString OdtWriter::paragraphStyle(const TextStyle &s, const QString &extra)
{
    const bool first = m_startDocument;
    m_startDocument = false;
    const QString key = QStringLiteral("P|%1|%2|%3|%4|%5|%6|%7|%8|%9|%10")
                            .arg(s.pointSize)
                            .arg(s.emphasis)
                            .arg(int(s.align))
                            .arg(s.firstIndentMm)
                            .arg(s.leftIndentMm)
                            .arg(s.spaceBeforePt)
                            .arg(s.spaceAfterPt)
                            .arg(s.keepWithNext)
                            .arg(first)
                            .arg(extra);
    return style(key, QStringLiteral("P"), QStringLiteral("paragraph"), [&](QXmlStreamWriter &x) {
        if (first)
            x.writeAttribute(QStringLiteral("style:master-page-name"),
                             QStringLiteral("First_20_Page"));
        x.writeEmptyElement(QStringLiteral("style:paragraph-properties"));
        x.writeAttribute(QStringLiteral("fo:text-align"), alignment(s.align));
        x.writeAttribute(QStringLiteral("fo:text-indent"), mm(s.firstIndentMm));
        // The short rule under a title: a bottom border on an empty paragraph 36 mm wide.
        const bool rule = extra == QLatin1String("rule");
        const qreal ruleInset = (kTextWidthMm - 36) / 2;
        x.writeAttribute(QStringLiteral("fo:margin-left"), mm(rule ? ruleInset : s.leftIndentMm));
        if (rule) {
            x.writeAttribute(QStringLiteral("fo:margin-right"), mm(ruleInset));
            x.writeAttribute(QStringLiteral("fo:border-bottom"),
                             QStringLiteral("0.6pt solid #000000"));
        }
        x.writeAttribute(QStringLiteral("fo:margin-top"), pt(s.spaceBeforePt));
        x.writeAttribute(QStringLiteral("fo:margin-bottom"), pt(s.spaceAfterPt));
        if (s.lineSpacing != 1.0)
            x.writeAttribute(QStringLiteral("fo:line-height"),
                             QString::number(qRound(s.lineSpacing * 100)) + QLatin1Char('%'));
        // A paragraph is kept whole, as on the PDF; a heading with what follows.
        x.writeAttribute(QStringLiteral("fo:keep-together"), QStringLiteral("always"));
        if (s.keepWithNext)
            x.writeAttribute(QStringLiteral("fo:keep-with-next"), QStringLiteral("always"));
        if (first)
            x.writeAttribute(QStringLiteral("style:page-number"), QStringLiteral("1"));
        textProperties(x, s.pointSize, s.emphasis);
    });
}

QString OdtWriter::textStyle(unsigned emphasis)
{
    return style(QStringLiteral("T|%1").arg(emphasis), QStringLiteral("T"), QStringLiteral("text"),
                 [&](QXmlStreamWriter &x) { textProperties(x, 0, emphasis); });
}

QString OdtWriter::cellStyle(bool ruled)
{
    return style(QStringLiteral("C|%1").arg(ruled), QStringLiteral("C"),
                 QStringLiteral("table-cell"), [&](QXmlStreamWriter &x) {
                     x.writeEmptyElement(QStringLiteral("style:table-cell-properties"));
                     x.writeAttribute(QStringLiteral("fo:padding"), mm(ruled ? 1.0 : 0));
                     x.writeAttribute(QStringLiteral("fo:border"),
                                      ruled ? QStringLiteral("0.5pt solid #000000")
                                            : QStringLiteral("none"));
                     x.writeAttribute(QStringLiteral("style:vertical-align"),
                                      ruled ? QStringLiteral("middle") : QStringLiteral("top"));
                 });
}

QString OdtWriter::tableStyle(const QList<qreal> &widthsMm)
{
    const bool first = m_startDocument;
    m_startDocument = false;
    const QString name = QStringLiteral("Tbl%1").arg(++m_counter);
    QXmlStreamWriter &x = m_styleXml;
    x.writeStartElement(QStringLiteral("style:style"));
    x.writeAttribute(QStringLiteral("style:name"), name);
    x.writeAttribute(QStringLiteral("style:family"), QStringLiteral("table"));
    if (first)
        x.writeAttribute(QStringLiteral("style:master-page-name"), QStringLiteral("First_20_Page"));
    x.writeEmptyElement(QStringLiteral("style:table-properties"));
    x.writeAttribute(QStringLiteral("style:width"), mm(kTextWidthMm));
    x.writeAttribute(QStringLiteral("table:align"), QStringLiteral("margins"));
    if (first)
        x.writeAttribute(QStringLiteral("style:page-number"), QStringLiteral("1"));
    x.writeEndElement();
    for (qsizetype c = 0; c < widthsMm.size(); ++c) {
        x.writeStartElement(QStringLiteral("style:style"));
        x.writeAttribute(QStringLiteral("style:name"), QStringLiteral("%1.%2").arg(name).arg(c));
        x.writeAttribute(QStringLiteral("style:family"), QStringLiteral("table-column"));
        x.writeEmptyElement(QStringLiteral("style:table-column-properties"));
        x.writeAttribute(QStringLiteral("style:column-width"), mm(widthsMm[c]));
        x.writeEndElement();
    }
    // Rows are never split over two pages.
    x.writeStartElement(QStringLiteral("style:style"));
    x.writeAttribute(QStringLiteral("style:name"), name + QStringLiteral(".row"));
    x.writeAttribute(QStringLiteral("style:family"), QStringLiteral("table-row"));
    x.writeEmptyElement(QStringLiteral("style:table-row-properties"));
    x.writeAttribute(QStringLiteral("fo:keep-together"), QStringLiteral("always"));
    x.writeEndElement();
    return name;
}

void OdtWriter::spans(const RichText &text, unsigned baseEmphasis)
{
    // Line separators become line breaks; the invisible joiners that keep a web address
    // on one line on the PDF are not text.
    const auto characters = [this](QString s) {
        s.remove(QChar(0x200D));
        const QStringList parts = s.split(QChar(QChar::LineSeparator));
        for (qsizetype i = 0; i < parts.size(); ++i) {
            if (i > 0)
                m_xml.writeEmptyElement(QStringLiteral("text:line-break"));
            writeSpaced(m_xml, QString(parts[i]).replace(QChar::Nbsp, QLatin1Char(' ')));
        }
    };
    for (const RichText::Run &r : text.runs()) {
        const QString s = text.text().mid(r.start, r.length);
        const unsigned extra = r.emphasis & ~baseEmphasis;
        if (!extra) {
            characters(s);
            continue;
        }
        m_xml.writeStartElement(QStringLiteral("text:span"));
        m_xml.writeAttribute(QStringLiteral("text:style-name"), textStyle(extra));
        characters(s);
        m_xml.writeEndElement();
    }
}

void OdtWriter::paragraph(const RichText &text, const TextStyle &style, const QString &extra)
{
    m_xml.writeStartElement(QStringLiteral("text:p"));
    m_xml.writeAttribute(QStringLiteral("text:style-name"), paragraphStyle(style, extra));
    spans(text, style.emphasis);
    m_xml.writeEndElement();
}

void OdtWriter::letterhead(const Letterhead &head)
{
    const QString table = tableStyle({ kLeftColumnMm, kTextWidthMm - kLeftColumnMm });
    m_xml.writeStartElement(QStringLiteral("table:table"));
    m_xml.writeAttribute(QStringLiteral("table:style-name"), table);
    for (int c = 0; c < 2; ++c) {
        m_xml.writeEmptyElement(QStringLiteral("table:table-column"));
        m_xml.writeAttribute(QStringLiteral("table:style-name"),
                             QStringLiteral("%1.%2").arg(table).arg(c));
    }
    TextStyle line;
    line.pointSize = 13;
    line.align = Qt::AlignHCenter;
    m_xml.writeStartElement(QStringLiteral("table:table-row"));
    m_xml.writeStartElement(QStringLiteral("table:table-cell"));
    m_xml.writeAttribute(QStringLiteral("table:style-name"), cellStyle(false));
    TextStyle bold = line;
    bold.emphasis = Bold;
    for (const QString &b : head.body)
        paragraph(b.toUpper(), bold);
    paragraph(QStringLiteral("***"), line);
    paragraph(head.number, line);
    if (!head.subject.isEmpty()) {
        TextStyle subject = line;
        subject.pointSize = 12;
        paragraph(head.subject, subject);
    }
    m_xml.writeEndElement();
    m_xml.writeStartElement(QStringLiteral("table:table-cell"));
    m_xml.writeAttribute(QStringLiteral("table:style-name"), cellStyle(false));
    TextStyle party = line;
    party.pointSize = 14;
    party.emphasis = Bold | Underline;
    paragraph(head.party.toUpper(), party);
    // The date on the line of the number.
    for (qsizetype i = 0; i < head.body.size(); ++i)
        paragraph({}, line);
    TextStyle date = line;
    date.pointSize = 14;
    date.emphasis = Italic;
    paragraph(head.placeAndDate, date);
    m_xml.writeEndElement();
    m_xml.writeEndElement(); // row
    m_xml.writeEndElement(); // table
    TextStyle gap;
    gap.pointSize = 10;
    paragraph({}, gap);
}

void OdtWriter::title(const Title &t)
{
    TextStyle s;
    s.pointSize = 14;
    s.emphasis = Bold;
    s.align = Qt::AlignHCenter;
    s.keepWithNext = true;
    paragraph(t.name.toUpper(), s);
    if (!t.subtitle.isEmpty()) {
        s.leftIndentMm = 8;
        paragraph(t.subtitle, s);
    }
    TextStyle after;
    after.pointSize = 6;
    after.spaceAfterPt = 12;
    after.keepWithNext = true;
    paragraph({}, after, t.rule ? QStringLiteral("rule") : QString());
}

void OdtWriter::table(const Table &t)
{
    qreal total = 0;
    for (const TableColumn &c : t.columns)
        total += c.widthMm;
    QList<qreal> widths;
    for (const TableColumn &c : t.columns)
        widths << c.widthMm * kTextWidthMm / (total > 0 ? total : 1);
    const QString style = tableStyle(widths);
    const int columns = int(t.columns.size());
    m_xml.writeStartElement(QStringLiteral("table:table"));
    m_xml.writeAttribute(QStringLiteral("table:style-name"), style);
    for (int c = 0; c < columns; ++c) {
        m_xml.writeEmptyElement(QStringLiteral("table:table-column"));
        m_xml.writeAttribute(QStringLiteral("table:style-name"),
                             QStringLiteral("%1.%2").arg(style).arg(c));
    }

    TextStyle cell;
    cell.pointSize = t.bodyPt;
    const auto startRow = [&] {
        m_xml.writeStartElement(QStringLiteral("table:table-row"));
        m_xml.writeAttribute(QStringLiteral("table:style-name"), style + QStringLiteral(".row"));
    };
    const auto startCell = [&](int columnSpan, int rowSpan) {
        m_xml.writeStartElement(QStringLiteral("table:table-cell"));
        m_xml.writeAttribute(QStringLiteral("table:style-name"), cellStyle(true));
        m_xml.writeAttribute(QStringLiteral("office:value-type"), QStringLiteral("string"));
        if (columnSpan > 1)
            m_xml.writeAttribute(QStringLiteral("table:number-columns-spanned"),
                                 QString::number(columnSpan));
        if (rowSpan > 1)
            m_xml.writeAttribute(QStringLiteral("table:number-rows-spanned"),
                                 QString::number(rowSpan));
    };

    // The header rows, repeated on every page; cells covered by a span are written as such.
    int headerRows = 0;
    for (const TableHeaderCell &h : t.header)
        headerRows = std::max(headerRows, h.row + h.rowSpan);
    m_xml.writeStartElement(QStringLiteral("table:table-header-rows"));
    TextStyle head = cell;
    head.emphasis = Bold;
    head.align = Qt::AlignHCenter;
    for (int r = 0; r < headerRows; ++r) {
        startRow();
        for (int c = 0; c < columns; ++c) {
            const TableHeaderCell *at = nullptr;
            for (const TableHeaderCell &h : t.header)
                if (h.row == r && h.column == c)
                    at = &h;
            if (!at) {
                m_xml.writeEmptyElement(QStringLiteral("table:covered-table-cell"));
                continue;
            }
            startCell(at->columnSpan, at->rowSpan);
            paragraph(at->text, head);
            m_xml.writeEndElement();
        }
        m_xml.writeEndElement();
    }
    m_xml.writeEndElement(); // header rows

    for (const TableRow &row : t.rows) {
        startRow();
        if (row.kind != TableRow::Kind::Cells) {
            TextStyle span = cell;
            span.emphasis = row.kind == TableRow::Kind::Heading ? Bold : Plain;
            startCell(columns, 1);
            paragraph(row.text, span);
            m_xml.writeEndElement();
            for (int c = 1; c < columns; ++c)
                m_xml.writeEmptyElement(QStringLiteral("table:covered-table-cell"));
        } else {
            for (int i = 0, c = 0; c < columns; ++i) {
                const int span
                    = std::clamp(i < row.spans.size() ? row.spans[i] : 1, 1, columns - c);
                TextStyle s = cell;
                s.align = t.columns[c].align;
                s.emphasis = row.bold ? Bold : Plain;
                startCell(span, 1);
                paragraph(i < row.cells.size() ? row.cells[i] : QString(), s);
                m_xml.writeEndElement();
                for (int k = 1; k < span; ++k)
                    m_xml.writeEmptyElement(QStringLiteral("table:covered-table-cell"));
                c += span;
            }
        }
        m_xml.writeEndElement();
    }
    m_xml.writeEndElement(); // table
}

void OdtWriter::signature(const Signature &s)
{
    const qreal leftMm = kTextWidthMm - kSignatureWidthMm;
    const QString table = tableStyle({ leftMm, kSignatureWidthMm });
    TextStyle gap;
    gap.pointSize = 6;
    gap.keepWithNext = true;
    paragraph({}, gap);
    m_xml.writeStartElement(QStringLiteral("table:table"));
    m_xml.writeAttribute(QStringLiteral("table:style-name"), table);
    for (int c = 0; c < 2; ++c) {
        m_xml.writeEmptyElement(QStringLiteral("table:table-column"));
        m_xml.writeAttribute(QStringLiteral("table:style-name"),
                             QStringLiteral("%1.%2").arg(table).arg(c));
    }
    m_xml.writeStartElement(QStringLiteral("table:table-row"));
    m_xml.writeAttribute(QStringLiteral("table:style-name"), table + QStringLiteral(".row"));
    m_xml.writeStartElement(QStringLiteral("table:table-cell"));
    m_xml.writeAttribute(QStringLiteral("table:style-name"), cellStyle(false));
    TextStyle item;
    item.pointSize = 11;
    item.align = Qt::AlignLeft;
    if (!s.preparedTitle.isEmpty()) {
        TextStyle prepared = item;
        prepared.pointSize = 14;
        prepared.emphasis = Bold;
        prepared.align = Qt::AlignHCenter;
        paragraph({}, prepared);
        paragraph(s.preparedTitle.toUpper(), prepared);
        for (int i = 0; i < 4; ++i)
            paragraph({}, prepared);
        paragraph(s.preparedName, prepared);
    } else if (s.recipients.isEmpty()) {
        paragraph({}, item);
    } else {
        TextStyle head = item;
        head.pointSize = 12;
        head.emphasis = Bold | Italic;
        paragraph(QStringLiteral("Nơi nhận:"), head);
        for (const QString &r : s.recipients)
            paragraph(r, item);
    }
    if (!s.scanCode.isEmpty())
        scanCode(s.scanCode);
    m_xml.writeEndElement();
    m_xml.writeStartElement(QStringLiteral("table:table-cell"));
    m_xml.writeAttribute(QStringLiteral("table:style-name"), cellStyle(false));
    TextStyle sig;
    sig.pointSize = 14;
    sig.emphasis = Bold;
    sig.align = Qt::AlignHCenter;
    paragraph(s.capacity.toUpper(), sig);
    paragraph(s.title.toUpper(), sig);
    for (int i = 0; i < 4; ++i)
        paragraph({}, sig);
    paragraph(s.name, sig);
    m_xml.writeEndElement();
    m_xml.writeEndElement(); // row
    m_xml.writeEndElement(); // table
}

void OdtWriter::scanCode(const QString &code)
{
    const auto qr = QrCode::encode(code.toUtf8());
    if (!qr)
        return;
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    qr->image(8).save(&buffer, "PNG");
    const QString name = QStringLiteral("Pictures/qr%1.png").arg(m_pictures.size() + 1);
    m_pictures << OdtPart { name, png };

    TextStyle caption;
    caption.pointSize = 10;
    caption.align = Qt::AlignHCenter;
    const QString side = QStringLiteral("22mm");
    m_xml.writeStartElement(QStringLiteral("text:p"));
    m_xml.writeAttribute(QStringLiteral("text:style-name"), paragraphStyle(caption));
    m_xml.writeStartElement(QStringLiteral("draw:frame"));
    m_xml.writeAttribute(QStringLiteral("draw:name"),
                         QStringLiteral("qr%1").arg(m_pictures.size()));
    m_xml.writeAttribute(QStringLiteral("text:anchor-type"), QStringLiteral("as-char"));
    m_xml.writeAttribute(QStringLiteral("svg:width"), side);
    m_xml.writeAttribute(QStringLiteral("svg:height"), side);
    m_xml.writeEmptyElement(QStringLiteral("draw:image"));
    m_xml.writeAttribute(QStringLiteral("xlink:href"), name);
    m_xml.writeAttribute(QStringLiteral("xlink:type"), QStringLiteral("simple"));
    m_xml.writeAttribute(QStringLiteral("xlink:show"), QStringLiteral("embed"));
    m_xml.writeAttribute(QStringLiteral("xlink:actuate"), QStringLiteral("onLoad"));
    m_xml.writeEndElement(); // frame
    m_xml.writeEndElement(); // p
    paragraph(code, caption);
}

} // namespace dd::documents
