#pragma once

#include "ItemKind.h"

#include <QByteArray>
#include <QList>
#include <QRectF>
#include <QString>

#include <array>

namespace vigia {

// Where an item came from in its source document.
struct SourcePosition {
    int page = 0;          // 1-based PDF page; 0 when the source has no pages
    int line = 0;          // 1-based line in a text source; 0 when unknown
    QList<QRectF> boxes;   // bounding boxes on `page`, in PDF points (x, y, w, h), top-left origin
    // Read by OCR from a page image: how sure the OCR was of its least sure line (the mean
    // confidence of that line's words, 0–100); -1 when read from text.
    int ocrConfidence = -1;

    // Takes in the confidence of one more of its lines (-1: a line read from text).
    void addOcrConfidence(int lineConfidence)
    {
        if (lineConfidence >= 0 && (ocrConfidence < 0 || lineConfidence < ocrConfidence))
            ocrConfidence = lineConfidence;
    }
    bool operator==(const SourcePosition &) const = default;
};

struct Item {
    qint64 id = 0;         // library id; 0 when not stored
    QString text;          // clean text: no markup, no list marker
    QString marker;        // the list marker as printed ("1.", "-", "•"), empty when none
    SourcePosition source;
    bool corrected = false; // changed by a person after import

    bool operator==(const Item &) const = default;
};

struct Row {
    qint64 id = 0;
    QString heading;       // section heading the row sits under, when the document has one
    std::array<QList<Item>, 4> cells; // indexed by ItemKind

    QList<Item> &items(ItemKind kind) { return cells[static_cast<size_t>(kind)]; }
    const QList<Item> &items(ItemKind kind) const { return cells[static_cast<size_t>(kind)]; }
    qsizetype itemCount() const;
    bool isEmpty() const { return itemCount() == 0; }
    // The item that tells what the row is about: its first problem, else its first objective, else
    // its first indicator or meta (`kind` says which); null for an empty row.
    const Item *firstItem(ItemKind *kind = nullptr) const;

    bool operator==(const Row &) const = default;
};

struct Dimension {
    qint64 id = 0;
    QString name;          // canonical ("Social", "Económica", "Ambiental", "Institucional") or title case
    QList<Row> rows;

    qsizetype itemCount() const;
    bool operator==(const Dimension &) const = default;
};

// What the document says about itself; a null QString means "not stated".
struct PlanMetadata {
    QString organization;
    QString place;
    QString electionType;
    QString period;        // "YYYY-YYYY"
    QString vision;

    bool operator==(const PlanMetadata &) const = default;

    // How people are shown the plan: "ORGANIZATION · PLACE · PERIOD". A plan that names neither
    // its organization nor its place is named by its document ("plan-de-gobierno · 2026-2031"), so
    // that it never shows as a bare period; a source name that is only a content hash
    // ("000_ed867a2e2950e577.txt") stays out when anything else names the plan.
    QString displayName(const QString &sourceFileName) const;
};

struct Plan {
    qint64 id = 0;
    PlanMetadata metadata;
    QString sourceFileName;   // file name only, no directory
    QByteArray sourceSha256;  // hex digest of the source file's bytes
    QString layout;           // detected layout id, see PlanLayout.h
    QList<Dimension> dimensions;

    qsizetype rowCount() const;
    qsizetype itemCount() const;
    qsizetype itemCount(ItemKind kind) const;
    bool operator==(const Plan &) const = default;
};

} // namespace vigia
