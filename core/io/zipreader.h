#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace dd::io {

// Reads a zip archive held in memory (stored and deflated entries), the container of XLSX
// and ODS. Built for untrusted input: sizes and offsets are checked against the buffer,
// CRCs are verified, and no entry may inflate beyond its declared size or the total cap
// (a zip bomb stops with an error rather than exhausting memory).
class ZipReader
{
public:
    struct Entry
    {
        QString name;
        quint16 method = 0;
        quint16 flags = 0;
        quint32 crc32 = 0;
        quint32 compressedSize = 0;
        quint32 uncompressedSize = 0;
        quint32 localHeaderOffset = 0;
    };

    static constexpr qint64 kDefaultTotalLimit = 200ll * 1024 * 1024;

    // Reads the central directory. The error says why the archive cannot be read.
    static Result<ZipReader> open(QByteArray data, qint64 totalLimit = kDefaultTotalLimit);

    const QList<Entry> &entries() const { return m_entries; }
    bool contains(const QString &name) const { return indexOf(name) >= 0; }
    qsizetype indexOf(const QString &name) const;

    // The uncompressed content of an entry.
    Result<QByteArray> read(const QString &name);
    Result<QByteArray> read(qsizetype index);

private:
    ZipReader() = default;

    QByteArray m_data;
    QList<Entry> m_entries;
    qint64 m_totalLimit = kDefaultTotalLimit;
    qint64 m_totalRead = 0;
};

} // namespace dd::io
