// The results report (báo cáo kết quả) after the day: what was held, who came against the
// quotas (from the check-ins), the questions and what became of them, the cost against the
// estimate, and the clerk's assessment and proposals.
#include "documents/paperparts.h"
#include "documents/papers.h"
#include "documents/papertext.h"
#include "text/numberwords.h"

#include <QMap>

#include <algorithm>

namespace dd::documents::papers {

namespace {

struct Counts
{
    int received = 0, onTheDay = 0, forwarded = 0, inWriting = 0;
};

bool counted(const Question &q)
{
    return q.status != QuestionStatus::Merged && q.status != QuestionStatus::Withdrawn;
}

// Answered at the meeting: on its day, and not by an agency it was sent to.
bool answeredOnTheDay(const Question &q, const Event &e)
{
    return q.status == QuestionStatus::Answered && q.forwardedToUnitId == 0
        && (!e.date.isValid() || q.answeredAt.date() == e.date);
}

bool answeredInWriting(const Question &q, const Event &e)
{
    return q.status == QuestionStatus::Answered && !answeredOnTheDay(q, e);
}

void add(Counts &c, const Question &q, const Event &e)
{
    ++c.received;
    c.onTheDay += answeredOnTheDay(q, e) ? 1 : 0;
    c.forwarded += q.forwardedToUnitId > 0 ? 1 : 0;
    c.inWriting += answeredInWriting(q, e) ? 1 : 0;
}

// A ruled table with the given columns (width in mm, alignment, heading).
struct Column
{
    qreal widthMm;
    Qt::Alignment align;
    QString name;
};

Table ruled(const QList<Column> &columns)
{
    Table t;
    t.bodyPt = 12;
    for (const Column &c : columns) {
        t.header << TableHeaderCell { c.name, 0, int(t.columns.size()) };
        t.columns << TableColumn { c.widthMm, c.align };
    }
    return t;
}

TableRow cells(const QStringList &values, bool bold = false)
{
    TableRow r;
    r.cells = values;
    r.bold = bold;
    return r;
}

QString n(int v)
{
    return QString::number(v);
}

} // namespace

Paper resultsReport(const PaperData &data, const PaperOptions &)
{
    const Event &e = data.event;
    const Plan *plan = data.activePlan();
    PaperDocument doc;
    doc.add(parts::letterhead(data, PaperKind::Report));
    doc.add(Title { QStringLiteral("BÁO CÁO"),
                    QStringLiteral("Kết quả tổ chức ") + parts::meetingInSentence(e), true });
    const TextStyle body = parts::body();
    const TextStyle item = parts::item();
    // A line that announces a table stays on the table's page.
    TextStyle announce = item;
    announce.keepWithNext = true;
    const auto heading = [&](const QString &text) {
        doc.paragraph(RichText(text, Bold), parts::heading());
    };

    heading(QStringLiteral("I. KẾT QUẢ TỔ CHỨC"));
    heading(QStringLiteral("1. Thời gian, địa điểm, hình thức"));
    doc.paragraph(
        QStringLiteral("- Thời gian: ") + papertext::eventTime(e, plan) + QLatin1Char('.'), item);
    doc.paragraph(QStringLiteral("- Địa điểm: ") + papertext::venue(data, plan) + QLatin1Char('.'),
                  item);
    if (plan)
        doc.paragraph(QStringLiteral("- Hình thức: %1 (Phương án %2).")
                          .arg(papertext::planForm(plan->kind))
                          .arg(plan->number),
                      item);

    // Attendance per unit from the check-ins, against the quota.
    heading(QStringLiteral("2. Thành phần tham dự"));
    QHash<qint64, int> present;
    int total = 0;
    QList<const Attendee *> guests;
    for (const Attendee &a : data.attendees) {
        if (!a.checkedInAt.isValid() || a.role == AttendeeRole::Staff)
            continue;
        ++present[a.unitId];
        ++total;
        if (a.role == AttendeeRole::Guest || a.role == AttendeeRole::Chair
            || a.role == AttendeeRole::CoChair)
            guests << &a;
    }
    doc.paragraph(QStringLiteral("Tổng số đại biểu có mặt: %1 đồng chí.").arg(total), body);
    // Online the seat quotas did not apply (the seed's plan 2): no "Chỉ tiêu" column.
    const bool quotas = !plan || plan->kind != PlanKind::Online;
    Table attendance = quotas ? ruled({ { 12, Qt::AlignHCenter, QStringLiteral("STT") },
                                        { 103, Qt::AlignLeft, QStringLiteral("Đơn vị") },
                                        { 25, Qt::AlignHCenter, QStringLiteral("Chỉ tiêu") },
                                        { 25, Qt::AlignHCenter, QStringLiteral("Có mặt") } })
                              : ruled({ { 12, Qt::AlignHCenter, QStringLiteral("STT") },
                                        { 128, Qt::AlignLeft, QStringLiteral("Đơn vị") },
                                        { 25, Qt::AlignHCenter, QStringLiteral("Có mặt") } });
    int stt = 0, quotaSum = 0;
    for (const EventUnit &eu : data.eventUnits) {
        const int here = present.value(eu.unitId);
        if (eu.quota < 0 && here == 0)
            continue;
        quotaSum += std::max(0, eu.quota);
        QStringList row { n(++stt), data.unitName(eu.unitId) };
        if (quotas)
            row << (eu.quota >= 0 ? n(eu.quota) : QString());
        attendance.rows << cells(row << n(here));
    }
    QStringList totalRow { {}, QStringLiteral("Tổng cộng") };
    if (quotas)
        totalRow << n(quotaSum);
    attendance.rows << cells(totalRow << n(total), true);
    doc.add(attendance);
    if (!guests.isEmpty()) {
        doc.paragraph(QStringLiteral("Lãnh đạo, khách mời có mặt:"), body);
        for (const Attendee *a : std::as_const(guests))
            doc.paragraph(QStringLiteral("- Đồng chí ") + a->fullName()
                              + (papertext::positionAndUnit(*a, data).isEmpty()
                                     ? QString()
                                     : QStringLiteral(" – ") + papertext::positionAndUnit(*a, data))
                              + QLatin1Char(';'),
                          item);
    }

    // The questions: per unit and per topic, then per agency, then those still open.
    heading(QStringLiteral("3. Ý kiến, kiến nghị, đề xuất của đoàn viên, thanh niên"));
    QList<const Question *> questions;
    for (const Question &q : data.questions)
        if (counted(q))
            questions << &q;
    Counts all;
    QMap<qint64, Counts> byUnit, byTopic, byAgency;
    for (const Question *q : std::as_const(questions)) {
        add(all, *q, e);
        add(byUnit[q->unitId], *q, e);
        add(byTopic[q->topicId], *q, e);
        if (q->forwardedToUnitId > 0)
            add(byAgency[q->forwardedToUnitId], *q, e);
    }
    doc.paragraph(QStringLiteral("Tổng số ý kiến nhận được: %1; trả lời trực tiếp tại hội nghị: "
                                 "%2; chuyển cơ quan, đơn vị trả lời: %3; đã trả lời bằng văn "
                                 "bản: %4; còn chưa trả lời: %5.")
                      .arg(all.received)
                      .arg(all.onTheDay)
                      .arg(all.forwarded)
                      .arg(all.inWriting)
                      .arg(all.received - all.onTheDay - all.inWriting),
                  body);
    const QList<Column> countColumns {
        { 12, Qt::AlignHCenter, QStringLiteral("STT") },
        { 73, Qt::AlignLeft, QString() },
        { 20, Qt::AlignHCenter, QStringLiteral("Số ý kiến") },
        { 20, Qt::AlignHCenter, QStringLiteral("Trả lời tại hội nghị") },
        { 20, Qt::AlignHCenter, QStringLiteral("Chuyển trả lời") },
        { 20, Qt::AlignHCenter, QStringLiteral("Trả lời bằng văn bản") }
    };
    const auto countTable = [&](const QString &first, const QList<QPair<QString, Counts>> &rows) {
        QList<Column> columns = countColumns;
        columns[1].name = first;
        Table t = ruled(columns);
        int i = 0;
        for (const auto &[name, c] : rows)
            t.rows << cells(
                { n(++i), name, n(c.received), n(c.onTheDay), n(c.forwarded), n(c.inWriting) });
        t.rows << cells({ {},
                          QStringLiteral("Tổng cộng"),
                          n(all.received),
                          n(all.onTheDay),
                          n(all.forwarded),
                          n(all.inWriting) },
                        true);
        doc.add(t);
    };
    QList<QPair<QString, Counts>> unitRows;
    for (const EventUnit &eu : data.eventUnits)
        if (byUnit.contains(eu.unitId))
            unitRows.append({ data.unitName(eu.unitId), byUnit.take(eu.unitId) });
    for (auto it = byUnit.cbegin(); it != byUnit.cend(); ++it)
        unitRows.append(
            { it.key() ? data.unitName(it.key()) : QStringLiteral("Không rõ đơn vị"), it.value() });
    doc.paragraph(QStringLiteral("a) Theo đơn vị gửi:"), announce);
    countTable(QStringLiteral("Đơn vị"), unitRows);
    QList<QPair<QString, Counts>> topicRows;
    for (const Topic &t : data.topics)
        if (byTopic.contains(t.id))
            topicRows.append({ t.title, byTopic.take(t.id) });
    if (byTopic.contains(0))
        topicRows.append({ QStringLiteral("Chưa phân loại theo chủ đề"), byTopic.take(0) });
    for (auto it = byTopic.cbegin(); it != byTopic.cend(); ++it)
        topicRows.append({ QStringLiteral("Chủ đề khác"), it.value() });
    doc.paragraph(QStringLiteral("b) Theo chủ đề:"), announce);
    countTable(QStringLiteral("Chủ đề"), topicRows);
    if (!byAgency.isEmpty()) {
        doc.paragraph(QStringLiteral("c) Chuyển các cơ quan, đơn vị trả lời:"), item);
        for (auto it = byAgency.cbegin(); it != byAgency.cend(); ++it)
            doc.paragraph(QStringLiteral("- %1: %2 ý kiến, đã trả lời %3.")
                              .arg(data.unitName(it.key()))
                              .arg(it->received)
                              .arg(it->inWriting),
                          item);
    }
    QList<const Question *> open;
    for (const Question *q : std::as_const(questions))
        if (q->status != QuestionStatus::Answered)
            open << q;
    if (!open.isEmpty()) {
        doc.paragraph(QStringLiteral("Các ý kiến chưa được trả lời:"), announce);
        Table t = ruled({ { 12, Qt::AlignHCenter, QStringLiteral("STT") },
                          { 93, Qt::AlignLeft, QStringLiteral("Nội dung ý kiến") },
                          { 60, Qt::AlignLeft, QStringLiteral("Cơ quan, đơn vị trả lời") } });
        int i = 0;
        for (const Question *q : std::as_const(open))
            t.rows << cells({ n(++i), q->text,
                              q->forwardedToUnitId ? data.unitName(q->forwardedToUnitId)
                                                   : QStringLiteral("Chưa chuyển") });
        doc.add(t);
    }

    // The cost, when the amounts spent were entered.
    const PlanKind kind = plan ? plan->kind : e.activePlan;
    if (const auto spent = budgetActualTotal(data.budget, kind)) {
        heading(QStringLiteral("4. Kinh phí"));
        Table t = ruled({ { 12, Qt::AlignHCenter, QStringLiteral("STT") },
                          { 93, Qt::AlignLeft, QStringLiteral("Nội dung") },
                          { 30, Qt::AlignRight, QStringLiteral("Dự trù") },
                          { 30, Qt::AlignRight, QStringLiteral("Thực chi") } });
        int i = 0;
        for (const BudgetItem &b : data.budget)
            if (b.appliesTo(kind))
                t.rows << cells(
                    { n(++i), b.content, text::groupedNumber(b.amount()),
                      b.actualAmount ? text::groupedNumber(*b.actualAmount) : QString() });
        t.rows << cells({ {},
                          QStringLiteral("Tổng cộng"),
                          text::groupedNumber(budgetTotal(data.budget, kind)),
                          text::groupedNumber(*spent) },
                        true);
        doc.add(t);
        TextStyle words = body;
        words.emphasis = Italic;
        doc.paragraph(QStringLiteral("Tổng kinh phí thực chi (bằng chữ): ")
                          + text::dongWords(*spent) + QLatin1Char('.'),
                      words);
    }

    const auto section = [&](const QString &title, const QString &text) {
        heading(title);
        const QStringList lines = papertext::lines(text);
        if (lines.isEmpty())
            doc.paragraph(papertext::blankLine(), item); // one line to write on by hand
        for (const QString &line : lines)
            doc.paragraph(line, body);
    };
    section(QStringLiteral("II. ĐÁNH GIÁ"), e.reportAssessment);
    section(QStringLiteral("III. ĐỀ XUẤT, KIẾN NGHỊ"), e.reportProposals);

    doc.add(parts::signature(data, parts::reportRecipients(data)));
    Paper paper;
    paper.documents << doc;
    return paper;
}

} // namespace dd::documents::papers
