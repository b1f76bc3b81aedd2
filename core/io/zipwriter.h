#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace dd::io {

// Writes a zip archive into memory through libzip, entry by entry, stored or deflated, in
// the order added (ODF wants its mimetype first and stored).
class ZipWriter
{
public:
    enum class Method { Stored, Deflated };

    // The content is shared, not copied (move it in to let finish() free it early).
    void add(const QString &name, QByteArray content, Method method = Method::Deflated);
    // The complete archive (empty if libzip failed, which only running out of memory does);
    // the writer can not be used afterwards.
    QByteArray finish();

private:
    struct Entry
    {
        QByteArray name;
        QByteArray content; // shared with the caller's copy, alive until finish()
        Method method;
    };
    QList<Entry> m_entries;
};

} // namespace dd::io
