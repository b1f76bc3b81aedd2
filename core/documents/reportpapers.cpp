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

// Minutes of the items themselves, when there is no clock to place them on.
int totalMinutes(const QList<AgendaSlot> &placed)
{
    int sum = 0;
    for (const AgendaSlot &s : placed)
        sum += std::max(0, s.item.durationMinutes);
    return sum;
}

} // namespace

Paper programme(const PaperData &data, const PaperOptions &)
{
    const Plan *plan = data.activePlan();
    const PlanKind kind = plan ? plan->kind : data.event.activePlan;
    const QList<AgendaSlot> placed
        = computeSchedule(data.agenda, kind, plan ? plan->startTime : QTime());

    PaperDocument doc;
    doc.add(parts::letterhead(data, PaperKind::Programme));
    doc.add(Title { QStringLiteral("CHƯƠNG TRÌNH"), parts::meetingName(data.event), false });

    TextStyle info = parts::centred();
    info.emphasis = Italic;
    doc.paragraph(QStringLiteral("Thời gian: ") + papertext::eventTime(data.event, plan), info);
    doc.paragraph(QStringLiteral("Địa điểm: ") + papertext::venue(data, plan), info);
    if (plan) {
        info.spaceAfterPt = 10;
        doc.paragraph(
            QStringLiteral("(") + papertext::planWords(data, plan->kind) + QLatin1Char(')'), info);
    }

    // Durations and presenters are printed only when the programme has them: a column of
    // "0 phút" says nothing.
    bool timed = false, presented = false;
    for (const AgendaSlot &s : placed) {
        timed = timed || s.item.durationMinutes > 0;
        presented = presented || !s.item.presenter.trimmed().isEmpty();
    }
    const bool clock = timed && plan && plan->startTime.isValid();
    Table table;
    table.bodyPt = 13;
    const auto column = [&](qreal width, Qt::Alignment align, const QString &name) {
        table.header << TableHeaderCell { name, 0, int(table.columns.size()) };
        table.columns << TableColumn { width, align };
    };
    // The content takes what the other columns leave of the 165 mm between the margins; a
    // clock span ("08 giờ 00 – 08 giờ 10") and a duration ("1 giờ 30 phút") fit on one line.
    constexpr qreal kNumberMm = 12, kClockMm = 44, kPresenterMm = 33, kDurationMm = 28;
    const qreal contentMm = PageWriter::kPageWidth - PageWriter::kMarginLeft
        - PageWriter::kMarginRight - kNumberMm - (clock ? kClockMm : 0)
        - (presented ? kPresenterMm : 0) - (timed ? kDurationMm : 0);
    column(kNumberMm, Qt::AlignHCenter, QStringLiteral("STT"));
    if (clock)
        column(kClockMm, Qt::AlignHCenter, QStringLiteral("Thời gian"));
    column(contentMm, Qt::AlignLeft, QStringLiteral("Nội dung"));
    if (presented)
        column(kPresenterMm, Qt::AlignLeft, QStringLiteral("Thực hiện"));
    if (timed)
        column(kDurationMm, Qt::AlignHCenter, QStringLiteral("Thời lượng"));

    int stt = 0;
    for (const AgendaSlot &s : placed) {
        QString content = s.item.titleFor(kind).trimmed();
        if (!s.item.notes.trimmed().isEmpty())
            content += QChar(QChar::LineSeparator) + QStringLiteral("(") + s.item.notes.trimmed()
                + QLatin1Char(')');
        TableRow row;
        row.cells << QString::number(++stt);
        if (clock) {
            // A clock reading never breaks inside ("08 giờ 00"), only around the dash.
            QString time = clockVietnamese(s.start).replace(QLatin1Char(' '), QChar::Nbsp)
                + QStringLiteral(" – ")
                + clockVietnamese(s.end).replace(QLatin1Char(' '), QChar::Nbsp);
            if (s.crossesMidnight || s.startDay > 0)
                time += QChar(QChar::LineSeparator) + QStringLiteral("(ngày hôm sau)");
            row.cells << time;
        }
        row.cells << content;
        if (presented)
            row.cells << s.item.presenter.trimmed();
        if (timed)
            row.cells << (s.item.durationMinutes > 0 ? minutesText(s.item.durationMinutes)
                                                     : QString());
        table.rows << row;
    }
    if (timed) {
        TableRow total;
        total.kind = TableRow::Kind::Total;
        total.text
            = RichText(QStringLiteral("Tổng thời gian: ")
                           + minutesText(clock ? scheduleMinutes(placed) : totalMinutes(placed)),
                       Bold);
        table.rows << total;
    }
    doc.add(table);

    Paper paper;
    paper.documents << doc;
    return paper;
}

Paper questionSummary(const PaperData &data, const PaperOptions &opt)
{
    const QList<QuestionGroup> groups = groupQuestions(data, opt);
    const bool byAgency = opt.groupBy == PaperOptions::GroupBy::Agency;
    // Who compiled it is who signs it.
    const QString compiler = papertext::issuingBodyName(data);

    PaperDocument doc;
    doc.add(parts::letterhead(data, PaperKind::QuestionSummary));
    doc.add(Title { QStringLiteral("TỔNG HỢP Ý KIẾN, KIẾN NGHỊ, ĐỀ XUẤT"),
                    QStringLiteral("Gửi đến ") + parts::meetingInSentence(data.event), true });

    int total = 0, answered = 0;
    for (const QuestionGroup &g : groups) {
        total += int(g.items.size());
        for (const Question *q : g.items)
            answered += !q->answer.trimmed().isEmpty();
    }
    doc.paragraph(QStringLiteral("%1 tổng hợp %2 ý kiến, kiến nghị, đề xuất gửi đến hội nghị, phân "
                                 "loại %3 như sau:")
                      .arg(compiler)
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
        // The seed's topics end with a full stop: "… trong toàn tỉnh (2 ý kiến)", not "tỉnh. (".
        doc.paragraph(QStringLiteral("%1. %2 (%3 ý kiến)")
                          .arg(papertext::roman(gi + 1), papertext::bareItem(g.name))
                          .arg(g.items.size()),
                      head);
        for (const Question *q : g.items) {
            RichText t;
            t.add(QStringLiteral("%1. ").arg(++n), Bold);
            t.add(QStringLiteral("[") + questionKindVietnamese(q->kind) + QStringLiteral("] "),
                  Italic);
            t.add(q->text.trimmed());

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
            RichText a;
            if (!q->answer.trimmed().isEmpty()) {
                QString label = QStringLiteral("Trả lời");
                if (!q->answeredBy.trimmed().isEmpty())
                    label += QStringLiteral(" (") + q->answeredBy.trimmed() + QLatin1Char(')');
                a.add(label + QStringLiteral(": "), Bold | Italic).add(q->answer.trimmed());
            }
            // A question is never parted from the line naming its unit (nor from its answer).
            TextStyle questionStyle = text;
            questionStyle.keepWithNext = !meta.isEmpty() || !a.isEmpty();
            doc.paragraph(t, questionStyle);
            if (!meta.isEmpty()) {
                TextStyle metaStyle = detail;
                metaStyle.keepWithNext = !a.isEmpty();
                doc.paragraph(meta.add(QStringLiteral(".")), metaStyle);
            }
            if (!a.isEmpty())
                doc.paragraph(a, detail);
        }
    }
    TextStyle totalStyle = parts::body();
    totalStyle.emphasis = Bold;
    totalStyle.spaceBeforePt = 8;
    doc.paragraph(QStringLiteral("Tổng cộng: %1 ý kiến, kiến nghị, đề xuất; đã trả lời: %2.")
                      .arg(total)
                      .arg(answered),
                  totalStyle);
    doc.add(parts::signature(data, parts::reportRecipients(data)));

    Paper paper;
    paper.documents << doc;
    return paper;
}

} // namespace dd::documents::papers
