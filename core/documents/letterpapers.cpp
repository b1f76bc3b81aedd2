// The letters: invitations to persons and to units, and the notice of the online plan.
#include "documents/paperparts.h"
#include "documents/papers.h"
#include "documents/papertext.h"

#include <QCoreApplication>

#include <algorithm>

namespace dd::documents::papers {

namespace {

bool isListed(const Attendee &a, const PaperOptions &opt)
{
    if (opt.unitId != 0 && a.unitId != opt.unitId)
        return false;
    return opt.includeDeclined
        || (a.status != InvitationStatus::Declined && a.status != InvitationStatus::Replaced);
}

// A labelled body line: "Thời gian: 08 giờ 00, ngày 15/10/2021 (Thứ Sáu)."
void labelled(PageWriter &w, const QString &label, const QString &text)
{
    QString t = text.trimmed();
    if (!t.endsWith(QLatin1Char('.')))
        t += QLatin1Char('.');
    w.paragraph(RichText(label, Bold).add(QLatin1Char(' ') + t), parts::body());
}

// Free text from the settings: a sentence is printed as it is, a bare phrase with a label.
void settingLine(PageWriter &w, const QString &label, const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return;
    if (t.at(0).isUpper())
        w.paragraph(t.endsWith(QLatin1Char('.')) ? t : t + QLatin1Char('.'), parts::body());
    else
        labelled(w, label, t);
}

QString quotaPhrase(const EventUnit &eu)
{
    const QString note = eu.quotaNote.trimmed();
    const QString n
        = eu.quota < 10 ? QStringLiteral("0%1").arg(eu.quota) : QString::number(eu.quota);
    if (note.isEmpty())
        return n + QStringLiteral(" đồng chí");
    if (note.startsWith(QStringLiteral("đồng chí"), Qt::CaseInsensitive))
        return n + QLatin1Char(' ') + note;
    return n + QStringLiteral(" đồng chí (") + note + QLatin1Char(')');
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

QList<Attendee> invitees(const PaperData &data, const PaperOptions &opt)
{
    if (opt.attendeeIds.isEmpty())
        return listedAttendees(data, opt);
    QHash<qint64, const Attendee *> byId;
    for (const Attendee &a : data.attendees)
        byId.insert(a.id, &a);
    QList<Attendee> out;
    for (qint64 id : opt.attendeeIds)
        if (const Attendee *a = byId.value(id))
            out << *a;
    return out;
}

QList<EventUnit> invitedUnits(const PaperData &data, const PaperOptions &opt)
{
    QList<EventUnit> out;
    for (const EventUnit &eu : data.eventUnits) {
        if (opt.unitId != 0 ? eu.unitId == opt.unitId : eu.quota > 0)
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

Status checkPersonInvitations(const PaperData &data, const PaperOptions &opt)
{
    if (invitees(data, opt).isEmpty())
        return Error(QCoreApplication::translate(
            "Documents",
            "There is nobody to write an invitation to. Add invitees or choose "
            "other persons."));
    return {};
}

Status checkUnitInvitations(const PaperData &data, const PaperOptions &opt)
{
    if (invitedUnits(data, opt).isEmpty())
        return Error(QCoreApplication::translate(
            "Documents",
            "No unit has a seat quota for this event. Set the quotas of the host "
            "units or choose a unit."));
    return {};
}

Status checkOnlineNotice(const PaperData &data)
{
    if (!data.plan(PlanKind::Online))
        return Error(QCoreApplication::translate(
            "Documents", "The event has no online plan, so there is no notice to print."));
    return {};
}

void personInvitations(PageWriter &w, const PaperData &data, const PaperOptions &opt)
{
    const Plan *plan = data.activePlan();
    const QString body = parts::meetingName(data.event);
    const QString when = papertext::eventTime(data.event, plan);
    const QString where = papertext::venue(plan);
    const QStringList recipients = parts::letterRecipients(data);
    const QString inviter = papertext::issuingBodyName(data);

    TextStyle centred = parts::body();
    centred.firstIndentMm = 0;
    centred.align = Qt::AlignHCenter;
    centred.spaceAfterPt = 2;

    for (const Attendee &a : invitees(data, opt)) {
        w.startDocument();
        parts::letterhead(w, data, PaperKind::PersonInvitation);
        parts::title(w, QStringLiteral("GIẤY MỜI"));
        w.paragraph(inviter + QStringLiteral(" trân trọng kính mời:"), parts::body());
        TextStyle name = centred;
        name.pointSize = 14;
        w.paragraph(RichText(QStringLiteral("Đồng chí ") + a.fullName(), Bold), name);
        const QString pu = papertext::positionAndUnit(a, data);
        if (!pu.isEmpty()) {
            TextStyle puStyle = centred;
            puStyle.spaceAfterPt = 6;
            w.paragraph(pu, puStyle);
        } else {
            w.skip(w.pt(4));
        }
        labelled(w, QStringLiteral("Tới dự:"), body);
        labelled(w, QStringLiteral("Thời gian:"), when);
        labelled(w, QStringLiteral("Địa điểm:"), where);
        settingLine(w, QStringLiteral("Đề nghị mang theo:"), data.settings.whatToBring);
        settingLine(w, QStringLiteral("Liên hệ:"), data.settings.contactLine);
        w.paragraph(QStringLiteral("Rất mong đồng chí đến dự đúng giờ./."), parts::body());
        parts::signature(w, data, recipients);
    }
}

void unitInvitations(PageWriter &w, const PaperData &data, const PaperOptions &opt)
{
    const Plan *plan = data.activePlan();
    const bool online = plan && plan->kind == PlanKind::Online;
    const QString meeting = parts::meetingName(data.event);
    const QString inviter = papertext::issuingBodyName(data);
    const QStringList recipients = parts::letterRecipients(data);
    QHash<qint64, UnitRole> roles;
    for (const EventUnit &eu : data.eventUnits)
        roles.insert(eu.unitId, eu.role);

    for (const EventUnit &eu : invitedUnits(data, opt)) {
        w.startDocument();
        parts::letterhead(w, data, PaperKind::UnitInvitation);
        parts::title(w, QStringLiteral("GIẤY MỜI"));
        TextStyle to = parts::body();
        to.firstIndentMm = 0;
        to.align = Qt::AlignHCenter;
        to.spaceAfterPt = 10;
        w.paragraph(RichText(QStringLiteral("Kính gửi: ")).add(data.unitName(eu.unitId), Bold), to);

        QString intro
            = inviter + QStringLiteral(" tổ chức ") + meeting.at(0).toLower() + meeting.mid(1);
        if (!data.event.parentPlanRef.trimmed().isEmpty())
            intro = QStringLiteral("Thực hiện ") + papertext::bareItem(data.event.parentPlanRef)
                + QStringLiteral(", ") + intro;
        w.paragraph(intro + QLatin1Char('.'), parts::body());

        QString ask = inviter + QStringLiteral(" trân trọng kính mời và đề nghị quý đơn vị ");
        if (online) {
            ask += QStringLiteral("cử đại diện lãnh đạo đến dự tại điểm cầu của Tỉnh đoàn; đồng "
                                  "thời thông tin rộng rãi để các Chi đoàn, Chi hội, đoàn viên, "
                                  "thanh niên công nhân theo dõi trực tuyến.");
        } else if (eu.quota > 0) {
            ask += QStringLiteral("cử ") + quotaPhrase(eu) + QStringLiteral(" đến dự.");
        } else {
            ask += QStringLiteral("cử đại diện lãnh đạo đơn vị đến dự.");
        }
        w.paragraph(ask, parts::body());
        labelled(w, QStringLiteral("Thời gian:"), papertext::eventTime(data.event, plan));
        labelled(w, QStringLiteral("Địa điểm:"), papertext::venue(plan));

        const Event &ev = data.event;
        bool contactGiven = false;
        if (roles.value(eu.unitId) == UnitRole::Host && ev.questionDeadline.isValid()) {
            QString q = QStringLiteral("Đề nghị quý đơn vị gửi các vấn đề cần trao đổi, đề xuất, "
                                       "kiến nghị, hiến kế về Tỉnh đoàn trước ngày ")
                + ev.questionDeadline.toString(QStringLiteral("d/M/yyyy"));
            if (ev.minQuestionsPerHost > 0)
                q += QStringLiteral(" (tối thiểu %1 ý kiến)")
                         .arg(ev.minQuestionsPerHost, 2, 10, QLatin1Char('0'));
            if (!ev.intakeEmail.isEmpty())
                q += QStringLiteral(" qua email: ") + ev.intakeEmail;
            if (!ev.intakeContact.isEmpty())
                q += (ev.intakeEmail.isEmpty() ? QStringLiteral(" qua ")
                                               : QStringLiteral(" hoặc trực tiếp "))
                    + ev.intakeContact;
            if (!ev.intakePhone.isEmpty())
                q += QStringLiteral(", điện thoại: ") + ev.intakePhone;
            w.paragraph(q + QLatin1Char('.'), parts::body());
            contactGiven
                = !ev.intakePhone.isEmpty() && data.settings.contactLine.contains(ev.intakePhone);
        }
        // The same person and number twice on one letter reads like a mistake.
        if (!contactGiven)
            settingLine(w, QStringLiteral("Liên hệ:"), data.settings.contactLine);
        w.paragraph(QStringLiteral("Rất mong quý đơn vị quan tâm, cử đúng thành phần, đủ số lượng "
                                   "và đến dự đúng giờ./."),
                    parts::body());
        parts::signature(w, data, recipients);
    }
}

void onlineNotice(PageWriter &w, const PaperData &data, const PaperOptions &opt)
{
    const Plan *plan = data.plan(PlanKind::Online);
    const QString meeting = parts::meetingName(data.event);
    const QString inviter = papertext::issuingBodyName(data);

    w.startDocument();
    parts::letterhead(w, data, PaperKind::OnlineNotice);
    parts::title(w, QStringLiteral("THÔNG BÁO"),
                 QStringLiteral("Về việc tổ chức ") + meeting.at(0).toLower() + meeting.mid(1)
                     + QStringLiteral(" theo hình thức trực tuyến"),
                 true);

    QString why = inviter + QStringLiteral(" thông báo ") + meeting.at(0).toLower() + meeting.mid(1)
        + QStringLiteral(" được tổ chức theo hình thức trực tuyến");
    if (plan && !plan->condition.trimmed().isEmpty()) {
        QString c = plan->condition.trimmed();
        if (c.startsWith(QLatin1Char('(')) && c.endsWith(QLatin1Char(')')))
            c = c.mid(1, c.size() - 2);
        why += QStringLiteral(" (") + c + QLatin1Char(')');
    }
    w.paragraph(why + QStringLiteral(", cụ thể như sau:"), parts::body());
    labelled(w, QStringLiteral("1. Thời gian:"), papertext::eventTime(data.event, plan));
    labelled(w, QStringLiteral("2. Địa điểm:"),
             plan && !plan->venue.trimmed().isEmpty() ? plan->venue.trimmed()
                                                      : QStringLiteral("Phòng họp Tỉnh đoàn"));
    QString stream = QStringLiteral("Hội nghị được phát trực tiếp (livestream) trên Fanpage Tỉnh "
                                    "đoàn");
    if (plan && !plan->livestreamUrl.trimmed().isEmpty())
        stream += QStringLiteral(", địa chỉ: ") + plan->livestreamUrl.trimmed();
    labelled(w, QStringLiteral("3. Hình thức theo dõi:"), stream);

    // The units told to organise their branches to watch: the host and participating units.
    QStringList units;
    for (const EventUnit &eu : data.eventUnits) {
        if (opt.unitId != 0 && eu.unitId != opt.unitId)
            continue;
        if (eu.role == UnitRole::Host || eu.role == UnitRole::Participant) {
            const QString name = data.unitName(eu.unitId);
            if (!name.isEmpty())
                units << name;
        }
    }
    w.paragraph(inviter
                    + QStringLiteral(" đề nghị các đơn vị sau thông tin rộng rãi, tổ chức cho các "
                                     "Chi đoàn, Chi hội, đoàn viên, thanh niên công nhân theo dõi "
                                     "và tham gia gửi câu hỏi trong thời gian diễn ra hội nghị:"),
                parts::body());
    // A long list goes in two columns (down the left, then the right) to keep the notice
    // on one page.
    TextStyle itemStyle = parts::item();
    itemStyle.firstIndentMm = 0;
    itemStyle.align = Qt::AlignLeft;
    const bool twoColumns = units.size() > 4;
    const qsizetype rows = twoColumns ? (units.size() + 1) / 2 : units.size();
    const qreal indent = w.mm(10);
    const qreal colW = twoColumns ? (w.width() - indent) / 2 : w.width() - indent;
    auto itemText = [&](qsizetype i) {
        return QStringLiteral("- ") + units[i]
            + (i + 1 < units.size() ? QStringLiteral(";") : QStringLiteral("."));
    };
    for (qsizetype r = 0; r < rows; ++r) {
        const TextBlock left = w.layout(itemText(r), itemStyle, colW - w.mm(2));
        TextBlock right;
        if (twoColumns && r + rows < units.size())
            right = w.layout(itemText(r + rows), itemStyle, colW - w.mm(2));
        const qreal h = std::max(left.height(), right.height());
        w.ensureSpace(h);
        w.draw(left, w.left() + indent, w.y());
        w.draw(right, w.left() + indent + colW, w.y());
        w.skip(h + w.pt(2));
    }
    w.skip(w.pt(4));
    w.paragraph(QStringLiteral("Đề nghị các đơn vị quan tâm, triển khai thực hiện./."),
                parts::body());
    parts::signature(w, data, papertext::recipientLines(data.settings.recipients));
}

} // namespace dd::documents::papers
