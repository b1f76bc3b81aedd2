#pragma once

#include <QString>

namespace dd::documents {

// The serif family of the printed papers: Times New Roman when the system has it, the
// bundled Liberation Serif (metric-compatible, full Vietnamese coverage) otherwise. The
// bundled faces are registered with QFontDatabase on first use. Needs a QGuiApplication.
QString paperFontFamily();

} // namespace dd::documents
