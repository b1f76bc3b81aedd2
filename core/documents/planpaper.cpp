// "Kế hoạch": the plan in the event's own words (Event::planText), or a draft from its facts
// while it has none.
#include "documents/paperparts.h"
#include "documents/papers.h"
#include "documents/papertext.h"
#include "documents/plantext.h"

namespace dd::documents::papers {

Paper plan(const PaperData &data, const PaperOptions &)
{
    const Event &ev = data.event;
    PaperDocument doc;
    doc.add(parts::letterhead(data, PaperKind::Plan));
    doc.add(Title { QStringLiteral("KẾ HOẠCH"), ev.title.trimmed(), true });
    const QString text = ev.planText.trimmed().isEmpty() ? plantext::draft(data) : ev.planText;
    for (const Paragraph &p : plantext::paragraphs(text))
        doc.add(p);
    doc.add(parts::signature(
        data, papertext::recipientLines(papertext::recipientsButSigner(data.settings))));

    Paper paper;
    paper.documents << doc;
    return paper;
}

} // namespace dd::documents::papers
