#include "services/paperservice.h"

#include "documents/paperrenderer.h"
#include "documents/papers.h"
#include "documents/papertext.h"
#include "edit/paperedits.h"
#include "io/zipwriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QMap>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>

namespace dd::paperservice {

namespace {

Status writeError(const QString &path, const QString &why)
{
    return Error(QCoreApplication::translate(
                     "Papers", "Cannot write %1: %2. Choose another folder or file name.")
                     .arg(QDir::toNativeSeparators(path), why));
}

bool isOdt(const QString &path)
{
    return path.endsWith(QStringLiteral(".odt"), Qt::CaseInsensitive);
}

// The paper as a PDF or an ODT, written beside the target and moved over it only when
// complete. Returns the pages of a PDF, 0 for an ODT.
Result<int> writeFile(PaperKind kind, const documents::PaperData &data,
                      const documents::PaperOptions &opt, const QString &path)
{
    const Result<documents::Paper> paper = documents::buildPaper(kind, data, opt);
    if (!paper)
        return Error(paper.error());
    if (paper->cards && isOdt(path))
        return Error(QCoreApplication::translate(
            "Papers",
            "Badges, place cards and labels are printed from a PDF: choose a .pdf file."));
    if (!isOdt(path)) {
        const Result<int> pages = documents::writePaperPdf(*paper, path);
        if (!pages)
            return Error(pages.error());
        return pages;
    }
    io::ZipWriter zip;
    for (const documents::OdtPart &part : documents::OdtWriter::write(*paper))
        zip.add(part.name, part.content,
                part.name == QLatin1String("mimetype") ? io::ZipWriter::Method::Stored
                                                       : io::ZipWriter::Method::Deflated);
    const QByteArray bytes = zip.finish();
    QSaveFile file(path);
    if (bytes.isEmpty() || !file.open(QIODevice::WriteOnly))
        return Error(writeError(path, file.errorString()).error());
    if (file.write(bytes) != bytes.size() || !file.commit())
        return Error(writeError(path, file.errorString()).error());
    return 0;
}

// Takes the next number of the kind into data.number.
Status takeNumber(Session &session, PaperKind kind, documents::PaperData &data)
{
    if (!paperCarriesNumber(kind))
        return {};
    const Result<int> number = paperedits::takeNumber(&session, kind);
    if (!number)
        return Error(number.error());
    data.number = *number;
    return {};
}

bool requireEvent(Session &session, QString *why)
{
    if (session.eventId() > 0 && session.event())
        return true;
    *why = QCoreApplication::translate("Papers",
                                       "No event is open. Choose or create an event first.");
    return false;
}

// The dates the paper prints: those asked for, else those remembered for it.
void applyDates(documents::PaperData &data, PaperKind kind, const PaperDates &dates)
{
    const PaperNumbering remembered = data.settings.numbering.value(kind);
    data.issueDate = dates.signedOn.value_or(remembered.signedOn);
    const PaperNumbering letter = data.settings.numbering.value(PaperKind::ForwardLetter);
    data.answerBy = dates.answerBy.value_or(letter.answerBy);
}

} // namespace

documents::PaperData paperData(Session &session)
{
    documents::PaperData d;
    const qint64 id = session.eventId();
    if (auto event = session.event())
        d.event = *event;
    d.plans = session.events().plans(id);
    d.settings = session.events().documentSettings(id);
    for (const Unit &u : session.units().list())
        d.units.insert(u.id, u);
    d.eventUnits = session.units().eventUnits(id);
    d.attendees = session.attendees().list(id);
    d.topics = session.questions().topics(id);
    d.questions = session.questions().list(id);
    d.agenda = session.agenda().list(id);
    d.tasks = session.tasks().list(id);
    d.budget = session.budget().list(id);
    return d;
}

Result<documents::PaperData> preparePaper(Session &session, PaperKind kind,
                                          const documents::PaperOptions &options,
                                          bool takeNextNumber, const PaperDates &dates)
{
    QString why;
    if (!requireEvent(session, &why))
        return Error(why);
    documents::PaperData data = paperData(session);
    applyDates(data, kind, dates);
    if (Status s = canPrint(kind, data, options); !s)
        return Error(s.error());
    if (takeNextNumber) {
        if (Status s = takeNumber(session, kind, data); !s)
            return Error(s.error());
    }
    return data;
}

Result<PrintedPaper> writePaper(Session &session, PaperKind kind,
                                const documents::PaperOptions &options, const QString &path,
                                bool takeNextNumber, const PaperDates &dates)
{
    Result<documents::PaperData> prepared
        = preparePaper(session, kind, options, takeNextNumber, dates);
    if (!prepared)
        return Error(prepared.error());
    const documents::PaperData &data = *prepared;
    const Result<int> pages = writeFile(kind, data, options, path);
    if (!pages) {
        paperedits::giveBackNumber(&session, kind, data.number);
        return Error(pages.error());
    }
    return PrintedPaper { QFileInfo(path).absoluteFilePath(), *pages, data.number };
}

Result<int> printPaper(Session &session, PaperKind kind, const documents::PaperOptions &options,
                       QPagedPaintDevice &device, bool takeNextNumber, const PaperDates &dates)
{
    Result<documents::PaperData> prepared
        = preparePaper(session, kind, options, takeNextNumber, dates);
    if (!prepared)
        return Error(prepared.error());
    const documents::PaperData &data = *prepared;
    if (Status s = documents::renderPaper(kind, data, options, device); !s) {
        paperedits::giveBackNumber(&session, kind, data.number);
        return Error(s.error());
    }
    return data.number;
}

Status canPrint(PaperKind kind, const documents::PaperData &data,
                const documents::PaperOptions &options)
{
    return documents::papers::check(kind, data, options);
}

QString dateWarning(PaperKind kind, const documents::PaperData &data, const QDate &signedOn)
{
    QStringList warnings;
    const bool givesTime = kind == PaperKind::PersonInvitation || kind == PaperKind::UnitInvitation
        || kind == PaperKind::OnlineNotice || kind == PaperKind::Programme
        || kind == PaperKind::SignInSheet;
    if (givesTime && !data.event.date.isValid())
        warnings << QCoreApplication::translate("Papers",
                                                "The event has no date yet: the paper says "
                                                "“Thời gian: %1”. Set the date of the event "
                                                "before sending it.")
                        .arg(documents::papertext::eventTime(data.event, data.activePlan()));
    // The letters that ask the hosts, the online viewers and the units for questions.
    const bool asksForQuestions = kind == PaperKind::PersonInvitation
        || kind == PaperKind::UnitInvitation || kind == PaperKind::OnlineNotice;
    const QDate deadline = data.event.questionDeadline;
    if (asksForQuestions && signedOn.isValid() && deadline.isValid() && signedOn > deadline)
        warnings << QCoreApplication::translate(
                        "Papers",
                        "The paper is signed on %1, after the deadline for questions (%2): it "
                        "asks for questions before a day that has already passed. Move the "
                        "deadline (event setup) or the signing date.")
                        .arg(signedOn.toString(QStringLiteral("dd/MM/yyyy")),
                             deadline.toString(QStringLiteral("dd/MM/yyyy")));
    // A paper inviting to the day signed after it, a report of the day signed before it.
    const QDate day = data.event.date;
    if (givesTime && kind != PaperKind::SignInSheet && signedOn.isValid() && day.isValid()
        && signedOn > day)
        warnings << QCoreApplication::translate("Papers",
                                                "The paper is signed on %1, after the day of the "
                                                "meeting (%2). Check the signing date.")
                        .arg(signedOn.toString(QStringLiteral("dd/MM/yyyy")),
                             day.toString(QStringLiteral("dd/MM/yyyy")));
    if (kind == PaperKind::Report && signedOn.isValid() && day.isValid() && signedOn < day)
        warnings << QCoreApplication::translate("Papers",
                                                "The results report is signed on %1, before the "
                                                "day of the meeting (%2). Check the signing date.")
                        .arg(signedOn.toString(QStringLiteral("dd/MM/yyyy")),
                             day.toString(QStringLiteral("dd/MM/yyyy")));
    // The notice announces the meeting online: under the in-person plan it is a draft for a
    // switch, not a paper to send.
    if (kind == PaperKind::OnlineNotice && data.event.activePlan != PlanKind::Online)
        warnings << QCoreApplication::translate(
                        "Papers",
                        "The online notice belongs to the online plan (%1), but the event follows "
                        "the in-person plan (%2): the notice says the meeting is held online. Send "
                        "it only after switching to the online plan.")
                        .arg(documents::papertext::planWords(data, PlanKind::Online),
                             documents::papertext::planWords(data, PlanKind::InPerson));
    return warnings.join(QLatin1Char('\n'));
}

QList<qint64> unrecordedForwarding(Session &session, qint64 agencyId)
{
    QList<qint64> ids;
    for (const Question &q : documents::papers::forwardedTo(paperData(session), agencyId))
        if (!q.forwardedOn.isValid() || q.status != QuestionStatus::Forwarded)
            ids << q.id;
    return ids;
}

Result<QList<PrintedPaper>> writeLettersPerUnit(Session &session, PaperKind kind,
                                                const QList<qint64> &ids, const QString &folder,
                                                bool takeNextNumber, const PaperDates &dates,
                                                const QString &extension)
{
    QString why;
    if (!requireEvent(session, &why))
        return Error(why);
    if (kind != PaperKind::PersonInvitation && kind != PaperKind::UnitInvitation)
        return Error(QCoreApplication::translate(
            "Papers", "Only invitation letters can be written one file per unit."));
    if (!QDir().mkpath(folder))
        return Error(QCoreApplication::translate(
                         "Papers", "Cannot create the folder %1. Choose another folder.")
                         .arg(QDir::toNativeSeparators(folder)));

    documents::PaperData data = paperData(session);
    applyDates(data, kind, dates);

    // One batch per unit, in the order the units appear in the event, then the others.
    QList<qint64> unitOrder;
    QMap<qint64, documents::PaperOptions> batches;
    const auto batch = [&](qint64 unitId) -> documents::PaperOptions & {
        if (!batches.contains(unitId))
            unitOrder << unitId;
        return batches[unitId];
    };
    if (kind == PaperKind::PersonInvitation) {
        documents::PaperOptions all;
        all.attendeeIds = ids;
        for (const Attendee &a : documents::papers::invitees(data, all))
            batch(a.unitId).attendeeIds << a.id;
    } else if (ids.isEmpty()) {
        for (const EventUnit &eu : documents::papers::invitedUnits(data, {}))
            batch(eu.unitId).unitId = eu.unitId;
    } else {
        for (qint64 unitId : ids)
            batch(unitId).unitId = unitId;
    }
    if (unitOrder.isEmpty()) {
        const Status s = canPrint(kind, data, {});
        return Error(s ? QCoreApplication::translate(
                         "Papers", "None of the people or units chosen gets a letter.")
                       : s.error());
    }

    if (takeNextNumber) {
        if (Status s = takeNumber(session, kind, data); !s)
            return Error(s.error());
    }
    QList<PrintedPaper> written;
    QSet<QString> usedNames;
    for (qint64 unitId : std::as_const(unitOrder)) {
        const Unit unit = data.units.value(unitId);
        QString base
            = safeFileName(unit.shortName.trimmed().isEmpty() ? unit.name : unit.shortName);
        if (unitId == 0 || base.isEmpty())
            base = QStringLiteral("Khác");
        QString name = base;
        for (int n = 2; usedNames.contains(name.toLower()); ++n)
            name = QStringLiteral("%1 (%2)").arg(base).arg(n);
        usedNames.insert(name.toLower());
        const QString path = QDir(folder).filePath(name + QLatin1Char('.') + extension);
        const Result<int> pages = writeFile(kind, data, batches.value(unitId), path);
        if (!pages) {
            if (written.isEmpty())
                paperedits::giveBackNumber(&session, kind, data.number);
            return Error(pages.error());
        }
        written << PrintedPaper { QFileInfo(path).absoluteFilePath(), *pages, data.number };
    }
    return written;
}

QString safeFileName(const QString &name)
{
    static const QRegularExpression forbidden(QStringLiteral(R"([:/\\?*"<>|\x00-\x1f])"));
    QString s = name;
    s.replace(forbidden, QStringLiteral("-"));
    s = s.simplified();
    while (s.endsWith(QLatin1Char('.')) || s.endsWith(QLatin1Char(' ')))
        s.chop(1);
    static const QRegularExpression reserved(
        QStringLiteral("^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\\..*)?$"),
        QRegularExpression::CaseInsensitiveOption);
    if (reserved.match(s).hasMatch())
        s.prepend(QLatin1Char('_'));
    return s.left(120);
}

QString paperWord(PaperKind kind)
{
    return paperKindKey(kind);
}

std::optional<PaperKind> paperFromWord(const QString &word)
{
    const QString key = word.trimmed().toLower();
    const PaperKind kind = paperKindFromKey(key);
    if (paperKindKey(kind) != key)
        return std::nullopt;
    return kind;
}

} // namespace dd::paperservice
