#pragma once
// An item's questions and answers as a tree: questions on top (most helpful first, loaded a page
// at a time as the view scrolls), their answers as children (most helpful first; the seller's
// marked). Asking, answering and "helpful" votes are sent at once and shown when the server
// accepted them.
#include "app/models/PagedModel.h"

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

class QuestionsModel : public PagedModel<QAbstractItemModel>
{
    Q_OBJECT
public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        IsAnswerRole,
        AuthorRole,
        HelpfulRole,
        BySellerRole,
        CreatedAtRole,
        VotedRole
    };
    static constexpr int kPageSize = 10;

    explicit QuestionsModel(ApiClient &api, QObject *parent = nullptr);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    void setItem(qint64 itemId);
    qint64 itemId() const { return m_item; }
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
    int pageSize() const override { return kPageSize; }
    void requestPage(int page, quint64 generation) override;
    bool readyToFetch() const override { return m_item != 0; }
    int rowOfQuestion(qint64 id) const;

    ApiClient &m_api;
    qint64 m_item = 0;
    QList<QaQuestion> m_questions;
    QSet<qint64> m_voted; // answers this window voted for (the server counts a vote once anyway)
};

} // namespace client
} // namespace emporium
