#include "documents/paperparts.h"

#include "documents/papertext.h"

namespace dd::documents::parts {

TextStyle body()
{
    TextStyle s;
    s.pointSize = 14;
    s.align = Qt::AlignJustify;
    s.firstIndentMm = 10;
    s.spaceAfterPt = 6;
    return s;
}

TextStyle item()
{
    TextStyle s = body();
    s.spaceAfterPt = 3;
    return s;
}

TextStyle heading()
{
    TextStyle s = body();
    s.emphasis = Bold;
    s.align = Qt::AlignLeft;
    s.spaceBeforePt = 3;
    s.keepWithNext = true;
    return s;
}

TextStyle centred()
{
    TextStyle s = body();
    s.firstIndentMm = 0;
    s.align = Qt::AlignHCenter;
    s.spaceAfterPt = 2;
    return s;
}

int eventYear(const Event &event)
{
    if (event.date.isValid())
        return event.date.year();
    return event.plannedYear > 0 ? event.plannedYear : QDate::currentDate().year();
}

Letterhead letterhead(const PaperData &data, PaperKind kind, const QString &subject)
{
    const DocumentSettings &st = data.settings;
    Letterhead h;
    for (const QString &line : { st.issuingBodyLine1, st.issuingBodyLine2 })
        if (!line.trimmed().isEmpty())
            h.body << line.trimmed();
    if (paperCarriesNumber(kind))
        h.number = papertext::numberLine(data.number, papertext::numberingSymbol(st, kind));
    h.subject = subject;
    h.party = st.partyLine.trimmed();
    h.placeAndDate = papertext::placeAndDate(st.placeName, data.issueDate, eventYear(data.event));
    return h;
}

Signature signature(const PaperData &data, const QStringList &recipients)
{
    const DocumentSettings &st = data.settings;
    return Signature { st.signerCapacity, st.signerTitle, st.signerName, recipients };
}

namespace {

// "Lưu VP, BTCKT" from the settings' recipients, or empty (recipientLines adds "Lưu VP").
QString archiveLine(const PaperData &data)
{
    for (const QString &r : data.settings.recipients) {
        const QString item = papertext::bareItem(r);
        if (item.startsWith(QStringLiteral("Lưu")))
            return item;
    }
    return {};
}

} // namespace

QStringList letterRecipients(const PaperData &data)
{
    return papertext::recipientLines({ QStringLiteral("Như trên"), archiveLine(data) });
}

QStringList reportRecipients(const PaperData &data)
{
    return papertext::recipientLines(
        { QStringLiteral("Các cơ quan, đơn vị liên quan"), archiveLine(data) });
}

QString meetingName(const Event &event)
{
    const QString t = event.title.trimmed();
    if (t.isEmpty())
        return QStringLiteral("Hội nghị");
    if (t.startsWith(QStringLiteral("Hội nghị"), Qt::CaseInsensitive))
        return t;
    return QStringLiteral("Hội nghị ") + t.at(0).toLower() + t.mid(1);
}

QString meetingInSentence(const Event &event)
{
    const QString m = meetingName(event);
    return m.at(0).toLower() + m.mid(1);
}

} // namespace dd::documents::parts
