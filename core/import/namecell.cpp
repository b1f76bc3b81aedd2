// The name in a name cell, without "Đ/c" in front or a remark in brackets after it.
#include "import/namecell.h"

#include <QRegularExpression>

namespace dd::import {

QString nameWithoutRemark(const QString &cell, QString *remark)
{
    QString s = cell;
    // Most cells hold the name alone: two character checks tell.
    if (s.contains(QLatin1Char('('))) {
        static const QRegularExpression bracket(QStringLiteral("\\s*\\(([^()]*)\\)?\\s*$"));
        if (const auto m = bracket.match(s); m.hasMatch() && m.capturedStart() > 0) {
            *remark = m.captured(1).simplified();
            s.truncate(m.capturedStart());
        }
    }
    if (!s.isEmpty() && (s.front() == u'Đ' || s.front() == u'đ')) {
        static const QRegularExpression address(
            QStringLiteral("^(?:đ/c|đc\\.?|đồng chí)\\s+"),
            QRegularExpression::CaseInsensitiveOption
                | QRegularExpression::UseUnicodePropertiesOption);
        s.remove(address);
    }
    return s.trimmed();
}

} // namespace dd::import
