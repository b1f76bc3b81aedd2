#include "documents/paperrenderer.h"

#include "documents/cardlayout.h"
#include "documents/papers.h"
#include "documents/pdflayout.h"

#include "domain/schedule.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QPdfWriter>
#include <QSaveFile>

#include <algorithm>

namespace dd::documents {

namespace papers {

Status check(PaperKind kind, const PaperData &data, const PaperOptions &opt)
{
    switch (kind) {
    case PaperKind::PersonInvitation:
        if (invitees(data, opt).isEmpty())
            return Error(QCoreApplication::translate(
                "Documents",
                "There is nobody to write a personal letter to: letters go to named co-chairs, "
                "guests, delegates and press who have not declined, outside the organiser's own "
                "units. Add their names or choose other persons; units are invited with the unit "
                "letters."));
        return {};
    case PaperKind::UnitInvitation:
        if (invitedUnits(data, opt).isEmpty())
            return Error(QCoreApplication::translate(
                "Documents",
                "No unit takes part in this event besides the organiser. Give the units their "
                "part (Edit ▸ Units) or choose a unit."));
        return {};
    case PaperKind::OnlineNotice:
        if (!data.plan(PlanKind::Online))
            return Error(QCoreApplication::translate(
                "Documents", "The event has no online plan, so there is no notice to print."));
        return {};
    case PaperKind::ForwardLetter:
        if (opt.unitId == 0 || data.unitName(opt.unitId).isEmpty())
            return Error(QCoreApplication::translate(
                "Documents", "Choose the agency the covering letter goes to."));
        if (forwardedTo(data, opt.unitId).isEmpty())
            return Error(QCoreApplication::translate(
                             "Documents",
                             "No open question is forwarded to %1. Forward questions to it on "
                             "the Questions tab first.")
                             .arg(data.unitName(opt.unitId)));
        return {};
    case PaperKind::DelegateList:
        if (listedAttendees(data, opt).isEmpty() && listedReserves(data, opt).isEmpty())
            return Error(QCoreApplication::translate(
                "Documents",
                "Nobody is on the delegate list yet: add the people (import the lists the "
                "unions send) or choose another unit."));
        return {};
    case PaperKind::SignInSheet:
        // Units without names still get rows to sign on; with neither there is no sheet.
        if (listedAttendees(data, opt).isEmpty() && invitedUnits(data, opt).isEmpty())
            return Error(QCoreApplication::translate(
                "Documents",
                "Nobody would sign this sheet: no one is on the list and no unit takes part "
                "besides the organiser. Add the people or give the units their part."));
        return {};
    case PaperKind::Programme: {
        const Plan *plan = data.activePlan();
        if (computeSchedule(data.agenda, plan ? plan->kind : data.event.activePlan,
                            plan ? plan->startTime : QTime())
                .isEmpty())
            return Error(QCoreApplication::translate(
                "Documents",
                "The programme has no item for the plan in use yet. Enter its items on the "
                "Programme tab."));
        return {};
    }
    case PaperKind::QuestionSummary: {
        const bool any
            = std::any_of(data.questions.cbegin(), data.questions.cend(), [&](const Question &q) {
                  return q.status != QuestionStatus::Merged && q.status != QuestionStatus::Withdrawn
                      && (opt.unitId == 0 || q.unitId == opt.unitId);
              });
        if (!any)
            return Error(QCoreApplication::translate(
                "Documents",
                "There is no question to summarise yet (of the unit chosen). Import or enter "
                "the questions on the Questions tab."));
        return {};
    }
    case PaperKind::Budget:
        if (data.budget.isEmpty())
            return Error(QCoreApplication::translate(
                "Documents",
                "The budget estimate has no line yet. Enter its lines on the Budget tab."));
        return {};
    case PaperKind::Badges:
    case PaperKind::PlaceCards:
    case PaperKind::Labels: {
        const Paper paper = kind == PaperKind::Badges ? badges(data, opt)
            : kind == PaperKind::PlaceCards           ? placeCards(data, opt)
                                                      : labels(data, opt);
        if (paper.cards->cards.isEmpty())
            return Error(QCoreApplication::translate(
                "Documents",
                "Nobody to print for: badges, place cards and labels are for named people who "
                "have not declined (of the unit and role chosen)."));
        return {};
    }
    default:
        return {};
    }
}

} // namespace papers

Result<Paper> buildPaper(PaperKind kind, const PaperData &data, const PaperOptions &opt)
{
    if (Status s = papers::check(kind, data, opt); !s)
        return Error(s.error());
    Paper paper;
    switch (kind) {
    case PaperKind::PersonInvitation:
        paper = papers::personInvitations(data, opt);
        break;
    case PaperKind::UnitInvitation:
        paper = papers::unitInvitations(data, opt);
        break;
    case PaperKind::DelegateList:
        paper = papers::delegateList(data, opt);
        break;
    case PaperKind::SignInSheet:
        paper = papers::signInSheet(data, opt);
        break;
    case PaperKind::Programme:
        paper = papers::programme(data, opt);
        break;
    case PaperKind::QuestionSummary:
        paper = papers::questionSummary(data, opt);
        break;
    case PaperKind::OnlineNotice:
        paper = papers::onlineNotice(data, opt);
        break;
    case PaperKind::ForwardLetter:
        paper = papers::forwardLetter(data, opt);
        break;
    case PaperKind::Plan:
        paper = papers::plan(data, opt);
        break;
    case PaperKind::Budget:
        paper = papers::budgetEstimate(data, opt);
        break;
    case PaperKind::Badges:
        paper = papers::badges(data, opt);
        break;
    case PaperKind::PlaceCards:
        paper = papers::placeCards(data, opt);
        break;
    case PaperKind::Labels:
        paper = papers::labels(data, opt);
        break;
    case PaperKind::Report:
        paper = papers::resultsReport(data, opt);
        break;
    }
    paper.title = paperTitle(kind, data);
    return paper;
}

Result<int> renderPaper(const Paper &paper, QPagedPaintDevice &device)
{
    if (paper.cards)
        return CardLayout::render(*paper.cards, device);
    PageWriter w(device);
    if (!w.begin())
        return Error(QCoreApplication::translate(
            "Documents", "The printer or file could not be opened for drawing."));
    PdfLayout(w).render(paper);
    if (!w.end())
        return Error(QCoreApplication::translate(
            "Documents", "The paper could not be finished on the printer or file."));
    return w.pagesWritten();
}

Status renderPaper(PaperKind kind, const PaperData &data, const PaperOptions &opt,
                   QPagedPaintDevice &device)
{
    const Result<Paper> paper = buildPaper(kind, data, opt);
    if (!paper)
        return Error(paper.error());
    if (const Result<int> pages = renderPaper(*paper, device); !pages)
        return Error(pages.error());
    return {};
}

QString paperTitle(PaperKind kind, const PaperData &data)
{
    QString name;
    switch (kind) {
    case PaperKind::PersonInvitation:
    case PaperKind::UnitInvitation:
        name = QStringLiteral("Giấy mời");
        break;
    case PaperKind::DelegateList:
        name = QStringLiteral("Danh sách đại biểu");
        break;
    case PaperKind::SignInSheet:
        name = QStringLiteral("Danh sách ký tên");
        break;
    case PaperKind::Programme:
        name = QStringLiteral("Chương trình");
        break;
    case PaperKind::QuestionSummary:
        name = QStringLiteral("Tổng hợp ý kiến, kiến nghị, đề xuất");
        break;
    case PaperKind::OnlineNotice:
        name = QStringLiteral("Thông báo");
        break;
    case PaperKind::ForwardLetter:
        name = QStringLiteral("Công văn chuyển ý kiến, kiến nghị");
        break;
    case PaperKind::Plan:
        name = QStringLiteral("Kế hoạch");
        break;
    case PaperKind::Budget:
        name = QStringLiteral("Dự trù kinh phí");
        break;
    case PaperKind::Badges:
        name = QStringLiteral("Thẻ đại biểu");
        break;
    case PaperKind::PlaceCards:
        name = QStringLiteral("Bảng tên");
        break;
    case PaperKind::Labels:
        name = QStringLiteral("Nhãn phong bì");
        break;
    case PaperKind::Report:
        name = QStringLiteral("Báo cáo kết quả");
        break;
    }
    const QString title = data.event.title.trimmed();
    return title.isEmpty() ? name : name + QStringLiteral(" – ") + title;
}

Result<int> writePaperPdf(const Paper &paper, const QString &pdfPath)
{
    QSaveFile file(pdfPath);
    if (!file.open(QIODevice::WriteOnly))
        return Error(QCoreApplication::translate(
                         "Documents", "Cannot write %1: %2. Choose another folder or file name.")
                         .arg(QFileInfo(pdfPath).fileName(), file.errorString()));
    int pages = 0;
    {
        QPdfWriter pdf(&file);
        pdf.setResolution(1200);
        pdf.setTitle(paper.title);
        pdf.setCreator(QStringLiteral("DialogueDesk"));
        const Result<int> rendered = renderPaper(paper, pdf);
        if (!rendered) {
            file.cancelWriting();
            return rendered;
        }
        pages = *rendered;
    }
    if (!file.commit())
        return Error(QCoreApplication::translate(
                         "Documents", "Cannot write %1: %2. Choose another folder or file name.")
                         .arg(QFileInfo(pdfPath).fileName(), file.errorString()));
    return pages;
}

Status writePaperPdf(PaperKind kind, const PaperData &data, const PaperOptions &opt,
                     const QString &pdfPath)
{
    const Result<Paper> paper = buildPaper(kind, data, opt);
    if (!paper)
        return Error(paper.error());
    if (const Result<int> pages = writePaperPdf(*paper, pdfPath); !pages)
        return Error(pages.error());
    return {};
}

} // namespace dd::documents
