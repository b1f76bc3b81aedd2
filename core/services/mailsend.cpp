#include "services/mailsend.h"

#include "documents/papers.h"
#include "mail/curltransfer.h"
#include "mail/outgoingmail.h"
#include "text/vietnamese.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSaveFile>
#include <QTemporaryDir>

namespace dd {

namespace {

// The paper's words in the file name and the subject.
QString filePrefix(PaperKind kind)
{
    switch (kind) {
    case PaperKind::UnitInvitation:
        return QStringLiteral("giay-moi");
    case PaperKind::ForwardLetter:
        return QStringLiteral("cong-van-chuyen-cau-hoi");
    case PaperKind::OnlineNotice:
        return QStringLiteral("thong-bao");
    default:
        break;
    }
    return QStringLiteral("van-ban");
}

QString subjectOf(PaperKind kind, const Event &event)
{
    switch (kind) {
    case PaperKind::UnitInvitation:
        return QStringLiteral("Giấy mời dự %1").arg(event.title);
    case PaperKind::ForwardLetter:
        return QStringLiteral("Chuyển câu hỏi, kiến nghị của đoàn viên, thanh niên – %1")
            .arg(event.title);
    case PaperKind::OnlineNotice:
        return QStringLiteral("Thông báo tổ chức trực tuyến %1").arg(event.title);
    default:
        break;
    }
    return event.title;
}

QString bodyOf(PaperKind kind, const Event &event, const QString &unitName)
{
    QString what;
    switch (kind) {
    case PaperKind::UnitInvitation:
        what = QStringLiteral("trân trọng gửi giấy mời tham dự %1").arg(event.title);
        break;
    case PaperKind::ForwardLetter:
        what = QStringLiteral("trân trọng chuyển đến quý cơ quan các câu hỏi, kiến nghị của đoàn "
                              "viên, thanh niên gửi %1 và đề nghị quý cơ quan trả lời theo thời "
                              "hạn nêu trong công văn")
                   .arg(event.title);
        break;
    case PaperKind::OnlineNotice:
        what = QStringLiteral("trân trọng gửi thông báo về việc tổ chức trực tuyến %1")
                   .arg(event.title);
        break;
    default:
        what = QStringLiteral("trân trọng gửi văn bản về %1").arg(event.title);
        break;
    }
    QString body = QStringLiteral("Kính gửi: %1,\n\n%2 %3 (văn bản đính kèm).\n")
                       .arg(unitName, event.organiser, what);
    if (!event.intakeContact.isEmpty() || !event.intakePhone.isEmpty())
        body += QStringLiteral("\nLiên hệ: %1%2.\n")
                    .arg(event.intakeContact,
                         event.intakePhone.isEmpty()
                             ? QString()
                             : QStringLiteral(", điện thoại %1").arg(event.intakePhone));
    body += QStringLiteral("\nTrân trọng!\n%1\n").arg(event.organiser);
    return body;
}

} // namespace

bool isMailablePaper(PaperKind kind)
{
    return kind == PaperKind::UnitInvitation || kind == PaperKind::ForwardLetter
        || kind == PaperKind::OnlineNotice;
}

Result<QList<MailRecipient>> mailRecipients(Session &session, PaperKind kind,
                                            const QList<qint64> &unitIds)
{
    if (!isMailablePaper(kind))
        return Error(QCoreApplication::translate(
            "Mail",
            "Only the unit invitations, the forwarding letters and the online notice "
            "are sent by e-mail."));
    const auto event = session.event();
    if (!event)
        return Error(QCoreApplication::translate("Mail", "No event is open."));
    const documents::PaperData data = paperservice::paperData(session);
    QList<qint64> ids;
    if (kind == PaperKind::UnitInvitation) {
        for (const EventUnit &eu : documents::papers::invitedUnits(data, {}))
            ids << eu.unitId;
    } else if (kind == PaperKind::ForwardLetter) {
        for (const Question &q : data.questions)
            if (q.forwardedToUnitId && !ids.contains(q.forwardedToUnitId))
                ids << q.forwardedToUnitId;
    } else {
        for (const EventUnit &eu : data.eventUnits) {
            const UnitKind k = data.units.value(eu.unitId).kind;
            if (k == UnitKind::District || k == UnitKind::Affiliated)
                ids << eu.unitId;
        }
    }
    if (!unitIds.isEmpty()) {
        for (qint64 id : unitIds)
            if (!ids.contains(id))
                return Error(QCoreApplication::translate("Mail", "The paper is not for %1.")
                                 .arg(session.units().get(id) ? session.units().get(id)->name
                                                              : QString::number(id)));
        ids = unitIds;
    }
    // The last attempt per unit for this paper, in sending order: the last one stays.
    QHash<qint64, MailLogEntry> lastAttempt;
    for (const MailLogEntry &e : session.mail().log(session.eventId()))
        if (e.paper == paperKindKey(kind))
            lastAttempt.insert(e.unitId, e);
    QList<MailRecipient> out;
    for (qint64 id : std::as_const(ids)) {
        const auto unit = session.units().get(id);
        if (!unit)
            continue;
        MailRecipient r;
        r.unitId = id;
        r.unitName = unit->name;
        r.address = unit->email.trimmed();
        r.fileName = filePrefix(kind) + QLatin1Char('-') + mail::asciiSlug(unit->name)
            + QStringLiteral(".pdf");
        r.subject = subjectOf(kind, *event);
        r.body = bodyOf(kind, *event, unit->name);
        r.sentBefore = session.mail().lastSent(session.eventId(), id, paperKindKey(kind));
        if (const auto last = lastAttempt.constFind(id); last != lastAttempt.cend() && last->failed)
            r.lastFailure = *last;
        out << r;
    }
    return out;
}

MailProgressFigures mailFigures(Session &session, PaperKind kind)
{
    MailProgressFigures f;
    const auto recipients = mailRecipients(session, kind);
    if (!recipients)
        return f;
    for (const MailRecipient &r : *recipients) {
        ++f.units;
        f.sent += r.sentBefore.has_value();
        f.noAddress += r.address.isEmpty();
        f.failed += r.lastFailure.has_value();
    }
    return f;
}

Result<PreparedMail> prepareMail(Session &session, PaperKind kind,
                                 const QList<MailRecipient> &recipients,
                                 const MailSendOptions &options)
{
    const auto event = session.event();
    if (!event)
        return Error(QCoreApplication::translate("Mail", "No event is open."));
    PreparedMail out;
    out.from = options.fromAddress.trimmed().isEmpty() ? event->intakeEmail.trimmed()
                                                       : options.fromAddress.trimmed();
    if (out.from.isEmpty())
        return Error(QCoreApplication::translate(
            "Mail",
            "The event has no e-mail address to send from: set it in the event or in Edit ▸ "
            "Preferences ▸ E-mail, or give --from ADDRESS."));
    QTemporaryDir work;
    if (!work.isValid())
        return Error(QCoreApplication::translate("Mail", "No temporary folder for the PDFs."));
    for (const MailRecipient &r : recipients) {
        if (r.address.isEmpty()) {
            out.skipped
                << QCoreApplication::translate("Mail", "%1: no e-mail address").arg(r.unitName);
            continue;
        }
        if (r.sentBefore && !options.again) {
            out.skipped << QCoreApplication::translate("Mail", "%1: already sent on %2 to %3")
                               .arg(r.unitName,
                                    r.sentBefore->sentAt.toString(
                                        QStringLiteral("dd/MM/yyyy HH:mm")),
                                    r.sentBefore->recipient);
            continue;
        }
        documents::PaperOptions paperOptions;
        paperOptions.unitId = r.unitId;
        const QString pdfPath = work.filePath(r.fileName);
        const auto written
            = paperservice::writePaper(session, kind, paperOptions, pdfPath, false, options.dates);
        if (!written)
            return Error(written.error());
        QFile pdf(pdfPath);
        if (!pdf.open(QIODevice::ReadOnly))
            return Error(pdf.errorString());
        mail::OutgoingMail m;
        m.fromName
            = options.fromName.trimmed().isEmpty() ? event->organiser : options.fromName.trimmed();
        m.fromAddress = out.from;
        m.toName = r.unitName;
        m.toAddress = r.address;
        m.subject = r.subject;
        m.body = r.body;
        m.attachmentName = r.fileName;
        m.attachment = pdf.readAll();
        PreparedMail::Item item;
        item.unitName = r.unitName;
        item.message = mail::buildMessage(m);
        item.entry.eventId = session.eventId();
        item.entry.unitId = r.unitId;
        item.entry.paper = paperKindKey(kind);
        item.entry.recipient = r.address;
        item.entry.subject = r.subject;
        item.entry.attachment = r.fileName;
        out.items << item;
    }
    return out;
}

QList<Delivery> deliverMail(const PreparedMail &prepared, const mail::MailServer &smtp,
                            const mail::MailProgress &progress)
{
    mail::CurlTransfer transfer(smtp);
    QList<Delivery> out;
    for (int i = 0; i < prepared.items.size(); ++i) {
        if (progress && !progress(i, int(prepared.items.size())))
            break; // cancelled: what was sent is still logged
        const PreparedMail::Item &item = prepared.items.at(i);
        const Result<QString> answer = transfer.smtp(
            prepared.from.toUtf8(), { item.entry.recipient.toUtf8() }, item.message);
        Delivery d;
        d.item = i;
        d.sentAt = QDateTime::currentDateTime();
        d.sent = bool(answer);
        d.answer = answer ? *answer : answer.error();
        if (!answer && transfer.lastFailure() != mail::MailFailure::Recipient) {
            // The server is gone or refused us: nothing more can go. This message and the
            // rest did not go, for that reason; what was sent before is logged as sent.
            for (int rest = i; rest < prepared.items.size(); ++rest) {
                d.item = rest;
                d.stopped = true;
                out << d;
            }
            break;
        }
        out << d;
    }
    if (progress)
        progress(int(prepared.items.size()), int(prepared.items.size()));
    return out;
}

Result<MailSendReport> logDeliveries(Session &session, const PreparedMail &prepared,
                                     const QList<Delivery> &deliveries)
{
    MailSendReport report;
    report.skipped = prepared.skipped;
    for (const Delivery &d : deliveries) {
        const PreparedMail::Item &item = prepared.items.at(d.item);
        MailLogEntry entry = item.entry;
        entry.sentAt = d.sentAt;
        entry.serverReply = d.answer;
        entry.failed = !d.sent;
        const Result<qint64> id = session.mail().recordSent(entry);
        if (!id)
            return Error(id.error());
        entry.id = *id;
        if (d.sent) {
            report.sent << entry;
            continue;
        }
        if (d.stopped)
            report.stoppedBy = d.answer;
        report.failed << QStringLiteral("%1: %2").arg(item.unitName, d.answer);
    }
    return report;
}

Result<MailSendReport> sendPaperByMail(Session &session, PaperKind kind,
                                       const QList<MailRecipient> &recipients,
                                       const MailSendOptions &options)
{
    const bool dryRun = !options.smtp;
    if (dryRun && !QDir().mkpath(options.dryRunFolder))
        return Error(QCoreApplication::translate("Mail", "Cannot create the folder %1.")
                         .arg(QDir::toNativeSeparators(options.dryRunFolder)));
    const Result<PreparedMail> prepared = prepareMail(session, kind, recipients, options);
    if (!prepared)
        return Error(prepared.error());
    if (!dryRun) {
        return logDeliveries(session, *prepared, deliverMail(*prepared, *options.smtp));
    }
    MailSendReport report;
    report.skipped = prepared->skipped;
    for (const PreparedMail::Item &item : prepared->items) {
        const QString path = QDir(options.dryRunFolder)
                                 .filePath(QFileInfo(item.entry.attachment).completeBaseName()
                                           + QStringLiteral(".eml"));
        QSaveFile out(path);
        if (!out.open(QIODevice::WriteOnly) || out.write(item.message) != item.message.size()
            || !out.commit())
            return Error(QCoreApplication::translate("Mail", "Cannot write %1.")
                             .arg(QDir::toNativeSeparators(path)));
        report.written << path;
    }
    return report;
}

} // namespace dd
