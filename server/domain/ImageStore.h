#pragma once
// Stores item pictures as files under <data-dir>/images: the full picture and a _thumb
// variant, both JPEG. File names carry a random part, so they can be cached forever by clients.
#include "server/protocol/Result.h"

#include <QImage>
#include <QString>

namespace emporium::domain {

struct StoredImage
{
    QString name;      // e.g. i12-0-3fa9c2d1.jpg
    QString thumbName; // e.g. i12-0-3fa9c2d1_thumb.jpg
};

class ImageStore
{
public:
    static constexpr int kThumbWidth = 240;
    static constexpr int kThumbHeight = 180;

    explicit ImageStore(QString directory) : m_dir(std::move(directory)) {}

    Result<StoredImage> store(const QImage &image, const QString &stem);
    const QString &directory() const { return m_dir; }
    // Is `name` a safe file name of this store (no path parts)?
    static bool isValidName(const QString &name);

private:
    QString m_dir;
};

} // namespace emporium::domain
