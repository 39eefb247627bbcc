#pragma once

#include "PlanReader.h"

namespace vigia {

// Reads plan JSON (docs/plan-json.md): plans exported by Vigía, gold files. Takes *.json files
// whose content is a JSON object; refuses, as not a plan, JSON that does not describe one.
class PlanJsonReader : public PlanReader {
public:
    QString id() const override;
    bool accepts(const QString &fileName, const QByteArray &head) const override;
    ReadResult read(const QByteArray &content, const QString &fileName, const ReadOptions &options) const override;
};

} // namespace vigia
