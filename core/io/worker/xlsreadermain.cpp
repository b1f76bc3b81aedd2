// dialoguedesk-xlsreader FILE: reads an Excel 97-2003 workbook with libfreexl and writes its
// cells to standard output. libfreexl 1.0.6 reads out of bounds on damaged files, so it runs
// here, in a process of its own that the program starts under memory and time limits
// (io/xlsreader.cpp, util/platform.h), never inside the program. Standard C++ and freexl
// only: no Qt to load, nothing to start up.
//
// Output, one record a line (text, so that a line end translated on Windows does no harm;
// bytes below 0x20, '%' and 0x7F are written %XX):
//   DDXLS 1
//   S <rows> <columns> <name>            a sheet, then its cells
//   C <row> <column> <kind> <value>      kind: I integer, D double, T text, d date, t date-time,
//                                        h time (dates as freexl gives them: YYYY-MM-DD …)
//   P                                    the workbook is protected with a password
//   E <freexl error code>                it cannot be read
//   Z                                    the end: everything was written
// Fields are separated by one tab.
#include <freexl.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace {

void writeEscaped(const char *text)
{
    for (const unsigned char *p = reinterpret_cast<const unsigned char *>(text); *p; ++p) {
        if (*p < 0x20 || *p == '%' || *p == 0x7F)
            std::printf("%%%02X", unsigned(*p));
        else
            std::putchar(*p);
    }
}

struct Workbook
{
    const void *handle = nullptr;
    ~Workbook()
    {
        if (handle)
            freexl_close(handle);
    }
};

} // namespace

int main(int argc, char **argv)
{
    if (argc != 2) {
        std::fprintf(stderr, "usage: dialoguedesk-xlsreader FILE\n");
        return 64;
    }
    std::printf("DDXLS 1\n");
    Workbook book;
    const int opened = freexl_open(argv[1], &book.handle);
    if (opened != FREEXL_OK) {
        std::printf("E\t%d\n", opened);
        return 0;
    }
    unsigned int password = 0;
    if (freexl_get_info(book.handle, FREEXL_BIFF_PASSWORD, &password) == FREEXL_OK
        && password == FREEXL_BIFF_OBFUSCATED) {
        std::printf("P\n");
        return 0;
    }
    unsigned int sheets = 0;
    if (freexl_get_info(book.handle, FREEXL_BIFF_SHEET_COUNT, &sheets) != FREEXL_OK)
        sheets = 0;
    for (unsigned int s = 0; s < sheets && s <= 0xFFFF; ++s) {
        const char *name = nullptr;
        if (freexl_get_worksheet_name(book.handle, (unsigned short)s, &name) != FREEXL_OK)
            name = nullptr;
        if (freexl_select_active_worksheet(book.handle, (unsigned short)s) != FREEXL_OK)
            continue;
        unsigned int rows = 0;
        unsigned short columns = 0;
        if (freexl_worksheet_dimensions(book.handle, &rows, &columns) != FREEXL_OK)
            continue;
        std::printf("S\t%u\t%u\t", rows, unsigned(columns));
        writeEscaped(name ? name : "");
        std::putchar('\n');
        for (unsigned int r = 0; r < rows; ++r) {
            for (unsigned short c = 0; c < columns; ++c) {
                FreeXL_CellValue v;
                if (freexl_get_cell_value(book.handle, r, c, &v) != FREEXL_OK)
                    continue;
                char kind = 0;
                switch (v.type) {
                case FREEXL_CELL_INT:
                    std::printf("C\t%u\t%u\tI\t%d\n", r, unsigned(c), v.value.int_value);
                    continue;
                case FREEXL_CELL_DOUBLE:
                    std::printf("C\t%u\t%u\tD\t%.17g\n", r, unsigned(c), v.value.double_value);
                    continue;
                case FREEXL_CELL_TEXT:
                case FREEXL_CELL_SST_TEXT:
                    kind = 'T';
                    break;
                case FREEXL_CELL_DATE:
                    kind = 'd';
                    break;
                case FREEXL_CELL_DATETIME:
                    kind = 't';
                    break;
                case FREEXL_CELL_TIME:
                    kind = 'h';
                    break;
                default:
                    continue;
                }
                if (!v.value.text_value || !*v.value.text_value)
                    continue;
                std::printf("C\t%u\t%u\t%c\t", r, unsigned(c), kind);
                writeEscaped(v.value.text_value);
                std::putchar('\n');
            }
        }
    }
    std::printf("Z\n");
    return std::fflush(stdout) == 0 ? 0 : 74;
}
