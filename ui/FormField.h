#pragma once
// A line edit with its label (and mnemonic buddy) and an error line under it, added to a form:
// the dialogs show a refused field's reason right where the user typed.
#include <QString>

class QFormLayout;
class QLabel;
class QLineEdit;

namespace emporium {
namespace ui {

struct FormField
{
    QLineEdit *edit = nullptr;
    QLabel *error = nullptr;
};

FormField addFormField(QFormLayout *form, const QString &label);
void showFieldError(const FormField &field, const QString &message);
void clearFieldError(const FormField &field);

} // namespace ui
} // namespace emporium
