#pragma once

#include <QByteArray>

#include <xlsxwriter.h>

#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>
#include <vector>

namespace dd::io {

// The cells of one worksheet handed to libxlsxwriter on a thread of its own, while the caller
// reads and converts the next rows (the database, QString to UTF-8): a long export keeps two
// cores busy instead of one. The cells go over in batches of rows, a few batches ahead at most,
// so that memory stays small whatever the length of the list. The caller gives the rows in
// order (constant-memory mode needs it) and touches the worksheet again only after finish().
class XlsxCellQueue
{
public:
    explicit XlsxCellQueue(lxw_worksheet *ws);
    ~XlsxCellQueue();
    XlsxCellQueue(const XlsxCellQueue &) = delete;
    XlsxCellQueue &operator=(const XlsxCellQueue &) = delete;

    // A string cell: append its UTF-8 text (no NUL in it) to text(), then call string().
    QByteArray &text() { return m_filling.text; }
    void string(lxw_row_t row, lxw_col_t col, lxw_format *format);
    void blank(lxw_row_t row, lxw_col_t col, lxw_format *format);
    void number(lxw_row_t row, lxw_col_t col, double value, lxw_format *format);
    // After the cells of each row: false once libxlsxwriter failed (stop giving rows).
    bool endRow();
    // Hands over the last rows and waits for them to be written; libxlsxwriter's first error.
    lxw_error finish();

private:
    enum class Kind : quint8 { String, Blank, Number };
    struct Cell
    {
        lxw_row_t row;
        lxw_col_t col;
        Kind kind;
        lxw_format *format;
        double number;
        qsizetype text; // String: where its NUL-terminated bytes start in Batch::text
    };
    struct Batch
    {
        QByteArray text;
        std::vector<Cell> cells;
        int rows = 0;
    };

    void handOver();
    void run(); // the writing thread

    lxw_worksheet *m_ws;
    Batch m_filling; // the caller's
    qsizetype m_textStart = 0; // where the string being appended to text() starts
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Batch> m_queue; // filled, to be written
    std::vector<Batch> m_spare; // written, their room kept for new rows
    bool m_closed = false;
    bool m_failed = false; // under m_mutex: the caller stops early
    lxw_error m_error = LXW_NO_ERROR; // the writing thread's until it is joined
    std::thread m_thread;
};

} // namespace dd::io
