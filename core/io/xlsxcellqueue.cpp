#include "io/xlsxcellqueue.h"

namespace dd::io {

namespace {

// 256 rows of a 16-column list are about 4,000 cells and 60 KB of text; with four batches ahead
// the queue holds well under a megabyte.
constexpr int kRowsPerBatch = 256;
constexpr std::size_t kBatchesAhead = 4;

} // namespace

XlsxCellQueue::XlsxCellQueue(lxw_worksheet *ws)
    : m_ws(ws)
    , m_thread([this] { run(); })
{ }

XlsxCellQueue::~XlsxCellQueue()
{
    if (m_thread.joinable())
        finish();
}

void XlsxCellQueue::string(lxw_row_t row, lxw_col_t col, lxw_format *format)
{
    m_filling.cells.push_back(Cell { row, col, Kind::String, format, 0, m_textStart });
    m_filling.text.append('\0');
    m_textStart = m_filling.text.size();
}

void XlsxCellQueue::blank(lxw_row_t row, lxw_col_t col, lxw_format *format)
{
    m_filling.cells.push_back(Cell { row, col, Kind::Blank, format, 0, 0 });
}

void XlsxCellQueue::number(lxw_row_t row, lxw_col_t col, double value, lxw_format *format)
{
    m_filling.cells.push_back(Cell { row, col, Kind::Number, format, value, 0 });
}

bool XlsxCellQueue::endRow()
{
    if (++m_filling.rows < kRowsPerBatch)
        return true;
    handOver();
    std::lock_guard lock(m_mutex);
    return !m_failed;
}

lxw_error XlsxCellQueue::finish()
{
    if (!m_thread.joinable())
        return m_error;
    if (!m_filling.cells.empty())
        handOver();
    {
        std::lock_guard lock(m_mutex);
        m_closed = true;
    }
    m_changed.notify_all();
    m_thread.join();
    return m_error;
}

void XlsxCellQueue::handOver()
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return m_queue.size() < kBatchesAhead; });
    m_queue.push_back(std::move(m_filling));
    if (m_spare.empty()) {
        m_filling = Batch {};
    } else {
        m_filling = std::move(m_spare.back());
        m_spare.pop_back();
    }
    m_filling.text.resize(0); // keeps its room
    m_filling.cells.clear();
    m_filling.rows = 0;
    m_textStart = 0;
    lock.unlock();
    m_changed.notify_all();
}

void XlsxCellQueue::run()
{
    for (;;) {
        Batch b;
        {
            std::unique_lock lock(m_mutex);
            m_changed.wait(lock, [this] { return !m_queue.empty() || m_closed; });
            if (m_queue.empty())
                return;
            b = std::move(m_queue.front());
            m_queue.pop_front();
        }
        m_changed.notify_all(); // room for the caller's next batch
        for (const Cell &c : b.cells) {
            if (m_error)
                break;
            switch (c.kind) {
            case Kind::String:
                m_error = worksheet_write_string(m_ws, c.row, c.col, b.text.constData() + c.text,
                                                 c.format);
                break;
            case Kind::Blank:
                m_error = worksheet_write_blank(m_ws, c.row, c.col, c.format);
                break;
            case Kind::Number:
                m_error = worksheet_write_number(m_ws, c.row, c.col, c.number, c.format);
                break;
            }
        }
        std::lock_guard lock(m_mutex);
        m_failed = m_error != LXW_NO_ERROR;
        if (m_spare.size() < kBatchesAhead)
            m_spare.push_back(std::move(b));
    }
}

} // namespace dd::io
