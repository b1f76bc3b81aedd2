#pragma once

#include <QString>

// A name cell as clerks fill it: "Đ/c Nguyễn Văn Bình", "Trần Thị Cúc (Trưởng đoàn)". The
// form of address is not part of the name, and a remark in brackets after it is kept apart (it
// goes to the person's note), so that "đoàn)" does not become a given name.
namespace dd::import {

QString nameWithoutRemark(const QString &cell, QString *remark);

} // namespace dd::import
