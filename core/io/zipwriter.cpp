#include "io/zipwriter.h"

#include <QtEndian>

#include <zlib.h>

#include <utility>

namespace dd::io {

namespace {

void put16(QByteArray &out, quint16 v)
{
    char b[2];
    qToLittleEndian(v, b);
    out.append(b, 2);
}
void put32(QByteArray &out, quint32 v)
{
    char b[4];
    qToLittleEndian(v, b);
    out.append(b, 4);
}

QByteArray deflateRaw(const QByteArray &in)
{
    z_stream zs {};
    if (deflateInit2(&zs, Z_DEFAULT_COMPRESSION, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY)
        != Z_OK)
        return {};
    QByteArray out;
    out.resize(qsizetype(deflateBound(&zs, uLong(in.size()))));
    zs.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(in.constData()));
    zs.avail_in = uInt(in.size());
    zs.next_out = reinterpret_cast<Bytef *>(out.data());
    zs.avail_out = uInt(out.size());
    const int rc = deflate(&zs, Z_FINISH);
    out.truncate(qsizetype(zs.total_out));
    deflateEnd(&zs);
    return rc == Z_STREAM_END ? out : QByteArray();
}

} // namespace

void ZipWriter::add(const QString &name, const QByteArray &content, Method method)
{
    const QByteArray rawName = name.toUtf8();
    const quint32 crc = quint32(
        ::crc32(0L, reinterpret_cast<const Bytef *>(content.constData()), uInt(content.size())));
    QByteArray data;
    quint16 zipMethod = 0;
    if (method == Method::Deflated) {
        data = deflateRaw(content);
        zipMethod = 8;
    }
    if (zipMethod == 0 || (data.isEmpty() && !content.isEmpty())) {
        data = content;
        zipMethod = 0;
    }
    const quint32 offset = quint32(m_out.size());
    const quint16 flags = 0x800; // UTF-8 names
    // DOS date 1980-01-01 00:00: the content, not the time, matters here.
    const quint16 time = 0;
    const quint16 date = (1 << 5) | 1;

    put32(m_out, 0x04034b50);
    put16(m_out, 20);
    put16(m_out, flags);
    put16(m_out, zipMethod);
    put16(m_out, time);
    put16(m_out, date);
    put32(m_out, crc);
    put32(m_out, quint32(data.size()));
    put32(m_out, quint32(content.size()));
    put16(m_out, quint16(rawName.size()));
    put16(m_out, 0);
    m_out.append(rawName);
    m_out.append(data);

    put32(m_centralDirectory, 0x02014b50);
    put16(m_centralDirectory, 20);
    put16(m_centralDirectory, 20);
    put16(m_centralDirectory, flags);
    put16(m_centralDirectory, zipMethod);
    put16(m_centralDirectory, time);
    put16(m_centralDirectory, date);
    put32(m_centralDirectory, crc);
    put32(m_centralDirectory, quint32(data.size()));
    put32(m_centralDirectory, quint32(content.size()));
    put16(m_centralDirectory, quint16(rawName.size()));
    put16(m_centralDirectory, 0); // extra
    put16(m_centralDirectory, 0); // comment
    put16(m_centralDirectory, 0); // disk
    put16(m_centralDirectory, 0); // internal attributes
    put32(m_centralDirectory, 0); // external attributes
    put32(m_centralDirectory, offset);
    m_centralDirectory.append(rawName);
    ++m_count;
}

QByteArray ZipWriter::finish()
{
    const quint32 directoryOffset = quint32(m_out.size());
    m_out.append(m_centralDirectory);
    put32(m_out, 0x06054b50);
    put16(m_out, 0);
    put16(m_out, 0);
    put16(m_out, quint16(m_count));
    put16(m_out, quint16(m_count));
    put32(m_out, quint32(m_centralDirectory.size()));
    put32(m_out, directoryOffset);
    put16(m_out, 0);
    m_centralDirectory.clear();
    return std::exchange(m_out, QByteArray());
}

} // namespace dd::io
