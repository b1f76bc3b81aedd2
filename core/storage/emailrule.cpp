#include "storage/emailrule.h"

#include "domain/inputrules.h"

#include <QCoreApplication>

namespace dd {

Status checkNewEmail(const QString &email, const std::optional<QString> &stored)
{
    const QString address = email.trimmed();
    if (address.isEmpty() || inputrules::isEmailAddress(address))
        return {};
    if (stored && inputrules::sameEmail(*stored, address))
        return {};
    return Error(
        QCoreApplication::translate("Storage",
                                    "The e-mail address “%1” is not valid: it needs one “@” and "
                                    "a domain with a dot, such as bantochuc@tinhdoan.vn.")
            .arg(address));
}

} // namespace dd
