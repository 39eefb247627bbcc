#pragma once

#include "model/Plan.h"

#include <QList>
#include <QString>

#include <optional>

namespace vigia {

// Why the importer may have read a row wrong. Each reason follows from the row's own items and
// the plan's shape, so it holds for a plan read today or stored years ago.
enum class ReviewReason {
    HeadingLike, // a field label alone ("PROPUESTAS:"), or an item in capitals or ending with a colon
                 // that is not the title of its row: a heading read as a proposal
    Fragment,    // an item of a single word, or starting in lower case: a piece of another item
    Joined,      // an item much longer than a proposal is: several items read as one
    Incomplete,  // one kind of item only, where most rows of the plan hold several
    UnsureReading, // an item read by OCR from a scanned page, the OCR unsure of its words
};

// One doubt about a row: why, and the item it is about (none for Incomplete, about the row).
struct ReviewFinding {
    ReviewReason reason = ReviewReason::HeadingLike;
    std::optional<ItemKind> kind;
    int item = -1;      // index in the row's items of `kind`

    bool operator==(const ReviewFinding &) const = default;
};

struct RowReviewEntry {
    int dimension = 0;  // index in Plan::dimensions
    int row = 0;        // index in Dimension::rows
    qint64 rowId = 0;   // library id, 0 when not stored
    QList<ReviewReason> reasons;   // each reason once, in the order found
    QList<ReviewFinding> findings; // each doubtful item with its reasons, in table order
};

// The rows of a plan that a person should check after an import: the review queue, before the
// rows someone already marked as reviewed are left out (ReviewMarks).
namespace RowReview {

// An item longer than this many characters is likely several items joined.
inline constexpr qsizetype joinedLength = 600;
// An item read by OCR with a confidence under this (0–100) is to be checked against its page.
inline constexpr int unsureOcrConfidence = 70;

QList<ReviewReason> reasons(const Plan &plan, int dimension, int row);
QList<ReviewFinding> findings(const Plan &plan, int dimension, int row);
// Every row with at least one reason, in plan order.
QList<RowReviewEntry> assess(const Plan &plan);

// A stable identifier ("heading-like") and an English description, for the CLI and JSON.
QString reasonId(ReviewReason reason);
QString reasonDescription(ReviewReason reason);

} // namespace RowReview
} // namespace vigia
