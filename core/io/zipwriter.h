#pragma once

#include <QByteArray>
#include <QString>

namespace dd::io {

// Writes a zip archive into memory, entry by entry, stored or deflated.
class ZipWriter
{
public:
    enum class Method { Stored, Deflated };

    void add(const QString &name, const QByteArray &content, Method method = Method::Deflated);
    // The complete archive; the writer can not be used afterwards.
    QByteArray finish();

private:
    QByteArray m_out;
    QByteArray m_centralDirectory;
    int m_count = 0;
};

} // namespace dd::io
