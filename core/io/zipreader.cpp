#include "io/zipreader.h"

#include <QCoreApplication>
#include <QtEndian>

#include <zlib.h>

namespace dd::io {

namespace {

constexpr quint32 kLocalHeaderSignature = 0x04034b50;
constexpr quint32 kCentralHeaderSignature = 0x02014b50;
constexpr quint32 kEndSignature = 0x06054b50;
constexpr qsizetype kEndRecordSize = 22;
constexpr qsizetype kCentralHeaderSize = 46;
constexpr qsizetype kLocalHeaderSize = 30;

quint16 u16(const QByteArray &d, qsizetype at)
{
    return qFromLittleEndian<quint16>(d.constData() + at);
}
quint32 u32(const QByteArray &d, qsizetype at)
{
    return qFromLittleEndian<quint32>(d.constData() + at);
}

Error damaged(const QString &detail)
{
    return Error(QCoreApplication::translate("Import",
                                             "The file is damaged: %1 Open it in Excel or "
                                             "LibreOffice, save it again and import the new "
                                             "file.")
                     .arg(detail));
}

} // namespace

Result<ZipReader> ZipReader::open(QByteArray data, qint64 totalLimit)
{
    if (data.size() < kEndRecordSize)
        return damaged(QCoreApplication::translate("Import",
                                                   "it is too short to be a zip "
                                                   "archive."));
    // The end record sits in the last 22 bytes plus an optional comment of up to 64 KiB.
    qsizetype end = -1;
    const qsizetype lowest = std::max<qsizetype>(0, data.size() - kEndRecordSize - 0xFFFF);
    for (qsizetype at = data.size() - kEndRecordSize; at >= lowest; --at) {
        if (u32(data, at) == kEndSignature) {
            end = at;
            break;
        }
    }
    if (end < 0)
        return damaged(QCoreApplication::translate(
            "Import", "the end of the zip archive is missing (the file was cut short)."));

    const quint16 entryCount = u16(data, end + 10);
    const quint32 directorySize = u32(data, end + 12);
    const quint32 directoryOffset = u32(data, end + 16);
    if (directoryOffset == 0xFFFFFFFFu || entryCount == 0xFFFF)
        return damaged(QCoreApplication::translate(
            "Import", "it uses the ZIP64 format, which is not expected for a spreadsheet."));
    if (qint64(directoryOffset) + directorySize > end)
        return damaged(
            QCoreApplication::translate("Import", "the zip directory points outside the file."));

    ZipReader reader;
    reader.m_totalLimit = totalLimit;
    qsizetype at = directoryOffset;
    for (int i = 0; i < entryCount; ++i) {
        if (at + kCentralHeaderSize > end || u32(data, at) != kCentralHeaderSignature)
            return damaged(QCoreApplication::translate("Import", "the zip directory is broken."));
        Entry e;
        e.flags = u16(data, at + 8);
        e.method = u16(data, at + 10);
        e.crc32 = u32(data, at + 16);
        e.compressedSize = u32(data, at + 20);
        e.uncompressedSize = u32(data, at + 24);
        const quint16 nameLength = u16(data, at + 28);
        const quint16 extraLength = u16(data, at + 30);
        const quint16 commentLength = u16(data, at + 32);
        e.localHeaderOffset = u32(data, at + 42);
        const qsizetype next = at + kCentralHeaderSize + nameLength + extraLength + commentLength;
        if (next > end)
            return damaged(QCoreApplication::translate("Import", "the zip directory is broken."));
        const QByteArray rawName = data.mid(at + kCentralHeaderSize, nameLength);
        // Bit 11: UTF-8 names. Office files use ASCII part names either way.
        e.name = (e.flags & 0x800) ? QString::fromUtf8(rawName) : QString::fromLatin1(rawName);
        reader.m_entries.append(e);
        at = next;
    }
    reader.m_data = std::move(data);
    return reader;
}

qsizetype ZipReader::indexOf(const QString &name) const
{
    for (qsizetype i = 0; i < m_entries.size(); ++i)
        if (m_entries.at(i).name == name)
            return i;
    // Part names are case-insensitive in OPC; some writers differ in case from their links.
    for (qsizetype i = 0; i < m_entries.size(); ++i)
        if (m_entries.at(i).name.compare(name, Qt::CaseInsensitive) == 0)
            return i;
    return -1;
}

Result<QByteArray> ZipReader::read(const QString &name)
{
    const qsizetype index = indexOf(name);
    if (index < 0)
        return damaged(
            QCoreApplication::translate("Import", "the part \"%1\" is missing.").arg(name));
    return read(index);
}

Result<QByteArray> ZipReader::read(qsizetype index)
{
    const Entry &e = m_entries.at(index);
    if (e.flags & 0x1)
        return Error(QCoreApplication::translate(
            "Import",
            "The file is protected with a password. Open it in Excel or LibreOffice, "
            "save a copy without a password and import that copy."));
    const qsizetype local = e.localHeaderOffset;
    if (local + kLocalHeaderSize > m_data.size() || u32(m_data, local) != kLocalHeaderSignature)
        return damaged(QCoreApplication::translate("Import",
                                                   "the part \"%1\" cannot be found "
                                                   "in the archive.")
                           .arg(e.name));
    const qsizetype dataStart
        = local + kLocalHeaderSize + u16(m_data, local + 26) + u16(m_data, local + 28);
    if (dataStart + qsizetype(e.compressedSize) > m_data.size())
        return damaged(
            QCoreApplication::translate("Import", "the part \"%1\" is cut short.").arg(e.name));
    if (m_totalRead + e.uncompressedSize > m_totalLimit)
        return Error(QCoreApplication::translate(
                         "Import",
                         "The file unpacks to more than %1 MB, far more than a list of delegates "
                         "needs. It may be damaged or made to harm; it was not imported.")
                         .arg(m_totalLimit / (1024 * 1024)));

    QByteArray out;
    if (e.method == 0) {
        if (e.compressedSize != e.uncompressedSize)
            return damaged(
                QCoreApplication::translate("Import", "the part \"%1\" is broken.").arg(e.name));
        out = m_data.mid(dataStart, e.compressedSize);
    } else if (e.method == 8) {
        out.resize(qsizetype(e.uncompressedSize));
        z_stream zs {};
        if (inflateInit2(&zs, -MAX_WBITS) != Z_OK)
            return damaged(QStringLiteral("zlib"));
        zs.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(m_data.constData() + dataStart));
        zs.avail_in = e.compressedSize;
        zs.next_out = reinterpret_cast<Bytef *>(out.data());
        zs.avail_out = e.uncompressedSize;
        int rc = inflate(&zs, Z_FINISH);
        if (rc == Z_BUF_ERROR && zs.avail_out == 0) {
            // More output than declared: probe whether anything is left at all.
            char probe;
            zs.next_out = reinterpret_cast<Bytef *>(&probe);
            zs.avail_out = 1;
            rc = inflate(&zs, Z_FINISH);
            if (rc != Z_STREAM_END || zs.avail_out == 0)
                rc = Z_DATA_ERROR;
        }
        const uLong produced = zs.total_out;
        inflateEnd(&zs);
        if (rc != Z_STREAM_END || produced != e.uncompressedSize)
            return damaged(
                QCoreApplication::translate("Import", "the part \"%1\" is broken.").arg(e.name));
    } else {
        return damaged(QCoreApplication::translate(
                           "Import", "the part \"%1\" is compressed with an unknown method.")
                           .arg(e.name));
    }
    const uLong crc
        = ::crc32(0L, reinterpret_cast<const Bytef *>(out.constData()), uInt(out.size()));
    if (crc != e.crc32)
        return damaged(
            QCoreApplication::translate("Import", "the part \"%1\" is broken.").arg(e.name));
    m_totalRead += out.size();
    return out;
}

} // namespace dd::io
