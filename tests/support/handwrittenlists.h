#pragma once

// What a clerk reads in each list of tests/fixtures/lists/ (make_lists.py), written by hand,
// not from the program's output: the people the command-line and window tests expect, every
// field as it must be stored.
namespace handwritten {

struct Person
{
    const char *family, *middle, *given, *gender, *year, *position, *unit, *workplace, *phone,
        *email, *note;
    bool reserve = false; // a reserve delegate (đại biểu dự khuyết)
};

inline const char *const kTb = "Thị đoàn Trảng Bàng";
inline const char *const kGd = "Huyện đoàn Gò Dầu";
inline const char *const kCt = "Huyện đoàn Châu Thành";
inline const char *const kBc = "Huyện đoàn Bến Cầu";
inline const char *const kTc = "Huyện đoàn Tân Châu";
inline const char *const kTbien = "Huyện đoàn Tân Biên";
inline const char *const kHt = "Thị đoàn Hòa Thành";
inline const char *const kDmc = "Huyện đoàn Dương Minh Châu";
inline const char *const kTp = "Thành đoàn thành phố Tây Ninh";

inline const Person kTrangBang[] = {
    { "Nguyễn", "Hoàng", "Phúc", "", "1988", "Bí thư Thị đoàn", kTb, "", "0918234567", "", "" },
    { "Trần", "Thị Mỹ", "Lệ", "", "1991", "Phó Bí thư Thị đoàn", kTb, "", "0357123456", "", "" },
    { "Võ", "Minh", "Trí", "", "1997", "Bí thư Chi đoàn phường An Tịnh", kTb, "", "0987001122", "",
      "" },
};

inline const Person kGoDau[] = {
    { "Phan", "Thanh", "Sang", "male", "1990", "Bí thư Huyện đoàn", kGd, "", "0909111222", "", "" },
    { "Đỗ", "Thị Kiều", "Oanh", "female", "1996", "Bí thư Chi đoàn", kGd,
      "Chi đoàn Công ty TNHH Dệt may Thanh Phước", "0933456789", "", "" },
    { "Lý", "Văn", "Tuấn", "male", "1994", "Chi hội trưởng", kGd, "Chi hội thanh niên ấp Trâm Vàng",
      "0378111999", "", "" },
    { "Nguyễn", "Ngọc Bích", "Trâm", "female", "2000", "Ủy viên BCH Chi đoàn", kGd,
      "Chi đoàn xã Phước Thạnh", "0868123321", "", "" },
};

inline const Person kChauThanh[] = {
    { "Trương", "Thị Bảo", "Ngọc", "female", "1996", "Bí thư Chi đoàn", kCt, "Chi đoàn xã Hảo Đước",
      "0974555111", "", "Số điện thoại khác: 0913 222 333" },
    { "Huỳnh", "Công", "Lý", "male", "1993", "Phó Bí thư Chi đoàn", kCt,
      "Chi đoàn Công ty TNHH Chế biến Tinh bột mì Châu Thành", "0974555112", "", "" },
    { "Mai", "", "Linh", "female", "1999", "Ủy viên BCH", kCt, "Chi đoàn Trường THPT Châu Thành",
      "0974555113", "", "Số điện thoại khác: 0276 3822 111" },
    { "Kha", "Văn", "Đạt", "male", "2001", "Chi hội trưởng", kCt, "Chi hội thanh niên ấp Bàu Sen",
      "0974555114", "", "" },
};

inline const Person kBenCau[] = {
    { "Lê", "Thị Hồng", "Nhung", "female", "1995", "Bí thư Chi đoàn", kBc, "Chi đoàn xã Long Thuận",
      "0911222333", "", "" },
    { "Trịnh", "Quốc", "Việt", "male", "1992", "Phó Bí thư Huyện đoàn", kBc, "", "0911222334", "",
      "" },
    { "Dương", "Ngọc", "Ẩn", "male", "1998", "Chi hội phó", kBc, "Chi hội thanh niên ấp Voi",
      "0911222335", "", "" },
};

inline const Person kProvinceShort[] = {
    { "Bùi", "Thị Thanh", "Thảo", "", "1994", "", kTc, "Chi đoàn xã Suối Ngô", "0822000001", "",
      "" },
    { "Tạ", "Minh", "Khôi", "", "1990", "", kHt, "Chi đoàn phường Long Thành Bắc", "0822000002", "",
      "" },
    { "Lưu", "Hoàng", "Yến", "", "1997", "", kGd, "Chi đoàn xã Thạnh Đức", "0822000003", "", "" },
    { "Quách", "Văn", "Lộc", "", "1993", "", kTp, "Chi đoàn phường 3", "0822000004", "", "" },
    { "Cao", "Thị", "Diễm", "", "1999", "", kTbien, "Chi đoàn xã Thạnh Tây", "0822000005", "", "" },
};

inline const Person kTwoSheets[] = {
    { "Hà", "Văn", "Nghĩa", "", "1989", "Bí thư Huyện đoàn", kTbien, "", "0945000101", "", "" },
    { "Lạc", "Thị", "Thu", "", "1995", "Bí thư Chi đoàn", kTbien, "Chi đoàn xã Tân Lập",
      "0945000102", "", "" },
    { "Ông", "Văn", "Hậu", "", "1991", "Phó Bí thư Huyện đoàn", kCt, "", "0945000201", "", "" },
    { "Từ", "Thị", "Mai", "", "1998", "Bí thư Chi đoàn", kCt, "Chi đoàn xã Thái Bình", "0945000202",
      "", "" },
};

inline const Person kHoaThanh[] = {
    { "Châu", "Thị Kim", "Ngân", "female", "1997", "Bí thư Chi đoàn", kHt,
      "Chi đoàn Công ty TNHH Giấy Hòa Thành", "0399111222", "",
      "Thay thế cho đ/c Nguyễn Văn Hùng" },
    { "Thái", "Bảo", "Long", "male", "1995", "Ủy viên BCH", kHt, "Chi đoàn khu phố Hiệp Trường",
      "0399111223", "", "" },
    { "La", "Thị", "Hương", "female", "1993", "Chi hội trưởng", kHt,
      "Chi hội thanh niên công nhân Long Thành Trung", "0399111224", "", "Ăn chay" },
};

inline const Person kDuongMinhChau[] = {
    { "Đinh", "Thị", "Thảo", "female", "1996", "Tổ trưởng", kDmc, "Công ty TNHH Cao su Bến Củi",
      "0355700801", "", "" },
    { "Hồ", "Văn", "Được", "male", "1994", "Bí thư Chi đoàn", kDmc,
      "Công ty Cổ phần Mía đường Tây Ninh", "0355700802", "", "" },
    { "Phùng", "Ngọc", "Ẩn", "male", "1999", "Đoàn viên", kDmc, "Công ty TNHH Hưng Thịnh",
      "0355700803", "", "" },
};

inline const Person kTayNinh[] = {
    { "Đào", "Thị Ngọc", "Hân", "", "1995", "Bí thư Chi đoàn", kTp, "Chi đoàn phường 1",
      "0277111001", "", "" },
    { "Nông", "Văn", "Quyết", "", "1992", "Phó Bí thư Chi đoàn", kTp, "Chi đoàn phường Ninh Sơn",
      "0277111002", "", "" },
};

inline const Person kEmailOnly[] = {
    { "Kiều", "Thị Yến", "Nhi", "female", "1998", "Bí thư Chi đoàn", kTc,
      "Chi đoàn Bệnh viện Đa khoa Tân Châu", "0842333444", "yennhi.tc@gmail.com", "" },
    { "Ngô", "Thanh", "Phong", "male", "1994", "Phó Bí thư Chi đoàn", kTc,
      "Chi đoàn Công an huyện Tân Châu", "0842333445", "", "" },
};

inline const Person kTanChau[] = {
    { "Võ", "Thị Hồng", "Gấm", "", "1996", "Chi hội trưởng", kTc, "Chi hội thanh niên xã Tân Hà",
      "0707888001", "", "" },
    { "Tăng", "", "Lực", "", "1992", "Chi hội phó", kTc, "Chi hội thanh niên xã Suối Dây",
      "0707888002", "", "" },
    { "Âu", "Dương Thanh", "Tú", "", "1998", "Ủy viên", kTc, "Chi hội thanh niên thị trấn Tân Châu",
      "0707888003", "", "" },
};

// With --create-units: the Đoàn Khối the directory lacks is created.
inline const Person kProvinceSections[] = {
    { "Lâm", "Thị Mỹ", "Tiên", "", "1997", "Bí thư Chi đoàn xã Lợi Thuận", kBc, "", "0869010101",
      "", "" },
    { "Đoàn", "Văn", "Mạnh", "", "1990", "Phó Bí thư Huyện đoàn", kBc, "", "0869010102", "", "" },
    { "Mạc", "Thị Thùy", "Dung", "", "1994", "Bí thư Chi đoàn Sở Tư pháp",
      "Đoàn Khối các cơ quan tỉnh", "", "0869010103", "", "" },
    { "Khúc", "Văn", "Hòa", "", "1993", "Ủy viên BCH Thị đoàn", kTb, "", "0869010104", "", "" },
};

// "Đ/c" is no part of a name; a remark in brackets after it goes to the note.
inline const Person kHtLetterhead[] = {
    { "Phạm", "Minh", "Khang", "", "1989", "Phó Bí thư Thị đoàn", kHt, "", "0389222111", "", "" },
    { "Cù", "Thị Thanh", "Nhàn", "", "1993", "Bí thư Chi đoàn", kHt, "Chi đoàn phường Long Hoa",
      "0389222112", "", "Trưởng đoàn" },
    { "Lữ", "Văn", "Hiếu", "", "1998", "Ủy viên BCH", kHt, "Chi đoàn xã Trường Tây", "0389222113",
      "", "dự thay" },
};

inline const Person kCtSignature[] = {
    { "Thạch", "Thị Sa", "Rươl", "female", "1997", "Bí thư Chi đoàn", kCt, "Chi đoàn xã Hòa Hội",
      "0376555001", "", "" },
    { "Danh", "Hữu", "Phước", "male", "1995", "Chi hội trưởng", kCt, "Chi hội thanh niên ấp Bến Cừ",
      "0376555002", "", "" },
};

// "Họ và tên" over two columns: the name written across them.
inline const Person kTanBienTwoCells[] = {
    { "Nguyễn", "Thị Ngọc", "Ánh", "", "1996", "Bí thư Chi đoàn", kTbien, "Chi đoàn xã Tân Bình",
      "0944777001", "", "" },
    { "Lò", "Văn", "Bảy", "", "1992", "Phó Bí thư Chi đoàn", kTbien, "Chi đoàn xã Hòa Hiệp",
      "0944777002", "", "" },
    { "Hầu", "", "Sáng", "", "1999", "Ủy viên BCH", kTbien, "Chi đoàn xã Thạnh Bắc", "0944777003",
      "", "" },
};

// A heading row per branch: not people.
inline const Person kGoDauSections[] = {
    // The branch heading above a person is their workplace; "Khối doanh nghiệp" is no branch.
    { "Huỳnh", "Thị Diễm", "My", "", "1997", "Bí thư Chi đoàn", kGd, "Chi đoàn xã Thạnh Đức",
      "0355111201", "", "" },
    { "Sơn", "Văn", "Thành", "", "1994", "Chi hội trưởng", kGd,
      "CHI HỘI THANH NIÊN CÔNG NHÂN ẤP CÂY ĐA", "0355111202", "", "" },
    { "Đoàn", "Thị", "Mai", "", "1999", "Chi hội phó", kGd,
      "CHI HỘI THANH NIÊN CÔNG NHÂN ẤP CÂY ĐA", "0355111203", "", "" },
    { "Kim", "Ngọc", "Ánh", "", "1996", "Bí thư Chi đoàn Công ty TNHH Hoa Sen", kGd, "",
      "0355111204", "", "" },
};

// Branch headings over people: the heading is the workplace of those who write none; the
// numbered section "II. Khối doanh nghiệp" ends the last branch.
inline const Person kGoDauBranchWorkplace[] = {
    { "Lâm", "Văn", "Hậu", "", "1995", "Bí thư Chi đoàn", kGd, "Chi đoàn ấp Bến Mương",
      "0366222301", "", "" },
    { "Trịnh", "Thị", "Kiều", "", "1998", "Đoàn viên", kGd, "Công ty TNHH Sao Mai", "0366222302",
      "", "" },
    { "Mai", "Quốc", "Bảo", "", "2005", "Phó Bí thư Đoàn trường", kGd,
      "ĐOÀN TRƯỜNG THPT NGUYỄN TRÃI", "0366222303", "", "" },
    { "Tạ", "Minh", "Khôi", "", "1993", "Đoàn viên", kGd, "", "0366222304", "", "" },
};

// tn_row7_chucvu_donvi.xlsx and its LibreOffice .ods (make_lists_qa.py): position and workplace
// in one "Chức vụ, đơn vị công tác" cell, split where the title ends or the cell's line breaks;
// a branch named in lower case after the title ("ấp Giồng Cà") stays in the position.
inline const Person kTnRow7[] = {
    { "Nguyễn", "Thị Thu", "Hà", "female", "1995", "Bí thư Chi đoàn", kTp,
      "Công ty TNHH Hưng Thịnh", "0908123451", "", "" },
    { "Trần", "Văn", "Lực", "male", "1993", "Phó Bí thư Chi đoàn", kTp,
      "Công ty CP Cao su Tây Ninh", "0908123452", "", "" },
    { "Lê", "Hoàng", "Khải", "male", "1998", "Chi hội trưởng", kTp,
      "Chi hội thanh niên công nhân khu phố 4, phường 3", "0908123453", "", "" },
    { "Thạch", "Thị Sa", "Rên", "female", "1997", "Ủy viên BCH Chi đoàn", kTp,
      "Công ty TNHH Dệt may Sao Việt", "0908123454", "", "Dự thay" },
    { "Võ", "Minh", "Trí", "male", "1996", "Bí thư Chi đoàn ấp Giồng Cà", kTp, "", "0908123455", "",
      "" },
};

// tn_colc_namnu_x.xlsx (make_lists_qa2.py): the table from column C on "Sheet1 (2)", "x" in
// "Nam" or "Nữ", phones with spaces, dots, "+84" and "(+84) 0…", e-mails as typed (capitals
// kept, spaces gone), the two under "ĐẠI BIỂU DỰ KHUYẾT" reserve delegates (their note empty);
// neither that heading nor the header written again over them is a person.
inline const Person kTnColC[] = {
    { "Võ", "Thị Thanh", "Thúy", "female", "1995", "Bí thư Chi đoàn", kTp,
      "Công ty TNHH Dệt Kim Tây Ninh", "0918123456", "ThuyVo.DetKim@Gmail.com", "" },
    { "Lâm", "Quốc", "Bảo", "male", "1993", "Phó Bí thư Chi đoàn", kTp,
      "Công ty CP Bao bì Tây Ninh", "0918234567", "BAOLQ@YAHOO.COM", "" },
    { "Nguyễn", "Ngọc Trâm", "Anh", "female", "1997", "Chi hội trưởng", kTp,
      "Chi hội thanh niên công nhân khu phố 5, phường 2", "0918345678", "", "" },
    { "Trương", "Văn", "Lợi", "male", "1990", "Ủy viên BCH Chi đoàn", kTp,
      "Công ty TNHH Giày Đông Phước", "0918456789", "", "" },
    { "Đỗ", "Minh", "Khang", "male", "1996", "Đoàn viên", kTp, "Công ty TNHH Dệt Kim Tây Ninh",
      "0918567890", "", "", true },
    { "Hà", "Thị", "Kiều", "female", "1998", "Đoàn viên", kTp, "Công ty CP Bao bì Tây Ninh",
      "0918678901", "", "", true },
};

// dmc_dob_gender_lo.xls: no gender column; "1995 (Nữ)", "1996 (Nam)", "1998 - Nữ" give the
// year and the gender, "20/5/97" the year only.
inline const Person kDmcDobGender[] = {
    { "Lê", "Thị Ngọc", "Hân", "female", "1995", "Bí thư Chi đoàn", kDmc,
      "Công ty TNHH Cao su Bến Củi", "0977111222", "", "" },
    { "Phạm", "Văn", "Đức", "male", "1996", "Phó Bí thư Chi đoàn", kDmc,
      "Công ty CP Mía đường Biên Hòa", "0977222333", "", "" },
    { "Trần", "Thị", "Út", "female", "1998", "Chi hội phó", kDmc,
      "Chi hội thanh niên công nhân ấp Phước Hội", "0977333444", "", "" },
    { "Huỳnh", "Tấn", "Phát", "", "1997", "Ủy viên BCH Chi đoàn", kDmc,
      "Công ty TNHH Giày Đông Phước", "0977444555", "", "" },
};

} // namespace handwritten
