#include "widgets/hiddenrowscheck.h"

namespace dd {

HiddenRowsCheck::HiddenRowsCheck(QWidget *parent)
    : QCheckBox(tr("Include the &hidden rows"), parent)
{
    setObjectName(QStringLiteral("includeHiddenRowsCheck"));
    setToolTip(tr("Rows the file hides (hidden, filtered out by an AutoFilter, or in a collapsed "
                  "group) are usually people struck off the list or an earlier version. They "
                  "are left out unless you include them all here, or one by one in "
                  "“Decision”."));
}

} // namespace dd
