#include "ui/FormField.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace emporium {
namespace ui {

FormField addFormField(QFormLayout *form, const QString &label)
{
    FormField f{new QLineEdit, new QLabel};
    f.error->setStyleSheet(QStringLiteral("color:#c62828;font-size:small;"));
    f.error->setWordWrap(true);
    f.error->hide();
    auto *box = new QVBoxLayout;
    box->setSpacing(1);
    box->addWidget(f.edit);
    box->addWidget(f.error);
    auto *l = new QLabel(label);
    l->setBuddy(f.edit);
    form->addRow(l, box);
    return f;
}

void showFieldError(const FormField &field, const QString &message)
{
    field.error->setText(message);
    field.error->show();
    if (field.edit)
        field.edit->setStyleSheet(QStringLiteral("border:1px solid #c62828;"));
}

void clearFieldError(const FormField &field)
{
    field.error->hide();
    if (field.edit)
        field.edit->setStyleSheet(QString());
}

} // namespace ui
} // namespace emporium
