#include "server/domain/ImageStore.h"

#include <QDir>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSaveFile>

namespace emporium::domain {
namespace {

bool save(const QImage &image, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    return image.save(&file, "JPEG", 85) && file.commit();
}

} // namespace

Result<StoredImage> ImageStore::store(const QImage &image, const QString &stem)
{
    if (image.isNull())
        return Error::validation(QStringLiteral("image"), QStringLiteral("not a readable image"));
    if (!QDir().mkpath(m_dir))
        return Error::internal(QStringLiteral("cannot create %1").arg(m_dir));
    const QString token = QString::number(QRandomGenerator::global()->generate(), 16);
    StoredImage out{stem + u'-' + token + QStringLiteral(".jpg"),
                    stem + u'-' + token + QStringLiteral("_thumb.jpg")};
    const QImage thumb =
        image.scaled(kThumbWidth, kThumbHeight, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    if (!save(image, QDir(m_dir).filePath(out.name)) || !save(thumb, QDir(m_dir).filePath(out.thumbName)))
        return Error::internal(QStringLiteral("cannot write image files in %1").arg(m_dir));
    return out;
}

bool ImageStore::isValidName(const QString &name)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_-]*\\.(png|jpg|jpeg|webp)$"));
    return name.size() <= 128 && re.match(name).hasMatch();
}

} // namespace emporium::domain
