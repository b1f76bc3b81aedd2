#include "documents/papertext.h"

#include "text/vietnamese.h"

#include <QRegularExpression>

#include <algorithm>

namespace dd::documents::papertext {

QString dateWords(const QDate &date, int fallbackYear)
{
    if (!date.isValid()) {
        const QString year
            = fallbackYear > 0 ? QString::number(fallbackYear) : QStringLiteral("     ");
        return QStringLiteral("ngày      tháng      năm %1").arg(year);
    }
    const int d = date.day();
    const int m = date.month();
    const QString day = d < 10 ? QStringLiteral("0%1").arg(d) : QString::number(d);
    const QString month = m < 3 ? QStringLiteral("0%1").arg(m) : QString::number(m);
    return QStringLiteral("ngày %1 tháng %2 năm %3").arg(day, month, QString::number(date.year()));
}

QString placeAndDate(const QString &place, const QDate &date, int fallbackYear)
{
    return place + QStringLiteral(", ") + dateWords(date, fallbackYear);
}

QString shortDate(const QDate &date)
{
    return date.isValid() ? date.toString(QStringLiteral("dd/MM/yyyy")) : QString();
}

QString weekday(const QDate &date)
{
    switch (date.dayOfWeek()) {
    case 1:
        return QStringLiteral("Thứ Hai");
    case 2:
        return QStringLiteral("Thứ Ba");
    case 3:
        return QStringLiteral("Thứ Tư");
    case 4:
        return QStringLiteral("Thứ Năm");
    case 5:
        return QStringLiteral("Thứ Sáu");
    case 6:
        return QStringLiteral("Thứ Bảy");
    case 7:
        return QStringLiteral("Chủ nhật");
    default:
        return {};
    }
}

QString numberingSymbol(const DocumentSettings &settings, PaperKind kind)
{
    const auto it = settings.numbering.constFind(kind);
    if (it != settings.numbering.constEnd() && !it->symbol.trimmed().isEmpty())
        return it->symbol.trimmed();
    switch (kind) {
    case PaperKind::PersonInvitation:
    case PaperKind::UnitInvitation:
        return QStringLiteral("GM/TĐTN-VP");
    case PaperKind::DelegateList:
    case PaperKind::SignInSheet:
        return QStringLiteral("DS/TĐTN-VP");
    case PaperKind::Programme:
        return QStringLiteral("CTr/TĐTN-VP");
    case PaperKind::QuestionSummary:
        return QStringLiteral("BC/TĐTN-TCKT");
    case PaperKind::OnlineNotice:
        return QStringLiteral("TB/TĐTN-VP");
    case PaperKind::ForwardLetter:
        return QStringLiteral("CV/TĐTN-TCKT");
    case PaperKind::Budget:
        return QStringLiteral("DT/TĐTN-VP");
    case PaperKind::Badges:
    case PaperKind::PlaceCards:
    case PaperKind::Labels:
        return {}; // not numbered
    case PaperKind::Report:
        return QStringLiteral("BC/TĐTN-VP");
    case PaperKind::Plan:
        break;
    }
    return QStringLiteral("KH/TĐTN-TCKT");
}

QString numberLine(int number, const QString &symbol)
{
    // Blanks wide enough to write a number in by hand.
    const QString n = number <= 0 ? QStringLiteral("        ")
        : number < 10             ? QStringLiteral("0%1").arg(number)
                                  : QString::number(number);
    return QStringLiteral("Số: ") + n + QLatin1Char('-') + symbol;
}

QString roman(int n)
{
    static const struct
    {
        int value;
        const char *digits;
    } table[] = { { 1000, "M" }, { 900, "CM" }, { 500, "D" }, { 400, "CD" }, { 100, "C" },
                  { 90, "XC" },  { 50, "L" },   { 40, "XL" }, { 10, "X" },   { 9, "IX" },
                  { 5, "V" },    { 4, "IV" },   { 1, "I" } };
    if (n <= 0)
        return QString::number(n);
    QString out;
    for (const auto &r : table)
        while (n >= r.value) {
            out += QLatin1String(r.digits);
            n -= r.value;
        }
    return out;
}

QString eventTime(const Event &event, const Plan *plan)
{
    if (!event.date.isValid()) {
        if (event.plannedMonth > 0 && event.plannedYear > 0)
            return QStringLiteral("Dự kiến trong tháng %1 năm %2")
                .arg(event.plannedMonth)
                .arg(event.plannedYear);
        if (event.plannedYear > 0)
            return QStringLiteral("Dự kiến trong năm %1").arg(event.plannedYear);
        return QStringLiteral("Sẽ thông báo sau");
    }
    const QString day
        = QStringLiteral("ngày %1 (%2)").arg(shortDate(event.date), weekday(event.date));
    if (plan && plan->startTime.isValid())
        return QStringLiteral("%1 giờ %2, %3")
            .arg(plan->startTime.hour(), 2, 10, QLatin1Char('0'))
            .arg(plan->startTime.minute(), 2, 10, QLatin1Char('0'))
            .arg(day);
    return day.at(0).toUpper() + day.mid(1);
}

QString venue(const PaperData &data, const Plan *plan)
{
    if (!plan)
        return QStringLiteral("Sẽ thông báo sau");
    QString out = plan->venue.trimmed();
    if (plan->kind == PlanKind::Online && !plan->livestreamUrl.trimmed().isEmpty()) {
        const QString stream = QStringLiteral("phát trực tiếp (livestream) trên ")
            + fanpageName(data) + QStringLiteral(", địa chỉ: ") + plan->livestreamUrl.trimmed();
        out = out.isEmpty() ? stream.at(0).toUpper() + stream.mid(1)
                            : out + QStringLiteral("; đồng thời ") + stream;
    }
    if (out.isEmpty())
        out = QStringLiteral("Sẽ thông báo sau");
    return out;
}

QString planForm(PlanKind kind)
{
    return kind == PlanKind::Online ? QStringLiteral("trực tuyến") : QStringLiteral("trực tiếp");
}

QString planWords(const PaperData &data, PlanKind kind)
{
    const Plan *p = data.plan(kind);
    const int number = p && p->number > 0 ? p->number : (kind == PlanKind::Online ? 2 : 1);
    return QStringLiteral("Phương án %1: %2").arg(number).arg(planForm(kind));
}

QString issuingBodyName(const PaperData &data)
{
    QString cap = data.settings.signerCapacity.trimmed();
    static const QRegularExpression prefix(QStringLiteral("^(TM|KT|TL|TUQ|Q)\\.\\s*"));
    const bool onBehalfOfBody = cap.startsWith(QStringLiteral("TM."), Qt::CaseInsensitive);
    const bool forPerson = !onBehalfOfBody && prefix.match(cap).hasMatch();
    cap.remove(prefix);
    if (cap.compare(QStringLiteral("BAN THƯỜNG VỤ TỈNH ĐOÀN"), Qt::CaseInsensitive) == 0
        || cap.isEmpty())
        return QStringLiteral("Ban Thường vụ Tỉnh đoàn");
    if (!data.event.organiser.trimmed().isEmpty())
        return data.event.organiser.trimmed();
    // "KT. BÍ THƯ": a deputy signs for the Secretary, a person; the paper is still the
    // Standing Committee's, never "Bí thư trân trọng kính mời".
    if (forPerson)
        return QStringLiteral("Ban Thường vụ Tỉnh đoàn");
    // Sentence case of a capitalised body name; proper names stay readable enough.
    const QString lower = cap.toLower();
    return lower.at(0).toUpper() + lower.mid(1);
}

QString bareItem(const QString &line)
{
    QString s = line.trimmed();
    static const QRegularExpression lead(QStringLiteral("^[-–+•]\\s*"));
    s.remove(lead);
    while (s.endsWith(QLatin1Char(';')) || s.endsWith(QLatin1Char('.'))
           || s.endsWith(QLatin1Char(',')))
        s.chop(1);
    return s.trimmed();
}

QStringList lines(const QString &text)
{
    QStringList out;
    for (const QString &l : text.split(QLatin1Char('\n'))) {
        const QString t = l.trimmed();
        if (!t.isEmpty())
            out << t;
    }
    return out;
}

QStringList recipientLines(const QStringList &recipients)
{
    QStringList items;
    QString archive;
    for (const QString &r : recipients) {
        const QString item = bareItem(r);
        if (item.isEmpty())
            continue;
        if (item.startsWith(QStringLiteral("Lưu")))
            archive = item;
        else
            items << item;
    }
    if (archive.isEmpty())
        archive = QStringLiteral("Lưu VP");
    QStringList out;
    for (const QString &item : std::as_const(items))
        out << QStringLiteral("- ") + item + QLatin1Char(';');
    out << QStringLiteral("- ") + archive + QLatin1Char('.');
    return out;
}

QStringList recipientsButSigner(const DocumentSettings &settings)
{
    const QString signer = dd::text::fold(settings.signerName.simplified());
    QStringList out;
    for (const QString &r : settings.recipients)
        if (signer.isEmpty() || !dd::text::fold(r.simplified()).contains(signer))
            out << r;
    return out;
}

QString blankLine()
{
    return QString(28, QChar(0x2026));
}

namespace {

// "Bí thư Huyện đoàn" + "Huyện đoàn Dương Minh Châu" → "Bí thư Huyện đoàn Dương Minh Châu";
// else "position, place".
QString joinOverlapping(const QString &position, const QString &place)
{
    if (position.isEmpty())
        return place;
    if (place.isEmpty() || position.contains(place, Qt::CaseInsensitive))
        return position;
    const QStringList p = position.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    const QStringList u = place.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (qsizetype k = std::min(p.size() - 1, u.size() - 1); k >= 1; --k) {
        if (p.mid(p.size() - k)
                .join(QLatin1Char(' '))
                .compare(u.mid(0, k).join(QLatin1Char(' ')), Qt::CaseInsensitive)
            == 0)
            return p.mid(0, p.size() - k).join(QLatin1Char(' ')) + QLatin1Char(' ') + place;
    }
    return position + QStringLiteral(", ") + place;
}

} // namespace

QString positionAndUnit(const Attendee &a, const PaperData &data)
{
    return joinOverlapping(a.position.trimmed(), data.unitName(a.unitId).trimmed());
}

QString positionWorkplaceAndUnit(const Attendee &a, const PaperData &data)
{
    const QString workplace = a.workplace.trimmed();
    const QString unit = data.unitName(a.unitId).trimmed();
    if (workplace.isEmpty() || a.position.contains(workplace, Qt::CaseInsensitive))
        return positionAndUnit(a, data);
    const QString head = joinOverlapping(a.position.trimmed(), workplace);
    return head.contains(unit, Qt::CaseInsensitive) ? head : joinOverlapping(head, unit);
}

QString dayInSentence(const QDate &date, int fallbackYear)
{
    if (date.isValid())
        return date.toString(QStringLiteral("d/M/yyyy"));
    return QStringLiteral("…/…/") + QString::number(fallbackYear);
}

QString contact(const QString &contactLine)
{
    QString t = contactLine.trimmed();
    static const QRegularExpression prefix(QStringLiteral("^(mọi chi tiết( xin)? )?liên hệ[:\\s]*"),
                                           QRegularExpression::CaseInsensitiveOption
                                               | QRegularExpression::UseUnicodePropertiesOption);
    t.remove(prefix);
    while (t.endsWith(QLatin1Char('.')) || t.endsWith(QLatin1Char(';')))
        t.chop(1);
    return t.trimmed();
}

QString fanpageName(const PaperData &data)
{
    for (const EventUnit &eu : data.eventUnits) {
        const auto it = data.units.constFind(eu.unitId);
        if (eu.role == UnitRole::Organiser && it != data.units.constEnd()
            && it->kind == UnitKind::Provincial && it->parentId == 0)
            return QStringLiteral("Fanpage ") + it->name;
    }
    return QStringLiteral("Fanpage Tỉnh đoàn");
}

QString intakeChannels(const Event &ev)
{
    QString out;
    if (!ev.intakeEmail.trimmed().isEmpty())
        out = QStringLiteral("qua email: ") + ev.intakeEmail.trimmed();
    if (!ev.intakeContact.trimmed().isEmpty())
        out += (out.isEmpty() ? QStringLiteral("qua ") : QStringLiteral(" hoặc trực tiếp "))
            + ev.intakeContact.trimmed();
    if (!ev.intakePhone.trimmed().isEmpty())
        out += QStringLiteral(", điện thoại: ") + ev.intakePhone.trimmed();
    return out;
}

QString lowerFirst(const QString &s)
{
    if (s.size() > 1 && s.at(1).isUpper())
        return s;
    return s.isEmpty() ? s : s.at(0).toLower() + s.mid(1);
}

} // namespace dd::documents::papertext
