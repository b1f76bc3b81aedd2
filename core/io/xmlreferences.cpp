#include "io/xmlreferences.h"

#include <cstring>

namespace dd::io {

namespace {

bool isXmlChar(quint64 c)
{
    return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
        || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
}

// The length of the reference starting at `at` ("&#…;") when it names an allowed character,
// 0 when it does not, -1 when it has no end within reach.
qsizetype validReference(const char *data, qsizetype size, qsizetype at)
{
    qsizetype i = at + 2;
    const bool hex = i < size && (data[i] == 'x' || data[i] == 'X');
    if (hex)
        ++i;
    const qsizetype digits = i;
    quint64 value = 0;
    // Eight hex or eight decimal digits are more than any character needs: a longer run
    // (leading zeros aside) is refused rather than summed past overflow.
    for (; i < size && i - digits < 16; ++i) {
        const char c = data[i];
        int d = -1;
        if (c >= '0' && c <= '9')
            d = c - '0';
        else if (hex && c >= 'a' && c <= 'f')
            d = c - 'a' + 10;
        else if (hex && c >= 'A' && c <= 'F')
            d = c - 'A' + 10;
        if (d < 0)
            break;
        value = value * (hex ? 16 : 10) + quint64(d);
        if (value > 0x10FFFF)
            value = 0x110000; // stays invalid, never overflows
    }
    if (i < size && data[i] == ';')
        return i > digits && isXmlChar(value) ? i + 1 - at : 0;
    // Not a well-formed reference: find where it ends, if it does nearby.
    for (qsizetype j = i; j < size && j - at < 32; ++j) {
        if (data[j] == ';')
            return 0;
        if (data[j] == '<' || data[j] == '&' || data[j] == '"' || data[j] == '\'')
            break;
    }
    return -1;
}

} // namespace

QByteArray cleanCharacterReferences(const QByteArray &xml)
{
    const char *const data = xml.constData();
    const qsizetype size = xml.size();
    QByteArray out;
    bool changed = false;
    qsizetype copied = 0;
    for (qsizetype at = 0; at + 1 < size;) {
        const void *found = std::memchr(data + at, '&', size_t(size - at));
        if (!found)
            break;
        at = static_cast<const char *>(found) - data;
        if (at + 1 >= size || data[at + 1] != '#') {
            ++at;
            continue;
        }
        const qsizetype length = validReference(data, size, at);
        if (length > 0) {
            at += length;
            continue;
        }
        if (!changed) {
            out.reserve(size + 64);
            changed = true;
        }
        out.append(data + copied, at - copied);
        if (length == 0) {
            const qsizetype end = xml.indexOf(';', at);
            out.append("&#xFFFD;");
            at = end + 1;
        } else {
            out.append("&amp;#");
            at += 2;
        }
        copied = at;
    }
    if (!changed)
        return xml;
    out.append(data + copied, size - copied);
    return out;
}

} // namespace dd::io
