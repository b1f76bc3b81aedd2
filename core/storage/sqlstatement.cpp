#include "storage/sqlstatement.h"

namespace dd {

void SqlStatement::bind(const QVariant &value)
{
    if (value.isNull() && value.typeId() != QMetaType::QString) {
        bindNull();
        return;
    }
    switch (value.typeId()) {
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Long:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        bindInteger(value.toLongLong());
        break;
    case QMetaType::QByteArray:
        bindBytes(value.toByteArray());
        break;
    default:
        bindText(value.toString());
        break;
    }
}

void SqlStatement::bindAll(const QVariantList &values)
{
    for (const QVariant &v : values)
        bind(v);
}

} // namespace dd
