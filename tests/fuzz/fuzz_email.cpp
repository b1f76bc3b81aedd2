// The e-mail reader and the splitting of its text into questions, as `import questions` does
// with an .eml file (tests/fuzz/CMakeLists.txt).
#include "fuzzsupport.h"

#include "io/emailreader.h"
#include "io/htmltables.h"

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::initialise();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const Result<dd::io::EmailMessage> mail
        = dd::io::readEmail(fuzz::bytesOf(data, size), QStringLiteral("cau-hoi.eml"));
    if (mail)
        dd::io::splitNumberedItems(mail->body);
    if (mail)
        dd::io::htmlTables(mail->html);
    return 0;
}
