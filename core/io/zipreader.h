#pragma once

#include "io/readlimits.h"
#include "util/result.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <memory>

namespace dd::io {

// Reads a zip archive held in memory, the container of XLSX and ODS, through libzip (which
// checks the directory, the local headers and every CRC). Built for untrusted input on top
// of that: an entry is refused before it is inflated when its declared size would take the
// archive past the total cap, an entry that inflates to more than it declared is damaged
// (a zip bomb stops with an error rather than exhausting memory), and an archive with more
// entries than any spreadsheet has is refused.
class ZipReader
{
public:
    struct Entry
    {
        QString name;
        quint16 method = 0; // 0 stored, 8 deflated, …
        bool encrypted = false;
        qint64 compressedSize = 0;
        qint64 uncompressedSize = 0;
    };

    static constexpr qint64 kDefaultTotalLimit = kMaxUnpackedBytes;
    static constexpr qsizetype kMaxEntries = 10'000;

    // Reads the central directory. The error says why the archive cannot be read, naming
    // `fileName` (as do the errors of read()).
    static Result<ZipReader> open(QByteArray data, qint64 totalLimit = kDefaultTotalLimit,
                                  const QString &fileName = {});

    ZipReader(ZipReader &&) noexcept;
    ZipReader &operator=(ZipReader &&) noexcept;
    ~ZipReader();

    const QList<Entry> &entries() const { return m_entries; }
    bool contains(const QString &name) const { return indexOf(name) >= 0; }
    qsizetype indexOf(const QString &name) const;

    // The uncompressed content of an entry.
    Result<QByteArray> read(const QString &name);
    Result<QByteArray> read(qsizetype index);

private:
    ZipReader();

    struct Archive;
    QByteArray m_data; // libzip reads from it in place
    std::unique_ptr<Archive> m_archive;
    QList<Entry> m_entries;
    qint64 m_totalLimit = kDefaultTotalLimit;
    QString m_fileName;
    qint64 m_totalRead = 0;
};

} // namespace dd::io
