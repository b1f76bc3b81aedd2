#include "services/paperservice.h"

#include "documents/paperrenderer.h"
#include "documents/papers.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QMap>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>

namespace dd::paperservice {

namespace {

// Counts the pages as the renderer starts them, so that callers can say "12 pages".
class CountingPdfWriter : public QPdfWriter
{
public:
    using QPdfWriter::QPdfWriter;
    bool newPage() override
    {
        ++m_pages;
        return QPdfWriter::newPage();
    }
    int pages() const { return m_pages; }

private:
    int m_pages = 1;
};

// writePaperPdf with a page count: the same A4 file, written beside the target and
// moved over it only when complete.
Result<int> writePdf(PaperKind kind, const documents::PaperData &data,
                     const documents::PaperOptions &opt, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error(QCoreApplication::translate(
                         "Papers", "Cannot write %1: %2. Choose another folder or file name.")
                         .arg(QDir::toNativeSeparators(path), file.errorString()));
    int pages = 0;
    {
        CountingPdfWriter pdf(&file);
        pdf.setResolution(1200);
        pdf.setTitle(documents::paperTitle(kind, data));
        pdf.setCreator(QStringLiteral("DialogueDesk"));
        if (Status s = documents::renderPaper(kind, data, opt, pdf); !s) {
            file.cancelWriting();
            return Error(s.error());
        }
        pages = pdf.pages();
    }
    if (!file.commit())
        return Error(QCoreApplication::translate(
                         "Papers", "Cannot write %1: %2. Choose another folder or file name.")
                         .arg(QDir::toNativeSeparators(path), file.errorString()));
    return pages;
}

// Takes the next number of the kind into data.number.
Status takeNumber(Session &session, PaperKind kind, documents::PaperData &data)
{
    const Result<int> number = session.events().takeNextNumber(session.eventId(), kind);
    if (!number)
        return Error(number.error());
    data.number = *number;
    return {};
}

// A paper that was not written keeps no number: the counter goes back when nobody has
// taken a later number meanwhile.
void giveBackNumber(Session &session, PaperKind kind, int number)
{
    if (number <= 0)
        return;
    DocumentSettings settings = session.events().documentSettings(session.eventId());
    auto it = settings.numbering.find(kind);
    if (it == settings.numbering.end() || it->nextNumber != number + 1)
        return;
    it->nextNumber = number;
    session.events().saveDocumentSettings(settings);
}

bool requireEvent(Session &session, QString *why)
{
    if (session.eventId() > 0 && session.event())
        return true;
    *why = QCoreApplication::translate("Papers",
                                       "No event is open. Choose or create an event first.");
    return false;
}

} // namespace

documents::PaperData paperData(Session &session, QDate issueDate)
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
    d.issueDate = issueDate.isValid() ? issueDate : QDate::currentDate();
    return d;
}

// The data of one paper, checked to be printable, with the next number taken when asked.
static Result<documents::PaperData> preparePaper(Session &session, PaperKind kind,
                                                 const documents::PaperOptions &options,
                                                 bool takeNextNumber, QDate issueDate)
{
    QString why;
    if (!requireEvent(session, &why))
        return Error(why);
    documents::PaperData data = paperData(session, issueDate);
    if (Status s = canPrint(kind, data, options); !s)
        return Error(s.error());
    if (takeNextNumber) {
        if (Status s = takeNumber(session, kind, data); !s)
            return Error(s.error());
    }
    return data;
}

Result<PrintedPaper> printPaperToPdf(Session &session, PaperKind kind,
                                     const documents::PaperOptions &options, const QString &path,
                                     bool takeNextNumber, QDate issueDate)
{
    Result<documents::PaperData> prepared
        = preparePaper(session, kind, options, takeNextNumber, issueDate);
    if (!prepared)
        return Error(prepared.error());
    documents::PaperData &data = *prepared;
    const Result<int> pages = writePdf(kind, data, options, path);
    if (!pages) {
        giveBackNumber(session, kind, data.number);
        return Error(pages.error());
    }
    return PrintedPaper { QFileInfo(path).absoluteFilePath(), *pages, data.number };
}

Result<int> printPaper(Session &session, PaperKind kind, const documents::PaperOptions &options,
                       QPagedPaintDevice &device, bool takeNextNumber, QDate issueDate)
{
    Result<documents::PaperData> prepared
        = preparePaper(session, kind, options, takeNextNumber, issueDate);
    if (!prepared)
        return Error(prepared.error());
    documents::PaperData &data = *prepared;
    if (Status s = documents::renderPaper(kind, data, options, device); !s) {
        giveBackNumber(session, kind, data.number);
        return Error(s.error());
    }
    return data.number;
}

Status canPrint(PaperKind kind, const documents::PaperData &data,
                const documents::PaperOptions &options)
{
    switch (kind) {
    case PaperKind::PersonInvitation:
        return documents::papers::checkPersonInvitations(data, options);
    case PaperKind::UnitInvitation:
        return documents::papers::checkUnitInvitations(data, options);
    case PaperKind::OnlineNotice:
        return documents::papers::checkOnlineNotice(data);
    default:
        return {};
    }
}

Result<QList<PrintedPaper>> writeLettersPerUnit(Session &session, PaperKind kind,
                                                const QList<qint64> &ids, const QString &folder,
                                                bool takeNextNumber, QDate issueDate)
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

    documents::PaperData data = paperData(session, issueDate);

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
    if (unitOrder.isEmpty())
        return Error(kind == PaperKind::PersonInvitation
                         ? QCoreApplication::translate(
                             "Papers",
                             "There is nobody to write an invitation to. Add invitees or "
                             "choose other persons.")
                         : QCoreApplication::translate(
                             "Papers",
                             "No unit has a seat quota for this event. Set the quotas of the "
                             "host units or choose a unit."));

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
        const QString path = QDir(folder).filePath(name + QStringLiteral(".pdf"));
        const Result<int> pages = writePdf(kind, data, batches.value(unitId), path);
        if (!pages) {
            if (written.isEmpty())
                giveBackNumber(session, kind, data.number);
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

namespace {
struct Word
{
    PaperKind kind;
    const char *word;
};
constexpr Word kWords[] = {
    { PaperKind::PersonInvitation, "invitation" }, { PaperKind::UnitInvitation, "unit-invitation" },
    { PaperKind::DelegateList, "delegates" },      { PaperKind::SignInSheet, "sign-in" },
    { PaperKind::Programme, "programme" },         { PaperKind::QuestionSummary, "questions" },
    { PaperKind::OnlineNotice, "notice" },         { PaperKind::Plan, "plan" },
};
} // namespace

QString paperWord(PaperKind kind)
{
    for (const Word &w : kWords)
        if (w.kind == kind)
            return QLatin1String(w.word);
    return {};
}

std::optional<PaperKind> paperFromWord(const QString &word)
{
    const QString key = word.trimmed().toLower();
    for (const Word &w : kWords)
        if (key == QLatin1String(w.word))
            return w.kind;
    return std::nullopt;
}

} // namespace dd::paperservice
