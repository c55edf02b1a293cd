// A seller's CSV import as the server reads it (RFC 4180, the columns, every field's rules), before
// anything is written: every file is either rows or a list of its bad lines.
#include "server/domain/Inventory.h"

#include <QCoreApplication>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, size_t size)
{
    using emporium::domain::Inventory;
    const Inventory::ParsedImport parsed =
        Inventory::readImport(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    if (const auto *errors = std::get_if<QList<emporium::protocol::ImportLineError>>(&parsed))
        if (errors->isEmpty())
            std::abort(); // refused without saying why
    return 0;
}
