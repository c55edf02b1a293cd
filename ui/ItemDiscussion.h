#pragma once
// The lower half of the item page: "Questions & answers" (ask, answer the selected question,
// mark the selected answer helpful; the seller's answers are marked) and "Reviews" (the rating,
// the reviews newest first, and a form for buyers who bought the item). Both load a page at a
// time as they scroll; signed out, the forms say to sign in.
#include <QTabWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QTreeView;

namespace emporium {
namespace client {
class QuestionsModel;
class ReviewsModel;
} // namespace client
} // namespace emporium

namespace emporium {
namespace ui {

class ItemDiscussion : public QTabWidget
{
    Q_OBJECT
public:
    ItemDiscussion(client::QuestionsModel &questions, client::ReviewsModel &reviews,
                   QWidget *parent = nullptr);

    void setItem(qint64 itemId);
    void setSignedIn(bool signedIn);

    QTreeView *questionsView() const { return m_questionsView; }
    QLabel *noQuestionsLabel() const { return m_noQuestions; }
    QLineEdit *askEdit() const { return m_ask; }
    QPushButton *askButton() const { return m_askButton; }
    QLineEdit *answerEdit() const { return m_answer; }
    QPushButton *answerButton() const { return m_answerButton; }
    QPushButton *helpfulButton() const { return m_helpful; }
    QLabel *questionsStatus() const { return m_qaStatus; }
    QListView *reviewsView() const { return m_reviewsView; }
    QLabel *ratingLabel() const { return m_rating; }
    QComboBox *starsBox() const { return m_stars; }
    QLineEdit *reviewEdit() const { return m_review; }
    QPushButton *reviewButton() const { return m_reviewButton; }
    QLabel *reviewsStatus() const { return m_reviewStatus; }

private:
    void updateButtons();
    void updateTitles();
    static void say(QLabel *label, const QString &text, bool error);

    client::QuestionsModel &m_questions;
    client::ReviewsModel &m_reviews;
    bool m_signedIn = false;
    QTreeView *m_questionsView;
    QLineEdit *m_ask;
    QPushButton *m_askButton;
    QLineEdit *m_answer;
    QPushButton *m_answerButton;
    QPushButton *m_helpful;
    QLabel *m_qaStatus;
    QLabel *m_noQuestions; // in place of the empty list
    void showQuestionsOrNone();
    QListView *m_reviewsView;
    QLabel *m_rating;
    QComboBox *m_stars;
    QLineEdit *m_review;
    QPushButton *m_reviewButton;
    QLabel *m_reviewStatus;
};

} // namespace ui
} // namespace emporium
