#include "documents/plantext.h"

#include "documents/paperparts.h"
#include "documents/papertext.h"

#include <algorithm>

namespace dd::documents::plantext {

namespace {

QString bold(const QString &s)
{
    return QStringLiteral("**") + s + QStringLiteral("**");
}

// The lines under a heading, or a line of dots to fill by hand when the event has none.
QStringList orBlank(const QStringList &lines)
{
    return lines.isEmpty() ? QStringList { papertext::blankLine() } : lines;
}

// "- a;" … "- z." for a list of items.
QStringList dashList(const QStringList &items)
{
    QStringList out;
    for (int i = 0; i < items.size(); ++i)
        out << QStringLiteral("- ") + items[i]
                + (i + 1 < items.size() ? QStringLiteral(";") : QStringLiteral("."));
    return out;
}

// Free text where each line becomes a "- " paragraph (the dash added when missing).
QStringList dashLines(const QString &text)
{
    QStringList out;
    for (const QString &l : papertext::lines(text))
        out << (l.startsWith(QLatin1Char('-')) || l.startsWith(QLatin1Char('+'))
                    ? l
                    : QStringLiteral("- ") + l);
    return out;
}

QStringList unitNames(const PaperData &data, UnitRole role)
{
    QStringList out;
    for (const EventUnit &eu : data.eventUnits)
        if (eu.role == role && !data.unitName(eu.unitId).isEmpty())
            out << data.unitName(eu.unitId);
    return out;
}

// The organiser as the plan calls it: the short name of its top unit ("Tỉnh đoàn").
QString organiserName(const PaperData &data)
{
    for (const EventUnit &eu : data.eventUnits) {
        const auto it = data.units.constFind(eu.unitId);
        if (eu.role == UnitRole::Organiser && it != data.units.constEnd() && it->parentId == 0)
            return it->shortName.trimmed().isEmpty() ? it->name : it->shortName.trimmed();
    }
    return QStringLiteral("Tỉnh đoàn");
}

QString introduction(const PaperData &data)
{
    const Event &ev = data.event;
    if (!ev.introduction.trimmed().isEmpty())
        return ev.introduction.trimmed();
    QString out;
    if (!ev.parentPlanRef.trimmed().isEmpty())
        out = QStringLiteral("Thực hiện ") + papertext::bareItem(ev.parentPlanRef)
            + QStringLiteral(". ");
    return out + papertext::issuingBodyName(data) + QStringLiteral(" ban hành kế hoạch ")
        + papertext::lowerFirst(ev.title.trimmed()) + QStringLiteral(", cụ thể như sau:");
}

QStringList participants(const PaperData &data)
{
    QStringList out;
    const Plan *inPerson = data.plan(PlanKind::InPerson);
    QString head = bold(QStringLiteral("3. Thành phần, số lượng đại biểu tham dự:"));
    if (inPerson && inPerson->capacity > 0)
        head += QStringLiteral(" Khoảng %1 đại biểu (số lượng này áp dụng đối với trường hợp tổ "
                               "chức đối thoại trực tiếp).")
                    .arg(inPerson->capacity);
    out << head;
    QString participantNote;
    QStringList hosts;
    QList<EventUnit> quotas;
    for (const EventUnit &eu : data.eventUnits) {
        const QString note = papertext::bareItem(eu.quotaNote);
        if (eu.role == UnitRole::Organiser && !note.isEmpty())
            out << QStringLiteral("- Cấp tỉnh: ") + note + QLatin1Char('.');
        else if (eu.role == UnitRole::Participant && participantNote.isEmpty())
            participantNote = note.isEmpty() ? QStringLiteral("Đại diện lãnh đạo") : note;
        else if (eu.role == UnitRole::Host) {
            hosts << data.unitName(eu.unitId);
            if (eu.quota > 0)
                quotas << eu;
        }
    }
    if (!participantNote.isEmpty())
        out << QStringLiteral("- Đối với các huyện, thị, thành đoàn và đoàn trực thuộc: ")
                + participantNote
                + QStringLiteral(" các huyện, thị, thành đoàn và đoàn trực thuộc.");
    if (!quotas.isEmpty()) {
        // Whom the hosts invite is the event's (each unit's quota note), not the sample's
        // branch committees.
        out << QStringLiteral("- Nhờ ") + hosts.join(QStringLiteral(", "))
                + QStringLiteral(" mời, số lượng cụ thể như sau:");
        for (const EventUnit &eu : std::as_const(quotas)) {
            QString note = papertext::bareItem(eu.quotaNote);
            if (note.isEmpty())
                note = QStringLiteral("đồng chí");
            out << QStringLiteral("+ %1: %2 %3.")
                       .arg(data.unitName(eu.unitId))
                       .arg(eu.quota)
                       .arg(note);
        }
    }
    if (out.size() == 1 && !(inPerson && inPerson->capacity > 0))
        out << papertext::blankLine(); // nobody counted yet: a line to fill in
    return out;
}

QStringList tasks(const PaperData &data)
{
    QStringList out;
    QList<Task> list = data.tasks;
    std::stable_sort(list.begin(), list.end(),
                     [](const Task &a, const Task &b) { return a.position < b.position; });
    QString owner;
    int number = 0;
    for (const Task &t : std::as_const(list)) {
        QString o = t.ownerLabel.trimmed();
        if (o.isEmpty())
            o = data.unitName(t.ownerUnitId);
        if (o.isEmpty())
            o = QStringLiteral("Các đơn vị");
        if (o != owner || number == 0) {
            owner = o;
            out << bold(QStringLiteral("%1. %2:").arg(++number).arg(papertext::bareItem(o)));
        }
        out << dashLines(t.description);
    }
    return out;
}

} // namespace

RichText parseLine(const QString &line)
{
    RichText out;
    unsigned emphasis = Plain;
    QString run;
    const auto flush = [&] {
        out.add(run, emphasis);
        run.clear();
    };
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (c == u'\\' && i + 1 < line.size() && line.at(i + 1) == u'*') {
            run += QLatin1Char('*');
            ++i;
            continue;
        }
        if (c != u'*') {
            run += c;
            continue;
        }
        qsizetype stars = 1;
        while (i + stars < line.size() && line.at(i + stars) == u'*' && stars < 3)
            ++stars;
        flush();
        if (stars >= 2)
            emphasis ^= Bold;
        if (stars != 2)
            emphasis ^= Italic;
        i += stars - 1;
    }
    flush();
    return out;
}

QString plain(const QString &line)
{
    return parseLine(line).text();
}

QList<Paragraph> paragraphs(const QString &text)
{
    QList<Paragraph> out;
    for (const QString &line : papertext::lines(text)) {
        Paragraph p { parseLine(line), parts::body() };
        bool emphasised = true;
        for (const RichText::Run &r : p.text.runs())
            if (r.emphasis == Plain && !p.text.text().mid(r.start, r.length).trimmed().isEmpty())
                emphasised = false;
        // A heading, or a line announcing what follows, is never the last on a page.
        p.style.keepWithNext = emphasised || p.text.text().trimmed().endsWith(QLatin1Char(':'));
        if (emphasised)
            p.style.align = Qt::AlignLeft;
        out << p;
    }
    return out;
}

QString draft(const PaperData &data)
{
    const Event &ev = data.event;
    QStringList out;
    out << introduction(data);

    out << bold(QStringLiteral("I. MỤC ĐÍCH, YÊU CẦU")) << bold(QStringLiteral("1. Mục đích"))
        << orBlank(dashLines(ev.purpose)) << bold(QStringLiteral("2. Yêu cầu"))
        << orBlank(dashLines(ev.requirements));

    out << bold(QStringLiteral("II. NỘI DUNG, HÌNH THỨC, CHƯƠNG TRÌNH"))
        << bold(QStringLiteral("1. Nội dung:"));
    out << (ev.content.trimmed().isEmpty()
                ? QStringLiteral("Nội dung tập trung xoay quanh các chủ đề sau:")
                : ev.content.trimmed());
    QList<Topic> topics = data.topics;
    std::stable_sort(topics.begin(), topics.end(),
                     [](const Topic &a, const Topic &b) { return a.position < b.position; });
    for (const Topic &t : std::as_const(topics))
        out << QStringLiteral("- ") + papertext::bareItem(t.title) + QLatin1Char('.');
    if (topics.isEmpty())
        out << papertext::blankLine();

    out << bold(QStringLiteral("2. Hình thức tổ chức:"));
    QList<Plan> plans = data.plans;
    std::stable_sort(plans.begin(), plans.end(),
                     [](const Plan &a, const Plan &b) { return a.number < b.number; });
    for (const Plan &p : std::as_const(plans)) {
        QString name = p.name.trimmed();
        if (name.isEmpty())
            name = papertext::planForm(p.kind);
        QString line = QStringLiteral("***Phương án %1: %2***").arg(p.number).arg(name);
        QString condition = p.condition.trimmed();
        if (!condition.isEmpty())
            line += QStringLiteral(" *(")
                + (condition.startsWith(QLatin1Char('(')) ? condition.mid(1).chopped(1) : condition)
                + QStringLiteral(")*");
        out << line << papertext::lines(p.description);
    }

    out << bold(QStringLiteral("3. Chương trình chi tiết:"));
    QList<AgendaItem> agenda = data.agenda;
    std::stable_sort(agenda.begin(), agenda.end(), [](const AgendaItem &a, const AgendaItem &b) {
        return a.position < b.position;
    });
    for (const AgendaItem &a : std::as_const(agenda)) {
        QString line = QStringLiteral("- ") + papertext::bareItem(a.title);
        if (a.scope == PlanScope::InPersonOnly)
            line += QStringLiteral(" (phương án trực tiếp)");
        else if (a.scope == PlanScope::OnlineOnly)
            line += QStringLiteral(" (phương án trực tuyến)");
        out << line + QLatin1Char('.');
    }
    if (agenda.isEmpty())
        out << papertext::blankLine();

    out << bold(QStringLiteral("III. THÀNH PHẦN, SỐ LƯỢNG, THỜI GIAN VÀ ĐỊA ĐIỂM"))
        << bold(QStringLiteral("1. Thành phần chủ trì đối thoại trực tiếp:"));
    QStringList chairs { QStringLiteral("Đại diện lãnh đạo ") + organiserName(data) };
    const QStringList hosts = unitNames(data, UnitRole::Host);
    if (!hosts.isEmpty())
        chairs << QStringLiteral("Đại diện lãnh đạo ") + hosts.join(QStringLiteral("; "));
    out << dashList(chairs);
    out << bold(QStringLiteral("2. Thành phần khách mời:"))
        << orBlank(dashList(unitNames(data, UnitRole::Guest)));
    out << participants(data);
    out << bold(QStringLiteral("4. Thời gian:")) + QLatin1Char(' ')
            + papertext::eventTime(ev, data.activePlan()) + QLatin1Char('.');
    out << bold(QStringLiteral("5. Địa điểm:"));
    for (const Plan &p : std::as_const(plans)) {
        const bool online = p.kind == PlanKind::Online;
        QString line = online ? QStringLiteral("Trường hợp đối thoại trực tuyến tổ chức tại ")
                              : QStringLiteral("Trường hợp đối thoại trực tiếp tổ chức tại ");
        line += p.venue.trimmed().isEmpty() ? QStringLiteral("địa điểm sẽ thông báo sau")
                                            : p.venue.trimmed();
        if (online && !p.livestreamUrl.trimmed().isEmpty())
            line += QStringLiteral("; đồng thời live stream trực tiếp trên ")
                + papertext::fanpageName(data) + QStringLiteral(" (địa chỉ Fanpage: ")
                + p.livestreamUrl.trimmed() + QLatin1Char(')');
        out << line + QLatin1Char('.');
    }

    out << bold(QStringLiteral("IV. TỔ CHỨC THỰC HIỆN")) << orBlank(tasks(data));

    QString closing = ev.closingText.trimmed();
    if (closing.isEmpty())
        closing = QStringLiteral("Trên đây là Kế hoạch ")
            + papertext::lowerFirst(ev.title.trimmed()) + QStringLiteral(" của ")
            + papertext::issuingBodyName(data)
            + QStringLiteral(", đề nghị các đơn vị triển khai thực hiện nghiêm túc./.");
    out << closing;
    return out.join(QLatin1Char('\n'));
}

} // namespace dd::documents::plantext
