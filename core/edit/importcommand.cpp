#include "edit/importcommand.h"

#include "edit/addimportedcommand.h"
#include "edit/createunitscommand.h"
#include "edit/groupcommand.h"
#include "edit/rowcommands.h"

#include <QCoreApplication>

namespace dd::commands {

QUndoCommand *importRows(Session *s, ImportWrites writes)
{
    if (writes.isEmpty())
        return nullptr;
    const int n = int(writes.added.size() + writes.after.size());
    const int questions = int(writes.questions.size());
    auto *cmd = new GroupCommand(
        s,
        n == 0 ? QCoreApplication::translate("Import", "import %n question(s)", nullptr, questions)
               : QCoreApplication::translate("Import", "import %n attendee(s)", nullptr, n));
    CreateUnitsCommand *units = writes.newUnits.isEmpty()
        ? nullptr
        : new CreateUnitsCommand(s, std::move(writes.newUnits), writes.eventId, cmd);
    if (!writes.added.isEmpty())
        new AddImportedCommand(s, std::move(writes.added), std::move(writes.addedUnit), units, cmd);
    if (!writes.after.isEmpty())
        new EditRowsCommand<Attendee>(s, std::move(writes.before), std::move(writes.after), {},
                                      cmd);
    if (!writes.questions.isEmpty())
        new AddRowsCommand<Question>(s, std::move(writes.questions), {}, cmd);
    return cmd;
}

} // namespace dd::commands
