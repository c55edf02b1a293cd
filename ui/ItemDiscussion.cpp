#include "ui/ItemDiscussion.h"

#include "app/models/QuestionsModel.h"
#include "app/models/ReviewsModel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace emporium {
namespace ui {

using client::QuestionsModel;

ItemDiscussion::ItemDiscussion(client::QuestionsModel &questions, client::ReviewsModel &reviews,
                               QWidget *parent)
    : QTabWidget(parent), m_questions(questions), m_reviews(reviews), m_questionsView(new QTreeView),
      m_ask(new QLineEdit), m_askButton(new QPushButton(tr("As&k"))), m_answer(new QLineEdit),
      m_answerButton(new QPushButton(tr("A&nswer"))), m_helpful(new QPushButton(tr("&Helpful"))),
      m_qaStatus(new QLabel), m_reviewsView(new QListView), m_rating(new QLabel), m_stars(new QComboBox),
      m_review(new QLineEdit), m_reviewButton(new QPushButton(tr("&Post review"))), m_reviewStatus(new QLabel)
{
    // Questions and answers
    m_questionsView->setModel(&m_questions);
    m_questionsView->setHeaderHidden(true);
    m_questionsView->setWordWrap(true);
    m_questionsView->setUniformRowHeights(false);
    m_questionsView->setAlternatingRowColors(true);
    m_questionsView->setAccessibleName(tr("Questions and answers"));
    m_questionsView->setMinimumHeight(260);
    m_ask->setPlaceholderText(tr("Ask the seller and other buyers a question…"));
    m_ask->setAccessibleName(tr("Your question"));
    m_answer->setPlaceholderText(tr("Select a question to answer it…"));
    m_answer->setAccessibleName(tr("Your answer"));
    m_helpful->setToolTip(tr("Mark the selected answer helpful (once)"));
    auto *askRow = new QHBoxLayout;
    askRow->addWidget(m_ask, 1);
    askRow->addWidget(m_askButton);
    auto *answerRow = new QHBoxLayout;
    answerRow->addWidget(m_answer, 1);
    answerRow->addWidget(m_answerButton);
    answerRow->addWidget(m_helpful);
    auto *qa = new QWidget;
    auto *qaLayout = new QVBoxLayout(qa);
    qaLayout->addLayout(askRow);
    m_noQuestions =
        new QLabel(tr("No questions yet. Ask the first one above: the seller and other buyers answer "
                      "here."));
    m_noQuestions->setAlignment(Qt::AlignCenter);
    m_noQuestions->setWordWrap(true);
    m_noQuestions->setForegroundRole(QPalette::PlaceholderText);
    m_noQuestions->setMinimumHeight(120);
    m_noQuestions->hide();
    qaLayout->addWidget(m_noQuestions, 1);
    qaLayout->addWidget(m_questionsView, 1);
    qaLayout->addLayout(answerRow);
    qaLayout->addWidget(m_qaStatus);
    m_qaStatus->setWordWrap(true);

    connect(m_askButton, &QPushButton::clicked, this, [this] {
        if (m_ask->text().trimmed().size() < 3) {
            say(m_qaStatus, tr("Write a question of at least 3 characters."), true);
            return;
        }
        m_askButton->setEnabled(false);
        m_questions.ask(m_ask->text());
    });
    connect(m_ask, &QLineEdit::returnPressed, m_askButton, &QPushButton::click);
    connect(m_answerButton, &QPushButton::clicked, this, [this] {
        QModelIndex i = m_questionsView->currentIndex();
        if (i.isValid() && i.data(QuestionsModel::IsAnswerRole).toBool())
            i = i.parent();
        if (!i.isValid()) {
            say(m_qaStatus, tr("Select the question to answer."), true);
            return;
        }
        if (m_answer->text().trimmed().size() < 3) {
            say(m_qaStatus, tr("Write an answer of at least 3 characters."), true);
            return;
        }
        m_answerButton->setEnabled(false);
        m_questions.answer(i.data(QuestionsModel::IdRole).toLongLong(), m_answer->text());
    });
    connect(m_answer, &QLineEdit::returnPressed, m_answerButton, &QPushButton::click);
    connect(m_helpful, &QPushButton::clicked, this, [this] {
        const QModelIndex i = m_questionsView->currentIndex();
        if (i.isValid() && i.data(QuestionsModel::IsAnswerRole).toBool())
            m_questions.markHelpful(i.data(QuestionsModel::IdRole).toLongLong());
    });
    connect(m_questionsView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ItemDiscussion::updateButtons);
    connect(&m_questions, &QAbstractItemModel::dataChanged, this, &ItemDiscussion::updateButtons);
    connect(&m_questions, &QuestionsModel::loaded, this, [this] {
        m_questionsView->expandAll();
        updateTitles();
        showQuestionsOrNone();
    });
    connect(&m_questions, &QAbstractItemModel::rowsInserted, this, &ItemDiscussion::showQuestionsOrNone);
    connect(&m_questions, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &parent, int first) {
                if (!parent.isValid())
                    for (int r = first; r < m_questions.rowCount(); ++r)
                        m_questionsView->expand(m_questions.index(r, 0));
                else
                    m_questionsView->expand(parent);
            });
    connect(&m_questions, &QuestionsModel::asked, this, [this] {
        m_ask->clear();
        say(m_qaStatus, tr("Your question is posted; the seller and other buyers can answer it."), false);
        m_questionsView->setCurrentIndex(m_questions.index(0, 0));
        updateButtons();
        updateTitles();
    });
    connect(&m_questions, &QuestionsModel::answered, this, [this] {
        m_answer->clear();
        say(m_qaStatus, tr("Your answer is posted."), false);
        updateButtons();
    });
    connect(&m_questions, &QuestionsModel::failed, this, [this](const QString &message) {
        say(m_qaStatus, message, true); // what was typed stays
        updateButtons();
    });

    // Reviews
    m_reviewsView->setModel(&m_reviews);
    m_reviewsView->setWordWrap(true);
    m_reviewsView->setAlternatingRowColors(true);
    m_reviewsView->setAccessibleName(tr("Reviews"));
    m_reviewsView->setMinimumHeight(220);
    QFont big = m_rating->font();
    big.setPointSizeF(big.pointSizeF() * 1.2);
    m_rating->setFont(big);
    m_rating->setStyleSheet(QStringLiteral("color:#d98c00;"));
    for (int stars = 5; stars >= 1; --stars)
        m_stars->addItem(QStringLiteral("%1  %2").arg(client::starsText(stars)).arg(stars), stars);
    m_stars->setAccessibleName(tr("Stars"));
    m_review->setPlaceholderText(tr("What did you like or not? (optional)"));
    m_review->setAccessibleName(tr("Your review"));
    auto *writeRow = new QHBoxLayout;
    writeRow->addWidget(m_stars);
    writeRow->addWidget(m_review, 1);
    writeRow->addWidget(m_reviewButton);
    auto *reviewsPage = new QWidget;
    auto *reviewsLayout = new QVBoxLayout(reviewsPage);
    reviewsLayout->addWidget(m_rating);
    reviewsLayout->addWidget(m_reviewsView, 1);
    reviewsLayout->addLayout(writeRow);
    reviewsLayout->addWidget(m_reviewStatus);
    m_reviewStatus->setWordWrap(true);
    connect(m_reviewButton, &QPushButton::clicked, this, [this] {
        m_reviewButton->setEnabled(false);
        m_reviews.submit(m_stars->currentData().toInt(), m_review->text());
    });
    connect(m_review, &QLineEdit::returnPressed, m_reviewButton, &QPushButton::click);
    connect(&m_reviews, &client::ReviewsModel::loaded, this, &ItemDiscussion::updateTitles);
    connect(&m_reviews, &client::ReviewsModel::submitted, this, [this] {
        m_review->clear();
        m_reviewButton->setEnabled(m_signedIn);
        say(m_reviewStatus, tr("Thank you for your review."), false);
    });
    connect(&m_reviews, &client::ReviewsModel::failed, this, [this](const QString &message) {
        m_reviewButton->setEnabled(m_signedIn);
        say(m_reviewStatus, message, true);
    });

    addTab(qa, tr("&Questions && answers"));
    addTab(reviewsPage, tr("Re&views"));
    setSignedIn(false);
}

void ItemDiscussion::say(QLabel *label, const QString &text, bool error)
{
    label->setText(text);
    label->setStyleSheet(error ? QStringLiteral("color:#c62828;") : QStringLiteral("color:#2e7d32;"));
}

void ItemDiscussion::setItem(qint64 itemId)
{
    m_qaStatus->clear();
    m_reviewStatus->clear();
    m_ask->clear();
    m_answer->clear();
    m_review->clear();
    m_rating->setText(tr("Loading…"));
    m_reviewButton->setEnabled(m_signedIn); // nothing of another item is on its way any more
    m_questions.setItem(itemId);
    m_reviews.setItem(itemId);
    updateTitles();
    updateButtons();
}

void ItemDiscussion::setSignedIn(bool signedIn)
{
    m_signedIn = signedIn;
    for (QLineEdit *e : {m_ask, m_answer, m_review})
        e->setEnabled(signedIn);
    m_stars->setEnabled(signedIn);
    m_reviewButton->setEnabled(signedIn);
    if (!signedIn) {
        m_ask->setPlaceholderText(tr("Sign in to ask a question"));
        m_review->setPlaceholderText(tr("Sign in to review an item you bought"));
    } else {
        m_ask->setPlaceholderText(tr("Ask the seller and other buyers a question…"));
        m_review->setPlaceholderText(tr("What did you like or not? (optional)"));
    }
    updateButtons();
}

void ItemDiscussion::showQuestionsOrNone()
{
    const bool none = m_questions.rowCount() == 0;
    m_noQuestions->setVisible(none);
    m_questionsView->setVisible(!none);
}

void ItemDiscussion::updateButtons()
{
    const QModelIndex i = m_questionsView->currentIndex();
    const bool answer = i.isValid() && i.data(QuestionsModel::IsAnswerRole).toBool();
    m_askButton->setEnabled(m_signedIn);
    m_answerButton->setEnabled(m_signedIn && i.isValid());
    m_helpful->setEnabled(m_signedIn && answer && !i.data(QuestionsModel::VotedRole).toBool());
}

void ItemDiscussion::updateTitles()
{
    const qint64 questions = std::max<qint64>(0, m_questions.total());
    const auto rating = m_reviews.rating();
    setTabText(0, tr("&Questions && answers (%1)").arg(questions));
    setTabText(1, tr("Re&views (%1)").arg(rating.count));
    m_rating->setText(rating.count ? tr("%1 %2 out of 5 · %n review(s)", nullptr, int(rating.count))
                                         .arg(client::starsText(rating.average))
                                         .arg(rating.average, 0, 'f', 1)
                                   : tr("No reviews yet"));
}

} // namespace ui
} // namespace emporium
