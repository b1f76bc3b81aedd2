#include "edit/reportedits.h"

#include "edit/rowcommands.h"

#include <QCoreApplication>

namespace dd::reportedits {

QUndoCommand *setText(Session *s, const std::optional<QString> &assessment,
                      const std::optional<QString> &proposals, const std::optional<Event> &read)
{
    const std::optional<Event> before = read ? read : s->events().get(s->eventId());
    if (!before)
        return nullptr;
    Event after = *before;
    if (assessment)
        after.reportAssessment = *assessment;
    if (proposals)
        after.reportProposals = *proposals;
    const bool assessmentChanged = after.reportAssessment != before->reportAssessment;
    const bool proposalsChanged = after.reportProposals != before->reportProposals;
    if (!assessmentChanged && !proposalsChanged)
        return nullptr;
    const QString text = !proposalsChanged
        ? QCoreApplication::translate("Commands", "edit the report's assessment")
        : !assessmentChanged
        ? QCoreApplication::translate("Commands", "edit the report's proposals")
        : QCoreApplication::translate("Commands", "edit the report's assessment and proposals");
    return new EditRowsCommand<Event>(s, { *before }, { after }, text);
}

} // namespace dd::reportedits
