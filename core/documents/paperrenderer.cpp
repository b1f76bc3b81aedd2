#include "documents/paperrenderer.h"

#include "documents/pagewriter.h"
#include "documents/papers.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QPdfWriter>
#include <QSaveFile>

namespace dd::documents {

namespace {

Status check(PaperKind kind, const PaperData &data, const PaperOptions &opt)
{
    switch (kind) {
    case PaperKind::PersonInvitation:
        return papers::checkPersonInvitations(data, opt);
    case PaperKind::UnitInvitation:
        return papers::checkUnitInvitations(data, opt);
    case PaperKind::OnlineNotice:
        return papers::checkOnlineNotice(data);
    default:
        return {};
    }
}

void render(PaperKind kind, PageWriter &w, const PaperData &data, const PaperOptions &opt)
{
    switch (kind) {
    case PaperKind::PersonInvitation:
        return papers::personInvitations(w, data, opt);
    case PaperKind::UnitInvitation:
        return papers::unitInvitations(w, data, opt);
    case PaperKind::DelegateList:
        return papers::delegateList(w, data, opt);
    case PaperKind::SignInSheet:
        return papers::signInSheet(w, data, opt);
    case PaperKind::Programme:
        return papers::programme(w, data, opt);
    case PaperKind::QuestionSummary:
        return papers::questionSummary(w, data, opt);
    case PaperKind::OnlineNotice:
        return papers::onlineNotice(w, data, opt);
    case PaperKind::Plan:
        return papers::plan(w, data, opt);
    }
}

} // namespace

Status renderPaper(PaperKind kind, const PaperData &data, const PaperOptions &opt,
                   QPagedPaintDevice &device)
{
    if (Status s = check(kind, data, opt); !s)
        return s;
    PageWriter w(device);
    if (!w.begin())
        return Error(QCoreApplication::translate(
            "Documents", "The printer or file could not be opened for drawing."));
    render(kind, w, data, opt);
    if (!w.end())
        return Error(QCoreApplication::translate(
            "Documents", "The paper could not be finished on the printer or file."));
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
    case PaperKind::Plan:
        name = QStringLiteral("Kế hoạch");
        break;
    }
    const QString title = data.event.title.trimmed();
    return title.isEmpty() ? name : name + QStringLiteral(" – ") + title;
}

Status writePaperPdf(PaperKind kind, const PaperData &data, const PaperOptions &opt,
                     const QString &pdfPath)
{
    if (Status s = check(kind, data, opt); !s)
        return s;
    QSaveFile file(pdfPath);
    if (!file.open(QIODevice::WriteOnly))
        return Error(QCoreApplication::translate(
                         "Documents", "Cannot write %1: %2. Choose another folder or file name.")
                         .arg(QFileInfo(pdfPath).fileName(), file.errorString()));
    {
        QPdfWriter pdf(&file);
        pdf.setResolution(1200);
        pdf.setTitle(paperTitle(kind, data));
        pdf.setCreator(QStringLiteral("DialogueDesk"));
        if (Status s = renderPaper(kind, data, opt, pdf); !s) {
            file.cancelWriting();
            return s;
        }
    }
    if (!file.commit())
        return Error(QCoreApplication::translate(
                         "Documents", "Cannot write %1: %2. Choose another folder or file name.")
                         .arg(QFileInfo(pdfPath).fileName(), file.errorString()));
    return {};
}

} // namespace dd::documents
