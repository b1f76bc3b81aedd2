#pragma once

#include <QByteArray>

namespace dd::io {

// Replaces every numeric character reference that does not name a character XML allows
// (&#0;, &#-1;, &#x110000;, a surrogate such as &#xD800;, a control character, digits without
// end) by &#xFFFD;, the replacement character, and a "&#" that starts no reference by
// "&amp;#". liborcus 0.17 stops with an assertion on some of these and passes others on as
// they are; after this it sees only characters it can take, and a cell that held such a
// reference shows that something was lost. Returns the bytes unchanged (shared) when there is
// nothing to replace.
QByteArray cleanCharacterReferences(const QByteArray &xml);

} // namespace dd::io
