#pragma once
// Driving a window by keyboard, as a user would: keys go to the focused widget of the active window,
// a mnemonic is Alt and the letter a text marks ("Shi&p…": P) in whatever language the window speaks.
#include <QApplication>
#include <QLabel>
#include <QTest>
#include <QWidget>
#include <gtest/gtest.h>

namespace emporium::test {

inline void press(QWidget *window, Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QApplication::setActiveWindow(window);
    QWidget *target = QApplication::focusWidget() ? QApplication::focusWidget() : window;
    QTest::keyClick(target, key, modifiers);
}

inline void pressMnemonic(QWidget *window, const QString &text)
{
    const qsizetype at = text.indexOf(u'&');
    ASSERT_TRUE(at >= 0 && at + 1 < text.size()) << text.toStdString();
    const QChar letter = text.at(at + 1).toUpper();
    ASSERT_TRUE(letter >= u'A' && letter <= u'Z') << text.toStdString();
    press(window, Qt::Key(Qt::Key_A + (letter.unicode() - u'A')), Qt::AltModifier);
}

// The text of the label whose buddy `field` is ("&Name:")
inline QString buddyText(QWidget *field)
{
    for (QLabel *l : field->window()->findChildren<QLabel *>())
        if (l->buddy() == field)
            return l->text();
    return {};
}

inline void type(QWidget *window, const QString &text)
{
    QApplication::setActiveWindow(window);
    QTest::keyClicks(QApplication::focusWidget() ? QApplication::focusWidget() : window, text);
}

} // namespace emporium::test
