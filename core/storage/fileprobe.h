#pragma once

#include <QString>

namespace dd {

// What a path is and what may be done with it, found without opening it: opening a pipe
// (FIFO) waits until something writes into it, so a data file is opened only after this says
// it is an ordinary file.
class FileProbe
{
public:
    enum class Kind {
        Missing,
        Empty, // an ordinary file of 0 bytes
        File, // an ordinary file with something in it
        Folder,
        Special, // a pipe, a socket, a device (or a link to one)
    };

    explicit FileProbe(const QString &path);

    Kind kind() const { return m_kind; }
    // The file may be written (a missing file: created).
    bool writable() const { return m_writable; }
    // New files may be made beside it: SQLite's -wal and -shm, the lock, a new data file.
    bool folderWritable() const { return m_folderWritable; }
    QString folder() const { return m_folder; } // as the user writes it
    QString name() const { return m_name; } // the file's name as the user writes it

private:
    Kind m_kind = Kind::Missing;
    bool m_writable = false;
    bool m_folderWritable = false;
    QString m_folder;
    QString m_name;
};

} // namespace dd
