#include "app/models/QuestionsModel.h"

#include "app/api/ApiClient.h"

#include "server/protocol/ErrorFields.h"

#include <QDateTime>
#include <QLocale>
#include <algorithm>

namespace emporium {
namespace client {
namespace {

// internal ids: 0 for a question, question row + 1 for its answers
constexpr quintptr kQuestion = 0;

QaAnswer toRow(const protocol::Answer &a)
{
    return {a.id, a.body, a.author.displayName, a.bySeller, a.helpfulCount, a.createdAt};
}

QaQuestion toRow(const protocol::Question &q)
{
    QaQuestion row{q.id, q.body, q.author.displayName, q.helpfulCount, q.createdAt, {}};
    for (const protocol::Answer &a : q.answers)
        row.answers.append(toRow(a));
    return row;
}

QString when(const QString &iso)
{
    return QLocale().toString(QDateTime::fromString(iso, Qt::ISODate).toLocalTime().date(),
                              QLocale::ShortFormat);
}

} // namespace

QuestionsModel::QuestionsModel(ApiClient &api, QObject *parent) : PagedModel(parent), m_api(api) {}

QModelIndex QuestionsModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, kQuestion);
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex QuestionsModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kQuestion)
        return {};
    return createIndex(int(child.internalId() - 1), 0, kQuestion);
}

int QuestionsModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_questions.size());
    if (parent.internalId() == kQuestion && parent.column() == 0)
        return int(m_questions.at(parent.row()).answers.size());
    return 0;
}

int QuestionsModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant QuestionsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == kQuestion) {
        const QaQuestion &q = m_questions.at(index.row());
        switch (role) {
        case Qt::DisplayRole:
            return tr("Q: %1\n%2 · %3 · %n answer(s)", nullptr, int(q.answers.size()))
                .arg(q.body, q.author, when(q.createdAt));
        case Qt::AccessibleTextRole:
            return tr("Question by %1: %2").arg(q.author, q.body);
        case IdRole:
            return q.id;
        case IsAnswerRole:
            return false;
        case AuthorRole:
            return q.author;
        case HelpfulRole:
            return q.helpful;
        case CreatedAtRole:
            return q.createdAt;
        default:
            return {};
        }
    }
    const QaAnswer &a = m_questions.at(int(index.internalId() - 1)).answers.at(index.row());
    switch (role) {
    case Qt::DisplayRole: {
        const QString who = a.bySeller ? tr("%1 (seller)").arg(a.author) : a.author;
        return tr("%1\n%2 · %3 · %n found this helpful", nullptr, int(a.helpful))
            .arg(a.body, who, when(a.createdAt));
    }
    case Qt::AccessibleTextRole:
        return tr("Answer by %1: %2").arg(a.author, a.body);
    case IdRole:
        return a.id;
    case IsAnswerRole:
        return true;
    case AuthorRole:
        return a.author;
    case HelpfulRole:
        return a.helpful;
    case BySellerRole:
        return a.bySeller;
    case CreatedAtRole:
        return a.createdAt;
    case VotedRole:
        return m_voted.contains(a.id);
    default:
        return {};
    }
}

void QuestionsModel::requestPage(int page, quint64 generation)
{
    m_api.questions(
        m_item, page, kPageSize, this, [this, generation](Result<protocol::Page<protocol::Question>> r) {
            if (!isCurrent(generation))
                return;
            if (!r) {
                pageFailed();
                Q_EMIT failed(r.error().message);
                return;
            }
            pageArrived(r->items.size(), r->total);
            QList<QaQuestion> fresh; // a question asked here meanwhile is shown already
            for (const protocol::Question &q : std::as_const(r->items))
                if (rowOfQuestion(q.id) < 0)
                    fresh.append(toRow(q));
            if (!fresh.isEmpty()) {
                beginInsertRows({}, int(m_questions.size()), int(m_questions.size() + fresh.size() - 1));
                m_questions.append(fresh);
                endInsertRows();
            }
            pageDone();
            Q_EMIT loaded();
        });
}

void QuestionsModel::setItem(qint64 itemId)
{
    beginResetModel();
    resetPaging();
    m_item = itemId;
    m_questions.clear();
    endResetModel();
    fetchMore({});
}

int QuestionsModel::rowOfQuestion(qint64 id) const
{
    for (int i = 0; i < m_questions.size(); ++i)
        if (m_questions[i].id == id)
            return i;
    return -1;
}

void QuestionsModel::ask(const QString &body)
{
    // answers count while the same item is shown, even if its list was reloaded meanwhile
    const qint64 item = m_item;
    m_api.askQuestion(item, body.trimmed(), this, [this, item](Result<protocol::Question> r) {
        if (item != m_item)
            return;
        if (!r) {
            const QString reason = protocol::fieldError(r.error(), QStringLiteral("body"));
            Q_EMIT failed(reason.isEmpty() ? r.error().message : tr("Your question %1.").arg(reason));
            return;
        }
        QaQuestion question = toRow(r.value());
        if (rowOfQuestion(question.id) < 0) { // a reload may have brought it already
            beginInsertRows({}, 0, 0);        // the asker sees it on top
            m_questions.prepend(std::move(question));
            endInsertRows();
            addedLocally(false); // the server's pages, ordered by helpfulness, did not move
        }
        Q_EMIT asked();
    });
}

void QuestionsModel::answer(qint64 questionId, const QString &body)
{
    const qint64 item = m_item;
    m_api.answerQuestion(
        questionId, body.trimmed(), this, [this, item, questionId](Result<protocol::Answer> r) {
            if (item != m_item)
                return;
            if (!r) {
                const QString reason = protocol::fieldError(r.error(), QStringLiteral("body"));
                Q_EMIT failed(reason.isEmpty() ? r.error().message : tr("Your answer %1.").arg(reason));
                return;
            }
            const int row = rowOfQuestion(questionId);
            if (row < 0)
                return;
            QaQuestion &q = m_questions[row];
            const QaAnswer answer = toRow(r.value());
            const QModelIndex parent = index(row, 0);
            if (std::none_of(q.answers.cbegin(), q.answers.cend(),
                             [&](const QaAnswer &a) { return a.id == answer.id; })) {
                beginInsertRows(parent, int(q.answers.size()), int(q.answers.size()));
                q.answers.append(answer);
                endInsertRows();
            }
            Q_EMIT dataChanged(parent, parent);
            Q_EMIT answered(questionId);
        });
}

void QuestionsModel::markHelpful(qint64 answerId)
{
    if (m_voted.contains(answerId))
        return; // counted once; a second click changes nothing
    const qint64 item = m_item;
    m_api.markHelpful(answerId, this, [this, item, answerId](Result<bool> r) {
        if (item != m_item)
            return;
        if (!r) {
            Q_EMIT failed(r.error().message);
            return;
        }
        m_voted.insert(answerId);
        for (int row = 0; row < m_questions.size(); ++row) {
            QaQuestion &q = m_questions[row];
            for (int a = 0; a < q.answers.size(); ++a)
                if (q.answers[a].id == answerId) {
                    ++q.answers[a].helpful;
                    ++q.helpful;
                    const QModelIndex answerIndex = index(a, 0, index(row, 0));
                    Q_EMIT dataChanged(answerIndex, answerIndex);
                    Q_EMIT dataChanged(index(row, 0), index(row, 0));
                }
        }
    });
}

} // namespace client
} // namespace emporium
