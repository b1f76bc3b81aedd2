// The programme and the summary of the questions sent in.
#include "documents/paperparts.h"
#include "documents/papers.h"
#include "documents/papertext.h"
#include "documents/tablewriter.h"
#include "domain/schedule.h"
#include "text/vietnamese.h"

#include <QHash>

#include <algorithm>
#include <climits>

namespace dd::documents::papers {

namespace {

QString minutesText(int minutes)
{
    if (minutes < 60)
        return QStringLiteral("%1 phút").arg(minutes);
    const int h = minutes / 60;
    const int m = minutes % 60;
    return m == 0 ? QStringLiteral("%1 giờ").arg(h)
                  : QStringLiteral("%1 giờ %2 phút").arg(h).arg(m);
}

struct QuestionGroup
{
    QString name;
    QList<const Question *> items;
};

bool isSummarised(const Question &q)
{
    return q.status != QuestionStatus::Merged && q.status != QuestionStatus::Withdrawn;
}

QList<QuestionGroup> groupQuestions(const PaperData &data, const PaperOptions &opt)
{
    QList<const Question *> qs;
    for (const Question &q : data.questions)
        if (isSummarised(q) && (opt.unitId == 0 || q.unitId == opt.unitId))
            qs << &q;
    std::stable_sort(qs.begin(), qs.end(), [](const Question *a, const Question *b) {
        const int ra = a->runningOrder > 0 ? a->runningOrder : INT_MAX;
        const int rb = b->runningOrder > 0 ? b->runningOrder : INT_MAX;
        if (ra != rb)
            return ra < rb;
        if (a->receivedOn != b->receivedOn)
            return a->receivedOn < b->receivedOn;
        return a->id < b->id;
    });

    QList<QuestionGroup> groups;
    QHash<qint64, int> index;
    QuestionGroup rest;
    if (opt.groupBy == PaperOptions::GroupBy::Agency) {
        rest.name = QStringLiteral("Chưa chuyển cơ quan, đơn vị trả lời");
        // Units in the event's order, then by name.
        QList<qint64> order;
        for (const EventUnit &eu : data.eventUnits)
            order << eu.unitId;
        for (const Question *q : std::as_const(qs)) {
            const qint64 unit = q->forwardedToUnitId;
            const QString name = data.unitName(unit);
            if (unit == 0 || name.isEmpty()) {
                rest.items << q;
                continue;
            }
            auto it = index.constFind(unit);
            if (it == index.constEnd()) {
                it = index.insert(unit, int(groups.size()));
                groups.append({ name, {} });
            }
            groups[*it].items << q;
        }
        QHash<QString, int> rank;
        for (int i = 0; i < order.size(); ++i)
            rank.insert(data.unitName(order[i]), i);
        std::stable_sort(groups.begin(), groups.end(),
                         [&](const QuestionGroup &a, const QuestionGroup &b) {
                             const int ra = rank.value(a.name, INT_MAX);
                             const int rb = rank.value(b.name, INT_MAX);
                             if (ra != rb)
                                 return ra < rb;
                             return dd::text::compare(a.name, b.name) < 0;
                         });
    } else {
        rest.name = QStringLiteral("Chưa phân loại theo chủ đề");
        QList<Topic> topics = data.topics;
        std::stable_sort(topics.begin(), topics.end(),
                         [](const Topic &a, const Topic &b) { return a.position < b.position; });
        for (const Topic &t : std::as_const(topics)) {
            index.insert(t.id, int(groups.size()));
            groups.append({ t.title, {} });
        }
        for (const Question *q : std::as_const(qs)) {
            const auto it = index.constFind(q->topicId);
            if (it == index.constEnd())
                rest.items << q;
            else
                groups[*it].items << q;
        }
    }
    if (!rest.items.isEmpty())
        groups << rest;
    groups.erase(std::remove_if(groups.begin(), groups.end(),
                                [](const QuestionGroup &g) { return g.items.isEmpty(); }),
                 groups.end());
    return groups;
}

} // namespace

void programme(PageWriter &w, const PaperData &data, const PaperOptions &)
{
    const Plan *plan = data.activePlan();
    const PlanKind kind = plan ? plan->kind : data.event.activePlan;
    const QList<AgendaSlot> placed
        = computeSchedule(data.agenda, kind, plan ? plan->startTime : QTime());

    w.startDocument();
    parts::letterhead(w, data, PaperKind::Programme);
    parts::title(w, QStringLiteral("CHƯƠNG TRÌNH"), parts::meetingName(data.event));

    TextStyle info = parts::body();
    info.firstIndentMm = 0;
    info.align = Qt::AlignHCenter;
    info.emphasis = Italic;
    info.spaceAfterPt = 2;
    QString when = papertext::eventTime(data.event, plan);
    w.paragraph(QStringLiteral("Thời gian: ") + when, info);
    w.paragraph(QStringLiteral("Địa điểm: ") + papertext::venue(plan), info);
    if (plan) {
        info.spaceAfterPt = 10;
        w.paragraph(QStringLiteral("(") + planKindVietnamese(plan->kind) + QLatin1Char(')'), info);
    }

    TableWriter table(w,
                      { { 12, Qt::AlignHCenter },
                        { 48, Qt::AlignHCenter },
                        { 56, Qt::AlignLeft },
                        { 31, Qt::AlignLeft },
                        { 18, Qt::AlignHCenter } },
                      { { QStringLiteral("STT"), 0, 0 },
                        { QStringLiteral("Thời gian"), 0, 1 },
                        { QStringLiteral("Nội dung"), 0, 2 },
                        { QStringLiteral("Thực hiện"), 0, 3 },
                        { QStringLiteral("Thời lượng"), 0, 4 } },
                      13);
    table.begin();
    int stt = 0;
    for (const AgendaSlot &s : placed) {
        QString content = s.item.title.trimmed();
        if (!s.item.notes.trimmed().isEmpty())
            content += QChar(QChar::LineSeparator) + QStringLiteral("(") + s.item.notes.trimmed()
                + QLatin1Char(')');
        // A clock reading never breaks inside ("08 giờ 00"), only around the dash.
        QString time = clockVietnamese(s.start).replace(QLatin1Char(' '), QChar::Nbsp);
        if (!time.isEmpty())
            time += QStringLiteral(" – ")
                + clockVietnamese(s.end).replace(QLatin1Char(' '), QChar::Nbsp);
        if (s.crossesMidnight || s.startDay > 0)
            time += QChar(QChar::LineSeparator) + QStringLiteral("(ngày hôm sau)");
        table.addRow({ QString::number(++stt), time, content, s.item.presenter.trimmed(),
                       minutesText(std::max(0, s.item.durationMinutes)) });
    }
    table.addSpanRow(
        RichText(QStringLiteral("Tổng thời gian: ") + minutesText(scheduleMinutes(placed)), Bold),
        Qt::AlignLeft, false);
}

void questionSummary(PageWriter &w, const PaperData &data, const PaperOptions &opt)
{
    const QList<QuestionGroup> groups = groupQuestions(data, opt);
    const bool byAgency = opt.groupBy == PaperOptions::GroupBy::Agency;

    w.startDocument();
    parts::letterhead(w, data, PaperKind::QuestionSummary);
    const QString m = parts::meetingName(data.event);
    parts::title(w, QStringLiteral("TỔNG HỢP Ý KIẾN, KIẾN NGHỊ, ĐỀ XUẤT"),
                 QStringLiteral("Gửi đến ") + m.at(0).toLower() + m.mid(1), true);

    int total = 0, answered = 0;
    for (const QuestionGroup &g : groups) {
        total += int(g.items.size());
        for (const Question *q : g.items)
            answered += !q->answer.trimmed().isEmpty();
    }
    w.paragraph(QStringLiteral("Ban Tổ chức – Kiểm tra Tỉnh đoàn tổng hợp %1 ý kiến, kiến nghị, "
                               "đề xuất gửi đến hội nghị, phân loại %2 như sau:")
                    .arg(total)
                    .arg(byAgency ? QStringLiteral("theo cơ quan, đơn vị trả lời")
                                  : QStringLiteral("theo chủ đề")),
                parts::body());

    TextStyle head = parts::heading();
    head.firstIndentMm = 0;
    head.align = Qt::AlignJustify;
    TextStyle detail = parts::item();
    detail.pointSize = 13;
    detail.spaceAfterPt = 2;
    detail.leftIndentMm = 10;
    detail.firstIndentMm = 0;
    TextStyle text = parts::body();
    text.pointSize = 13;
    text.spaceAfterPt = 2;
    text.spaceBeforePt = 4;
    text.firstIndentMm = 5;

    int n = 0;
    for (int gi = 0; gi < groups.size(); ++gi) {
        const QuestionGroup &g = groups[gi];
        w.paragraph(QStringLiteral("%1. %2 (%3 ý kiến)")
                        .arg(papertext::roman(gi + 1), g.name)
                        .arg(g.items.size()),
                    head);
        for (const Question *q : g.items) {
            RichText t;
            t.add(QStringLiteral("%1. ").arg(++n), Bold);
            t.add(QStringLiteral("[") + questionKindVietnamese(q->kind) + QStringLiteral("] "),
                  Italic);
            t.add(q->text.trimmed());
            w.paragraph(t, text);

            QStringList from;
            const QString unit = data.unitName(q->unitId);
            if (!unit.isEmpty())
                from << unit;
            if (!q->submitter.trimmed().isEmpty())
                from << q->submitter.trimmed();
            RichText meta;
            if (!from.isEmpty())
                meta.add(QStringLiteral("Đơn vị gửi: "), Italic)
                    .add(from.join(QStringLiteral(" – ")));
            const QString agency = data.unitName(q->forwardedToUnitId);
            if (!byAgency && !agency.isEmpty()) {
                if (!meta.isEmpty())
                    meta.add(QStringLiteral("; "));
                meta.add(QStringLiteral("chuyển: "), Italic).add(agency);
            }
            if (!meta.isEmpty())
                w.paragraph(meta.add(QStringLiteral(".")), detail);
            if (!q->answer.trimmed().isEmpty()) {
                RichText a;
                QString label = QStringLiteral("Trả lời");
                if (!q->answeredBy.trimmed().isEmpty())
                    label += QStringLiteral(" (") + q->answeredBy.trimmed() + QLatin1Char(')');
                a.add(label + QStringLiteral(": "), Bold | Italic).add(q->answer.trimmed());
                w.paragraph(a, detail);
            }
        }
    }
    TextStyle totalStyle = parts::body();
    totalStyle.emphasis = Bold;
    totalStyle.spaceBeforePt = 8;
    w.paragraph(QStringLiteral("Tổng cộng: %1 ý kiến, kiến nghị, đề xuất; đã trả lời: %2.")
                    .arg(total)
                    .arg(answered),
                totalStyle);
    parts::signature(w, data);
}

} // namespace dd::documents::papers
