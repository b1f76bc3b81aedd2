#include "edit/importcommand.h"

#include "edit/addimportedcommand.h"
#include "edit/createunitscommand.h"
#include "edit/groupcommand.h"
#include "edit/rowcommands.h"

#include <QCoreApplication>

namespace dd::commands {

QUndoCommand *importAttendees(Session *s, ImportWrites writes)
{
    if (writes.isEmpty())
        return nullptr;
    const int n = int(writes.added.size() + writes.after.size());
    auto *cmd = new GroupCommand(
        s, QCoreApplication::translate("Import", "import %n attendee(s)", nullptr, n));
    CreateUnitsCommand *units = writes.newUnits.isEmpty()
        ? nullptr
        : new CreateUnitsCommand(s, std::move(writes.newUnits), writes.eventId, cmd);
    if (!writes.added.isEmpty())
        new AddImportedCommand(s, std::move(writes.added), std::move(writes.addedUnit), units, cmd);
    if (!writes.after.isEmpty())
        new EditRowsCommand<Attendee>(s, std::move(writes.before), std::move(writes.after), {},
                                      cmd);
    return cmd;
}

} // namespace dd::commands
