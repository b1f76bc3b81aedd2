#pragma once

#include <QString>

// Numbers in Vietnamese words, the way a budget paper writes its total ("Bằng chữ: …").
namespace dd::text {

// How a lone digit after a zero ten is joined: "một trăm lẻ năm" (the South, and this
// province's papers) or "một trăm linh năm" (the North).
enum class ZeroTen { Le, Linh };

// 0 → "không"; 21 → "hai mươi mốt"; 15 → "mười lăm"; 24 → "hai mươi tư"; 105 → "một trăm lẻ
// năm"; 1 005 000 → "một triệu không trăm lẻ năm nghìn"; 1 000 000 000 → "một tỷ"; groups of
// zeros are left out, and a group after a higher one is read whole ("không trăm …").
// Negative numbers start with "âm".
QString numberWords(qint64 n, ZeroTen zeroTen = ZeroTen::Le);

// An amount in đồng for "Bằng chữ:": 12 500 000 → "Mười hai triệu năm trăm nghìn đồng chẵn".
QString dongWords(qint64 amount, ZeroTen zeroTen = ZeroTen::Le);

// 12500000 → "12.500.000" (a dot between groups of three, as Vietnamese papers write money).
QString groupedNumber(qint64 n);

// A number kept in thousandths, as Vietnamese papers write it: 1500 → "1,5", 250 → "0,25",
// 2000 → "2", 1500000 → "1.500" (`grouped`; "1500" without). No trailing zeros.
QString thousandthsText(qint64 thousandths, bool grouped = true);

} // namespace dd::text
