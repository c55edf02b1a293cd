#pragma once
// An item's questions and answers as a tree: questions on top (most helpful first, loaded a page
// at a time as the view scrolls), their answers as children (most helpful first; the seller's
// marked). Asking, answering and "helpful" votes are sent at once and shown when the server
// accepted them.
#include <QAbstractItemModel>
#include <QSet>

namespace emporium {
namespace client {

class ApiClient;

struct QaAnswer
{
    qint64 id = 0;
    QString body;
    QString author;
    bool bySeller = false;
    qint64 helpful = 0;
    QString createdAt;
};

struct QaQuestion
{
    qint64 id = 0;
    QString body;
    QString author;
    qint64 helpful = 0;
    QString createdAt;
    QList<QaAnswer> answers;
};

class QuestionsModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Role { IdRole = Qt::UserRole + 1, IsAnswerRole, AuthorRole, HelpfulRole, BySellerRole, CreatedAtRole, VotedRole };
    static constexpr int kPageSize = 10;

    explicit QuestionsModel(ApiClient &api, QObject *parent = nullptr);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    void setItem(qint64 itemId);
    qint64 itemId() const { return m_item; }
    qint64 total() const { return m_total; }
    const QaQuestion &questionAt(int row) const { return m_questions.at(row); }

    void ask(const QString &body);
    void answer(qint64 questionId, const QString &body);
    void markHelpful(qint64 answerId);

Q_SIGNALS:
    void loaded();
    void asked();
    void answered(qint64 questionId);
    void failed(const QString &message);

private:
    int rowOfQuestion(qint64 id) const;

    ApiClient &m_api;
    qint64 m_item = 0;
    QList<QaQuestion> m_questions;
    QSet<qint64> m_voted; // answers this window voted for (the server counts a vote once anyway)
    qint64 m_total = -1;
    int m_fetched = 0;
    bool m_loading = false;
    quint64 m_generation = 0;
};

} // namespace client
} // namespace emporium
