#pragma once

#include "support/handwrittenlists.h"

// What a clerk reads in each list of tests/fixtures/lists/make_hidden.py, written by hand, not
// from the program's output: the people imported with the hidden rows left out (as the list
// shows in Excel) and with them included, every field as it must be stored.
namespace handwritten {

// hidden_rows.xlsx: rows 7 (Trần Thị Bé) and 9 (Phạm Thị Dung's earlier row) hidden; the
// hidden first row names Gò Dầu, the visible title Tân Châu.
inline const Person kHiddenRowsShown[] = {
    { "Nguyễn", "Văn", "An", "", "1990", "Bí thư Huyện đoàn", kTc, "", "0909000101", "", "" },
    { "Lê", "Minh", "Cường", "", "1993", "Phó Bí thư Chi đoàn", kTc, "Chi đoàn xã Suối Ngô",
      "0909000103", "", "" },
    { "Phạm", "Thị", "Dung", "", "1996", "Phó Bí thư Chi đoàn", kTc, "Chi đoàn xã Tân Đông",
      "0909000104", "", "" },
};
// With the hidden rows: row 9 comes first, so row 10 (the same name and phone) is its repeat.
inline const Person kHiddenRowsAll[] = {
    { "Nguyễn", "Văn", "An", "", "1990", "Bí thư Huyện đoàn", kTc, "", "0909000101", "", "" },
    { "Trần", "Thị", "Bé", "", "1995", "Bí thư Chi đoàn", kTc, "Chi đoàn xã Tân Hòa", "0909000102",
      "", "" },
    { "Lê", "Minh", "Cường", "", "1993", "Phó Bí thư Chi đoàn", kTc, "Chi đoàn xã Suối Ngô",
      "0909000103", "", "" },
    { "Phạm", "Thị", "Dung", "", "1996", "Ủy viên BCH", kTc, "Chi đoàn xã Tân Đông", "0909000104",
      "", "" },
};

// hidden_rows.xlsx with row 7 alone brought in, in the window's "Decision" column.
inline const Person kHiddenRowsPlusRow7[] = {
    { "Nguyễn", "Văn", "An", "", "1990", "Bí thư Huyện đoàn", kTc, "", "0909000101", "", "" },
    { "Trần", "Thị", "Bé", "", "1995", "Bí thư Chi đoàn", kTc, "Chi đoàn xã Tân Hòa", "0909000102",
      "", "" },
    { "Lê", "Minh", "Cường", "", "1993", "Phó Bí thư Chi đoàn", kTc, "Chi đoàn xã Suối Ngô",
      "0909000103", "", "" },
    { "Phạm", "Thị", "Dung", "", "1996", "Phó Bí thư Chi đoàn", kTc, "Chi đoàn xã Tân Đông",
      "0909000104", "", "" },
};

// filtered_grouped.xlsx: row 5 filtered out, rows 7-8 collapsed; the unit is column G's, never
// the hidden column F's (Gò Dầu).
inline const Person kFilteredShown[] = {
    { "Võ", "Thanh", "Hải", "male", "1991", "Bí thư Huyện đoàn", kBc, "", "", "", "" },
    { "Bùi", "Văn", "Khoa", "male", "1997", "Phó Bí thư Chi đoàn", kTbien, "Chi đoàn xã Tân Lập",
      "", "", "" },
    { "Châu", "Ngọc", "Nhi", "female", "1999", "Đoàn viên", kBc, "Chi đoàn xã Tiên Thuận", "", "",
      "" },
};
inline const Person kFilteredAll[] = {
    { "Võ", "Thanh", "Hải", "male", "1991", "Bí thư Huyện đoàn", kBc, "", "", "", "" },
    { "Đặng", "Thị", "Hoa", "female", "1994", "Bí thư Chi đoàn", kBc, "Chi đoàn xã Long Giang", "",
      "", "" },
    { "Bùi", "Văn", "Khoa", "male", "1997", "Phó Bí thư Chi đoàn", kTbien, "Chi đoàn xã Tân Lập",
      "", "", "" },
    { "Hồ", "Thị", "Lan", "female", "1998", "Ủy viên BCH", kBc, "Chi đoàn xã Lợi Thuận", "", "",
      "" },
    { "Tạ", "Văn", "Minh", "male", "1995", "Chi hội trưởng", kBc, "Chi hội thanh niên ấp Bàu Tràm",
      "", "", "" },
    { "Châu", "Ngọc", "Nhi", "female", "1999", "Đoàn viên", kBc, "Chi đoàn xã Tiên Thuận", "", "",
      "" },
};

// hidden_sheets.xlsx: the visible sheet "Danh sách"; the hidden "DS cũ" when asked for.
inline const Person kHiddenSheetsList[] = {
    { "Kiều", "Văn", "Sơn", "", "1989", "Bí thư Huyện đoàn", kTbien, "", "0945200001", "", "" },
    { "Lâm", "Thị", "Trang", "", "1994", "Phó Bí thư Huyện đoàn", kTbien, "", "0945200002", "",
      "" },
    { "Quách", "Minh", "Tú", "", "1997", "Bí thư Chi đoàn", kTbien, "", "0945200003", "", "" },
};
inline const Person kHiddenSheetsOld[] = {
    { "Lương", "Văn", "Phong", "", "1988", "Bí thư Huyện đoàn", kTbien, "", "0945100001", "", "" },
    { "Mạc", "Thị", "Quyên", "", "1992", "Bí thư Chi đoàn", kTbien, "", "0945100002", "", "" },
};

// hidden_lo.ods: the hidden table "Cũ" not read; row 6 collapsed, row 7 filtered out; the
// hidden column E (Gò Dầu) not read.
inline const Person kOdsShown[] = {
    { "Trịnh", "Thị", "Xuân", "", "1993", "Bí thư Chi đoàn", kHt, "Chi đoàn phường Long Hoa",
      "0966000101", "", "" },
    { "Lưu", "Văn", "Yên", "", "1991", "Phó Bí thư Thị đoàn", kHt, "", "0966000102", "", "" },
    { "Hứa", "Thị", "Chi", "", "1998", "Đoàn viên", kHt, "Chi đoàn phường Hiệp Tân", "0966000105",
      "", "" },
};
inline const Person kOdsAll[] = {
    { "Trịnh", "Thị", "Xuân", "", "1993", "Bí thư Chi đoàn", kHt, "Chi đoàn phường Long Hoa",
      "0966000101", "", "" },
    { "Lưu", "Văn", "Yên", "", "1991", "Phó Bí thư Thị đoàn", kHt, "", "0966000102", "", "" },
    { "Đinh", "Thị", "Ánh", "", "1996", "Ủy viên BCH", kHt, "Chi đoàn xã Trường Tây", "0966000103",
      "", "" },
    { "Mai", "Văn", "Bình", "", "1994", "Chi hội phó", kHt, "Chi hội thanh niên ấp Long Bình",
      "0966000104", "", "" },
    { "Hứa", "Thị", "Chi", "", "1998", "Đoàn viên", kHt, "Chi đoàn phường Hiệp Tân", "0966000105",
      "", "" },
};

} // namespace handwritten
