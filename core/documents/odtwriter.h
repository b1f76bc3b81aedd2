#pragma once

#include "documents/paper.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QXmlStreamWriter>

#include <functional>

namespace dd::documents {

// One file of an OpenDocument package.
struct OdtPart
{
    QString name; // "mimetype", "content.xml", …
    QByteArray content;
};

// Writes a paper as an OpenDocument text (ODF 1.3) with the same content as its PDF, for the
// clerk's last change in LibreOffice or Word before signing: A4 with the margins of Decree 30,
// Times New Roman, the header and the signature as borderless two-column tables, the lists
// as ruled tables whose header rows repeat on every page, page numbers from the second page
// of each document, and each document of a batch on a new page numbered from 1. Page breaks
// are the word processor's; the PDF stays the reference.
class OdtWriter
{
public:
    // The files of the package in their order: "mimetype" (to be stored first, uncompressed),
    // "content.xml", "styles.xml", "meta.xml", "META-INF/manifest.xml".
    static QList<OdtPart> write(const Paper &paper);

private:
    OdtWriter();
    QByteArray content(const Paper &paper);

    void document(const PaperDocument &doc);
    void letterhead(const Letterhead &head);
    void title(const Title &title);
    void paragraph(const RichText &text, const TextStyle &style, const QString &extra = {});
    void table(const Table &table);
    void signature(const Signature &signature);
    // The check-in QR code as a picture of the package, and the code under it.
    void scanCode(const QString &code);
    void spans(const RichText &text, unsigned baseEmphasis);

    // Automatic styles, named as they are first needed.
    QString style(const QString &key, const QString &prefix, const QString &family,
                  const std::function<void(QXmlStreamWriter &)> &fill);
    QString paragraphStyle(const TextStyle &style, const QString &extra = {});
    QString textStyle(unsigned emphasis);
    QString cellStyle(bool ruled);
    QString tableStyle(const QList<qreal> &widthsMm);

    QByteArray m_body;
    QXmlStreamWriter m_xml;
    QByteArray m_styles; // the automatic styles, as written
    QXmlStreamWriter m_styleXml;
    QHash<QString, QString> m_named; // style key → name
    int m_counter = 0;
    QList<OdtPart> m_pictures; // "Pictures/qr1.png" …, written after the XML parts
    // The next paragraph starts a new page numbered 1 (the first of a document).
    bool m_startDocument = false;
};

} // namespace dd::documents
