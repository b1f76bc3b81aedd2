// The invitation letters: to persons (one page each) and to units (one letter per unit).
#include "documents/paperparts.h"
#include "documents/papers.h"
#include "documents/papertext.h"
#include "domain/attendeecode.h"
#include "text/vietnamese.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace dd::documents::papers {

namespace {

bool isListed(const Attendee &a, const PaperOptions &opt, bool reserve = false)
{
    if (a.reserve != reserve)
        return false;
    if (a.givenName.trimmed().isEmpty())
        return false;
    if (opt.unitId != 0 && a.unitId != opt.unitId)
        return false;
    return opt.includeDeclined
        || (a.status != InvitationStatus::Declined && a.status != InvitationStatus::Replaced);
}

// A labelled body line: "Thời gian: 08 giờ 00, ngày 15/10/2021 (Thứ Sáu)."
void labelled(PaperDocument &doc, const QString &label, const QString &text)
{
    QString t = text.trimmed();
    if (!t.endsWith(QLatin1Char('.')))
        t += QLatin1Char('.');
    doc.paragraph(RichText(label, Bold).add(QLatin1Char(' ') + t), parts::body());
}

// "Liên hệ: …", unless the questions paragraph of the letter already gave the same phone.
void contactLine(PaperDocument &doc, const PaperData &data, bool questionsAsked = false)
{
    const QString c = papertext::contact(data.settings.contactLine);
    const QString phone = dd::text::normalizePhone(data.event.intakePhone);
    if (questionsAsked && data.event.questionDeadline.isValid() && !phone.isEmpty()
        && QString(c).remove(QRegularExpression(QStringLiteral("\\D"))).contains(phone))
        return;
    if (!c.isEmpty())
        labelled(doc, QStringLiteral("Liên hệ:"), c);
}

// "22 đồng chí trong Ban Chấp hành các Chi đoàn, Chi hội", "đồng chí Bí thư hoặc Phó Bí thư".
QString quotaPhrase(const EventUnit &eu)
{
    const QString note = eu.quotaNote.trimmed();
    const QString n
        = eu.quota < 10 ? QStringLiteral("0%1").arg(eu.quota) : QString::number(eu.quota);
    const bool comrade = note.startsWith(QStringLiteral("đồng chí"), Qt::CaseInsensitive);
    if (comrade && eu.quota <= 1)
        return papertext::lowerFirst(note);
    if (comrade)
        return n + QLatin1Char(' ') + papertext::lowerFirst(note);
    if (note.isEmpty())
        return n + QStringLiteral(" đồng chí");
    return n + QStringLiteral(" đồng chí (") + note + QLatin1Char(')');
}

const Plan *onlinePlan(const PaperData &data)
{
    const Plan *p = data.activePlan();
    return p && p->kind == PlanKind::Online ? p : nullptr;
}

// "Hội nghị được phát trực tiếp (livestream) trên Fanpage Tỉnh đoàn Tây Ninh, địa chỉ: …"
QString streamSentence(const PaperData &data, const Plan *plan)
{
    QString s = QStringLiteral("Hội nghị được phát trực tiếp (livestream) trên ")
        + papertext::fanpageName(data);
    if (plan && !plan->livestreamUrl.trimmed().isEmpty())
        s += QStringLiteral(", địa chỉ: ") + plan->livestreamUrl.trimmed();
    return s;
}

QString meetingRoom(const Plan *plan)
{
    return plan && !plan->venue.trimmed().isEmpty() ? plan->venue.trimmed()
                                                    : QStringLiteral("Sẽ thông báo sau");
}

// The questions asked of a host unit (or, online, of a delegate), in the plan's words. The
// plan's minimum is per unit ("mỗi đơn vị có tối thiểu 05 ý kiến"): a person is not asked for it.
void questionRequest(PaperDocument &doc, const PaperData &data, const QString &who,
                     bool perUnit = true)
{
    const Event &ev = data.event;
    if (!ev.questionDeadline.isValid())
        return;
    QString q = QStringLiteral("Đề nghị ") + who
        + QStringLiteral(" gửi các vấn đề cần trao đổi, đề xuất, kiến nghị, các hiến kế về Tỉnh "
                         "đoàn trước ngày ")
        + papertext::dayInSentence(ev.questionDeadline, parts::eventYear(ev));
    if (perUnit && ev.minQuestionsPerHost > 0)
        q += QStringLiteral(" (đảm bảo tối thiểu %1 ý kiến)")
                 .arg(ev.minQuestionsPerHost, 2, 10, QLatin1Char('0'));
    const QString channels = papertext::intakeChannels(ev);
    if (!channels.isEmpty())
        q += QLatin1Char(' ') + channels;
    doc.paragraph(q + QLatin1Char('.'), parts::body());
}

} // namespace

QList<Attendee> listedAttendees(const PaperData &data, const PaperOptions &opt)
{
    QList<Attendee> out;
    out.reserve(data.attendees.size());
    for (const Attendee &a : data.attendees)
        if (isListed(a, opt))
            out << a;
    return out;
}

QList<Attendee> listedReserves(const PaperData &data, const PaperOptions &opt)
{
    QList<Attendee> out;
    for (const Attendee &a : data.attendees)
        if (isListed(a, opt, true))
            out << a;
    return out;
}

bool getsPersonalLetter(const Attendee &a, const PaperData &data)
{
    if (a.givenName.trimmed().isEmpty())
        return false;
    if (a.role == AttendeeRole::Chair || a.role == AttendeeRole::Staff)
        return false;
    if (a.status == InvitationStatus::Declined || a.status == InvitationStatus::Replaced)
        return false;
    if (data.isOrganiserUnit(a.unitId))
        return false;
    const QString signer = dd::text::fold(data.settings.signerName);
    return signer.isEmpty() || dd::text::fold(a.fullName()) != signer;
}

bool inMeetingRoom(const Attendee &a, const PaperData &data)
{
    return !onlinePlan(data) || a.role == AttendeeRole::Chair || a.role == AttendeeRole::CoChair
        || a.role == AttendeeRole::Guest || a.role == AttendeeRole::Staff;
}

QList<Attendee> invitees(const PaperData &data, const PaperOptions &opt)
{
    QList<Attendee> out;
    if (opt.attendeeIds.isEmpty()) {
        for (const Attendee &a : listedAttendees(data, opt))
            if (getsPersonalLetter(a, data))
                out << a;
        return out;
    }
    QHash<qint64, const Attendee *> byId;
    for (const Attendee &a : data.attendees)
        byId.insert(a.id, &a);
    for (qint64 id : opt.attendeeIds)
        if (const Attendee *a = byId.value(id); a && getsPersonalLetter(*a, data))
            out << *a;
    return out;
}

QList<EventUnit> invitedUnits(const PaperData &data, const PaperOptions &opt)
{
    QList<EventUnit> out;
    for (const EventUnit &eu : data.eventUnits) {
        if (opt.unitId != 0 ? eu.unitId == opt.unitId : eu.role != UnitRole::Organiser)
            out << eu;
    }
    if (out.isEmpty() && opt.unitId != 0 && data.units.contains(opt.unitId)) {
        EventUnit eu;
        eu.eventId = data.event.id;
        eu.unitId = opt.unitId;
        out << eu;
    }
    return out;
}

Paper personInvitations(const PaperData &data, const PaperOptions &opt)
{
    Paper paper;
    const Plan *online = onlinePlan(data);
    const Plan *plan = data.activePlan();
    const QString meeting = parts::meetingName(data.event);
    const QString when = papertext::eventTime(data.event, plan);
    const QString inviter = papertext::issuingBodyName(data);

    for (const Attendee &a : invitees(data, opt)) {
        PaperDocument doc;
        doc.add(parts::letterhead(data, PaperKind::PersonInvitation));
        doc.add(Title { QStringLiteral("GIẤY MỜI"), {}, false });
        doc.paragraph(inviter + QStringLiteral(" trân trọng kính mời:"), parts::body());
        doc.paragraph(RichText(QStringLiteral("Đồng chí ") + a.fullName(), Bold), parts::centred());
        const QString pu = papertext::positionWorkplaceAndUnit(a, data);
        TextStyle puStyle = parts::centred();
        puStyle.spaceAfterPt = 8;
        if (!pu.isEmpty())
            doc.paragraph(pu, puStyle);

        const bool inRoom = inMeetingRoom(a, data);
        QString what;
        switch (a.role) {
        case AttendeeRole::CoChair:
            what = QStringLiteral("Tham gia chủ trì cùng ") + inviter + QStringLiteral(" tại ");
            break;
        case AttendeeRole::Press:
            what = inRoom ? QStringLiteral("Tham dự và đưa tin ")
                          : QStringLiteral("Theo dõi trực tuyến và đưa tin ");
            break;
        default:
            what = inRoom ? QStringLiteral("Tham dự ") : QStringLiteral("Theo dõi trực tuyến ");
            break;
        }
        doc.paragraph(what + meeting + QLatin1Char('.'), parts::body());
        labelled(doc, QStringLiteral("Thời gian:"), when);
        if (inRoom)
            labelled(doc, QStringLiteral("Địa điểm:"),
                     online ? meetingRoom(online) : papertext::venue(data, plan));
        else
            labelled(doc, QStringLiteral("Hình thức:"), streamSentence(data, online));
        const bool asked = !inRoom && a.role != AttendeeRole::Press;
        if (asked)
            questionRequest(doc, data, QStringLiteral("đồng chí"), false);
        const QString bring = data.settings.whatToBring.trimmed();
        if (inRoom && !bring.isEmpty())
            labelled(doc, QStringLiteral("Đề nghị mang theo:"), bring);
        contactLine(doc, data, asked);
        QString closing = QStringLiteral("Rất mong đồng chí đến dự đúng giờ./.");
        if (a.role == AttendeeRole::Press)
            closing = inRoom ? QStringLiteral("Rất mong đồng chí đến dự và đưa tin./.")
                             : QStringLiteral("Rất mong đồng chí quan tâm theo dõi và đưa tin./.");
        else if (!inRoom)
            closing = QStringLiteral("Rất mong đồng chí quan tâm theo dõi./.");
        doc.paragraph(closing, parts::body());
        Signature signature = parts::signature(data, parts::letterRecipients(data));
        // The code the door scans, when the person is stored (a letter of a snapshot may
        // print people who are not).
        if (a.id > 0 && data.event.id > 0)
            signature.scanCode = attendeeCode(data.event.id, a.id);
        doc.add(signature);
        paper.documents << doc;
    }
    return paper;
}

Paper unitInvitations(const PaperData &data, const PaperOptions &opt)
{
    Paper paper;
    const Plan *online = onlinePlan(data);
    const Plan *plan = data.activePlan();
    const QString meeting = parts::meetingInSentence(data.event);
    const QString inviter = papertext::issuingBodyName(data);

    for (const EventUnit &eu : invitedUnits(data, opt)) {
        PaperDocument doc;
        doc.add(parts::letterhead(data, PaperKind::UnitInvitation));
        doc.add(Title { QStringLiteral("GIẤY MỜI"), {}, false });
        TextStyle to = parts::centred();
        to.spaceAfterPt = 10;
        doc.paragraph(RichText(QStringLiteral("Kính gửi: ")).add(data.unitName(eu.unitId), Bold),
                      to);

        QString intro = inviter + QStringLiteral(" tổ chức ") + meeting;
        if (!data.event.parentPlanRef.trimmed().isEmpty())
            intro = QStringLiteral("Thực hiện ") + papertext::bareItem(data.event.parentPlanRef)
                + QStringLiteral(", ") + intro;
        if (online)
            intro += QStringLiteral(" theo hình thức trực tuyến");
        doc.paragraph(intro + QLatin1Char('.'), parts::body());

        const QString kindly = inviter + QStringLiteral(" trân trọng kính mời ");
        QString closing = QStringLiteral("Rất mong quý đơn vị quan tâm, cử đúng thành phần, đủ "
                                         "số lượng và đến dự đúng giờ./.");
        bool inRoom = true;
        switch (eu.role) {
        case UnitRole::Host:
            doc.paragraph(kindly + QStringLiteral("đồng chí Bí thư ") + data.unitName(eu.unitId)
                              + QStringLiteral(" tham gia chủ trì cùng ") + inviter
                              + (online ? QStringLiteral(" tại điểm cầu của Tỉnh đoàn.")
                                        : QStringLiteral(".")),
                          parts::body());
            if (!online && eu.quota > 0)
                doc.paragraph(QStringLiteral("Đồng thời, đề nghị quý đơn vị chọn cử và mời ")
                                  + quotaPhrase(eu)
                                  + QStringLiteral(" tham dự, đúng đối tượng, đủ số lượng."),
                              parts::body());
            break;
        case UnitRole::Guest:
            doc.paragraph(kindly + QStringLiteral("đại diện lãnh đạo quý cơ quan tới dự."),
                          parts::body());
            closing = QStringLiteral("Rất mong được đón tiếp đại diện lãnh đạo quý cơ quan./.");
            break;
        case UnitRole::Press:
            inRoom = !online;
            doc.paragraph(kindly
                              + (online ? QStringLiteral("quý cơ quan theo dõi và đưa tin.")
                                        : QStringLiteral("quý cơ quan cử phóng viên tham dự và "
                                                         "đưa tin.")),
                          parts::body());
            closing = QStringLiteral("Rất mong quý cơ quan quan tâm, đưa tin./.");
            break;
        case UnitRole::Participant:
        case UnitRole::Organiser:
            inRoom = !online;
            if (!online)
                doc.paragraph(
                    QStringLiteral("%1 trân trọng kính mời và đề nghị quý đơn vị cử %2 "
                                   "tham dự.")
                        .arg(inviter,
                             eu.quota > 0 ? quotaPhrase(eu) : QStringLiteral("đại diện lãnh đạo")),
                    parts::body());
            break;
        }
        if (online && (eu.role == UnitRole::Host || eu.role == UnitRole::Participant)) {
            // Plan 2: the branches watch and send their questions beforehand.
            doc.paragraph(QStringLiteral("Đề nghị quý đơn vị giới thiệu, thông tin rộng rãi cho "
                                         "các Chi đoàn, Chi hội, thanh niên công nhân tham gia "
                                         "theo dõi hội nghị trực tuyến."),
                          parts::body());
            closing = QStringLiteral("Rất mong quý đơn vị quan tâm, triển khai thực hiện./.");
        }
        labelled(doc, QStringLiteral("Thời gian:"), papertext::eventTime(data.event, plan));
        if (online) {
            if (inRoom)
                labelled(doc, QStringLiteral("Địa điểm:"), meetingRoom(online));
            labelled(doc, QStringLiteral("Hình thức:"), streamSentence(data, online));
        } else {
            labelled(doc, QStringLiteral("Địa điểm:"), papertext::venue(data, plan));
        }
        if (eu.role == UnitRole::Host)
            questionRequest(doc, data, QStringLiteral("quý đơn vị"));
        contactLine(doc, data, eu.role == UnitRole::Host);
        doc.paragraph(closing, parts::body());
        doc.add(parts::signature(data, parts::letterRecipients(data)));
        paper.documents << doc;
    }
    return paper;
}

} // namespace dd::documents::papers
