#pragma once

#include <QDate>
#include <QString>

namespace dd::io {

// Turns a number stored in a spreadsheet into the text its cell shows, as far as the
// import needs: dates as dd/MM/yyyy, times as HH:mm(:ss), integers without decimals,
// "0000000000"-style formats with their leading zeros, percentages, and General otherwise.
class XlsxNumberFormat
{
public:
    enum class Kind { General, Date, DateTime, Time, Percent, ZeroPadded, Text };

    XlsxNumberFormat() = default;
    // numFmtId as in SpreadsheetML (built-in 0-163) and the format code when it has one.
    XlsxNumberFormat(int id, const QString &code);

    Kind kind() const { return m_kind; }
    QString format(double value, bool date1904 = false) const;

    // General: 1995 → "1995", 912345678 → "912345678", 0.5 → "0.5", no exponent for
    // numbers a person types.
    static QString general(double value);
    static QString date(const QDate &d);
    // An Excel serial day number (1900 system, or 1904) as a date.
    static QDate serialToDate(double serial, bool date1904 = false);

private:
    Kind m_kind = Kind::General;
    int m_width = 0; // digits of a zero-padded format
    int m_decimals = 0;
};

} // namespace dd::io
