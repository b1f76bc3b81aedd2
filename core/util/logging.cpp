#include "util/logging.h"

Q_LOGGING_CATEGORY(lcStorage, "dialoguedesk.storage", QtInfoMsg)
Q_LOGGING_CATEGORY(lcImport, "dialoguedesk.import", QtInfoMsg)
Q_LOGGING_CATEGORY(lcDocuments, "dialoguedesk.documents", QtInfoMsg)
Q_LOGGING_CATEGORY(lcEdit, "dialoguedesk.edit", QtInfoMsg)
