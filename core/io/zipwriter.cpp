#include "io/zipwriter.h"

#include <zip.h>

#include <utility>

namespace dd::io {

void ZipWriter::add(const QString &name, QByteArray content, Method method)
{
    m_entries.append({ name.toUtf8(), std::move(content), method });
}

QByteArray ZipWriter::finish()
{
    QList<Entry> entries = std::exchange(m_entries, {});
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t *buffer = zip_source_buffer_create(nullptr, 0, 0, &error);
    zip_error_fini(&error);
    if (!buffer)
        return {};
    zip_source_keep(buffer); // the archive is written into it, and read back after the close
    QByteArray out;
    if (zip_t *zip = zip_open_from_source(buffer, ZIP_TRUNCATE, nullptr)) {
        bool ok = true;
        for (const Entry &e : entries) {
            zip_source_t *data
                = zip_source_buffer(zip, e.content.constData(), zip_uint64_t(e.content.size()), 0);
            const zip_int64_t index = data
                ? zip_file_add(zip, e.name.constData(), data, ZIP_FL_ENC_UTF_8 | ZIP_FL_OVERWRITE)
                : -1;
            if (index < 0) {
                if (data)
                    zip_source_free(data);
                ok = false;
                break;
            }
            // The content, not the time, matters: the same entries give the same bytes.
            zip_file_set_mtime(zip, zip_uint64_t(index), 315532800, 0); // 1980-01-01
            zip_set_file_compression(zip, zip_uint64_t(index),
                                     e.method == Method::Stored ? ZIP_CM_STORE : ZIP_CM_DEFLATE, 0);
        }
        if (!ok || zip_close(zip) != 0) {
            zip_discard(zip);
            zip_source_free(buffer);
            return {};
        }
        // The archive holds its own copy now: the contents go before it is read back, so
        // that no more than two copies of a large package are alive at once.
        entries.clear();
        zip_stat_t st;
        zip_stat_init(&st);
        if (zip_source_stat(buffer, &st) == 0 && (st.valid & ZIP_STAT_SIZE)
            && zip_source_open(buffer) == 0) {
            out.resize(qsizetype(st.size));
            const zip_int64_t n = zip_source_read(buffer, out.data(), st.size);
            if (n != zip_int64_t(st.size))
                out.clear();
            zip_source_close(buffer);
        }
    } else {
        zip_source_free(buffer); // the reference the failed open did not take
    }
    zip_source_free(buffer);
    return out;
}

} // namespace dd::io
