#include "storage/valuestatement.h"

namespace dd {

QString ValueStatement::display(const QVariant &v)
{
    if (!v.isValid() || v.isNull())
        return {};
    return v.toString();
}

} // namespace dd
