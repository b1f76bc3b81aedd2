#pragma once

#include "documents/paperdata.h"
#include "util/result.h"

#include <QString>

class QPagedPaintDevice;

namespace dd::documents {

// Renders one kind of paper (a batch, for letters: one letter per page, each starting on a
// new page with its own page numbering) onto the device: a QPdfWriter, or the app's
// QPrinter for printing and preview. Sets A4 portrait on the device. Fails with a message
// the user can act on when there is nothing to print or the device cannot be painted on.
Status renderPaper(PaperKind kind, const PaperData &data, const PaperOptions &opt,
                   QPagedPaintDevice &device);

// Renders to a PDF file (A4, fonts embedded, title metadata, creator "DialogueDesk").
// Writes beside the target and replaces it only on success, so a failure leaves any
// existing file as it was.
Status writePaperPdf(PaperKind kind, const PaperData &data, const PaperOptions &opt,
                     const QString &pdfPath);

// The document title written into the PDF metadata: "Giấy mời – <event title>".
QString paperTitle(PaperKind kind, const PaperData &data);

} // namespace dd::documents
