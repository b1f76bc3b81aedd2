// The papers sent to units and agencies besides invitations: the notice of the online plan
// and the covering letter that forwards questions to an agency.
#include "documents/paperparts.h"
#include "documents/papers.h"
#include "documents/papertext.h"

#include <algorithm>
#include <climits>

namespace dd::documents::papers {

namespace {

void labelled(PaperDocument &doc, const QString &label, const QString &text)
{
    QString t = text.trimmed();
    if (!t.endsWith(QLatin1Char('.')))
        t += QLatin1Char('.');
    doc.paragraph(RichText(label, Bold).add(QLatin1Char(' ') + t), parts::body());
}

void addressee(PaperDocument &doc, const QString &name)
{
    TextStyle to = parts::centred();
    to.spaceAfterPt = 10;
    doc.paragraph(RichText(QStringLiteral("Kính gửi: ")).add(name, Bold), to);
}

// "Thực hiện Kế hoạch số 280-KH/TĐTN-TCKT …, " or nothing.
QString basedOn(const Event &ev)
{
    const QString ref = papertext::bareItem(ev.parentPlanRef);
    return ref.isEmpty() ? QString() : QStringLiteral("Thực hiện ") + ref + QStringLiteral(", ");
}

QString hostList(const PaperData &data)
{
    QStringList hosts;
    for (const EventUnit &eu : data.eventUnits)
        if (eu.role == UnitRole::Host && !data.unitName(eu.unitId).isEmpty())
            hosts << data.unitName(eu.unitId);
    return hosts.join(QStringLiteral(", "));
}

} // namespace

QList<Question> forwardedTo(const PaperData &data, qint64 agencyId)
{
    QList<Question> out;
    for (const Question &q : data.questions)
        if (agencyId != 0 && q.forwardedToUnitId == agencyId && q.status != QuestionStatus::Merged
            && q.status != QuestionStatus::Withdrawn && q.status != QuestionStatus::Answered)
            out << q;
    std::stable_sort(out.begin(), out.end(), [](const Question &a, const Question &b) {
        const int ra = a.runningOrder > 0 ? a.runningOrder : INT_MAX;
        const int rb = b.runningOrder > 0 ? b.runningOrder : INT_MAX;
        if (ra != rb)
            return ra < rb;
        if (a.receivedOn != b.receivedOn)
            return a.receivedOn < b.receivedOn;
        return a.id < b.id;
    });
    return out;
}

Paper onlineNotice(const PaperData &data, const PaperOptions &opt)
{
    const Plan *plan = data.plan(PlanKind::Online);
    const Event &ev = data.event;
    const QString meeting = parts::meetingInSentence(ev);
    const QString inviter = papertext::issuingBodyName(data);

    PaperDocument doc;
    doc.add(parts::letterhead(data, PaperKind::OnlineNotice));
    doc.add(Title { QStringLiteral("THÔNG BÁO"),
                    QStringLiteral("Về việc tổ chức ") + meeting
                        + QStringLiteral(" theo hình thức trực tuyến"),
                    true });
    const QString all = QStringLiteral("các huyện, thị, thành đoàn và đoàn trực thuộc");
    const QString to = opt.unitId != 0 ? data.unitName(opt.unitId) : QString();
    addressee(doc,
              to.isEmpty() ? QStringLiteral("Các huyện, thị, thành đoàn và đoàn trực thuộc") : to);

    // Said as decided: the plan's "nếu …" condition has no place here.
    doc.paragraph(basedOn(ev) + inviter + QStringLiteral(" thông báo ") + meeting
                      + QStringLiteral(" được tổ chức theo hình thức trực tuyến, cụ thể như sau:"),
                  parts::body());
    labelled(doc, QStringLiteral("1. Thời gian:"), papertext::eventTime(ev, plan));
    // No venue yet: said so, not the sample's meeting room.
    labelled(doc, QStringLiteral("2. Địa điểm:"),
             plan && !plan->venue.trimmed().isEmpty()
                 ? plan->venue.trimmed() + QStringLiteral(" (điểm cầu chính)")
                 : QStringLiteral("Sẽ thông báo sau"));
    QString watch = QStringLiteral("Hội nghị được phát trực tiếp (livestream) trên ")
        + papertext::fanpageName(data);
    if (plan && !plan->livestreamUrl.trimmed().isEmpty())
        watch += QStringLiteral(" (địa chỉ Fanpage: ") + plan->livestreamUrl.trimmed()
            + QLatin1Char(')');
    labelled(doc, QStringLiteral("3. Theo dõi trực tuyến:"), watch);
    if (ev.questionDeadline.isValid()) {
        QString q = QStringLiteral("Các Chi đoàn, Chi hội tổng hợp ý kiến, câu hỏi của đoàn viên, "
                                   "thanh niên công nhân gửi về Tỉnh đoàn trước ngày ")
            + papertext::dayInSentence(ev.questionDeadline, parts::eventYear(ev));
        const QString channels = papertext::intakeChannels(ev);
        if (!channels.isEmpty())
            q += QLatin1Char(' ') + channels;
        q += QStringLiteral("; các câu hỏi được giải đáp trực tiếp trong hội nghị");
        labelled(doc, QStringLiteral("4. Gửi câu hỏi:"), q);
    }
    QString ask = inviter + QStringLiteral(" đề nghị ")
        + (to.isEmpty() ? all : QStringLiteral("quý đơn vị"))
        + QStringLiteral(" giới thiệu, thông tin rộng rãi cho các Chi đoàn, Chi hội, thanh niên "
                         "công nhân tham gia theo dõi");
    const QString hosts = hostList(data);
    if (to.isEmpty() && !hosts.isEmpty())
        ask += QStringLiteral(", đặc biệt là tại các đơn vị ") + hosts;
    // The request is the notice's closing ("./."): a second "Đề nghị …" line after it said
    // the same again and, with the sample's long plan reference, was all that went onto a
    // second page with the signature.
    doc.paragraph(ask + QStringLiteral("./."), parts::body());
    doc.add(parts::signature(data, parts::letterRecipients(data)));

    Paper paper;
    paper.documents << doc;
    return paper;
}

Paper forwardLetter(const PaperData &data, const PaperOptions &opt)
{
    const Event &ev = data.event;
    const QString inviter = papertext::issuingBodyName(data);
    const QList<Question> questions = forwardedTo(data, opt.unitId);

    PaperDocument doc;
    doc.add(parts::letterhead(data, PaperKind::ForwardLetter,
                              QStringLiteral("V/v chuyển ý kiến, kiến nghị của đoàn viên, thanh "
                                             "niên công nhân")));
    addressee(doc, data.unitName(opt.unitId));
    doc.paragraph(basedOn(ev) + inviter
                      + QStringLiteral(" đã tổng hợp các ý kiến, kiến nghị, đề xuất của đoàn viên, "
                                       "thanh niên công nhân gửi đến ")
                      + parts::meetingInSentence(ev)
                      + QStringLiteral("; trong đó có %1 ý kiến liên quan đến lĩnh vực của quý cơ "
                                       "quan (danh sách dưới đây).")
                            .arg(questions.size(), 2, 10, QLatin1Char('0')),
                  parts::body());
    doc.paragraph(inviter
                      + QStringLiteral(" kính đề nghị quý cơ quan quan tâm nghiên cứu, trả lời "
                                       "bằng văn bản trước ngày ")
                      + papertext::dayInSentence(data.answerBy, parts::eventYear(ev))
                      + QStringLiteral(" để ") + inviter
                      + QStringLiteral(" tổng hợp, thông tin đến đoàn viên, thanh niên tại hội "
                                       "nghị."),
                  parts::body());

    TextStyle text = parts::body();
    text.pointSize = 13;
    text.spaceAfterPt = 0;
    text.spaceBeforePt = 4;
    text.keepWithNext = false;
    TextStyle from = parts::item();
    from.pointSize = 13;
    from.firstIndentMm = 0;
    from.leftIndentMm = 10;
    from.align = Qt::AlignLeft;
    int n = 0;
    for (const Question &q : questions) {
        RichText t;
        t.add(QStringLiteral("%1. ").arg(++n), Bold);
        t.add(QStringLiteral("[") + questionKindVietnamese(q.kind) + QStringLiteral("] "), Italic);
        t.add(q.text.trimmed());
        // A question goes with the line that says where it comes from.
        TextStyle kept = text;
        kept.keepWithNext = true;
        doc.paragraph(t, kept);
        QStringList sender;
        if (!data.unitName(q.unitId).isEmpty())
            sender << data.unitName(q.unitId);
        if (!q.submitter.trimmed().isEmpty())
            sender << q.submitter.trimmed();
        doc.paragraph(RichText(QStringLiteral("Đơn vị gửi: "), Italic)
                          .add(sender.isEmpty() ? QStringLiteral("không rõ")
                                                : sender.join(QStringLiteral(" – ")))
                          .add(QStringLiteral(".")),
                      from);
    }
    const QString c = papertext::contact(data.settings.contactLine);
    if (!c.isEmpty())
        labelled(doc, QStringLiteral("Liên hệ:"), c);
    doc.paragraph(QStringLiteral("Trân trọng./."), parts::body());
    doc.add(parts::signature(data, parts::letterRecipients(data)));

    Paper paper;
    paper.documents << doc;
    return paper;
}

} // namespace dd::documents::papers
