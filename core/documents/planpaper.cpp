// "Kế hoạch": the plan regenerated from the event's data, in the layout of the 2021 plan.
#include "documents/paperparts.h"
#include "documents/papers.h"
#include "documents/papertext.h"
#include "domain/schedule.h"

#include <algorithm>

namespace dd::documents::papers {

namespace {

QString lowerFirst(const QString &s)
{
    return s.isEmpty() ? s : s.at(0).toLower() + s.mid(1);
}

// "- a;" … "- z." for a list of items.
void dashList(PageWriter &w, const QStringList &items, const QString &lastEnd = QStringLiteral("."))
{
    for (int i = 0; i < items.size(); ++i)
        w.paragraph(QStringLiteral("- ") + items[i]
                        + (i + 1 < items.size() ? QStringLiteral(";") : lastEnd),
                    parts::item());
}

// Free text where each line is a "- " paragraph (the dash is added when missing).
void textLines(PageWriter &w, const QString &text)
{
    for (const QString &l : papertext::lines(text)) {
        QString line = l;
        if (!line.startsWith(QLatin1Char('-')) && !line.startsWith(QLatin1Char('+')))
            line = QStringLiteral("- ") + line;
        w.paragraph(line, parts::item());
    }
}

QString joinNames(const QStringList &names)
{
    return names.join(QStringLiteral("; "));
}

QStringList unitNames(const PaperData &data, UnitRole role)
{
    QStringList out;
    for (const EventUnit &eu : data.eventUnits)
        if (eu.role == role) {
            const QString n = data.unitName(eu.unitId);
            if (!n.isEmpty())
                out << n;
        }
    return out;
}

QString quotaText(const EventUnit &eu)
{
    const QString note = eu.quotaNote.trimmed();
    if (note.startsWith(QStringLiteral("đồng chí"), Qt::CaseInsensitive))
        return QStringLiteral("%1 %2").arg(eu.quota).arg(note);
    if (note.isEmpty())
        return QStringLiteral("%1 đồng chí").arg(eu.quota);
    return QStringLiteral("%1 đồng chí (%2)").arg(eu.quota).arg(note);
}

QString introduction(const PaperData &data)
{
    const Event &ev = data.event;
    if (!ev.introduction.trimmed().isEmpty())
        return ev.introduction.trimmed();
    QString out;
    if (!ev.parentPlanRef.trimmed().isEmpty()) {
        out = QStringLiteral("Thực hiện ") + papertext::bareItem(ev.parentPlanRef);
        if (!ev.schemeRef.trimmed().isEmpty())
            out += QStringLiteral(" về việc thực hiện “") + papertext::bareItem(ev.schemeRef)
                + QStringLiteral("”");
        out += QStringLiteral(". ");
    }
    out += papertext::issuingBodyName(data) + QStringLiteral(" ban hành kế hoạch ")
        + lowerFirst(ev.title.trimmed()) + QStringLiteral(", cụ thể như sau:");
    return out;
}

} // namespace

void plan(PageWriter &w, const PaperData &data, const PaperOptions &)
{
    const Event &ev = data.event;
    const TextStyle head = parts::heading();
    TextStyle sub = head; // "1. Mục đích"
    sub.spaceBeforePt = 0;
    sub.firstIndentMm = 10;
    TextStyle subPlain = sub; // "1. Nội dung:" lead-ins that carry text
    subPlain.emphasis = Plain;

    w.startDocument();
    parts::letterhead(w, data, PaperKind::Plan);
    parts::title(w, QStringLiteral("KẾ HOẠCH"), ev.title.trimmed(), true);
    w.paragraph(introduction(data), parts::body());

    // I. MỤC ĐÍCH, YÊU CẦU
    w.paragraph(QStringLiteral("I. MỤC ĐÍCH, YÊU CẦU"), head);
    w.paragraph(QStringLiteral("1. Mục đích"), sub);
    textLines(w, ev.purpose);
    w.paragraph(QStringLiteral("2. Yêu cầu"), sub);
    textLines(w, ev.requirements);

    // II. NỘI DUNG, HÌNH THỨC, CHƯƠNG TRÌNH
    w.paragraph(QStringLiteral("II. NỘI DUNG, HÌNH THỨC, CHƯƠNG TRÌNH"), head);
    w.paragraph(QStringLiteral("1. Nội dung:"), sub);
    QString lead = ev.content.trimmed();
    if (lead.isEmpty())
        lead = QStringLiteral("Nội dung gặp gỡ, đối thoại tập trung xoay quanh các chủ đề sau:");
    w.paragraph(lead, parts::body());
    QList<Topic> topics = data.topics;
    std::stable_sort(topics.begin(), topics.end(),
                     [](const Topic &a, const Topic &b) { return a.position < b.position; });
    for (const Topic &t : std::as_const(topics)) {
        QString title = papertext::bareItem(t.title);
        w.paragraph(QStringLiteral("- ") + title + QLatin1Char('.'), parts::item());
    }

    w.paragraph(QStringLiteral("2. Hình thức tổ chức:"), sub);
    QList<Plan> plans = data.plans;
    std::stable_sort(plans.begin(), plans.end(),
                     [](const Plan &a, const Plan &b) { return a.number < b.number; });
    for (const Plan &p : std::as_const(plans)) {
        RichText name;
        QString title = p.name.trimmed();
        if (title.isEmpty())
            title = planKindVietnamese(p.kind).section(QStringLiteral(": "), 1);
        name.add(QStringLiteral("Phương án %1: ").arg(p.number), Bold | Italic);
        name.add(title.at(0).toUpper() + title.mid(1), Bold | Italic);
        QString cond = p.condition.trimmed();
        if (!cond.isEmpty()) {
            if (!cond.startsWith(QLatin1Char('(')))
                cond = QStringLiteral("(") + cond + QLatin1Char(')');
            name.add(QLatin1Char(' ') + cond, Italic);
        }
        TextStyle planHead = parts::body();
        planHead.keepWithNext = true;
        w.paragraph(name, planHead);
        for (const QString &l : papertext::lines(p.description))
            w.paragraph(l, parts::body());
    }

    w.paragraph(QStringLiteral("3. Chương trình chi tiết:"), sub);
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
        w.paragraph(line + QLatin1Char('.'), parts::item());
    }

    // III. THÀNH PHẦN, SỐ LƯỢNG, THỜI GIAN VÀ ĐỊA ĐIỂM
    w.paragraph(QStringLiteral("III. THÀNH PHẦN, SỐ LƯỢNG, THỜI GIAN VÀ ĐỊA ĐIỂM"), head);
    w.paragraph(QStringLiteral("1. Thành phần chủ trì đối thoại trực tiếp:"), sub);
    QStringList chairs;
    for (const QString &n : unitNames(data, UnitRole::Organiser))
        chairs << QStringLiteral("Đại diện lãnh đạo ") + n;
    const QStringList hosts = unitNames(data, UnitRole::Host);
    if (!hosts.isEmpty())
        chairs << QStringLiteral("Đại diện lãnh đạo ") + joinNames(hosts);
    dashList(w, chairs);

    w.paragraph(QStringLiteral("2. Thành phần khách mời:"), sub);
    dashList(w, unitNames(data, UnitRole::Guest));

    const Plan *inPerson = data.plan(PlanKind::InPerson);
    RichText delegates(QStringLiteral("3. Thành phần, số lượng đại biểu tham dự:"), Bold);
    if (inPerson && inPerson->capacity > 0)
        delegates.add(QStringLiteral(" Khoảng %1 đại biểu (số lượng này áp dụng đối với trường hợp "
                                     "tổ chức đối thoại trực tiếp).")
                          .arg(inPerson->capacity));
    w.paragraph(delegates, subPlain);
    // Organiser and participating units with what is asked of them.
    for (const EventUnit &eu : data.eventUnits) {
        if (eu.role != UnitRole::Organiser && eu.role != UnitRole::Participant)
            continue;
        const QString name = data.unitName(eu.unitId);
        QString what = eu.quotaNote.trimmed();
        if (what.isEmpty() && eu.quota > 0)
            what = QStringLiteral("%1 đồng chí").arg(eu.quota);
        if (name.isEmpty() || what.isEmpty())
            continue;
        w.paragraph(QStringLiteral("- ") + name + QStringLiteral(": ") + papertext::bareItem(what)
                        + QLatin1Char('.'),
                    parts::item());
    }
    QList<EventUnit> hostQuotas;
    for (const EventUnit &eu : data.eventUnits)
        if (eu.role == UnitRole::Host && eu.quota > 0)
            hostQuotas << eu;
    if (!hostQuotas.isEmpty()) {
        w.paragraph(QStringLiteral("- Đối với Ban Chấp hành Chi đoàn, Chi hội – nhờ ")
                        + joinNames(hosts).replace(QStringLiteral("; "), QStringLiteral(", "))
                        + QStringLiteral(" mời, số lượng cụ thể như sau:"),
                    parts::item());
        for (const EventUnit &eu : std::as_const(hostQuotas))
            w.paragraph(QStringLiteral("+ ") + data.unitName(eu.unitId) + QStringLiteral(": ")
                            + papertext::bareItem(quotaText(eu)) + QLatin1Char('.'),
                        parts::item());
    }

    RichText when(QStringLiteral("4. Thời gian: "), Bold);
    when.add(papertext::eventTime(ev, data.activePlan()) + QLatin1Char('.'));
    w.paragraph(when, subPlain);
    w.paragraph(QStringLiteral("5. Địa điểm:"), sub);
    for (const Plan &p : std::as_const(plans)) {
        const bool online = p.kind == PlanKind::Online;
        QString line = online ? QStringLiteral("Trường hợp đối thoại trực tuyến tổ chức tại ")
                              : QStringLiteral("Trường hợp đối thoại trực tiếp tổ chức tại ");
        line += p.venue.trimmed().isEmpty() ? QStringLiteral("địa điểm sẽ thông báo sau")
                                            : p.venue.trimmed();
        if (online && !p.livestreamUrl.trimmed().isEmpty())
            line += QStringLiteral("; đồng thời live stream trực tiếp trên Fanpage Tỉnh đoàn (địa "
                                   "chỉ Fanpage: ")
                + p.livestreamUrl.trimmed() + QLatin1Char(')');
        w.paragraph(line + QLatin1Char('.'), parts::body());
    }

    // IV. TỔ CHỨC THỰC HIỆN: the tasks, grouped by owner in their order.
    w.paragraph(QStringLiteral("IV. TỔ CHỨC THỰC HIỆN"), head);
    QList<Task> tasks = data.tasks;
    std::stable_sort(tasks.begin(), tasks.end(),
                     [](const Task &a, const Task &b) { return a.position < b.position; });
    QString owner;
    int ownerNo = 0;
    for (const Task &t : std::as_const(tasks)) {
        QString o = t.ownerLabel.trimmed();
        if (o.isEmpty())
            o = data.unitName(t.ownerUnitId);
        if (o.isEmpty())
            o = QStringLiteral("Các đơn vị");
        if (o != owner || ownerNo == 0) {
            owner = o;
            w.paragraph(QStringLiteral("%1. %2:").arg(++ownerNo).arg(papertext::bareItem(o)), sub);
        }
        for (const QString &l : papertext::lines(t.description)) {
            QString line = l;
            if (!line.startsWith(QLatin1Char('-')) && !line.startsWith(QLatin1Char('+')))
                line = QStringLiteral("- ") + line;
            if (t.dueDate.isValid() && !line.contains(papertext::shortDate(t.dueDate))
                && !line.contains(t.dueDate.toString(QStringLiteral("d/M/yyyy"))))
                line = papertext::bareItem(line).prepend(QStringLiteral("- "))
                    + QStringLiteral(" (hoàn thành trước ngày ") + papertext::shortDate(t.dueDate)
                    + QStringLiteral(").");
            w.paragraph(line, parts::item());
        }
    }

    QString closing = ev.closingText.trimmed();
    if (closing.isEmpty())
        closing = QStringLiteral("Trên đây là Kế hoạch ") + lowerFirst(ev.title.trimmed())
            + QStringLiteral(" của ") + papertext::issuingBodyName(data)
            + QStringLiteral(", đề nghị các đơn vị triển khai thực hiện nghiêm túc./.");
    w.paragraph(closing, parts::body());
    parts::signature(w, data, papertext::recipientLines(data.settings.recipients));
}

} // namespace dd::documents::papers
