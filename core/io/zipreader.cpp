#include "io/zipreader.h"

#include <QCoreApplication>

#include <zip.h>

namespace dd::io {

namespace {

Error passwordProtected(const QString &fileName)
{
    return Error(QCoreApplication::translate(
                     "Import",
                     "%1 is protected with a password. Open it in Excel or LibreOffice, save a "
                     "copy without a password and import that copy.")
                     .arg(fileLabel(fileName)));
}

// What libzip found wrong, in the user's words where the cause is one they can act on.
QString archiveProblem(int code)
{
    switch (code) {
    case ZIP_ER_NOZIP:
    case ZIP_ER_EOF:
        return QCoreApplication::translate(
            "Import", "the end of the zip archive is missing (the file was cut short).");
    case ZIP_ER_MULTIDISK:
        return QCoreApplication::translate("Import",
                                           "it is one part of a zip archive split in several.");
    default:
        return QCoreApplication::translate("Import", "the zip directory is broken.");
    }
}

} // namespace

struct ZipReader::Archive
{
    zip_t *zip = nullptr;
    ~Archive()
    {
        if (zip)
            zip_discard(zip); // read-only: nothing to write back
    }
};

ZipReader::ZipReader() = default;
ZipReader::ZipReader(ZipReader &&) noexcept = default;
ZipReader &ZipReader::operator=(ZipReader &&) noexcept = default;
ZipReader::~ZipReader() = default;

Result<ZipReader> ZipReader::open(QByteArray data, qint64 totalLimit, const QString &fileName)
{
    ZipReader reader;
    reader.m_fileName = fileName;
    reader.m_data = std::move(data);
    reader.m_totalLimit = totalLimit;
    reader.m_archive = std::make_unique<Archive>();
    zip_error_t error;
    zip_error_init(&error);
    // The buffer is not copied: m_data outlives the archive, and QByteArray's storage does not
    // move when the reader does.
    zip_source_t *source = zip_source_buffer_create(reader.m_data.constData(),
                                                    zip_uint64_t(reader.m_data.size()), 0, &error);
    if (!source) {
        zip_error_fini(&error);
        return damagedFile(fileName, archiveProblem(ZIP_ER_MEMORY));
    }
    reader.m_archive->zip = zip_open_from_source(source, ZIP_RDONLY | ZIP_CHECKCONS, &error);
    if (!reader.m_archive->zip) {
        const int code = zip_error_code_zip(&error);
        zip_source_free(source);
        zip_error_fini(&error);
        return damagedFile(fileName, archiveProblem(code));
    }
    zip_error_fini(&error);

    const zip_int64_t count = zip_get_num_entries(reader.m_archive->zip, 0);
    if (count < 0 || count > kMaxEntries)
        return damagedFile(fileName,
                           QCoreApplication::translate(
                               "Import", "it holds %L1 parts, far more than any spreadsheet.")
                               .arg(count));
    reader.m_entries.reserve(qsizetype(count));
    for (zip_int64_t i = 0; i < count; ++i) {
        zip_stat_t st;
        zip_stat_init(&st);
        if (zip_stat_index(reader.m_archive->zip, zip_uint64_t(i), 0, &st) != 0
            || !(st.valid & ZIP_STAT_NAME))
            return damagedFile(fileName, archiveProblem(ZIP_ER_INCONS));
        Entry e;
        // libzip gives names as UTF-8 (CP437 names converted).
        e.name = QString::fromUtf8(st.name);
        e.method = quint16(st.comp_method);
        e.encrypted
            = (st.valid & ZIP_STAT_ENCRYPTION_METHOD) && st.encryption_method != ZIP_EM_NONE;
        e.compressedSize = qint64(st.comp_size);
        e.uncompressedSize = qint64(std::min<zip_uint64_t>(st.size, zip_uint64_t(INT64_MAX)));
        reader.m_entries.append(e);
    }
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
        return damagedFile(
            m_fileName,
            QCoreApplication::translate("Import", "the part “%1” is missing.").arg(name));
    return read(index);
}

Result<QByteArray> ZipReader::read(qsizetype index)
{
    if (index < 0 || index >= m_entries.size())
        return damagedFile(m_fileName, archiveProblem(ZIP_ER_INVAL));
    const Entry &e = m_entries.at(index);
    if (e.encrypted)
        return passwordProtected(m_fileName);
    if (e.uncompressedSize > m_totalLimit - m_totalRead)
        return unpacksTooLarge(m_fileName, m_totalLimit);
    const QString broken
        = QCoreApplication::translate("Import", "the part “%1” is broken.").arg(e.name);
    zip_file_t *file = zip_fopen_index(m_archive->zip, zip_uint64_t(index), 0);
    if (!file) {
        const int code = zip_error_code_zip(zip_get_error(m_archive->zip));
        zip_error_clear(m_archive->zip);
        if (code == ZIP_ER_NOPASSWD || code == ZIP_ER_WRONGPASSWD || code == ZIP_ER_ENCRNOTSUPP)
            return passwordProtected(m_fileName);
        if (code == ZIP_ER_COMPNOTSUPP)
            return damagedFile(m_fileName,
                               QCoreApplication::translate(
                                   "Import", "the part “%1” is compressed with an unknown method.")
                                   .arg(e.name));
        return damagedFile(m_fileName, broken);
    }
    // Exactly the declared size, then one byte more must not come: libzip checks the CRC at
    // the end, the extra byte tells an entry that inflates beyond what it declared.
    QByteArray out(qsizetype(e.uncompressedSize), Qt::Uninitialized);
    qint64 got = 0;
    bool ok = true;
    while (got < e.uncompressedSize) {
        const zip_int64_t n
            = zip_fread(file, out.data() + got, zip_uint64_t(e.uncompressedSize - got));
        if (n <= 0) {
            ok = false;
            break;
        }
        got += n;
    }
    char extra = 0;
    if (ok && zip_fread(file, &extra, 1) != 0)
        ok = false;
    zip_fclose(file);
    if (!ok)
        return damagedFile(m_fileName, broken);
    m_totalRead += out.size();
    return out;
}

} // namespace dd::io
