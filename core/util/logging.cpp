#include "util/logging.h"

Q_LOGGING_CATEGORY(lcStorage, "dialoguedesk.storage")
Q_LOGGING_CATEGORY(lcImport, "dialoguedesk.import")
Q_LOGGING_CATEGORY(lcDocuments, "dialoguedesk.documents")
Q_LOGGING_CATEGORY(lcEdit, "dialoguedesk.edit")
