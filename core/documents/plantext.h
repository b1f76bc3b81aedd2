#pragma once

#include "documents/paper.h"
#include "documents/paperdata.h"

#include <QList>
#include <QString>

// The plan's own text (Event::planText): one paragraph per line, **bold**, *italic* and
// ***both***, as a clerk types it in a plain editor. A paragraph all in bold or italic, or
// ending in ":", introduces what follows and is kept with it.
namespace dd::documents::plantext {

// The runs of one line, the markers removed ("\*" is a literal star).
RichText parseLine(const QString &line);
// The line without its markers.
QString plain(const QString &line);
// Each non-empty line as a paragraph of the plan paper.
QList<Paragraph> paragraphs(const QString &text);
// The text of an event that has none yet, drafted from its facts: purpose, requirements,
// topics, plans, programme, units and quotas, dates, tasks. The clerk edits it from there.
QString draft(const PaperData &data);

} // namespace dd::documents::plantext
