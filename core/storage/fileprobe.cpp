#include "storage/fileprobe.h"

#include <QDir>
#include <QFileInfo>

namespace dd {

FileProbe::FileProbe(const QString &path)
{
    const QFileInfo info(path);
    const QFileInfo folder(info.absolutePath());
    m_name = QDir::toNativeSeparators(info.fileName());
    m_folder = QDir::toNativeSeparators(folder.absoluteFilePath());
    m_folderWritable = folder.isDir() && folder.isWritable();
    if (!info.exists())
        m_kind = Kind::Missing;
    else if (info.isDir())
        m_kind = Kind::Folder;
    else if (!info.isFile()) // QFileInfo follows links: a link to /dev/zero is not a file
        m_kind = Kind::Special;
    else
        m_kind = info.size() == 0 ? Kind::Empty : Kind::File;
    m_writable = m_kind == Kind::Missing ? m_folderWritable : info.isWritable();
}

} // namespace dd
