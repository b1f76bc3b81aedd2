#pragma once

#include <QByteArray>
#include <QImage>
#include <QList>

#include <optional>

class QPainter;
class QRectF;

namespace dd::documents {

// A QR code (libqrencode, error correction level M) as its square of modules, to be drawn on a
// page or made into a picture. The check-in code of a letter or a badge is short text, so the
// smallest version that holds it is used.
class QrCode
{
public:
    // Nothing when the data cannot be encoded (too long for a QR code).
    static std::optional<QrCode> encode(const QByteArray &data);

    int size() const { return m_size; } // modules per side, without the quiet zone
    bool dark(int x, int y) const { return m_modules.at(y * m_size + x); }
    // Black on white, `scale` pixels a module, with the quiet zone of four modules the
    // standard asks for around it.
    QImage image(int scale) const;
    // Draws it into `square` (quiet zone included) as filled rectangles, one per run of dark
    // modules in a row, so that it stays sharp on any printer and has no seams.
    void draw(QPainter &painter, const QRectF &square) const;

    static constexpr int kQuietZone = 4;

private:
    int m_size = 0;
    QList<bool> m_modules;
};

} // namespace dd::documents
