// The invoices and credit notes that have an issued PDF (SPEC 5: the posted ones), grouped by the
// year of their date, as the archive and the yearly bundles group them.
#pragma once

#include <algorithm>
#include <map>
#include <tuple>
#include <vector>

#include "compute/account.h"

namespace portalgen {

inline bool has_issued_pdf(const Invoice& invoice) {
    return invoice.state == InvoiceState::posted;
}

// By year, each year's documents by date then number (invoices and credit notes together).
inline std::map<int, std::vector<const ComputedInvoice*>> issued_by_year(const Account& account) {
    std::map<int, std::vector<const ComputedInvoice*>> years;
    for (const auto* list : {&account.invoices, &account.credit_notes})
        for (const ComputedInvoice& i : *list)
            if (has_issued_pdf(*i.doc)) years[i.doc->date.year()].push_back(&i);
    for (auto& [year, documents] : years)
        std::stable_sort(documents.begin(), documents.end(),
                         [](const ComputedInvoice* a, const ComputedInvoice* b) {
                             return std::tie(a->doc->date, a->doc->number) <
                                    std::tie(b->doc->date, b->doc->number);
                         });
    return years;
}

}  // namespace portalgen
