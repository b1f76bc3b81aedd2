#pragma once

#include <QString>

namespace dd::io {

// HTML to plain text keeping paragraphs and line breaks; <ol>/<ul> items become "1. " / "- "
// lines; entities decoded.
QString htmlToPlainText(const QString &html);

// One tag of an HTML text, as the readers of this folder see it.
struct HtmlTag
{
    QString text; // between '<' and '>', attributes included
    QString name; // lower case; empty for a comment, <!DOCTYPE>, <?xml?>
    bool closing = false;
};

// The tag starting at html[pos] == '<': where the text after it starts, or -1 when this '<'
// starts no tag ("a < b" is text). A '>' inside a quoted attribute value does not end it.
qsizetype readHtmlTag(const QString &html, qsizetype pos, HtmlTag *tag);
// Whether an element's content is never shown (<head>, <style>, <script>, …).
bool isHiddenHtmlTag(const QString &name);

} // namespace dd::io
