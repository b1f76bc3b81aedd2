#pragma once

#include "documents/odtwriter.h"
#include "documents/paper.h"
#include "documents/paperdata.h"
#include "util/result.h"

#include <QString>

class QPagedPaintDevice;

// The one API of the papers: data → paper → PDF pages (a file, the printer) or ODT.
// A paper for one unit is the same call with PaperOptions::unitId.
namespace dd::documents {

// The content of the paper, or why there is nothing to print (nobody to invite, no online
// plan, no question for the agency), in words the user can act on.
Result<Paper> buildPaper(PaperKind kind, const PaperData &data, const PaperOptions &opt);

// Lays the paper out on the device (a QPdfWriter, or the app's QPrinter for printing and
// preview): A4 portrait, each document of a batch on a new page with its own numbering.
// Returns the number of pages.
Result<int> renderPaper(const Paper &paper, QPagedPaintDevice &device);
// buildPaper, then renderPaper; a paper that cannot be built leaves the device untouched.
Status renderPaper(PaperKind kind, const PaperData &data, const PaperOptions &opt,
                   QPagedPaintDevice &device);

// Renders to a PDF file (A4, fonts embedded, title metadata, creator "DialogueDesk").
// Writes beside the target and replaces it only on success, so a failure leaves any
// existing file as it was. Returns the number of pages.
Result<int> writePaperPdf(const Paper &paper, const QString &pdfPath);
Status writePaperPdf(PaperKind kind, const PaperData &data, const PaperOptions &opt,
                     const QString &pdfPath);

// The document title written into the file's metadata: "Giấy mời – <event title>".
QString paperTitle(PaperKind kind, const PaperData &data);

} // namespace dd::documents
